//! The edit–compile cycle a user feels: one edit of a crate holding the
//! models, then `cargo check` / `cargo build` of it, for the current
//! working tree against a baseline commit, in the same run and on the
//! same machine.
//!
//! ```text
//! cargo run --release --manifest-path benches/Cargo.toml -- edit [--runs N] [--docs inkeep,stripe,github,polar] [--baseline REV]
//! ```
//!
//! Both trees build the same document (the current repo's copy), each in
//! a scratch workspace of its own under `benches/target/edit/` (the
//! baseline's source is `git archive`d there once), with the models by
//! the macro and by the build script. Long (Stripe's `cargo check` alone
//! is 15–20 s a run on two cores; its first builds about 2 min a tree) and
//! large (about 13 GB of targets for Stripe), so not part of `all`.

mod command;
mod scratch;

use std::path::PathBuf;
use std::time::Duration;

use command::Run;
use scratch::{Doc, Mode, Size};

use crate::repo;
use crate::timing::{ms, secs};
use crate::tokens::LIMIT;

struct Args {
    runs: usize,
    docs: Vec<String>,
    baseline: String,
}

fn args(mut rest: impl Iterator<Item = String>) -> Args {
    let mut args = Args {
        runs: 3,
        docs: ["inkeep", "stripe", "github", "polar"]
            .map(str::to_owned)
            .to_vec(),
        baseline: "1608f64".to_owned(),
    };
    let usage = "edit [--runs N] [--docs inkeep,stripe,...] [--baseline REV]";
    while let Some(flag) = rest.next() {
        let value = rest
            .next()
            .unwrap_or_else(|| panic!("{flag} takes a value: {usage}"));
        match flag.as_str() {
            "--runs" => args.runs = value.parse::<usize>().expect("--runs N").max(1),
            "--docs" => args.docs = value.split(',').map(str::to_owned).collect(),
            "--baseline" => args.baseline = value,
            _ => panic!("unknown option {flag}: {usage}"),
        }
    }
    args
}

/// `inkeep`, or the stem of a corpus document.
fn doc(name: &str) -> Doc {
    let path = if name == "inkeep" {
        repo().join("specs/inkeep-analytics.yaml")
    } else {
        let corpus = repo().join("tests/corpus");
        ["json", "yaml"]
            .iter()
            .map(|ext| corpus.join(format!("{name}.{ext}")))
            .find(|path| path.exists())
            .unwrap_or_else(|| {
                panic!("no document {name}: inkeep, or tests/corpus/{name}.json or .yaml")
            })
    };
    Doc {
        name: name.to_owned(),
        path,
    }
}

struct Tree {
    name: &'static str,
    /// The repo's source at that state.
    source: PathBuf,
    /// Its scratch workspace.
    dir: PathBuf,
}

pub fn run(rest: impl Iterator<Item = String>) {
    let args = args(rest);
    let docs: Vec<Doc> = args.docs.iter().map(|name| doc(name)).collect();
    let trees = [
        Tree {
            name: "baseline",
            source: scratch::baseline_tree(&args.baseline),
            dir: scratch::root().join("baseline"),
        },
        Tree {
            name: "current",
            source: repo(),
            dir: scratch::root().join("current"),
        },
    ];
    println!(
        "## Edit–compile cycle: the working tree against `{}`\n",
        args.baseline
    );
    sizes(&trees, &docs);
    cycle(&trees, &docs, args.runs);
}

fn sizes(trees: &[Tree; 2], docs: &[Doc]) {
    let [baseline, current] = trees.each_ref().map(|tree| {
        eprintln!("edit: building {}'s measure crate", tree.name);
        scratch::sizes(&tree.dir, &tree.source, docs).unwrap_or_else(|error| {
            eprintln!("edit: {error}");
            vec![None; docs.len()]
        })
    });
    println!("What each tree's generator makes of the document, default options (operations and construction helpers on). Tokens as rust-analyzer counts them; **bold**: past the {LIMIT} it takes of one expansion.\n");
    println!("| document | types | bytes/type | tokens/type | tokens (current) |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (doc, (b, c)) in docs.iter().zip(baseline.into_iter().zip(current)) {
        let (Some(b), Some(c)) = (b, c) else {
            println!("| {} | does not generate in a tree | | | |", doc.name);
            continue;
        };
        let types = if b.types == c.types {
            c.types.to_string()
        } else {
            format!("{} → {}", b.types, c.types)
        };
        let per = |size: &Size, n: usize| n as f64 / size.types.max(1) as f64;
        let change = |b: f64, c: f64| format!("{b:.0} → {c:.0} ({:.2}×)", c / b);
        let tokens = if c.tokens > LIMIT {
            format!("**{}**", c.tokens)
        } else {
            c.tokens.to_string()
        };
        println!(
            "| {} | {types} | {} | {} | {tokens} |",
            doc.name,
            change(per(&b, b.bytes), per(&c, c.bytes)),
            change(per(&b, b.tokens), per(&c, c.tokens)),
        );
    }
    println!();
}

fn cycle(trees: &[Tree; 2], docs: &[Doc], runs: usize) {
    for tree in trees {
        scratch::write_workspace(&tree.dir, &tree.source, docs);
    }
    println!("One edit of `src/other.rs` of a crate holding the models (`pub mod models; pub mod other;`), then `cargo check -p` / `cargo build -p` of it: dev profile without opt-level overrides, dependencies built in a warm-up. Wall time, median of {runs} paired rounds (which tree goes first alternates); ratio current ÷ baseline, with the min–max of the rounds' ratios. *macro*: from the macro's timings line (`OPENAPI_MODELS_TIMINGS`), generator (parse + lower + emit) / hand over / the rest of the wall time (rustc, cargo). *peak*: the largest resident set in the cargo process tree (rustc).\n");
    println!("| document | mode | command | baseline | current | ratio (min–max) | macro, baseline | macro, current | peak MiB |");
    println!("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for doc in docs {
        for mode in [Mode::Macro, Mode::Build] {
            for command in ["check", "build"] {
                let member = scratch::member(doc, mode);
                let mut results = trees
                    .each_ref()
                    .map(|tree| once(tree, &member, mode, command, "warm-up").map(|_| Vec::new()));
                for round in 0..runs {
                    let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
                    for t in order {
                        let Ok(done) = &mut results[t] else { continue };
                        let what = format!("run {}", round + 1);
                        match once(&trees[t], &member, mode, command, &what) {
                            Ok(run) => done.push(run),
                            Err(error) => results[t] = Err(error),
                        }
                    }
                }
                println!(
                    "| {} | {} | {command} | {} |",
                    doc.name,
                    mode.name(),
                    row(&results[0], &results[1])
                );
            }
        }
    }
    println!();
}

/// An edit and one cargo command, reported as it is measured.
fn once(tree: &Tree, member: &str, mode: Mode, command: &str, what: &str) -> Result<Run, String> {
    scratch::edit(&tree.dir, member);
    let result = command::cargo(
        &tree.dir,
        &tree.dir.join("target"),
        &[command, "-p", member],
    );
    let shown = match &result {
        Ok(run) => {
            let mut shown = format!("{}, peak {} MiB", secs(run.wall), run.peak_kib / 1024);
            match (&run.expansion, mode) {
                (Some(e), _) => {
                    shown += &format!(
                        "; macro {} (generator {}, hand over {}; {} types, {} bytes)",
                        short(e.total),
                        short(e.generator),
                        short(e.hand_over),
                        e.types,
                        e.bytes
                    )
                }
                (None, Mode::Macro) => shown += "; no timings line",
                (None, Mode::Build) => {}
            }
            shown
        }
        Err(error) => format!("fails: {error}"),
    };
    eprintln!("edit: {member} {command} {} {what}: {shown}", tree.name);
    result
}

fn median<T: Ord + Copy>(values: impl Iterator<Item = T>) -> T {
    let mut values: Vec<T> = values.collect();
    values.sort();
    values[values.len() / 2]
}

/// generator / hand over / rest, where every run printed its timings.
fn split(runs: &[Run]) -> String {
    let Some(expansions) = runs.iter().map(|r| r.expansion).collect::<Option<Vec<_>>>() else {
        return "–".to_owned();
    };
    let rest = median(
        runs.iter()
            .zip(&expansions)
            .map(|(r, e)| r.wall.saturating_sub(e.total)),
    );
    format!(
        "{} / {} / {}",
        short(median(expansions.iter().map(|e| e.generator))),
        short(median(expansions.iter().map(|e| e.hand_over))),
        secs(rest)
    )
}

/// The macro prints `{:.1?}`: a second or more only to a tenth.
fn short(d: Duration) -> String {
    if d.as_secs() >= 1 {
        secs(d)
    } else {
        ms(d)
    }
}

/// The row's cells after the command.
fn row(baseline: &Result<Vec<Run>, String>, current: &Result<Vec<Run>, String>) -> String {
    let wall = |runs: &[Run]| median(runs.iter().map(|r| r.wall));
    let peak = |runs: &[Run]| median(runs.iter().map(|r| r.peak_kib)) as f64 / 1024.0;
    let time = |result: &Result<Vec<Run>, String>| match result {
        Ok(runs) => secs(wall(runs)),
        Err(error) => format!("fails: {error}"),
    };
    let macro_split = |result: &Result<Vec<Run>, String>| {
        result.as_ref().map_or("–".to_owned(), |runs| split(runs))
    };
    let (ratio, peaks) = match (baseline, current) {
        (Ok(b), Ok(c)) => {
            let ratios: Vec<f64> = b
                .iter()
                .zip(c)
                .map(|(b, c)| c.wall.as_secs_f64() / b.wall.as_secs_f64())
                .collect();
            let low = ratios.iter().copied().fold(f64::INFINITY, f64::min);
            let high = ratios.iter().copied().fold(0.0, f64::max);
            let ratio = wall(c).as_secs_f64() / wall(b).as_secs_f64();
            let (pb, pc) = (peak(b), peak(c));
            (
                format!("{ratio:.2}× ({low:.2}–{high:.2})"),
                format!("{pb:.0} → {pc:.0} ({:.2}×)", pc / pb),
            )
        }
        _ => ("–".to_owned(), "–".to_owned()),
    };
    format!(
        "{} | {} | {ratio} | {} | {} | {peaks}",
        time(baseline),
        time(current),
        macro_split(baseline),
        macro_split(current)
    )
}

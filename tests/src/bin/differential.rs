//! The differential harness on the public corpus (and the Inkeep spec):
//!
//! ```sh
//! cargo run --release -p openapi-models-tests --bin differential -- [DOCUMENT ...] [--mutations N] [--out FILE]
//! ```
//!
//! Prints agreement with the reference validator per document and in
//! total, and every disagreement by category; writes the same as Markdown
//! to `--out` (default `target/differential/report.md`).

use std::path::PathBuf;
use std::process::ExitCode;

use openapi_models_tests::differential;

fn main() -> ExitCode {
    let mut names = Vec::new();
    let mut mutations = 12;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--mutations" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => mutations = n,
                None => return usage("--mutations needs a number"),
            },
            "--out" => match args.next() {
                Some(path) => out = Some(PathBuf::from(path)),
                None => return usage("--out needs a file"),
            },
            "-h" | "--help" => return usage(""),
            name => names.push(name.to_owned()),
        }
    }
    let corpus = differential::corpus();
    let documents: Vec<_> = if names.is_empty() {
        corpus
    } else {
        let unknown: Vec<&String> = names
            .iter()
            .filter(|n| !corpus.iter().any(|d| d.name == **n))
            .collect();
        if !unknown.is_empty() {
            return usage(&format!("unknown documents: {unknown:?}"));
        }
        corpus
            .into_iter()
            .filter(|d| names.contains(&d.name))
            .collect()
    };
    let dir = openapi_models_tests::repo().join("target/differential");
    let settings = differential::settings_in(&dir, mutations);
    let checked = differential::run(&documents, &settings);
    let report = differential::report::report(&checked);
    let text = report.render();
    println!("{text}");
    let out = out.unwrap_or_else(|| dir.join("report.md"));
    if let Err(error) = std::fs::write(&out, &text) {
        eprintln!("cannot write {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    let details = dir.join("disagreements.txt");
    if let Err(error) = std::fs::write(&details, report.details.join("\n")) {
        eprintln!("cannot write {}: {error}", details.display());
        return ExitCode::FAILURE;
    }
    eprintln!("written to {} and {}", out.display(), details.display());
    ExitCode::SUCCESS
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "usage: differential [DOCUMENT ...] [--mutations N] [--out FILE]\n\
         DOCUMENT: a name from tests/corpus/manifest.json (`stripe`, `hatchet`) or `inkeep-analytics`"
    );
    if problem.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}

//! Compile time of generated models: `cargo check` and `cargo build`
//! (debug) of a crate holding them, ours against typify's and
//! progenitor's output for the same document. Dependencies are built
//! first, so each figure is the crate alone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::timing::{ratio, secs};
use crate::{peers, repo};

/// Large corpus documents, and where typify's output compiles at all.
pub const DOCUMENTS: &[&str] = &[
    "oxide-nexus.json",
    "prefect.json",
    "asana.yaml",
    "adyen-checkout-v71.json",
    "github.json",
    "stripe.json",
];

const DEPENDENCIES: &str = r#"openapi-models = { path = "RUNTIME", default-features = false }
serde = { version = "1", features = ["derive"] }
serde_json = "1"
chrono = { version = "0.4", features = ["serde"] }
uuid = { version = "1", features = ["serde", "v4"] }
regress = "0.10"
progenitor-client = "=0.15.1"
reqwest = { version = "0.13", default-features = false, features = ["json", "stream", "query", "form"] }
futures = "0.3"
bytes = "1"
base64 = "0.22"
rand = "0.9"
serde_urlencoded = "0.7"
"#;

/// Each generator's code for one document, or why it has none.
type Outputs = Vec<(&'static str, Result<String, String>)>;

struct Measured {
    check: Result<Duration, String>,
    build: Result<Duration, String>,
}

fn workspace() -> PathBuf {
    repo().join("benches/target/compile")
}

/// A fresh cargo workspace for measured crates.
pub fn fresh_workspace(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("create the workspace");
}

/// Writes the workspace manifest: `members`, and the generator optimized
/// as the README recommends.
pub fn write_workspace(dir: &Path, members: &[String]) {
    let manifest = format!(
        "[workspace]\nresolver = \"2\"\nmembers = {members:?}\n\n[profile.dev.package.openapi-models-codegen]\nopt-level = 3\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write the workspace manifest");
}

fn write_crate(name: &str, code: &str) {
    write_crate_in(&workspace(), name, code);
}

/// A crate `name` in `dir` holding `code`, with the dependencies of every
/// generator's output.
pub fn write_crate_in(dir: &Path, name: &str, code: &str) {
    let dir = dir.join(name);
    std::fs::create_dir_all(dir.join("src")).expect("create a crate");
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{}",
        DEPENDENCIES.replace("RUNTIME", &repo().join("runtime").to_string_lossy())
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write a manifest");
    std::fs::write(dir.join("src/lib.rs"), code).expect("write the code");
}

fn cargo(args: &[&str]) -> Result<Duration, String> {
    cargo_in(&workspace(), args)
}

/// Runs cargo in `dir`: its wall time, or the first error line.
pub fn cargo_in(dir: &Path, args: &[&str]) -> Result<Duration, String> {
    let start = Instant::now();
    let output = Command::new("cargo")
        .args(args)
        .current_dir(dir)
        .env_remove("RUSTFLAGS")
        .output()
        .map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    if output.status.success() {
        Ok(elapsed)
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr
            .lines()
            .find(|l| l.starts_with("error"))
            .unwrap_or("failed")
            .chars()
            .take(90)
            .collect();
        Err(first)
    }
}

/// The crate's own time: the better of two runs, its source touched in
/// between (dependencies are already built).
fn measure(name: &str, command: &str) -> Result<Duration, String> {
    measure_in(&workspace(), name, command)
}

/// The crate's own time in `dir`: the better of two runs, its source
/// touched in between (dependencies are already built).
pub fn measure_in(dir: &Path, name: &str, command: &str) -> Result<Duration, String> {
    let first = cargo_in(dir, &[command, "-p", name])?;
    touch(&dir.join(name).join("src/lib.rs"));
    let second = cargo_in(dir, &[command, "-p", name])?;
    Ok(first.min(second))
}

fn touch(path: &Path) {
    let contents = std::fs::read(path).expect("read to touch");
    std::thread::sleep(Duration::from_millis(1100));
    std::fs::write(path, contents).expect("touch");
}

fn shown(result: &Result<Duration, String>) -> String {
    match result {
        Ok(time) => secs(*time),
        Err(_) => "does not compile".to_owned(),
    }
}

/// `time` less the empty crate's.
fn net(
    time: &Result<Duration, String>,
    empty: &Result<Duration, String>,
) -> Result<Duration, String> {
    match (time, empty) {
        (Ok(time), Ok(empty)) => Ok(time.saturating_sub(*empty)),
        (Err(error), _) | (_, Err(error)) => Err(error.clone()),
    }
}

fn versus(ours: &Result<Duration, String>, theirs: &Result<Duration, String>) -> String {
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => ratio(*ours, *theirs),
        _ => "–".to_owned(),
    }
}

/// `compile [DOCUMENT...]`: those of [`DOCUMENTS`] (all by default), by
/// file name or stem.
pub fn run(only: &[String]) {
    println!("## Compile time of the generated models\n");
    let dir = workspace();
    fresh_workspace(&dir);

    let mut members = vec!["warm".to_owned()];
    write_crate("warm", "pub use serde_json::Value;\n");
    let mut generated: Vec<(String, Outputs)> = Vec::new();
    let chosen = DOCUMENTS.iter().filter(|document| {
        only.is_empty()
            || only
                .iter()
                .any(|name| **document == *name || document.split('.').next() == Some(name))
    });
    for document in chosen {
        let path = repo().join("tests/corpus").join(document);
        let stem = document.split('.').next().unwrap_or(document).to_owned();
        // Ours twice: the default (models and operations), against
        // progenitor's client; the models alone, against typify's.
        let generate = |options: &openapi_models_codegen::Options| {
            let output = openapi_models_codegen::render(
                &openapi_models_codegen::load::FileSystem,
                &path,
                document,
                options,
            );
            match output.errors.first() {
                None => Ok(output.code),
                Some(error) => Err(error.to_string()),
            }
        };
        let ours = generate(&openapi_models_codegen::Options::default());
        let mut models_only = openapi_models_codegen::Options::default();
        models_only.all_operations(false);
        let models = generate(&models_only);
        let spec = peers::read(&path);
        let typify = peers::typify(&spec);
        let progenitor = peers::progenitor(&spec);
        let mut outputs = Vec::new();
        for (generator, code) in [
            ("ours", ours),
            ("ours-models", models),
            ("typify", typify),
            ("progenitor", progenitor),
        ] {
            if let Ok(code) = &code {
                let name = format!("{generator}-{stem}");
                write_crate(&name, code);
                members.push(name);
            }
            outputs.push((generator, code));
        }
        generated.push((stem, outputs));
    }
    write_workspace(&dir, &members);
    // Dependencies once, for check and for build.
    cargo(&["check", "-p", "warm"]).expect("dependencies check");
    cargo(&["build", "-p", "warm"]).expect("dependencies build");
    // What any crate costs with these dependencies (cargo, rustc start-up,
    // loading the dependencies' metadata): part of every figure below.
    let empty = Measured {
        check: measure("warm", "check"),
        build: measure("warm", "build"),
    };

    println!("`cargo check` and `cargo build` (debug profile) of a crate holding the generated code as source (the expansion is timed separately above), dependencies already built; the better of two runs. *ours*: the default output (models and operations); *ours-models*: `operations = false`, the models alone. typify 0.8 is fed `components/schemas` and compared with ours-models; progenitor 0.15 the whole document (a client: models and methods) and compared with ours. Ratios: ours ÷ theirs (lower is better); *net*: the same with the time of an empty crate with the same dependencies taken off both ({} check, {} build), which dominates for small outputs.\n", shown(&empty.check), shown(&empty.build));
    println!(
        "| document | generator | size of code | check | ours vs | net | build | ours vs | net |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (stem, outputs) in &generated {
        let mut measured: Vec<(&str, Option<usize>, Result<Measured, String>)> = Vec::new();
        for (generator, code) in outputs {
            let name = format!("{generator}-{stem}");
            let row = match code {
                Ok(code) => {
                    let check = measure(&name, "check");
                    let build = if check.is_ok() {
                        measure(&name, "build")
                    } else {
                        Err("does not compile".to_owned())
                    };
                    (*generator, Some(code.len()), Ok(Measured { check, build }))
                }
                Err(error) => (*generator, None, Err(error.clone())),
            };
            measured.push(row);
        }
        let times = |row: &(&str, Option<usize>, Result<Measured, String>)| match &row.2 {
            Ok(m) => Some((m.check.clone(), m.build.clone())),
            Err(_) => None,
        };
        let (default, models) = (times(&measured[0]), times(&measured[1]));
        for (generator, size, result) in &measured {
            let ours = if *generator == "typify" {
                &models
            } else {
                &default
            };
            let size = size.map_or("–".to_owned(), |s| format!("{:.1} MB", s as f64 / 1e6));
            match result {
                Ok(m) => {
                    let (check_vs, build_vs, check_net, build_net) = match (ours, *generator) {
                        (_, "ours" | "ours-models") => {
                            (String::new(), String::new(), String::new(), String::new())
                        }
                        (Some((check, build)), _) => (
                            versus(check, &m.check),
                            versus(build, &m.build),
                            versus(&net(check, &empty.check), &net(&m.check, &empty.check)),
                            versus(&net(build, &empty.build), &net(&m.build, &empty.build)),
                        ),
                        (None, _) => (
                            "–".to_owned(),
                            "–".to_owned(),
                            "–".to_owned(),
                            "–".to_owned(),
                        ),
                    };
                    let note = match &m.check {
                        Err(error) => format!(" ({error})"),
                        Ok(_) => String::new(),
                    };
                    println!(
                        "| {stem} | {generator} | {size} | {}{note} | {check_vs} | {check_net} | {} | {build_vs} | {build_net} |",
                        shown(&m.check),
                        shown(&m.build)
                    );
                }
                Err(error) => {
                    println!("| {stem} | {generator} | – | cannot generate: {error} | – | – | – | – | – |")
                }
            }
        }
    }
    println!();
}

//! The whole public corpus: for every document, the schemas and types
//! generated, the expansion time, and `cargo check` of the generated code.

use std::time::Duration;

use openapi_models_codegen::load::FileSystem;
use openapi_models_codegen::{render, Options};

use crate::compile::{cargo_in, fresh_workspace, measure_in, write_crate_in, write_workspace};
use crate::repo;
use crate::timing::{median, ms, secs};

struct Row {
    file: String,
    schemas: usize,
    types: usize,
    code: usize,
    expansion: Duration,
    crate_name: String,
}

/// The documents of `tests/corpus/manifest.json`, in its order.
pub fn documents() -> Vec<String> {
    let manifest = std::fs::read_to_string(repo().join("tests/corpus/manifest.json"))
        .expect("read the manifest");
    let manifest: serde_json::Value = serde_json::from_str(&manifest).expect("parse the manifest");
    manifest
        .as_array()
        .expect("the manifest is a list")
        .iter()
        .filter_map(|entry| entry["file"].as_str().map(str::to_owned))
        .collect()
}

pub fn run() {
    println!("## The corpus\n");
    println!("Every document of `tests/corpus/` (the 27 public specs): component schemas and types generated (inline schemas with a type of their own included), the generator's time (optimized, median of 3) and `cargo check` of a crate holding the generated code (debug, dependencies already built, the better of two runs).\n");
    let dir = repo().join("benches/target/corpus");
    fresh_workspace(&dir);
    let mut members = vec!["warm".to_owned()];
    write_crate_in(&dir, "warm", "pub use serde_json::Value;\n");
    let mut rows = Vec::new();
    for file in documents() {
        let path = repo().join("tests/corpus").join(&file);
        let options = Options::default();
        let mut output = None;
        let expansion = median(3, || {
            output = Some(render(&FileSystem, &path, &file, &options))
        });
        let output = output.expect("generated");
        if let Some(error) = output.errors.first() {
            println!("- `{file}`: {error}");
            continue;
        }
        let stem: String = file
            .split(['.', '/'])
            .next()
            .unwrap_or(&file)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let crate_name = format!("corpus-{stem}");
        write_crate_in(&dir, &crate_name, &output.code);
        members.push(crate_name.clone());
        rows.push(Row {
            schemas: output
                .model
                .types
                .iter()
                .filter(|t| t.spec_name.is_some())
                .count(),
            types: output.model.types.len(),
            code: output.code.len(),
            expansion,
            crate_name,
            file,
        });
    }
    write_workspace(&dir, &members);
    cargo_in(&dir, &["check", "-p", "warm"]).expect("dependencies check");
    println!("| document | schemas | types | code | expansion | `cargo check` |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    let mut total = Duration::ZERO;
    for row in &rows {
        let check = measure_in(&dir, &row.crate_name, "check");
        if let Ok(time) = &check {
            total += *time;
        }
        println!(
            "| `{}` | {} | {} | {:.2} MB | {} | {} |",
            row.file,
            row.schemas,
            row.types,
            row.code as f64 / 1e6,
            ms(row.expansion),
            match &check {
                Ok(time) => secs(*time),
                Err(error) => format!("fails: {error}"),
            }
        );
    }
    println!(
        "\n{} documents; `cargo check` of all of them: {}.\n",
        rows.len(),
        secs(total)
    );
}

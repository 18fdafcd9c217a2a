//! The public corpus (`tests/corpus/`, 27 real documents): every one
//! generates models without errors, and sample instances round-trip.

use std::path::PathBuf;
use std::time::Instant;

use crate::support::repo;

struct Document {
    /// As in the manifest (`stripe.json`, `hatchet/openapi.yaml`).
    file: String,
    /// A crate-friendly name (`stripe`, `hatchet`).
    stem: String,
}

fn documents() -> Vec<Document> {
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/corpus/manifest.json")).unwrap(),
    )
    .unwrap();
    manifest
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let file = entry["file"].as_str().unwrap().to_owned();
            let stem = file.split(['/', '.']).next().unwrap().to_owned();
            Document { file, stem }
        })
        .collect()
}

fn path(document: &Document) -> PathBuf {
    repo().join("tests/corpus").join(&document.file)
}

#[test]
fn every_document_generates_without_errors() {
    let mut failures = Vec::new();
    println!(
        "{:<32} {:>7} {:>7} {:>10}",
        "document", "schemas", "types", "generate"
    );
    for document in documents() {
        let start = Instant::now();
        let output = openapi_models_codegen::render(
            &openapi_models_codegen::load::FileSystem,
            &path(&document),
            &document.file,
            &openapi_models_codegen::Options::default(),
        );
        let elapsed = start.elapsed();
        if let Some(first) = output.errors.first() {
            failures.push(format!(
                "{}: {} errors, the first: {first}",
                document.file,
                output.errors.len()
            ));
            continue;
        }
        if let Err(error) = syn::parse_file(&output.code) {
            failures.push(format!(
                "{}: the generated code does not parse: {error}",
                document.file
            ));
            continue;
        }
        let schemas = output
            .model
            .types
            .iter()
            .filter(|t| t.spec_name.is_some())
            .count();
        println!(
            "{:<32} {:>7} {:>7} {:>10.1?}",
            document.file,
            schemas,
            output.model.types.len(),
            elapsed
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// That every document's code compiles warning-free under clippy is
// checked as user code (a generated file, where no lint is muted) by the
// CLI's tests: cli/tests/corpus.rs.

/// Fixture files of a document: (spec name of the schema, path).
fn fixtures(document: &Document) -> Vec<(String, PathBuf)> {
    let dir = repo().join("tests/corpus-fixtures").join(&document.stem);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".json")?
                .to_owned();
            let (schema, _case) = name.rsplit_once('.')?;
            Some((percent_decode(schema), path))
        })
        .collect();
    found.sort();
    found
}

fn percent_decode(text: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' && tail.len() >= 2 {
            if let Ok(byte) =
                u8::from_str_radix(std::str::from_utf8(&tail[..2]).unwrap_or("zz"), 16)
            {
                bytes.push(byte);
                rest = &tail[2..];
                continue;
            }
        }
        bytes.push(first);
        rest = tail;
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}

/// Sample instances of a spread of each document's schemas (generated and
/// validated against the spec by `tests/corpus-fixtures/generate.py`)
/// round-trip through the generated types and validate. The models are
/// generated with `schemas = [...]` for just the sampled schemas.
#[test]
fn sample_instances_round_trip() {
    let mut modules = String::new();
    let mut cases = String::new();
    let mut total = 0;
    for document in documents() {
        let fixtures = fixtures(&document);
        if fixtures.is_empty() {
            continue;
        }
        let mut schemas: Vec<String> = fixtures.iter().map(|(schema, _)| schema.clone()).collect();
        schemas.dedup();
        // The Rust names of the sampled schemas, from the generator itself.
        let options = openapi_models_codegen::Options {
            selection: openapi_models_codegen::Selection::Only(schemas.clone()),
            ..Default::default()
        };
        let output = openapi_models_codegen::render(
            &openapi_models_codegen::load::FileSystem,
            &path(&document),
            &document.file,
            &options,
        );
        assert!(
            output.errors.is_empty(),
            "{}: {:?}",
            document.file,
            output.errors
        );
        let module = document.stem.replace('-', "_");
        modules.push_str(&format!(
            "mod {module} {{\n    openapi_models::include_models!(spec = {path:?}, schemas = {schemas:?});\n}}\n",
            path = path(&document).to_string_lossy(),
        ));
        for (schema, file) in &fixtures {
            let rust = output
                .model
                .types
                .iter()
                .find(|t| t.spec_name.as_deref() == Some(schema.as_str()))
                .unwrap_or_else(|| panic!("{}: no type for {schema}", document.file));
            cases.push_str(&format!(
                "    ({file:?}, check::<{module}::{name}>),\n",
                file = file.to_string_lossy(),
                name = rust.name,
            ));
            total += 1;
        }
    }
    assert!(total > 0, "no corpus fixtures found");
    let main = format!(
        r##"#![deny(warnings)]
{modules}
fn check<T>(path: &str) -> Result<(), String>
where
    T: serde::de::DeserializeOwned + serde::Serialize + openapi_models::Validate,
{{
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expected: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let value: T = serde_json::from_str(&text).map_err(|e| format!("does not deserialize: {{e}}"))?;
    let written = serde_json::to_value(&value).map_err(|e| format!("does not serialize: {{e}}"))?;
    if written != expected {{
        return Err(format!("writes different JSON: {{}}", serde_json::to_string(&written).unwrap_or_default()));
    }}
    value.validate().map_err(|e| format!("fails validate(): {{e}}"))
}}

fn main() {{
    let cases: &[(&str, fn(&str) -> Result<(), String>)] = &[
{cases}    ];
    let mut failures = 0;
    for (path, check) in cases {{
        if let Err(error) = check(path) {{
            println!("{{path}}: {{error}}");
            failures += 1;
        }}
    }}
    println!("{{}} fixtures, {{failures}} failed", cases.len());
    if failures > 0 {{
        std::process::exit(1);
    }}
}}
"##
    );
    let krate = crate::support::cargo::Scratch::with(
        "corpus-round-trip",
        &[],
        "serde = \"1\"\nserde_json = \"1\"",
    );
    krate.write("src/main.rs", &main);
    let output = krate.cargo(&["run", "--quiet"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    println!("{}", stdout.trim());
}

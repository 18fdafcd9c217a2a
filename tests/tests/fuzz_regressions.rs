//! Inputs the fuzzers found (`tests/fuzz-regressions/`), checked the way
//! the fuzz targets check every input: the generated code parses and every
//! error says where it is. The files are fuzz inputs: a selector byte
//! (bit 0: JSON, bit 1: a second file after the first NUL) and the spec.

use std::path::Path;

use openapi_models_codegen::load::InMemory;
use openapi_models_codegen::{render, Options};

use crate::support::repo;

fn check(data: &[u8]) -> Result<(), String> {
    let Some((&selector, rest)) = data.split_first() else {
        return Ok(());
    };
    let name = if selector & 1 == 0 {
        "spec.yaml"
    } else {
        "spec.json"
    };
    let (spec, other) = match rest.iter().position(|&b| b == 0) {
        Some(at) if selector & 2 != 0 => (&rest[..at], Some(&rest[at + 1..])),
        _ => (rest, None),
    };
    let mut source = InMemory::new().with(name, spec.to_vec());
    if let Some(other) = other {
        source = source.with("other.yaml", other.to_vec());
    }
    let output = render(&source, Path::new(name), name, &Options::default());
    syn::parse_file(&output.code).map_err(|e| format!("the generated code does not parse: {e}"))?;
    for error in &output.errors {
        let located = error.location.pointer.is_some() || error.location.line_col.is_some();
        if !located && !error.message.starts_with("cannot read") {
            return Err(format!("an error without a position: {error}"));
        }
    }
    Ok(())
}

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = repo().join("tests/fuzz-regressions");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("bin") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        if let Err(problem) = check(&data) {
            panic!("{}: {problem}", path.display());
        }
        checked += 1;
    }
    assert!(checked > 0);
}

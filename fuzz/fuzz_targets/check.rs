//! What every generation must satisfy, whatever the input.

use std::path::Path;

use openapi_models_codegen::load::InMemory;
use openapi_models_codegen::{render, Options};

/// Generates from `files` (the first is the spec) and checks: no panic
/// (the harness catches it), the output parses as Rust, and every error
/// says where it is.
pub fn check(files: &[(&str, Vec<u8>)]) {
    let mut source = InMemory::new();
    for (name, bytes) in files {
        source = source.with(name, bytes.clone());
    }
    let root = files[0].0;
    let output = render(&source, Path::new(root), root, &Options::default());
    if let Err(error) = syn::parse_file(&output.code) {
        panic!(
            "the generated code does not parse: {error}\n{}",
            output.code
        );
    }
    for error in &output.errors {
        let location = &error.location;
        assert!(
            !location.file.is_empty(),
            "an error without a file: {error}"
        );
        // Only a file that cannot be read at all has no position in it.
        assert!(
            location.pointer.is_some()
                || location.line_col.is_some()
                || error.message.starts_with("cannot read"),
            "an error without a position: {error}"
        );
        assert!(
            !error.message.is_empty(),
            "an error without a message: {error:?}"
        );
    }
}

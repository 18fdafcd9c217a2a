//! Helpers shared by the tests.

pub mod cargo;
pub mod json;

use std::path::Path;

pub use openapi_models_tests::repo;

/// Generates code for a spec file, pretty-printed; fails on any error.
pub fn generate_pretty(spec: &Path) -> String {
    generate_pretty_with(spec, &openapi_models_codegen::Options::default())
}

/// [`generate_pretty`] with options.
pub fn generate_pretty_with(spec: &Path, options: &openapi_models_codegen::Options) -> String {
    // As the build script writes it: a `///` comment per doc line, every
    // impl written out.
    let mut options = options.clone();
    options.readable = true;
    generate_printed(spec, &options)
}

/// The code the macro hands the compiler (docs joined, the runtime's
/// macros for the impls every type of a kind writes alike), pretty-printed.
pub fn generate_compact_with(spec: &Path, options: &openapi_models_codegen::Options) -> String {
    let mut options = options.clone();
    options.readable = false;
    generate_printed(spec, &options)
}

fn generate_printed(spec: &Path, options: &openapi_models_codegen::Options) -> String {
    let display = spec
        .strip_prefix(repo())
        .unwrap_or(spec)
        .to_string_lossy()
        .into_owned();
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        spec,
        &display,
        options,
    );
    let errors: Vec<String> = output.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{display}:\n{}", errors.join("\n"));
    pretty(&output.code)
}

/// Pretty-prints generated code as `cargo expand` would.
pub fn pretty(code: &str) -> String {
    let file =
        syn::parse_file(code).unwrap_or_else(|e| panic!("generated code does not parse: {e}"));
    prettyplease::unparse(&file)
}

/// The errors of generating from an in-memory `spec.yaml`, as messages.
pub fn generate_errors(spec: &str) -> Vec<String> {
    let source = openapi_models_codegen::load::InMemory::new().with("spec.yaml", spec);
    let output = openapi_models_codegen::render(
        &source,
        Path::new("spec.yaml"),
        "spec.yaml",
        &openapi_models_codegen::Options::default(),
    );
    output.errors.iter().map(ToString::to_string).collect()
}

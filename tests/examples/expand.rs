//! Prints the code generated for a spec, pretty: what `cargo expand` would
//! show for `include_models!`. Problems go to stderr.
//!
//! `cargo run -p openapi-models-tests --example expand -- specs/inkeep-analytics.yaml`

use std::path::Path;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: expand <spec.yaml|spec.json>");
        std::process::exit(2);
    };
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        Path::new(&path),
        &path,
        &openapi_models_codegen::Options::default(),
    );
    for error in &output.errors {
        eprintln!("error: {error}");
    }
    match syn::parse_file(&output.code) {
        Ok(file) => print!("{}", prettyplease::unparse(&file)),
        Err(error) => {
            eprintln!("the generated code does not parse: {error}");
            std::process::exit(1);
        }
    }
}

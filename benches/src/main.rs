//! Benchmarks of openapi-models, side by side with typify 0.8 and
//! progenitor 0.15 and against baselines measured in the same run. Prints
//! tables (Markdown); nothing is asserted.
//!
//! ```text
//! cargo run --release --manifest-path benches/Cargo.toml -- [expansion|runtime|compile|corpus|tokens|all]
//! cargo run --release --manifest-path benches/Cargo.toml -- edit [--runs N] [--docs inkeep,stripe,github,polar] [--baseline REV]
//! ```
//!
//! - `expansion`: the generator library on the Inkeep spec and the largest
//!   corpus documents, against parsing the same bytes into
//!   `serde_json::Value` (the floor);
//! - `compile [DOCUMENT...]`: `cargo check` and `cargo build` of a crate holding the
//!   generated models, ours against typify's and progenitor's output for
//!   the same document;
//! - `runtime`: serde_json throughput of the generated Inkeep models
//!   against hand-written serde structs of the same shape and against
//!   `serde_json::Value`;
//! - `corpus`: every document of the public corpus: types generated,
//!   expansion time and `cargo check` of the generated code;
//! - `tokens`: the token count of every corpus document's expansion, with
//!   and without operations, against rust-analyzer's limit;
//! - `edit`: the edit–compile cycle (one edit, then `cargo check` /
//!   `cargo build`) of a crate holding the models, by the macro and by the
//!   build script, for the working tree against a baseline commit, with
//!   the macro's own split and peak memory. Not part of `all`: it builds
//!   both trees and takes an hour or more with the default documents.

mod compile;
mod corpus;
mod edit;
mod expansion;
mod handwritten;
mod peers;
mod runtime;
mod timing;
mod tokens;

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ is in the repo")
        .to_path_buf()
}

fn main() {
    let what = std::env::args().nth(1).unwrap_or_else(|| "all".to_owned());
    if what == "stages" {
        // Where expansion spends its time, for one document.
        let path = PathBuf::from(std::env::args().nth(2).expect("a spec path"));
        for _ in 0..5 {
            let output = openapi_models_codegen::render(
                &openapi_models_codegen::load::FileSystem,
                &path,
                "spec",
                &openapi_models_codegen::Options::default(),
            );
            println!("{:?}", output.timings);
        }
        return;
    }
    println!("# openapi-models benchmarks\n");
    println!("{}\n", timing::machine());
    if what == "edit" {
        edit::run(std::env::args().skip(2));
        return;
    }
    if matches!(what.as_str(), "expansion" | "all") {
        expansion::run();
    }
    if matches!(what.as_str(), "runtime" | "all") {
        runtime::run();
    }
    if matches!(what.as_str(), "compile" | "all") {
        let only: Vec<String> = std::env::args().skip(2).collect();
        compile::run(&only);
    }
    if matches!(what.as_str(), "corpus" | "all") {
        corpus::run();
    }
    if matches!(what.as_str(), "tokens" | "all") {
        tokens::run();
    }
}

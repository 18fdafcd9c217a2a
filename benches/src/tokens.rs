//! What rust-analyzer sees of the macro: the token count of each public
//! corpus document's expansion (and Inkeep's), with the default options and
//! with `operations = false`. rust-analyzer drops a single macro expansion
//! past 2,097,152 tokens; a document over that is usable in an IDE through
//! the build script or a checked-in file, or with a narrower selection.

use openapi_models_codegen::load::FileSystem;
use openapi_models_codegen::{render, Options};
use proc_macro2::TokenStream;

use crate::corpus::documents;
use crate::repo;

pub mod count;
use count::count;

/// rust-analyzer's limit on one macro expansion.
pub const LIMIT: usize = 2_097_152;

fn tokens(path: &std::path::Path, display: &str, options: &Options) -> Option<usize> {
    let output = render(&FileSystem, path, display, options);
    if !output.errors.is_empty() {
        return None;
    }
    output.code.parse::<TokenStream>().ok().map(count)
}

pub fn run() {
    println!("## Tokens of the macro's expansion\n");
    println!("rust-analyzer drops one expansion past {LIMIT} tokens (**bold**: past it).\n");
    println!("| document | default | `operations = false` |");
    println!("| --- | ---: | ---: |");
    let mut files: Vec<(String, std::path::PathBuf)> = vec![(
        "inkeep-analytics.yaml".to_owned(),
        repo().join("specs/inkeep-analytics.yaml"),
    )];
    files.extend(
        documents()
            .into_iter()
            .map(|file| (file.clone(), repo().join("tests/corpus").join(&file))),
    );
    let mut without = Options::default();
    without.all_operations(false);
    for (file, path) in files {
        let cell = |n: Option<usize>| match n {
            Some(n) if n > LIMIT => format!("**{n}**"),
            Some(n) => n.to_string(),
            None => "error".to_owned(),
        };
        let all = tokens(&path, &file, &Options::default());
        let none = tokens(&path, &file, &without);
        println!("| `{file}` | {} | {} |", cell(all), cell(none));
    }
    println!();
}

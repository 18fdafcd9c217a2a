//! Expansion: what the macro costs a build, against the floor of merely
//! reading the document into `serde_json::Value`.

use std::path::Path;

use openapi_models_codegen::load::FileSystem;
use openapi_models_codegen::{render, Options};

use crate::repo;
use crate::timing::{median, ms, ratio};

/// The Inkeep spec and the largest documents of the corpus.
pub const DOCUMENTS: &[&str] = &[
    "specs/inkeep-analytics.yaml",
    "tests/corpus/stripe.json",
    "tests/corpus/github.json",
    "tests/corpus/asana.yaml",
    "tests/corpus/polar.json",
    "tests/corpus/discord.json",
];

/// Reading the file and parsing it into `serde_json::Value`.
fn parse_only(path: &Path) {
    let bytes = std::fs::read(path).expect("read the spec");
    let value: serde_json::Value = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_slice(&bytes).expect("parse JSON")
    } else {
        serde_yaml::from_slice(&bytes).expect("parse YAML")
    };
    std::hint::black_box(value);
}

pub fn run() {
    println!("## Expansion\n");
    println!("The generator library, optimized, on one thread with a large stack (what the macro runs); medians of 7 runs after a warm-up. *Floor*: reading the file and parsing it into `serde_json::Value` (serde_json or serde_yaml). *Generate*: `render`, the spec to the text of the models (read, parse, lower, emit); the macro then hands that text to the compiler. The stages are those of the same runs.\n");
    println!("| document | size | types | floor | generate | ratio | parse | lower | emit |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for document in DOCUMENTS {
        let path = repo().join(document);
        let size = std::fs::metadata(&path).map_or(0, |m| m.len());
        let options = Options::default();
        let floor = median(7, || parse_only(&path));
        let mut types = 0;
        let mut stages = Vec::new();
        let generate = median(7, || {
            let output = render(&FileSystem, &path, document, &options);
            assert!(
                output.errors.is_empty(),
                "{document}: {:?}",
                output.errors.first()
            );
            types = output.model.types.len();
            stages.push(output.timings);
            std::hint::black_box(output.code);
        });
        stages.sort_by_key(|t| t.total());
        let stage = stages[stages.len() / 2];
        println!(
            "| `{}` | {:.2} MB | {types} | {} | {} | {} | {} | {} | {} |",
            Path::new(document).file_name().unwrap().to_string_lossy(),
            size as f64 / 1e6,
            ms(floor),
            ms(generate),
            ratio(generate, floor),
            ms(stage.parse),
            ms(stage.lower),
            ms(stage.emit),
        );
    }
    println!();
}

//! The differential harness (`openapi_models_tests::differential`) on a few
//! documents of the public corpus: every disagreement with the reference
//! JSON Schema validator must be one a documented reading explains. The
//! whole corpus: `cargo run --release -p openapi-models-tests --bin
//! differential` (README, "Following the spec").

use std::path::Path;

use openapi_models_tests::differential::{self, report};

/// Small and varied: OpenAPI 3.0 (code-first and hand-written), 3.1 with
/// `const` and recursion, Swagger 2.0, discriminators, `allOf`
/// inheritance, required-key alternatives.
const SUBSET: [&str; 6] = [
    "hf-tgi",
    "iceberg-rest-catalog",
    "lob",
    "oai-petstore-swagger2",
    "oxide-nexus",
    "redocly-museum",
];

#[test]
fn a_few_documents_agree_with_the_reference() {
    let documents: Vec<differential::Document> = differential::corpus()
        .into_iter()
        .filter(|d| SUBSET.contains(&d.name.as_str()))
        .collect();
    assert_eq!(documents.len(), SUBSET.len());
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let settings = differential::Settings {
        work: tmp.join("differential"),
        // Shared with the other scratch crates: dependencies build once.
        target: tmp.join("scratch-target"),
        mutations: 12,
    };
    let checked = differential::run(&documents, &settings);
    let report = report::report(&checked);
    let text = report.render();
    println!("{text}");
    for (name, figures, problems) in &report.documents {
        assert!(problems.is_empty(), "{name}: {problems:?}");
        assert!(
            figures.valid >= 50 && figures.invalid >= 30,
            "{name}: too few instances: {figures:?}"
        );
        assert_eq!(figures.unchecked + figures.unlabelled, 0, "{name}");
    }
    assert_eq!(report.undocumented(), 0, "{text}");
}

//! `openapi-models generate` of every public corpus document compiles as
//! user code: the file is part of the crate, so rustc's and clippy's lints
//! all apply (macro output has them muted). One crate per document in one
//! cargo workspace, built in parallel.

use crate::{cli, repo, scratch, scratch_target, stderr};

/// (manifest file name, crate name) of every corpus document.
fn documents() -> Vec<(String, String)> {
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/corpus/manifest.json")).expect("manifest"),
    )
    .expect("manifest is JSON");
    let entries = manifest.as_array().expect("a list of documents");
    entries
        .iter()
        .map(|entry| {
            let file = entry["file"].as_str().expect("file").to_owned();
            let stem = file.split(['/', '.']).next().unwrap_or_default();
            (file.clone(), format!("corpus-{stem}"))
        })
        .collect()
}

#[test]
fn every_document_generates_code_that_passes_deny_warnings_and_clippy() {
    let dir = scratch("corpus");
    let documents = documents();
    let mut members = Vec::new();
    for (file, krate) in &documents {
        let spec = repo().join("tests/corpus").join(file);
        let models = dir.join(krate).join("src/models.rs");
        std::fs::create_dir_all(models.parent().expect("src")).expect("create src");
        let output = cli(&[
            "generate",
            &spec.to_string_lossy(),
            "-o",
            &models.to_string_lossy(),
        ]);
        assert!(output.status.success(), "{file}: {}", stderr(&output));
        let lib = format!(
            "#![deny(warnings)]\n//! Models of `{file}`, checked in.\n\n/// The models.\npub mod models;\n"
        );
        members.push((krate.clone(), vec![("src/lib.rs".to_owned(), lib)]));
    }
    // `workspace` writes the manifests and libs, and keeps the models.
    openapi_models_tests::cargo::workspace_in_place(&dir, &members, "");
    let output = openapi_models_tests::cargo::run(
        &dir,
        &scratch_target(),
        &[
            "clippy",
            "--workspace",
            "--message-format=json",
            "--",
            "-D",
            "warnings",
        ],
    );
    let failures: Vec<String> = openapi_models_tests::cargo::first_errors(&output)
        .into_iter()
        .map(|(krate, message)| {
            let file = documents
                .iter()
                .find(|(_, k)| *k == krate)
                .map_or(krate.as_str(), |(file, _)| file.as_str());
            format!("{file}: {message}")
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

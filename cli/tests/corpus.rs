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
    let documents = documents();
    let crates: Vec<Crate> = documents
        .iter()
        .map(|(file, krate)| Crate {
            name: krate.clone(),
            spec: repo().join("tests/corpus").join(file),
            flags: Vec::new(),
        })
        .collect();
    check_as_user_code("corpus", &crates);
}

/// The options change the code: every construct spec, with the other
/// `unknown_keys` values and every derive the generator checks.
#[test]
fn every_construct_spec_with_options_passes_deny_warnings_and_clippy() {
    let dir = repo().join("tests/constructs");
    let mut specs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/constructs")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.is_file())
        .collect();
    specs.sort();
    let mut crates = Vec::new();
    for spec in specs {
        let stem = spec
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        // `customize.yaml` names the user's types: the three-ways test has them.
        if stem == "customize" {
            continue;
        }
        let tolerate = if stem == "broken" {
            vec!["--broken-schemas=value"]
        } else {
            Vec::new()
        };
        for (variant, flags) in [
            ("ignore", vec!["--unknown-keys=ignore"]),
            (
                "reject",
                vec![
                    "--unknown-keys=reject",
                    "--derives=Eq,Hash,Ord,Default,Copy",
                ],
            ),
        ] {
            let mut flags: Vec<String> = flags.into_iter().map(String::from).collect();
            flags.extend(tolerate.iter().map(|f| (*f).to_owned()));
            crates.push(Crate {
                name: format!("construct-{stem}-{variant}"),
                spec: spec.clone(),
                flags,
            });
        }
    }
    check_as_user_code("constructs-with-options", &crates);
}

/// A crate of generated models: its name, the spec, the CLI's flags.
struct Crate {
    name: String,
    spec: std::path::PathBuf,
    flags: Vec<String>,
}

/// Generates each crate's models with the CLI into one scratch workspace
/// and runs clippy over it with `-D warnings`.
fn check_as_user_code(workspace: &str, crates: &[Crate]) {
    let dir = scratch(workspace);
    let mut members = Vec::new();
    for krate in crates {
        let models = dir.join(&krate.name).join("src/models.rs");
        std::fs::create_dir_all(models.parent().expect("src")).expect("create src");
        let spec = krate.spec.to_string_lossy().into_owned();
        let out = models.to_string_lossy().into_owned();
        let mut args = vec!["generate", spec.as_str(), "-o", out.as_str()];
        args.extend(krate.flags.iter().map(String::as_str));
        let output = cli(&args);
        assert!(
            output.status.success(),
            "{}: {}",
            krate.name,
            stderr(&output)
        );
        let lib = format!(
            "#![deny(warnings)]\n//! Models of `{spec}`, checked in.\n\n/// The models.\npub mod models;\n"
        );
        members.push((krate.name.clone(), vec![("src/lib.rs".to_owned(), lib)]));
    }
    // Writes the manifests and libs, and keeps the models.
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
        .map(|(name, message)| {
            let krate = crates.iter().find(|k| k.name == name);
            let what = krate.map_or(name.clone(), |k| {
                format!("{} {}", k.spec.display(), k.flags.join(" "))
            });
            format!("{what}: {message}")
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

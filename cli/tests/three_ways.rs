//! The three ways in, side by side: the macro, a build script, and a file
//! the CLI generated and the user checked in. Each is a crate of one cargo
//! workspace compiling `customize.yaml` with `derives`, `replace` and
//! `formats` set, under `#![deny(warnings)]` and clippy; the same code
//! (`uses.rs`) uses their items, and the build script's file is the CLI's
//! byte for byte.

use crate::generate::{builder, FLAGS};
use crate::{cli, repo, scratch, scratch_target, stderr};

/// The user's types the options name.
const CUSTOM: &str = r#"//! The user's own types, named by `replace` and `formats`.

/// Cents.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize,
)]
pub struct Money(pub i64);

/// A time stamp, kept as text.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize,
)]
pub struct Stamp(pub String);
"#;

/// Code using the generated items: it compiles only if each way in made
/// the same names, fields, types and derives.
const USES: &str = r##"//! Uses of the generated models.

use std::collections::{BTreeSet, HashSet};

use crate::api;
use crate::custom::{Money, Stamp};

/// Builds, writes, reads, orders, hashes and validates the models.
pub fn check() {
    let price = api::Price {
        amount: Money(250),
        currency: api::Currency::Eur,
        valid_until: Some(Stamp("2024-01-01T00:00:00Z".to_owned())),
        note: openapi_models::Tristate::Null,
    };
    let json = serde_json::to_string(&price).expect("write");
    assert_eq!(
        json,
        r#"{"amount":250,"currency":"EUR","valid_until":"2024-01-01T00:00:00Z","note":null}"#
    );
    assert_eq!(serde_json::from_str::<api::Price>(&json).expect("read"), price);
    // `Eq` and `Hash`, `Ord`, `Default` where the fields allow them.
    let hashed: HashSet<api::Price> = HashSet::from([price.clone()]);
    // `From` each variant's type; `Default` through a one-value enum.
    let offers = BTreeSet::from([
        api::Offer::from(api::Discount::default()),
        api::Offer::Price(price),
    ]);
    let shipping: api::Cost = Money(490);
    let catalog = api::Catalog {
        offers: Some(offers.into_iter().collect()),
        labels: Some(vec!["sale".to_owned()]),
        currencies: Some(BTreeSet::from([api::Currency::Usd])),
        shipping: Some(shipping),
    };
    assert!(openapi_models::Validate::validate(&catalog).is_ok());
    assert_eq!(hashed.len(), 1);
    let measured = api::Measured {
        value: serde_json::Number::from(3),
    };
    assert_eq!(HashSet::from([measured]).len(), 1);
    assert_eq!(api::Catalog::default().offers, None);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_models_work() {
        super::check();
    }
}
"##;

const OPTIONS: &str = r#"derives = [Eq, Hash, Ord, Default],
        replace = { Money = crate::custom::Money },
        formats = { "date-time" = crate::custom::Stamp },"#;

fn lib(models: &str) -> String {
    format!("#![deny(warnings)]\n//! The models, one way in.\n\npub mod custom;\npub mod uses;\n\n{models}\n")
}

/// The workspace of the three crates in `dir` (the CLI's file is written
/// by the test).
fn write_workspace(dir: &std::path::Path, spec: &std::path::Path) {
    std::fs::copy(spec, dir.join("customize.yaml")).expect("copy the spec");
    let common = |models: String| {
        vec![
            ("src/lib.rs".to_owned(), lib(&models)),
            ("src/custom.rs".to_owned(), CUSTOM.to_owned()),
            ("src/uses.rs".to_owned(), USES.to_owned()),
        ]
    };
    let via_macro = format!(
        "/// The models.\npub mod api {{\n    openapi_models::include_models!(\n        spec = \"../customize.yaml\",\n        {OPTIONS}\n    );\n}}"
    );
    let via_build =
        "/// The models.\npub mod api {\n    openapi_models::include_generated!(\"api.rs\");\n}"
            .to_owned();
    let via_cli = "/// The models.\npub mod api;".to_owned();
    let mut build = common(via_build);
    build.push((
        "build.rs".to_owned(),
        r#"fn main() -> Result<(), Box<dyn std::error::Error>> {
    openapi_models_build::Builder::new("../customize.yaml")
        .derives(["Eq", "Hash", "Ord", "Default"])
        .replace("Money", "crate::custom::Money")
        .format("date-time", "crate::custom::Stamp")
        .generate("api.rs")?;
    Ok(())
}
"#
        .to_owned(),
    ));
    let members = vec![
        ("via-macro".to_owned(), common(via_macro)),
        ("via-build".to_owned(), build),
        ("via-cli".to_owned(), common(via_cli)),
    ];
    let dependencies = "serde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\n";
    openapi_models_tests::cargo::workspace_in_place(dir, &members, dependencies);
    let manifest = std::fs::read_to_string(dir.join("via-build/Cargo.toml")).expect("manifest");
    let build_api = format!(
        "{manifest}\n[build-dependencies]\nopenapi-models-build = {{ path = {:?} }}\n",
        repo().join("build").to_string_lossy()
    );
    std::fs::write(dir.join("via-build/Cargo.toml"), build_api).expect("write the manifest");
}

#[test]
fn macro_build_script_and_checked_in_file_make_the_same_models() {
    let dir = scratch("three-ways");
    let spec = repo().join("tests/constructs/customize.yaml");
    write_workspace(&dir, &spec);

    // The checked-in file, made by the CLI.
    let checked_in = dir.join("via-cli/src/api.rs");
    // The same path for both: docs name the file a schema comes from.
    let spec_text = spec.to_string_lossy().into_owned();
    let mut args = vec!["generate", spec_text.as_str(), "-o"];
    let checked_in_text = checked_in.to_string_lossy().into_owned();
    args.push(&checked_in_text);
    args.extend(FLAGS);
    let output = cli(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let rendered = builder(&spec).render().expect("render").code;
    let file = std::fs::read_to_string(&checked_in).expect("read the file");
    assert!(
        file == rendered,
        "the CLI's file is not what the build API writes"
    );

    let target = scratch_target();
    for args in [
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ][..],
        &["test", "--workspace", "--quiet"],
    ] {
        let output = openapi_models_tests::cargo::run(&dir, &target, args);
        assert!(
            output.status.success(),
            "`cargo {}` failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

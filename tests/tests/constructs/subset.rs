//! `schemas = [...]`: only the named schemas and what they reference.

use crate::support::json::round_trip;

mod spec {
    openapi_models::include_models!(spec = "constructs/refs.yaml", schemas = ["Remote", "Tree"]);
}

#[test]
fn only_selected_schemas_and_their_references() {
    let remote: spec::Remote = round_trip(r#"{"money": {"amount": "1", "currency": "USD"}}"#);
    let _: Option<spec::Money> = remote.money;
    let _: spec::Currency = spec::Currency::Usd;
    let _: spec::Tree = round_trip("[]");
}

#[test]
fn the_subset_is_what_the_generator_emits() {
    let spec = crate::support::repo().join("tests/constructs/refs.yaml");
    let options = openapi_models_codegen::Options {
        selection: openapi_models_codegen::Selection::Only(vec!["Remote".into(), "Tree".into()]),
        ..Default::default()
    };
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        &spec,
        "refs.yaml",
        &options,
    );
    assert!(output.errors.is_empty(), "{:?}", output.errors);
    let names: Vec<&str> = output.model.types.iter().map(|t| t.name.as_str()).collect();
    // Components in document order, each followed by the types it made
    // (here the schemas of another file it references).
    assert_eq!(names, ["Remote", "Money", "Currency", "Tag", "Tree"]);
}

#[test]
fn unknown_names_are_reported_with_a_suggestion() {
    let spec = crate::support::repo().join("tests/constructs/refs.yaml");
    let options = openapi_models_codegen::Options {
        selection: openapi_models_codegen::Selection::Only(vec!["Remot".into()]),
        ..Default::default()
    };
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        &spec,
        "refs.yaml",
        &options,
    );
    let errors: Vec<String> = output.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        ["refs.yaml: `schemas`: the spec has no schema named `Remot`; did you mean `Remote`?"]
    );
}

//! The options that change what the models accept: `unknown_keys` and
//! `broken_schemas`.

use crate::support::json::{rejects, round_trip};

mod keep {
    openapi_models::include_models!("constructs/unknown-keys.yaml");
}

mod reject {
    openapi_models::include_models!(
        spec = "constructs/unknown-keys.yaml",
        unknown_keys = "reject"
    );
}

mod ignore {
    openapi_models::include_models!(
        spec = "constructs/unknown-keys.yaml",
        unknown_keys = "ignore"
    );
}

mod tolerant {
    openapi_models::include_models!(spec = "constructs/broken.yaml", broken_schemas = "value");
}

#[test]
fn unknown_keys_are_kept_where_the_schema_allows_them() {
    let open: keep::Open = round_trip(r#"{"name": "a", "extra": [1, {"b": null}]}"#);
    assert_eq!(open.additional_properties.len(), 1);
    // Where the schema forbids them they are read past, as the SDKs do.
    let closed: keep::Closed = serde_json::from_str(r#"{"name": "a", "extra": 1}"#).unwrap();
    assert_eq!(serde_json::to_string(&closed).unwrap(), r#"{"name":"a"}"#);
    let _: keep::Nothing = serde_json::from_str(r#"{"extra": 1}"#).unwrap();
}

#[test]
fn reject_enforces_additional_properties_false() {
    round_trip::<reject::Open>(r#"{"name": "a", "extra": 1}"#);
    round_trip::<reject::Closed>(r#"{"name": "a"}"#);
    let message = rejects::<reject::Closed>(r#"{"name": "a", "extra": 1}"#);
    assert!(message.contains("unknown field `extra`"), "{message}");
    round_trip::<reject::Nothing>("{}");
    rejects::<reject::Nothing>(r#"{"extra": 1}"#);
}

#[test]
fn ignore_drops_what_the_schema_does_not_declare() {
    let open: ignore::Open = serde_json::from_str(r#"{"name": "a", "extra": 1}"#).unwrap();
    assert_eq!(serde_json::to_string(&open).unwrap(), r#"{"name":"a"}"#);
}

#[test]
fn broken_schemas_become_any_value_and_the_rest_generates() {
    let pet: tolerant::Pet =
        round_trip(r#"{"name": "Rex", "owner": {"anything": [1, 2]}, "code": "x"}"#);
    let _: Option<serde_json::Value> = pet.owner;
    let _: tolerant::Tag = round_trip(r#"{"label": "t"}"#);
    // The docs say what could not be read, and where.
    let output = openapi_models_codegen::generate(
        &crate::support::repo().join("tests/constructs/broken.yaml"),
        "constructs/broken.yaml",
        &openapi_models_codegen::Options {
            broken_schemas: openapi_models_codegen::BrokenSchemas::Value,
            ..Default::default()
        },
    );
    assert!(output.errors.is_empty(), "{:?}", output.errors);
    let pet = output.model.types.iter().find(|t| t.name == "Pet").unwrap();
    let docs = pet.docs.join(" ");
    assert!(
        docs.contains("#/components/schemas/Pet/properties/owner"),
        "{docs}"
    );
    assert!(docs.contains("points to nothing"), "{docs}");
    assert!(
        docs.contains("#/components/schemas/Pet/properties/code/pattern"),
        "{docs}"
    );
}

#[test]
fn broken_schemas_are_errors_by_default() {
    let spec = std::fs::read_to_string(crate::support::repo().join("tests/constructs/broken.yaml"))
        .unwrap();
    let errors = crate::support::generate_errors(&spec);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("is not an ECMA-262 regular expression"),
        "{errors:?}"
    );
    assert!(errors[1].contains("points to nothing"), "{errors:?}");
}

//! Types: 3.1 type arrays, schemas without `type`, empty schemas, `not`,
//! integer and number formats, string formats kept as text, arrays without
//! `items`, tuples, `uniqueItems`, `readOnly` / `writeOnly`, and the
//! constraints `validate()` checks.

use openapi_models::Validate;

use crate::support::json::{rejects, round_trip};

mod spec {
    openapi_models::include_models!("constructs/types.yaml");
}
use spec::*;

const MINIMAL: &str = r#"{"serverId": "s", "password": "p"}"#;

#[test]
fn field_types() {
    let e: Everything = round_trip(MINIMAL);
    let Everything {
        maybe_name,
        string_or_number,
        implicit_object,
        implicit_array,
        empty,
        anything,
        not_string,
        int32,
        int64,
        uint64,
        huge,
        float,
        double,
        when,
        day,
        id,
        bytes,
        blob,
        price,
        any_items,
        pair,
        unique,
        server_id,
        password,
        only_null,
        additional_properties: _,
    } = e;
    let _: openapi_models::Tristate<String> = maybe_name;
    let _: Option<EverythingStringOrNumber> = string_or_number;
    let _: Option<EverythingImplicitObject> = implicit_object;
    let _: Option<Vec<i64>> = implicit_array;
    let _: [Option<serde_json::Value>; 3] = [empty, anything, not_string];
    let _: (Option<i32>, Option<i64>, Option<u64>) = (int32, int64, uint64);
    let _: [Option<serde_json::Number>; 3] = [huge, float, double];
    let _: [Option<String>; 6] = [when, day, id, bytes, blob, price];
    let _: Option<Vec<serde_json::Value>> = any_items;
    let _: Option<(String, i64)> = pair;
    let _: Option<Vec<String>> = unique;
    let _: (String, Option<String>) = (server_id, password);
    let _: Option<()> = only_null;
}

#[test]
fn values_round_trip_exactly() {
    let e: Everything = round_trip(
        r#"{"serverId": "s", "maybeName": null, "stringOrNumber": 2.50, "implicitObject": {"a": "x"},
            "implicitArray": [1, 2], "empty": {"deep": [null]}, "anything": null, "notString": 5,
            "int32": -5, "int64": 9007199254740993, "uint64": 18446744073709551615,
            "huge": 1e25, "float": 1.5, "double": 3,
            "when": "2024-05-01T12:00:00.123+02:00", "day": "2024-05-01", "id": "0b2c5b5e-2b5a-4a8a-9f0a-0c6c7a4f5b1e",
            "bytes": "aGk=", "blob": "raw", "price": "19.990",
            "anyItems": [1, "a", null], "pair": ["a", 1], "unique": ["a", "b"], "onlyNull": null}"#,
    );
    assert_eq!(e.uint64, Some(u64::MAX));
    assert_eq!(e.when.as_deref(), Some("2024-05-01T12:00:00.123+02:00"));
    assert_eq!(e.price.as_deref(), Some("19.990"));
    assert_eq!(
        e.string_or_number,
        Some(EverythingStringOrNumber::Number(
            serde_json::Number::from_f64(2.5).unwrap()
        ))
    );
}

#[test]
fn wrong_types_are_rejected() {
    rejects::<Everything>(r#"{"serverId": "s", "int32": 3000000000}"#);
    rejects::<Everything>(r#"{"serverId": "s", "pair": ["a"]}"#);
    rejects::<Everything>(r#"{"serverId": "s", "pair": ["a", 1, 2]}"#);
    rejects::<Everything>(r#"{"serverId": "s", "maybeName": 1}"#);
    rejects::<Everything>(r#"{"serverId": "s", "onlyNull": 1}"#);
    // Required and read-only: responses carry it.
    rejects::<Everything>(r#"{"password": "p"}"#);
}

#[test]
fn write_only_required_properties_are_optional() {
    // Responses never carry write-only properties.
    let e: Everything = round_trip(r#"{"serverId": "s"}"#);
    assert_eq!(e.password, None);
}

#[test]
fn validate_checks_every_constraint_and_reports_all() {
    let ok: Limits = round_trip(
        r#"{"name": "abc", "count": 4, "ratio": 0.5, "tags": ["a"], "extra": {"k": 1}}"#,
    );
    assert_eq!(ok.validate(), Ok(()));
    let bad: Limits = round_trip(
        r#"{"name": "ABCDEFG", "count": 11, "ratio": 1, "tags": ["long", "long", "x"], "extra": {"a": -1, "b": 0, "c": 0}}"#,
    );
    let errors = bad.validate().unwrap_err();
    let found: Vec<String> = errors
        .violations()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        vec![
            "/name: must be at most 5 characters long (is 7)",
            "/name: must match the pattern `^[a-z]+$`",
            "/count: must be at most 10",
            "/count: must be a multiple of 2",
            "/ratio: must be less than 1",
            "/tags: must have at most 2 items (has 3)",
            "/tags: items must be unique (item 1 repeats item 0)",
            "/tags/0: must be at most 3 characters long (is 4)",
            "/tags/1: must be at most 3 characters long (is 4)",
            "/extra: must have at most 2 properties (has 3)",
            "/extra/a: must be at least 0",
        ]
    );
}

/// A struct whose every field is optional defaults, without being asked,
/// to what `{}` reads as.
#[test]
fn all_optional_structs_default_to_the_empty_object() {
    let limits = Limits::default();
    assert_eq!(serde_json::to_string(&limits).unwrap(), "{}");
    assert_eq!(round_trip::<Limits>("{}"), limits);
}

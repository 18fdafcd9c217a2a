//! String formats are text by default (nothing lost) and typed behind the
//! runtime's `chrono`, `time` and `uuid` features, checked with real cargo
//! builds of a crate that enables them.

use crate::support::cargo::Scratch;
use crate::support::json::round_trip;
use crate::support::repo;

mod spec {
    openapi_models::include_models!("constructs/formats.yaml");
}

#[test]
fn formats_are_text_by_default() {
    let event: spec::Event = round_trip(
        r#"{"at": "2024-05-01T12:00:00.000Z", "day": "2024-05-01", "id": "0B2C5B5E-2B5A-4A8A-9F0A-0C6C7A4F5B1E"}"#,
    );
    let _: (String, String, String) = (event.at, event.day, event.id);
}

fn typed(name: &str, features: &[&str], dependencies: &str, checks: &str) {
    let krate = Scratch::with(name, features, dependencies);
    krate.copy(
        &repo().join("tests/constructs/formats.yaml"),
        "formats.yaml",
    );
    krate.write(
        "src/main.rs",
        &format!(
            r##"#![deny(warnings)]
mod spec {{
    openapi_models::include_models!("formats.yaml");
}}

fn main() {{
    let json = r#"{{"at": "2024-05-01T12:00:00+02:00", "day": "2024-05-01", "id": "0b2c5b5e-2b5a-4a8a-9f0a-0c6c7a4f5b1e", "later": null}}"#;
    let event: spec::Event = serde_json::from_str(json).unwrap();
    {checks}
    let back: serde_json::Value = serde_json::to_value(&event).unwrap();
    assert_eq!(back, serde_json::from_str::<serde_json::Value>(json).unwrap());
    assert!(serde_json::from_str::<spec::Event>(&json.replace("2024-05-01T", "yesterday ")).is_err());
}}
"##
        ),
    );
    krate.cargo_ok(&["run", "--quiet"]);
}

#[test]
fn chrono_and_uuid_features_type_the_formats() {
    typed(
        "formats-chrono",
        &["chrono", "uuid"],
        "serde_json = \"1\"\nchrono = { version = \"0.4\", default-features = false }\nuuid = \"1\"",
        "let _: chrono::DateTime<chrono::FixedOffset> = event.at;
    let _: chrono::NaiveDate = event.day;
    let _: uuid::Uuid = event.id;
    assert_eq!(event.at.timestamp(), 1714557600);",
    );
}

#[test]
fn time_feature_types_the_dates() {
    typed(
        "formats-time",
        &["time"],
        "serde_json = \"1\"\ntime = \"0.3\"",
        "let _: time::OffsetDateTime = event.at.0;
    let _: time::Date = event.day.0;
    let _: String = event.id;
    assert_eq!(event.at.0.unix_timestamp(), 1714557600);",
    );
}

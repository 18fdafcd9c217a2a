//! String formats are text by default (nothing lost); the `formats` option
//! types them with the user's types. No feature of the runtime changes a
//! generated type: a library without features and an application with all
//! of them build together (a real cargo workspace).

use crate::support::cargo::Scratch;
use crate::support::json::round_trip;
use crate::support::repo;

mod text {
    openapi_models::include_models!("constructs/formats.yaml");
}

mod chrono_uuid {
    openapi_models::include_models!(
        spec = "constructs/formats.yaml",
        formats = {
            "date-time" = ::chrono::DateTime<::chrono::FixedOffset>,
            date = ::chrono::NaiveDate,
            uuid = ::uuid::Uuid,
        },
    );
}

mod time_wrappers {
    openapi_models::include_models!(
        spec = "constructs/formats.yaml",
        formats = {
            "date-time" = ::openapi_models::formats::time::DateTime,
            "date" = ::openapi_models::formats::time::Date,
        },
    );
}

const EVENT: &str = r#"{"at": "2024-05-01T12:00:00+02:00", "day": "2024-05-01", "id": "0b2c5b5e-2b5a-4a8a-9f0a-0c6c7a4f5b1e", "later": null}"#;

#[test]
fn formats_are_text_by_default() {
    let event: text::Event = round_trip(
        r#"{"at": "2024-05-01T12:00:00.000Z", "day": "2024-05-01", "id": "0B2C5B5E-2B5A-4A8A-9F0A-0C6C7A4F5B1E"}"#,
    );
    let _: (String, String, String) = (event.at, event.day, event.id);
}

#[test]
fn formats_option_types_them_with_chrono_and_uuid() {
    let event: chrono_uuid::Event = round_trip(EVENT);
    let _: chrono::DateTime<chrono::FixedOffset> = event.at;
    let _: chrono::NaiveDate = event.day;
    let _: uuid::Uuid = event.id;
    assert_eq!(event.at.timestamp(), 1714557600);
    // Present and null, kept apart from absent.
    assert_eq!(event.later, openapi_models::Tristate::Null);
    // The type's parsing is the check.
    let bad = EVENT.replace("2024-05-01T", "yesterday ");
    assert!(serde_json::from_str::<chrono_uuid::Event>(&bad).is_err());
    assert!(openapi_models::Validate::validate(&event).is_ok());
}

#[test]
fn formats_option_types_them_with_the_time_wrappers() {
    let event: time_wrappers::Event = round_trip(EVENT);
    let _: time::OffsetDateTime = event.at.0;
    let _: time::Date = event.day.0;
    let _: String = event.id;
    assert_eq!(event.at.0.unix_timestamp(), 1714557600);
    let bad = EVENT.replace("2024-05-01T", "yesterday ");
    assert!(serde_json::from_str::<time_wrappers::Event>(&bad).is_err());
}

/// Cargo unifies features: if one changed the models' types, the library
/// below (which expects text) would stop compiling beside the application.
#[test]
fn runtime_features_never_change_a_library_s_models() {
    let workspace = Scratch::workspace("features-additive", &["models-lib", "models-app"]);
    let runtime = openapi_models_tests::cargo::runtime_dependency(&[]);
    let runtime_all = openapi_models_tests::cargo::runtime_dependency(&["inkeep", "time"]);
    workspace.copy(
        &repo().join("tests/constructs/formats.yaml"),
        "models-lib/formats.yaml",
    );
    workspace.write(
        "models-lib/Cargo.toml",
        &format!("[package]\nname = \"models-lib\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n{runtime}\n"),
    );
    workspace.write(
        "models-lib/src/lib.rs",
        r#"#![deny(warnings)]
//! Models as a library without runtime features sees them.

/// The models.
pub mod spec {
    openapi_models::include_models!("formats.yaml");
}

/// Text, whatever the application enables.
pub fn when(event: &spec::Event) -> &String {
    &event.at
}
"#,
    );
    workspace.write(
        "models-app/Cargo.toml",
        &format!("[package]\nname = \"models-app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nmodels-lib = {{ path = \"../models-lib\" }}\nserde_json = \"1\"\n{runtime_all}\n"),
    );
    workspace.write(
        "models-app/src/main.rs",
        r##"#![deny(warnings)]
fn main() {
    let event: models_lib::spec::Event = serde_json::from_str(
        r#"{"at": "2024-05-01T12:00:00Z", "day": "2024-05-01", "id": "x"}"#,
    )
    .unwrap();
    let at: &String = models_lib::when(&event);
    assert_eq!(at, "2024-05-01T12:00:00Z");
    // Every feature is on here: the Inkeep models exist beside the library's.
    let _ = openapi_models::inkeep::OpenAIConversationType::Openai;
}
"##,
    );
    workspace.cargo_ok(&["run", "--quiet", "-p", "models-app"]);
}

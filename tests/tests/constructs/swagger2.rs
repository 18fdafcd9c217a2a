//! Swagger 2.0: `definitions` generate models (`x-nullable`, `type: file`,
//! `allOf` inheritance).

use crate::support::json::round_trip;

mod spec {
    openapi_models::include_models!("constructs/swagger2.yaml");
}
use spec::*;

#[test]
fn definitions_are_models() {
    let pet: Pet =
        round_trip(r#"{"name": "Rex", "kind": "dog", "photo": "raw", "nickname": null}"#);
    assert_eq!(pet.nickname, openapi_models::Tristate::Null);
    let dog: Dog = round_trip(r#"{"name": "Rex", "kind": "dog", "barks": true}"#);
    assert_eq!(dog.barks, Some(true));
}

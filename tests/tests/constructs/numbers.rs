//! A document with numbers beyond every width (`1e400`, integers past 64
//! bits) in bounds, defaults, examples and enums still generates: such
//! numbers are read as the nearest float (`±1e308` beyond the float range).

use openapi_models::Validate;

use crate::support::json::round_trip;

mod spec {
    openapi_models::include_models!("constructs/numbers.json");
}

#[test]
fn huge_numbers_do_not_cost_the_document() {
    let reading: spec::Reading = round_trip(r#"{"level": 1e300, "serial": 1.3e29, "scale": 0.5}"#);
    assert!(reading.validate().is_ok());
    let below: spec::Reading = round_trip(r#"{"serial": 1e20}"#);
    assert!(below.validate().is_err());
}

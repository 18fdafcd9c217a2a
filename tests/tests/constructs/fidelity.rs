//! What the spec forbids is rejected wherever it stands: ECMA-262 patterns,
//! formats, constraints on a component itself and beside a format, `enum`
//! and `const` inside union members, the union member whose constraints
//! hold; and numbers come back exactly as they were written.

use openapi_models::Validate;

use crate::support::json::{rejects, round_trip, stops_at_the_first_failed_write};

mod spec {
    openapi_models::include_models!("constructs/fidelity.yaml");
}
use spec::*;

fn valid<T: Validate>(value: &T) -> bool {
    value.validate().is_ok()
}

#[test]
fn patterns_are_ecma_262() {
    assert!(valid(&round_trip::<Word>(r#""Zoë""#)));
    assert!(!valid(&round_trip::<Word>(r#""administrator""#)));
    assert!(!valid(&round_trip::<Word>(r#""abc1""#)));
    assert!(valid(&round_trip::<Repeated>(r#""aa""#)));
    assert!(!valid(&round_trip::<Repeated>(r#""ab""#)));
    assert!(valid(&round_trip::<Legacy>(r#""a-b_c""#)));
    assert!(!valid(&round_trip::<Legacy>(r#""a b""#)));
}

#[test]
fn constraints_on_a_component_itself_and_beside_a_format() {
    assert!(valid(&round_trip::<Stamp>(r#""2024-05-01T12:00:00Z""#)));
    // Too long, and a date-time all the same.
    assert!(!valid(&round_trip::<Stamp>(
        r#""2024-05-01T12:00:00.000+02:00""#
    )));
    // Short enough, but not a date-time.
    assert!(!valid(&round_trip::<Stamp>(r#""yesterday""#)));
    assert!(valid(&round_trip::<Count>("3")));
    assert!(!valid(&round_trip::<Count>("11")));
    let count: Count = round_trip("0");
    let _: i64 = *count;
    assert!(!valid(&count));
}

#[test]
fn formats_are_checked_as_text() {
    let good = r#"{"email": "a@example.com", "site": "https://example.com/x?y=1", "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "day": "2024-02-29", "at": "23:59:60Z", "v4": "192.0.2.1", "v6": "2001:db8::1", "bytes": "aGVsbG8="}"#;
    assert!(valid(&round_trip::<Contact>(good)));
    for (key, bad) in [
        ("email", "a.example.com"),
        ("site", "not a uri"),
        ("id", "3fa85f64-5717-4562-b3fc"),
        ("day", "2023-02-29"),
        ("at", "12:00:00"),
        ("v4", "192.0.2.01"),
        ("v6", "2001:db8:::1"),
        ("bytes", "aGVsbG8"),
    ] {
        let contact: Contact = round_trip(&format!(r#"{{"{key}": "{bad}"}}"#));
        let errors = contact.validate().unwrap_err();
        assert_eq!(errors.violations()[0].pointer, format!("/{key}"), "{key}");
    }
}

#[test]
fn the_member_whose_constraints_hold_is_chosen() {
    let v6: IpAddress = round_trip(r#""2001:db8::1""#);
    assert!(matches!(v6, IpAddress::V6(_)), "{v6:?}");
    assert!(valid(&v6));
    let v4: IpAddress = round_trip(r#""192.0.2.1""#);
    assert!(matches!(v4, IpAddress::V4(_)));
    // Neither: no member accepts it, so the union does not either.
    assert!(!valid(&round_trip::<IpAddress>(r#""example.com""#)));
    let short: Code = round_trip(r#""abc""#);
    assert!(matches!(short, Code::Short(_)));
    assert!(!valid(&round_trip::<Code>(r#""abcd""#)));
}

#[test]
fn enum_and_const_hold_inside_union_members() {
    let circle: Shape = round_trip(r#"{"kind": "circle", "radius": 1.5}"#);
    assert!(valid(&circle));
    rejects::<Shape>(r#"{"kind": "triangle", "radius": 1.5}"#);
    rejects::<Shape>(r#"{"kind": "square", "radius": 1.5}"#);
    assert!(!valid(&round_trip::<Shape>(
        r#"{"kind": "circle", "radius": 0}"#
    )));
}

#[test]
fn keywords_beside_a_union_hold_for_its_members() {
    assert!(valid(&round_trip::<SendDate>(r#""2024-05-01""#)));
    rejects::<SendDate>("null");
    rejects::<SendDate>("3");
    // A date-time, but longer than the union allows.
    assert!(!valid(&round_trip::<SendDate>(r#""2024-05-01T12:00:00Z""#)));
}

#[test]
fn numbers_round_trip_exactly() {
    for number in [
        "-2.8022069497250554e-158",
        "2.2250738585072011e-308",
        "0.1",
        "1.0",
        "1",
        "1e+300",
        "12345678901234567890",
    ] {
        let text = format!(r#"{{"value":{number}}}"#);
        let measure: Measure = round_trip(&text);
        // The text itself: parsing inexactly and writing back agree on the
        // wrong number, so comparing parsed values would not see it.
        let written = serde_json::to_string(&measure).unwrap();
        let expected: f64 = number.parse().unwrap();
        let written_number: f64 = written["{\"value\":".len()..written.len() - 1]
            .parse()
            .unwrap();
        assert_eq!(written_number.to_bits(), expected.to_bits(), "{written}");
    }
}

#[test]
fn a_rule_with_more_than_required_keys_is_not_read_as_one() {
    assert!(valid(&round_trip::<Either>(r#"{"a": "x"}"#)));
    assert!(valid(&round_trip::<Either>("{}")));
}

#[test]
fn a_union_sharing_the_object_stops_at_the_first_failed_write() {
    // The union's entries, then the undeclared keys it did not write.
    let either: Either = round_trip(r#"{"a": "x", "b": [1, 2], "c": {"d": null}}"#);
    let writes = stops_at_the_first_failed_write(&either);
    assert!(writes > 5, "{writes} writes");
}

#[test]
fn required_beside_a_union_of_references_holds_for_each_member() {
    assert!(valid(&round_trip::<Animal>(r#"{"id": "c", "meow": true}"#)));
    let anonymous: Animal = round_trip(r#"{"meow": true}"#);
    assert!(!valid(&anonymous));
}

#[test]
fn a_tagged_union_without_its_tag_is_read_by_what_fits() {
    let count: Aggregation = round_trip("{}");
    assert!(matches!(count, Aggregation::Count(_)), "{count:?}");
    let sum: Aggregation = round_trip(r#"{"property": "amount"}"#);
    assert!(matches!(sum, Aggregation::Sum(_)), "{sum:?}");
    let tagged: Aggregation = round_trip(r#"{"func": "sum", "property": "amount"}"#);
    assert!(matches!(tagged, Aggregation::Sum(_)));
}

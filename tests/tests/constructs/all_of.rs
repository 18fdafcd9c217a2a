//! `allOf`: one struct with the members' properties and `required` merged,
//! through nested `allOf` and references, never a chain of flattens.

use openapi_models::Validate;

use crate::support::json::{rejects, round_trip};

mod spec {
    openapi_models::include_models!("constructs/all-of.yaml");
}
use spec::*;

#[test]
fn members_merge_into_one_struct() {
    let order: Order = round_trip(
        r#"{"id": "o1", "status": "active", "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-02T00:00:00Z", "total": 3}"#,
    );
    // Fields of every member, required where any member requires them.
    let Order {
        id,
        status,
        created_at,
        updated_at,
        total,
        additional_properties,
    } = order;
    let _: (String, Option<BaseStatus>, String, String, i64) =
        (id, status, created_at, updated_at, total);
    assert!(additional_properties.is_empty());
    rejects::<Order>(r#"{"id": "o1", "createdAt": "t", "total": 3}"#);
}

#[test]
fn nested_all_of_merges_too() {
    let special: SpecialOrder = round_trip(
        r#"{"id": "o", "createdAt": "t", "updatedAt": "u", "total": 1, "priority": true}"#,
    );
    assert_eq!(special.priority, Some(true));
}

#[test]
fn a_member_that_only_describes_keeps_the_type() {
    let described: Described = round_trip(r#"{"id": "x"}"#);
    let _: String = described.id;
}

#[test]
fn all_of_around_one_reference_is_that_type() {
    let maybe: MaybeBase = round_trip(r#"{"base": null}"#);
    assert_eq!(maybe.base, openapi_models::Tristate::Null);
    let maybe: MaybeBase = round_trip(r#"{"base": {"id": "b"}}"#);
    let _: openapi_models::Tristate<Base> = maybe.base;
}

#[test]
fn primitive_members_merge_into_the_primitive() {
    let code: ShortCode = round_trip(r#""abcd""#);
    let _: &String = &code;
    assert!(code.validate().is_ok());
    // The members' constraints are the component's own: it validates alone.
    let long: ShortCode = round_trip(r#""abcde""#);
    assert!(long.validate().is_err());
}

#[test]
fn additional_properties_of_a_member_are_kept() {
    let open: Open = round_trip(r#"{"id": "a", "x": 1, "y": 2}"#);
    assert_eq!(open.additional_properties.len(), 2);
    rejects::<Open>(r#"{"id": "a", "x": "not an integer"}"#);
}

#[test]
fn redefined_properties_hold_together() {
    let milestone: Milestone =
        round_trip(r#"{"kind": "milestone", "subtype": null, "meta": {"a": 1, "b": "abc"}}"#);
    let _: Option<MilestoneKind> = milestone.kind;
    let _: openapi_models::Tristate<TaskSubtype> = milestone.subtype;
    let meta = milestone.meta.unwrap();
    let _: (Option<i64>, Option<String>) = (meta.a, meta.b);
    // The base's enum and the derived one's const both hold.
    rejects::<Milestone>(r#"{"kind": "task"}"#);
    rejects::<Milestone>(r#"{"subtype": "other"}"#);
    let long: Milestone = round_trip(r#"{"meta": {"b": "abcd"}}"#);
    assert!(long.validate().is_err());
}

#[test]
fn conflicting_definitions_take_the_later_one() {
    let spec = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A:
      allOf:
        - type: object
          properties:
            n: {type: string}
        - type: object
          properties:
            n: {type: integer}
"#;
    assert_eq!(crate::support::generate_errors(spec), Vec::<String>::new());
    let page: PageOfNames = round_trip(r#"{"result": ["a", "b"]}"#);
    let _: Option<Vec<String>> = page.result;
    rejects::<PageOfNames>(r#"{"result": {}}"#);
}

#[test]
fn a_reference_with_a_type_beside_it_keeps_its_enum() {
    let account: Account = round_trip(r#"{"currency": "NZD"}"#);
    assert_eq!(account.currency, Some(Currency::Nzd));
    rejects::<Account>(r#"{"currency": "EUR"}"#);
}

#[test]
fn enums_without_a_common_value_accept_nothing() {
    let none: Disjoint = round_trip(r#"{"color": "red"}"#);
    assert!(none.validate().is_err());
    assert!(round_trip::<Disjoint>("{}").validate().is_ok());
}

#[test]
fn integer_and_number_is_an_integer() {
    let whole: Whole = round_trip(r#"{"n": 2}"#);
    let _: Option<i64> = whole.n;
    rejects::<Whole>(r#"{"n": 1.5}"#);
}

#[test]
fn a_kind_conflict_keeps_the_constraints_of_members_without_a_kind() {
    let listed: Listed = round_trip(r#"{"r": ["a"]}"#);
    let items: &Vec<String> = &listed.r.unwrap();
    assert_eq!(items.len(), 1);
    assert!(round_trip::<Listed>(r#"{"r": []}"#).validate().is_err());
}

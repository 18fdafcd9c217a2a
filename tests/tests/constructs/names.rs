//! Names: schemas called like the types generated code relies on, names
//! that differ only in case or separators, leading digits, non-ASCII, very
//! long names, and properties that are not identifiers.

use crate::support::json::round_trip;

mod spec {
    openapi_models::include_models!("constructs/names.yaml");
}

#[test]
fn schemas_named_like_std_types() {
    let _: spec::Option = round_trip(r#"{"some": "x"}"#);
    let _: spec::Result = round_trip(r#"{"ok": true}"#);
    let _: spec::String = round_trip(r#"{"value": "v"}"#);
    let _: spec::Vec = round_trip(r#"[{"value": "v"}]"#);
    let _: spec::Box = round_trip(r#"{"inner": {"some": "x"}}"#);
    let _: spec::SelfType = round_trip(r#""s""#);
    let _: spec::Type = round_trip(r#"{"crate": "c"}"#);
    let _: spec::Crate = round_trip("3");
}

/// `S`, `D`, `A`, `Visitor`, ... are also what serde impls name their
/// generic parameters and helpers; the generated ones start with `__`.
#[test]
fn schemas_named_like_the_generated_impls_own_names() {
    let a: spec::A = round_trip(r#"{"d": {"a": "x"}, "s": "y"}"#);
    assert_eq!(a.s, Some(spec::S::Y));
    let _: spec::E = round_trip(r#"{"e": 1, "other": "kept"}"#);
    let t: spec::T = round_trip(r#""x""#);
    assert_eq!(t, spec::T::S(spec::S::X));
    let _: spec::V = round_trip(r#"[{"d": {}}, "y"]"#);
    let m: spec::M = round_trip(r#"{"kind": "Visitor", "visitor": {"key": "k"}}"#);
    assert!(matches!(m, spec::M::Visitor(_)));
}

/// Variants and types named like the associated items of the traits the
/// generated code implements: those are named through their trait.
#[test]
fn names_of_trait_items() {
    for (text, variant) in [
        ("Ok", spec::Outcome::Ok),
        ("Err", spec::Outcome::Err),
        ("Output", spec::Outcome::Output),
        ("Target", spec::Outcome::Target),
        ("NAME", spec::Outcome::Name),
    ] {
        assert_eq!(text.parse::<spec::Outcome>(), Ok(variant));
        assert_eq!(round_trip::<spec::Outcome>(&format!("{text:?}")), variant);
    }
    assert!("nope".parse::<spec::Outcome>().is_err());
    assert_eq!(
        "Err".parse::<spec::OpenOutcome>(),
        Ok(spec::OpenOutcome::Err)
    );
    assert_eq!(round_trip::<spec::Answer>("true"), spec::Answer::Name(true));
    assert_eq!(round_trip::<spec::Answer>("3"), spec::Answer::Ok(3));
    let target: spec::Target = round_trip(r#""abc""#);
    assert_eq!(target.len(), 3);
    let _: spec::Clone = round_trip(r#"{"debug": "d"}"#);
    assert_eq!(round_trip::<spec::Debug>(r#""a""#), spec::Debug::A);
    round_trip::<spec::PartialEq>("2");
}

#[test]
fn names_differing_in_case_or_separators_stay_apart() {
    // The name that is already a good type name keeps it; the others get
    // suffixes in document order.
    let _: spec::PetStore = round_trip(r#"{"b": "x"}"#);
    let _: spec::PetStore2 = round_trip(r#"{"a": "x"}"#);
    let _: spec::PetStore3 = round_trip(r#"{"c": "x"}"#);
}

#[test]
fn leading_digits_non_ascii_and_long_names() {
    let _: spec::T2faSettings = round_trip(r#"{"enabled": true}"#);
    let cafe: spec::Cafe = round_trip(r#"{"crème": "brûlée"}"#);
    assert_eq!(cafe.creme.as_deref(), Some("brûlée"));
    let _: spec::ThisIsAnExtremelyLongSchemaNameThatSomeCodeFirstFrameworksProduceWhenTheyConcatenateGenericParametersIntoOneIdentifier =
        round_trip(r#"{"x": 1}"#);
}

#[test]
fn properties_that_are_not_identifiers() {
    let odd: spec::Odd = round_trip(
        r#"{"type": "t", "self": "s", "$ref": "r", "@id": "i", "+1": 1, "": "e", "-1": -1, "Type": "T", "type_": "u",
            "additional_properties": "declared", "more": "kept"}"#,
    );
    assert_eq!(odd.r#type, "t");
    assert_eq!(odd.self_, "s");
    assert_eq!(odd.r#ref, "r");
    assert_eq!(odd.id, "i");
    assert_eq!(odd._1, 1);
    assert_eq!(odd.field, "e");
    assert_eq!(odd._1_2, -1);
    assert_eq!(odd.type2, "T");
    assert_eq!(odd.type3, "u");
    assert_eq!(odd.additional_properties.as_deref(), Some("declared"));
    assert_eq!(
        odd.additional_properties2.get("more").map(String::as_str),
        Some("kept")
    );
}

/// An open enum is built from any text: a listed value or `Other`.
#[test]
fn open_enums_convert_from_text() {
    assert_eq!(spec::OpenOutcome::from("Ok"), spec::OpenOutcome::Ok);
    assert_eq!(
        spec::OpenOutcome::from(String::from("Later")),
        spec::OpenOutcome::Other("Later".to_owned())
    );
}

#[test]
fn methods_named_after_fields_stay_apart() {
    let methods = spec::Methods::new("n", 1, "v").with_with_b("set");
    assert_eq!(methods.with_b_or_default(), "set");
    assert_eq!(methods.new, "n");
    // `b_or_default` has no setter (its name is the accessor's): it is set
    // as a field.
    let methods = spec::Methods {
        b_or_default: Some("b".to_owned()),
        ..methods
    };
    round_trip::<spec::Methods>(&serde_json::to_string(&methods).unwrap());
}

//! `oneOf` / `anyOf`: discriminators with and without mapping, members
//! with and without the tag property, unions read by shape, nullable
//! unions, a union of a schema with itself.

use crate::support::json::{rejects, round_trip};

mod spec {
    openapi_models::include_models!("constructs/unions.yaml");
}
use spec::*;

#[test]
fn discriminator_with_mapping() {
    let cat: MappedPet = round_trip(r#"{"kind": "cat", "meows": true}"#);
    assert!(matches!(cat, MappedPet::Cat(Cat { meows: true, .. })));
    // The tag need not come first.
    let dog: MappedPet = round_trip(r#"{"barks": false, "kind": "dog"}"#);
    assert!(matches!(dog, MappedPet::Dog(Dog { barks: false, .. })));
    assert!(rejects::<MappedPet>(r#"{"kind": "fish"}"#).contains("unknown variant `fish`"));
    assert!(rejects::<MappedPet>(r#"{"meows": true}"#).contains("missing field `kind`"));
    // The tag dispatches even when the variant's own fields would fit another.
    rejects::<MappedPet>(r#"{"kind": "dog", "meows": true}"#);
}

#[test]
fn a_variant_without_the_tag_property_gets_it_written_back() {
    let bird: MappedPet = round_trip(r#"{"kind": "bird", "wings": 2}"#);
    assert!(matches!(bird, MappedPet::Bird(Bird { wings: 2, .. })));
}

#[test]
fn implicit_mapping_uses_the_members_const_or_name() {
    let cat: ImplicitPet = round_trip(r#"{"kind": "cat", "meows": false}"#);
    assert!(matches!(cat, ImplicitPet::Cat(_)));
    let dog: ImplicitPet = round_trip(r#"{"kind": "Dog", "barks": true}"#);
    assert!(matches!(dog, ImplicitPet::Dog(_)));
}

#[test]
fn the_shape_picks_the_variant() {
    assert!(matches!(
        round_trip::<Content>(r#""text""#),
        Content::String(_)
    ));
    assert!(matches!(
        round_trip::<Content>(r#"["a", "b"]"#),
        Content::Array(_)
    ));
    assert!(matches!(round_trip::<Content>("7"), Content::Integer(7)));
    assert!(matches!(round_trip::<Content>("7.5"), Content::Number(_)));
    assert!(matches!(
        round_trip::<Content>("true"),
        Content::Boolean(true)
    ));
    let error = rejects::<Content>(r#"{"a": 1}"#);
    assert!(error.contains("expected Content"), "{error}");
}

#[test]
fn overlapping_objects_pick_the_most_specific_match() {
    assert!(matches!(
        round_trip::<Shape>(r#"{"x": 1, "radius": 2}"#),
        Shape::Circle(_)
    ));
    assert!(matches!(
        round_trip::<Shape>(r#"{"x": 1}"#),
        Shape::Point(_)
    ));
    // Keys neither struct knows: only the free-form variant keeps them.
    assert!(matches!(
        round_trip::<Shape>(r#"{"x": 1, "color": "red"}"#),
        Shape::Anything(_)
    ));
}

#[test]
fn nullable_unions() {
    let holder: Holder = round_trip(r#"{"pet": {"kind": "cat", "meows": true}, "maybe": null}"#);
    assert_eq!(holder.maybe, None);
    let holder: Holder = round_trip(r#"{"pet": {"kind": "cat", "meows": true}, "maybe": 3}"#);
    assert_eq!(holder.maybe, Some(MaybeContent::Integer(3)));
}

#[test]
fn a_union_of_a_schema_with_itself() {
    let twice: Twice = round_trip(r#"{"kind": "cat", "meows": true}"#);
    assert!(matches!(twice, Twice::Cat(_)));
    let _other: fn(Cat) -> Twice = Twice::Cat2;
}

/// A value invalid deep inside nested unions of one shape: members are
/// chosen by their constraints near the top only, so reading it takes
/// polynomial time (2^60 member trials otherwise: this would not finish).
#[test]
fn nested_unions_of_one_shape_read_in_polynomial_time() {
    let depth = 60;
    let json = format!(
        "{}{{\"v\": \"xxx\"}}{}",
        "{\"next\": ".repeat(depth),
        "}".repeat(depth)
    );
    let start = std::time::Instant::now();
    let node: Node = round_trip(&json);
    println!("{depth} levels read in {:.1?}", start.elapsed());
    assert!(openapi_models::Validate::validate(&node).is_err());
    let short: Node = round_trip(r#"{"v": "x"}"#);
    assert!(matches!(short, Node::ShortNode(_)));
    let long: Node = round_trip(r#"{"v": "xx"}"#);
    assert!(matches!(long, Node::LongNode(_)), "{long:?}");
}

/// Each variant's type converts into the union, and text into the one
/// variant that holds text.
#[test]
fn variants_and_text_convert_into_their_union() {
    assert_eq!(
        spec::Content::from("hi"),
        spec::Content::String("hi".to_owned())
    );
    assert_eq!(spec::Content::from(3i64), spec::Content::Integer(3));
    assert_eq!(spec::Content::from(true), spec::Content::Boolean(true));
    assert_eq!(
        spec::Content::from(vec!["a".to_owned()]),
        spec::Content::Array(vec!["a".to_owned()])
    );
}

//! Enums of strings, integers, booleans, mixed values and `null`, and
//! values that collide once recased.

use crate::support::json::{rejects, round_trip};

mod spec {
    openapi_models::include_models!("constructs/enums.yaml");
}
use spec::*;

#[test]
fn string_enums() {
    assert_eq!(round_trip::<Color>(r#""dark-blue""#), Color::DarkBlue);
    assert_eq!(Color::DarkBlue.as_str(), "dark-blue");
    assert_eq!("green".parse::<Color>().unwrap(), Color::Green);
    assert_eq!(Color::Red.to_string(), "red");
    assert!(rejects::<Color>(r#""purple""#).contains("unknown value `purple`"));
}

#[test]
fn integer_boolean_and_mixed_enums() {
    assert_eq!(round_trip::<Level>("-1"), Level::Minus1);
    assert_eq!(round_trip::<Level>("2"), Level::V2);
    rejects::<Level>("4");
    rejects::<Level>(r#""1""#);
    assert_eq!(round_trip::<Flag>("true"), Flag::True);
    rejects::<Flag>("false");
    assert_eq!(round_trip::<Mixed>(r#""auto""#), Mixed::Auto);
    assert_eq!(round_trip::<Mixed>("0"), Mixed::V0);
    assert_eq!(round_trip::<Mixed>("1.5"), Mixed::V15);
    assert_eq!(round_trip::<Mixed>("false"), Mixed::False);
}

#[test]
fn null_in_an_enum_makes_its_uses_nullable() {
    let palette: Palette = round_trip(r#"{"main": "red", "level": 1, "maybe": null}"#);
    assert_eq!(palette.maybe, None);
    let palette: Palette = round_trip(r#"{"main": "red", "level": 1, "maybe": "green"}"#);
    assert_eq!(palette.maybe, Some(NullableColor::Green));
}

#[test]
fn colliding_values_get_distinct_names() {
    let all = [
        (Tricky::AMinusB, "a-b"),
        (Tricky::AUnderscoreB, "a_b"),
        (Tricky::ASpaceB, "A B"),
        (Tricky::Plus1, "+1"),
        (Tricky::Minus1, "-1"),
        (Tricky::Empty, ""),
        (Tricky::X, "x"),
        (Tricky::SelfValue, "Self"),
        (Tricky::Type, "type"),
    ];
    for (variant, wire) in all {
        assert_eq!(variant.as_str(), wire);
        assert_eq!(round_trip::<Tricky>(&format!("{wire:?}")), variant);
    }
}

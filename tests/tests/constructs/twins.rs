//! Twins: schemas printed alike share one definition (`finish/shared.rs`);
//! every name the spec gives still names it.

use std::any::TypeId;

use openapi_models::Validate;

use crate::support::json::round_trip;

mod spec {
    openapi_models::include_models!("constructs/twins.yaml");
}
use spec::*;

fn same<A: 'static, B: 'static>() -> bool {
    TypeId::of::<A>() == TypeId::of::<B>()
}

#[test]
fn twins_are_one_type_under_every_name() {
    assert!(same::<ShippingAddress, Address>());
    assert!(same::<Return, Order>(), "found in a second round");
    assert!(same::<Shade, Color>());
    assert!(
        same::<ParcelFrom, Address>(),
        "an inline twin aliases the named schema"
    );
}

#[test]
#[allow(deprecated)] // `OldColor` is deprecated in the spec: that is the point.
fn what_differs_is_not_shared() {
    assert!(!same::<BillingAddress, Address>(), "a field's docs differ");
    assert!(!same::<OldColor, Color>(), "one is deprecated");
    assert!(!same::<Link, Node>(), "twins that hold themselves");
    // Equal as JSON values (`==`), written apart: the generated code keeps
    // what the spec wrote, so they are not one type.
    assert!(!same::<NegativeZero, Zero>(), "-0.0 is not 0.0");
    assert_eq!(NegativeZero::default().x_or_default().to_string(), "-0.0");
    assert!(
        !same::<KeysBA, KeysAB>(),
        "keys in another order (their docs)"
    );
    assert!(!same::<SignedSteps, Steps>(), "enum values -0.0 and 0.0");
    assert_eq!(serde_json::to_string(&SignedSteps::V00).unwrap(), "-0.0");
    assert_eq!(serde_json::to_string(&Steps::V00).unwrap(), "0.0");
}

#[test]
fn a_twin_builds_reads_writes_and_validates_as_itself() {
    let built = ShippingAddress::new("Paris").with_zip("750011");
    let read: ShippingAddress = round_trip(r#"{"city":"Paris","zip":"750011"}"#);
    assert_eq!(built, read);
    let errors = built.validate().unwrap_err();
    assert_eq!(errors.violations()[0].pointer, "/zip");
    assert_eq!(Shade::Red, "red".parse::<Shade>().unwrap());
    let back: Return = round_trip(r#"{"to":{"city":"Oslo"}}"#);
    assert_eq!(back, Return::default().with_to(Address::new("Oslo")));
}

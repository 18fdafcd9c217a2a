//! `$ref`: deep local pointers, references to references, schemas reached
//! through responses, request bodies and parameters, other files, cycles.

use crate::support::json::round_trip;

mod spec {
    openapi_models::include_models!("constructs/refs.yaml");
}
use spec::*;

#[test]
fn a_pointer_into_a_schema_is_the_type_made_there() {
    // `OwnerAddress` names the inline item type of `Pet.owner.addresses`.
    let address: OwnerAddress = round_trip(r#"{"city": "Oslo"}"#);
    let pet: Pet =
        round_trip(r#"{"id": 1, "owner": {"name": "Kim", "addresses": [{"city": "Oslo"}]}}"#);
    let inline: &PetOwnerAddressesItem = &pet.owner.addresses.as_ref().unwrap()[0];
    assert_eq!(inline.city, address.city);
}

#[test]
fn references_to_references_are_aliases() {
    let pet: PetAlias = round_trip(r#"{"id": 7, "owner": {"name": "Kim"}}"#);
    let _: &Pet = &pet;
    let _: &PetAlias2 = &pet;
}

#[test]
fn schemas_reached_through_responses_bodies_and_parameters() {
    let uses: Uses = round_trip(
        r#"{"page": {"pets": [{"id": 1, "owner": {"name": "a"}}]}, "draft": {"name": "Rex"}, "limit": 5, "address": {}}"#,
    );
    let _: Option<PetList> = uses.page;
    let _: Option<NewPet> = uses.draft;
    let _: Option<i32> = uses.limit;
}

#[test]
fn references_into_other_files() {
    let remote: Remote = round_trip(
        r#"{"money": {"amount": "1.50", "currency": "EUR"}, "tag": {"label": "x", "parent": "USD"}}"#,
    );
    assert_eq!(remote.money.unwrap().currency, Currency::Eur);
    assert_eq!(remote.tag.unwrap().parent, Some(Currency::Usd));
}

#[test]
fn cycles_are_boxed_or_behind_collections() {
    let node: Node = round_trip(
        r#"{"value": "root", "next": {"value": "n"}, "children": [{"value": "c", "byName": {"k": {"value": "v"}}}]}"#,
    );
    // Boxed where a type contains itself by value.
    let next: Option<Box<Node>> = node.next;
    assert_eq!(next.unwrap().value, "n");
    let pong: Pong = round_trip(r#"{"ping": {"pong": {"ping": {}}}}"#);
    let _: Box<Ping> = pong.ping;
    // A cycle of aliases (`type Tree = Vec<Tree>` is not Rust) is a newtype.
    let tree: Tree = round_trip("[[], [[]]]");
    assert_eq!(tree.0.len(), 2);
}

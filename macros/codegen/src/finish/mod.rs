//! Finish stage: the decisions that need every type, each made once in
//! its own module: nullability of named types at their uses
//! (`nullability`), constraints kept where they apply (`constraints`),
//! newtypes for alias cycles and `Box` for types that contain each other
//! (`cycles`, `sizes`), how each union is read (`dispatch`) and built
//! (`conversions`), which values `validate()` checks (`validation`), typed
//! defaults and their accessors (`defaults`), deprecation
//! (`deprecation`), derives (`derives`), how each struct is built in code
//! (`construction`), the docs that say what the wire wants
//! (`wire_docs`), and one definition for types with the same body
//! (`shared`).

mod constraints;
mod construction;
mod conversions;
mod cycles;
mod defaults;
mod deprecation;
mod derives;
mod dispatch;
mod nullability;
mod shared;
mod sizes;
mod validation;
mod wire_docs;

use crate::error::Error;
pub use crate::ir::resolve_alias;
use crate::ir::{Model, TypeDef};

/// The whole-model decisions, on the types lowering defined (in output
/// order, references numbered by position).
pub fn finish(
    mut types: Vec<TypeDef>,
    mut operations: Vec<crate::ir::Operation>,
    options: &crate::Options,
) -> (Model, Vec<Error>) {
    let mut errors = Vec::new();
    nullability::propagate(&mut types);
    constraints::prune(&mut types);
    constraints::checked_newtypes(&mut types);
    cycles::direct_alias_cycles(&mut types, &mut errors);
    cycles::alias_newtypes(&mut types);
    cycles::box_cycles(&mut types);
    sizes::box_large_variants(&mut types, &mut operations);
    dispatch::decide(&mut types);
    validation::needs(&mut types);
    conversions::decide(&mut types);
    defaults::typed_defaults(&mut types);
    deprecation::mark_uses(&mut types);
    wire_docs::add(&mut types);
    let empty = derives::decide(&mut types, &options.derives);
    construction::decide(&mut types, &empty);
    // Last: twins are compared on every decision above. Two variants may
    // now name one type, so which `From`s build a union is decided again.
    shared::share(&mut types);
    conversions::decide(&mut types);
    // A body whose type admits `null` is read as an `Option`.
    for ty in operations.iter_mut().flat_map(|op| op.typed_bodies_mut()) {
        if let crate::ir::Ty::Named(id) = ty.ty {
            ty.nullable |= types[id].admits_null;
        }
    }
    (Model { types, operations }, errors)
}

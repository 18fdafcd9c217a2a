//! Whole-model decisions, made once every type exists: output order,
//! nullability of named types at their uses, newtypes for alias cycles,
//! `Box` for types that contain each other, tags, variant trial order,
//! which types can fail validation, and typed defaults.

mod constraints;
mod cycles;
mod defaults;
mod deprecation;
mod shapes;
mod sizes;
mod visit;

use crate::error::Error;
pub use crate::ir::resolve_alias;
use crate::ir::{Model, Ty, TyUse, TypeDef, TypeKind};

pub use visit::{visit_nested_mut, visit_uses, visit_uses_mut, Position};

/// The whole-model decisions, on the types lowering defined (in output
/// order, references numbered by position).
pub fn finish(mut types: Vec<TypeDef>) -> (Model, Vec<Error>) {
    let mut errors = Vec::new();
    propagate_null(&mut types);
    constraints::prune(&mut types);
    constraints::checked_newtypes(&mut types);
    cycles::direct_alias_cycles(&mut types, &mut errors);
    cycles::alias_newtypes(&mut types);
    cycles::box_cycles(&mut types);
    shapes::tags(&mut types);
    shapes::shapes_and_ranks(&mut types);
    sizes::box_large_variants(&mut types);
    validates(&mut types);
    defaults::typed_defaults(&mut types);
    deprecation::mark_uses(&mut types);
    (Model { types }, errors)
}

/// A named type that admits `null` makes every use of it nullable; a union
/// absorbs the `null` of its variants. (Aliases hold theirs: `Option<T>`.)
fn propagate_null(types: &mut [TypeDef]) {
    loop {
        let mut changed = false;
        for id in 0..types.len() {
            if types[id].admits_null {
                continue;
            }
            let absorbs = match &types[id].kind {
                TypeKind::Union(union) => union.variants.iter().any(|v| admits(types, &v.ty)),
                _ => false,
            };
            if absorbs {
                types[id].admits_null = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let admits_null: Vec<bool> = types.iter().map(|t| t.admits_null).collect();
    for def in types.iter_mut() {
        visit_uses_mut(def, &mut |ty, position| {
            visit_nested_mut(ty, &mut |inner| match inner.ty {
                Ty::Named(id) => inner.nullable |= admits_null[id],
                // `Value` and `()` hold `null` themselves.
                Ty::Any | Ty::Null => inner.nullable = false,
                _ => {}
            });
            if position == Position::Variant {
                ty.nullable = false;
            }
        });
    }
}

fn admits(types: &[TypeDef], ty: &TyUse) -> bool {
    ty.nullable || matches!(ty.ty, Ty::Named(id) if types[id].admits_null)
}

/// Whether `validate()` can find anything in a value of each type.
fn validates(types: &mut [TypeDef]) {
    loop {
        let flags: Vec<bool> = types.iter().map(|t| t.validates).collect();
        let mut changed = false;
        for def in types.iter_mut().filter(|def| !def.validates) {
            let mut found = match &def.kind {
                TypeKind::Struct(s) => !s.requirements.is_empty(),
                TypeKind::Union(u) => !u.required.is_empty(),
                _ => false,
            };
            visit_uses(def, &mut |ty, _| found |= use_validates(ty, &flags));
            if found {
                def.validates = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

fn use_validates(ty: &TyUse, flags: &[bool]) -> bool {
    if !ty.constraints.is_empty() {
        return true;
    }
    match &ty.ty {
        Ty::Named(id) => flags[*id],
        Ty::Array(item) | Ty::Map(item) => use_validates(item, flags),
        Ty::Tuple(members) => members.iter().any(|m| use_validates(m, flags)),
        Ty::Prefixed(..) => true,
        _ => false,
    }
}

//! Constraints are kept only where they can apply: `maxLength` on a string,
//! `minimum` on a number, `minItems` on an array, `minProperties` on a map
//! (specs also put them on enums, objects and references).

use crate::ir::visit::{visit_nested_mut, visit_uses_mut};
use crate::ir::{Constraints, Ty, TypeDef, TypeKind};

/// What kind of value a type expression holds, through aliases.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    String,
    Number,
    Array,
    Map,
    Other,
}

pub fn prune(types: &mut [TypeDef]) {
    let kinds: Vec<Option<Kind>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Alias(alias) if !alias.newtype => Some(kind_of(types, &alias.target.ty, 0)),
            _ => None,
        })
        .collect();
    for def in types.iter_mut() {
        visit_uses_mut(def, &mut |ty, _| {
            visit_nested_mut(ty, &mut |ty| {
                let kind = match &ty.ty {
                    Ty::Named(id) => kinds[id.index()].unwrap_or(Kind::Other),
                    other => direct_kind(other),
                };
                keep_applicable(&mut ty.constraints, kind);
            });
        });
    }
}

/// A named alias whose own constraints (or those of its items) are checked
/// becomes a newtype, so that a value of it validates on its own:
/// `String` cannot implement `Validate` for one schema's `maxLength`.
pub fn checked_newtypes(types: &mut [TypeDef]) {
    for def in types.iter_mut() {
        if let TypeKind::Alias(alias) = &mut def.kind {
            if !alias.newtype && inline_checks(&alias.target) {
                alias.newtype = true;
            }
        }
    }
}

/// Checks that live in the type expression itself, not in a named type's
/// `Validate` impl.
fn inline_checks(ty: &crate::ir::TyUse) -> bool {
    !ty.constraints.is_empty()
        || match &ty.ty {
            Ty::Array(item) | Ty::Map(item) => inline_checks(item),
            Ty::Tuple(members) => members.iter().any(inline_checks),
            // Its items are read as their types by `validate()`.
            Ty::Prefixed(..) => true,
            _ => false,
        }
}

fn kind_of(types: &[TypeDef], ty: &Ty, depth: usize) -> Kind {
    match ty {
        Ty::Named(id) if depth < 64 => match &types[*id].kind {
            TypeKind::Alias(alias) if !alias.newtype => kind_of(types, &alias.target.ty, depth + 1),
            _ => Kind::Other,
        },
        other => direct_kind(other),
    }
}

fn direct_kind(ty: &Ty) -> Kind {
    match ty {
        Ty::String => Kind::String,
        Ty::Integer(_) | Ty::Number => Kind::Number,
        Ty::Array(_) | Ty::Prefixed(..) => Kind::Array,
        Ty::Map(_) => Kind::Map,
        _ => Kind::Other,
    }
}

fn keep_applicable(c: &mut Constraints, kind: Kind) {
    if c.is_empty() {
        return;
    }
    if kind != Kind::String {
        c.min_length = None;
        c.max_length = None;
        c.patterns.clear();
        c.format = None;
    }
    if kind != Kind::Number {
        c.minimum = None;
        c.maximum = None;
        c.multiple_of = None;
    }
    if kind != Kind::Array {
        c.min_items = None;
        c.max_items = None;
        c.unique_items = false;
    }
    if kind != Kind::Map {
        c.min_properties = None;
        c.max_properties = None;
        c.property_names = None;
    }
    if let Some(keys) = &mut c.property_names {
        keep_applicable(&mut keys.constraints, Kind::String);
        if keys.values.is_empty() && keys.constraints.is_empty() {
            c.property_names = None;
        }
    }
    // Bounds that every value meets are no checks at all.
    if c.min_length == Some(0) {
        c.min_length = None;
    }
    if c.min_items == Some(0) {
        c.min_items = None;
    }
    if c.min_properties == Some(0) {
        c.min_properties = None;
    }
}

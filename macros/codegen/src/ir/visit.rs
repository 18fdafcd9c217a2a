//! Walking the type expressions of a definition.

use crate::ir::{Ty, TyUse, TypeDef, TypeKind};

/// Where a type expression sits in its definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Field,
    Additional,
    Variant,
    Alias,
}

/// Calls `f` on each top-level type expression of `def`.
pub fn visit_uses_mut(def: &mut TypeDef, f: &mut impl FnMut(&mut TyUse, Position)) {
    visit_kind_uses_mut(&mut def.kind, f);
}

/// [`visit_uses_mut`] on a type's body alone.
pub fn visit_kind_uses_mut(kind: &mut TypeKind, f: &mut impl FnMut(&mut TyUse, Position)) {
    match kind {
        TypeKind::Struct(s) => {
            for field in &mut s.fields {
                f(&mut field.ty, Position::Field);
            }
            if let Some(additional) = &mut s.additional {
                f(&mut additional.value, Position::Additional);
            }
        }
        TypeKind::Union(u) => {
            for variant in &mut u.variants {
                f(&mut variant.ty, Position::Variant);
            }
        }
        TypeKind::Alias(a) => f(&mut a.target, Position::Alias),
        TypeKind::Enum(_) => {}
    }
}

/// Calls `f` on each top-level type expression of `def`.
pub fn visit_uses(def: &TypeDef, f: &mut impl FnMut(&TyUse, Position)) {
    match &def.kind {
        TypeKind::Struct(s) => {
            for field in &s.fields {
                f(&field.ty, Position::Field);
            }
            if let Some(additional) = &s.additional {
                f(&additional.value, Position::Additional);
            }
        }
        TypeKind::Union(u) => {
            for variant in &u.variants {
                f(&variant.ty, Position::Variant);
            }
        }
        TypeKind::Alias(a) => f(&a.target, Position::Alias),
        TypeKind::Enum(_) => {}
    }
}

/// Calls `f` on `ty` and every type expression nested in it.
pub fn visit_nested_mut(ty: &mut TyUse, f: &mut impl FnMut(&mut TyUse)) {
    f(ty);
    match &mut ty.ty {
        Ty::Array(inner) | Ty::Map(inner) => visit_nested_mut(inner, f),
        Ty::Tuple(members) | Ty::Foreign(_, members) => {
            for member in members {
                visit_nested_mut(member, f);
            }
        }
        Ty::Prefixed(members, rest) => {
            for member in members {
                visit_nested_mut(member, f);
            }
            visit_nested_mut(rest, f);
        }
        _ => {}
    }
}

/// Named types used by value (not behind `Vec`/map indirection).
pub fn by_value(ty: &TyUse, out: &mut Vec<usize>) {
    if ty.boxed {
        return;
    }
    match &ty.ty {
        Ty::Named(id) => out.push(id.index()),
        // A type of the user's may hold its arguments by value.
        Ty::Tuple(members) | Ty::Foreign(_, members) => {
            members.iter().for_each(|m| by_value(m, out))
        }
        _ => {}
    }
}

/// Every named type mentioned anywhere in `ty`.
pub fn mentioned(ty: &TyUse, out: &mut Vec<usize>) {
    match &ty.ty {
        Ty::Named(id) => out.push(id.index()),
        Ty::Array(inner) | Ty::Map(inner) => mentioned(inner, out),
        Ty::Tuple(members) | Ty::Foreign(_, members) => {
            members.iter().for_each(|m| mentioned(m, out))
        }
        Ty::Prefixed(members, rest) => {
            members.iter().for_each(|m| mentioned(m, out));
            mentioned(rest, out);
        }
        _ => {}
    }
}

//! How a struct is built in code: `new` takes the fields that must be
//! given (required, never `null`, with no value to start from) in the
//! spec's order; every other field starts out absent, `null` (required and
//! nullable) or its type's only value (a one-value tag, an object of
//! optional fields), and has a `with_<field>` setter, except a tag, which
//! has one value only.
//!
//! Positional parameters plus setters cost one small function per field,
//! generic only in `impl Into` (nothing is compiled for a call that is
//! never made): a typestate builder would cost a type per field.

use std::collections::BTreeSet;

use super::derives::defaults_empty;
use crate::ir::{resolve_alias, IntKind, Ty, TyUse, TypeDef, TypeKind};
use crate::naming;

pub fn decide(types: &mut [TypeDef], empty: &[bool]) {
    // Per struct field: (takes `impl Into`, is a tag), read before the
    // fields are written.
    let kinds: Vec<Vec<(bool, bool)>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .map(|f| (takes_into(types, &f.ty), is_tag(types, &f.ty)))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    for (def, kinds) in types.iter_mut().zip(kinds) {
        let TypeKind::Struct(s) = &mut def.kind else {
            continue;
        };
        // Setters never take the name of a default accessor.
        let taken: BTreeSet<String> = s
            .fields
            .iter()
            .filter_map(|f| f.default_accessor.as_ref())
            .map(|a| a.name.as_str().to_owned())
            .collect();
        for (field, (into, tag)) in s.fields.iter_mut().zip(kinds) {
            field.build.into = into;
            field.build.param = field.required && !defaults_empty(&field.ty, empty);
            if field.build.param || (field.required && !field.ty.nullable && tag) {
                continue;
            }
            let setter = naming::setter(&field.name);
            if !taken.contains(setter.as_str()) {
                field.build.setter = Some(setter);
            }
        }
    }
}

/// `impl Into<T>` where it helps and infers: text (`&str`), named types
/// (a union from its member, an open enum from `&str`), JSON values and
/// numbers, the user's types; not integers (a literal must infer), nor
/// collections (`vec![x.into()]` must infer its items).
fn takes_into(types: &[TypeDef], ty: &TyUse) -> bool {
    match &ty.ty {
        Ty::Named(id) => match &types[resolve_alias(types, *id)].kind {
            TypeKind::Alias(alias) if !alias.newtype => takes_into(types, &alias.target),
            _ => true,
        },
        Ty::String | Ty::Foreign(..) | Ty::Any | Ty::Number | Ty::Integer(IntKind::Big) => true,
        Ty::Integer(_) | Ty::Boolean | Ty::Null | Ty::Array(_) | Ty::Map(_) => false,
        Ty::Tuple(_) | Ty::Prefixed(..) => false,
    }
}

/// A field whose type has one value: an enum of one string.
fn is_tag(types: &[TypeDef], ty: &TyUse) -> bool {
    matches!(ty.ty, Ty::Named(id)
        if matches!(&types[resolve_alias(types, id)].kind,
            TypeKind::Enum(e) if e.default_variant.is_some()))
}

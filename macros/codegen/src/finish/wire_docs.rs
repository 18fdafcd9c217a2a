//! Docs that say what the wire wants, written once nullability and union
//! dispatch are decided: each field's wire name and presence, how each
//! union picks its variant, and where a schema without docs of its own is.

use crate::ir::{Dispatch, Presence, Struct, Ty, TypeDef, TypeId, TypeKind, Union, JSON_KINDS};

pub fn add(types: &mut [TypeDef]) {
    let reads_null: Vec<bool> = (0..types.len())
        .map(|index| alias_reads_null(types, TypeId::new(index)))
        .collect();
    for def in types.iter_mut() {
        // A schema without a description or title still says where it is.
        if def.docs.is_empty() {
            let origin = def.origin.to_string().replace('`', "'");
            def.docs.push(format!("Generated from `{origin}`."));
        }
        match &mut def.kind {
            TypeKind::Struct(s) => fields(s, &reads_null),
            TypeKind::Union(u) => {
                let summary = union(u);
                crate::docs::push_paragraph(&mut def.docs, [summary]);
            }
            TypeKind::Enum(_) | TypeKind::Alias(_) => {}
        }
    }
}

/// Whether the type is a name for a JSON value (or for a type of the user's),
/// which reads `null` as a value of its own.
fn alias_reads_null(types: &[TypeDef], id: TypeId) -> bool {
    let mut id = id;
    for _ in 0..types.len() {
        let TypeKind::Alias(alias) = &types[id].kind else {
            return false;
        };
        match alias.target.ty {
            Ty::Named(next) => id = next,
            Ty::Any | Ty::Foreign(..) => return true,
            _ => return false,
        }
    }
    false
}

/// `` `wireName`: required, may be `null` (`None`). ``
fn fields(s: &mut Struct, reads_null: &[bool]) {
    for field in s.fields.iter_mut().filter(|f| !f.flatten) {
        let wire = crate::docs::backticks_quoted(&field.wire);
        // A JSON value reads `null` as `Value::Null`; a type of the user's
        // reads it as that type does.
        let refuses_null = match field.ty.ty {
            Ty::Any | Ty::Foreign(..) => false,
            Ty::Named(id) => !reads_null[id.index()],
            _ => true,
        };
        let presence = match field.presence() {
            Presence::Required => "required",
            Presence::RequiredNullable => "required, may be `null` (`None`)",
            Presence::Optional if refuses_null => "optional (`None`: absent; `null` is refused)",
            Presence::Optional => "optional (`None`: absent)",
            // `Tristate`'s variants say the rest.
            Presence::OptionalNullable => "optional, may be `null`",
        };
        let line = format!("`{wire}` on the wire: {presence}.");
        crate::docs::push_paragraph(&mut field.docs, [line]);
    }
}

/// How the union's variant is picked, in one line.
fn union(u: &Union) -> String {
    match &u.dispatch {
        Dispatch::Tag { property, .. } => {
            let property = crate::docs::backticks_quoted(property);
            format!("On the wire: an object whose `{property}` picks the variant.")
        }
        Dispatch::Shape { candidates, .. } => {
            let variant = |i: &usize| format!("`{}`", u.variants[*i].name);
            let kinds: Vec<String> = JSON_KINDS
                .iter()
                .zip(candidates)
                .filter(|(_, candidates)| !candidates.is_empty())
                .map(|(kind, candidates)| {
                    let names: Vec<String> = candidates.iter().map(variant).collect();
                    format!("{kind} → {}", crate::docs::one_of(&names))
                })
                .collect();
            format!(
                "On the wire: the value's JSON type picks the variant (among several, the one that fits best): {}.",
                kinds.join("; ")
            )
        }
    }
}

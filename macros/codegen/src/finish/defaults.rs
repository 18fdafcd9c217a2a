//! A field's `default` as a typed value when it fits the field's type;
//! otherwise it stays JSON and is only documented. An optional field with
//! a typed default gets an accessor that applies it on reading.

use serde_json::Value;

use super::resolve_alias;
use crate::ir::{Accessor, DefaultValue, IntKind, Read, Ty, TypeDef, TypeKind};
use crate::naming;

pub fn typed_defaults(types: &mut [TypeDef]) {
    let typed: Vec<Vec<Option<DefaultValue>>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .map(|f| match &f.default {
                    Some(DefaultValue::Json(value)) => Some(typed(types, &f.ty.ty, value)),
                    other => other.clone(),
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let open: Vec<bool> = types
        .iter()
        .map(|def| matches!(&def.kind, TypeKind::Enum(e) if e.other.is_some()))
        .collect();
    for (def, defaults) in types.iter_mut().zip(typed) {
        if let TypeKind::Struct(s) = &mut def.kind {
            for (field, default) in s.fields.iter_mut().zip(defaults) {
                let read = match &default {
                    _ if field.required || field.flatten => None,
                    Some(DefaultValue::String(_)) => Some(Read::Str),
                    Some(DefaultValue::Number(_)) => Some(Read::Clone),
                    Some(DefaultValue::Bool(_) | DefaultValue::Int(_)) => Some(Read::Copy),
                    // Open enums hold a `String` and are not `Copy`.
                    Some(DefaultValue::Variant { ty, .. }) if open[ty.index()] => Some(Read::Clone),
                    Some(DefaultValue::Variant { .. }) => Some(Read::Copy),
                    Some(DefaultValue::Json(_)) | None => None,
                };
                field.default_accessor = read.map(|read| Accessor {
                    name: naming::default_accessor(&field.name),
                    read,
                });
                field.default = default;
            }
        }
    }
}

fn typed(types: &[TypeDef], ty: &Ty, value: &Value) -> DefaultValue {
    let json = || DefaultValue::Json(value.clone());
    match (ty, value) {
        (Ty::Boolean, Value::Bool(b)) => DefaultValue::Bool(*b),
        (Ty::String, Value::String(s)) => DefaultValue::String(s.clone()),
        (Ty::Number, Value::Number(n)) => DefaultValue::Number(n.clone()),
        (Ty::Integer(kind), Value::Number(n)) => {
            let Some(int) = n
                .as_i64()
                .map(i128::from)
                .or_else(|| n.as_u64().map(i128::from))
            else {
                return json();
            };
            let fits = match kind {
                IntKind::I8 => i8::try_from(int).is_ok(),
                IntKind::I16 => i16::try_from(int).is_ok(),
                IntKind::I32 => i32::try_from(int).is_ok(),
                IntKind::I64 => i64::try_from(int).is_ok(),
                IntKind::U8 => u8::try_from(int).is_ok(),
                IntKind::U16 => u16::try_from(int).is_ok(),
                IntKind::U32 => u32::try_from(int).is_ok(),
                IntKind::U64 => u64::try_from(int).is_ok(),
                IntKind::Big => false,
            };
            if fits {
                DefaultValue::Int(int)
            } else {
                json()
            }
        }
        (Ty::Named(id), value) => {
            let target = resolve_alias(types, *id);
            match &types[target].kind {
                TypeKind::Enum(e) => match e.variants.iter().position(|v| v.value == *value) {
                    Some(variant) => DefaultValue::Variant {
                        ty: target,
                        variant,
                    },
                    None => json(),
                },
                TypeKind::Alias(a) if target == *id && !a.newtype => {
                    typed(types, &a.target.ty, value)
                }
                _ => json(),
            }
        }
        _ => json(),
    }
}

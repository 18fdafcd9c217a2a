//! Estimated sizes, to box the one large variant of a union (or of an
//! operation's response enum) whose other variants are small (what
//! clippy's `large_enum_variant` asks for).

use super::resolve_alias;
use crate::ir::{BodyKind, IntKind, Operation, Ty, TyUse, TypeDef, TypeId, TypeKind};

/// Clippy warns at a 200-byte difference; estimates are rough, so box a
/// little earlier.
const LIMIT: u64 = 128;

pub fn box_large_variants(types: &mut [TypeDef], operations: &mut [Operation]) {
    let mut memo = vec![None; types.len()];
    for id in 0..types.len() {
        size_of_type(types, id, &mut memo);
    }
    let sizes: Vec<u64> = memo.into_iter().map(|s| s.unwrap_or(8)).collect();
    for def in types.iter_mut() {
        if let TypeKind::Union(union) = &mut def.kind {
            box_largest(
                union.variants.iter_mut().map(|v| Some(&mut v.ty)).collect(),
                &sizes,
            );
        }
    }
    for op in operations {
        // Beside the bodies, the variant of undocumented statuses (a
        // status and a `Vec`) and those without a body.
        let mut variants: Vec<Option<&mut TyUse>> = op
            .responses
            .iter_mut()
            .map(|r| match r.body.as_mut().map(|b| &mut b.kind) {
                Some(BodyKind::Json(ty)) => Some(&mut **ty),
                _ => None,
            })
            .collect();
        variants.push(None);
        box_largest(variants, &sizes);
    }
}

/// Boxes the largest variant while it is far larger than the next; `None`
/// stands for a variant that is small and stays so (text, bytes, nothing).
fn box_largest(mut variants: Vec<Option<&mut TyUse>>, sizes: &[u64]) {
    loop {
        let mut order: Vec<(u64, usize)> = variants
            .iter()
            .enumerate()
            .map(|(i, v)| (v.as_ref().map_or(32, |ty| use_size(ty, sizes)), i))
            .collect();
        order.sort_unstable_by(|a, b| b.cmp(a));
        match order.as_slice() {
            [(largest, i), (second, _), ..] if largest - second >= LIMIT => match &mut variants[*i]
            {
                Some(ty) => ty.boxed = true,
                None => break,
            },
            _ => break,
        }
    }
}

fn size_of_type(types: &[TypeDef], id: usize, memo: &mut Vec<Option<u64>>) -> u64 {
    if let Some(size) = memo[id] {
        return size;
    }
    memo[id] = Some(8);
    let size = match &types[id].kind {
        TypeKind::Struct(s) => {
            let fields: u64 = s
                .fields
                .iter()
                .map(|f| {
                    use_size_with(&f.ty, &mut |id| size_of_type(types, id, memo))
                        + u64::from(!f.required)
                })
                .sum();
            fields + if s.additional.is_some() { 24 } else { 0 }
        }
        TypeKind::Enum(e) if e.other.is_some() => 24,
        TypeKind::Enum(_) => 1,
        TypeKind::Union(u) => {
            8 + u
                .variants
                .iter()
                .map(|v| use_size_with(&v.ty, &mut |id| size_of_type(types, id, memo)))
                .max()
                .unwrap_or(0)
        }
        TypeKind::Alias(a) => {
            let target = resolve_alias(types, TypeId::new(id)).index();
            if target != id {
                size_of_type(types, target, memo)
            } else {
                use_size_with(&a.target, &mut |id| size_of_type(types, id, memo))
            }
        }
    };
    memo[id] = Some(size);
    size
}

fn use_size(ty: &TyUse, sizes: &[u64]) -> u64 {
    use_size_with(ty, &mut |id| sizes[id])
}

fn use_size_with(ty: &TyUse, named: &mut dyn FnMut(usize) -> u64) -> u64 {
    if ty.boxed {
        return 8;
    }
    let size = match &ty.ty {
        Ty::Named(id) => named(id.index()),
        Ty::String | Ty::Array(_) | Ty::Map(_) | Ty::Prefixed(..) => 24,
        Ty::Integer(IntKind::I8 | IntKind::U8) => 1,
        Ty::Integer(IntKind::I16 | IntKind::U16) => 2,
        Ty::Integer(IntKind::I32 | IntKind::U32) => 4,
        Ty::Integer(IntKind::Big) | Ty::Number => 16,
        Ty::Integer(_) => 8,
        Ty::Boolean => 1,
        Ty::Any => 32,
        // Unknown; most types users name (dates, ids, decimals) are small.
        Ty::Foreign(..) => 24,
        Ty::Null => 0,
        Ty::Tuple(members) => members.iter().map(|m| use_size_with(m, named)).sum(),
    };
    size + if ty.nullable { 8 } else { 0 }
}

//! Nullability, decided once for the whole model. Lowering records what
//! each schema says at its place (`TyUse::nullable`: `nullable`, `null` in
//! `type` or `enum`, a `null` member) and whether a named type admits
//! `null` (`TypeDef::admits_null`); here every use of a named type that
//! admits it becomes nullable, and unions absorb their variants' `null`.

use crate::ir::visit::{visit_nested_mut, visit_uses_mut, Position};
use crate::ir::{Ty, TyUse, TypeDef, TypeKind};

/// A named type that admits `null` makes every use of it nullable; a union
/// absorbs the `null` of its variants. (Aliases hold theirs: `Option<T>`.)
pub fn propagate(types: &mut [TypeDef]) {
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
                Ty::Named(id) => inner.nullable |= admits_null[id.index()],
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

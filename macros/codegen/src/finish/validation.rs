//! Which values `validate()` has anything to check in: a type's own
//! constraints and requirements, and everything it contains.

use crate::ir::visit::{visit_nested_mut, visit_uses, visit_uses_mut};
use crate::ir::{Ty, TyUse, TypeDef, TypeKind};

/// Whether `validate()` can find anything in a value of each type, then
/// at each use.
pub fn needs(types: &mut [TypeDef]) {
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
    let flags: Vec<bool> = types.iter().map(|t| t.validates).collect();
    for def in types.iter_mut() {
        visit_uses_mut(def, &mut |ty, _| {
            visit_nested_mut(ty, &mut |ty| ty.validates = use_validates(ty, &flags));
        });
    }
}

fn use_validates(ty: &TyUse, flags: &[bool]) -> bool {
    if !ty.constraints.is_empty() {
        return true;
    }
    match &ty.ty {
        Ty::Named(id) => flags[id.index()],
        Ty::Array(item) | Ty::Map(item) => use_validates(item, flags),
        Ty::Tuple(members) => members.iter().any(|m| use_validates(m, flags)),
        Ty::Prefixed(..) => true,
        _ => false,
    }
}

//! The types lowering defined, in output order (the component that caused
//! each, then creation), references renumbered to positions.

use foldhash::{HashMap, HashMapExt};

use super::Slot;
use crate::error::Error;
use crate::ir::visit::{visit_nested_mut, visit_uses_mut};
use crate::ir::{Operation, Ty, TypeDef, TypeId};

/// Keeps the defined types, in output order, and renumbers references.
pub(super) fn order(
    slots: Vec<Slot>,
    operations: &mut [Operation],
    errors: &mut Vec<Error>,
) -> Vec<TypeDef> {
    let mut defined: Vec<(usize, Slot)> = slots
        .into_iter()
        .enumerate()
        .filter(|(_, slot)| slot.def.is_some())
        .collect();
    defined.sort_by_key(|(_, slot)| slot.order);
    let mut new_id = HashMap::new();
    for (new, (old, _)) in defined.iter().enumerate() {
        new_id.insert(TypeId::new(*old), TypeId::new(new));
    }
    let mut types: Vec<TypeDef> = defined
        .into_iter()
        .filter_map(|(_, slot)| slot.def)
        .collect();
    // Operations hold their bodies' types and their parameters' struct.
    for op in operations.iter_mut() {
        if let Some((id, _)) = &mut op.params {
            *id = new_id[id];
        }
        for ty in op.typed_bodies_mut() {
            visit_nested_mut(ty, &mut |ty| {
                if let Ty::Named(id) = ty.ty {
                    ty.ty = new_id.get(&id).map_or(Ty::Any, |&new| Ty::Named(new));
                }
            });
        }
    }
    for def in &mut types {
        let origin = def.origin.clone();
        visit_uses_mut(def, &mut |ty, _| {
            visit_nested_mut(ty, &mut |ty| {
                if let Ty::Named(id) = ty.ty {
                    match new_id.get(&id) {
                        Some(&new) => ty.ty = Ty::Named(new),
                        None => {
                            // Cannot happen for well-formed lowering; keep
                            // the output compiling and say so.
                            errors.push(Error::new(
                                origin.clone(),
                                "internal error: reference to a type that was never defined",
                            ));
                            ty.ty = Ty::Any;
                        }
                    }
                }
            });
        });
    }
    types
}

//! One definition for types with the same body. Real specs repeat shapes
//! under many names (Stripe's forms repeat a 300-value category enum eight
//! times; a third of its operation structs have a twin): each repeat becomes
//! `pub type Name = First;`, so every name the spec gives stays, and the
//! compiler checks the code once.
//!
//! Two types are the same when everything printed for them but their own
//! name and docs is equal, with the types they mention compared
//! the same way (to a fixed point: twins that hold twins are twins).

use std::collections::HashMap;

use crate::ir::visit::{visit_nested_mut, visit_uses_mut};
use crate::ir::{Alias, DefaultValue, Ty, TyUse, TypeDef, TypeId, TypeKind};

pub fn share(types: &mut [TypeDef]) {
    let first = representatives(types);
    for index in 0..types.len() {
        let rep = first[index];
        if rep == index {
            continue;
        }
        let path = match (types[index].in_operations, types[rep].in_operations) {
            (true, false) => format!("super::{}", types[rep].name),
            _ => types[rep].name.to_string(),
        };
        let def = &mut types[index];
        if !def.docs.is_empty() {
            def.docs.push(String::new());
        }
        def.docs.push(format!(
            "The same type as [`{path}`]: the spec gives its shape both names."
        ));
        def.derives.clear();
        // Both are deprecated or neither: naming the first must not warn.
        def.uses_deprecated = def.deprecated;
        let mut target = TyUse::new(Ty::Named(TypeId::new(rep)));
        target.validates = def.validates;
        def.kind = TypeKind::Alias(Alias {
            target,
            newtype: false,
        });
    }
}

/// For each type, the first of those with its body: the spec's named
/// schemas first, then the types of inline schemas, then the operations'
/// (a component is never an alias of an inline type, nor of one in
/// `operations`).
fn representatives(types: &[TypeDef]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..types.len()).filter(|&i| eligible(&types[i])).collect();
    order.sort_by_key(|&i| (types[i].in_operations, types[i].spec_name.is_none(), i));
    // The printed body is formatted once per type, with the types it
    // mentions taken out; each round then compares (body, classes of those).
    let mut bodies: HashMap<String, usize> = HashMap::new();
    let shapes: Vec<(usize, Vec<usize>)> = order
        .iter()
        .map(|&i| {
            let (text, mentions) = body(&types[i]);
            let next = bodies.len();
            (*bodies.entry(text).or_insert(next), mentions)
        })
        .collect();
    let mut first: Vec<usize> = (0..types.len()).collect();
    // Classes only merge from one round to the next, so this ends (in
    // practice after two or three rounds).
    loop {
        let mut seen: HashMap<(usize, Vec<usize>), usize> = HashMap::new();
        let mut next = first.clone();
        for (&i, (shape, mentions)) in order.iter().zip(&shapes) {
            let key = (*shape, mentions.iter().map(|&m| first[m]).collect());
            next[i] = *seen.entry(key).or_insert(i);
        }
        if next == first {
            return first;
        }
        first = next;
    }
}

/// Structs (not operation parameters, which carry their operation), enums
/// and unions; aliases are one line already.
fn eligible(def: &TypeDef) -> bool {
    match &def.kind {
        TypeKind::Struct(s) => !s.parameters,
        TypeKind::Enum(_) | TypeKind::Union(_) => true,
        TypeKind::Alias(_) => false,
    }
}

/// What is printed for the type, less its name, docs and the types it
/// mentions; and those, in order.
fn body(def: &TypeDef) -> (String, Vec<usize>) {
    let mut copy = def.clone();
    let mut mentions = Vec::new();
    let mut take = |id: &mut TypeId| mentions.push(std::mem::replace(id, TypeId::new(0)).index());
    visit_uses_mut(&mut copy, &mut |ty, _| {
        visit_nested_mut(ty, &mut |ty| {
            if let Ty::Named(id) = &mut ty.ty {
                take(id);
            }
        })
    });
    if let TypeKind::Struct(s) = &mut copy.kind {
        for field in &mut s.fields {
            if let Some(DefaultValue::Variant { ty, .. }) = &mut field.default {
                take(ty);
            }
        }
    }
    // A deprecated type shares only with deprecated ones: a twin that is
    // not would make its users' code warn.
    let text = format!(
        "{:?}|{:?}|{}|{}|{}|{}",
        copy.kind,
        copy.derives,
        copy.validates,
        copy.admits_null,
        copy.uses_deprecated,
        copy.deprecated
    );
    (text, mentions)
}

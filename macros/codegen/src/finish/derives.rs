//! The std traits each type derives: every type `Debug`, `Clone` and
//! `PartialEq`; enums of literals `Copy`, and `Eq` and `Hash` unless a
//! value is a float; an enum of one value `Default`.

use crate::ir::{Derive, Enum, TypeDef, TypeKind};

pub fn decide(types: &mut [TypeDef]) {
    for def in types.iter_mut() {
        let derives = match &mut def.kind {
            TypeKind::Struct(_) | TypeKind::Union(_) => common(),
            TypeKind::Alias(alias) if alias.newtype => common(),
            TypeKind::Alias(_) => Vec::new(),
            TypeKind::Enum(e) => enumeration(e),
        };
        def.derives = derives;
    }
}

fn common() -> Vec<Derive> {
    vec![Derive::Debug, Derive::Clone, Derive::PartialEq]
}

fn enumeration(e: &mut Enum) -> Vec<Derive> {
    let mut derives = common();
    // An open enum holds the unknown text.
    if e.other.is_none() {
        derives.push(Derive::Copy);
    }
    let has_float = e.variants.iter().any(|v| {
        v.value.as_f64().is_some() && v.value.as_i64().is_none() && v.value.as_u64().is_none()
    });
    if !has_float {
        derives.extend([Derive::Eq, Derive::Hash]);
    }
    if e.is_string() && e.other.is_none() && e.variants.len() == 1 {
        derives.push(Derive::Default);
        e.default_variant = Some(0);
    }
    derives.sort();
    derives
}

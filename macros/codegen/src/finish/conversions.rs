//! Which conversions build a union: `From` each variant's type where no
//! other variant holds the same Rust type, and `From<&str>` where exactly
//! one variant holds text.

use crate::ir::{IntKind, Ty, TyUse, TypeDef, TypeKind};

pub fn decide(types: &mut [TypeDef]) {
    for index in 0..types.len() {
        let TypeKind::Union(u) = &types[index].kind else {
            continue;
        };
        let spelled: Vec<String> = u.variants.iter().map(|v| spell(types, &v.ty, 0)).collect();
        // `From<Self>` is core's already (a variant holding the union itself).
        let itself = format!("#{index}");
        let from: Vec<bool> = spelled
            .iter()
            .map(|s| *s != itself && spelled.iter().filter(|t| *t == s).count() == 1)
            .collect();
        let text: Vec<usize> = (0..spelled.len())
            .filter(|&i| spelled[i] == "String")
            .collect();
        let TypeKind::Union(u) = &mut types[index].kind else {
            continue;
        };
        for (variant, from) in u.variants.iter_mut().zip(from) {
            variant.from = from;
        }
        u.text_variant = match text.as_slice() {
            [only] => Some(*only),
            _ => None,
        };
    }
}

/// The Rust type a use stands for, aliases seen through (`type A =
/// String` is `String`): two variants with one spelling cannot both have
/// `From`. Mirrors what emit prints for each `Ty`.
fn spell(types: &[TypeDef], ty: &TyUse, depth: usize) -> String {
    let inner = |ty: &TyUse| spell(types, ty, depth + 1);
    let base = match &ty.ty {
        Ty::Named(id) => match &types[*id].kind {
            TypeKind::Alias(alias) if !alias.newtype && depth < 64 => inner(&alias.target),
            _ => format!("#{}", id.index()),
        },
        Ty::String => "String".to_owned(),
        Ty::Integer(IntKind::Big) | Ty::Number => "Number".to_owned(),
        Ty::Integer(kind) => format!("{kind:?}"),
        Ty::Boolean => "bool".to_owned(),
        Ty::Any => "Value".to_owned(),
        Ty::Null => "()".to_owned(),
        Ty::Array(item) => format!("Vec<{}>", inner(item)),
        Ty::Prefixed(..) => "Vec<Value>".to_owned(),
        Ty::Map(value) => format!("Map<{}>", inner(value)),
        Ty::Tuple(members) => {
            let members: Vec<String> = members.iter().map(inner).collect();
            format!("({},)", members.join(", "))
        }
        Ty::Foreign(path, args) => {
            let args: Vec<String> = args.iter().map(inner).collect();
            format!("{path}<{}>", args.join(", "))
        }
    };
    let base = if ty.boxed {
        format!("Box<{base}>")
    } else {
        base
    };
    if ty.nullable {
        format!("Option<{base}>")
    } else {
        base
    }
}

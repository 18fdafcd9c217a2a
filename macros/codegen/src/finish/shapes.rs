//! How unions read their input: whether each variant of a tagged union
//! carries its tag itself, and for untagged unions which JSON kinds each
//! variant accepts and in what order overlapping variants are tried.

use super::resolve_alias;
use crate::ir::{IntKind, Shapes, Ty, TyUse, TypeDef, TypeKind};

/// Settles `declares_tag`; a union whose variants cannot carry a tag
/// (strings, arrays) is read by shape instead.
pub fn tags(types: &mut [TypeDef]) {
    for id in 0..types.len() {
        let TypeKind::Union(union) = &types[id].kind else {
            continue;
        };
        let Some(property) = union.tag.clone() else {
            continue;
        };
        let mut declares = Vec::with_capacity(union.variants.len());
        let mut valid = true;
        for variant in &union.variants {
            let carries = match &variant.ty.ty {
                Ty::Named(target) => match &types[resolve_alias(types, *target)].kind {
                    TypeKind::Struct(s) => Some(
                        s.fields.iter().any(|f| !f.flatten && f.wire == property)
                            || (!s.additional.as_ref().is_some_and(|a| a.typed)
                                && s.fields.iter().any(|f| f.flatten)),
                    ),
                    TypeKind::Union(_) => Some(true),
                    TypeKind::Alias(a) => match a.target.ty {
                        Ty::Map(_) | Ty::Any => Some(true),
                        _ => None,
                    },
                    TypeKind::Enum(_) => None,
                },
                Ty::Map(_) | Ty::Any => Some(true),
                _ => None,
            };
            match carries {
                Some(carries) => declares.push(carries),
                None => valid = false,
            }
        }
        let TypeKind::Union(union) = &mut types[id].kind else {
            unreachable!()
        };
        if valid {
            for (variant, carries) in union.variants.iter_mut().zip(declares) {
                variant.declares_tag = carries;
            }
        } else {
            union.tag = None;
        }
    }
}

pub fn shapes_and_ranks(types: &mut [TypeDef]) {
    let mut memo: Vec<Option<Shapes>> = vec![None; types.len()];
    for id in 0..types.len() {
        type_shapes(types, id, &mut memo);
    }
    let shapes: Vec<Shapes> = memo.into_iter().map(|s| s.unwrap_or(Shapes::ALL)).collect();
    let ranks: Vec<Vec<(Shapes, u32)>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Union(union) => union
                .variants
                .iter()
                .map(|v| (use_shapes(&v.ty, &shapes), rank(types, &v.ty, 0)))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    for (def, ranks) in types.iter_mut().zip(ranks) {
        if let TypeKind::Union(union) = &mut def.kind {
            for (variant, (shapes, rank)) in union.variants.iter_mut().zip(ranks) {
                variant.shapes = shapes;
                variant.rank = rank;
            }
        }
    }
}

fn type_shapes(types: &[TypeDef], id: usize, memo: &mut Vec<Option<Shapes>>) -> Shapes {
    if let Some(shapes) = memo[id] {
        return shapes;
    }
    // Guard against cycles through unions and aliases.
    memo[id] = Some(Shapes::ALL);
    let shapes = match &types[id].kind {
        TypeKind::Struct(_) => Shapes::OBJECT,
        TypeKind::Enum(e) => {
            let mut shapes = Shapes::default();
            for v in &e.variants {
                shapes = shapes.union(match &v.value {
                    serde_json::Value::String(_) => Shapes::STRING,
                    serde_json::Value::Bool(_) => Shapes::BOOL,
                    serde_json::Value::Number(n) if n.is_f64() => Shapes::FLOAT,
                    serde_json::Value::Number(_) => Shapes::INT,
                    _ => Shapes::ALL,
                });
            }
            if e.other.is_some() {
                shapes = shapes.union(Shapes::STRING);
            }
            shapes
        }
        TypeKind::Union(u) => {
            let mut shapes = Shapes::default();
            for v in &u.variants {
                shapes = shapes.union(use_shapes_with(&v.ty, &mut |id| {
                    type_shapes(types, id, memo)
                }));
            }
            if types[id].admits_null {
                shapes = shapes.union(Shapes::NULL);
            }
            shapes
        }
        TypeKind::Alias(a) => use_shapes_with(&a.target, &mut |id| type_shapes(types, id, memo)),
    };
    memo[id] = Some(shapes);
    shapes
}

fn use_shapes(ty: &TyUse, shapes: &[Shapes]) -> Shapes {
    use_shapes_with(ty, &mut |id| shapes[id])
}

fn use_shapes_with(ty: &TyUse, named: &mut dyn FnMut(usize) -> Shapes) -> Shapes {
    let shapes = match &ty.ty {
        Ty::Named(id) => named(*id),
        Ty::String(_) => Shapes::STRING,
        Ty::Integer(IntKind::Big) => Shapes::INT.union(Shapes::FLOAT),
        Ty::Integer(_) => Shapes::INT,
        Ty::Number => Shapes::INT.union(Shapes::FLOAT),
        Ty::Boolean => Shapes::BOOL,
        Ty::Any => Shapes::ALL,
        Ty::Null => Shapes::NULL,
        Ty::Array(_) | Ty::Tuple(_) | Ty::Prefixed(..) => Shapes::ARRAY,
        Ty::Map(_) => Shapes::OBJECT,
    };
    if ty.nullable {
        shapes.union(Shapes::NULL)
    } else {
        shapes
    }
}

/// Trial order among variants accepting the same JSON kind: the most
/// specific first (closed enums before strings, integers before numbers,
/// structs with more required fields before fewer, maps and any-value last).
fn rank(types: &[TypeDef], ty: &TyUse, depth: usize) -> u32 {
    const TIE: u32 = 10_000;
    let class = |class: u32| class * TIE;
    if depth > 16 {
        return class(9);
    }
    match &ty.ty {
        Ty::Null => 0,
        Ty::Boolean | Ty::Tuple(_) => class(1),
        Ty::Integer(IntKind::Big) => class(2),
        Ty::Integer(_) => class(1),
        Ty::Array(item) => class(3) + u32::from(matches!(item.ty, Ty::Any)),
        Ty::Prefixed(..) => class(3),
        Ty::Number => class(5),
        Ty::String(_) => class(6),
        Ty::Map(_) => class(7),
        Ty::Any => class(9),
        Ty::Named(id) => match &types[resolve_alias(types, *id)].kind {
            TypeKind::Enum(e) if e.other.is_none() => class(1),
            TypeKind::Enum(_) => class(5),
            TypeKind::Struct(s) => {
                let required = s.fields.iter().filter(|f| f.required).count() as u32;
                class(2) + (TIE - 1).saturating_sub(required)
            }
            TypeKind::Union(_) => class(4),
            TypeKind::Alias(a) => rank(types, &a.target, depth + 1),
        },
    }
}

//! How each union reads its input, decided in one place: by the tag when
//! the spec names a discriminator and every variant is an object that can
//! carry it, by JSON shape otherwise; for shapes, which variants can hold
//! each JSON kind and in what order overlapping ones are tried; for both,
//! which keys each variant keeps.

use super::resolve_alias;
use crate::ir::{Dispatch, IntKind, Keys, Ty, TyUse, TypeDef, TypeKind, Union};

/// A set of JSON kinds, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Shapes(u8);

impl Shapes {
    const NULL: Shapes = Shapes(1);
    const BOOL: Shapes = Shapes(2);
    const INT: Shapes = Shapes(4);
    const FLOAT: Shapes = Shapes(8);
    const STRING: Shapes = Shapes(16);
    const ARRAY: Shapes = Shapes(32);
    const OBJECT: Shapes = Shapes(64);
    const ALL: Shapes = Shapes(127);
    /// In the order of [`crate::ir::JSON_KINDS`].
    const KINDS: [Shapes; 7] = [
        Shapes::NULL,
        Shapes::BOOL,
        Shapes::INT,
        Shapes::FLOAT,
        Shapes::STRING,
        Shapes::ARRAY,
        Shapes::OBJECT,
    ];

    fn union(self, other: Shapes) -> Shapes {
        Shapes(self.0 | other.0)
    }

    fn contains(self, other: Shapes) -> bool {
        self.0 & other.0 == other.0
    }
}

pub fn decide(types: &mut [TypeDef]) {
    let mut memo: Vec<Option<Shapes>> = vec![None; types.len()];
    for id in 0..types.len() {
        type_shapes(types, id, &mut memo);
    }
    let shapes: Vec<Shapes> = memo.into_iter().map(|s| s.unwrap_or(Shapes::ALL)).collect();
    let dispatches: Vec<Option<Dispatch>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Union(union) => Some(dispatch(types, union, &shapes)),
            _ => None,
        })
        .collect();
    for (def, dispatch) in types.iter_mut().zip(dispatches) {
        if let (TypeKind::Union(union), Some(dispatch)) = (&mut def.kind, dispatch) {
            union.dispatch = dispatch;
        }
    }
}

fn dispatch(types: &[TypeDef], union: &Union, shapes: &[Shapes]) -> Dispatch {
    let keys: Vec<Keys> = union
        .variants
        .iter()
        .map(|v| kept_keys(types, &v.ty.ty))
        .collect();
    if let Some(property) = &union.discriminator {
        let declares: Option<Vec<bool>> = union
            .variants
            .iter()
            .map(|v| carries_tag(types, &v.ty.ty, property))
            .collect();
        if let Some(declares) = declares {
            return Dispatch::Tag {
                property: property.clone(),
                declares,
                keys,
            };
        }
    }
    let mut candidates: [Vec<usize>; 7] = Default::default();
    for (kind, candidates) in Shapes::KINDS.iter().zip(&mut candidates) {
        let mut ranked: Vec<(u32, usize)> = union
            .variants
            .iter()
            .enumerate()
            .filter(|(_, v)| use_shapes(&v.ty, shapes).contains(*kind))
            .map(|(i, v)| (rank(types, &v.ty, 0), i))
            .collect();
        ranked.sort();
        *candidates = ranked.into_iter().map(|(_, i)| i).collect();
    }
    Dispatch::Shape { candidates, keys }
}

/// Whether a variant's type reads and writes the tag property itself
/// (`Some(false)`: the union adds it); `None` when its values are not
/// objects, so the union cannot be read by tag.
fn carries_tag(types: &[TypeDef], ty: &Ty, property: &str) -> Option<bool> {
    match ty {
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
    }
}

/// Which object keys a variant keeps: a plain struct its fields; maps and
/// structs with typed additional properties all.
fn kept_keys(types: &[TypeDef], ty: &Ty) -> Keys {
    let target = match ty {
        Ty::Named(id) => &types[resolve_alias(types, *id)].kind,
        Ty::Map(_) | Ty::Any => return Keys::All,
        _ => return Keys::Unknown,
    };
    match target {
        TypeKind::Struct(s) if s.additional.as_ref().is_some_and(|a| a.typed) => Keys::All,
        TypeKind::Struct(s) if s.fields.iter().all(|f| !f.flatten) => {
            Keys::Only(s.fields.iter().map(|f| f.wire.clone()).collect())
        }
        TypeKind::Alias(alias) => match alias.target.ty {
            Ty::Map(_) | Ty::Any => Keys::All,
            _ => Keys::Unknown,
        },
        _ => Keys::Unknown,
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
        Ty::Named(id) => named(id.index()),
        Ty::String => Shapes::STRING,
        Ty::Integer(IntKind::Big) => Shapes::INT.union(Shapes::FLOAT),
        Ty::Integer(_) => Shapes::INT,
        Ty::Number => Shapes::INT.union(Shapes::FLOAT),
        Ty::Boolean => Shapes::BOOL,
        // What a type of the user's accepts is not known here: tried last.
        Ty::Any | Ty::Foreign(..) => Shapes::ALL,
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
        Ty::String => class(6),
        Ty::Map(_) => class(7),
        Ty::Foreign(..) => class(8),
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

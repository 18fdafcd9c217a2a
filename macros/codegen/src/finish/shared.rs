//! One definition for types with the same body. Real specs repeat shapes
//! under many names (Stripe's forms repeat a 300-value category enum eight
//! times; a third of its operation structs have a twin): each repeat becomes
//! `pub type Name = First;`, so every name the spec gives stays, and the
//! compiler checks the code once.
//!
//! Two types are the same when everything printed for them but their own
//! name and docs is equal, with the types they mention compared
//! the same way (to a fixed point: twins that hold twins are twins).

use std::hash::{BuildHasher, Hasher};

use foldhash::{HashMap, HashMapExt};

use crate::ir::visit::{visit_kind_uses_mut, visit_nested_mut};
use crate::ir::{
    number_text, value_text, Alias, Constraints, DefaultValue, Derive, Ty, TyUse, TypeDef, TypeId,
    TypeKind,
};

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
    // Each body is numbered once, with the types it mentions taken out;
    // each round then compares (body, classes of those).
    let mut bodies: HashMap<Body, usize> = HashMap::new();
    let shapes: Vec<(usize, Vec<usize>)> = order
        .iter()
        .map(|&i| {
            let (body, mentions) = body(&types[i]);
            let next = bodies.len();
            (*bodies.entry(body).or_insert(next), mentions)
        })
        .collect();
    let mut first: Vec<usize> = (0..types.len()).collect();
    let hasher = foldhash::fast::FixedState::default();
    // Classes only merge from one round to the next, so this ends (in
    // practice after two or three rounds). A type's key is its shape and
    // the classes of what it mentions; keys are compared in place, through
    // `first`, rather than collected per type and round.
    loop {
        // Key hash → the positions in `order` of the first type of each
        // key with that hash.
        let mut seen: HashMap<u64, Vec<usize>> = HashMap::with_capacity(shapes.len());
        let mut next = first.clone();
        for (position, (&i, (shape, mentions))) in order.iter().zip(&shapes).enumerate() {
            let hash = {
                let mut state = hasher.build_hasher();
                state.write_usize(*shape);
                for &m in mentions {
                    state.write_usize(first[m]);
                }
                state.finish()
            };
            let same = |&other: &usize| {
                let (other_shape, other_mentions) = &shapes[other];
                other_shape == shape
                    && other_mentions.len() == mentions.len()
                    && other_mentions
                        .iter()
                        .zip(mentions)
                        .all(|(&a, &b)| first[a] == first[b])
            };
            let firsts = seen.entry(hash).or_default();
            next[i] = match firsts.iter().copied().find(same) {
                Some(other) => order[other],
                None => {
                    firsts.push(position);
                    i
                }
            };
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

/// What is printed for a type, less its name, docs and the types it
/// mentions.
#[derive(PartialEq, Eq)]
struct Body {
    kind: TypeKind,
    derives: Vec<Derive>,
    validates: bool,
    admits_null: bool,
    // A deprecated type shares only with deprecated ones: a twin that is
    // not would make its users' code warn.
    uses_deprecated: bool,
    deprecated: bool,
    /// The text of the JSON numbers and values in `kind` that `==` takes
    /// for others written differently (`-0.0` and `0.0`, objects with their
    /// keys in another order), in the order met: they print apart.
    texts: Vec<String>,
}

/// A summary of the body, not all of it: equal bodies hash alike, and the
/// rare bodies alike in summary are told apart by `Eq`. Hashing every doc
/// line and nested type cost a tenth of the generator's time on Stripe in
/// the unoptimized build proc macros run in by default.
impl std::hash::Hash for Body {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(&self.kind).hash(state);
        match &self.kind {
            TypeKind::Struct(s) => {
                state.write_usize(s.fields.len());
                for field in &s.fields {
                    field.wire.hash(state);
                    field.required.hash(state);
                    // Doc lines by length only: the text is long.
                    state.write_usize(field.docs.len());
                    for line in &field.docs {
                        state.write_usize(line.len());
                    }
                }
            }
            TypeKind::Enum(e) => {
                state.write_usize(e.variants.len());
                for variant in &e.variants {
                    variant.name.hash(state);
                }
            }
            TypeKind::Union(u) => {
                state.write_usize(u.variants.len());
                for variant in &u.variants {
                    variant.name.hash(state);
                }
            }
            TypeKind::Alias(_) => {}
        }
        self.texts.len().hash(state);
    }
}

/// The type's [`Body`] and the types it mentions, in order.
fn body(def: &TypeDef) -> (Body, Vec<usize>) {
    let mut kind = def.kind.clone();
    let mut mentions = Vec::new();
    let mut texts = Vec::new();
    let mut take = |id: &mut TypeId| mentions.push(std::mem::replace(id, TypeId::new(0)).index());
    visit_kind_uses_mut(&mut kind, &mut |ty, _| {
        visit_nested_mut(ty, &mut |ty| {
            constraint_texts(&ty.constraints, &mut texts);
            if let Ty::Named(id) = &mut ty.ty {
                take(id);
            }
        })
    });
    match &mut kind {
        TypeKind::Struct(s) => {
            for field in &mut s.fields {
                match &mut field.default {
                    Some(DefaultValue::Variant { ty, .. }) => take(ty),
                    Some(DefaultValue::Number(n)) => texts.extend(number_text(n)),
                    Some(DefaultValue::Json(v)) => texts.extend(value_text(v)),
                    _ => {}
                }
            }
        }
        TypeKind::Enum(e) => {
            texts.extend(e.variants.iter().filter_map(|v| value_text(&v.value)));
        }
        TypeKind::Union(_) | TypeKind::Alias(_) => {}
    }
    let body = Body {
        kind,
        derives: def.derives.clone(),
        validates: def.validates,
        admits_null: def.admits_null,
        uses_deprecated: def.uses_deprecated,
        deprecated: def.deprecated,
        texts,
    };
    (body, mentions)
}

fn constraint_texts(constraints: &Constraints, texts: &mut Vec<String>) {
    let bounds = [&constraints.minimum, &constraints.maximum];
    texts.extend(
        bounds
            .into_iter()
            .flatten()
            .filter_map(|b| number_text(&b.value)),
    );
    texts.extend(constraints.multiple_of.as_ref().and_then(number_text));
    if let Some(rule) = &constraints.property_names {
        constraint_texts(&rule.constraints, texts);
    }
}

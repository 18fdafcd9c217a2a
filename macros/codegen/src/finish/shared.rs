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
fn representatives(types: &mut [TypeDef]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..types.len()).filter(|&i| eligible(&types[i])).collect();
    order.sort_by_key(|&i| (types[i].in_operations, types[i].spec_name.is_none(), i));
    // Each body is numbered once, with the types it mentions taken out;
    // each round then compares (body, classes of those). The bodies are
    // the definitions' own, moved out (not copied) and put back after.
    let mut bodies: Vec<(Body, Vec<usize>)> =
        order.iter().map(|&i| take_body(&mut types[i])).collect();
    let shapes = number_bodies(&bodies);
    let first = classes(&order, &shapes, &bodies, types.len());
    for (&i, (body, mentions)) in order.iter().zip(bodies.drain(..)) {
        put_back(&mut types[i], body, &mentions);
    }
    first
}

/// For each body, the position of the first body equal to it.
fn number_bodies(bodies: &[(Body, Vec<usize>)]) -> Vec<usize> {
    let hasher = foldhash::fast::FixedState::default();
    // Body hash → the positions of the distinct bodies with that hash.
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::with_capacity(bodies.len());
    let mut shapes = Vec::with_capacity(bodies.len());
    for (position, (body, _)) in bodies.iter().enumerate() {
        let firsts = seen.entry(hasher.hash_one(body)).or_default();
        let shape = match firsts
            .iter()
            .copied()
            .find(|&other| bodies[other].0 == *body)
        {
            Some(other) => other,
            None => {
                firsts.push(position);
                position
            }
        };
        shapes.push(shape);
    }
    shapes
}

/// For each of `count` types, the first of its class: types of one shape
/// (`order[p]` has shape `shapes[p]`) whose mentions are of one class each.
fn classes(
    order: &[usize],
    shapes: &[usize],
    bodies: &[(Body, Vec<usize>)],
    count: usize,
) -> Vec<usize> {
    let mut first: Vec<usize> = (0..count).collect();
    let hasher = foldhash::fast::FixedState::default();
    // Classes only merge from one round to the next, so this ends (in
    // practice after two or three rounds). A type's key is its shape and
    // the classes of what it mentions; keys are compared in place, through
    // `first`, rather than collected per type and round.
    loop {
        // Key hash → the positions in `order` of the first type of each
        // key with that hash.
        let mut seen: HashMap<u64, Vec<usize>> = HashMap::with_capacity(order.len());
        let mut next = first.clone();
        for (position, (&i, (&shape, (_, mentions)))) in
            order.iter().zip(shapes.iter().zip(bodies)).enumerate()
        {
            let hash = {
                let mut state = hasher.build_hasher();
                state.write_usize(shape);
                for &m in mentions {
                    state.write_usize(first[m]);
                }
                state.finish()
            };
            let same = |&other: &usize| {
                let other_mentions = &bodies[other].1;
                shapes[other] == shape
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

/// The type's [`Body`], moved out of it, and the types it mentions, in
/// order; [`put_back`] undoes it.
fn take_body(def: &mut TypeDef) -> (Body, Vec<usize>) {
    let placeholder = TypeKind::Alias(Alias {
        target: TyUse::new(Ty::Any),
        newtype: false,
    });
    let mut kind = std::mem::replace(&mut def.kind, placeholder);
    let mut mentions = Vec::new();
    each_mention(&mut kind, &mut |id| {
        mentions.push(std::mem::replace(id, TypeId::new(0)).index());
    });
    let mut texts = Vec::new();
    visit_kind_uses_mut(&mut kind, &mut |ty, _| {
        visit_nested_mut(ty, &mut |ty| constraint_texts(&ty.constraints, &mut texts))
    });
    match &kind {
        TypeKind::Struct(s) => {
            for field in &s.fields {
                match &field.default {
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
        derives: std::mem::take(&mut def.derives),
        validates: def.validates,
        admits_null: def.admits_null,
        uses_deprecated: def.uses_deprecated,
        deprecated: def.deprecated,
        texts,
    };
    (body, mentions)
}

/// Puts what [`take_body`] took back in its type.
fn put_back(def: &mut TypeDef, body: Body, mentions: &[usize]) {
    let Body {
        mut kind, derives, ..
    } = body;
    let mut mentions = mentions.iter();
    each_mention(&mut kind, &mut |id| {
        if let Some(&m) = mentions.next() {
            *id = TypeId::new(m);
        }
    });
    def.kind = kind;
    def.derives = derives;
}

/// Every type a definition mentions, always in the same order: in its
/// types, then in its fields' defaults.
fn each_mention(kind: &mut TypeKind, f: &mut impl FnMut(&mut TypeId)) {
    visit_kind_uses_mut(kind, &mut |ty, _| {
        visit_nested_mut(ty, &mut |ty| {
            if let Ty::Named(id) = &mut ty.ty {
                f(id);
            }
        })
    });
    if let TypeKind::Struct(s) = kind {
        for field in &mut s.fields {
            if let Some(DefaultValue::Variant { ty, .. }) = &mut field.default {
                f(ty);
            }
        }
    }
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

//! The traits each type derives. Always `Debug`, `Clone` and `PartialEq`;
//! enums of literals `Copy` (closed), `Eq` and `Hash` (no float value), an
//! enum of one value `Default`. Then what `derives = [...]` asks for, on
//! every type whose fields allow it: a std trait a field's type lacks
//! (`serde_json::Number` has no order, `String` is not `Copy`, a union has
//! no default member) is left out of that type, and its docs say why.
//! Derive macros of the user's are put on every type that derives.
//! `Default` is derived without asking where it invents nothing: every
//! field optional or nullable (or a one-value tag, or such a type).
//! What defaults that way is also what `new` leaves out of its parameters
//! (`construction`).

use crate::ir::{Derive, Enum, IntKind, Struct, Ty, TyUse, TypeDef, TypeKind};

/// Which of the checked std traits a type could derive, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Traits(u8);

impl Traits {
    const COPY: Traits = Traits(1);
    const EQ: Traits = Traits(2);
    const PARTIAL_ORD: Traits = Traits(4);
    const ORD: Traits = Traits(8);
    const HASH: Traits = Traits(16);
    const DEFAULT: Traits = Traits(32);
    /// `Default` without inventing data: every field optional or nullable,
    /// a map of extra keys, a one-value enum or a type that is itself such,
    /// so the default writes only what must be there (`{}`, a tag, `null`
    /// for a required nullable field). Derived whether asked for or not.
    const EMPTY: Traits = Traits(64);
    /// The derivable traits (not `EMPTY`, which is about values).
    const ALL: Traits = Traits(63);
    const NONE: Traits = Traits(0);
    /// What a collection has when its items do (it is never `Copy`, and
    /// always `Default`).
    const THROUGH_COLLECTIONS: Traits = Traits(2 | 4 | 8 | 16);

    fn and(self, other: Traits) -> Traits {
        Traits(self.0 & other.0)
    }

    fn or(self, other: Traits) -> Traits {
        Traits(self.0 | other.0)
    }

    fn without(self, other: Traits) -> Traits {
        Traits(self.0 & !other.0)
    }

    fn has(self, other: Traits) -> bool {
        self.0 & other.0 == other.0
    }

    fn of(derive: &Derive) -> Option<Traits> {
        Some(match derive {
            Derive::Copy => Traits::COPY,
            Derive::Eq => Traits::EQ,
            Derive::PartialOrd => Traits::PARTIAL_ORD,
            Derive::Ord => Traits::ORD,
            Derive::Hash => Traits::HASH,
            Derive::Default => Traits::DEFAULT,
            _ => return None,
        })
    }
}

/// Decides every type's derives; returns which types default without
/// inventing data (`EMPTY`).
pub fn decide(types: &mut [TypeDef], requested: &[Derive]) -> Vec<bool> {
    // What an enum derives is known first: it decides what holds it.
    let base: Vec<Vec<Derive>> = types
        .iter_mut()
        .map(|def| match &mut def.kind {
            TypeKind::Struct(_) | TypeKind::Union(_) => common(),
            TypeKind::Alias(alias) if alias.newtype => common(),
            TypeKind::Alias(_) => Vec::new(),
            TypeKind::Enum(e) => enumeration(e),
        })
        .collect();
    let capable = capabilities(types);
    let requested = with_implied(requested);
    for (index, mut derives) in base.into_iter().enumerate() {
        // A value with nothing set defaults, asked for or not.
        let empty = matches!(&types[index].kind, TypeKind::Struct(_))
            || matches!(&types[index].kind, TypeKind::Alias(a) if a.newtype);
        if empty && capable[index].has(Traits::EMPTY) && !derives.contains(&Derive::Default) {
            derives.push(Derive::Default);
        }
        if !derives.is_empty() {
            // (why, the traits left out for it), in the order asked for.
            let mut left_out: Vec<(String, Vec<String>)> = Vec::new();
            for derive in &requested {
                if derives.contains(derive) {
                    continue;
                }
                match Traits::of(derive) {
                    Some(bit) if !capable[index].has(bit) => {
                        let why = blocker(types, &capable, index, bit);
                        let name = format!("`{}`", name(derive));
                        match left_out.iter_mut().find(|(w, _)| *w == why) {
                            Some((_, names)) => names.push(name),
                            None => left_out.push((why, vec![name])),
                        }
                    }
                    _ => derives.push(derive.clone()),
                }
            }
            let notes = left_out.into_iter().map(|(why, names)| {
                format!(
                    "Not {} (asked for in `derives`): {why}.",
                    crate::docs::one_of(&names)
                )
            });
            crate::docs::push_paragraph(&mut types[index].docs, notes);
        }
        derives.sort();
        types[index].derives = derives;
    }
    capable.iter().map(|c| c.has(Traits::EMPTY)).collect()
}

/// Whether a required field of this type can be left out of `new`: it
/// defaults without inventing data (`null`, a tag, an object of optional
/// fields).
pub fn defaults_empty(ty: &TyUse, empty: &[bool]) -> bool {
    ty.nullable || matches!(ty.ty, Ty::Named(id) if empty[id.index()])
}

/// `Ord` needs `PartialOrd` and `Eq`, `PartialOrd` nothing more than the
/// `PartialEq` every type has: asking for `Ord` asks for them too.
fn with_implied(requested: &[Derive]) -> Vec<Derive> {
    let mut all = requested.to_vec();
    if all.contains(&Derive::Ord) {
        for implied in [Derive::Eq, Derive::PartialOrd] {
            if !all.contains(&implied) {
                all.push(implied);
            }
        }
    }
    all
}

fn name(derive: &Derive) -> String {
    match derive {
        Derive::Custom(path) => path.to_string(),
        other => format!("{other:?}"),
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
    if !has_float(e) {
        derives.extend([Derive::Eq, Derive::Hash]);
    }
    if e.is_string() && e.other.is_none() && e.variants.len() == 1 {
        derives.push(Derive::Default);
        e.default_variant = Some(0);
    }
    derives
}

fn has_float(e: &Enum) -> bool {
    e.variants.iter().any(|v| {
        v.value.as_f64().is_some() && v.value.as_i64().is_none() && v.value.as_u64().is_none()
    })
}

/// What every type could derive. Each trait depends only on the same trait
/// of the types it holds, so one iteration finds them all: the order and
/// equality traits from "all" down (a recursive type has them unless
/// something in it lacks them), `Default` from "none" up (a type that holds
/// itself by value through required fields would never finish defaulting).
fn capabilities(types: &[TypeDef]) -> Vec<Traits> {
    let mut capable = vec![Traits::ALL.without(Traits::DEFAULT); types.len()];
    loop {
        let next: Vec<Traits> = types.iter().map(|def| own(def, &capable)).collect();
        if next == capable {
            return capable;
        }
        capable = next;
    }
}

/// What a type could derive given what the types it holds could.
fn own(def: &TypeDef, named: &[Traits]) -> Traits {
    match &def.kind {
        TypeKind::Struct(s) => fields(s)
            .map(|(_, ty, holder)| field(ty, holder, named))
            .fold(Traits::ALL.or(Traits::EMPTY), Traits::and),
        TypeKind::Enum(e) => {
            let mut traits = Traits::ALL.or(Traits::EMPTY);
            if e.other.is_some() {
                traits = traits.without(Traits::COPY);
            }
            if e.default_variant.is_none() {
                traits = traits.without(Traits::DEFAULT).without(Traits::EMPTY);
            }
            traits
        }
        TypeKind::Union(u) => u
            .variants
            .iter()
            .map(|v| of_use(&v.ty, named))
            .fold(Traits::ALL, Traits::and)
            .without(Traits::DEFAULT),
        TypeKind::Alias(alias) => of_use(&alias.target, named),
    }
}

/// How a struct holds a field's type.
#[derive(Clone, Copy)]
enum Holder {
    /// As it is (a required field).
    Itself,
    /// In an `Option` (an optional field).
    Option,
    /// As the values of a map (the keys beyond the declared ones).
    Map,
}

/// A struct's fields as (name, type, holder), the map of extra keys last.
fn fields(s: &Struct) -> impl Iterator<Item = (&str, &TyUse, Holder)> {
    s.fields
        .iter()
        .map(|f| {
            let holder = if f.required {
                Holder::Itself
            } else {
                Holder::Option
            };
            (f.name.as_str(), &f.ty, holder)
        })
        .chain(
            s.additional
                .iter()
                .map(|a| (a.name.as_str(), &a.value, Holder::Map)),
        )
}

/// A field: an `Option` is `Default` whatever it holds; a map too, and
/// never `Copy`.
fn field(ty: &TyUse, holder: Holder, named: &[Traits]) -> Traits {
    let traits = of_use(ty, named);
    match holder {
        // `null` is a value the spec allows: nothing invented.
        Holder::Itself if ty.nullable => traits.or(Traits::EMPTY),
        Holder::Itself => traits,
        // Absent, or no extra keys: nothing set.
        Holder::Option => traits.or(Traits::DEFAULT).or(Traits::EMPTY),
        Holder::Map => traits
            .and(Traits::THROUGH_COLLECTIONS)
            .or(Traits::DEFAULT)
            .or(Traits::EMPTY),
    }
}

fn of_use(ty: &TyUse, named: &[Traits]) -> Traits {
    let mut traits = of_type(&ty.ty, named);
    if ty.boxed {
        traits = traits.without(Traits::COPY);
    }
    if ty.nullable {
        traits = traits.or(Traits::DEFAULT);
    }
    traits
}

fn of_type(ty: &Ty, named: &[Traits]) -> Traits {
    let collection = |item: &TyUse| {
        of_use(item, named)
            .and(Traits::THROUGH_COLLECTIONS)
            .or(Traits::DEFAULT)
    };
    match ty {
        Ty::Named(id) => named[id.index()],
        Ty::String => Traits::ALL.without(Traits::COPY),
        Ty::Integer(IntKind::Big) | Ty::Number => Traits::EQ.or(Traits::HASH),
        Ty::Integer(_) | Ty::Boolean | Ty::Null => Traits::ALL,
        Ty::Any => Traits::EQ.or(Traits::HASH).or(Traits::DEFAULT),
        Ty::Prefixed(..) => Traits::EQ.or(Traits::HASH).or(Traits::DEFAULT),
        Ty::Array(item) | Ty::Map(item) => collection(item),
        // The std implements tuple traits up to twelve members.
        Ty::Tuple(members) if members.len() > 12 => Traits::NONE,
        Ty::Tuple(members) => members
            .iter()
            .map(|m| of_use(m, named))
            .fold(Traits::ALL, Traits::and),
        // A type of the user's (or the spec's `x-rust-type`) is taken to
        // compare, order and hash (README), not to be `Copy` or `Default`:
        // many are not (`String`, dates), and a derive that does not
        // compile is worse than one left out.
        Ty::Foreign(_, args) => args
            .iter()
            .map(|a| of_use(a, named))
            .fold(Traits::ALL, Traits::and)
            .without(Traits::COPY)
            .without(Traits::DEFAULT),
    }
}

/// Why type `index` cannot derive `bit`: the first place that stops it.
fn blocker(types: &[TypeDef], capable: &[Traits], index: usize, bit: Traits) -> String {
    let def = &types[index];
    match &def.kind {
        TypeKind::Enum(_) if bit == Traits::DEFAULT => {
            "the spec gives the enum no default value".to_owned()
        }
        TypeKind::Enum(_) => "it keeps values the spec does not list as text".to_owned(),
        TypeKind::Union(_) if bit == Traits::DEFAULT => {
            "a union has no member to default to".to_owned()
        }
        TypeKind::Union(u) => u
            .variants
            .iter()
            .find(|v| !of_use(&v.ty, capable).has(bit))
            .map(|v| format!("member `{}` {}", v.name, lacks(types, &v.ty, bit)))
            .unwrap_or_default(),
        TypeKind::Struct(s) => fields(s)
            .find(|(_, ty, holder)| !field(ty, *holder, capable).has(bit))
            .map(|(name, ty, holder)| match holder {
                Holder::Map if bit == Traits::COPY => format!("field `{name}` is a map"),
                _ => format!("field `{name}` {}", lacks(types, ty, bit)),
            })
            .unwrap_or_default(),
        TypeKind::Alias(alias) => format!("it {}", lacks(types, &alias.target, bit)),
    }
}

/// What a use is that lacks the trait (`is a JSON number`).
fn lacks(types: &[TypeDef], ty: &TyUse, bit: Traits) -> String {
    if ty.boxed && bit == Traits::COPY {
        return "is boxed".to_owned();
    }
    match &ty.ty {
        Ty::Named(id) => format!("is `{}`, which does not derive it", types[*id].name),
        Ty::Integer(IntKind::Big) | Ty::Number => {
            "is a JSON number (`serde_json::Number`)".to_owned()
        }
        Ty::Any | Ty::Prefixed(..) => "holds any JSON value (`serde_json::Value`)".to_owned(),
        Ty::String => "is text".to_owned(),
        Ty::Array(_) | Ty::Map(_) if bit == Traits::COPY => "is a collection".to_owned(),
        Ty::Array(item) | Ty::Map(item) => format!("holds values that {}", lacks(types, item, bit)),
        Ty::Tuple(_) => "is a tuple that lacks it".to_owned(),
        Ty::Foreign(path, _) => format!("is `{path}`, taken not to have it"),
        _ => "lacks it".to_owned(),
    }
}

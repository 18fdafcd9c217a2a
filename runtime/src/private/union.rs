//! Reading unions. A tagged union looks for its discriminator and hands the
//! whole object to the chosen variant, streaming when the tag comes first
//! (only keys before the tag are buffered). An untagged union lets the
//! JSON kind of the value pick the variant; only when several variants
//! accept that kind is the value buffered and tried in order, exact
//! matches (every key known to the variant) first, and the first whose
//! constraints hold (`validate()`) wins: among members of the same shape,
//! the one the value is valid for is the one it is.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, F64Deserializer, I64Deserializer,
    MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer, StringDeserializer,
    U64Deserializer, UnitDeserializer,
};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::Value;

/// Which object keys a variant keeps when it reads an object.
#[derive(Debug, Clone, Copy)]
pub enum Keys {
    /// Every key (maps, any value, structs with additional properties).
    All,
    /// Only these (a struct ignores the others).
    Only(&'static [&'static str]),
    /// Not known in advance (nested unions).
    Unknown,
}

/// The variants of a generated union, by index.
pub trait Variants: Sized + serde::Serialize + crate::Validate {
    const NAME: &'static str;

    fn variant<'de, D>(index: usize, deserializer: D) -> Result<Self, D::Error>
    where
        D: Deserializer<'de>;
}

/// Reads a union with a discriminator property.
/// `keys[i]`: which object keys variant `i` declares (for a value without
/// the tag, read by what fits).
pub fn tagged<'de, D, T>(
    deserializer: D,
    property: &'static str,
    tags: &'static [&'static str],
    keeps: &'static [bool],
    keys: &'static [Keys],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Variants,
{
    deserializer.deserialize_map(TaggedVisitor {
        property,
        tags,
        keeps,
        keys,
        marker: PhantomData,
    })
}

struct TaggedVisitor<T> {
    property: &'static str,
    tags: &'static [&'static str],
    keeps: &'static [bool],
    keys: &'static [Keys],
    marker: PhantomData<T>,
}

impl<'de, T: Variants> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (an object with `{}`)", T::NAME, self.property)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            if key != self.property {
                before.push((key, map.next_value::<Value>()?));
                continue;
            }
            let tag = map.next_value_seed(KeySeed)?;
            let Some(index) = self.tags.iter().position(|t| *t == tag) else {
                return Err(de::Error::unknown_variant(&tag, self.tags));
            };
            let tag = self.keeps[index].then(|| (self.property, tag.into_owned()));
            let replay = Replay {
                before: before.into_iter(),
                tag,
                rest: map,
                pending: Pending::None,
            };
            return T::variant(index, MapAccessDeserializer::new(replay));
        }
        // No tag: the spec allows that where no member requires the
        // property (a tag with a `default`, as Pydantic writes them). The
        // object is read by what fits, as a union without a discriminator.
        let object: serde_json::Map<String, Value> = before
            .into_iter()
            .map(|(key, value)| (key.into_owned(), value))
            .collect();
        // Only members that hold the tag themselves (one the union adds the
        // tag to would write back a tag that was not there), those that
        // declare every key first.
        let candidates: Vec<usize> = (0..self.tags.len()).filter(|&i| self.keeps[i]).collect();
        let order = by_exactness(&candidates, self.keys, &object);
        let value = Value::Object(object);
        best_fit::<T>(order.into_iter(), &value)
            .map_err(|_| de::Error::missing_field(self.property))
    }
}

/// A string key (or tag), borrowed from the input when it can be.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value.to_owned()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(value))
    }
}

enum Pending {
    None,
    /// A value read before the tag, and its key (for where an error is).
    Buffered(String, Value),
    Tag(String),
}

/// The object again for the variant: the entries read before the tag,
/// the tag (when the variant declares it), then the rest of the input.
/// Keys stay borrowed from the input where they were.
struct Replay<'de, A> {
    before: std::vec::IntoIter<(Cow<'de, str>, Value)>,
    tag: Option<(&'static str, String)>,
    rest: A,
    pending: Pending,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.before.next() {
            self.pending = Pending::Buffered(key.to_string(), value);
            return match key {
                Cow::Borrowed(key) => {
                    seed.deserialize(BorrowedStrDeserializer::<A::Error>::new(key))
                }
                Cow::Owned(key) => seed.deserialize(StringDeserializer::<A::Error>::new(key)),
            }
            .map(Some);
        }
        if let Some((key, tag)) = self.tag.take() {
            self.pending = Pending::Tag(tag);
            return seed
                .deserialize(BorrowedStrDeserializer::<A::Error>::new(key))
                .map(Some);
        }
        self.rest.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match std::mem::replace(&mut self.pending, Pending::None) {
            Pending::Buffered(key, value) => {
                // Out of sight of the caller's path: the error says where.
                let mut track = serde_path_to_error::Track::new();
                let tracked = serde_path_to_error::Deserializer::new(value, &mut track);
                seed.deserialize(tracked).map_err(|error| {
                    let inner = super::path::text(&track.path());
                    de::Error::custom(super::path::at(&super::path::join(&key, &inner), &error))
                })
            }
            Pending::Tag(tag) => seed.deserialize(StringDeserializer::<A::Error>::new(tag)),
            Pending::None => self.rest.next_value_seed(seed),
        }
    }
}

/// How deep the current thread is in trying union members inside the
/// trial of another union's member. Choosing by constraints means reading
/// a value once per member; a union nested in each member would read its
/// part once per member of its own, and so on down: exponential in the
/// depth of such nesting. Past two levels of trials the first member that
/// reads the value wins, as without constraints, which keeps the work
/// polynomial whatever the input.
struct Trial {
    outer: u8,
}

const CHOOSING_LEVELS: u8 = 2;

thread_local! {
    static TRIALS: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

impl Trial {
    fn enter() -> Trial {
        let outer = TRIALS.with(|t| {
            let outer = t.get();
            t.set(outer.saturating_add(1));
            outer
        });
        Trial { outer }
    }

    /// Whether members are chosen by their constraints at this level.
    fn by_constraints(&self) -> bool {
        self.outer < CHOOSING_LEVELS
    }
}

impl Drop for Trial {
    fn drop(&mut self) {
        TRIALS.with(|t| t.set(self.outer));
    }
}

/// Index into the candidate table of `untagged` for each JSON kind.
const NULL: usize = 0;
const BOOL: usize = 1;
const INT: usize = 2;
const FLOAT: usize = 3;
const STRING: usize = 4;
const ARRAY: usize = 5;
const OBJECT: usize = 6;

/// Reads a union without a discriminator. `candidates[kind]` lists the
/// variants accepting that JSON kind, most specific first; `keys[i]` which
/// object keys variant `i` keeps.
pub fn untagged<'de, D, T>(
    deserializer: D,
    candidates: &'static [&'static [usize]],
    keys: &'static [Keys],
    names: &'static [&'static str],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Variants,
{
    deserializer.deserialize_any(UntaggedVisitor {
        candidates,
        keys,
        names,
        marker: PhantomData,
    })
}

struct UntaggedVisitor<T> {
    candidates: &'static [&'static [usize]],
    keys: &'static [Keys],
    names: &'static [&'static str],
    marker: PhantomData<T>,
}

impl<T: Variants> UntaggedVisitor<T> {
    fn of(&self, kind: usize) -> &'static [usize] {
        self.candidates.get(kind).copied().unwrap_or(&[])
    }

    /// Tries each candidate on a fresh deserializer; reports every failure
    /// when none fits.
    fn first<E, D>(
        &self,
        kind: usize,
        unexpected: Unexpected<'_>,
        make: impl Fn() -> D,
    ) -> Result<T, E>
    where
        E: de::Error,
        D: for<'x> Deserializer<'x, Error = E>,
    {
        let candidates = self.of(kind);
        if candidates.is_empty() {
            return Err(E::invalid_type(unexpected, self));
        }
        let mut failures = Vec::new();
        let mut invalid = None;
        let judge = Trial::enter();
        for &index in candidates {
            match T::variant(index, make()) {
                Ok(value) if !judge.by_constraints() || value.validate().is_ok() => {
                    return Ok(value)
                }
                Ok(value) => {
                    invalid.get_or_insert(value);
                }
                Err(error) => failures.push((index, error.to_string())),
            }
        }
        // None is valid: the first that reads it, for `validate()` to report.
        invalid.ok_or_else(|| self.none_matched(failures))
    }

    /// Every member's failure; the error is placed where the member that
    /// read furthest failed (the likeliest meant).
    fn none_matched<E: de::Error>(&self, failures: Vec<(usize, String)>) -> E {
        let deepest = failures
            .iter()
            .filter_map(|(_, failure)| super::path::split(failure).0)
            .max_by_key(|path| path.len())
            .unwrap_or_default()
            .to_owned();
        let mut message = format!("no variant of `{}` matches:", T::NAME);
        for (index, failure) in &failures {
            let name = self.names.get(*index).copied().unwrap_or("?");
            message.push_str(&format!(" `{name}`: {failure};"));
        }
        message.pop();
        E::custom(super::path::at(&deepest, &message))
    }

    /// Several candidates for a buffered value. The first that is valid and
    /// writes the value back unchanged wins (a struct that ignores keys, or
    /// reads a nested union as another variant, would lose data); those
    /// that declare every key of an object are tried first. Else the first
    /// valid one, else the first that writes it back, else the first that
    /// reads it at all.
    fn buffered<E: de::Error>(&self, kind: usize, value: &Value) -> Result<T, E> {
        let candidates = self.of(kind);
        let order = match value {
            Value::Object(object) => by_exactness(candidates, self.keys, object),
            _ => candidates.to_vec(),
        };
        best_fit(order.into_iter(), value).map_err(|failures| self.none_matched(failures))
    }
}

/// The candidates that declare every key of the object first (in their
/// order), then the others.
fn by_exactness(
    candidates: &[usize],
    keys: &[Keys],
    object: &serde_json::Map<String, Value>,
) -> Vec<usize> {
    let exact = |index: usize| match keys.get(index) {
        Some(Keys::All) => true,
        Some(Keys::Only(known)) => object.keys().all(|k| known.contains(&k.as_str())),
        _ => false,
    };
    let mut order: Vec<usize> = candidates.iter().copied().filter(|&i| exact(i)).collect();
    order.extend(candidates.iter().copied().filter(|&i| !exact(i)));
    order
}

/// The variant (tried in `order`) that reads `value`: the first that is
/// valid and writes it back unchanged, else the first valid one, else the
/// first that writes it back, else the first that reads it at all. The
/// failures of each when none does.
fn best_fit<T: Variants>(
    order: impl Iterator<Item = usize>,
    value: &Value,
) -> Result<T, Vec<(usize, String)>> {
    let mut failures = Vec::new();
    // The best so far: (valid, writes back unchanged), found.
    let mut best: Option<((bool, bool), T)> = None;
    let judge = Trial::enter();
    for index in order {
        let mut track = serde_path_to_error::Track::new();
        let tracked = serde_path_to_error::Deserializer::new(value, &mut track);
        match T::variant(index, tracked) {
            Ok(found) => {
                let valid = !judge.by_constraints() || found.validate().is_ok();
                let exact = serde_json::to_value(&found).is_ok_and(|written| written == *value);
                if valid && exact {
                    return Ok(found);
                }
                if best
                    .as_ref()
                    .is_none_or(|(score, _)| (valid, exact) > *score)
                {
                    best = Some(((valid, exact), found));
                }
            }
            Err(error) => {
                let inner = super::path::text(&track.path());
                failures.push((index, super::path::at(&inner, &error)));
            }
        }
    }
    best.map(|(_, found)| found).ok_or(failures)
}

impl<'de, T: Variants> Visitor<'de> for UntaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (one of: {})", T::NAME, self.names.join(", "))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.first(NULL, Unexpected::Unit, UnitDeserializer::new)
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.visit_unit()
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
        self.first(BOOL, Unexpected::Bool(value), || {
            BoolDeserializer::new(value)
        })
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        self.first(INT, Unexpected::Signed(value), || {
            I64Deserializer::new(value)
        })
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        self.first(INT, Unexpected::Unsigned(value), || {
            U64Deserializer::new(value)
        })
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        self.first(FLOAT, Unexpected::Float(value), || {
            F64Deserializer::new(value)
        })
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        self.first(STRING, Unexpected::Str(value), || {
            StrDeserializer::new(value)
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        match self.of(ARRAY) {
            [] => Err(de::Error::invalid_type(Unexpected::Seq, &self)),
            [only] => T::variant(*only, SeqAccessDeserializer::new(seq)),
            _ => {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(item) = seq.next_element::<Value>()? {
                    items.push(item);
                }
                self.buffered(ARRAY, &Value::Array(items))
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        match self.of(OBJECT) {
            [] => Err(de::Error::invalid_type(Unexpected::Map, &self)),
            [only] => T::variant(*only, MapAccessDeserializer::new(map)),
            _ => {
                let mut object = serde_json::Map::new();
                while let Some((key, value)) = map.next_entry::<String, Value>()? {
                    object.insert(key, value);
                }
                self.buffered(OBJECT, &Value::Object(object))
            }
        }
    }
}

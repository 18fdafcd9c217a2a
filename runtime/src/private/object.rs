//! Reading and writing objects (generated structs): the field loop's
//! pieces, shared by every struct so that each generated impl is small.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{self, SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// An object key, borrowed from the input when it can be.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(KeyVisitor)
    }
}

/// What a generated struct implements to be read by [`deserialize`]: its
/// name for messages and the loop over the object's entries. The visitor
/// is the runtime's, written once for every struct.
pub trait Read<'de>: Sized {
    const NAME: &'static str;

    fn read<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a generated struct.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: Read<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(ReadVisitor(PhantomData))
}

struct ReadVisitor<T>(PhantomData<T>);

impl<'de, T: Read<'de>> Visitor<'de> for ReadVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object ({})", T::NAME)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

/// An object being read: its entries and the key last read. Generated
/// code matches on [`Entries::key`] and hands each value to a method that
/// says where it goes, so that an entry costs one short arm.
///
/// After each key [`Entries::next_key`] reads, one method takes its value.
/// They keep the first error instead of returning it: the loop ends at the
/// next [`Entries::next_key`], nothing more is read, and [`Entries::end`]
/// returns it. A `?` per entry costs the compiler a trait resolution and an
/// exit through every slot's drop, which made reading impls the largest
/// part of a check.
pub struct Entries<'de, A: MapAccess<'de>> {
    map: A,
    key: Key<'de>,
    error: Option<A::Error>,
}

impl<'de, A: MapAccess<'de>> Entries<'de, A> {
    #[inline]
    pub fn new(map: A) -> Self {
        Entries {
            map,
            key: Key(Cow::Borrowed("")),
            error: None,
        }
    }

    /// Reads the next key; `false` at the end of the object or after an
    /// error.
    #[inline]
    pub fn next_key(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        match self.map.next_key() {
            Ok(Some(key)) => {
                self.key = key;
                true
            }
            Ok(None) => false,
            Err(error) => {
                self.error = Some(error);
                false
            }
        }
    }

    /// The key last read.
    #[inline]
    pub fn key(&self) -> &str {
        &self.key.0
    }

    /// The first error met, or else the first required field missing:
    /// `missing` pairs each required field's "slot empty" with its wire
    /// name, in the fields' order.
    ///
    /// One check for them all, before any value moves out of its slot,
    /// rather than a `?` per required field: each of those was an exit
    /// dropping every slot and every field built so far, which cost the
    /// compiler about a tenth of a check.
    #[inline]
    pub fn end(self, missing: &[(bool, &'static str)]) -> Result<(), A::Error> {
        if let Some(error) = self.error {
            return Err(error);
        }
        match missing.iter().find(|(empty, _)| *empty) {
            Some((_, name)) => Err(de::Error::missing_field(name)),
            None => Ok(()),
        }
    }

    /// Keeps the first error.
    #[inline]
    fn fail(&mut self, error: A::Error) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// The value read, or `None` with the error kept.
    #[inline]
    fn keep<T>(&mut self, result: Result<T, A::Error>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.fail(error);
                None
            }
        }
    }

    /// The value into a field's slot; a field given twice is an error
    /// (serde's message, with the key as read: it is the field's wire
    /// name).
    #[inline]
    pub fn value<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) {
        if slot.is_some() {
            let error = de::Error::custom(format_args!("duplicate field `{}`", self.key()));
            self.fail(error);
            return;
        }
        let value = self.map.next_value();
        *slot = self.keep(value);
    }

    /// Keeps the entry among the undeclared ones (`additionalProperties`).
    #[inline]
    pub fn extra<T: Deserialize<'de>>(
        &mut self,
        extras: &mut std::collections::BTreeMap<String, T>,
    ) {
        let value = self.map.next_value();
        if let Some(value) = self.keep(value) {
            extras.insert(self.take_key(), value);
        }
    }

    /// Keeps the entry for a union that shares the object
    /// (`#[serde(flatten)]`-like, without serde's buffering of everything).
    pub fn rest(&mut self, rest: &mut serde_json::Map<String, serde_json::Value>) {
        let value = self.map.next_value();
        if let Some(value) = self.keep(value) {
            rest.insert(self.take_key(), value);
        }
    }

    fn take_key(&mut self) -> String {
        std::mem::replace(&mut self.key, Key(Cow::Borrowed("")))
            .0
            .into_owned()
    }

    /// Skips the value of a key the object does not keep.
    #[inline]
    pub fn skip(&mut self) {
        let value = self.map.next_value::<IgnoredAny>();
        self.keep(value);
    }

    /// The key last read is one the schema forbids
    /// (`additionalProperties: false`, with `unknown_keys = "reject"`).
    pub fn unknown(&self, expected: &'static [&'static str]) -> A::Error {
        de::Error::unknown_field(self.key(), expected)
    }
}

/// A required field's value, once [`Entries::end`] has found every
/// required slot filled.
#[inline]
pub fn take<T>(slot: Option<T>) -> T {
    match slot {
        Some(value) => value,
        None => unreachable!("`Entries::end` checks the required fields"),
    }
}

/// Leftover values for `additionalProperties`, when a union shares the
/// object too (both see every undeclared key).
pub fn extras_from<T, E>(
    rest: &serde_json::Map<String, serde_json::Value>,
) -> Result<std::collections::BTreeMap<String, T>, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    rest.iter()
        .map(|(key, value)| Ok((key.clone(), T::deserialize(value).map_err(E::custom)?)))
        .collect()
}

/// An object being written (a generated struct's `Serialize`): one short
/// call per field. Like [`Entries`], it keeps the first error (and writes
/// nothing more) rather than returning it from every call; [`Writer::end`]
/// returns it.
pub struct Writer<M: SerializeMap>(Result<M, M::Error>);

impl<M: SerializeMap> Writer<M> {
    /// Starts writing an object.
    #[inline]
    pub fn begin<S>(serializer: S) -> Self
    where
        S: Serializer<SerializeMap = M, Ok = M::Ok, Error = M::Error>,
    {
        Writer(serializer.serialize_map(None))
    }

    /// Writes one entry.
    #[inline]
    pub fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if let Ok(map) = &mut self.0 {
            if let Err(error) = map.serialize_entry(key, value) {
                self.0 = Err(error);
            }
        }
    }

    /// Writes an optional field's entry when it is present.
    #[inline]
    pub fn optional<T: Serialize>(&mut self, key: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.entry(key, value);
        }
    }

    /// Writes an optional nullable field's entry unless it is absent.
    #[inline]
    pub fn tristate<T: Serialize>(&mut self, key: &str, value: &crate::Tristate<T>) {
        if value.is_present() {
            self.entry(key, value);
        }
    }

    /// Writes the entries of a map: the keys the schema does not declare,
    /// or those of `additionalProperties`.
    #[inline]
    pub fn entries<V: Serialize>(&mut self, entries: &std::collections::BTreeMap<String, V>) {
        // Most values have none: no iterator for them.
        if !entries.is_empty() {
            for (key, value) in entries {
                self.entry(key, value);
            }
        }
    }

    /// Writes the entries of a union that shares the object; returns the
    /// keys written (none after an error: nothing more is written).
    pub fn flatten<T: Serialize>(&mut self, value: &T) -> Vec<String> {
        if self.0.is_err() {
            return Vec::new();
        }
        let entries = match serde_json::to_value(value) {
            Ok(serde_json::Value::Object(entries)) => entries,
            Ok(_) => {
                self.0 = Err(ser::Error::custom(
                    "a union sharing an object must write an object",
                ));
                return Vec::new();
            }
            Err(error) => {
                self.0 = Err(ser::Error::custom(error));
                return Vec::new();
            }
        };
        for (key, value) in &entries {
            self.entry(key, value);
        }
        entries.into_iter().map(|(key, _)| key).collect()
    }

    /// Finishes writing the object, or returns the first error met.
    #[inline]
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.0?.end()
    }
}

/// The union that shares an object, read from the keys left over.
pub fn from_rest<T, E>(rest: serde_json::Map<String, serde_json::Value>) -> Result<T, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    T::deserialize(serde_json::Value::Object(rest)).map_err(E::custom)
}

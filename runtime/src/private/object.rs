//! Reading and writing objects (generated structs): the field loop's
//! pieces, shared by every struct so that each generated impl is small.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{self, SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// An object key, borrowed from the input when it can be.
pub struct Key<'de>(Cow<'de, str>);

impl<'de> Key<'de> {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

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

/// The next key of the object, if any.
#[inline]
pub fn key<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key<'de>>, A::Error> {
    map.next_key()
}

/// The next value into a field's slot; a field given twice is an error
/// (serde's message, with the key as read: it is the field's wire name).
pub fn next<'de, A, T>(map: &mut A, slot: &mut Option<T>, key: &Key<'_>) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::custom(format_args!(
            "duplicate field `{}`",
            key.as_str()
        )));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// A key the schema forbids (`additionalProperties: false`, with
/// `unknown_keys = "reject"`).
pub fn unknown<E: de::Error>(key: &str, expected: &'static [&'static str]) -> E {
    E::unknown_field(key, expected)
}

/// Skips the value of a key the object does not keep.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A required field's value, or the missing-field error.
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// Reads one leftover value (`additionalProperties`).
pub fn extra<'de, A, T>(map: &mut A) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    map.next_value()
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

/// Writes one entry.
pub fn entry<M, T>(map: &mut M, key: &str, value: &T) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize + ?Sized,
{
    map.serialize_entry(key, value)
}

/// Writes an optional field's entry when it is present.
pub fn optional<M, T>(map: &mut M, key: &str, value: &Option<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    match value {
        Some(value) => map.serialize_entry(key, value),
        None => Ok(()),
    }
}

/// Writes an optional nullable field's entry unless it is absent.
pub fn tristate<M, T>(map: &mut M, key: &str, value: &crate::Tristate<T>) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    if value.is_present() {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

/// Finishes writing an object.
pub fn end<M: SerializeMap>(map: M) -> Result<M::Ok, M::Error> {
    map.end()
}

/// Keys the struct does not declare, kept for a union that shares the
/// object (`#[serde(flatten)]`-like, without serde's buffering of
/// everything).
pub fn rest_entry<'de, A: MapAccess<'de>>(
    map: &mut A,
    rest: &mut serde_json::Map<String, serde_json::Value>,
    key: Key<'de>,
) -> Result<(), A::Error> {
    let value = map.next_value()?;
    rest.insert(key.into_string(), value);
    Ok(())
}

/// The union that shares an object, read from the keys left over.
pub fn from_rest<T, E>(rest: serde_json::Map<String, serde_json::Value>) -> Result<T, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    T::deserialize(serde_json::Value::Object(rest)).map_err(E::custom)
}

/// Writes the entries of a union that shares the object; returns the keys
/// written.
pub fn flatten_into<M, T>(map: &mut M, value: &T) -> Result<Vec<String>, M::Error>
where
    M: SerializeMap,
    T: Serialize,
{
    match serde_json::to_value(value).map_err(ser::Error::custom)? {
        serde_json::Value::Object(entries) => {
            for (key, value) in &entries {
                map.serialize_entry(key, value)?;
            }
            Ok(entries.into_iter().map(|(key, _)| key).collect())
        }
        _ => Err(ser::Error::custom(
            "a union sharing an object must write an object",
        )),
    }
}

/// Starts writing an object.
pub fn begin<S: Serializer>(serializer: S) -> Result<S::SerializeMap, S::Error> {
    serializer.serialize_map(None)
}

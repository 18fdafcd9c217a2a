//! Serialization helpers for generated code.

use serde::ser::{Error as _, Serialize, Serializer};
use serde_json::Value;

/// Writes a variant of a tagged union whose own type does not carry the
/// discriminator: the variant's object with the tag added.
pub fn tagged<S, T>(
    serializer: S,
    property: &'static str,
    tag: &'static str,
    value: &T,
) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize + ?Sized,
{
    let mut object = serde_json::to_value(value).map_err(S::Error::custom)?;
    match &mut object {
        Value::Object(map) => {
            map.insert(property.to_owned(), Value::String(tag.to_owned()));
        }
        _ => {
            return Err(S::Error::custom(
                "a tagged union variant must serialize as an object",
            ))
        }
    }
    object.serialize(serializer)
}

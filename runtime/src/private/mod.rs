//! Support for generated code; not a public interface. Generated code
//! reaches serde through here, so a user's crate needs no serde dependency.

pub mod checks;
pub mod de;
pub mod format;
pub mod object;
pub(crate) mod path;
pub mod response;
pub mod ser;
mod union;

pub use checks as validate;
pub use serde;
pub use serde_json;
// The JSON types fields hold, by a short path (the code names them often).
pub use serde_json::{Number, Value};

/// A finite float as a JSON number (for defaults written as floats).
pub fn number_from_f64(value: f64) -> serde_json::Number {
    serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
}

/// `Some(value.into())`: the body of an optional field's setter.
#[inline]
pub fn some<T>(value: impl Into<T>) -> Option<T> {
    Some(value.into())
}

/// `Tristate::Value(value.into())`: the body of an optional nullable
/// field's setter.
#[inline]
pub fn value<T>(value: impl Into<T>) -> crate::Tristate<T> {
    crate::Tristate::Value(value.into())
}

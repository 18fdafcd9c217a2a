//! Support for generated code; not a public interface. Generated code
//! reaches serde through here, so a user's crate needs no serde dependency.

pub mod checks;
pub mod de;
pub mod format;
mod impls;
pub mod names;
pub mod object;
pub(crate) mod path;
pub mod response;
pub mod ser;
mod union;

pub use crate::{
    __impl_deserialize as impl_deserialize, __impl_request as impl_request,
    __impl_response as impl_response, __impl_str_enum as impl_str_enum,
};
pub use checks as validate;
pub use serde;
pub use serde_json;

/// A finite float as a JSON number (for defaults written as floats).
pub fn number_from_f64(value: f64) -> serde_json::Number {
    serde_json::Number::from_f64(value).unwrap_or_else(|| serde_json::Number::from(0))
}

/// `Some(value.into())`: the body of an optional field's setter.
#[inline]
pub fn some<T>(value: impl Into<T>) -> Option<T> {
    Some(value.into())
}

/// `value.into()`: the body of a required field's setter.
#[inline]
pub fn required<T>(value: impl Into<T>) -> T {
    value.into()
}

/// `Tristate::Value(value.into())`: the body of an optional nullable
/// field's setter.
#[inline]
pub fn value<T>(value: impl Into<T>) -> crate::Tristate<T> {
    crate::Tristate::Value(value.into())
}

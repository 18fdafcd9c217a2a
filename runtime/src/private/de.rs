//! Deserialization helpers the generated impls call.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};

pub use super::union::{tagged, untagged, Keys, Variants};

/// A string enum through its `FromStr` impl.
pub fn str_enum<'de, D, T>(deserializer: D, expected: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
{
    struct StrVisitor<T> {
        expected: &'static str,
        marker: PhantomData<T>,
    }

    impl<T: FromStr> Visitor<'_> for StrVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "one of {}", self.expected)
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            value.parse().map_err(|_| {
                E::custom(format_args!(
                    "unknown value `{value}`, expected one of {}",
                    self.expected
                ))
            })
        }
    }

    deserializer.deserialize_str(StrVisitor {
        expected,
        marker: PhantomData,
    })
}

/// The value of a closed string enum whose text is `value`: one table of
/// the variants (`T::ALL`) and `as_str` serve reading, parsing and the
/// messages, so each value is written once in the generated code.
#[inline]
pub fn parse_str<T: Copy>(value: &str, all: &[T], as_str: fn(&T) -> &'static str) -> Option<T> {
    all.iter().copied().find(|variant| as_str(variant) == value)
}

/// A closed string enum, read through [`parse_str`].
pub fn closed_str_enum<'de, D, T>(
    deserializer: D,
    all: &'static [T],
    as_str: fn(&T) -> &'static str,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Copy,
{
    deserializer.deserialize_str(ClosedStr { all, as_str })
}

/// The visitor of [`closed_str_enum`]; it displays as what it expects
/// (`one of `a`, `b``), for both of serde's messages.
struct ClosedStr<T: 'static> {
    all: &'static [T],
    as_str: fn(&T) -> &'static str,
}

impl<T> fmt::Display for ClosedStr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("one of ")?;
        for (i, variant) in self.all.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{}`", (self.as_str)(variant))?;
        }
        Ok(())
    }
}

impl<T: Copy> Visitor<'_> for ClosedStr<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        parse_str(value, self.all, self.as_str)
            .ok_or_else(|| E::custom(format_args!("unknown value `{value}`, expected {self}")))
    }
}

/// A scalar read from the input, for enums of numbers and booleans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar<'a> {
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(&'a str),
}

/// An enum of numbers, booleans (and strings) through a matching function.
pub fn scalar_enum<'de, D, T, F>(
    deserializer: D,
    expected: &'static str,
    from: F,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: Fn(Scalar<'_>) -> Option<T>,
{
    struct ScalarVisitor<F> {
        expected: &'static str,
        from: F,
    }

    impl<ScalarVisitor_> ScalarVisitor<ScalarVisitor_> {
        fn pick<T, E: de::Error>(&self, scalar: Scalar<'_>) -> Result<T, E>
        where
            ScalarVisitor_: Fn(Scalar<'_>) -> Option<T>,
        {
            (self.from)(scalar).ok_or_else(|| {
                let shown = match scalar {
                    Scalar::Bool(b) => b.to_string(),
                    Scalar::Int(i) => i.to_string(),
                    Scalar::Float(f) => f.to_string(),
                    Scalar::Str(s) => format!("\"{s}\""),
                };
                E::custom(format_args!(
                    "unknown value `{shown}`, expected one of {}",
                    self.expected
                ))
            })
        }
    }

    impl<T, F: Fn(Scalar<'_>) -> Option<T>> Visitor<'_> for ScalarVisitor<F> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "one of {}", self.expected)
        }

        fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
            self.pick(Scalar::Bool(value))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            self.pick(Scalar::Int(value.into()))
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            self.pick(Scalar::Int(value.into()))
        }

        fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
            self.pick(Scalar::Float(value))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            self.pick(Scalar::Str(value))
        }
    }

    deserializer.deserialize_any(ScalarVisitor { expected, from })
}

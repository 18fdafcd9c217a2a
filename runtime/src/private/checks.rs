//! Constraint checks called by generated `validate_at` bodies.

use std::sync::OnceLock;

pub use super::format::Format;
use crate::Validator;

/// The text of a string-typed value.
pub trait Text {
    fn text(&self) -> Option<&str>;
}

impl Text for str {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

impl Text for String {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

/// A bound or step from the spec, as written.
#[derive(Debug, Clone, Copy)]
pub enum Limit {
    Int(i128),
    Float(f64),
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limit::Int(i) => write!(f, "{i}"),
            Limit::Float(x) => write!(f, "{x}"),
        }
    }
}

/// The numeric types of generated fields.
pub trait Numeric {
    /// Exact when the value is an integer.
    fn as_int(&self) -> Option<i128>;
    fn as_float(&self) -> f64;
}

macro_rules! numeric_int {
    ($($ty:ty),*) => {
        $(impl Numeric for $ty {
            fn as_int(&self) -> Option<i128> {
                Some(i128::from(*self))
            }
            fn as_float(&self) -> f64 {
                *self as f64
            }
        })*
    };
}

numeric_int!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Numeric for serde_json::Number {
    fn as_int(&self) -> Option<i128> {
        self.as_i64()
            .map(i128::from)
            .or_else(|| self.as_u64().map(i128::from))
    }
    fn as_float(&self) -> f64 {
        self.as_f64().unwrap_or(f64::NAN)
    }
}

fn compare<N: Numeric + ?Sized>(value: &N, limit: Limit) -> Option<std::cmp::Ordering> {
    match (value.as_int(), limit) {
        (Some(a), Limit::Int(b)) => Some(a.cmp(&b)),
        (_, Limit::Int(b)) => value.as_float().partial_cmp(&(b as f64)),
        (_, Limit::Float(b)) => value.as_float().partial_cmp(&b),
    }
}

pub fn minimum<N: Numeric + ?Sized>(v: &mut Validator, value: &N, limit: Limit, exclusive: bool) {
    use std::cmp::Ordering::*;
    match (compare(value, limit), exclusive) {
        (Some(Greater), _) | (Some(Equal), false) => {}
        (_, true) => v.report(format!("must be greater than {limit}")),
        (_, false) => v.report(format!("must be at least {limit}")),
    }
}

pub fn maximum<N: Numeric + ?Sized>(v: &mut Validator, value: &N, limit: Limit, exclusive: bool) {
    use std::cmp::Ordering::*;
    match (compare(value, limit), exclusive) {
        (Some(Less), _) | (Some(Equal), false) => {}
        (_, true) => v.report(format!("must be less than {limit}")),
        (_, false) => v.report(format!("must be at most {limit}")),
    }
}

pub fn multiple_of<N: Numeric + ?Sized>(v: &mut Validator, value: &N, step: Limit) {
    let ok = match (value.as_int(), step) {
        (Some(a), Limit::Int(b)) if b != 0 => a % b == 0,
        _ => {
            let step = match step {
                Limit::Int(i) => i as f64,
                Limit::Float(f) => f,
            };
            let quotient = value.as_float() / step;
            (quotient - quotient.round()).abs() < 1e-9
        }
    };
    if !ok {
        v.report(format!("must be a multiple of {step}"));
    }
}

pub fn min_length<T: Text + ?Sized>(v: &mut Validator, value: &T, min: u64) {
    let Some(value) = value.text() else { return };
    let length = value.chars().count() as u64;
    if length < min {
        v.report(format!(
            "must be at least {min} characters long (is {length})"
        ));
    }
}

pub fn max_length<T: Text + ?Sized>(v: &mut Validator, value: &T, max: u64) {
    let Some(value) = value.text() else { return };
    let length = value.chars().count() as u64;
    if length > max {
        v.report(format!(
            "must be at most {max} characters long (is {length})"
        ));
    }
}

pub fn min_items(v: &mut Validator, length: usize, min: u64) {
    if (length as u64) < min {
        v.report(format!(
            "must have at least {min} item{} (has {length})",
            plural(min)
        ));
    }
}

pub fn max_items(v: &mut Validator, length: usize, max: u64) {
    if (length as u64) > max {
        v.report(format!(
            "must have at most {max} item{} (has {length})",
            plural(max)
        ));
    }
}

pub fn unique_items<T: PartialEq>(v: &mut Validator, items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        if let Some(j) = items[..i].iter().position(|earlier| earlier == item) {
            v.report(format!("items must be unique (item {i} repeats item {j})"));
            return;
        }
    }
}

pub fn min_properties(v: &mut Validator, length: usize, min: u64) {
    if (length as u64) < min {
        v.report(format!(
            "must have at least {min} propert{} (has {length})",
            if min == 1 { "y" } else { "ies" }
        ));
    }
}

pub fn max_properties(v: &mut Validator, length: usize, max: u64) {
    if (length as u64) > max {
        v.report(format!(
            "must have at most {max} propert{} (has {length})",
            if max == 1 { "y" } else { "ies" }
        ));
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A `pattern` (ECMA-262, as JSON Schema writes them), compiled on first
/// use. The generator only emits patterns that compile (its check is
/// slightly more lenient than this one, see `format::compile`). regress
/// backtracks, as JavaScript engines do: a pathological pattern in a spec
/// (`^(a+)+$`) can take exponential time on a hostile value.
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regress::Regex>>,
}

impl Pattern {
    pub const fn new(source: &'static str) -> Self {
        Pattern {
            source,
            compiled: OnceLock::new(),
        }
    }
}

/// JSON Schema patterns are not anchored: a match anywhere counts.
pub fn pattern<T: Text + ?Sized>(v: &mut Validator, value: &T, pattern: &Pattern) {
    let Some(value) = value.text() else { return };
    let compiled = pattern
        .compiled
        .get_or_init(|| super::format::compile(pattern.source));
    match compiled {
        Some(regex) => {
            if regex.find(value).is_none() {
                v.report(format!("must match the pattern `{}`", pattern.source));
            }
        }
        // The generator's check of the spec let it through, but ECMA-262
        // (read more strictly here) has no such pattern: say so rather than
        // pass every value.
        None => v.report(format!(
            "cannot be checked: `{}` is not an ECMA-262 pattern",
            pattern.source
        )),
    }
}

/// A place whose definitions allow no value in common (`allOf` of
/// disjoint `enum`s).
pub fn unsatisfiable(v: &mut Validator) {
    v.report("no value is allowed here: the spec's definitions of it have none in common");
}

/// Keys that must be present one way or another (`anyOf` of `required`
/// lists), or exactly one way (`oneOf`): whether each way is.
pub fn present(v: &mut Validator, ways: &[bool], exactly_one: bool, described: &str) {
    let holding = ways.iter().filter(|way| **way).count();
    if holding == 0 {
        v.report(format!("needs {described}"));
    } else if exactly_one && holding > 1 {
        v.report(format!("needs exactly one of {described}"));
    }
}

/// `propertyNames` with `enum` or `const`: the keys allowed.
pub fn key_in(v: &mut Validator, key: &str, allowed: &[&str]) {
    if !allowed.contains(&key) {
        v.report(format!("`{key}` is not one of the keys allowed here"));
    }
}

/// An item of an open tuple (`prefixItems` without `items: false`), held as
/// JSON: read as the type its position has, for the caller to check; `None`
/// after reporting when it is not one.
pub fn item_as<T: serde::de::DeserializeOwned>(
    v: &mut Validator,
    item: &serde_json::Value,
) -> Option<T> {
    match T::deserialize(item) {
        Ok(value) => Some(value),
        Err(error) => {
            v.report(format!("is not of the type this position has: {error}"));
            None
        }
    }
}

pub fn format<T: Text + ?Sized>(v: &mut Validator, value: &T, format: Format) {
    let Some(value) = value.text() else { return };
    if !format.check(value) {
        v.report(format!("must be a valid `{}`", format.name()));
    }
}

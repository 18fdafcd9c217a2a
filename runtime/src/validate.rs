//! Checking the value constraints a spec states (`minItems`, `maxLength`,
//! `pattern`, `minimum`, ...), which deserialization alone does not.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// Implemented by every generated type (and by the containers and
/// primitives they are built from).
///
/// A hand-written type used beside the generated ones (through a type
/// replacement, or in a wrapper of your own) implements
/// [`validate_at`](Validate::validate_at), reporting at the
/// [`Validator`]'s position and descending into its parts:
///
/// ```
/// use openapi_models::{Validate, Validator};
///
/// struct Range {
///     low: i64,
///     high: i64,
///     tags: Vec<String>,
/// }
///
/// impl Validate for Range {
///     fn validate_at(&self, v: &mut Validator) {
///         if self.low > self.high {
///             v.report("`low` is above `high`");
///         }
///         v.push_field("tags");
///         for (i, tag) in self.tags.iter().enumerate() {
///             v.push_index(i);
///             if tag.is_empty() {
///                 v.report("is empty");
///             }
///             v.pop();
///         }
///         v.pop();
///     }
/// }
///
/// let range = Range { low: 2, high: 1, tags: vec!["a".into(), String::new()] };
/// let errors = range.validate().unwrap_err();
/// assert_eq!(errors.to_string(), "`low` is above `high`; /tags/1: is empty");
/// ```
pub trait Validate {
    /// Checks every constraint of the spec on this value and everything it
    /// contains, and reports all violations with JSON pointers to them.
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut validator = Validator::default();
        self.validate_at(&mut validator);
        validator.finish()
    }

    /// Records the violations in this value at the validator's position.
    fn validate_at(&self, validator: &mut Validator) {
        let _ = validator;
    }
}

/// One constraint that a value breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Violation {
    /// JSON pointer to the value (`/messages/0/content`); empty for the
    /// value `validate()` was called on.
    pub pointer: String,
    /// What is wrong, in words (`is longer than 64 characters`).
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.pointer, self.message)
        }
    }
}

/// Every violation found by [`Validate::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationErrors {
    violations: Vec<Violation>,
}

impl ValidationErrors {
    /// Every violation, in the order the value was walked (never empty).
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, violation) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{violation}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

enum Segment {
    Field(&'static str),
    Index(usize),
    Key(String),
}

/// Collects violations while a value is walked: the position (a JSON
/// pointer built from [`push_field`](Validator::push_field),
/// [`push_index`](Validator::push_index) and
/// [`push_key`](Validator::push_key), each undone by
/// [`pop`](Validator::pop)) and what was found there
/// ([`report`](Validator::report)). Generated `Validate` impls use it, and
/// hand-written ones can (see [`Validate`]).
#[derive(Default)]
pub struct Validator {
    path: Vec<Segment>,
    violations: Vec<Violation>,
}

impl Validator {
    /// Descends into the property `name` (as written on the wire).
    pub fn push_field(&mut self, name: &'static str) {
        self.path.push(Segment::Field(name));
    }

    /// Descends into item `index` of an array.
    pub fn push_index(&mut self, index: usize) {
        self.path.push(Segment::Index(index));
    }

    /// Descends into the value at `key` of a map.
    pub fn push_key(&mut self, key: &str) {
        self.path.push(Segment::Key(key.to_owned()));
    }

    /// Goes back up one level (after a `push_*`).
    pub fn pop(&mut self) {
        self.path.pop();
    }

    /// Checks `value`, the property `name` (as written on the wire): the
    /// `push_field`, `validate_at`, `pop` of a field with nothing else to
    /// check. An absent or `null` value has nothing to check; a list or a
    /// map reports at each item's index or key.
    ///
    /// ```
    /// use openapi_models::{Tristate, Validate, Validator};
    ///
    /// struct Tag(String);
    ///
    /// impl Validate for Tag {
    ///     fn validate_at(&self, v: &mut Validator) {
    ///         if self.0.is_empty() {
    ///             v.report("is empty");
    ///         }
    ///     }
    /// }
    ///
    /// struct Form {
    ///     main: Tristate<Tag>,
    ///     others: Option<Vec<Tag>>,
    /// }
    ///
    /// impl Validate for Form {
    ///     fn validate_at(&self, v: &mut Validator) {
    ///         v.field("main", &self.main);
    ///         v.field("others", &self.others);
    ///     }
    /// }
    ///
    /// let form = Form {
    ///     main: Tristate::Value(Tag(String::new())),
    ///     others: Some(vec![Tag("a".into()), Tag(String::new())]),
    /// };
    /// let errors = form.validate().unwrap_err();
    /// assert_eq!(errors.to_string(), "/main: is empty; /others/1: is empty");
    /// assert!(Form { main: Tristate::Null, others: None }.validate().is_ok());
    /// ```
    pub fn field<T: Validate + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.push_field(name);
        value.validate_at(self);
        self.pop();
    }

    /// Records a violation at the current position.
    pub fn report(&mut self, message: impl Into<String>) {
        let mut pointer = String::new();
        for segment in &self.path {
            pointer.push('/');
            match segment {
                Segment::Field(name) => escape_into(&mut pointer, name),
                Segment::Key(key) => escape_into(&mut pointer, key),
                Segment::Index(index) => pointer.push_str(&index.to_string()),
            }
        }
        self.violations.push(Violation {
            pointer,
            message: message.into(),
        });
    }

    fn finish(self) -> Result<(), ValidationErrors> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors {
                violations: self.violations,
            })
        }
    }
}

fn escape_into(pointer: &mut String, token: &str) {
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate_at(&self, validator: &mut Validator) {
        (**self).validate_at(validator);
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, validator: &mut Validator) {
        if let Some(value) = self {
            value.validate_at(validator);
        }
    }
}

impl<T: Validate> Validate for crate::Tristate<T> {
    fn validate_at(&self, validator: &mut Validator) {
        if let crate::Tristate::Value(value) = self {
            value.validate_at(validator);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, validator: &mut Validator) {
        for (index, item) in self.iter().enumerate() {
            validator.push_index(index);
            item.validate_at(validator);
            validator.pop();
        }
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate_at(&self, validator: &mut Validator) {
        for (key, value) in self {
            validator.push_key(key);
            value.validate_at(validator);
            validator.pop();
        }
    }
}

impl<T: Validate, S> Validate for HashMap<String, T, S> {
    fn validate_at(&self, validator: &mut Validator) {
        for (key, value) in self {
            validator.push_key(key);
            value.validate_at(validator);
            validator.pop();
        }
    }
}

macro_rules! nothing_to_check {
    ($($ty:ty),*) => {
        $(impl Validate for $ty {})*
    };
}

nothing_to_check!(
    (),
    bool,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f64,
    String,
    str,
    serde_json::Number,
    serde_json::Value
);

macro_rules! tuples {
    ($(($($name:ident $index:tt),+)),*) => {
        $(impl<$($name: Validate),+> Validate for ($($name,)+) {
            fn validate_at(&self, validator: &mut Validator) {
                $(
                    validator.push_index($index);
                    self.$index.validate_at(validator);
                    validator.pop();
                )+
            }
        })*
    };
}

tuples!((A 0), (A 0, B 1), (A 0, B 1, C 2), (A 0, B 1, C 2, D 3));

#[cfg(test)]
mod tests {
    use super::*;

    struct Short(&'static str);

    impl Validate for Short {
        fn validate_at(&self, v: &mut Validator) {
            if self.0.len() > 3 {
                v.report("too long");
            }
        }
    }

    #[test]
    fn pointers_are_escaped_and_nested() {
        let mut map = BTreeMap::new();
        map.insert("a/b~c".to_owned(), vec![Short("ok"), Short("toolong")]);
        let errors = map.validate().unwrap_err();
        assert_eq!(errors.violations()[0].pointer, "/a~1b~0c/1");
        assert_eq!(errors.to_string(), "/a~1b~0c/1: too long");
    }
}

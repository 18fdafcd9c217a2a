//! The three states of an optional nullable field.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An optional field that may also be `null`: absent from the object, present
/// as `null`, or present with a value. The wire tells the three apart (a
/// `PATCH` that leaves a key out keeps it, one that sends `null` clears it),
/// so the models do too.
///
/// ```
/// use openapi_models::Tristate;
///
/// let mut name: Tristate<String> = Tristate::default(); // absent
/// assert!(name.is_absent());
/// name = "Ada".to_owned().into(); // a value
/// assert_eq!(name.as_deref(), Some("Ada"));
/// name = None.into(); // `null`: an `Option` stands for a nullable value
/// assert!(name.is_null());
/// ```
///
/// In a generated struct, `Absent` leaves the key out when written and is
/// what a missing key reads as. Written on its own (outside a struct), as
/// serde writes an `Option`, `Absent` is `null` too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Tristate<T> {
    /// Not in the object.
    #[default]
    Absent,
    /// In the object, as `null`.
    Null,
    /// In the object, with a value.
    Value(T),
}

impl<T> Tristate<T> {
    /// Not in the object.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Tristate::Absent)
    }

    /// In the object, as `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Tristate::Null)
    }

    /// In the object, `null` or a value.
    pub const fn is_present(&self) -> bool {
        !self.is_absent()
    }

    /// The value, if there is one (`None` for both `null` and absent).
    pub const fn value(&self) -> Option<&T> {
        match self {
            Tristate::Value(value) => Some(value),
            _ => None,
        }
    }

    /// The value, mutably.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Tristate::Value(value) => Some(value),
            _ => None,
        }
    }

    /// The value, if there is one, by value.
    pub fn into_value(self) -> Option<T> {
        match self {
            Tristate::Value(value) => Some(value),
            _ => None,
        }
    }

    /// `&Tristate<T>` to `Tristate<&T>`.
    pub const fn as_ref(&self) -> Tristate<&T> {
        match self {
            Tristate::Absent => Tristate::Absent,
            Tristate::Null => Tristate::Null,
            Tristate::Value(value) => Tristate::Value(value),
        }
    }

    /// The value through `Deref` (`&str` of a `String`), if there is one.
    pub fn as_deref(&self) -> Option<&T::Target>
    where
        T: std::ops::Deref,
    {
        self.value().map(|value| &**value)
    }

    /// Maps the value, keeping absent and `null` as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Tristate<U> {
        match self {
            Tristate::Absent => Tristate::Absent,
            Tristate::Null => Tristate::Null,
            Tristate::Value(value) => Tristate::Value(f(value)),
        }
    }

    /// From serde's spelling of the three states: `None` absent,
    /// `Some(None)` `null`, `Some(Some(value))` a value.
    pub fn from_nested(nested: Option<Option<T>>) -> Self {
        match nested {
            None => Tristate::Absent,
            Some(None) => Tristate::Null,
            Some(Some(value)) => Tristate::Value(value),
        }
    }

    /// To serde's spelling of the three states (see [`Tristate::from_nested`]).
    pub fn into_nested(self) -> Option<Option<T>> {
        match self {
            Tristate::Absent => None,
            Tristate::Null => Some(None),
            Tristate::Value(value) => Some(Some(value)),
        }
    }
}

impl<T> From<T> for Tristate<T> {
    fn from(value: T) -> Self {
        Tristate::Value(value)
    }
}

/// `Some` is the value and `None` is `null`: an `Option` stands for a
/// nullable value, as in a required nullable field. Absent is
/// [`Tristate::Absent`] (the default).
impl<T> From<Option<T>> for Tristate<T> {
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => Tristate::Value(value),
            None => Tristate::Null,
        }
    }
}

impl<T: Serialize> Serialize for Tristate<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Tristate::Value(value) => serializer.serialize_some(value),
            Tristate::Absent | Tristate::Null => serializer.serialize_none(),
        }
    }
}

/// `null` is [`Tristate::Null`], anything else a value; a struct reads a
/// missing key as [`Tristate::Absent`].
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Tristate<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Tristate::from)
    }
}

#[cfg(test)]
mod tests {
    use super::Tristate;

    #[test]
    fn three_states_convert_both_ways() {
        for nested in [None, Some(None), Some(Some(7))] {
            assert_eq!(Tristate::from_nested(nested).into_nested(), nested);
        }
        assert_eq!(Tristate::from(Some(1)), Tristate::Value(1));
        assert_eq!(Tristate::<u8>::from(None), Tristate::Null);
        assert_eq!(Tristate::<u8>::default(), Tristate::Absent);
        assert_eq!(Tristate::Value(2).map(|v| v * 2).into_value(), Some(4));
    }

    #[test]
    fn on_its_own_it_reads_and_writes_as_an_option() {
        let null: Tristate<u8> = serde_json::from_str("null").unwrap();
        assert!(null.is_null());
        let value: Tristate<u8> = serde_json::from_str("3").unwrap();
        assert_eq!(value.value(), Some(&3));
        assert_eq!(
            serde_json::to_string(&Tristate::<u8>::Null).unwrap(),
            "null"
        );
        assert_eq!(serde_json::to_string(&Tristate::Value(3)).unwrap(), "3");
    }
}

use std::fmt;

/// A string that is not one of a closed enum's values (from `str::parse`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    value: String,
}

impl UnknownValue {
    #[doc(hidden)]
    pub fn new(value: &str) -> Self {
        UnknownValue {
            value: value.to_owned(),
        }
    }

    /// The string that was not recognized.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown value `{}`", self.value)
    }
}

impl std::error::Error for UnknownValue {}

//! Types of `format`ted strings in generated models.
//!
//! By default every format is text (`String`): what came is what goes
//! back. The features `chrono`, `time` and `uuid` make `date-time`, `date`
//! and `uuid` typed. Parsing then rejects malformed values, and writing
//! back uses the type's own form (`2024-05-01T12:00:00+00:00` for
//! `...12:00:00Z` with chrono), so the wire text may change.
//!
//! These features change the types of every generated model in the build
//! (Cargo unifies features): enable them in an application, not a library.

#[cfg(not(any(feature = "chrono", feature = "time")))]
mod date_time {
    /// `format: date-time` (RFC 3339).
    pub type DateTime = String;
    /// `format: date` (RFC 3339 full-date).
    pub type Date = String;
}

#[cfg(feature = "chrono")]
mod date_time {
    /// `format: date-time` (RFC 3339).
    pub type DateTime = chrono::DateTime<chrono::FixedOffset>;
    /// `format: date` (RFC 3339 full-date).
    pub type Date = chrono::NaiveDate;
}

#[cfg(all(feature = "time", not(feature = "chrono")))]
mod date_time {
    pub use super::time_formats::{Date, DateTime};
}

pub use date_time::{Date, DateTime};

/// `format: uuid`.
#[cfg(not(feature = "uuid"))]
pub type Uuid = String;

/// `format: uuid`.
#[cfg(feature = "uuid")]
pub type Uuid = uuid::Uuid;

#[cfg(feature = "time")]
#[cfg_attr(feature = "chrono", allow(dead_code))]
mod time_formats {
    use std::fmt;

    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use time::format_description::well_known::Rfc3339;

    /// `format: date-time` as `time::OffsetDateTime`, read and written as
    /// RFC 3339 (the `time` crate's own serde form is not).
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct DateTime(pub time::OffsetDateTime);

    /// `format: date` as `time::Date`, read and written as `YYYY-MM-DD`.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Date(pub time::Date);

    const DATE: &[time::format_description::FormatItem<'static>] =
        time::macros::format_description!("[year]-[month]-[day]");

    impl fmt::Debug for DateTime {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Debug::fmt(&self.0, f)
        }
    }

    impl fmt::Debug for Date {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Debug::fmt(&self.0, f)
        }
    }

    impl Serialize for DateTime {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let text = self.0.format(&Rfc3339).map_err(S::Error::custom)?;
            serializer.serialize_str(&text)
        }
    }

    impl<'de> Deserialize<'de> for DateTime {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
            time::OffsetDateTime::parse(&text, &Rfc3339)
                .map(DateTime)
                .map_err(D::Error::custom)
        }
    }

    impl Serialize for Date {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let text = self.0.format(DATE).map_err(S::Error::custom)?;
            serializer.serialize_str(&text)
        }
    }

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
            time::Date::parse(&text, DATE)
                .map(Date)
                .map_err(D::Error::custom)
        }
    }

    impl crate::Validate for DateTime {}
    impl crate::Validate for Date {}
}

//! Types for `format`ted values, and how to choose them.
//!
//! Every format is text by default (`String`): what came is what goes
//! back, and `validate()` checks the format where JSON Schema defines it
//! (`date-time`, `email`, `uuid`, ...). To read a format into a type of
//! your choice, name the type in the `formats` option; it is then parsed
//! on reading (a malformed value is a deserialization error), written in
//! the type's own form, and left to the type by `validate()`:
//!
//! ```ignore
//! openapi_models::include_models!(
//!     spec = "specs/api.yaml",
//!     formats = {
//!         "date-time" = ::chrono::DateTime<::chrono::FixedOffset>,
//!         uuid = ::uuid::Uuid,
//!     },
//! );
//! ```
//!
//! The types are the user's and so is their crate: no feature of this
//! crate changes the type of a generated model. The `time` feature only
//! adds `formats::time`: RFC 3339 wrappers for the `time` crate's types, whose
//! own serde form is not RFC 3339.

#[cfg(feature = "time")]
pub mod time {
    //! `date-time` and `date` as the `time` crate's `OffsetDateTime` and
    //! `Date`, read and written as RFC 3339 (the `time` crate's own serde
    //! form is not): `formats = { "date-time" =
    //! ::openapi_models::formats::time::DateTime, date =
    //! ::openapi_models::formats::time::Date }`.

    use std::fmt;

    use ::time::format_description::well_known::Rfc3339;
    use serde::de::Error as _;
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// `format: date-time` as `time::OffsetDateTime`, read and written as
    /// RFC 3339 (the `time` crate's own serde form is not).
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct DateTime(pub ::time::OffsetDateTime);

    /// `format: date` as `time::Date`, read and written as `YYYY-MM-DD`.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Date(pub ::time::Date);

    const DATE: &[::time::format_description::FormatItem<'static>] =
        ::time::macros::format_description!("[year]-[month]-[day]");

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
            ::time::OffsetDateTime::parse(&text, &Rfc3339)
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
            ::time::Date::parse(&text, DATE)
                .map(Date)
                .map_err(D::Error::custom)
        }
    }

    impl crate::Validate for DateTime {}
    impl crate::Validate for Date {}
}

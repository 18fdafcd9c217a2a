//! The string formats `validate()` checks: JSON Schema 2020-12's (§7.3)
//! and OpenAPI's `byte`. Each is a hand-written parser of its RFC's
//! grammar over the text's bytes: they run on every validated string, so
//! they allocate nothing (except `regex`, which compiles the pattern) and
//! are total, whatever the text. One file per family of RFCs; `tests.rs`
//! holds the table of cases.

mod host;
mod mail;
mod misc;
mod regex;

/// ECMA-262 compilation as JSON Schema patterns need it (also for `pattern`).
pub(crate) use regex::compile;
#[cfg(test)]
mod tests;
mod time;
mod uri;

/// A `format` whose text `validate()` checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    DateTime,
    Date,
    Time,
    Duration,
    Email,
    IdnEmail,
    Hostname,
    IdnHostname,
    Ipv4,
    Ipv6,
    Uri,
    UriReference,
    Iri,
    IriReference,
    UriTemplate,
    JsonPointer,
    RelativeJsonPointer,
    Uuid,
    Byte,
    Regex,
}

/// Every format, in declaration order, so `NAMES[format as usize]` is its name.
const ALL: [Format; 20] = [
    Format::DateTime,
    Format::Date,
    Format::Time,
    Format::Duration,
    Format::Email,
    Format::IdnEmail,
    Format::Hostname,
    Format::IdnHostname,
    Format::Ipv4,
    Format::Ipv6,
    Format::Uri,
    Format::UriReference,
    Format::Iri,
    Format::IriReference,
    Format::UriTemplate,
    Format::JsonPointer,
    Format::RelativeJsonPointer,
    Format::Uuid,
    Format::Byte,
    Format::Regex,
];

const NAMES: [&str; 20] = [
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "uuid",
    "byte",
    "regex",
];

impl Format {
    /// The format for a `format` keyword value, if it is one that is
    /// checked. Names are matched exactly (`date-time`, `uri-reference`,
    /// `byte`, ...).
    pub fn from_name(name: &str) -> Option<Format> {
        ALL.into_iter().find(|format| format.name() == name)
    }

    /// The keyword value (`date-time`).
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Whether `text` is in this format.
    pub fn check(self, text: &str) -> bool {
        match self {
            Format::DateTime => time::date_time(text),
            Format::Date => time::full_date(text.as_bytes()),
            Format::Time => time::full_time(text.as_bytes()),
            Format::Duration => time::duration(text),
            Format::Email => mail::email(text, false),
            Format::IdnEmail => mail::email(text, true),
            Format::Hostname => host::hostname(text, false),
            Format::IdnHostname => host::hostname(text, true),
            Format::Ipv4 => host::ipv4(text),
            Format::Ipv6 => host::ipv6(text),
            Format::Uri => uri::uri(text, false, false),
            Format::UriReference => uri::uri(text, true, false),
            Format::Iri => uri::uri(text, false, true),
            Format::IriReference => uri::uri(text, true, true),
            Format::UriTemplate => uri::uri_template(text),
            Format::JsonPointer => misc::json_pointer(text),
            Format::RelativeJsonPointer => misc::relative_json_pointer(text),
            Format::Uuid => misc::uuid(text),
            Format::Byte => misc::base64(text),
            Format::Regex => regex::regex(text),
        }
    }
}

/// The byte at `i`, or 0 (which no grammar here accepts) past the end.
fn at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// The value of the `len` ASCII digits at `start`.
fn number(bytes: &[u8], start: usize, len: usize) -> Option<u32> {
    let digits = bytes.get(start..start + len)?;
    digits.iter().try_fold(0, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

//! The `format`s `validate()` checks while the value stays text, by the
//! name the runtime's `__private::format::Format` gives them.

/// A checked format: the runtime's variant name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Format(pub &'static str);

/// (`format` keyword value, runtime variant).
const CHECKED: [(&str, &str); 20] = [
    ("date-time", "DateTime"),
    ("date", "Date"),
    ("time", "Time"),
    ("duration", "Duration"),
    ("email", "Email"),
    ("idn-email", "IdnEmail"),
    ("hostname", "Hostname"),
    ("idn-hostname", "IdnHostname"),
    ("ipv4", "Ipv4"),
    ("ipv6", "Ipv6"),
    ("uri", "Uri"),
    ("uri-reference", "UriReference"),
    ("iri", "Iri"),
    ("iri-reference", "IriReference"),
    ("uri-template", "UriTemplate"),
    ("json-pointer", "JsonPointer"),
    ("relative-json-pointer", "RelativeJsonPointer"),
    ("uuid", "Uuid"),
    ("byte", "Byte"),
    ("regex", "Regex"),
];

/// The check for a `format` value; `None` for formats that are only
/// annotations (`password`, `int64` on a string, vendor formats).
pub fn checked(name: &str) -> Option<Format> {
    CHECKED
        .iter()
        .find(|(keyword, _)| *keyword == name)
        .map(|(_, variant)| Format(variant))
}

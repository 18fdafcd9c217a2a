//! Where an error is, carried out of values a union read from a buffer.
//!
//! A union that buffers part of the input (the keys before its tag, or a
//! value tried against several members) reads it from a `serde_json::Value`,
//! out of sight of the caller's path tracking. Its errors say where they
//! are in that value as a prefix of the message, "at `key.inner[0]`: ...",
//! readable as it stands, and merged into the full path by
//! [`crate::from_str`] and its siblings.

use std::fmt::Display;

/// "at `{path}`: {message}", nested prefixes merged into one path.
pub fn at(path: &str, message: &dyn Display) -> String {
    let message = message.to_string();
    let (inner, rest) = split(&message);
    let path = match inner {
        Some(inner) => join(path, inner),
        None => path.to_owned(),
    };
    if path.is_empty() {
        rest.to_owned()
    } else {
        format!("at `{path}`: {rest}")
    }
}

/// The path a message starts with, if any, and the rest of it.
pub fn split(message: &str) -> (Option<&str>, &str) {
    message
        .strip_prefix("at `")
        .and_then(|rest| rest.split_once("`: "))
        .map_or((None, message), |(path, rest)| (Some(path), rest))
}

/// `a` then `b`: `a.b`, or `a[0]` when `b` is an index.
pub fn join(a: &str, b: &str) -> String {
    match (a, b) {
        ("", b) => b.to_owned(),
        (a, "") => a.to_owned(),
        (a, b) if b.starts_with('[') => format!("{a}{b}"),
        (a, b) => format!("{a}.{b}"),
    }
}

/// A tracked path as text (`""` for the value itself).
pub fn text(path: &serde_path_to_error::Path) -> String {
    if path.iter().next().is_none() {
        String::new()
    } else {
        path.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{at, join, split};

    #[test]
    fn prefixes_merge_into_one_path() {
        assert_eq!(at("a", &"boom"), "at `a`: boom");
        assert_eq!(at("a", &"at `b[0]`: boom"), "at `a.b[0]`: boom");
        assert_eq!(at("", &"boom"), "boom");
        assert_eq!(split("at `x.y`: boom"), (Some("x.y"), "boom"));
        assert_eq!(split("boom"), (None, "boom"));
        assert_eq!(join("a", "[1]"), "a[1]");
    }
}

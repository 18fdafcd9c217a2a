//! Rust types named in the options (or by a spec's `x-rust-type`), checked
//! before they are pasted into generated code.
//!
//! A small parser of its own rather than syn's: the generator runs on a
//! thread of its own inside the proc-macro, where `proc_macro2` (which
//! syn's parser builds on) would call the compiler's API and panic.

use std::fmt;

/// A type path with generic arguments (`::chrono::DateTime<::chrono::Utc>`,
/// `crate::Money`), kept in a canonical spelling.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RustType(String);

impl RustType {
    /// A path to a type, with generic arguments (themselves type paths) if
    /// any.
    pub fn parse(text: &str) -> Result<RustType, String> {
        let mut parser = Parser::new(text);
        match parser.path(true).filter(|_| parser.at_end()) {
            Some(path) => Ok(RustType(path)),
            None => Err(format!(
                "`{text}` is not a Rust type path (expected something like `::chrono::NaiveDate` or `crate::Money`)"
            )),
        }
    }

    /// A path without generic arguments (a derive macro's).
    pub fn parse_plain_path(text: &str) -> Option<RustType> {
        let mut parser = Parser::new(text);
        parser.path(false).filter(|_| parser.at_end()).map(RustType)
    }

    /// The path's segments (`["core", "cmp", "Eq"]`).
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0
            .split('<')
            .next()
            .unwrap_or_default()
            .split("::")
            .filter(|s| !s.is_empty())
    }

    /// As pasted into generated code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RustType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

struct Parser<'t> {
    rest: &'t str,
}

/// Raw identifiers that `r#` cannot make (`r#crate`).
fn is_unraw_keyword(word: &str) -> bool {
    matches!(word, "r#crate" | "r#self" | "r#Self" | "r#super" | "r#_")
}

impl<'t> Parser<'t> {
    fn new(text: &'t str) -> Parser<'t> {
        Parser { rest: text }
    }

    fn at_end(&mut self) -> bool {
        self.rest.trim().is_empty()
    }

    fn eat(&mut self, token: &str) -> bool {
        self.rest = self.rest.trim_start();
        match self.rest.strip_prefix(token) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    /// `[::]segment(::segment)*`, each segment with `<args>` if `generics`;
    /// the canonical spelling.
    fn path(&mut self, generics: bool) -> Option<String> {
        let mut out = String::new();
        let absolute = self.eat("::");
        if absolute {
            out.push_str("::");
        }
        let mut previous: Option<&str> = None;
        loop {
            let word = self.ident()?;
            // `crate`, `self` and `Self` start a relative path; `super`
            // starts one or follows `self` or `super`.
            let allowed = match word {
                "crate" | "self" | "Self" => previous.is_none() && !absolute,
                "super" => !absolute && matches!(previous, None | Some("self" | "super")),
                _ => !crate::naming::is_keyword(word) && !is_unraw_keyword(word),
            };
            if !allowed {
                return None;
            }
            out.push_str(word);
            previous = Some(word);
            // `Vec::<u8>` and `Vec<u8>` alike.
            let turbofish = self.rest.trim_start().starts_with("::<");
            if turbofish {
                self.eat("::");
            }
            if generics && self.eat("<") {
                let mut args = Vec::new();
                loop {
                    args.push(self.path(true)?);
                    if !self.eat(",") || self.rest.trim_start().starts_with('>') {
                        break;
                    }
                }
                if !self.eat(">") {
                    return None;
                }
                out.push('<');
                out.push_str(&args.join(", "));
                out.push('>');
                // Only the last segment of a type takes arguments here.
                return Some(out);
            }
            if turbofish || !self.eat("::") {
                // A path ending in a module keyword names no type.
                let names_a_type = !matches!(word, "crate" | "self" | "super");
                return (!turbofish && names_a_type).then_some(out);
            }
            out.push_str("::");
        }
    }

    /// An identifier, raw (`r#type`) or not.
    fn ident(&mut self) -> Option<&'t str> {
        self.rest = self.rest.trim_start();
        let raw = self.rest.starts_with("r#");
        let start = if raw { 2 } else { 0 };
        let body = &self.rest[start..];
        let len = body
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_'))
            .map_or(body.len(), |(i, _)| i);
        let word = &body[..len];
        let valid = word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') && word != "_";
        if !valid {
            return None;
        }
        let taken = &self.rest[..start + len];
        self.rest = &self.rest[start + len..];
        Some(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::RustType;

    #[test]
    fn type_paths_are_taken_in_a_canonical_spelling() {
        for (text, canonical) in [
            ("crate::Money", "crate::Money"),
            (
                " :: chrono :: DateTime < :: chrono :: FixedOffset > ",
                "::chrono::DateTime<::chrono::FixedOffset>",
            ),
            (
                "std::collections::HashMap<String,Vec<u8>,>",
                "std::collections::HashMap<String, Vec<u8>>",
            ),
            ("Vec::<u8>", "Vec<u8>"),
            ("super::super::Money", "super::super::Money"),
            ("r#type::X", "r#type::X"),
        ] {
            assert_eq!(
                RustType::parse(text).map(|t| t.to_string()),
                Ok(canonical.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for text in [
            "",
            "::",
            "crate::",
            "not a type",
            "Vec<u8",
            "Vec<>",
            "a::fn",
            "x::crate",
            "&str",
            "(A, B)",
            "Money; fn evil() {}",
            "a::b<c>::d",
            "1abc",
            "_",
        ] {
            assert!(RustType::parse(text).is_err(), "{text}");
        }
        assert!(RustType::parse_plain_path("serde::Serialize").is_some());
        assert!(RustType::parse_plain_path("Vec<u8>").is_none());
    }
}

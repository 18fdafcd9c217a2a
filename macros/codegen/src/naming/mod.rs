//! Every Rust identifier the generator makes comes from here.
//!
//! Names from the spec are kept when they are already good Rust names
//! (`OpenAIConversation`, `tool_calls`); otherwise they are transliterated
//! to ASCII and recased. Keywords become raw identifiers (`r#type`), except
//! those that cannot be raw (`self`, `Self`, `super`, `crate`, `_`), which
//! take a suffix.
//!
//! An [`Ident`] can only be built here, so every name in the model is a
//! valid identifier by construction; text from outside (a `crate = "..."`
//! path) is checked by [`RuntimePath::parse`] and refused with a message.

mod case;
pub mod hints;
mod scope;

use std::fmt;

pub use scope::{shares_affix, Scope};

/// A Rust identifier, possibly raw (`r#type`). Only this module makes
/// them, and only valid ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ident(String);

impl Ident {
    /// As written in code (`r#type`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Without a raw prefix: what serde and messages see (`type`).
    pub fn unraw(&self) -> &str {
        self.0.strip_prefix("r#").unwrap_or(&self.0)
    }
}

impl fmt::Display for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Ident {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Ident {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// The path by which generated code names the runtime crate
/// (`::openapi_models`, `crate::rt`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimePath(String);

impl RuntimePath {
    /// A path of identifiers, optionally starting with `::`; anything else
    /// (which would be pasted into the generated code) is refused.
    pub fn parse(text: &str) -> Result<RuntimePath, String> {
        let text = text.trim();
        let segments = text.strip_prefix("::").unwrap_or(text);
        let valid = !segments.is_empty()
            && segments.split("::").all(|segment| {
                let (raw, word) = match segment.strip_prefix("r#") {
                    Some(word) => (true, word),
                    None => (false, segment),
                };
                let lexes = word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && word != "_";
                let path_keyword = ["crate", "self", "super", "Self"].contains(&word);
                lexes
                    && if raw {
                        !NOT_RAW.contains(&word)
                    } else {
                        path_keyword || !is_keyword(word)
                    }
            });
        if valid {
            Ok(RuntimePath(text.to_owned()))
        } else {
            Err(format!(
                "`{text}` is not a path to a crate or module (expected something like `::openapi_models` or `crate::models`)"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for RuntimePath {
    fn default() -> Self {
        RuntimePath("::openapi_models".to_owned())
    }
}

impl fmt::Display for RuntimePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "union", "_",
];

/// Keywords that `r#` cannot escape.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// A type name from a spec name: kept when it is a valid UpperCamelCase
/// ASCII identifier, recased otherwise.
pub fn type_name(raw: &str) -> Ident {
    if is_good_type_name(raw) {
        return Ident(raw.to_owned());
    }
    let camel = case::upper_camel(&ascii(raw));
    Ident(finish_camel(camel, "Type"))
}

/// An enum variant name for a literal value or union member.
pub fn variant_name(raw: &str) -> Ident {
    if raw.is_empty() {
        return Ident("Empty".to_owned());
    }
    if is_good_type_name(raw) {
        return Ident(raw.to_owned());
    }
    let camel = case::upper_camel(&ascii(raw));
    Ident(finish_camel(camel, "Value"))
}

/// A variant name that spells out punctuation, used when plain recasing
/// makes two values collide (`a-b` / `a_b` → `AMinusB` / `AUnderscoreB`).
pub fn spelled_variant_name(raw: &str) -> Ident {
    if raw.is_empty() {
        return Ident("Empty".to_owned());
    }
    let mut words = String::new();
    let mut word = String::new();
    for c in ascii(raw).chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            words.push_str(&case::upper_camel(&word));
            word.clear();
        }
        words.push_str(symbol_word(c));
    }
    if !word.is_empty() {
        // Keep digits and letters of the last run as written, recased.
        words.push_str(&case::upper_camel(&word));
    }
    Ident(finish_camel(words, "Value"))
}

/// A snake_case field name (possibly raw: `r#type`).
pub fn field_name(raw: &str) -> Ident {
    let snake = if is_good_field_name(raw) {
        raw.to_owned()
    } else {
        case::snake(&ascii(raw))
    };
    let snake = if snake.is_empty() {
        "field".to_owned()
    } else if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    };
    Ident(if NOT_RAW.contains(&snake.as_str()) {
        format!("{snake}_")
    } else if is_keyword(&snake) {
        format!("r#{snake}")
    } else {
        snake
    })
}

/// The map field holding a struct's undeclared keys.
pub fn additional_field() -> Ident {
    Ident("additional_properties".to_owned())
}

/// The catch-all variant of an open enum.
pub fn other_variant() -> Ident {
    Ident("Other".to_owned())
}

/// The field holding a struct's `n`th union of its own keys (`variant`,
/// `variant2`, ...).
pub fn flattened_field(n: usize) -> Ident {
    Ident(match n {
        0 => "variant".to_owned(),
        n => format!("variant{}", n + 1),
    })
}

/// `fn <field>_or_default(&self)`: the field's value or the spec's default.
pub fn default_accessor(field: &Ident) -> Ident {
    Ident(format!("{}_or_default", field.unraw()))
}

/// `fn with_<field>(self, value) -> Self`: sets the field.
pub fn setter(field: &Ident) -> Ident {
    Ident(format!("with_{}", field.unraw()))
}

fn is_good_type_name(raw: &str) -> bool {
    let mut chars = raw.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // Fully capitalized names of three or more letters trip clippy's
    // `upper_case_acronyms` on items that are not exported.
    let shouting = raw.len() > 2 && !raw.chars().any(|c| c.is_ascii_lowercase());
    first.is_ascii_uppercase()
        && raw.chars().all(|c| c.is_ascii_alphanumeric())
        && raw != "Self"
        && !shouting
}

fn is_good_field_name(raw: &str) -> bool {
    raw.starts_with(|c: char| c.is_ascii_lowercase())
        && raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !raw.contains("__")
        && !raw.ends_with('_')
}

/// Finishes an UpperCamelCase candidate: never empty, never starting with a
/// digit, never `Self`.
fn finish_camel(camel: String, prefix: &str) -> String {
    if camel.is_empty() {
        return prefix.to_owned();
    }
    if camel.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("{}{camel}", &prefix[..1]);
    }
    if camel == "Self" {
        return format!("Self{prefix}");
    }
    camel
}

/// ASCII transliteration (`café` → `cafe`, `東京` → `Dong Jing`), so that no
/// identifier trips the non-ASCII lints.
fn ascii(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.is_ascii() {
        return raw.into();
    }
    deunicode::deunicode_with_tofu(raw, " ").into()
}

fn symbol_word(c: char) -> &'static str {
    match c {
        '+' => "Plus",
        '-' => "Minus",
        '.' => "Dot",
        '_' => "Underscore",
        ' ' => "Space",
        '*' => "Star",
        '/' => "Slash",
        '\\' => "Backslash",
        '<' => "Lt",
        '>' => "Gt",
        '=' => "Eq",
        '!' => "Bang",
        '?' => "Question",
        '@' => "At",
        '#' => "Hash",
        '$' => "Dollar",
        '%' => "Percent",
        '&' => "Amp",
        '|' => "Pipe",
        '^' => "Caret",
        '~' => "Tilde",
        ':' => "Colon",
        ';' => "Semicolon",
        ',' => "Comma",
        '(' | ')' => "Paren",
        '[' | ']' => "Bracket",
        '{' | '}' => "Brace",
        '\'' | '"' | '`' => "Quote",
        _ => "Sym",
    }
}

/// Every string of up to `longest` characters of `alphabet`, shortest
/// first: inputs for tests that compare a fast path with the general one.
#[cfg(test)]
fn every_string(alphabet: &[char], longest: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..longest {
        last = last
            .iter()
            .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_names_are_kept() {
        assert_eq!(type_name("OpenAIConversation"), "OpenAIConversation");
        assert_eq!(type_name("ID"), "ID");
        assert_eq!(type_name("URL"), "Url");
        assert_eq!(field_name("tool_calls"), "tool_calls");
    }

    #[test]
    fn other_names_are_recased() {
        assert_eq!(type_name("pet_store"), "PetStore");
        assert_eq!(type_name("2fa-config"), "T2faConfig");
        assert_eq!(type_name("Self"), "SelfType");
        assert_eq!(type_name("self"), "SelfType");
        assert_eq!(type_name(""), "Type");
        assert_eq!(type_name("café"), "Cafe");
        assert_eq!(field_name("externalId"), "external_id");
        assert_eq!(
            field_name("sum_properties.userId"),
            "sum_properties_user_id"
        );
    }

    #[test]
    fn keywords_and_odd_field_names() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("crate"), "crate_");
        assert_eq!(field_name("$ref"), "r#ref");
        assert_eq!(field_name("@id"), "id");
        assert_eq!(field_name("+1"), "_1");
        assert_eq!(field_name(""), "field");
        assert_eq!(field_name("__proto__"), "proto");
    }

    #[test]
    fn variants() {
        assert_eq!(variant_name("image_url"), "ImageUrl");
        assert_eq!(variant_name("countDistinct"), "CountDistinct");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(spelled_variant_name("a-b"), "AMinusB");
        assert_eq!(spelled_variant_name("a_b"), "AUnderscoreB");
        assert_eq!(spelled_variant_name("+1"), "Plus1");
        assert_eq!(spelled_variant_name("-1"), "Minus1");
        assert_eq!(spelled_variant_name(""), "Empty");
    }

    #[test]
    fn runtime_paths() {
        for good in [
            "::x::y",
            "crate::rt",
            "openapi_models",
            "::a::r#type",
            " ::x ",
        ] {
            assert!(RuntimePath::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "::x; evil",
            "",
            "::",
            "a::",
            "a::type",
            "a b",
            "::r#self",
            "a::1",
        ] {
            assert!(RuntimePath::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(RuntimePath::default().as_str(), "::openapi_models");
    }
}

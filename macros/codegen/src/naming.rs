//! Every Rust identifier the generator makes comes from here.
//!
//! Names from the spec are kept when they are already good Rust names
//! (`OpenAIConversation`, `tool_calls`); otherwise they are transliterated
//! to ASCII and recased. Keywords become raw identifiers (`r#type`), except
//! those that cannot be raw (`self`, `Self`, `super`, `crate`, `_`), which
//! take a suffix.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

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
pub fn type_name(raw: &str) -> String {
    if is_good_type_name(raw) {
        return raw.to_owned();
    }
    let camel = ascii(raw).to_upper_camel_case();
    finish_camel(camel, "Type")
}

/// An enum variant name for a literal value or union member.
pub fn variant_name(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_owned();
    }
    if is_good_type_name(raw) {
        return raw.to_owned();
    }
    let camel = ascii(raw).to_upper_camel_case();
    finish_camel(camel, "Value")
}

/// A variant name that spells out punctuation, used when plain recasing
/// makes two values collide (`a-b` / `a_b` → `AMinusB` / `AUnderscoreB`).
pub fn spelled_variant_name(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_owned();
    }
    let mut words = String::new();
    let mut word = String::new();
    for c in ascii(raw).chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            words.push_str(&word.to_upper_camel_case());
            word.clear();
        }
        words.push_str(symbol_word(c));
    }
    if !word.is_empty() {
        // Keep digits and letters of the last run as written, recased.
        words.push_str(&word.to_upper_camel_case());
    }
    finish_camel(words, "Value")
}

/// A snake_case field name (possibly raw: `r#type`).
pub fn field_name(raw: &str) -> String {
    let snake = if is_good_field_name(raw) {
        raw.to_owned()
    } else {
        ascii(raw).to_snake_case()
    };
    let snake = if snake.is_empty() {
        "field".to_owned()
    } else if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    };
    if NOT_RAW.contains(&snake.as_str()) {
        format!("{snake}_")
    } else if is_keyword(&snake) {
        format!("r#{snake}")
    } else {
        snake
    }
}

/// The identifier text without a raw prefix (what serde sees as the name).
pub fn unraw(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// Names that are taken, for making new ones unique deterministically.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(unraw(name))
    }

    /// Takes `name`, or `name2`, `name3`, ... if it is taken.
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(unraw(&name).to_owned()) {
            return name;
        }
        let base = unraw(&name).to_owned();
        // A suffixed keyword is no longer a keyword, so the `r#` goes.
        let separator = if base.ends_with(|c: char| c.is_ascii_digit()) && base.contains('_') {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unused suffix exists")
    }
}

/// Would clippy's `enum_variant_names` fire? Over-approximates its rules:
/// a variant starting or ending with the enum's name, or (three or more
/// variants) all variants sharing their first or last camel-case word.
pub fn shares_affix(enum_name: &str, variants: &[&str]) -> bool {
    let enum_words = camel_words(enum_name);
    let words: Vec<Vec<&str>> = variants.iter().map(|v| camel_words(v)).collect();
    let repeats_enum = words.iter().any(|w| {
        w.len() > enum_words.len() && (w.starts_with(&enum_words) || w.ends_with(&enum_words))
    });
    if repeats_enum {
        return true;
    }
    if words.len() < 3 {
        return false;
    }
    let first = words[0].first();
    let last = words[0].last();
    words.iter().all(|w| w.first() == first) || words.iter().all(|w| w.last() == last)
}

/// `AssignUUIDUpdate` → `Assign`, `UUID`, `Update`.
fn camel_words(name: &str) -> Vec<&str> {
    let bytes = name.as_bytes();
    let mut words = Vec::new();
    let mut start = 0;
    for i in 1..bytes.len() {
        let after_lower = bytes[i].is_ascii_uppercase() && !bytes[i - 1].is_ascii_uppercase();
        let acronym_end = bytes[i].is_ascii_uppercase()
            && bytes[i - 1].is_ascii_uppercase()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
        if after_lower || acronym_end {
            words.push(&name[start..i]);
            start = i;
        }
    }
    if start < name.len() {
        words.push(&name[start..]);
    }
    words
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

/// The identifier for a name made by this module, checked. Never panics:
/// a name that is not an identifier (which the functions above never
/// produce) becomes `invalid_identifier`, so the generated code still
/// lexes.
pub fn ident(name: &str) -> String {
    let (raw, text) = match name.strip_prefix("r#") {
        Some(text) => (true, text),
        None => (false, name),
    };
    let valid = text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && text != "_";
    if !valid || (raw && NOT_RAW.contains(&text)) || (!raw && is_keyword(text)) {
        return "invalid_identifier".to_owned();
    }
    name.to_owned()
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
    fn scope_suffixes() {
        let mut scope = Scope::new();
        assert_eq!(scope.claim("Pet".into()), "Pet");
        assert_eq!(scope.claim("Pet".into()), "Pet2");
        assert_eq!(scope.claim("Pet".into()), "Pet3");
        assert_eq!(scope.claim("r#type".into()), "r#type");
        assert_eq!(scope.claim("r#type".into()), "type2");
        assert_eq!(scope.claim("v_1".into()), "v_1");
        assert_eq!(scope.claim("v_1".into()), "v_1_2");
    }

    #[test]
    fn identifiers_never_panic() {
        assert_eq!(ident("r#type"), "r#type");
        assert_eq!(ident("Pet"), "Pet");
        assert_eq!(ident("type"), "invalid_identifier");
        assert_eq!(ident("r#self"), "invalid_identifier");
        assert_eq!(ident("1a"), "invalid_identifier");
        assert_eq!(ident(""), "invalid_identifier");
    }

    #[test]
    fn affixes() {
        assert!(shares_affix(
            "Kind",
            &["CardPayment", "CardRefund", "CardFee"]
        ));
        assert!(shares_affix("Status", &["StatusActive", "Closed"]));
        assert!(!shares_affix("Role", &["System", "User", "Assistant"]));
        assert!(!shares_affix("T", &["CardPayment", "CardRefund"]));
        assert!(shares_affix(
            "T",
            &["AssignUUIDUpdate", "SetLocationUpdate", "AddUpdate"]
        ));
        assert_eq!(
            camel_words("AssignUUIDUpdate"),
            vec!["Assign", "UUID", "Update"]
        );
    }
}

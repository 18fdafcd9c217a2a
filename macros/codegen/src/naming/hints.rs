//! Names for types the spec does not name: from the parent and property
//! (`OpenAIConversation` + `visibility`), from an informative `title`, or
//! from where a referenced schema sits in the document.
//!
//! A hint is text, not yet a name: it becomes one through
//! [`type_name`](super::type_name) or [`variant_name`](super::variant_name).

use super::Ident;
use crate::load::pointer;

/// The name for an inline schema: its `title` when that says more than the
/// parent + property hint, the hint otherwise.
pub fn inline_name(title: Option<&str>, hint: &str) -> Ident {
    match title {
        Some(title) if !restates(title, hint) && !title.trim().is_empty() => {
            super::type_name(title)
        }
        _ => super::type_name(hint),
    }
}

/// Whether `title` only repeats (the end of) `name`, as code-first
/// frameworks do with `"title": "Created At"` on `created_at`.
pub fn restates(title: &str, name: &str) -> bool {
    if title.is_ascii() && name.is_ascii() {
        restates_ascii(title, name)
    } else {
        restates_any(title, name)
    }
}

/// [`restates`] for ASCII text (most names), without copying either: both
/// compared from the end, letters and digits only, case ignored.
fn restates_ascii(title: &str, name: &str) -> bool {
    let mut title = title.bytes().rev().filter(u8::is_ascii_alphanumeric);
    let mut name = name.bytes().rev().filter(u8::is_ascii_alphanumeric);
    let mut any = false;
    loop {
        match (title.next(), name.next()) {
            (None, _) => return any,
            (Some(t), Some(n)) if t.eq_ignore_ascii_case(&n) => any = true,
            _ => return false,
        }
    }
}

fn restates_any(title: &str, name: &str) -> bool {
    let normal = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let title = normal(title);
    !title.is_empty() && normal(name).ends_with(&title)
}

/// A property name in UpperCamelCase, for [`joined`].
pub fn camel(property: &str) -> String {
    super::case::upper_camel(property)
}

/// `Parent` + `property` in UpperCamelCase.
pub fn child(parent: &str, property: &str) -> String {
    joined(parent, &camel(property))
}

/// `Parent` + a property name already in UpperCamelCase ([`camel`]).
pub fn joined(parent: &str, property: &str) -> String {
    if property.is_empty() {
        format!("{parent}Property")
    } else {
        format!("{parent}{property}")
    }
}

/// A member of a union (`Union` + `Member`).
pub fn member(union: &str, member: &Ident) -> String {
    format!("{union}{member}")
}

/// The values of a map (`OwnerValue`).
pub fn map_value(owner: &str) -> String {
    format!("{owner}Value")
}

/// The `n`th of a list of schemas without names of their own
/// (`prefixItems`, a struct's unions).
pub fn indexed(hint: &str, n: usize) -> String {
    format!("{hint}{n}")
}

/// A union of a struct's own keys (`OwnerVariant`, `OwnerVariant2`, ...).
pub fn flattened(owner: &str, n: usize) -> String {
    match n {
        0 => format!("{owner}Variant"),
        n => format!("{owner}Variant{}", n + 1),
    }
}

/// A hint for the schema at `pointer` (in `file`) reached by `$ref`:
/// `#/components/responses/Error/content/application~1json/schema` → `Error`,
/// `#/components/schemas/A/properties/b` → `AB`, a whole file → its stem.
/// `component` names the schemas at pointers that are components.
pub fn for_pointer(
    pointer: &str,
    file: &std::path::Path,
    component: impl Fn(&str) -> Option<Ident>,
) -> String {
    let segments = pointer::segments(pointer);
    // The longest prefix that is a component already has a Rust name.
    let mut name = String::new();
    let mut rest = &segments[..];
    for end in (1..=segments.len()).rev() {
        let prefix = segments[..end]
            .iter()
            .fold(String::new(), |p, s| pointer::push(&p, s));
        if let Some(ident) = component(&prefix) {
            name = ident.to_string();
            rest = &segments[end..];
            break;
        }
    }
    let mut i = 0;
    while i < rest.len() {
        let segment = rest[i].as_str();
        let next = rest.get(i + 1).map(String::as_str);
        match (segment, next) {
            (
                "components" | "definitions" | "$defs" | "schemas" | "schema" | "content" | "paths"
                | "responses" | "requestBodies" | "parameters" | "headers",
                _,
            ) => {}
            ("properties" | "patternProperties", Some(property)) => {
                name = child(&name, property);
                i += 1;
            }
            ("items", _) => name.push_str("Item"),
            ("additionalProperties", _) => name.push_str("Value"),
            ("allOf", Some(_)) => i += 1,
            ("anyOf" | "oneOf" | "prefixItems", Some(index)) => {
                name.push_str("Variant");
                name.push_str(index);
                i += 1;
            }
            (segment, _) if segment.contains('/') => {}
            (segment, _) => name = child(&name, segment),
        }
        i += 1;
    }
    if name.is_empty() {
        name = file
            .file_stem()
            .map(|stem| super::case::upper_camel(&stem.to_string_lossy()))
            .unwrap_or_default();
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restates_ascii_agrees_with_the_general_test() {
        let alphabet = ['a', 'B', 'b', '1', ' ', '_'];
        let strings = |longest| super::super::every_string(&alphabet, longest);
        let names = strings(4);
        for title in strings(3) {
            for name in &names {
                assert_eq!(
                    restates_ascii(&title, name),
                    restates_any(&title, name),
                    "{title:?} {name:?}"
                );
            }
        }
    }

    #[test]
    fn restating_titles() {
        assert!(restates("Created At", "FlowRunCreatedAt"));
        assert!(restates("State", "FlowRunCreateState"));
        assert!(!restates(
            "ConversationsResultItem",
            "QueryConversationsResponseDataResultItem"
        ));
    }

    #[test]
    fn child_names() {
        assert_eq!(
            child("OpenAIConversation", "visibility"),
            "OpenAIConversationVisibility"
        );
        assert_eq!(child("A", "tool_calls"), "AToolCalls");
        assert_eq!(child("A", "$"), "AProperty");
    }
}

//! Parameters on the wire: OpenAPI's `style` and `explode` for path,
//! query and header values, percent-encoded.
//!
//! `matrix`, `label`, `simple` and `form` are RFC 6570's expansions (`{;x}`,
//! `{.x}`, `{x}`, `{?x}`), which the OpenAPI specification names as their
//! definition; `spaceDelimited`, `pipeDelimited` and `deepObject` follow
//! the specification's table of examples. A value is taken as the JSON its
//! model writes: text, numbers and booleans are primitives, arrays lists,
//! objects pairs; `null`, an empty list and an empty object are undefined
//! and write nothing (RFC 6570, 2.3).

use std::fmt::{self, Write};

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Serialize;

/// How a parameter is written (the Parameter Object's `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `;color=blue` (path).
    Matrix,
    /// `.blue` (path).
    Label,
    /// `color=blue` (query, cookie).
    Form,
    /// `blue` (path, header).
    Simple,
    /// `color=blue%20black` (query arrays).
    SpaceDelimited,
    /// `color=blue|black` (query arrays).
    PipeDelimited,
    /// `color[R]=100` (query objects).
    DeepObject,
}

/// A value a style cannot write (a list of lists, an object inside a
/// `deepObject`), or one that does not serialize.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    name: String,
    message: String,
}

impl ParamError {
    fn new(name: &str, message: impl Into<String>) -> Self {
        ParamError {
            name: name.to_owned(),
            message: message.into(),
        }
    }

    /// The parameter's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "parameter `{}`: {}", self.name, self.message)
    }
}

impl std::error::Error for ParamError {}

/// A value as the styles see it.
enum Shape {
    Undefined,
    Primitive(String),
    List(Vec<String>),
    Pairs(Vec<(String, String)>),
}

/// Through JSON text into a tree that keeps keys in the order written:
/// `serde_json::Value` sorts them unless a crate in the build turns on its
/// `preserve_order` feature.
fn tree(name: &str, value: &impl Serialize) -> Result<Tree, ParamError> {
    let error = |e: serde_json::Error| ParamError::new(name, e.to_string());
    let text = serde_json::to_string(value).map_err(error)?;
    serde_json::from_str(&text).map_err(error)
}

fn shape(name: &str, value: &impl Serialize) -> Result<Shape, ParamError> {
    let tree = tree(name, value)?;
    let primitive = |tree: Tree| -> Result<String, ParamError> {
        match tree {
            Tree::Primitive(text) => Ok(text),
            Tree::Null => Ok(String::new()),
            _ => Err(ParamError::new(
                name,
                "a style writes lists and objects of primitives only",
            )),
        }
    };
    Ok(match tree {
        Tree::Null => Shape::Undefined,
        Tree::List(items) if items.is_empty() => Shape::Undefined,
        Tree::Object(entries) if entries.is_empty() => Shape::Undefined,
        Tree::List(items) => {
            Shape::List(items.into_iter().map(primitive).collect::<Result<_, _>>()?)
        }
        Tree::Object(entries) => Shape::Pairs(
            entries
                .into_iter()
                .map(|(k, v)| Ok((k, primitive(v)?)))
                .collect::<Result<_, ParamError>>()?,
        ),
        Tree::Primitive(text) => Shape::Primitive(text),
    })
}

/// JSON with object keys in document order; primitives as their text.
enum Tree {
    Null,
    Primitive(String),
    List(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TreeVisitor;

        impl<'de> Visitor<'de> for TreeVisitor {
            type Value = Tree;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("JSON")
            }

            fn visit_unit<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }

            fn visit_bool<E>(self, value: bool) -> Result<Tree, E> {
                Ok(Tree::Primitive(value.to_string()))
            }

            fn visit_i64<E>(self, value: i64) -> Result<Tree, E> {
                Ok(Tree::Primitive(value.to_string()))
            }

            fn visit_u64<E>(self, value: u64) -> Result<Tree, E> {
                Ok(Tree::Primitive(value.to_string()))
            }

            fn visit_f64<E>(self, value: f64) -> Result<Tree, E> {
                Ok(Tree::Primitive(
                    serde_json::Number::from_f64(value).map_or_else(String::new, |n| n.to_string()),
                ))
            }

            fn visit_str<E>(self, value: &str) -> Result<Tree, E> {
                Ok(Tree::Primitive(value.to_owned()))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Tree::List(items))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Tree::Object(entries))
            }
        }

        deserializer.deserialize_any(TreeVisitor)
    }
}

/// Percent-encodes all but RFC 3986's unreserved characters, or also
/// leaves its reserved ones (`allowReserved`).
fn encode(out: &mut String, text: &str, allow_reserved: bool) {
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~')
            || (allow_reserved && b":/?#[]@!$&'()*+,;=".contains(&byte));
        if keep {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

fn encoded(text: &str, allow_reserved: bool) -> String {
    let mut out = String::with_capacity(text.len());
    encode(&mut out, text, allow_reserved);
    out
}

/// A path parameter (`matrix`, `label` or `simple`), to put in place of
/// `{name}` in the path template.
pub fn path(
    name: &str,
    value: &impl Serialize,
    style: Style,
    explode: bool,
) -> Result<String, ParamError> {
    let e = |text: &str| encoded(text, false);
    let n = e(name);
    // `;name=value`, or `;name` for an empty value (RFC 6570, 3.2.7).
    let named = |key: &str, value: &str, out: &mut String| {
        out.push(';');
        out.push_str(key);
        if !value.is_empty() {
            out.push('=');
            out.push_str(value);
        }
    };
    let mut out = String::new();
    match (style, shape(name, value)?) {
        (_, Shape::Undefined) => {}
        (Style::Matrix, Shape::Primitive(v)) => named(&n, &e(&v), &mut out),
        (Style::Matrix, Shape::List(items)) if explode => {
            for item in items {
                named(&n, &e(&item), &mut out);
            }
        }
        (Style::Matrix, Shape::List(items)) => named(&n, &joined(&items, ",", e), &mut out),
        (Style::Matrix, Shape::Pairs(pairs)) if explode => {
            for (k, v) in pairs {
                named(&e(&k), &e(&v), &mut out);
            }
        }
        (Style::Matrix, Shape::Pairs(pairs)) => named(&n, &flat(&pairs, ",", e), &mut out),
        (Style::Label, shape) => {
            out.push('.');
            out.push_str(&simple(shape, explode, if explode { "." } else { "," }));
        }
        (Style::Simple, shape) => out.push_str(&simple(shape, explode, ",")),
        (style, _) => {
            return Err(ParamError::new(
                name,
                format!("`{style:?}` is not a style of path parameters"),
            ))
        }
    }
    Ok(out)
}

/// `simple` (and `label` after its dot): items joined by `separator`,
/// pairs as `k,v` or, exploded, `k=v`.
fn simple(shape: Shape, explode: bool, separator: &str) -> String {
    let e = |text: &str| encoded(text, false);
    match shape {
        Shape::Undefined => String::new(),
        Shape::Primitive(v) => e(&v),
        Shape::List(items) => joined(&items, separator, e),
        Shape::Pairs(pairs) if explode => pairs
            .iter()
            .map(|(k, v)| format!("{}={}", e(k), e(v)))
            .collect::<Vec<_>>()
            .join(separator),
        Shape::Pairs(pairs) => flat(&pairs, separator, e),
    }
}

fn joined(items: &[String], separator: &str, e: impl Fn(&str) -> String) -> String {
    items
        .iter()
        .map(|i| e(i))
        .collect::<Vec<_>>()
        .join(separator)
}

/// Pairs flattened to `k,v,k,v`.
fn flat(pairs: &[(String, String)], separator: &str, e: impl Fn(&str) -> String) -> String {
    pairs
        .iter()
        .flat_map(|(k, v)| [e(k), e(v)])
        .collect::<Vec<_>>()
        .join(separator)
}

/// A query parameter: appends its `key=value` pairs to `query` (joined by
/// `&`, without the leading `?`).
pub fn query(
    query: &mut String,
    name: &str,
    value: &impl Serialize,
    style: Style,
    explode: bool,
    allow_reserved: bool,
) -> Result<(), ParamError> {
    let e = |text: &str| encoded(text, allow_reserved);
    let mut pair = |key: &str, value: &str| {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(key);
        query.push('=');
        query.push_str(value);
    };
    let n = e(name);
    let delimiter = match style {
        Style::Form => ",",
        Style::SpaceDelimited => "%20",
        // As the specification's table writes it.
        Style::PipeDelimited => "|",
        Style::DeepObject => "",
        style => {
            return Err(ParamError::new(
                name,
                format!("`{style:?}` is not a style of query parameters"),
            ))
        }
    };
    match (style, shape(name, value)?) {
        (_, Shape::Undefined) => {}
        (Style::DeepObject, Shape::Pairs(pairs)) => {
            for (k, v) in pairs {
                pair(&format!("{n}[{}]", e(&k)), &e(&v));
            }
        }
        (Style::DeepObject, _) => {
            return Err(ParamError::new(name, "`deepObject` writes objects only"));
        }
        (_, Shape::Primitive(v)) => pair(&n, &e(&v)),
        (_, Shape::List(items)) if explode => {
            for item in items {
                pair(&n, &e(&item));
            }
        }
        (_, Shape::List(items)) => pair(&n, &joined(&items, delimiter, e)),
        (_, Shape::Pairs(pairs)) if explode => {
            for (k, v) in pairs {
                pair(&e(&k), &e(&v));
            }
        }
        (_, Shape::Pairs(pairs)) => pair(&n, &flat(&pairs, delimiter, e)),
    }
    Ok(())
}

/// A header value (`simple`, the only style of headers); not
/// percent-encoded, as headers are not URIs. `None` for an undefined value.
pub fn header(
    name: &str,
    value: &impl Serialize,
    explode: bool,
) -> Result<Option<String>, ParamError> {
    let raw = |text: &str| text.to_owned();
    Ok(match shape(name, value)? {
        Shape::Undefined => None,
        Shape::Primitive(v) => Some(v),
        Shape::List(items) => Some(joined(&items, ",", raw)),
        Shape::Pairs(pairs) if explode => Some(
            pairs
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(","),
        ),
        Shape::Pairs(pairs) => Some(flat(&pairs, ",", raw)),
    })
}

/// An `application/x-www-form-urlencoded` body: each field of the object
/// as `form` with `explode` (a list of values repeats its key), an object
/// inside it in `deepObject` brackets (`metadata[plan]=pro`, deeper
/// `a[b][c]=d`, a list there by index: `items[0][price]=p`), as OpenAPI's
/// defaults for form bodies and the APIs that nest (Stripe's) write them.
/// `null` and absent fields are left out.
pub fn form(body: &impl Serialize) -> Result<String, ParamError> {
    let Tree::Object(fields) = tree("body", body)? else {
        return Err(ParamError::new("body", "a form body is an object"));
    };
    let mut out = String::new();
    for (key, value) in fields {
        form_field(&mut out, &encoded(&key, false), value, true);
    }
    Ok(out)
}

fn form_field(out: &mut String, key: &str, value: Tree, top: bool) {
    match value {
        Tree::Null => {}
        Tree::Primitive(text) => {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            encode(out, &text, false);
        }
        Tree::List(items) => {
            for (index, item) in items.into_iter().enumerate() {
                match item {
                    // `form` + `explode` at the top: the key again.
                    Tree::Primitive(_) | Tree::Null if top => form_field(out, key, item, false),
                    item => form_field(out, &format!("{key}[{index}]"), item, false),
                }
            }
        }
        Tree::Object(entries) => {
            for (name, item) in entries {
                let key = format!("{key}[{}]", encoded(&name, false));
                form_field(out, &key, item, false);
            }
        }
    }
}

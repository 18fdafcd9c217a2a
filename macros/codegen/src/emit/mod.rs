//! Emit stage: the intermediate model to Rust source. Nothing is decided
//! here; every choice was made in the model.
//!
//! The code is written as text (the macro hands it to the compiler in one
//! piece): building it token by token costs several times more than the
//! rest of the generator on large specs. Identifiers are `naming::Ident`s,
//! literals come from [`string`], so the text always lexes; the shapes
//! every item shares (headers, derives, impl blocks, the `__` locals) are
//! in `writer`.
//!
//! Generated code names everything by absolute path (`::core::option::Option`,
//! the runtime's re-exported serde), so schemas called `Option`, `String` or
//! `Result` cannot shadow what it relies on; the macro's output writes the
//! most used of those paths as the runtime's `__` names for them
//! (`paths.rs`), which no generated name can take either.

mod construction;
mod enums;
mod operations;
mod paths;
mod structs;
mod unions;
mod validate;
mod writer;

use std::fmt::Write;

use crate::ir::{Alias, IntKind, Model, Ty, TyUse, TypeDef, TypeKind};
use crate::naming::RuntimePath;

pub struct Emitter<'m> {
    pub model: &'m Model,
    /// The runtime crate, e.g. `::openapi_models` (`__om` in the macro's
    /// output, `paths.rs`).
    pub rt: String,
    /// Its `__private` module (`__rt`).
    pub pr: String,
    /// How std's items are named.
    pub p: &'static paths::Paths,
    /// Printing the `operations` module: the other types are `super::`.
    inside_operations: std::cell::Cell<bool>,
    /// `Options::readable`: docs a line each, every impl written out.
    readable: bool,
}

/// The generated items for a model, as Rust source.
pub fn emit(model: &Model, runtime: &RuntimePath, readable: bool) -> String {
    let runtime = runtime.to_string();
    let (rt, pr, p) = if readable {
        let pr = format!("{runtime}::__private");
        (runtime.clone(), pr, &paths::ABSOLUTE)
    } else {
        let rt = paths::RUNTIME.to_owned();
        (rt, paths::PRIVATE.to_owned(), &paths::SHORT)
    };
    let emitter = Emitter {
        model,
        rt,
        pr,
        p,
        inside_operations: std::cell::Cell::new(false),
        readable,
    };
    let mut out = String::with_capacity(model.types.len() * 2048);
    // The short names, where the items that use them are.
    let names = if readable {
        String::new()
    } else {
        format!("#[allow(unused_imports)] use {runtime}::__private::names::*;\n")
    };
    out.push_str(&names);
    let item = |out: &mut String, def: &TypeDef| match &def.kind {
        TypeKind::Struct(s) => emitter.structure(out, def, s),
        TypeKind::Enum(e) => emitter.enumeration(out, def, e),
        TypeKind::Union(u) => emitter.union(out, def, u),
        TypeKind::Alias(a) => emitter.alias(out, def, a),
    };
    for def in model.types.iter().filter(|def| !def.in_operations) {
        item(&mut out, def);
    }
    if !model.operations.is_empty() {
        open_operations(&mut out);
        out.push_str(&names);
        emitter.inside_operations.set(true);
        for def in model.types.iter().filter(|def| def.in_operations) {
            item(&mut out, def);
        }
        for op in &model.operations {
            emitter.operation(&mut out, op);
        }
        out.push_str("}\n");
    }
    out
}

/// The types of the operations live in `operations`; they name the
/// component models as `super::Name`.
fn open_operations(out: &mut String) {
    out.push_str(
        "#[doc = \" The requests and responses of the document's operations: parameters, bodies and the responses of each, by status.\"] \
         pub mod operations {\n",
    );
}

impl Emitter<'_> {
    fn alias(&self, out: &mut String, def: &TypeDef, alias: &Alias) {
        let p_from = self.p.from;
        let name = def.name.as_str();
        let target = self.nested(&alias.target);
        self.header(out, def);
        if !alias.newtype {
            let _ = writeln!(out, "pub type {name} = {target};");
            return;
        }
        let pr = &self.pr;
        let _ = writeln!(out, "pub struct {name}(pub {target});");
        self.serde_impls(
            out,
            def,
            &format!("{pr}::serde::Serialize::serialize(&self.0, __serializer)"),
            &format!(
                "<{target} as {pr}::serde::Deserialize>::deserialize(__deserializer).map({name})"
            ),
        );
        self.validate_newtype(out, def, alias);
        self.trait_impl(
            out,
            def,
            "",
            &format!("{p_from}<{target}>"),
            name,
            &format!("fn from(__value: {target}) -> Self {{ {name}(__value) }}"),
        );
        self.trait_impl(
            out,
            def,
            "",
            "::core::ops::Deref",
            name,
            &format!("type Target = {target}; fn deref(&self) -> &{target} {{ &self.0 }}"),
        );
    }

    /// A named type as the item being printed names it.
    pub fn type_path(&self, id: crate::ir::TypeId) -> String {
        let def = &self.model.types[id];
        match (self.inside_operations.get(), def.in_operations) {
            (true, false) => format!("super::{}", def.name),
            // A component that refers into `paths` (rare).
            (false, true) => format!("operations::{}", def.name),
            _ => def.name.to_string(),
        }
    }

    /// A type expression where `null` is `None` (items, values, variants).
    pub fn nested(&self, ty: &TyUse) -> String {
        let inner = self.boxed(ty);
        if ty.nullable {
            format!("{}<{inner}>", self.p.option)
        } else {
            inner
        }
    }

    /// The type, boxed when the model says so, without nullability.
    pub fn boxed(&self, ty: &TyUse) -> String {
        let base = self.base(&ty.ty);
        if ty.boxed {
            format!("{}<{base}>", self.p.boxed)
        } else {
            base
        }
    }

    pub fn base(&self, ty: &Ty) -> String {
        let rt = &self.rt;
        let p = self.p;
        match ty {
            Ty::Named(id) => self.type_path(*id),
            Ty::String => p.string.to_owned(),
            Ty::Foreign(path, args) if args.is_empty() => path.to_string(),
            Ty::Foreign(path, args) => {
                let args: Vec<String> = args.iter().map(|a| self.nested(a)).collect();
                format!("{path}<{}>", args.join(", "))
            }
            Ty::Integer(IntKind::I8) => p.i8.to_owned(),
            Ty::Integer(IntKind::I16) => p.i16.to_owned(),
            Ty::Integer(IntKind::I32) => p.i32.to_owned(),
            Ty::Integer(IntKind::I64) => p.i64.to_owned(),
            Ty::Integer(IntKind::U8) => p.u8.to_owned(),
            Ty::Integer(IntKind::U16) => p.u16.to_owned(),
            Ty::Integer(IntKind::U32) => p.u32.to_owned(),
            Ty::Integer(IntKind::U64) => p.u64.to_owned(),
            Ty::Integer(IntKind::Big) | Ty::Number => {
                format!("{rt}::Number")
            }
            Ty::Boolean => p.bool.to_owned(),
            Ty::Any => format!("{rt}::Value"),
            Ty::Null => "()".to_owned(),
            Ty::Array(item) => format!("{}<{}>", p.vec, self.nested(item)),
            Ty::Map(value) => format!("{}<{}, {}>", p.btree_map, p.string, self.nested(value)),
            Ty::Prefixed(..) => format!("{}<{rt}::Value>", p.vec),
            Ty::Tuple(members) => {
                let members: Vec<String> = members.iter().map(|m| self.nested(m)).collect();
                format!("({},)", members.join(", "))
            }
        }
    }
}

impl Emitter<'_> {
    /// An item's docs: a `///` comment per line, or (unless
    /// `readable`) one attribute for several lines.
    pub(super) fn docs(&self, out: &mut String, lines: &[String]) {
        // What rustc makes of `/// line`: the text after the slashes.
        let push = |text: &mut String, line: &str| {
            if !line.is_empty() {
                text.push(' ');
                text.push_str(line);
            }
        };
        if lines.len() > 1 && !self.readable {
            // The same text as the lines give, `doc` making each safe.
            let mut joined = String::with_capacity(lines.iter().map(|l| l.len() + 2).sum());
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    joined.push('\n');
                }
                push(&mut joined, line);
            }
            out.push_str("#[doc = ");
            push_string(out, &crate::docs::comment_safe(&joined));
            out.push_str("] ");
            return;
        }
        let mut text = String::new();
        for line in lines {
            text.clear();
            push(&mut text, line);
            doc(out, &text);
        }
    }
}

/// [`doc`] as a string.
pub fn doc_string(text: &str) -> String {
    let mut out = String::new();
    doc(&mut out, text);
    out
}

/// One line of docs, `text` as a comment can hold it
/// ([`crate::docs::comment_safe`]): a `///` comment (what rustc and syn
/// read as `#[doc = "text"]`, in fewer bytes and without escapes), or the
/// attribute, its text escaped, where a comment cannot hold the text as it
/// is: a line break or another control character, a character rustc
/// refuses raw (the text-direction ones: `text_direction_codepoint_in_comment`
/// is deny-by-default) or escapes in a literal, or a `/` that would turn
/// `///` into a plain comment.
pub fn doc(out: &mut String, text: &str) {
    let text = &*crate::docs::comment_safe(text);
    let plain = |c: char| match c {
        ' '..='~' | '\t' => true,
        _ => !c.is_ascii() && c.escape_debug().len() == 1,
    };
    let comment_safe = !text.starts_with('/') && (plain_ascii(text) || text.chars().all(plain));
    if comment_safe {
        out.push_str("///");
        out.push_str(text);
        out.push('\n');
    } else {
        out.push_str("#[doc = ");
        push_string(out, text);
        out.push_str("] ");
    }
}

/// Whether `text` is printable ASCII and tabs, which a comment holds as
/// it is. A loop by index: in the unoptimized build most macros run in,
/// `chars().all(...)` costs a decoding and a closure call per character.
fn plain_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' '..=b'~' | b'\t' => i += 1,
            _ => return false,
        }
    }
    true
}

/// A Rust string literal holding `text` exactly.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_string(&mut out, text);
    out
}

/// Appends [`string`]`(text)` to `out`, with no string of its own.
pub fn push_string(out: &mut String, text: &str) {
    // `Debug` escapes quotes, backslashes and control characters into
    // escapes Rust string literals accept. It is the standard library's
    // compiled code, fast also in the unoptimized build most macros run
    // in, where a loop of our own over the bytes is not.
    let _ = write!(out, "{text:?}");
}

/// A float literal (finite; JSON has no others).
pub fn float(value: f64) -> String {
    let text = format!("{value:?}");
    if text.contains(['.', 'e', 'E']) {
        text
    } else {
        format!("{text}.0")
    }
}

/// A JSON value as text (for docs).
pub fn json_text(value: &serde_json::Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_lex() {
        assert_eq!(string("a \"b\" \\ \n é"), r#""a \"b\" \\ \n é""#);
        assert_eq!(float(1.0), "1.0");
        assert_eq!(float(1.5), "1.5");
        assert_eq!(float(1e25), "1e25");
    }

    /// A doc line reads back as the same `#[doc]` text (what a comment can
    /// hold raw), whichever form it is written in.
    #[test]
    fn doc_lines_read_back_exactly() {
        for text in [
            "",
            " plain `code` \"quoted\" \\ é",
            "/ a slash first",
            " a\rcarriage return",
            " a bell \u{7}",
            " a text-direction override \u{202e} here",
            " a combining accent e\u{301}",
            "\ttab first",
        ] {
            let read = doc_texts(&format!("{}struct S;", doc_string(text)));
            assert_eq!(read, [crate::docs::comment_safe(text)]);
        }
        assert_eq!(doc_string(" short"), "/// short\n");
    }

    /// The doc texts of `code`'s first item, one per attribute.
    fn doc_texts(code: &str) -> Vec<String> {
        let item: syn::ItemStruct = syn::parse_str(code).expect(code);
        item.attrs
            .iter()
            .map(|attr| match &attr.meta {
                syn::Meta::NameValue(syn::MetaNameValue {
                    value:
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(text),
                            ..
                        }),
                    ..
                }) => text.value(),
                _ => panic!("not a doc: {code}"),
            })
            .collect()
    }

    /// Joined, a doc is one attribute holding the lines a `///` per line
    /// gives, joined by line breaks (as rustdoc joins them).
    #[test]
    fn joined_docs_are_the_lines_joined() {
        let model = Model::default();
        let lines: Vec<String> = ["First \"line\".", "", "`wire` on the wire: required."]
            .map(String::from)
            .into();
        let docs = |readable| {
            let emitter = Emitter {
                model: &model,
                rt: "::rt".to_owned(),
                pr: "::rt::__private".to_owned(),
                p: &paths::ABSOLUTE,
                inside_operations: std::cell::Cell::new(false),
                readable,
            };
            let mut out = String::new();
            emitter.docs(&mut out, &lines);
            doc_texts(&format!("{out}struct S;"))
        };
        let (joined, per_line) = (docs(false), docs(true));
        assert_eq!(joined.len(), 1);
        assert_eq!(per_line.len(), 3);
        assert_eq!(joined[0], per_line.join("\n"));
    }
}

//! The shapes every generated item takes, written in one place: derive
//! lists by absolute path, impl blocks marked `#[automatically_derived]`
//! (and `#[allow(deprecated)]` where the spec's own deprecations would
//! warn inside generated code), item headers, and the `__` names generated
//! code gives its own locals.

use std::fmt::Write;

use super::Emitter;
use crate::ir::{Derive, TypeDef};

/// The names generated code gives its own generics, locals and statics.
/// They start with `__`, which no name from the spec does (field names
/// lose leading underscores, type names are UpperCamelCase), so a schema
/// called `S`, `value` or `Visitor` neither shadows them nor is shadowed.
/// (The list is the contract; a test holds the generated code to it.)
#[cfg_attr(not(test), allow(dead_code))]
pub const LOCALS: &[&str] = &[
    "__S",
    "__D",
    "__A",
    "__Visitor",
    "__serializer",
    "__deserializer",
    "__map",
    "__key",
    "__value",
    "__item",
    "__index",
    "__member",
    "__present",
    "__other",
    "__scalar",
    "__rest",
    "__extra",
    "__written",
    "__f",
    "__v",
    "__path",
    "__query",
    "__cookie",
    "__value_list",
    "__status",
    "__content_type",
    "__body",
    // The runtime's object helpers, imported by a short name in a function,
    // and the object being read or written.
    "__o",
    "__r",
    "__w",
];

/// Families of numbered locals: `__f0` (a field's slot while reading),
/// `__PATTERN0` (a compiled pattern).
#[cfg_attr(not(test), allow(dead_code))]
pub const NUMBERED_LOCALS: &[&str] = &["__f", "__PATTERN"];

/// The slot holding field `i` while a struct is read.
pub fn slot(i: usize) -> String {
    format!("__f{i}")
}

/// The static holding a validation's `n`th pattern.
pub fn pattern_static(n: usize) -> String {
    format!("__PATTERN{n}")
}

/// A std trait by absolute path (or the runtime's short name for it), so
/// that a schema named `Clone` or `Debug` cannot stand in for it; the
/// user's as they wrote it.
fn derive_path<'d>(derive: &'d Derive, p: &super::paths::Paths) -> &'d str {
    match derive {
        Derive::Debug => p.debug,
        Derive::Clone => p.clone,
        Derive::Copy => p.copy,
        Derive::PartialEq => p.partial_eq,
        Derive::Eq => p.eq,
        Derive::PartialOrd => p.partial_ord,
        Derive::Ord => p.ord,
        Derive::Hash => p.hash,
        Derive::Default => p.default,
        Derive::Custom(path) => path.as_str(),
    }
}

impl Emitter<'_> {
    /// Docs, `#[deprecated]`, `#[allow(deprecated)]` when the type uses
    /// deprecated things, and the derives: what goes above a definition.
    pub(super) fn header(&self, out: &mut String, def: &TypeDef) {
        self.docs(out, &def.docs);
        if def.deprecated {
            out.push_str("#[deprecated] ");
        }
        if def.uses_deprecated {
            out.push_str("#[allow(deprecated)] ");
        }
        if !def.derives.is_empty() {
            let paths: Vec<&str> = def.derives.iter().map(|d| derive_path(d, self.p)).collect();
            let _ = write!(out, "#[derive({})] ", paths.join(", "));
        }
    }

    /// `#[allow(deprecated)]` for the impls of a type that is deprecated
    /// or uses deprecated things: the spec's deprecations are for the
    /// user's code, not for the generated code that implements them.
    pub(super) fn allow_deprecated(&self, def: &TypeDef) -> &'static str {
        if def.deprecated || def.uses_deprecated {
            "#[allow(deprecated)] "
        } else {
            ""
        }
    }

    /// `impl<generics> trait_ for self_ty { body }`, generated code for a
    /// trait: marked so that lints and coverage treat it as such.
    pub(super) fn trait_impl(
        &self,
        out: &mut String,
        def: &TypeDef,
        generics: &str,
        trait_: &str,
        self_ty: &str,
        body: &str,
    ) {
        let allow = self.allow_deprecated(def);
        let _ = if body.is_empty() {
            writeln!(
                out,
                "{allow}#[automatically_derived] impl{generics} {trait_} for {self_ty} {{}}"
            )
        } else {
            writeln!(
                out,
                "{allow}#[automatically_derived] impl{generics} {trait_} for {self_ty} {{ {body} }}"
            )
        };
    }

    /// `impl Type { body }`: methods of the type's own, part of its API.
    pub(super) fn inherent_impl(&self, out: &mut String, def: &TypeDef, body: &str) {
        let allow = self.allow_deprecated(def);
        let _ = writeln!(out, "{allow}impl {} {{ {body} }}", def.name);
    }

    /// `impl Serialize` and `impl Deserialize` with the given bodies.
    pub(super) fn serde_impls(
        &self,
        out: &mut String,
        def: &TypeDef,
        serialize: &str,
        deserialize: &str,
    ) {
        let p_result = self.p.result;
        let pr = &self.pr;
        let name = def.name.as_str();
        self.serialize_impl(out, def, serialize);
        self.trait_impl(
            out,
            def,
            "<'de>",
            &format!("{pr}::serde::Deserialize<'de>"),
            name,
            &format!(
                "fn deserialize<__D>(__deserializer: __D) -> {p_result}<Self, __D::Error> \
                 where __D: {pr}::serde::Deserializer<'de> {{ {deserialize} }}"
            ),
        );
    }

    /// `impl Serialize` with the given body of `serialize`.
    fn serialize_impl(&self, out: &mut String, def: &TypeDef, body: &str) {
        let pr = &self.pr;
        let p_result = self.p.result;
        self.trait_impl(
            out,
            def,
            "",
            &format!("{pr}::serde::Serialize"),
            def.name.as_str(),
            &format!(
                "fn serialize<__S>(&self, __serializer: __S) -> {p_result}<__S::Ok, __S::Error> \
                 where __S: {pr}::serde::Serializer {{ {body} }}"
            ),
        );
    }

    /// A struct's `Serialize`, and its `Deserialize` through `object::Read`
    /// (the runtime's one visitor for every struct), given what the writer
    /// `__w` writes and how the entries `__r` are read.
    ///
    /// The impls with bodies are written out in both forms: as a
    /// `macro_rules!` of the runtime taking the two bodies, they cost an
    /// incremental `cargo check` of Stripe's models 7–11% more time and
    /// 36–50 MB more memory than written out, though they would hand it
    /// 0.9 MB less text. `Deserialize`, the same for every struct, is the
    /// runtime's `impl_deserialize!` unless `readable`.
    pub(super) fn object_impls(
        &self,
        out: &mut String,
        def: &TypeDef,
        serialize: &str,
        read: &str,
    ) {
        let pr = &self.pr;
        let name = def.name.as_str();
        let wire_name = super::string(def.name.unraw());
        let serialize = format!(
            "let mut __w = {pr}::object::Writer::begin(__serializer); {serialize}__w.end()"
        );
        if self.readable {
            let deserialize = format!("{pr}::object::deserialize(__deserializer)");
            self.serde_impls(out, def, &serialize, &deserialize);
        } else {
            self.serialize_impl(out, def, &serialize);
            let _ = writeln!(
                out,
                "{pr}::impl_deserialize!({}{name});",
                self.allow_deprecated(def),
            );
        }
        // `None` only where a slot starts out empty: an unused import warns.
        let none = if read.contains("= None;") {
            format!("use {}::None; ", self.p.option)
        } else {
            String::new()
        };
        self.trait_impl(
            out,
            def,
            "<'de>",
            &format!("{pr}::object::Read<'de>"),
            name,
            &format!(
                "const NAME: &'static str = {wire_name}; \
                 fn read<__A>(__map: __A) -> {}<Self, __A::Error> \
                 where __A: {pr}::serde::de::MapAccess<'de> {{ \
                 use {pr}::object as __o; {none}\
                 let mut __r = __o::Entries::new(__map); {read} }}",
                self.p.result,
            ),
        );
    }

    /// `FromStr`, `Display`, serde and `Validate` of a string enum that
    /// lists all its values (unless `readable`, by the runtime's
    /// `impl_str_enum!`).
    pub(super) fn str_enum_impls(&self, out: &mut String, def: &TypeDef) {
        let p_result = self.p.result;
        let rt = &self.rt;
        let pr = &self.pr;
        let name = def.name.as_str();
        if !self.readable {
            let _ = writeln!(
                out,
                "{pr}::impl_str_enum!({}{name});",
                self.allow_deprecated(def),
            );
            return;
        }
        self.trait_impl(
            out,
            def,
            "",
            "::core::str::FromStr",
            name,
            &format!(
                "type Err = {rt}::UnknownValue; \
                 fn from_str(__value: &str) -> {p_result}<Self, {rt}::UnknownValue> {{ \
                 {pr}::de::parse_str(__value, &Self::ALL, Self::as_str).ok_or_else(|| {rt}::UnknownValue::new(__value)) }}"
            ),
        );
        self.display_as_str(out, def);
        self.serde_impls(
            out,
            def,
            "__serializer.serialize_str(self.as_str())",
            &format!("{pr}::de::closed_str_enum(__deserializer, &Self::ALL, Self::as_str)"),
        );
        self.validate_nothing(out, def);
    }

    /// `Display` as the value's `as_str`.
    pub(super) fn display_as_str(&self, out: &mut String, def: &TypeDef) {
        self.trait_impl(
            out,
            def,
            "",
            "::core::fmt::Display",
            def.name.as_str(),
            "fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { __f.write_str(self.as_str()) }",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `__` name in the code generated for the construct specs is
    /// one of the writer's, or one of the runtime's short names for a path
    /// (`paths.rs`).
    #[test]
    fn generated_code_uses_only_the_writers_locals() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/constructs");
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir).expect("tests/constructs") {
            let spec = entry.expect("an entry").path();
            let options = crate::Options::default();
            let output = crate::render(&crate::load::FileSystem, &spec, "spec", &options);
            let code = output.code;
            let bytes = code.as_bytes();
            let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
            let mut i = 0;
            while let Some(at) = code[i..].find("__").map(|at| at + i) {
                let mut end = at;
                while end < bytes.len() && ident(bytes[end]) {
                    end += 1;
                }
                let starts = at == 0 || !ident(bytes[at - 1]);
                // `rt::__private` is the runtime's module, not a local.
                let runtime_path = code[..at].ends_with("::");
                if starts && !runtime_path {
                    let name = &code[at..end];
                    let numbered = NUMBERED_LOCALS.iter().any(|prefix| {
                        name.strip_prefix(prefix)
                            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    });
                    let short = super::super::paths::NAMES
                        .iter()
                        .any(|(_, short)| *short == name)
                        || [super::super::paths::RUNTIME, super::super::paths::PRIVATE]
                            .contains(&name);
                    assert!(
                        LOCALS.contains(&name) || numbered || short,
                        "{}: `{name}` is not one of the writer's locals",
                        spec.display()
                    );
                    checked += 1;
                }
                i = end.max(at + 2);
            }
        }
        assert!(checked > 100, "only {checked} locals seen");
    }
}

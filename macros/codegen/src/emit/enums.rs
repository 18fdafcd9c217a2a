//! Enums of literal values, with small serde impls through shared runtime
//! helpers (an open enum keeps unknown strings).

use std::fmt::Write;

use serde_json::Value;

use super::{float, string, Emitter};
use crate::ir::{Enum, TypeDef};

/// Variant names come from the spec's values and cannot be changed, so
/// clippy's naming lint is silenced where it would fire.
pub fn affix_allow(shared: bool) -> &'static str {
    if shared {
        "#[allow(clippy::enum_variant_names)] "
    } else {
        ""
    }
}

impl Emitter<'_> {
    pub(super) fn enumeration(&self, out: &mut String, def: &TypeDef, e: &Enum) {
        if e.is_string() {
            self.string_enum(out, def, e);
        } else {
            self.scalar_enum(out, def, e);
            self.validate_nothing(out, def);
        }
    }

    fn string_enum(&self, out: &mut String, def: &TypeDef, e: &Enum) {
        let p_string = self.p.string;
        let name = def.name.as_str();
        self.header(out, def);
        let _ = write!(out, "{}pub enum {name} {{ ", affix_allow(e.shared_affix));
        for (i, variant) in e.variants.iter().enumerate() {
            let raw = variant.value.as_str().unwrap_or_default();
            super::doc(out, &format!(" `{}`", crate::docs::backticks_quoted(raw)));
            let default = if e.default_variant == Some(i) {
                "#[default] "
            } else {
                ""
            };
            let _ = write!(out, "{default}{}, ", variant.name);
        }
        if let Some(other) = &e.other {
            super::doc(out, " A value the spec does not list, kept as it came.");
            let _ = write!(out, "{other}({p_string}), ");
        }
        out.push_str("}\n");
        self.text_conversions(out, def, e);
        if e.other.is_none() {
            // Every impl is the same for each: the runtime's macro.
            return self.str_enum_impls(out, def);
        }
        let expected = || {
            string(
                &e.variants
                    .iter()
                    .map(|v| format!("`{}`", v.value.as_str().unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        };
        let deserialize = format!("{}::de::str_enum(__deserializer, {})", self.pr, expected());
        self.serde_impls(
            out,
            def,
            "__serializer.serialize_str(self.as_str())",
            &deserialize,
        );
        self.validate_nothing(out, def);
    }

    /// `as_str` (and `ALL` for a closed enum); for an open enum also
    /// `FromStr`, `Display` and `From` text (a closed enum's are the
    /// runtime's `impl_str_enum!`).
    fn text_conversions(&self, out: &mut String, def: &TypeDef, e: &Enum) {
        let p_result = self.p.result;
        let name = def.name.as_str();
        let mut arms = String::new();
        for v in &e.variants {
            let value = string(v.value.as_str().unwrap_or_default());
            let _ = write!(arms, "Self::{} => {value}, ", v.name);
        }
        let doc = format!(
            "{}#[must_use]",
            super::doc_string(" The value as written on the wire.")
        );
        let Some(other) = &e.other else {
            // One table of the variants and `as_str` serve parsing and
            // reading: each value is written once.
            let all_doc = super::doc_string(" Every value the spec lists, in its order.");
            let all: Vec<String> = e
                .variants
                .iter()
                .map(|v| format!("Self::{}", v.name))
                .collect();
            let methods = format!(
                "{all_doc}pub const ALL: [Self; {}] = [{}]; \
                 {doc} pub const fn as_str(&self) -> &'static str {{ match self {{ {arms}}} }}",
                all.len(),
                all.join(", ")
            );
            return self.inherent_impl(out, def, &methods);
        };
        let mut parse = String::new();
        for v in &e.variants {
            let value = string(v.value.as_str().unwrap_or_default());
            let _ = write!(parse, "{value} => Self::{}, ", v.name);
        }
        let methods = format!("{doc} pub fn as_str(&self) -> &str {{ match self {{ {arms}Self::{other}(__value) => __value, }} }}");
        let error = "::core::convert::Infallible";
        let parse = format!("{p_result}::Ok(match __value {{ {parse}__other => Self::{other}(::std::string::ToString::to_string(__other)), }})");
        self.inherent_impl(out, def, &methods);
        self.trait_impl(
            out,
            def,
            "",
            "::core::str::FromStr",
            name,
            &format!(
                "type Err = {error}; \
                 fn from_str(__value: &str) -> {p_result}<Self, <Self as ::core::str::FromStr>::Err> {{ {parse} }}"
            ),
        );
        self.display_as_str(out, def);
        // An open enum holds any text: building one cannot fail.
        for (ty, text) in [("&str", "__value"), (self.p.string, "&__value")] {
            let p_from = self.p.from;
            let p_result = self.p.result;
            self.trait_impl(
                out,
                def,
                "",
                &format!("{p_from}<{ty}>"),
                name,
                &format!(
                    "fn from(__value: {ty}) -> Self {{ \
                     let {p_result}::Ok(__value) = <Self as ::core::str::FromStr>::from_str({text}); \
                     __value }}"
                ),
            );
        }
    }

    /// Integer, number, boolean and mixed enums.
    fn scalar_enum(&self, out: &mut String, def: &TypeDef, e: &Enum) {
        let p_option = self.p.option;
        let pr = &self.pr;
        let name = &def.name;
        self.header(out, def);
        let _ = write!(out, "{}pub enum {name} {{ ", affix_allow(e.shared_affix));
        let mut serialize = String::from("match self { ");
        let mut matches = String::new();
        let scalar = format!("{pr}::de::Scalar");
        for variant in &e.variants {
            let v = &variant.name;
            super::doc(out, &format!(" `{}`", variant.value));
            let _ = write!(out, "{v}, ");
            let (write, pattern) = match &variant.value {
                Value::Bool(b) => (
                    format!("__serializer.serialize_bool({b})"),
                    format!("{scalar}::Bool({b})"),
                ),
                Value::String(s) => {
                    let s = string(s);
                    (
                        format!("__serializer.serialize_str({s})"),
                        format!("{scalar}::Str({s})"),
                    )
                }
                Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                    (Some(int), _) => (
                        format!("__serializer.serialize_i64({int})"),
                        format!("{scalar}::Int({int})"),
                    ),
                    (None, Some(uint)) => (
                        format!("__serializer.serialize_u64({uint})"),
                        format!("{scalar}::Int({uint})"),
                    ),
                    _ => {
                        let x = float(n.as_f64().unwrap_or(0.0));
                        (
                            format!("__serializer.serialize_f64({x})"),
                            format!("{scalar}::Float({x})"),
                        )
                    }
                },
                _ => continue,
            };
            let _ = write!(serialize, "Self::{v} => {write}, ");
            let _ = write!(matches, "{pattern} => {p_option}::Some(Self::{v}), ");
        }
        out.push_str("}\n");
        serialize.push('}');
        let expected = string(
            &e.variants
                .iter()
                .map(|v| format!("`{}`", v.value))
                .collect::<Vec<_>>()
                .join(", "),
        );
        self.serde_impls(
            out,
            def,
            &serialize,
            &format!(
                "{pr}::de::scalar_enum(__deserializer, {expected}, |__scalar| match __scalar {{ {matches}_ => {p_option}::None, }})"
            ),
        );
    }
}

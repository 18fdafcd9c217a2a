//! Structs, with `Serialize` and `Deserialize` written out: one loop over
//! the object's keys through the runtime's shared helpers, a good deal less
//! code for the compiler than serde's derive with per-field adapters, and
//! each of the four required × nullable combinations lossless:
//!
//! - required: `T`, an error when missing;
//! - required + nullable: `Option<T>`, an error when missing, `null` is `None`;
//! - optional: `Option<T>`, absent is `None`, `null` is an error;
//! - optional + nullable: `Tristate<T>` (the runtime's): absent, `null`, or
//!   a value.

use std::fmt::Write;

use super::writer::slot;
use super::{float, json_text, string, Emitter};
use crate::ir::{DefaultValue, Field, Presence, Read, Struct, TypeDef, TypeKind};

impl Emitter<'_> {
    pub(super) fn structure(&self, out: &mut String, def: &TypeDef, s: &Struct) {
        let p_btree_map = self.p.btree_map;
        let p_string = self.p.string;
        let name = &def.name;
        self.header(out, def);
        let _ = write!(out, "pub struct {name} {{ ");
        for field in &s.fields {
            self.field(out, field);
        }
        if let Some(additional) = &s.additional {
            let doc = if additional.typed {
                " Properties beyond the declared ones (`additionalProperties`)."
            } else {
                " Keys the schema does not declare, kept as they came and written back."
            };
            super::doc(out, doc);
            let _ = write!(
                out,
                "pub {}: {p_btree_map}<{p_string}, {}>, ",
                &additional.name,
                self.nested(&additional.value)
            );
        }
        out.push_str("}\n");
        if !s.parameters {
            let serialize = self.serialize_body(s);
            let read = self.read_body(s);
            self.object_impls(out, def, &serialize, &read);
        }
        let mut methods = self.construction(s);
        self.default_accessors(&mut methods, s);
        self.inherent_impl(out, def, methods.trim_end());
        self.validate_struct(out, def, s);
    }

    fn field(&self, out: &mut String, field: &Field) {
        match &field.default {
            Some(default) => {
                let mut docs = field.docs.clone();
                if !docs.is_empty() {
                    docs.push(String::new());
                }
                docs.push(format!("Default: `{}`", self.default_text(default)));
                self.docs(out, &docs);
            }
            None => self.docs(out, &field.docs),
        }
        if field.deprecated {
            out.push_str("#[deprecated] ");
        }
        let _ = write!(out, "pub {}: {}, ", &field.name, self.field_type(field));
    }

    fn field_type(&self, field: &Field) -> String {
        let p_option = self.p.option;
        let inner = self.boxed(&field.ty);
        match field.presence() {
            Presence::Required => inner,
            Presence::RequiredNullable | Presence::Optional => {
                format!("{p_option}<{inner}>")
            }
            Presence::OptionalNullable => format!("{}::Tristate<{inner}>", self.rt),
        }
    }

    /// The body of `serialize` after `__w` (the runtime's writer) begins,
    /// before it ends.
    fn serialize_body(&self, s: &Struct) -> String {
        // The runtime's writer: a field costs one short statement.
        // Sized for the usual statement per field: no regrowing.
        let mut body = String::with_capacity(96 + 48 * s.fields.len());
        // Keys a flattened union wrote are not written again from the
        // extras (which hold every undeclared key read, the union's too).
        let dedupe = s.additional.is_some() && s.fields.iter().any(|f| f.flatten);
        if dedupe {
            body.push_str("let mut __written = ::std::collections::BTreeSet::new(); ");
        }
        for field in &s.fields {
            let name = &field.name;
            if field.flatten {
                let written = if dedupe {
                    "__written.extend"
                } else {
                    "::core::mem::drop"
                };
                let _ = write!(body, "{written}(__w.flatten(&self.{name})); ");
                continue;
            }
            let write = match field.presence() {
                Presence::Required | Presence::RequiredNullable => "entry",
                Presence::Optional => "optional",
                Presence::OptionalNullable => "tristate",
            };
            let wire = string(&field.wire);
            let _ = write!(body, "__w.{write}({wire}, &self.{name}); ");
        }
        if let Some(additional) = &s.additional {
            let name = &additional.name;
            if dedupe {
                let _ = write!(
                    body,
                    "for (__key, __value) in &self.{name} {{ if __written.contains(__key) {{ continue; }} __w.entry(__key, __value); }} ",
                );
            } else {
                let _ = write!(body, "__w.entries(&self.{name}); ");
            }
        }
        body
    }

    /// The body of `object::Read::read` after `__r` (the entries) and the
    /// imports: the runtime reads every struct with one visitor; the struct
    /// says how its entries are read.
    fn read_body(&self, s: &Struct) -> String {
        let p_result = self.p.result;
        let FieldReads {
            slots,
            arms,
            unknown,
            build,
            required,
        } = self.field_reads(s);
        // A struct that declares no keys reads every key alike, without a
        // `match` (clippy's `match_single_binding`).
        let read = if arms.is_empty() {
            format!("{unknown};")
        } else {
            format!("match __r.key() {{ {arms}_ => {unknown}, }}")
        };
        // With no key declared and every other refused, the first key ends
        // the reading (a `while` would never loop: clippy's `never_loop`).
        let each_key = if arms.is_empty() && unknown.starts_with("return ") {
            "if __r.next_key()"
        } else {
            "while __r.next_key()"
        };
        format!(
            "{slots}{each_key} {{ {read} }} __r.end(&[{required}])?; {p_result}::Ok(Self {{ {build}}})"
        )
    }

    /// The pieces of `read`.
    fn field_reads(&self, s: &Struct) -> FieldReads {
        let p_btree_map = self.p.btree_map;
        let p_result = self.p.result;
        let flatten = s.fields.iter().any(|f| f.flatten);
        let n = s.fields.len();
        let mut slots = String::with_capacity(64 + 24 * n);
        let mut arms = String::with_capacity(40 * n);
        let mut build = String::with_capacity(64 + 48 * n);
        let mut required = String::new();
        for (i, field) in s.fields.iter().enumerate() {
            let field_name = &field.name;
            if field.flatten {
                let _ = write!(
                    build,
                    "{field_name}: __o::from_rest(::core::clone::Clone::clone(&__rest))?, "
                );
                continue;
            }
            let wire = string(&field.wire);
            let slot = slot(i);
            let _ = write!(slots, "let mut {slot} = None; ");
            let _ = write!(arms, "{wire} => __r.value(&mut {slot}), ");
            match field.presence() {
                Presence::Required | Presence::RequiredNullable => {
                    let _ = write!(required, "({slot}.is_none(), {wire}), ");
                    let _ = write!(build, "{field_name}: __o::take({slot}), ");
                }
                Presence::Optional => {
                    let _ = write!(build, "{field_name}: {slot}, ");
                }
                Presence::OptionalNullable => {
                    let _ = write!(
                        build,
                        "{field_name}: {}::Tristate::from_nested({slot}), ",
                        self.rt
                    );
                }
            }
        }
        let unknown = match (&s.additional, flatten) {
            (_, true) => {
                let _ = write!(
                    slots,
                    "let mut __rest = {}::serde_json::Map::new(); ",
                    self.pr
                );
                if let Some(additional) = &s.additional {
                    let _ = write!(build, "{}: __o::extras_from(&__rest)?, ", &additional.name);
                }
                "__r.rest(&mut __rest)".to_owned()
            }
            (Some(additional), false) => {
                let _ = write!(slots, "let mut __extra = {p_btree_map}::new(); ");
                let _ = write!(build, "{}: __extra, ", &additional.name);
                "__r.extra(&mut __extra)".to_owned()
            }
            (None, false) if s.deny_unknown => {
                let known: Vec<String> = s.fields.iter().map(|f| string(&f.wire)).collect();
                format!(
                    "return {p_result}::Err(__r.unknown(&[{}]))",
                    known.join(", ")
                )
            }
            (None, false) => "__r.skip()".to_owned(),
        };
        FieldReads {
            slots,
            arms,
            unknown,
            build,
            required,
        }
    }

    /// `fn <field>_or_default(&self)` where the model has one: the value
    /// is kept as sent (absent stays absent), the default applied on
    /// reading.
    fn default_accessors(&self, methods: &mut String, s: &Struct) {
        for field in &s.fields {
            let (Some(accessor), Some(default)) = (&field.default_accessor, &field.default) else {
                continue;
            };
            let (ret, body) = self.accessor(field, accessor.read, default);
            super::doc(
                methods,
                &format!(" `{}`, or its default when absent.", field.wire),
            );
            let deprecated = if field.deprecated {
                "#[deprecated] "
            } else {
                ""
            };
            let _ = write!(
                methods,
                "{deprecated}#[must_use] pub fn {}(&self) -> {ret} {{ {body} }} ",
                accessor.name
            );
        }
    }

    /// Return type and body of a default accessor.
    fn accessor(&self, field: &Field, read: Read, default: &DefaultValue) -> (String, String) {
        let p_option = self.p.option;
        let name = &field.name;
        let nullable = field.presence() == Presence::OptionalNullable;
        let ty = self.boxed(&field.ty);
        if let (Read::Str, DefaultValue::String(text)) = (read, default) {
            let text = string(text);
            return if nullable {
                (
                    format!("{p_option}<&str>"),
                    format!(
                        "match &self.{name} {{ {}::Tristate::Absent => {p_option}::Some({text}), __value => __value.as_deref() }}",
                        self.rt
                    ),
                )
            } else {
                (
                    "&str".to_owned(),
                    format!("self.{name}.as_deref().unwrap_or({text})"),
                )
            };
        }
        let value = self.default_value(default);
        let (ret, value) = if nullable {
            (
                format!("{p_option}<{ty}>"),
                format!("{p_option}::Some({value})"),
            )
        } else {
            (ty, value)
        };
        // A `Tristate` reads as serde's `Option<Option<T>>`: absent is `None`.
        let nested = if nullable { ".into_nested()" } else { "" };
        let body = match read {
            Read::Copy => format!("self.{name}{nested}.unwrap_or({value})"),
            Read::Clone | Read::Str => match default {
                DefaultValue::Number(_) => format!(
                    "::core::clone::Clone::clone(&self.{name}){nested}.unwrap_or_else(|| {value})"
                ),
                _ => {
                    format!("::core::clone::Clone::clone(&self.{name}){nested}.unwrap_or({value})")
                }
            },
        };
        (ret, body)
    }

    /// The Rust expression of a typed default.
    fn default_value(&self, default: &DefaultValue) -> String {
        let p_from = self.p.from;
        let rt = &self.rt;
        let pr = &self.pr;
        match default {
            DefaultValue::Number(number) => match (number.as_i64(), number.as_u64()) {
                (Some(int), _) => {
                    format!("<{rt}::Number as {p_from}<i64>>::from({int}i64)")
                }
                (None, Some(uint)) => {
                    format!("<{rt}::Number as {p_from}<u64>>::from({uint}u64)")
                }
                _ => format!(
                    "{pr}::number_from_f64({})",
                    float(number.as_f64().unwrap_or(0.0))
                ),
            },
            DefaultValue::Bool(b) => b.to_string(),
            DefaultValue::Int(int) => int.to_string(),
            DefaultValue::String(text) => string(text),
            DefaultValue::Variant { ty, variant } => {
                match &self.model.types[crate::ir::resolve_alias(&self.model.types, *ty)].kind {
                    TypeKind::Enum(e) => {
                        format!("{}::{}", self.type_path(*ty), e.variants[*variant].name)
                    }
                    _ => String::new(),
                }
            }
            DefaultValue::Json(value) => json_text(value),
        }
    }

    fn default_text(&self, default: &DefaultValue) -> String {
        match default {
            DefaultValue::Bool(b) => b.to_string(),
            DefaultValue::Int(i) => i.to_string(),
            DefaultValue::Number(n) => n.to_string(),
            DefaultValue::String(s) => json_text(&serde_json::Value::String(s.clone())),
            DefaultValue::Variant { ty, variant } => {
                match &self.model.types[crate::ir::resolve_alias(&self.model.types, *ty)].kind {
                    TypeKind::Enum(e) => json_text(&e.variants[*variant].value),
                    _ => String::new(),
                }
            }
            DefaultValue::Json(value) => json_text(value),
        }
        .replace('`', "'")
    }
}

/// The pieces of a struct's `Read::read`.
struct FieldReads {
    /// A slot per field: `let mut __f0 = None;`.
    slots: String,
    /// A match arm per declared key.
    arms: String,
    /// What becomes of the other keys.
    unknown: String,
    /// The struct's fields built from the slots.
    build: String,
    /// `(slot empty, wire name)` per required field, for `Entries::end`.
    required: String,
}

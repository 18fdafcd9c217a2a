//! `new` and the `with_<field>` setters, as the model's `Build` decided.

use std::fmt::Write;

use super::Emitter;
use crate::ir::{Field, Presence, Struct};

/// Clippy's `too_many_arguments` starts above seven.
const CLIPPY_MAX_ARGUMENTS: usize = 7;

impl Emitter<'_> {
    /// The methods that build a value of the struct.
    pub(super) fn construction(&self, s: &Struct) -> String {
        let p_btree_map = self.p.btree_map;
        let p_default = self.p.default;
        let p_into = self.p.into;
        let mut params = Vec::new();
        let mut wires = Vec::new();
        let mut inits = String::with_capacity(48 * s.fields.len());
        // How the fields that are not parameters start out: absent, `null`,
        // their only value; and whether any has a setter.
        let mut starts = [false; 3];
        let mut setters = false;
        for field in &s.fields {
            setters |= field.build.setter.is_some();
            let name = &field.name;
            if field.build.param {
                params.push(format!("{name}: {}", self.taken(field)));
                if !field.flatten {
                    wires.push(format!("`{}`", crate::docs::backticks_quoted(&field.wire)));
                }
                let _ = if field.build.into {
                    write!(inits, "{name}: {p_into}::into({name}), ")
                } else {
                    write!(inits, "{name}, ")
                };
                continue;
            }
            let _ = match field.presence() {
                Presence::Required => {
                    starts[2] = true;
                    write!(inits, "{name}: {p_default}::default(), ")
                }
                Presence::RequiredNullable => {
                    starts[1] = true;
                    write!(inits, "{name}: None, ")
                }
                Presence::Optional => {
                    starts[0] = true;
                    write!(inits, "{name}: None, ")
                }
                Presence::OptionalNullable => {
                    starts[0] = true;
                    write!(inits, "{name}: {}::Tristate::Absent, ", self.rt)
                }
            };
        }
        if let Some(additional) = &s.additional {
            let _ = write!(inits, "{}: {p_btree_map}::new(), ", &additional.name);
        }
        let doc = new_doc(&wires, starts, setters);
        let mut allow = String::new();
        if params.len() > CLIPPY_MAX_ARGUMENTS {
            allow.push_str("#[allow(clippy::too_many_arguments)] ");
        }
        // Parameters are named after their fields, also `_1` (a property
        // named `1`).
        let numbered = |f: &&Field| {
            f.name
                .as_str()
                .bytes()
                .all(|b| b == b'_' || b.is_ascii_digit())
        };
        if s.fields
            .iter()
            .filter(|f| f.build.param)
            .any(|f| numbered(&f))
        {
            allow.push_str("#[allow(clippy::just_underscores_and_digits)] ");
        }
        let none = if inits.contains(": None, ") {
            format!("use {}::None; ", self.p.option)
        } else {
            String::new()
        };
        let mut methods = String::with_capacity(512 + 192 * s.fields.len());
        super::doc(&mut methods, &doc);
        let _ = write!(
            methods,
            "{allow}pub fn new({}) -> Self {{ {none}Self {{ {inits}}} }} ",
            params.join(", ")
        );
        for field in &s.fields {
            self.setter(&mut methods, field);
        }
        methods
    }

    /// `with_<field>`. Written out in both forms: as entries of a
    /// `macro_rules!` of the runtime they cost an incremental `cargo check`
    /// of Stripe's models 8% more time and 11 MB more memory (Inkeep's 5%,
    /// 6 MB): rustc parses what a `macro_rules!` writes a second time.
    fn setter(&self, out: &mut String, field: &Field) {
        let Some(setter) = &field.build.setter else {
            return;
        };
        let name = &field.name;
        let pr = &self.pr;
        super::doc(
            out,
            &format!(" Sets `{}`.", crate::docs::backticks_quoted(&field.wire)),
        );
        if field.deprecated {
            out.push_str("#[deprecated] ");
        }
        let _ = write!(
            out,
            "#[must_use] pub fn {setter}(mut self, value: {}) -> Self {{ self.{name} = {pr}::{}(value); self }} ",
            self.taken(field),
            Self::stored(field)
        );
    }

    /// The runtime's function that stores a setter's value in the field.
    fn stored(field: &Field) -> &'static str {
        match field.presence() {
            Presence::Required => "required",
            Presence::RequiredNullable | Presence::Optional => "some",
            Presence::OptionalNullable => "value",
        }
    }

    /// The type a parameter or setter takes: `impl Into<T>` or `T`.
    fn taken(&self, field: &Field) -> String {
        let ty = self.boxed(&field.ty);
        if field.build.into {
            format!("impl {}<{ty}>", self.p.into)
        } else {
            ty
        }
    }
}

/// What `new` takes and how the other fields start out, saying only what
/// applies to this struct.
fn new_doc(wires: &[String], starts: [bool; 3], setters: bool) -> String {
    let mut doc = match wires {
        [] => String::from(" Builds the value"),
        [one] => format!(" Builds the value from the required field {one}"),
        _ => format!(
            " Builds the value from the required fields ({})",
            wires.join(", ")
        ),
    };
    const STARTS: [&str; 3] = [
        "absent",
        "`null` where they must be present but may be `null`",
        "at their defaults (a tag at its only value, an object of optional fields empty)",
    ];
    let starts: Vec<String> = STARTS
        .iter()
        .zip(starts)
        .filter(|(_, on)| *on)
        .map(|(text, _)| (*text).to_owned())
        .collect();
    if !starts.is_empty() {
        let subject = if wires.is_empty() {
            "its fields"
        } else {
            "the others"
        };
        let _ = write!(
            doc,
            "; {subject} start out {}",
            crate::docs::one_of(&starts)
        );
    }
    doc.push('.');
    if setters {
        doc.push_str(" Set them with the `with_` methods.");
    }
    doc
}

//! `new` and the `with_<field>` setters, as the model's `Build` decided.

use std::fmt::Write;

use super::Emitter;
use crate::ir::{Field, Presence, Struct};

/// Clippy's `too_many_arguments` starts above seven.
const CLIPPY_MAX_ARGUMENTS: usize = 7;

impl Emitter<'_> {
    /// The methods that build a value of the struct.
    pub(super) fn construction(&self, s: &Struct) -> String {
        let mut params = Vec::new();
        let mut wires = Vec::new();
        let mut inits = String::with_capacity(48 * s.fields.len());
        for field in &s.fields {
            let name = &field.name;
            if field.build.param {
                params.push(format!("{name}: {}", self.taken(field)));
                if !field.flatten {
                    wires.push(format!("`{}`", crate::docs::backticks_quoted(&field.wire)));
                }
                let _ = if field.build.into {
                    write!(inits, "{name}: ::core::convert::Into::into({name}), ")
                } else {
                    write!(inits, "{name}, ")
                };
                continue;
            }
            let _ = match field.presence() {
                Presence::Required => {
                    write!(inits, "{name}: ::core::default::Default::default(), ")
                }
                Presence::RequiredNullable | Presence::Optional => write!(inits, "{name}: None, "),
                Presence::OptionalNullable => {
                    write!(inits, "{name}: {}::Tristate::Absent, ", self.rt)
                }
            };
        }
        if let Some(additional) = &s.additional {
            let _ = write!(
                inits,
                "{}: ::std::collections::BTreeMap::new(), ",
                &additional.name
            );
        }
        let given = if wires.is_empty() {
            String::from("nothing: every field is optional, nullable or fixed")
        } else {
            format!("the required fields ({})", wires.join(", "))
        };
        let doc = format!(
            " Builds the value from {given}; the others start out absent, `null` where they must be present but may be `null`, or their only value. Set them with the `with_` methods."
        );
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
            "use ::core::option::Option::None; "
        } else {
            ""
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
    /// of Stripe's models a few percent more time and 8 MB more memory.
    fn setter(&self, out: &mut String, field: &Field) {
        let Some(setter) = &field.build.setter else {
            return;
        };
        let name = &field.name;
        let rt = &self.rt;
        super::doc(
            out,
            &format!(" Sets `{}`.", crate::docs::backticks_quoted(&field.wire)),
        );
        if field.deprecated {
            out.push_str("#[deprecated] ");
        }
        let _ = write!(
            out,
            "#[must_use] pub fn {setter}(mut self, value: {}) -> Self {{ self.{name} = {rt}::__private::{}(value); self }} ",
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
            format!("impl ::core::convert::Into<{ty}>")
        } else {
            ty
        }
    }
}

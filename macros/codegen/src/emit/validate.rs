//! `impl Validate`: the spec's value constraints, checked where they apply,
//! recursing into every contained value that can itself fail.

use std::cell::Cell;
use std::fmt::Write;

use super::writer::pattern_static;
use super::{float, string, Emitter};
use crate::ir::{
    resolve_alias, Alias, Bound, KeyRule, Presence, Struct, Ty, TyUse, TypeDef, TypeKind, Union,
};

impl Emitter<'_> {
    pub(super) fn validate_nothing(&self, out: &mut String, def: &TypeDef) {
        let validate = format!("{}::Validate", self.rt);
        self.trait_impl(out, def, "", &validate, def.name.as_str(), "");
    }

    pub(super) fn validate_struct(&self, out: &mut String, def: &TypeDef, s: &Struct) {
        let p_option = self.p.option;
        if !def.validates {
            return self.validate_nothing(out, def);
        }
        let patterns = Cell::new(0);
        let mut body = self.requirements(s);
        for field in &s.fields {
            let name = &field.name;
            if field.flatten {
                let checks = self.checks("__value", &field.ty, &patterns);
                let _ = write!(body, "{{ let __value = &self.{name}; {checks} }} ");
                continue;
            }
            if !field.ty.validates {
                continue;
            }
            let wire = string(&field.wire);
            // `Option`, `Tristate` and the rest check what they hold.
            if self.delegable(&field.ty) {
                let _ = write!(body, "__v.field({wire}, &self.{name}); ");
                continue;
            }
            let checks = self.checks("__value", &field.ty, &patterns);
            let scoped = format!("__v.push_field({wire}); {checks} __v.pop();");
            let _ = match field.presence() {
                Presence::Required => write!(body, "{{ let __value = &self.{name}; {scoped} }} "),
                Presence::RequiredNullable | Presence::Optional => write!(
                    body,
                    "if let {p_option}::Some(__value) = &self.{name} {{ {scoped} }} "
                ),
                Presence::OptionalNullable => write!(
                    body,
                    "if let {}::Tristate::Value(__value) = &self.{name} {{ {scoped} }} ",
                    self.rt
                ),
            };
        }
        if let Some(additional) = &s.additional {
            if additional.value.validates && self.delegable(&additional.value) {
                let _ = write!(
                    body,
                    "{}::Validate::validate_at(&self.{}, __v); ",
                    self.rt, &additional.name
                );
            } else if additional.value.validates {
                let checks = self.nullable_checks("__value", &additional.value, &patterns);
                let _ = write!(
                    body,
                    "for (__key, __value) in &self.{} {{ __v.push_key(__key); {checks} __v.pop(); }} ",
                    &additional.name
                );
            }
        }
        self.validate_impl(out, def, &body);
    }

    /// The union's `required` keys, on a member whose struct does not
    /// require them itself.
    fn union_required(&self, union: &Union, ty: &TyUse) -> String {
        let p_option = self.p.option;
        let Ty::Named(id) = ty.ty else {
            return String::new();
        };
        let TypeKind::Struct(s) = &self.model.types[resolve_alias(&self.model.types, id)].kind
        else {
            return String::new();
        };
        let h = self.pr.clone() + "::validate";
        let receiver = if ty.nullable { "__present" } else { "__value" };
        let mut out = String::new();
        for key in &union.required {
            let present = present(s, receiver, key);
            if present != "true" {
                let _ = write!(
                    out,
                    "{h}::present(__v, &[{present}], false, {}); ",
                    string(&format!("`{key}`"))
                );
            }
        }
        if ty.nullable && !out.is_empty() {
            out = format!("if let {p_option}::Some(__present) = __value {{ {out}}} ");
        }
        out
    }

    /// Checks that the keys of one way (or exactly one) of each
    /// requirement are present.
    fn requirements(&self, s: &Struct) -> String {
        let h = self.pr.clone() + "::validate";
        let mut out = String::new();
        for requirement in &s.requirements {
            let ways: Vec<String> = requirement
                .alternatives
                .iter()
                .map(|keys| {
                    let present: Vec<String> =
                        keys.iter().map(|key| present(s, "self", key)).collect();
                    if present.is_empty() {
                        "true".to_owned()
                    } else {
                        present.join(" && ")
                    }
                })
                .collect();
            let described: Vec<String> = requirement
                .alternatives
                .iter()
                .map(|keys| {
                    keys.iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(" and ")
                })
                .collect();
            let _ = write!(
                out,
                "{h}::present(__v, &[{}], {}, {}); ",
                ways.join(", "),
                requirement.exactly_one,
                string(&described.join(", or "))
            );
        }
        out
    }

    pub(super) fn validate_union(&self, out: &mut String, def: &TypeDef, union: &Union) {
        if !def.validates {
            return self.validate_nothing(out, def);
        }
        let patterns = Cell::new(0);
        let ty = &def.name;
        let arms: Vec<(String, String)> = union
            .variants
            .iter()
            .filter_map(|variant| {
                let mut checks = self.union_required(union, &variant.ty);
                if variant.ty.validates {
                    checks.push_str(&self.nullable_checks("__value", &variant.ty, &patterns));
                }
                (!checks.is_empty()).then(|| (variant.name.to_string(), checks))
            })
            .collect();
        let body = match arms.as_slice() {
            // One variant to check: `if let` (clippy's `single_match`).
            [(name, checks)] if union.variants.len() > 1 => {
                format!("if let {ty}::{name}(__value) = self {{ {checks} }}")
            }
            _ => {
                let mut body = String::from("match self { ");
                for (name, checks) in &arms {
                    let _ = write!(body, "{ty}::{name}(__value) => {{ {checks} }} ");
                }
                if arms.len() < union.variants.len() {
                    body.push_str("_ => {} ");
                }
                body.push('}');
                body
            }
        };
        self.validate_impl(out, def, &body);
    }

    pub(super) fn validate_newtype(&self, out: &mut String, def: &TypeDef, alias: &Alias) {
        if !def.validates || !alias.target.validates {
            return self.validate_nothing(out, def);
        }
        let patterns = Cell::new(0);
        let checks = self.nullable_checks("__value", &alias.target, &patterns);
        self.validate_impl(out, def, &format!("let __value = &self.0; {checks}"));
    }

    fn validate_impl(&self, out: &mut String, def: &TypeDef, body: &str) {
        let rt = &self.rt;
        self.trait_impl(
            out,
            def,
            "",
            &format!("{rt}::Validate"),
            def.name.as_str(),
            &format!("fn validate_at(&self, __v: &mut {rt}::Validator) {{ {body} }}"),
        );
    }

    /// Checks for the variable `var`: a reference to the value of `ty`, or
    /// to an `Option` of it when `ty` is nullable.
    fn nullable_checks(&self, var: &str, ty: &TyUse, patterns: &Cell<usize>) -> String {
        let checks = self.checks(var, ty, patterns);
        if ty.nullable {
            format!(
                "if let {}::Some({var}) = {var} {{ {checks} }}",
                self.p.option
            )
        } else {
            checks
        }
    }

    /// Checks for `var`, a reference to the (non-null) value of `ty`.
    fn checks(&self, var: &str, ty: &TyUse, patterns: &Cell<usize>) -> String {
        let p_option = self.p.option;
        let rt = &self.rt;
        let pr = &self.pr;
        let mut out = self.constraints(var, ty, patterns);
        match &ty.ty {
            Ty::Named(id) => match &self.model.types[*id].kind {
                // Aliases have no impl of their own: check what they name.
                TypeKind::Alias(alias) if !alias.newtype => {
                    out.push_str(&self.nullable_checks(var, &alias.target, patterns));
                }
                _ if self.model.types[*id].validates => {
                    let _ = write!(out, "{rt}::Validate::validate_at({var}, __v); ");
                }
                _ => {}
            },
            Ty::Array(item) | Ty::Map(item) if item.validates && self.delegable(item) => {
                let _ = write!(out, "{rt}::Validate::validate_at({var}, __v); ");
            }
            Ty::Array(item) if item.validates => {
                let checks = self.nullable_checks("__item", item, patterns);
                let _ = write!(
                    out,
                    "for (__index, __item) in ::core::iter::Iterator::enumerate({var}.iter()) {{ __v.push_index(__index); {checks} __v.pop(); }} "
                );
            }
            Ty::Map(item) if item.validates => {
                let checks = self.nullable_checks("__item", item, patterns);
                let _ = write!(
                    out,
                    "for (__key, __item) in {var} {{ __v.push_key(__key); {checks} __v.pop(); }} "
                );
            }
            Ty::Prefixed(members, rest) => {
                let read = |ty: &TyUse, at: &str| {
                    let checks = self.nullable_checks("__member", ty, patterns);
                    format!(
                        "if let {p_option}::Some(__member) = {pr}::validate::item_as::<{}>(__v, {at}) {{ let __member = &__member; {checks} }} ",
                        self.nested(ty)
                    )
                };
                for (i, member) in members.iter().enumerate() {
                    // `first()`, not `get(0)`: clippy's `get_first` in user code.
                    let item = match i {
                        0 => format!("{var}.first()"),
                        _ => format!("{var}.get({i})"),
                    };
                    let _ = write!(
                        out,
                        "if let {p_option}::Some(__item) = {item} {{ __v.push_index({i}); {} __v.pop(); }} ",
                        read(member, "__item")
                    );
                }
                if !matches!(rest.ty, Ty::Any) {
                    let _ = write!(
                        out,
                        "for (__index, __item) in ::core::iter::Iterator::enumerate({var}.iter()).skip({}) {{ __v.push_index(__index); {} __v.pop(); }} ",
                        members.len(),
                        read(rest, "__item")
                    );
                }
            }
            Ty::Tuple(members) => {
                for (i, member) in members.iter().enumerate() {
                    if !member.validates {
                        continue;
                    }
                    let checks = self.nullable_checks("__member", member, patterns);
                    let _ = write!(
                        out,
                        "__v.push_index({i}); {{ let __member = &{var}.{i}; {checks} }} __v.pop(); "
                    );
                }
            }
            _ => {}
        }
        out
    }

    /// Whether `ty`'s checks are all its Rust type's `Validate` impl does:
    /// no constraints of its own, down to named types (the runtime's impls
    /// for `Option`, `Tristate`, `Box`, `Vec` and `BTreeMap` descend as the
    /// checks written out would, each item and key on the path).
    fn delegable(&self, ty: &TyUse) -> bool {
        if !ty.constraints.is_empty() {
            return false;
        }
        match &ty.ty {
            Ty::Named(id) => match &self.model.types[*id].kind {
                TypeKind::Alias(alias) if !alias.newtype => self.delegable(&alias.target),
                _ => true,
            },
            Ty::Array(item) | Ty::Map(item) => self.delegable(item),
            _ => false,
        }
    }

    /// The use's own constraints (lowering kept only those that apply to
    /// its kind of value, so each one says what it checks).
    fn constraints(&self, var: &str, ty: &TyUse, patterns: &Cell<usize>) -> String {
        let c = &ty.constraints;
        let mut out = String::new();
        if c.is_empty() {
            return out;
        }
        let h = self.pr.clone() + "::validate";
        if c.unsatisfiable {
            let _ = write!(out, "{h}::unsatisfiable(__v); ");
        }
        if let Some(n) = c.min_length {
            let _ = write!(out, "{h}::min_length(__v, {var}, {n}); ");
        }
        if let Some(n) = c.max_length {
            let _ = write!(out, "{h}::max_length(__v, {var}, {n}); ");
        }
        for pattern in &c.patterns {
            let name = pattern_static(patterns.get());
            patterns.set(patterns.get() + 1);
            let _ = write!(
                out,
                "static {name}: {h}::Pattern = {h}::Pattern::new({}); {h}::pattern(__v, {var}, &{name}); ",
                string(pattern)
            );
        }
        if let Some(format) = c.format {
            let _ = write!(out, "{h}::format(__v, {var}, {h}::Format::{}); ", format.0);
        }
        if let Some(bound) = &c.minimum {
            let _ = write!(
                out,
                "{h}::minimum(__v, {var}, {}, {}); ",
                limit(&h, bound),
                bound.exclusive
            );
        }
        if let Some(bound) = &c.maximum {
            let _ = write!(
                out,
                "{h}::maximum(__v, {var}, {}, {}); ",
                limit(&h, bound),
                bound.exclusive
            );
        }
        if let Some(step) = &c.multiple_of {
            let step = Bound {
                value: step.clone(),
                exclusive: false,
            };
            let _ = write!(out, "{h}::multiple_of(__v, {var}, {}); ", limit(&h, &step));
        }
        if let Some(n) = c.min_items {
            let _ = write!(out, "{h}::min_items(__v, {var}.len(), {n}); ");
        }
        if let Some(n) = c.max_items {
            let _ = write!(out, "{h}::max_items(__v, {var}.len(), {n}); ");
        }
        if c.unique_items {
            let _ = write!(out, "{h}::unique_items(__v, {var}); ");
        }
        if let Some(n) = c.min_properties {
            let _ = write!(out, "{h}::min_properties(__v, {var}.len(), {n}); ");
        }
        if let Some(n) = c.max_properties {
            let _ = write!(out, "{h}::max_properties(__v, {var}.len(), {n}); ");
        }
        if let Some(keys) = &c.property_names {
            out.push_str(&self.key_checks(var, keys, patterns));
        }
        out
    }
}

/// Whether the key is in the struct value `receiver`: its field is set, or
/// it is among the keys kept.
fn present(s: &Struct, receiver: &str, key: &str) -> String {
    match s.fields.iter().find(|f| !f.flatten && f.wire == key) {
        Some(field) if field.required => "true".to_owned(),
        Some(field) if field.ty.nullable => format!("{receiver}.{}.is_present()", &field.name),
        Some(field) => format!("{receiver}.{}.is_some()", &field.name),
        None => match &s.additional {
            Some(additional) => format!(
                "{receiver}.{}.contains_key({})",
                &additional.name,
                string(key)
            ),
            None => "false".to_owned(),
        },
    }
}

impl Emitter<'_> {
    /// `propertyNames`: every key of the map `var` checked.
    fn key_checks(&self, var: &str, keys: &KeyRule, patterns: &Cell<usize>) -> String {
        let h = self.pr.clone() + "::validate";
        let mut checks = String::new();
        if !keys.values.is_empty() {
            let values: Vec<String> = keys.values.iter().map(|k| string(k)).collect();
            let _ = write!(
                checks,
                "{h}::key_in(__v, __key, &[{}]); ",
                values.join(", ")
            );
        }
        let key_use = TyUse {
            constraints: keys.constraints.clone(),
            ..TyUse::new(Ty::String)
        };
        checks.push_str(&self.constraints("__key", &key_use, patterns));
        format!("for __key in {var}.keys() {{ __v.push_key(__key); {checks}__v.pop(); }} ")
    }
}

fn limit(h: &str, bound: &Bound) -> String {
    let n = &bound.value;
    match n
        .as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
    {
        Some(int) => format!("{h}::Limit::Int({int})"),
        None => format!("{h}::Limit::Float({})", float(n.as_f64().unwrap_or(0.0))),
    }
}

//! Schemas that become a Rust type named outside the spec's shapes:
//! `replace = {...}` (component schemas, by spec name), `formats = {...}`
//! (by `format`), and the `x-rust-type` extension a spec may carry
//! (`{crate, version, path, parameters}`, as typify reads it).
//!
//! Such a type reads and writes itself; `validate()` leaves its values to
//! it, and every use of a replaced schema is that type.

use std::collections::HashSet;

use serde_json::Value;

use super::{Lowerer, Memo};
use crate::error::{Error, Location};
use crate::ir::{Ty, TyUse};
use crate::load::Loc;
use crate::read::Schema;
use crate::{OptionAt, RustType};

const EXTENSION: &str = "x-rust-type";

impl Lowerer<'_, '_> {
    /// The components not generated, by position: those `replace` names
    /// and those carrying `x-rust-type`. Their uses are the given type.
    pub(super) fn foreign_components(
        &mut self,
        components: &[(String, Loc)],
        replace: &[(String, RustType)],
    ) -> HashSet<usize> {
        let mut foreign = HashSet::new();
        for (position, (name, ty)) in replace.iter().enumerate() {
            let Some(index) = components.iter().position(|(n, _)| n == name) else {
                self.unknown_replacement(position, name, components);
                continue;
            };
            let loc = components[index].1.clone();
            let schema = self.schema_at(&loc);
            let nullable = self.admits_null(&schema);
            let use_ = TyUse::new(Ty::Foreign(ty.clone(), Vec::new())).nullable(nullable);
            self.memo.insert(loc, Memo::Inline(Box::new(use_)));
            foreign.insert(index);
        }
        for (index, (_, loc)) in components.iter().enumerate() {
            // Only schemas that carry the extension are read here: the
            // others may not be selected, and are read when they are.
            let carries = matches!(self.loader.get(loc), Some(Value::Object(map)) if map.contains_key(EXTENSION));
            if foreign.contains(&index) || !carries {
                continue;
            }
            let schema = self.schema_at(loc);
            if let Some(use_) = self.rust_type_extension(&schema, loc) {
                self.memo.insert(loc.clone(), Memo::Inline(Box::new(use_)));
                foreign.insert(index);
            }
        }
        foreign
    }

    fn unknown_replacement(&mut self, position: usize, name: &str, components: &[(String, Loc)]) {
        let suggestion = crate::suggest::closest(name, components.iter().map(|(n, _)| n.as_str()))
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        let file = self
            .loader
            .location(&Loc::new(crate::load::FileId(0), ""))
            .file;
        let error = Error::new(
            Location::file(file),
            format!("`replace`: the spec has no schema named `{name}`{suggestion}"),
        );
        self.option_errors
            .push((OptionAt::Replace(position), error.clone()));
        self.errors.push(error);
    }

    /// The type `x-rust-type` names, with its `parameters` lowered as the
    /// type's generic arguments. A malformed extension is reported where
    /// it is, and the schema is generated as if it were not there.
    pub(super) fn rust_type_extension(&mut self, schema: &Schema, loc: &Loc) -> Option<TyUse> {
        let (_, value) = schema.extensions.iter().find(|(key, _)| key == EXTENSION)?;
        let at = loc.child(EXTENSION);
        let path = match value.get("path") {
            Some(Value::String(path)) => path.clone(),
            _ => {
                self.error(
                    &at,
                    "`x-rust-type` needs a `path` string (`{crate, version, path}`)",
                );
                return None;
            }
        };
        // `path` starts with the crate's name: made absolute so that a
        // generated type of the same name cannot shadow it.
        let absolute = if path.starts_with("::") || path.starts_with("crate::") {
            path
        } else {
            format!("::{path}")
        };
        let ty = match RustType::parse(&absolute) {
            Ok(ty) => ty,
            Err(message) => {
                self.error(&at.child("path"), format!("`x-rust-type`: {message}"));
                return None;
            }
        };
        let count = match value.get("parameters") {
            None => 0,
            Some(Value::Array(parameters)) => parameters.len(),
            Some(_) => {
                self.error(
                    &at.child("parameters"),
                    "`x-rust-type`: `parameters` must be an array of schemas",
                );
                return None;
            }
        };
        let hint = self.hint_for(loc);
        let parameters = (0..count)
            .map(|i| {
                let at = at.child("parameters").child(&i.to_string());
                let schema = self.schema_at(&at);
                self.lower(&schema, &at, &format!("{hint}Parameter{i}"))
            })
            .collect();
        let nullable = self.admits_null(schema);
        Some(TyUse::new(Ty::Foreign(ty, parameters)).nullable(nullable))
    }

    /// The type `formats = {...}` gives a primitive schema's `format`.
    pub(super) fn format_type(&self, schema: &Schema, typ: Option<&str>) -> Option<Ty> {
        if !matches!(typ, Some("string" | "integer" | "number")) {
            return None;
        }
        let format = schema.format.as_deref()?;
        let (_, ty) = self.formats.iter().find(|(name, _)| name == format)?;
        Some(Ty::Foreign(ty.clone(), Vec::new()))
    }
}

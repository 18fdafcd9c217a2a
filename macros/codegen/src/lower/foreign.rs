//! Schemas that become a Rust type named outside the spec's shapes:
//! `replace = {...}` (component schemas, by spec name), `formats = {...}`
//! (by `format`), and the `x-rust-type` extension a spec may carry
//! (`{crate, version, path, parameters}`, as typify reads it).
//!
//! Such a type reads and writes itself; `validate()` leaves its values to
//! it, and every use of a replaced schema is that type.

use foldhash::{HashSet, HashSetExt};

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
    /// and those carrying `x-rust-type`. Only the names and the raw JSON
    /// are looked at: their types are made by [`Self::define_foreign`]
    /// once every other component has its name.
    pub(super) fn foreign_components(
        &mut self,
        components: &[(String, Loc)],
        replace: &[(String, RustType)],
    ) -> HashSet<usize> {
        let mut foreign = HashSet::new();
        for (position, (name, _)) in replace.iter().enumerate() {
            match components.iter().position(|(n, _)| n == name) {
                Some(index) => {
                    foreign.insert(index);
                }
                None => self.unknown_replacement(position, name, components),
            }
        }
        for (index, (_, loc)) in components.iter().enumerate() {
            // Only the raw JSON: other schemas may not be selected, and are
            // read when they are.
            if matches!(self.loader.get(loc), Some(Value::Object(map)) if map.contains_key(EXTENSION))
            {
                foreign.insert(index);
            }
        }
        for &index in &foreign {
            self.foreign.insert(components[index].1.clone());
        }
        foreign
    }

    /// The type of each foreign component, for its uses: the user's type
    /// (`replace` wins), else the one `x-rust-type` names (any JSON value,
    /// after an error, when the extension is malformed).
    pub(super) fn define_foreign(
        &mut self,
        components: &[(String, Loc)],
        replace: &[(String, RustType)],
        foreign: &HashSet<usize>,
    ) {
        let mut indices: Vec<usize> = foreign.iter().copied().collect();
        indices.sort_unstable();
        for index in indices {
            let (name, loc) = &components[index];
            let schema = self.schema_at(loc);
            let replaced = replace.iter().find(|(n, _)| n == name);
            let use_ = match replaced {
                Some((_, ty)) => TyUse::new(Ty::Foreign(ty.clone(), Vec::new()))
                    .nullable(self.admits_null(&schema)),
                None => self
                    .rust_type_extension(&schema, loc)
                    .unwrap_or_else(|| TyUse::new(Ty::Any)),
            };
            self.memo.insert(loc.clone(), Memo::Inline(Box::new(use_)));
        }
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
        // With `parameters`, they are the generic arguments: the path has
        // none of its own.
        let parsed = match count {
            0 => RustType::parse(&absolute),
            _ => RustType::parse_plain_path(&absolute).ok_or_else(|| {
                format!("`{absolute}` is not a plain type path (with `parameters`, they are its generic arguments)")
            }),
        };
        let ty = match parsed {
            Ok(ty) => ty,
            Err(message) => {
                self.error(&at.child("path"), format!("`x-rust-type`: {message}"));
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

//! The schemas a spec names: `components/schemas` (3.x, possibly kept in
//! another file through a `$ref`) or `definitions` (Swagger 2.0), and the
//! subset the user selected.

use foldhash::{HashMap, HashSet, HashSetExt};

use serde_json::{Map, Value};

use super::Lowerer;
use crate::load::{FileId, Loc};
use crate::read::Dialect;

/// Which component schemas to generate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Selection {
    /// Every component schema.
    #[default]
    All,
    /// These schemas (by spec name) and everything they reference.
    Only(Vec<String>),
}

pub fn dialect(root: Option<&Map<String, Value>>) -> Dialect {
    let version = |key: &str| -> Option<String> {
        match root?.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    if let Some(openapi) = version("openapi") {
        if openapi.starts_with("3.0") {
            return Dialect::OpenApi30;
        }
        return Dialect::OpenApi31;
    }
    if version("swagger").is_some() {
        return Dialect::Swagger2;
    }
    Dialect::OpenApi30
}

/// `(spec name, location)` of every component schema, in document order.
pub(super) fn collect(lowerer: &mut Lowerer<'_, '_>, root: FileId) -> Vec<(String, Loc)> {
    let pointer = match lowerer.dialect {
        Dialect::Swagger2 => "/definitions",
        _ => "/components/schemas",
    };
    let mut at = Loc::new(root, pointer);
    // The map itself may be a reference to a file of schemas.
    for _ in 0..8 {
        let Some(Value::Object(map)) = lowerer.loader.get(&at) else {
            return Vec::new();
        };
        match map.get("$ref") {
            Some(Value::String(reference)) => {
                let reference = reference.clone();
                match lowerer.resolve(&at, &reference) {
                    Some(target) => at = target,
                    None => return Vec::new(),
                }
            }
            _ => break,
        }
    }
    let Some(Value::Object(map)) = lowerer.loader.get(&at) else {
        return Vec::new();
    };
    let names: Vec<String> = map.keys().cloned().collect();
    names
        .into_iter()
        .map(|name| {
            let loc = at.child(&name);
            (name, loc)
        })
        .collect()
}

/// Indices of the selected components; `None` for all. Unknown names are
/// reported with the closest existing name.
pub(super) fn select(
    lowerer: &mut Lowerer<'_, '_>,
    components: &[(String, Loc)],
    selection: &Selection,
) -> Option<Vec<usize>> {
    let Selection::Only(names) = selection else {
        return None;
    };
    let index: HashMap<&str, usize> = components
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.as_str(), i))
        .collect();
    let mut seen = HashSet::new();
    let mut picked = Vec::new();
    for (position, name) in names.iter().enumerate() {
        match index.get(name.as_str()) {
            Some(&i) => {
                if seen.insert(i) {
                    picked.push(i);
                }
            }
            None => {
                let suggestion =
                    crate::suggest::closest(name, components.iter().map(|(n, _)| n.as_str()))
                        .map(|s| format!("; did you mean `{s}`?"))
                        .unwrap_or_default();
                let root = Loc::new(FileId(0), "");
                let file = lowerer.loader.location(&root).file;
                let error = crate::error::Error::new(
                    crate::error::Location::file(file),
                    format!("`schemas`: the spec has no schema named `{name}`{suggestion}"),
                );
                lowerer
                    .option_errors
                    .push((crate::OptionAt::Schema(position), error.clone()));
                lowerer.errors.push(error);
            }
        }
    }
    picked.sort_unstable();
    Some(picked)
}

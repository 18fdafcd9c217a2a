//! The reference side's own reading of a document: its files as JSON (YAML
//! read with serde_yaml, independently of the generator's loader), its
//! dialect, and where its component schemas are.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde_json::{Map, Number, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

/// Every file of a document, by path relative to the root's directory.
#[derive(Clone)]
pub struct Spec {
    pub dialect: Dialect,
    /// The root document's file name (the key of `files`).
    pub root: String,
    pub files: BTreeMap<String, Value>,
    /// Component schemas in document order: (spec name, file, JSON pointer).
    pub components: Vec<(String, String, String)>,
}

impl Spec {
    /// Reads the document at `path` and every file its `$ref`s reach.
    pub fn load(path: &Path) -> Result<Spec, String> {
        let dir = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let root = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or("no file name")?;
        let mut files = BTreeMap::new();
        let mut pending = vec![root.clone()];
        while let Some(file) = pending.pop() {
            if files.contains_key(&file) {
                continue;
            }
            let value = read(&dir.join(&file))?;
            let mut refs = Vec::new();
            collect_refs(&value, &mut refs);
            for reference in refs {
                let target = reference.split('#').next().unwrap_or_default();
                if !target.is_empty() && !target.contains("://") {
                    pending.push(join(&file, target));
                }
            }
            files.insert(file, value);
        }
        let dialect = match &files[&root] {
            Value::Object(map) if map.contains_key("swagger") => Dialect::Swagger2,
            Value::Object(map) => match map.get("openapi").and_then(Value::as_str) {
                Some(version) if version.starts_with("3.0") => Dialect::OpenApi30,
                _ => Dialect::OpenApi31,
            },
            _ => return Err("not an OpenAPI document".to_owned()),
        };
        let mut spec = Spec {
            dialect,
            root,
            files,
            components: Vec::new(),
        };
        spec.components = spec.find_components();
        Ok(spec)
    }

    pub fn get(&self, file: &str, pointer: &str) -> Option<&Value> {
        self.files.get(file)?.pointer(pointer)
    }

    /// Where a `$ref` written in `file` points: (file, pointer).
    pub fn resolve(&self, file: &str, reference: &str) -> (String, String) {
        let (target, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let file = if target.is_empty() {
            file.to_owned()
        } else {
            join(file, target)
        };
        (file, percent_decode(fragment))
    }

    fn find_components(&self) -> Vec<(String, String, String)> {
        let pointer = match self.dialect {
            Dialect::Swagger2 => "/definitions",
            _ => "/components/schemas",
        };
        let (mut file, mut pointer) = (self.root.clone(), pointer.to_owned());
        // The map may itself be a `$ref` to a file of schemas.
        for _ in 0..8 {
            match self.get(&file, &pointer) {
                Some(Value::Object(map)) => match map.get("$ref").and_then(Value::as_str) {
                    Some(reference) => (file, pointer) = self.resolve(&file, reference),
                    None => break,
                },
                _ => return Vec::new(),
            }
        }
        let Some(Value::Object(map)) = self.get(&file, &pointer) else {
            return Vec::new();
        };
        map.keys()
            .map(|name| {
                let at = format!("{pointer}/{}", escape(name));
                (name.clone(), file.clone(), at)
            })
            .collect()
    }
}

/// Parses a JSON or YAML file into JSON; YAML keys become strings.
pub fn read(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e == "json") {
        return serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()));
    }
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(from_yaml(yaml))
}

fn from_yaml(value: serde_yaml::Value) -> Value {
    match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(Number::from_f64)
                    .map_or(Value::Null, Value::Number)
            }
        }
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => {
            Value::Array(items.into_iter().map(from_yaml).collect())
        }
        serde_yaml::Value::Mapping(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let key = match key {
                    serde_yaml::Value::String(s) => s,
                    other => match from_yaml(other) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    },
                };
                out.insert(key, from_yaml(value));
            }
            Value::Object(out)
        }
        serde_yaml::Value::Tagged(tagged) => from_yaml(tagged.value),
    }
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                out.push(reference.clone());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// `relative`, written in `file`, as a path relative to the root's directory.
fn join(file: &str, relative: &str) -> String {
    let base = Path::new(file).parent().unwrap_or(Path::new(""));
    let mut out = PathBuf::new();
    for component in base.join(percent_decode(relative)).components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out.to_string_lossy().into_owned()
}

/// RFC 6901 escaping of one reference token.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Decodes `%XX` escapes (URI fragments and paths).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz");
            if let Ok(byte) = u8::from_str_radix(hex, 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

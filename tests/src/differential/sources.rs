//! Instances written by people: the spec authors' own examples, and the
//! fixtures of this repository.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::spec::{percent_decode, Dialect, Spec};
use super::{Case, Source};

/// The spec authors' examples of each component: `example`/`examples` on
/// the component itself, and the examples of every media type, parameter
/// or header whose schema is a reference to it.
pub fn examples(spec: &Spec) -> Vec<Case> {
    let index: HashMap<(&str, &str), usize> = spec
        .components
        .iter()
        .enumerate()
        .map(|(i, (_, file, pointer))| ((file.as_str(), pointer.as_str()), i))
        .collect();
    let mut cases = Vec::new();
    for (i, (_, file, pointer)) in spec.components.iter().enumerate() {
        if let Some(Value::Object(schema)) = spec.get(file, pointer) {
            for value in schema_examples(schema) {
                cases.push(Case::new(i, value.clone(), Source::Example));
            }
        }
    }
    let root = &spec.files[&spec.root];
    let mut users = Vec::new();
    find_example_users(root, &mut users);
    for user in users {
        let Some(Value::String(reference)) = user.get("schema").and_then(|s| s.get("$ref")) else {
            continue;
        };
        let (file, pointer) = spec.resolve(&spec.root, reference);
        let Some(&component) = index.get(&(file.as_str(), pointer.as_str())) else {
            continue;
        };
        for value in user_examples(spec, user) {
            cases.push(Case::new(component, value, Source::Example));
        }
    }
    cases
}

fn schema_examples(schema: &serde_json::Map<String, Value>) -> Vec<&Value> {
    let mut out: Vec<&Value> = schema.get("example").into_iter().collect();
    if let Some(Value::Array(examples)) = schema.get("examples") {
        out.extend(examples);
    }
    out
}

/// Objects with a `schema` and examples: media types, parameters, headers
/// (and Swagger 2.0 responses).
fn find_example_users<'v>(value: &'v Value, out: &mut Vec<&'v serde_json::Map<String, Value>>) {
    match value {
        Value::Object(map) => {
            if map.contains_key("schema")
                && (map.contains_key("example") || map.contains_key("examples"))
            {
                out.push(map);
            }
            for (key, child) in map {
                // Example values are data, not more of the document.
                if key != "example" && key != "examples" && key != "default" {
                    find_example_users(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| find_example_users(v, out)),
        _ => {}
    }
}

fn user_examples(spec: &Spec, user: &serde_json::Map<String, Value>) -> Vec<Value> {
    let mut out: Vec<Value> = user.get("example").cloned().into_iter().collect();
    let Some(Value::Object(examples)) = user.get("examples") else {
        return out;
    };
    for example in examples.values() {
        if spec.dialect == Dialect::Swagger2 {
            // Swagger 2.0: `examples: {mime type: value}`.
            out.push(example.clone());
            continue;
        }
        let example = match example.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let (file, pointer) = spec.resolve(&spec.root, reference);
                spec.get(&file, &pointer)
            }
            None => Some(example),
        };
        if let Some(value) = example.and_then(|e| e.get("value")) {
            out.push(value.clone());
        }
    }
    out
}

/// Fixture files `<Schema>.<case>.json` in `dir` for the spec's components.
pub fn fixtures(spec: &Spec, dir: &Path) -> Vec<Case> {
    let index: HashMap<&str, usize> = spec
        .components
        .iter()
        .enumerate()
        .map(|(i, (name, _, _))| (name.as_str(), i))
        .collect();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some((schema, case)) = name
            .strip_suffix(".json")
            .and_then(|stem| stem.rsplit_once('.'))
        else {
            continue;
        };
        let Some(&component) = index.get(percent_decode(schema).as_str()) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            cases.push(Case::new(
                component,
                value,
                Source::Fixture(format!("{schema}.{case}")),
            ));
        }
    }
    cases
}

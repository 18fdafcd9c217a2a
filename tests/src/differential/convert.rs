//! OpenAPI schemas to JSON Schema 2020-12, for the reference validator.
//!
//! OpenAPI 3.1 schemas are JSON Schema already. OpenAPI 3.0 and Swagger 2.0
//! schemas are converted by what those specifications say:
//!
//! - `nullable: true` (3.0) and `x-nullable: true` (2.0) add `null` to the
//!   allowed types, and only where `type` is given in the same object (OAS
//!   3.0.3: "only if type is explicitly defined within the same Schema
//!   Object"; other keywords such as `enum` keep their meaning);
//! - a boolean `exclusiveMinimum`/`exclusiveMaximum` turns its `minimum` or
//!   `maximum` exclusive;
//! - a `$ref` object's other keys are ignored ("SHALL be ignored");
//! - Swagger 2.0 `type: file` accepts anything (it is not JSON), and its
//!   string `discriminator` is an annotation;
//! - the draft-4 tuple form of `items` becomes `prefixItems`.
//!
//! In every dialect, the OpenAPI integer formats (`int32`, `uint64`, ...)
//! bound the value to their range (the generated types hold exactly that
//! range), and keywords with values that no JSON Schema draft allows
//! (`required: true`, `type: any`) are dropped, so that the schema compiles.
//!
//! A [`Reading`] converts differently: the spec as the project reads it
//! where the specifications are ambiguous or where it deliberately departs
//! from them (README, "How the ambiguous cases are read"). A disagreement
//! that a reading's reference does not have is put down to that reading.

use std::collections::HashSet;

use serde_json::{json, Map, Value};

use super::spec::{Dialect, Spec};

/// A documented reading of the spec, as a change to the conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reading {
    /// `nullable: true` (and `x-nullable`, and `null` among `enum` values)
    /// admits `null` wherever it stands, in every dialect.
    Nullable,
    /// `$ref` siblings apply, also in OpenAPI 3.0 and Swagger 2.0.
    RefSiblings,
    /// An object or array only by its keywords is that object or array.
    KeywordTypes,
    /// Keys that `additionalProperties: false` forbids are read past.
    ClosedObjects,
    /// `oneOf` takes the first member that fits, like `anyOf`.
    OneOfFirst,
    /// `writeOnly` properties are optional.
    WriteOnly,
}

impl Reading {
    pub const ALL: [Reading; 6] = [
        Reading::Nullable,
        Reading::RefSiblings,
        Reading::KeywordTypes,
        Reading::ClosedObjects,
        Reading::OneOfFirst,
        Reading::WriteOnly,
    ];

    /// The README's name for the reading.
    pub fn heading(self) -> &'static str {
        match self {
            Reading::Nullable => "nullable admits null wherever it stands",
            Reading::RefSiblings => "$ref siblings apply",
            Reading::KeywordTypes => "objects and arrays by their keywords",
            Reading::ClosedObjects => "additionalProperties: false is read past",
            Reading::OneOfFirst => "oneOf takes the first member that fits",
            Reading::WriteOnly => "writeOnly properties are optional",
        }
    }
}

/// Converts, in place, every schema reachable from the components; with
/// `readings`, as the project reads the spec in those respects.
pub fn convert(spec: &mut Spec, readings: &[Reading]) {
    let mut pending: Vec<(String, String)> = spec
        .components
        .iter()
        .map(|(_, file, pointer)| (file.clone(), pointer.clone()))
        .collect();
    let mut seen = HashSet::new();
    while let Some((file, pointer)) = pending.pop() {
        if !seen.insert((file.clone(), pointer.clone())) {
            continue;
        }
        let mut refs = Vec::new();
        let dialect = spec.dialect;
        if let Some(node) = spec
            .files
            .get_mut(&file)
            .and_then(|value| value.pointer_mut(&pointer))
        {
            schema(node, dialect, readings, &mut refs);
        }
        for reference in refs {
            pending.push(spec.resolve(&file, &reference));
        }
    }
}

/// Subschema keywords whose value is a schema.
const ONE: [&str; 10] = [
    "additionalProperties",
    "items",
    "not",
    "contains",
    "if",
    "then",
    "else",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
];
/// ... an array of schemas.
const LIST: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];
/// ... a map of schemas.
const MAP: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];

const TYPES: [&str; 7] = [
    "null", "boolean", "object", "array", "number", "integer", "string",
];

fn schema(value: &mut Value, dialect: Dialect, readings: &[Reading], refs: &mut Vec<String>) {
    let Value::Object(map) = value else {
        return;
    };
    let admits_null = readings.contains(&Reading::Nullable) && lenient_null(map);
    if let Some(Value::String(reference)) = map.get("$ref") {
        refs.push(reference.clone());
        if dialect != Dialect::OpenApi31 && !readings.contains(&Reading::RefSiblings) {
            map.retain(|key, _| key == "$ref");
            if admits_null {
                or_null(map);
            }
            return;
        }
    }
    if dialect != Dialect::OpenApi31 {
        nullable(map, dialect);
    }
    lenient(map, readings);
    exclusive_bound(map, "exclusiveMinimum", "minimum");
    exclusive_bound(map, "exclusiveMaximum", "maximum");
    if dialect == Dialect::Swagger2 && map.get("discriminator").is_some_and(Value::is_string) {
        map.remove("discriminator");
    }
    sanitize_type(map);
    if !map.get("required").is_some_and(Value::is_array) {
        map.remove("required");
    }
    tuple_items(map);
    integer_format(map);
    for keyword in ONE {
        if let Some(sub) = map.get_mut(keyword) {
            schema(sub, dialect, readings, refs);
        }
    }
    for keyword in LIST {
        if let Some(Value::Array(items)) = map.get_mut(keyword) {
            items
                .iter_mut()
                .for_each(|sub| schema(sub, dialect, readings, refs));
        }
    }
    for keyword in MAP {
        if let Some(Value::Object(subs)) = map.get_mut(keyword) {
            subs.values_mut()
                .for_each(|sub| schema(sub, dialect, readings, refs));
        }
    }
    if admits_null {
        or_null(map);
    }
}

/// The schema, or `null`.
fn or_null(map: &mut Map<String, Value>) {
    let inner = std::mem::take(map);
    map.insert(
        "anyOf".to_owned(),
        json!([{ "type": "null" }, Value::Object(inner)]),
    );
}

/// The readings that change a schema object itself (`Nullable` wraps it
/// once its keywords are converted, `RefSiblings` is decided above).
fn lenient(map: &mut Map<String, Value>, readings: &[Reading]) {
    if readings.contains(&Reading::KeywordTypes) && !map.contains_key("type") {
        if ["properties", "required", "additionalProperties"]
            .iter()
            .any(|k| map.contains_key(*k))
        {
            map.insert("type".to_owned(), json!("object"));
        } else if map.contains_key("items") || map.contains_key("prefixItems") {
            map.insert("type".to_owned(), json!("array"));
        }
    }
    if readings.contains(&Reading::ClosedObjects)
        && map.get("additionalProperties") == Some(&Value::Bool(false))
    {
        map.remove("additionalProperties");
    }
    if readings.contains(&Reading::OneOfFirst) {
        if let Some(members) = map.remove("oneOf") {
            match map.get_mut("anyOf") {
                // Both: the value must fit one of each.
                Some(_) => {
                    let all_of = map.entry("allOf").or_insert_with(|| json!([]));
                    if let Value::Array(all_of) = all_of {
                        all_of.push(json!({ "anyOf": members }));
                    }
                }
                None => {
                    map.insert("anyOf".to_owned(), members);
                }
            }
        }
    }
    if readings.contains(&Reading::WriteOnly) {
        write_only_optional(map);
    }
}

/// The project's reading: `nullable: true` or `x-nullable: true` in any
/// dialect, or `null` among the `enum` values.
fn lenient_null(map: &Map<String, Value>) -> bool {
    map.get("nullable") == Some(&Value::Bool(true))
        || map.get("x-nullable") == Some(&Value::Bool(true))
        || map
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| values.iter().any(Value::is_null))
}

/// Drops `writeOnly` properties from `required`.
fn write_only_optional(map: &mut Map<String, Value>) {
    let write_only: Vec<String> = match map.get("properties") {
        Some(Value::Object(properties)) => properties
            .iter()
            .filter(|(_, p)| p.get("writeOnly") == Some(&Value::Bool(true)))
            .map(|(name, _)| name.clone())
            .collect(),
        _ => return,
    };
    if let Some(Value::Array(required)) = map.get_mut("required") {
        required.retain(|name| {
            !name
                .as_str()
                .is_some_and(|n| write_only.iter().any(|w| w == n))
        });
    }
}

fn nullable(map: &mut Map<String, Value>, dialect: Dialect) {
    let key = match dialect {
        Dialect::Swagger2 => "x-nullable",
        _ => "nullable",
    };
    if map.remove(key) != Some(Value::Bool(true)) {
        return;
    }
    if let Some(Value::String(typ)) = map.get("type") {
        if typ != "null" {
            let typ = typ.clone();
            map.insert("type".to_owned(), json!([typ, "null"]));
        }
    }
}

fn exclusive_bound(map: &mut Map<String, Value>, exclusive: &str, inclusive: &str) {
    if let Some(Value::Bool(flag)) = map.get(exclusive) {
        let flag = *flag;
        map.remove(exclusive);
        if flag {
            if let Some(limit) = map.remove(inclusive) {
                map.insert(exclusive.to_owned(), limit);
            }
        }
    }
}

fn sanitize_type(map: &mut Map<String, Value>) {
    let keep = match map.get_mut("type") {
        None => return,
        Some(Value::String(name)) => TYPES.contains(&name.as_str()),
        Some(Value::Array(names)) => {
            names.retain(|name| name.as_str().is_some_and(|n| TYPES.contains(&n)));
            !names.is_empty()
        }
        Some(_) => false,
    };
    if !keep {
        map.remove("type");
    }
}

fn tuple_items(map: &mut Map<String, Value>) {
    if !map.get("items").is_some_and(Value::is_array) {
        return;
    }
    if let Some(items) = map.remove("items") {
        map.insert("prefixItems".to_owned(), items);
    }
    if let Some(rest) = map.remove("additionalItems") {
        map.insert("items".to_owned(), rest);
    }
}

fn integer_format(map: &mut Map<String, Value>) {
    let integer = match map.get("type") {
        Some(Value::String(t)) => t == "integer",
        Some(Value::Array(types)) => types.iter().any(|t| t == "integer"),
        _ => false,
    };
    let range = match map.get("format").and_then(Value::as_str) {
        Some("int8") => json!({"minimum": i8::MIN, "maximum": i8::MAX}),
        Some("int16") => json!({"minimum": i16::MIN, "maximum": i16::MAX}),
        Some("int32") => json!({"minimum": i32::MIN, "maximum": i32::MAX}),
        Some("int64") => json!({"minimum": i64::MIN, "maximum": i64::MAX}),
        Some("uint8") => json!({"minimum": 0, "maximum": u8::MAX}),
        Some("uint16") => json!({"minimum": 0, "maximum": u16::MAX}),
        Some("uint32") => json!({"minimum": 0, "maximum": u32::MAX}),
        Some("uint64") => json!({"minimum": 0, "maximum": u64::MAX}),
        _ => return,
    };
    if !integer {
        return;
    }
    match map.get_mut("allOf") {
        Some(Value::Array(members)) => members.push(range),
        _ => {
            map.insert("allOf".to_owned(), json!([range]));
        }
    }
}

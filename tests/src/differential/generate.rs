//! Instances generated from the converted schemas: for each component a
//! `full` one (every property), a `minimal` one (required properties only),
//! a `nulls` one (`null` wherever the schema admits it) and one per member
//! of a top-level union. The generator only tries to be
//! valid; the reference decides whether it is, so an instance it got wrong
//! is still a labelled case.

use std::cell::Cell;

use serde_json::{json, Map, Value};

use super::spec::Spec;
use super::{Case, Source};

/// Nesting beyond which only required properties are generated, and the
/// depth where generation stops (`null`, `{}` or `[]`).
const ECONOMY: usize = 4;
const STOP: usize = 9;
/// Members of a top-level union that get an instance each.
const BRANCHES: usize = 4;
/// Values generated per instance before generation stops everywhere
/// (keeps instances of large, deeply nested schemas small).
const BUDGET: usize = 1500;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Full,
    Minimal,
    /// Like `Full`, with `null` wherever it is allowed (below the top).
    Nulls,
}

impl Mode {
    /// Optional properties and items too.
    fn everything(self) -> bool {
        self != Mode::Minimal
    }
}

pub fn generated(spec: &Spec) -> Vec<Case> {
    let mut cases = Vec::new();
    for (i, (_, file, pointer)) in spec.components.iter().enumerate() {
        let Some(schema) = spec.get(file, pointer) else {
            continue;
        };
        let generator = Generator {
            spec,
            budget: Cell::new(0),
        };
        for (mode, label) in [
            (Mode::Full, "full"),
            (Mode::Minimal, "minimal"),
            (Mode::Nulls, "nulls"),
        ] {
            generator.budget.set(BUDGET);
            let value = generator.value(file, schema, 0, mode, None);
            cases.push(Case::new(i, value, Source::Generated(label.to_owned())));
        }
        let (file, top) = generator.follow(file, schema);
        let members = ["oneOf", "anyOf"]
            .iter()
            .filter_map(|k| top.get(k)?.as_array().map(Vec::len))
            .max()
            .unwrap_or(0);
        for branch in 0..members.min(BRANCHES) {
            generator.budget.set(BUDGET);
            let value = generator.value(&file, top, 0, Mode::Full, Some(branch));
            cases.push(Case::new(
                i,
                value,
                Source::Generated(format!("branch{branch}")),
            ));
        }
    }
    cases
}

struct Generator<'s> {
    spec: &'s Spec,
    /// Values left to generate in this instance.
    budget: Cell<usize>,
}

impl<'s> Generator<'s> {
    /// Follows `$ref`s to a schema with content: (its file, it).
    fn follow(&self, file: &str, mut schema: &'s Value) -> (String, &'s Value) {
        let mut file = file.to_owned();
        for _ in 0..16 {
            let Some(reference) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let (target_file, pointer) = self.spec.resolve(&file, reference);
            match self.spec.get(&target_file, &pointer) {
                Some(target) => {
                    file = target_file;
                    schema = target;
                }
                None => break,
            }
        }
        (file, schema)
    }

    fn value(
        &self,
        file: &str,
        schema: &'s Value,
        depth: usize,
        mode: Mode,
        branch: Option<usize>,
    ) -> Value {
        let (file, schema) = self.follow(file, schema);
        let Value::Object(map) = schema else {
            return if schema == &Value::Bool(false) {
                Value::Null
            } else {
                json!("value")
            };
        };
        if mode == Mode::Nulls && depth > 0 && admits_null(map) {
            return Value::Null;
        }
        if let Some(value) = map.get("const") {
            return value.clone();
        }
        if let Some(Value::Array(values)) = map.get("enum") {
            if let Some(value) = values.iter().find(|v| !v.is_null()).or(values.first()) {
                return value.clone();
            }
        }
        let mode = if depth >= ECONOMY {
            Mode::Minimal
        } else {
            mode
        };
        let budget = self.budget.get();
        self.budget.set(budget.saturating_sub(1));
        if depth >= STOP || budget == 0 {
            return stop(map);
        }
        // A union: one member, merged with what stands beside it.
        for keyword in ["oneOf", "anyOf"] {
            if let Some(Value::Array(members)) = map.get(keyword) {
                let pick = branch
                    .filter(|b| *b < members.len())
                    .unwrap_or_else(|| preferred(members));
                let chosen = self.value(&file, &members[pick], depth + 1, mode, None);
                return self.merge_beside(&file, map, chosen, depth, mode);
            }
        }
        let typ = first_type(map);
        match typ.as_deref() {
            Some("object") => Value::Object(self.object(&file, map, depth, mode)),
            Some("array") => self.array(&file, map, depth, mode),
            Some("string") => string(map),
            Some("integer") => integer(map),
            Some("number") => number(map),
            Some("boolean") => json!(true),
            Some("null") => Value::Null,
            _ => match map.get("allOf") {
                Some(Value::Array(members)) if !members.is_empty() => {
                    let first = self.value(&file, &members[0], depth + 1, mode, None);
                    self.merge_beside(&file, map, first, depth, mode)
                }
                _ => json!("value"),
            },
        }
    }

    /// A union member's value together with the properties and `allOf`
    /// members beside the union.
    fn merge_beside(
        &self,
        file: &str,
        map: &'s Map<String, Value>,
        chosen: Value,
        depth: usize,
        mode: Mode,
    ) -> Value {
        let Value::Object(mut chosen) = chosen else {
            return chosen;
        };
        for (key, value) in self.object(file, map, depth, mode) {
            chosen.entry(key).or_insert(value);
        }
        Value::Object(chosen)
    }

    /// Properties of `map` and of its `allOf` members.
    fn object(
        &self,
        file: &str,
        map: &'s Map<String, Value>,
        depth: usize,
        mode: Mode,
    ) -> Map<String, Value> {
        let mut out = Map::new();
        let required: Vec<&str> = map
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(Value::Object(properties)) = map.get("properties") {
            for (name, schema) in properties {
                if mode.everything() || required.contains(&name.as_str()) {
                    out.insert(
                        name.clone(),
                        self.value(file, schema, depth + 1, mode, None),
                    );
                }
            }
        }
        for name in required {
            out.entry(name.to_owned()).or_insert_with(|| json!("value"));
        }
        if mode.everything() {
            if let Some(schema @ Value::Object(_)) = map.get("additionalProperties") {
                out.entry("extra")
                    .or_insert_with(|| self.value(file, schema, depth + 1, mode, None));
            }
        }
        if let Some(Value::Array(members)) = map.get("allOf") {
            for member in members {
                let (member_file, member) = self.follow(file, member);
                if let Value::Object(member) =
                    self.value(&member_file, member, depth + 1, mode, None)
                {
                    for (key, value) in member {
                        out.entry(key).or_insert(value);
                    }
                }
            }
        }
        out
    }

    fn array(&self, file: &str, map: &'s Map<String, Value>, depth: usize, mode: Mode) -> Value {
        let mut items = Vec::new();
        if let Some(Value::Array(prefix)) = map.get("prefixItems") {
            for schema in prefix {
                items.push(self.value(file, schema, depth + 1, mode, None));
            }
            return Value::Array(items);
        }
        let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
        let count = if mode.everything() { min.max(1) } else { min };
        if let Some(schema) = map.get("items") {
            for _ in 0..count.min(8) {
                items.push(self.value(file, schema, depth + 1, mode, None));
            }
        }
        Value::Array(items)
    }
}

/// Whether the schema itself lets `null` through: `null` among its types,
/// `enum` values or `const`, or a `{type: "null"}` union member.
fn admits_null(map: &Map<String, Value>) -> bool {
    let null_type = |v: Option<&Value>| match v {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
        _ => false,
    };
    null_type(map.get("type"))
        || map.get("const") == Some(&Value::Null)
        || map
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| values.iter().any(Value::is_null))
        || ["anyOf", "oneOf"].iter().any(|k| {
            map.get(*k)
                .and_then(Value::as_array)
                .is_some_and(|members| members.iter().any(|m| null_type(m.get("type"))))
        })
}

/// The first member that is not only `null` (those make poor examples).
fn preferred(members: &[Value]) -> usize {
    members
        .iter()
        .position(|m| m.get("type") != Some(&json!("null")))
        .unwrap_or(0)
}

fn first_type(map: &Map<String, Value>) -> Option<String> {
    match map.get("type") {
        Some(Value::String(t)) => Some(t.clone()),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .or(types.first().and_then(Value::as_str))
            .map(str::to_owned),
        _ if map.contains_key("properties") => Some("object".to_owned()),
        _ if map.contains_key("items") || map.contains_key("prefixItems") => {
            Some("array".to_owned())
        }
        _ => None,
    }
}

/// What to put where generation stops.
fn stop(map: &Map<String, Value>) -> Value {
    match map.get("type") {
        Some(Value::Array(types)) if types.iter().any(|t| t == "null") => Value::Null,
        _ => match first_type(map).as_deref() {
            Some("array") => json!([]),
            Some("object") => json!({}),
            Some("string") => string(map),
            Some("integer") => integer(map),
            Some("number") => number(map),
            Some("boolean") => json!(false),
            _ => Value::Null,
        },
    }
}

fn string(map: &Map<String, Value>) -> Value {
    for keyword in ["example", "default"] {
        if let Some(value @ Value::String(_)) = map.get(keyword) {
            return value.clone();
        }
    }
    if let Some(Value::String(pattern)) = map.get("pattern") {
        if let Some(found) = matching(pattern, map) {
            return json!(found);
        }
    }
    let text = match map.get("format").and_then(Value::as_str) {
        Some("date-time") => "2024-05-01T12:00:00Z",
        Some("date") => "2024-05-01",
        Some("time") => "12:00:00Z",
        Some("duration") => "P1DT2H",
        Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        Some("email") => "user@example.com",
        Some("hostname") => "api.example.com",
        Some("ipv4") => "192.0.2.1",
        Some("ipv6") => "2001:db8::1",
        Some("uri" | "iri" | "url") => "https://example.com/a/b?c=d",
        Some("uri-reference" | "iri-reference") => "/a/b?c=d",
        Some("uri-template") => "https://example.com/{id}",
        Some("byte") => "aGVsbG8=",
        Some("json-pointer") => "/a/b",
        Some("regex") => "^a+$",
        _ => "text",
    };
    json!(fit_length(text, map))
}

/// A string the pattern accepts, from a few shapes real patterns ask for.
fn matching(pattern: &str, map: &Map<String, Value>) -> Option<String> {
    let check = json!({ "pattern": pattern });
    let validator = jsonschema::validator_for(&check).ok()?;
    let candidates = [
        "text",
        "a",
        "abc",
        "A",
        "ABC",
        "1",
        "123",
        "a1",
        "abc_123",
        "abc-123",
        "ab.cd",
        "x:y",
        "2024-05-01",
        "+15551234567",
        "US",
        "usd",
        "en-US",
        "aaaaaaaa",
        "00000000",
        "1.0.0",
    ];
    candidates
        .iter()
        .map(|c| fit_length(c, map))
        .find(|c| validator.is_valid(&json!(c)))
}

fn fit_length(text: &str, map: &Map<String, Value>) -> String {
    let min = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = map
        .get("maxLength")
        .and_then(Value::as_u64)
        .map(|m| m as usize);
    let mut text: String = text.to_owned();
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = max {
        text = text.chars().take(max).collect();
    }
    text
}

fn integer(map: &Map<String, Value>) -> Value {
    if let Some(value) = map.get("example").filter(|v| v.is_i64() || v.is_u64()) {
        return value.clone();
    }
    let low = map.get("minimum").and_then(Value::as_f64).or_else(|| {
        map.get("exclusiveMinimum")
            .and_then(Value::as_f64)
            .map(|m| m + 1.0)
    });
    let high = map.get("maximum").and_then(Value::as_f64).or_else(|| {
        map.get("exclusiveMaximum")
            .and_then(Value::as_f64)
            .map(|m| m - 1.0)
    });
    let mut value = low.map_or(1.0, |l| l.ceil().max(1.0).min(high.unwrap_or(f64::MAX)));
    if let Some(high) = high {
        value = value.min(high.floor());
    }
    if let Some(step) = map.get("multipleOf").and_then(Value::as_f64) {
        if step >= 1.0 {
            value = (value / step).ceil() * step;
        }
    }
    if value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

fn number(map: &Map<String, Value>) -> Value {
    if let Some(value) = map.get("example").filter(|v| v.is_number()) {
        return value.clone();
    }
    let low = map.get("minimum").and_then(Value::as_f64);
    let high = map.get("maximum").and_then(Value::as_f64);
    let value = match (low, high) {
        (Some(l), Some(h)) => (l + h) / 2.0,
        (Some(l), None) => l + 1.5,
        (None, Some(h)) => h - 1.5,
        (None, None) => 2.5,
    };
    serde_json::Number::from_f64(value).map_or(json!(0), Value::Number)
}

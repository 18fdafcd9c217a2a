//! Mutations of valid instances: one change at one place, of the kinds that
//! break what a schema asks (a required key dropped, a wrong JSON type, a
//! value outside an `enum` or `const`, `null`, a string or number or array
//! outside its bounds, an unknown key). Which ones the spec forbids is for
//! the reference to say: a mutation is only a candidate.

use serde_json::{json, Value};

/// Up to `limit` mutations of `instance`, spread over its places and
/// kinds, the same ones on every run.
pub fn mutations(instance: &Value, limit: usize) -> Vec<(String, Value)> {
    let mut places = Vec::new();
    collect(instance, String::new(), &mut places);
    let mut all: Vec<(String, Edit)> = Vec::new();
    for (pointer, value) in &places {
        for edit in edits(value) {
            all.push((pointer.clone(), edit));
        }
    }
    // A pseudo-random choice that is the same on every run: the
    // candidates with the smallest hashes.
    let seed = fnv(&instance.to_string());
    let mut scored: Vec<(u64, String, Edit)> = all
        .into_iter()
        .enumerate()
        .map(|(i, (pointer, edit))| {
            let score = fnv(&format!("{seed}/{i}/{pointer}"));
            (score, pointer, edit)
        })
        .collect();
    scored.sort_by_key(|(score, _, _)| *score);
    let mut out = Vec::new();
    for (_, pointer, edit) in scored.into_iter().take(limit) {
        let mut mutated = instance.clone();
        let description = format!("{} at `{pointer}`", edit.describe());
        if apply(&mut mutated, &pointer, edit) && mutated != *instance {
            out.push((description, mutated));
        }
    }
    out
}

/// Every place of the instance with its JSON pointer (the root is "").
fn collect<'v>(value: &'v Value, pointer: String, out: &mut Vec<(String, &'v Value)>) {
    out.push((pointer.clone(), value));
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                collect(
                    child,
                    format!("{pointer}/{}", super::spec::escape(key)),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect(child, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

enum Edit {
    Replace(&'static str, Value),
    DropKey(String),
    AddKey,
    DuplicateItem,
}

impl Edit {
    fn describe(&self) -> String {
        match self {
            Edit::Replace(what, _) => (*what).to_owned(),
            Edit::DropKey(key) => format!("drop `{key}`"),
            Edit::AddKey => "unknown key".to_owned(),
            Edit::DuplicateItem => "duplicate item".to_owned(),
        }
    }
}

fn edits(value: &Value) -> Vec<Edit> {
    let mut out = vec![Edit::Replace("null", Value::Null)];
    match value {
        Value::Object(map) => {
            out.extend(map.keys().map(|k| Edit::DropKey(k.clone())));
            out.push(Edit::AddKey);
            out.push(Edit::Replace("wrong type", json!([])));
            out.push(Edit::Replace("wrong type", json!("text")));
        }
        Value::Array(items) => {
            out.push(Edit::Replace("empty array", json!([])));
            if !items.is_empty() {
                out.push(Edit::DuplicateItem);
            }
            out.push(Edit::Replace("wrong type", json!({})));
        }
        Value::String(s) => {
            out.push(Edit::Replace("other string", json!(format!("{s}~"))));
            out.push(Edit::Replace("empty string", json!("")));
            out.push(Edit::Replace(
                "long string",
                json!(format!("{s}{}", "x".repeat(300))),
            ));
            out.push(Edit::Replace("wrong type", json!(17)));
        }
        Value::Number(n) => {
            // Integers stay integers (`3.0` is another question).
            match n.as_i64() {
                Some(i) if i.unsigned_abs() < 1 << 52 => {
                    out.push(Edit::Replace("large number", json!(i + 10_000_000)));
                    out.push(Edit::Replace("negative number", json!(-i - 10_000_000)));
                }
                _ => {
                    let x = n.as_f64().unwrap_or(0.0);
                    out.push(Edit::Replace("large number", json!(x + 1.0e7)));
                    out.push(Edit::Replace("negative number", json!(-x - 1.0e7)));
                }
            }
            let x = n.as_f64().unwrap_or(0.0);
            out.push(Edit::Replace("fraction", json!(x + 0.5)));
            out.push(Edit::Replace("wrong type", json!("17")));
        }
        Value::Bool(b) => {
            out.push(Edit::Replace("other boolean", json!(!b)));
            out.push(Edit::Replace("wrong type", json!("true")));
        }
        Value::Null => {
            out.clear();
            out.push(Edit::Replace("wrong type", json!("text")));
            out.push(Edit::Replace("wrong type", json!(0)));
            out.push(Edit::Replace("wrong type", json!({})));
        }
    }
    out
}

fn apply(instance: &mut Value, pointer: &str, edit: Edit) -> bool {
    let Some(target) = instance.pointer_mut(pointer) else {
        return false;
    };
    match (edit, target) {
        (Edit::Replace(_, value), target) => *target = value,
        (Edit::DropKey(key), Value::Object(map)) => {
            map.remove(&key);
        }
        (Edit::AddKey, Value::Object(map)) => {
            map.insert("unknownKeyOfTheHarness".to_owned(), json!("text"));
        }
        (Edit::DuplicateItem, Value::Array(items)) => {
            let first = items[0].clone();
            items.push(first);
        }
        _ => return false,
    }
    true
}

/// FNV-1a: a stable hash (std's `DefaultHasher` may change between releases).
pub fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

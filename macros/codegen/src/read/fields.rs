//! Reading one keyword's value: lenient (a value of the wrong kind reads as
//! absent), numbers kept as JSON numbers.

use serde_json::{Map, Number, Value};

use super::Bound;

/// A keyword's value ([`crate::load::pointer::member`]).
pub fn get<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    crate::load::pointer::member(map, key)
}

pub fn string(map: &Map<String, Value>, key: &str) -> Option<String> {
    get(map, key).and_then(Value::as_str).map(str::to_owned)
}

pub fn flag(map: &Map<String, Value>, key: &str) -> bool {
    get(map, key).and_then(Value::as_bool).unwrap_or(false)
}

pub fn unsigned(map: &Map<String, Value>, key: &str) -> Option<u64> {
    get(map, key).and_then(Value::as_u64)
}

/// A numeric keyword. YAML reads a float beyond the 64-bit range (`1e400`)
/// as text; as a bound it means the largest float.
pub fn number(map: &Map<String, Value>, key: &str) -> Option<Number> {
    match get(map, key) {
        Some(Value::Number(n)) => Some(n.clone()),
        Some(Value::String(text)) => text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_infinite())
            .and_then(|x| Number::from_f64(1e308_f64.copysign(x))),
        _ => None,
    }
}

/// `minimum` (or `maximum`) with its `exclusive...` keyword: 3.0's boolean
/// makes the bound exclusive; 3.1's number is a bound of its own, and the
/// stricter of the two holds. `lower`: a lower bound.
pub fn bound(
    map: &Map<String, Value>,
    inclusive: &str,
    exclusive: &str,
    lower: bool,
) -> Option<Bound> {
    let plain = number(map, inclusive);
    match get(map, exclusive) {
        Some(Value::Bool(flag)) => plain.map(|value| Bound {
            value,
            exclusive: *flag,
        }),
        Some(Value::Number(limit)) => {
            let as_f64 = |n: &Number| n.as_f64().unwrap_or(f64::NAN);
            // Is the exclusive limit at least as strict as the plain one?
            let stricter = match &plain {
                Some(plain) if lower => as_f64(limit) >= as_f64(plain),
                Some(plain) => as_f64(limit) <= as_f64(plain),
                None => true,
            };
            Some(if stricter {
                Bound {
                    value: limit.clone(),
                    exclusive: true,
                }
            } else {
                Bound {
                    value: plain?,
                    exclusive: false,
                }
            })
        }
        _ => plain.map(|value| Bound {
            value,
            exclusive: false,
        }),
    }
}

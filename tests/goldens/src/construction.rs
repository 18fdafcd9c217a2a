//! What every construction test (`expected/construction/`) checks of the
//! value it built from the required fields only.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Writes `value`: the object has every required key and no optional one
/// (`keys`, for a struct); reads it back to the same value.
pub fn check<T>(value: &T, keys: Option<(&[&str], &[&str])>)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_value(value).expect("writes");
    if let Some((required, optional)) = keys {
        let object = json.as_object().expect("a struct writes an object");
        for key in required {
            assert!(object.contains_key(*key), "`{key}` missing: {json}");
        }
        for key in optional {
            assert!(!object.contains_key(*key), "`{key}` was not set: {json}");
        }
    }
    let text = json.to_string();
    let read: T = openapi_models::from_str(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
    assert_eq!(&read, value, "{text}");
}

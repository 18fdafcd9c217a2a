//! Round trips through generated types.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Reads `json` into `T`, checks that writing it back gives the same JSON,
/// and returns the value.
pub fn round_trip<T>(json: &str) -> T
where
    T: DeserializeOwned + Serialize + Debug,
{
    let expected: Value = serde_json::from_str(json).expect("test JSON parses");
    let value: T = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    let written = serde_json::to_value(&value).expect("serializes");
    assert_eq!(written, expected, "{value:?} writes different JSON");
    value
}

/// `json` must not deserialize into `T`; returns the error message.
pub fn rejects<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("{json} was accepted as {value:?}"),
        Err(error) => error.to_string(),
    }
}

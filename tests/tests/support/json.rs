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

/// A sink that fails from its `fails_at`-th write on, counting the writes
/// tried after the first failure.
struct Failing {
    writes: usize,
    fails_at: usize,
    after_failure: usize,
}

impl std::io::Write for Failing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.writes += 1;
        if self.writes > self.fails_at {
            self.after_failure += 1;
            return Err(std::io::Error::other("the disk is full"));
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes `value` into a sink failing at each of its writes in turn (at the
/// start, inside a field, at the extras, at the end): every time the error
/// is the sink's, and nothing is written after it. Returns how many writes
/// the whole value takes.
pub fn stops_at_the_first_failed_write<T: Serialize>(value: &T) -> usize {
    let mut counting = Failing {
        writes: 0,
        fails_at: usize::MAX,
        after_failure: 0,
    };
    serde_json::to_writer(&mut counting, value).expect("writes");
    for fails_at in 0..counting.writes {
        let mut sink = Failing {
            writes: 0,
            fails_at,
            after_failure: 0,
        };
        let error = serde_json::to_writer(&mut sink, value).expect_err("the sink fails");
        assert!(error.is_io(), "{error}");
        assert!(error.to_string().contains("the disk is full"), "{error}");
        assert_eq!(
            sink.after_failure, 1,
            "failing at write {fails_at}: wrote on"
        );
    }
    counting.writes
}

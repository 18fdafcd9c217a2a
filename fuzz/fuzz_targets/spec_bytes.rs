//! Bytes as a spec: YAML or JSON (by the first byte), possibly with a
//! second file that `$ref`s can reach.
#![no_main]

mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let name = if selector & 1 == 0 {
        "spec.yaml"
    } else {
        "spec.json"
    };
    // Optionally split off a second file at the first NUL byte.
    let (spec, other) = match rest.iter().position(|&b| b == 0) {
        Some(at) if selector & 2 != 0 => (&rest[..at], Some(&rest[at + 1..])),
        _ => (rest, None),
    };
    let mut files = vec![(name, spec.to_vec())];
    if let Some(other) = other {
        files.push(("other.yaml", other.to_vec()));
    }
    check::check(&files);
});

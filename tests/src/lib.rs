//! Test support of openapi-models, as a library: real cargo runs of scratch
//! crates ([`cargo`]) and the differential harness ([`differential`]),
//! which checks generated models against a reference JSON Schema validator.
//!
//! The tests themselves live in `tests/` (one binary, `tests/main.rs`).
//! The golden files in `expected/` are compiled by `goldens/`, a crate of
//! its own, so a stale golden file never stops these tests from building
//! and regenerating it.

pub mod cargo;
pub mod construction;
pub mod differential;
pub mod loopback;

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the repo")
        .to_path_buf()
}

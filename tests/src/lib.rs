//! Tests of openapi-models live in `tests/` (one binary, `tests/main.rs`).
//! The golden files in `expected/` are compiled by `goldens/`, a crate of
//! its own, so a stale golden file never stops these tests from building
//! and regenerating it.

//! One test binary (each integration test file would link separately).

mod constructs;
mod corpus;
mod diagnostics;
mod differential;
mod error_paths;
mod format_reference;
mod formats;
mod fuzz_regressions;
mod golden;
mod inkeep;
mod loopback;
mod operations;
mod params;
mod pathological;
mod rebuild;
mod scratch;
mod support;

//! One test binary (each integration test file would link separately).

mod constructs;
mod golden;
mod inkeep;
mod scratch;
mod support;

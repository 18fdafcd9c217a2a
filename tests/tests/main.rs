//! One test binary (each integration test file would link separately).

mod constructs;
mod corpus;
mod formats;
mod golden;
mod inkeep;
mod scratch;
mod support;

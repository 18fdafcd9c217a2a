//! Tests of openapi-models live in `tests/`. This library compiles the
//! golden files (`expected/`) as ordinary modules, so that rustc and clippy
//! lint every generated line as they would hand-written code. The modules
//! are private, so lints meant for items that are not exported apply too;
//! most of a whole API's models go unused here, hence `dead_code`.
#![deny(warnings)]

// Golden files hold prettyplease output exactly; rustfmt must not touch them.
#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/inkeep-analytics.rs"]
mod inkeep_analytics;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/oai-petstore.rs"]
mod oai_petstore;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/firecracker-swagger2.rs"]
mod firecracker_swagger2;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/hf-tgi.rs"]
mod hf_tgi;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/iceberg-rest-catalog.rs"]
mod iceberg_rest_catalog;

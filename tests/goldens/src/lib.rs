//! Tests of openapi-models live in `tests/`. This library compiles the
//! golden files (`expected/`, real specs and one per construct spec) as
//! ordinary modules, so that rustc and clippy
//! lint every generated line as they would hand-written code. The modules
//! are private, so lints meant for items that are not exported apply too;
//! most of a whole API's models go unused here, hence `dead_code`.
#![deny(warnings)]

#[cfg(test)]
mod construction;

// Every Inkeep component built from its required fields: tests written
// from the model by `tests/tests/golden.rs`.
#[cfg(test)]
#[rustfmt::skip]
#[path = "../../expected/construction/inkeep-analytics.rs"]
mod inkeep_construction;

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

// One module per construct spec (`tests/constructs/`).

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/all-of.rs"]
mod construct_all_of;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/broken.rs"]
mod construct_broken;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/customize.rs"]
mod construct_customize;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/operations.rs"]
mod construct_operations;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/twins.rs"]
mod construct_twins;

/// The user's types `customize.rs` names (`replace`, `formats`).
#[allow(dead_code)]
mod custom {
    /// Cents.
    #[derive(
        Debug,
        Clone,
        Copy,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord,
        Default,
        serde::Serialize,
        serde::Deserialize,
    )]
    pub struct Money(pub i64);

    /// A time stamp, kept as text.
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord,
        Default,
        serde::Serialize,
        serde::Deserialize,
    )]
    pub struct Stamp(pub String);
}

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/enums.rs"]
mod construct_enums;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/fidelity.rs"]
mod construct_fidelity;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/formats.rs"]
mod construct_formats;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/names.rs"]
mod construct_names;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/numbers.rs"]
mod construct_numbers;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/refs-common.rs"]
mod construct_refs_common;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/refs.rs"]
mod construct_refs;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/swagger2.rs"]
mod construct_swagger2;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/types.rs"]
mod construct_types;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/unions.rs"]
mod construct_unions;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/constructs/unknown-keys.rs"]
mod construct_unknown_keys;

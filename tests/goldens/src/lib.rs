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
// from the model by `tests/tests/golden.rs`, run against the models written
// out (the golden file, as the build script writes them) and against the
// same models as the macro hands them to the compiler (`openapi_models::inkeep`,
// some impls left to the runtime's macros).
#[cfg(test)]
#[path = "../../expected/construction"]
mod construction_written_out {
    use crate::inkeep_analytics as models;
    #[rustfmt::skip]
    #[path = "inkeep-analytics.rs"]
    mod tests;
}

#[cfg(test)]
#[path = "../../expected/construction"]
mod construction_compact {
    use openapi_models::inkeep as models;
    // The same tests, deliberately: against the other form of the models.
    #[allow(clippy::duplicate_mod)]
    #[rustfmt::skip]
    #[path = "inkeep-analytics.rs"]
    mod tests;
}

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

// The same construct specs as the macro hands them to the compiler, through
// the runtime's macros: lints see what the user's crate would.

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/all-of.rs"]
mod compact_all_of;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/broken.rs"]
mod compact_broken;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/customize.rs"]
mod compact_customize;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/enums.rs"]
mod compact_enums;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/fidelity.rs"]
mod compact_fidelity;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/formats.rs"]
mod compact_formats;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/names.rs"]
mod compact_names;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/numbers.rs"]
mod compact_numbers;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/operations.rs"]
mod compact_operations;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/refs.rs"]
mod compact_refs;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/refs-common.rs"]
mod compact_refs_common;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/swagger2.rs"]
mod compact_swagger2;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/twins.rs"]
mod compact_twins;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/types.rs"]
mod compact_types;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/unions.rs"]
mod compact_unions;

#[rustfmt::skip]
#[allow(dead_code)]
#[path = "../../expected/compact/unknown-keys.rs"]
mod compact_unknown_keys;

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

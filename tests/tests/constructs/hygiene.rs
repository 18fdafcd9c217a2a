//! Generated code names everything by absolute path: it compiles in a
//! module without the standard prelude, next to items that shadow the
//! prelude's names, and warning-free under `deny(warnings)`.

#[deny(warnings)]
#[no_implicit_prelude]
mod without_prelude {
    // Shadow what generated code might otherwise pick up by accident.
    #[allow(dead_code)]
    struct Some;
    #[allow(dead_code)]
    struct Ok;
    #[allow(dead_code)]
    struct Err;
    #[allow(dead_code)]
    type Result = ();
    #[allow(dead_code)]
    mod serde {}
    #[allow(dead_code)]
    mod core {}
    #[allow(dead_code)]
    mod std {}

    ::openapi_models::include_models!("constructs/unions.yaml");

    mod types {
        ::openapi_models::include_models!("constructs/types.yaml");
    }

    mod names {
        ::openapi_models::include_models!("constructs/names.yaml");
    }

    mod inkeep {
        ::openapi_models::include_models!("../specs/inkeep-analytics.yaml");
    }

    // Two expansions in one module: both import the runtime's short names.
    mod two_in_one {
        ::openapi_models::include_models!("constructs/all-of.yaml");
        ::openapi_models::include_models!("constructs/operations.yaml");
    }
}

#[test]
fn generated_code_needs_no_prelude() {
    let pet: without_prelude::MappedPet =
        serde_json::from_str(r#"{"kind": "bird", "wings": 2}"#).unwrap();
    assert!(matches!(pet, without_prelude::MappedPet::Bird(_)));
}

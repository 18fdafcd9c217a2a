//! Diagnostics: every problem is one compile error at the macro's
//! argument, naming the file and a line:column or JSON pointer. One
//! compile-fail case per error (`tests/ui/`, `.stderr` snapshots;
//! `TRYBUILD=overwrite` to update), and the wording of spec-level errors
//! through the library.

use std::path::Path;

use crate::support::repo;

/// trybuild builds the cases in a crate of its own under the target
/// directory, where the macro resolves spec paths; the specs go there.
fn place_specs() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target/tmp has a parent");
    let project = target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"));
    copy_dir(&repo().join("tests/ui/specs"), &project.join("ui/specs"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the specs directory");
    for entry in std::fs::read_dir(from).expect("read tests/ui/specs") {
        let entry = entry.expect("a directory entry");
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy a spec");
        }
    }
}

#[test]
fn compile_errors() {
    place_specs();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}

/// The wording of spec-level errors, through the library.
#[test]
fn spec_level_error_wording() {
    let spec = |schemas: &str| {
        format!("openapi: 3.0.3\ninfo: {{title: t, version: \"1\"}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}")
    };
    let cases = [
        (
            "    A: {$ref: \"#/components/schemas/B\"}\n",
            "spec.yaml#/components/schemas/A: `$ref: #/components/schemas/B` points to nothing: `spec.yaml` has no `#/components/schemas/B`",
        ),
        (
            "    A: {$ref: \"http://x.io/a.yaml\"}\n",
            "spec.yaml#/components/schemas/A: `$ref: http://x.io/a.yaml` points to a URL; only relative paths to local files are supported (the build never uses the network)",
        ),
        (
            "    A: {$ref: \"other.yaml#/A\"}\n",
            "spec.yaml#/components/schemas/A: cannot read `other.yaml` (from `$ref: other.yaml#/A`): No such file or directory",
        ),
        (
            "    A: {type: object, properties: {x: 1}}\n",
            "spec.yaml#/components/schemas/A/properties/x: expected a schema (an object or a boolean), found a number",
        ),
        (
            "    A: {allOf: [{$ref: \"#/components/schemas/A\"}]}\n",
            "spec.yaml#/components/schemas/A: a cycle of schemas that are only references to each other (`A`): nothing in it says what a value looks like",
        ),
        (
            "    A: {allOf: [{$ref: \"#/components/schemas/B\"}]}\n    B: {allOf: [{$ref: \"#/components/schemas/A\"}], description: b}\n",
            "spec.yaml#/components/schemas/A: a cycle of schemas that are only references to each other (`A`, `B`): nothing in it says what a value looks like",
        ),
        (
            "    A: {type: object, allOf: [{$ref: \"#/components/schemas/A\"}, {properties: {x: {type: string}}}]}\n",
            "spec.yaml#/components/schemas/A: `allOf` includes itself (directly or through other members)",
        ),
        (
            "    A: {oneOf: [{type: object}], discriminator: {propertyName: k, mapping: {x: \"#/nope\"}}}\n",
            "spec.yaml#/components/schemas/A/discriminator/mapping/x: `$ref: #/nope` points to nothing: `spec.yaml` has no `#/nope`",
        ),
    ];
    for (schemas, expected) in cases {
        let errors = crate::support::generate_errors(&spec(schemas));
        assert!(
            errors.len() == 1 && errors[0].starts_with(expected),
            "for\n{schemas}expected\n  {expected}\ngot\n  {}",
            errors.join("\n  ")
        );
    }
}

#[test]
fn syntax_errors_have_line_and_column() {
    let errors = crate::support::generate_errors(
        "openapi: 3.0.3\ncomponents:\n  schemas:\n    A: {type: [}\n",
    );
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("spec.yaml:4:"), "{}", errors[0]);
}

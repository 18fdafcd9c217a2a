//! Cargo rebuilds a crate when its spec, or a file the spec reaches
//! through `$ref`, changes, and only then (real cargo, real files).

use std::time::Duration;

use crate::support::cargo::Scratch;

const MAIN: &str = r##"mod api {
    openapi_models::include_models!("spec.yaml");
}

fn main() {
    // The keys the current models do not declare.
    let pet: api::Pet = serde_json::from_str(r#"{"name": "Rex", "age": 3}"#).unwrap();
    println!("{:?}", pet.additional_properties.keys().collect::<Vec<_>>());
}
"##;

const USES_AGE: &str = r#"mod api {
    openapi_models::include_models!("spec.yaml");
}

fn main() {
    let pet = api::Pet { name: "Rex".into(), age: Some(3), additional_properties: Default::default() };
    println!("{}", serde_json::to_string(&pet).unwrap());
}
"#;

/// Builds and runs; returns (stdout, whether this crate was compiled).
fn run(krate: &Scratch) -> (String, bool) {
    let output = krate.cargo(&["run"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    let compiled = stderr.contains(&format!("Compiling {}", krate.name()));
    (
        String::from_utf8_lossy(&output.stdout).trim().to_owned(),
        compiled,
    )
}

/// File times must move forward for cargo to see an edit.
fn edit(krate: &Scratch, path: &str, contents: &str) {
    std::thread::sleep(Duration::from_millis(1100));
    krate.write(path, contents);
}

#[test]
fn editing_the_spec_regenerates_the_models() {
    let krate = Scratch::with("rebuild-spec", &[], "serde_json = \"1\"");
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      required: [name]\n      properties:\n        name: {type: string}\n";
    krate.write("spec.yaml", spec);
    krate.write("src/main.rs", MAIN);
    assert_eq!(run(&krate), (r#"["age"]"#.to_owned(), true));
    // Nothing changed: nothing is rebuilt.
    assert_eq!(run(&krate), (r#"["age"]"#.to_owned(), false));
    // The spec gains a property: the same source now declares it.
    edit(
        &krate,
        "spec.yaml",
        &format!("{spec}        age: {{type: integer}}\n"),
    );
    assert_eq!(run(&krate), ("[]".to_owned(), true));
    // And code can use the new field.
    edit(&krate, "src/main.rs", USES_AGE);
    assert_eq!(run(&krate), (r#"{"name":"Rex","age":3}"#.to_owned(), true));
}

#[test]
fn editing_a_referenced_file_regenerates_the_models() {
    let krate = Scratch::with("rebuild-ref", &[], "serde_json = \"1\"");
    krate.write(
        "spec.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: \"schemas/pet.yaml#/Pet\"\n",
    );
    let pet = "Pet:\n  type: object\n  required: [name]\n  properties:\n    name: {type: string}\n";
    krate.write("schemas/pet.yaml", pet);
    krate.write("src/main.rs", MAIN);
    assert_eq!(run(&krate), (r#"["age"]"#.to_owned(), true));
    assert_eq!(run(&krate), (r#"["age"]"#.to_owned(), false));
    edit(
        &krate,
        "schemas/pet.yaml",
        &format!("{pet}    age: {{type: integer}}\n"),
    );
    assert_eq!(run(&krate), ("[]".to_owned(), true));
    edit(&krate, "src/main.rs", USES_AGE);
    assert_eq!(run(&krate), (r#"{"name":"Rex","age":3}"#.to_owned(), true));
}

/// The build-script way: `openapi-models-build` tells cargo every file it
/// read, so an edit of a referenced file reruns the script, and nothing
/// else does.
#[test]
fn build_script_reruns_when_a_file_it_read_changes() {
    let build_api = crate::support::repo().join("build");
    let krate = Scratch::with(
        "rebuild-build-script",
        &[],
        &format!(
            "serde_json = \"1\"\n\n[build-dependencies]\nopenapi-models-build = {{ path = {:?} }}",
            build_api.to_string_lossy()
        ),
    );
    krate.write(
        "spec.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: \"schemas/pet.yaml#/Pet\"\n",
    );
    let pet = "Pet:\n  type: object\n  required: [name]\n  properties:\n    name: {type: string}\n";
    krate.write("schemas/pet.yaml", pet);
    krate.write(
        "build.rs",
        "fn main() {\n    openapi_models_build::Builder::new(\"spec.yaml\").generate(\"api.rs\").unwrap();\n}\n",
    );
    let generated = MAIN.replace(
        "openapi_models::include_models!(\"spec.yaml\");",
        "openapi_models::include_generated!(\"api.rs\");",
    );
    krate.write("src/main.rs", &generated);
    assert_eq!(run(&krate), (r#"["age"]"#.to_owned(), true));
    assert_eq!(run(&krate), (r#"["age"]"#.to_owned(), false));
    edit(
        &krate,
        "schemas/pet.yaml",
        &format!("{pet}    age: {{type: integer}}\n"),
    );
    assert_eq!(run(&krate), ("[]".to_owned(), true));
}

// A `pattern` no ECMA-262 engine compiles is an error where it is written.
openapi_models::include_models!("ui/specs/invalid-pattern.yaml");

fn main() {}

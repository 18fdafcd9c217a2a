// A malformed `x-rust-type` in the spec is reported where it is.
openapi_models::include_models!("ui/specs/bad-rust-type.yaml");

fn main() {}

openapi_models::include_models!("ui/specs/ref-not-a-string.yaml");

fn main() {}

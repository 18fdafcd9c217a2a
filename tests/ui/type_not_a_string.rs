openapi_models::include_models!("ui/specs/type-not-a-string.yaml");

fn main() {}

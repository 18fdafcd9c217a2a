openapi_models::include_models!("ui/specs/deep-nesting.yaml");

fn main() {}

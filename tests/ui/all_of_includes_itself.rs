openapi_models::include_models!("ui/specs/all-of-includes-itself.yaml");

fn main() {}

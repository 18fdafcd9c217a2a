openapi_models::include_models!("ui/specs/duplicate-key.yaml");

fn main() {}

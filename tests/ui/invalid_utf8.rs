openapi_models::include_models!("ui/specs/invalid-utf8.yaml");

fn main() {}

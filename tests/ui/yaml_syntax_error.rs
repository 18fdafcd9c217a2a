openapi_models::include_models!("ui/specs/yaml-syntax.yaml");

fn main() {}

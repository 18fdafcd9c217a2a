openapi_models::include_models!("ui/specs/empty.yaml");

fn main() {}

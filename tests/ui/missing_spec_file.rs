openapi_models::include_models!("ui/specs/nowhere.yaml");

fn main() {}

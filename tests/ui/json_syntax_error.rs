openapi_models::include_models!("ui/specs/json-syntax.json");

fn main() {}

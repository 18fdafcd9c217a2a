openapi_models::include_models!("ui/specs/array.json");

fn main() {}

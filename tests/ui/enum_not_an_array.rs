openapi_models::include_models!("ui/specs/enum-not-an-array.yaml");

fn main() {}

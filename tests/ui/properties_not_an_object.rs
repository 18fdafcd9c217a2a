openapi_models::include_models!("ui/specs/properties-not-an-object.yaml");

fn main() {}

openapi_models::include_models!("ui/specs/conflicting-all-of.yaml");

fn main() {}

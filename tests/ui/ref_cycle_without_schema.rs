openapi_models::include_models!("ui/specs/ref-cycle.yaml");

fn main() {}

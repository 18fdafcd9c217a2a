openapi_models::include_models!("ui/specs/absolute-path-ref.yaml");

fn main() {}

openapi_models::include_models!("ui/specs/anchor-ref.yaml");

fn main() {}

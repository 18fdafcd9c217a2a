openapi_models::include_models!("ui/specs/dangling-ref.yaml");

fn main() {}

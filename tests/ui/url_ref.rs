openapi_models::include_models!("ui/specs/url-ref.yaml");

fn main() {}

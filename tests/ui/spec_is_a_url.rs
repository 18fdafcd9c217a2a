openapi_models::include_models!("https://example.com/openapi.yaml");

fn main() {}

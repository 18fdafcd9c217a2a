openapi_models::include_models!();

fn main() {}

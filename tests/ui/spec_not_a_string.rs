openapi_models::include_models!(spec = specs::good);

fn main() {}

openapi_models::include_models!(schemas = ["Pet"]);

fn main() {}

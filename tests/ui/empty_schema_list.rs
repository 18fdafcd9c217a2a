openapi_models::include_models!(spec = "ui/specs/good.yaml", schemas = []);

fn main() {}

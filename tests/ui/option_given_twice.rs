openapi_models::include_models!(spec = "ui/specs/good.yaml", spec = "ui/specs/good.yaml");

fn main() {}

openapi_models::include_models!(spec = "ui/specs/good.yaml", shemas = ["Pet"]);

fn main() {}

openapi_models::include_models!(spec = "ui/specs/good.yaml", schemas = ["Pett", "Owner", "Zebra"]);

fn main() {}

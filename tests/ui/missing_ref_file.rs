openapi_models::include_models!("ui/specs/missing-ref-file.yaml");

fn main() {}

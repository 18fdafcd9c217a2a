openapi_models::include_models!("ui/specs/discriminator-mapping-missing.yaml");

fn main() {}

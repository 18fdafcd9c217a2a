openapi_models::include_models!("ui/specs/discriminator-without-property-name.yaml");

fn main() {}

// YAML or JSON without `openapi` or `swagger` is not a spec: an error at
// the document, not an empty module.
openapi_models::include_models!("ui/specs/no-openapi-field.yaml");

fn main() {}

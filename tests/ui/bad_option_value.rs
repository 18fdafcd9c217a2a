// An option's value outside its set is reported at the value.
openapi_models::include_models!(spec = "ui/specs/good.yaml", unknown_keys = "sometimes");

fn main() {}

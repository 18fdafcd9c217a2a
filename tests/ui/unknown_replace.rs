// A schema `replace` names that the spec lacks is reported at the name,
// with the closest one.
openapi_models::include_models!(spec = "ui/specs/good.yaml", replace = { Pets = ::std::string::String });

fn main() {}

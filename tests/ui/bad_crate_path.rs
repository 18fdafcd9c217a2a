// A `crate` option that is not a path is reported at the value, not
// replaced by a guess.
openapi_models::include_models!(spec = "ui/specs/good.yaml", crate = "::models; fn x() {}");

fn main() {}

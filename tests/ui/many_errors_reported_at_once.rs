// Independent problems are reported together, and the schemas that could
// be generated still are: `Good` is usable, with no follow-on errors.
openapi_models::include_models!("ui/specs/many-errors.yaml");

fn main() {
    let good = Good {
        name: None,
        additional_properties: Default::default(),
    };
    let _ = good;
}

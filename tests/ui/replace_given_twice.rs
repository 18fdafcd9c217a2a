// A schema replaced twice is reported at the second type.
openapi_models::include_models!(
    spec = "ui/specs/good.yaml",
    replace = { Pet = crate::Pet, Pet = crate::Other },
);

fn main() {}

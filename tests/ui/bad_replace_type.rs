// `replace` and `formats` take type paths; anything else is reported at
// the type.
openapi_models::include_models!(spec = "ui/specs/good.yaml", replace = { Pet = &'static str });

mod formats {
    openapi_models::include_models!(spec = "ui/specs/good.yaml", formats = { uuid = (u8, u8) });
}

fn main() {}

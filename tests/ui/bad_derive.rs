// A derive with generic arguments is reported at the derive; so is one
// the generated code implements by hand.
openapi_models::include_models!(spec = "ui/specs/good.yaml", derives = [Eq, Vec<u8>]);

mod serde_derive {
    openapi_models::include_models!(spec = "ui/specs/good.yaml", derives = [serde::Serialize]);
}

fn main() {}

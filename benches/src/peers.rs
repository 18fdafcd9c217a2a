//! The peers, as libraries: typify 0.8 fed the component schemas, and
//! progenitor 0.15 fed the whole document. A panic or an error means the
//! peer cannot handle the document.

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::Value;

/// Reads a spec (YAML or JSON) into a JSON value.
pub fn read(path: &std::path::Path) -> Value {
    let bytes = std::fs::read(path).expect("read the spec");
    if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_slice(&bytes).expect("parse JSON")
    } else {
        serde_yaml::from_slice(&bytes).expect("parse YAML")
    }
}

/// typify on `components/schemas` (or `definitions`), as JSON Schema.
pub fn typify(spec: &Value) -> Result<String, String> {
    let schemas = spec
        .pointer("/components/schemas")
        .or_else(|| spec.get("definitions"))
        .and_then(Value::as_object)
        .ok_or("no component schemas")?;
    let mut defs = Vec::new();
    for (name, schema) in schemas {
        let schema: schemars::schema::Schema =
            serde_json::from_value(schema.clone()).map_err(|e| format!("{name}: {e}"))?;
        defs.push((name.clone(), schema));
    }
    let quiet = quiet_panics();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut space = typify::TypeSpace::new(&typify::TypeSpaceSettings::default());
        space.add_ref_types(defs).map_err(|e| e.to_string())?;
        Ok::<_, String>(space.to_stream().to_string())
    }));
    drop(quiet);
    result.unwrap_or_else(|panic| Err(format!("panicked: {}", message(&panic))))
}

/// progenitor on the whole document (it requires OpenAPI 3.0.x that the
/// openapiv3 crate reads).
pub fn progenitor(spec: &Value) -> Result<String, String> {
    let api: openapiv3::OpenAPI = serde_json::from_value(spec.clone())
        .map_err(|e| format!("openapiv3 cannot read it: {e}"))?;
    let quiet = quiet_panics();
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut generator =
            progenitor_impl::Generator::new(&progenitor_impl::GenerationSettings::default());
        generator
            .generate_tokens(&api)
            .map(|t| t.to_string())
            .map_err(|e| e.to_string())
    }));
    drop(quiet);
    result.unwrap_or_else(|panic| Err(format!("panicked: {}", message(&panic))))
}

fn message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let text = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "?".to_owned());
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

/// Silences the default panic message while a peer runs.
struct QuietPanics(Option<Hook>);

type Hook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send>;

fn quiet_panics() -> QuietPanics {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    QuietPanics(Some(previous))
}

impl Drop for QuietPanics {
    fn drop(&mut self) {
        if let Some(previous) = self.0.take() {
            std::panic::set_hook(previous);
        }
    }
}

//! The reference: the `jsonschema` crate (JSON Schema 2020-12, formats
//! asserted) validating instances against a document's converted component
//! schemas. It labels every instance; nothing the harness intends decides.

use std::collections::HashMap;

use jsonschema::{Draft, Registry, Validator};
use serde_json::{json, Value};

use super::spec::{percent_decode, Spec};

const BASE: &str = "file:///spec/";

/// Why the reference rejects an instance: the first error's keyword, where
/// it is in the instance, and where the keyword is in the document.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The failing keyword (`required`, `format`, `oneOf`, ...), with a
    /// detail where one kind of keyword fails in several ways
    /// (`oneOf: several`, `format: email`).
    pub keyword: String,
    /// JSON pointer into the instance.
    pub instance_path: String,
    /// (file, JSON pointer of the failing keyword), when known.
    pub location: Option<(String, String)>,
    pub message: String,
}

pub struct Reference {
    registry: Registry<'static>,
    /// Per component: its validator, or why the reference cannot compile it.
    validators: HashMap<usize, Result<Validator, String>>,
    uris: Vec<String>,
}

impl Reference {
    /// A reference for a converted spec.
    pub fn new(spec: &Spec) -> Result<Reference, String> {
        let resources: Vec<(String, jsonschema::Resource)> = spec
            .files
            .iter()
            .map(|(file, value)| {
                (
                    format!("{BASE}{file}"),
                    Draft::Draft202012.create_resource(value.clone()),
                )
            })
            .collect();
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .extend(resources)
            .and_then(|builder| builder.prepare())
            .map_err(|e| format!("the reference cannot load the document: {e}"))?;
        let uris = spec
            .components
            .iter()
            .map(|(_, file, pointer)| format!("{BASE}{file}#{}", encode_fragment(pointer)))
            .collect();
        Ok(Reference {
            registry,
            validators: HashMap::new(),
            uris,
        })
    }

    /// `Ok(None)` when the instance is valid for component `index`, the
    /// first failure otherwise; `Err` when the reference cannot compile it.
    pub fn label(&mut self, index: usize, instance: &Value) -> Result<Option<Failure>, String> {
        let registry = &self.registry;
        let uri = &self.uris[index];
        let validator = self.validators.entry(index).or_insert_with(|| {
            jsonschema::options()
                .with_draft(Draft::Draft202012)
                .should_validate_formats(true)
                .with_format("byte", is_base64)
                .with_registry(registry)
                .build(&json!({ "$ref": uri }))
                .map_err(|e| e.to_string())
        });
        let validator = validator.as_ref().map_err(Clone::clone)?;
        Ok(validator
            .iter_errors(instance)
            .next()
            .map(|error| failure(&error)))
    }
}

/// The failure an error stands for. A union none of whose members matches
/// is put down to the member that came closest (its first error is the
/// deepest in the instance): `anyOf › format: uri`.
fn failure(error: &jsonschema::ValidationError<'_>) -> Failure {
    use jsonschema::error::ValidationErrorKind as K;
    let inner = match error.kind() {
        K::AnyOf { context } | K::OneOfNotValid { context } => context
            .iter()
            .filter_map(|branch| branch.first())
            // The deepest; at one depth, a member of another type is the
            // least likely to be the one meant.
            .max_by_key(|e| {
                let depth = e.instance_path().as_str().matches('/').count();
                (depth, !matches!(e.kind(), K::Type { .. }))
            }),
        _ => None,
    };
    match inner {
        Some(inner) => {
            let mut found = failure(inner);
            found.keyword = format!("{} › {}", keyword(error.kind()), found.keyword);
            found
        }
        None => Failure {
            keyword: keyword(error.kind()),
            instance_path: error.instance_path().as_str().to_owned(),
            location: error
                .absolute_keyword_location()
                .and_then(|uri| split_location(uri.as_str())),
            message: error.to_string(),
        },
    }
}

/// The keyword, with what distinguishes its failures.
fn keyword(kind: &jsonschema::error::ValidationErrorKind) -> String {
    use jsonschema::error::ValidationErrorKind as K;
    match kind {
        K::OneOfMultipleValid { .. } => "oneOf: several match".to_owned(),
        K::OneOfNotValid { .. } => "oneOf: none matches".to_owned(),
        K::Format { format } => format!("format: {format}"),
        K::Type { .. } => "type".to_owned(),
        other => other.keyword().to_owned(),
    }
}

/// `file:///spec/a/b.yaml#/x/y` → (`a/b.yaml`, `/x/y`).
fn split_location(uri: &str) -> Option<(String, String)> {
    let rest = uri.strip_prefix(BASE)?;
    let (file, fragment) = rest.split_once('#').unwrap_or((rest, ""));
    Some((percent_decode(file), percent_decode(fragment)))
}

/// A JSON pointer as a URI fragment: everything but unreserved characters
/// and the pointer's own punctuation percent-encoded.
fn encode_fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for byte in pointer.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// OpenAPI's `byte`: base64 (RFC 4648, with padding), by the
/// `data-encoding` crate. It also decodes concatenated encodings (`=`
/// inside the text), which RFC 4648 section 3.3 rejects: padding ends the
/// data.
fn is_base64(text: &str) -> bool {
    !text.trim_end_matches('=').contains('=')
        && data_encoding::BASE64.decode(text.as_bytes()).is_ok()
}

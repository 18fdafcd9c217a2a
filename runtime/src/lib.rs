//! Rust model types generated at compile time from an OpenAPI document.
//!
//! ```ignore
//! mod api {
//!     openapi_models::include_models!("specs/api.yaml");
//! }
//! ```
//!
//! The path is relative to your crate's `Cargo.toml`. Every schema under
//! `components/schemas` becomes a type under its own name, with `Debug`,
//! `Clone`, `PartialEq`, `Serialize` and `Deserialize`; inline schemas that
//! need a type of their own are named after their parent and property.
//! Cargo rebuilds your crate when the spec (or a file it references)
//! changes. Options:
//!
//! - `spec = "path"`: the document (OpenAPI 3.0 or 3.1, YAML or JSON;
//!   Swagger 2.0 `definitions` too);
//! - `schemas = ["Pet", ...]`: only these schemas and what they reference;
//! - `crate = "::path::to::openapi_models"`: when this crate is renamed or
//!   re-exported;
//! - `unknown_keys = "keep"` (default), `"reject"` or `"ignore"`: keys a
//!   schema does not declare are kept in `additional_properties` and
//!   written back where it allows them, read past where it forbids them
//!   (`additionalProperties: false`); `"reject"` makes those an error,
//!   `"ignore"` never keeps them;
//! - `broken_schemas = "error"` (default) or `"value"`: a schema that cannot
//!   be generated (a dangling `$ref`, a pattern that is not ECMA-262) is a
//!   compile error, or is typed as `serde_json::Value` with a note in the
//!   docs while the rest generates.
//!
//! # On the wire
//!
//! Reading JSON into a generated type and writing it back gives the same
//! JSON: a required nullable field is `Option<T>` and writes `null`; an
//! optional field is `Option<T>` and stays absent; an optional nullable
//! field is `Option<Option<T>>`, where absent (`None`), `null`
//! (`Some(None)`) and a value are all distinct. Numbers keep their form
//! (`serde_json::Number`, floats read exactly), open enums keep unknown
//! strings, and keys the schema does not declare are kept. Deserialization
//! rejects wrong types, missing required fields, unknown values of closed
//! enums and `null` where the spec does not allow it; constraints such as
//! `minItems`, `maxLength`, `pattern` (ECMA-262) or `format` are checked
//! by [`Validate::validate`].
//!
//! # Features
//!
//! - `inkeep` (default): [`inkeep`], the models of the Inkeep Analytics
//!   API, generated from the spec this crate ships.
//! - `chrono`, `time`, `uuid`: typed `date-time`, `date` and `uuid`
//!   strings (see [`formats`]); text otherwise.

// Generated code names this crate `::openapi_models`, also in here.
extern crate self as openapi_models;

pub mod formats;
mod unknown;
mod validate;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

pub use openapi_models_macros::include_models;
pub use unknown::UnknownValue;
pub use validate::{Validate, ValidationErrors, Validator, Violation};

#[cfg(feature = "inkeep")]
pub mod inkeep;

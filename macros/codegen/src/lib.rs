//! The generator behind `openapi-models`: an OpenAPI document in, Rust model
//! types out, as Rust source.
//!
//! A plain library, so the proc-macro, a `build.rs`, a CLI and tests all
//! call the same code. Stages, each in its own module:
//!
//! 1. [`load`]: files to JSON values (YAML or JSON), `$ref` resolution;
//! 2. [`read`]: each schema to the schema model ([`read::Schema`]), every
//!    keyword kept as written;
//! 3. `lower`: schemas to the intermediate model ([`ir`]), one type at a
//!    time: what the spec says at each place, names through [`naming`];
//! 4. `finish`: the decisions that need the whole model (nullability at
//!    every use, boxing, union dispatch, derives, which values validate);
//! 5. `emit`: the model to Rust source, printing only.
//!
//! Problems are collected as [`Error`]s with a file and a JSON pointer or
//! line:column; the types that could be generated are emitted alongside.

pub mod docs;
mod emit;
pub mod error;
mod finish;
pub mod formats;
pub mod ir;
pub mod load;
mod lower;
pub mod naming;
mod options;
pub mod read;
mod rust_type;
mod suggest;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use error::{Error, Location};
pub use options::{
    BrokenSchemas, OperationSelection, OptionAt, Options, RustType, Selection, UnknownKeys,
};

/// What one generation produced.
pub struct Output {
    /// The generated items as Rust source (empty if the document could not
    /// be read); not pretty-printed.
    pub code: String,
    /// The model the code was printed from.
    pub model: ir::Model,
    /// Every problem found, sorted; the code holds what could be made.
    pub errors: Vec<Error>,
    /// Those of `errors` about names the options give (`schemas`,
    /// `replace`) that the spec does not have: which option, and the error.
    pub option_errors: Vec<(OptionAt, Error)>,
    /// Every file read (the spec and what its `$ref`s reach), for rebuild
    /// tracking; also those that failed to parse.
    pub files: Vec<PathBuf>,
    pub timings: Timings,
}

/// Where generation spent its time.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Reading and parsing the spec file.
    pub parse: Duration,
    /// Lowering to the model (includes files reached through `$ref`).
    pub lower: Duration,
    /// Writing the code.
    pub emit: Duration,
}

impl Timings {
    pub fn total(&self) -> Duration {
        self.parse + self.lower + self.emit
    }
}

/// Stack for generating: lowering recurses once per level of schema
/// nesting (bounded), and unoptimized builds use a lot per level.
pub const STACK_SIZE: usize = 256 * 1024 * 1024;

/// Runs `f` on a thread with [`STACK_SIZE`] of stack.
pub fn on_large_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("openapi-models".to_owned())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, f)
            .map(|handle| handle.join())
            .unwrap_or_else(|_| Err(Box::new("cannot start the generator thread")))
    })
    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// [`generate_from`] on a thread with a large stack (what the macro runs).
pub fn render(
    source: &(dyn load::Source + Sync),
    path: &Path,
    display: &str,
    options: &Options,
) -> Output {
    on_large_stack(|| generate_from(source, path, display, options))
}

/// Generates models for the spec at `path`, read from the file system.
/// `display` is how messages name the file (usually the path as the user
/// wrote it).
pub fn generate(path: &Path, display: &str, options: &Options) -> Output {
    generate_from(&load::FileSystem, path, display, options)
}

/// Generates models for the spec at `path`, read from `source`.
pub fn generate_from(
    source: &dyn load::Source,
    path: &Path,
    display: &str,
    options: &Options,
) -> Output {
    let mut timings = Timings::default();
    let start = Instant::now();
    let mut loader = load::Loader::new(source);
    let root = loader.load_root(path, display);
    timings.parse = start.elapsed();
    // A root that cannot be read, or is not a spec, gives nothing else.
    if let Err(error) = root.and_then(|_| check_document(&loader)) {
        return Output {
            code: String::new(),
            model: ir::Model::default(),
            errors: vec![error],
            option_errors: Vec::new(),
            files: loader.read_paths().to_vec(),
            timings,
        };
    }
    let mut errors = Vec::new();
    let start = Instant::now();
    let lowered = lower::lower(&mut loader, options);
    let (mut model, finish_errors) = finish::finish(lowered.types, lowered.operations, options);
    timings.lower = start.elapsed();
    errors.extend(lowered.errors);
    errors.extend(finish_errors);
    errors.sort_by_cached_key(ToString::to_string);
    errors.dedup();
    if options.broken_schemas == BrokenSchemas::Value {
        errors = tolerate(&mut model, errors, &lowered.option_errors);
    }
    let start = Instant::now();
    let code = emit::emit(&model, &options.runtime, options.readable);
    timings.emit = start.elapsed();
    Output {
        code,
        model,
        errors,
        option_errors: lowered.option_errors,
        files: loader.read_paths().to_vec(),
        timings,
    }
}

/// `broken_schemas = "value"`: problems inside the schemas become notes in
/// the docs of the type they are in (the place itself was typed as any
/// value, or left unchecked); what remains is returned. Names in the options
/// that the spec lacks stay errors: they are the user's, not the spec's.
fn tolerate(
    model: &mut ir::Model,
    errors: Vec<Error>,
    unknown: &[(OptionAt, Error)],
) -> Vec<Error> {
    let mut kept = Vec::new();
    for error in errors {
        // The user's misspellings and the generator's own faults are not
        // defects of the spec to work around.
        if unknown.iter().any(|(_, e)| *e == error) || error.message.starts_with("internal error") {
            kept.push(error);
            continue;
        }
        let pointer = error.location.pointer.as_deref().unwrap_or_default();
        // The type whose schema holds the place: the longest origin prefix.
        let owner = model
            .types
            .iter_mut()
            .filter(|def| def.origin.file == error.location.file)
            .filter_map(|def| {
                let origin = def.origin.pointer.clone().unwrap_or_default();
                let inside = pointer == origin || pointer.starts_with(&format!("{origin}/"));
                inside.then_some((origin.len(), def))
            })
            .max_by_key(|(length, _)| *length)
            .map(|(_, def)| def);
        let note = format!(
            "Not generated as the spec says (`broken_schemas = \"value\"`): {error}. \
             What could not be read is any JSON value here, and unchecked."
        );
        // Outside every generated type (a file no schema could use),
        // nothing is typed from it and nothing needs a note.
        if let Some(def) = owner {
            docs::push_paragraph(&mut def.docs, docs::doc_lines(&note));
        }
    }
    kept
}

/// The root must be an OpenAPI (or Swagger) document: anything else would
/// generate nothing and say nothing. Defects elsewhere outside the schemas
/// never block the models: the rest of the document is read leniently.
fn check_document(loader: &load::Loader<'_>) -> Result<(), Error> {
    let root = loader.file(load::FileId(0));
    let found = match &root.value {
        serde_json::Value::Object(map)
            if map.contains_key("openapi") || map.contains_key("swagger") =>
        {
            return Ok(())
        }
        serde_json::Value::Object(_) => "an object with neither".to_owned(),
        other => read::describe(other).to_owned(),
    };
    Err(Error::new(
        Location::pointer(root.display.clone(), ""),
        format!(
            "expected an OpenAPI document (an object with `openapi` or `swagger`), found {found}"
        ),
    ))
}

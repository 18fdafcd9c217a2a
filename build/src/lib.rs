//! Generates `openapi-models` model types from a build script, in the
//! style of `prost-build`: the same generator and options as the
//! `include_models!` macro, written formatted to `$OUT_DIR`.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     openapi_models_build::Builder::new("specs/api.yaml")
//!         .schemas(["Pet"])
//!         .derives(["Eq", "Hash"])
//!         .generate("api.rs")?; // $OUT_DIR/api.rs
//!     Ok(())
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! mod api {
//!     openapi_models::include_generated!("api.rs");
//! }
//! ```
//!
//! Compared with the macro: compiler errors point at readable lines of a
//! file, rust-analyzer sees a file rather than a macro expansion (which it
//! drops past two million tokens), and the code is generated once per
//! change of the spec rather than on every build of the crate. Cargo
//! reruns the build script when the spec, or a file it references,
//! changes (`cargo:rerun-if-changed` for every file read).

use std::fmt;
use std::path::{Path, PathBuf};

use openapi_models_codegen::Options;
pub use openapi_models_codegen::{BrokenSchemas, UnknownKeys};

/// Generation of one spec's models; options as in `include_models!`.
#[derive(Debug, Clone)]
pub struct Builder {
    spec: PathBuf,
    options: Options,
    /// The first option that could not be taken (reported by `render`).
    invalid: Option<String>,
    out_dir: Option<PathBuf>,
}

impl Builder {
    /// Models for the OpenAPI document at `spec` (relative to the package
    /// root when run from a build script).
    pub fn new(spec: impl AsRef<Path>) -> Builder {
        Builder {
            spec: spec.as_ref().to_path_buf(),
            options: Options::default(),
            invalid: None,
            out_dir: None,
        }
    }

    /// `schemas = [...]`: only these component schemas (by their names in
    /// the spec) and what they use.
    pub fn schemas<I: IntoIterator<Item = S>, S: Into<String>>(mut self, names: I) -> Builder {
        let names: Vec<String> = names.into_iter().map(Into::into).collect();
        let result = self.options.select(names);
        self.take(result)
    }

    /// `operations = [...]`: only these operations (by `operationId`) and
    /// what they use.
    pub fn operations<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Builder {
        let ids: Vec<String> = ids.into_iter().map(Into::into).collect();
        let result = self.options.select_operations(ids);
        self.take(result)
    }

    /// `operations = false`: no operation types, only the component
    /// schemas (`true`: every operation, also beside `schemas`).
    pub fn all_operations(mut self, all: bool) -> Builder {
        self.options.all_operations(all);
        self
    }

    /// `derives = [...]`: `"Eq"`, `"Hash"`, `"PartialOrd"`, `"Ord"`,
    /// `"Default"`, `"Copy"`, or the path of a derive macro.
    pub fn derives<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, derives: I) -> Builder {
        for derive in derives {
            let result = self.options.add_derive(derive.as_ref());
            self = self.take(result);
        }
        self
    }

    /// `replace = { schema = type }`: `ty` (a type path such as
    /// `"crate::Money"`) for the component schema named `schema`.
    pub fn replace(mut self, schema: &str, ty: &str) -> Builder {
        let result = self.options.add_replace(schema, ty);
        self.take(result)
    }

    /// `formats = { format = type }`: `ty` for values with that `format`
    /// (`"date-time"`, `"::chrono::DateTime<::chrono::FixedOffset>"`).
    pub fn format(mut self, format: &str, ty: &str) -> Builder {
        let result = self.options.add_format(format, ty);
        self.take(result)
    }

    /// `crate = "..."`: the path by which the generated code names the
    /// `openapi-models` crate, when it is renamed or re-exported.
    pub fn runtime_crate(mut self, path: &str) -> Builder {
        let result = openapi_models_codegen::naming::RuntimePath::parse(path)
            .map(|path| self.options.runtime = path);
        self.take(result)
    }

    /// `unknown_keys = "..."`.
    pub fn unknown_keys(mut self, keys: UnknownKeys) -> Builder {
        self.options.unknown_keys = keys;
        self
    }

    /// `broken_schemas = "..."`.
    pub fn broken_schemas(mut self, broken: BrokenSchemas) -> Builder {
        self.options.broken_schemas = broken;
        self
    }

    /// Where [`Builder::generate`] writes (default: `$OUT_DIR`).
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Builder {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// The options as the generator takes them.
    pub fn options(&self) -> Result<&Options, Error> {
        match &self.invalid {
            Some(message) => Err(Error::new(message.clone())),
            None => Ok(&self.options),
        }
    }

    fn take(mut self, result: Result<(), String>) -> Builder {
        if let Err(message) = result {
            self.invalid.get_or_insert(message);
        }
        self
    }

    /// Generates the code (formatted) without writing it.
    pub fn render(&self) -> Result<Generated, Error> {
        let (result, files) = self.run();
        result.map(|code| Generated { code, files })
    }

    /// Writes the code to `file` in `$OUT_DIR` (or [`Builder::out_dir`]),
    /// and tells Cargo to rerun the build script when a file read changes.
    /// The file is only rewritten when its contents change.
    pub fn generate(&self, file: impl AsRef<Path>) -> Result<(), Error> {
        let (result, files) = self.run();
        // Also after an error: fixing the spec must rerun the script.
        for read in &files {
            println!("cargo:rerun-if-changed={}", read.display());
        }
        let code = result?;
        let dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    Error::new(
                    "`OUT_DIR` is not set: call `generate` from a build script, or set `out_dir`"
                        .to_owned(),
                )
                })?,
        };
        let path = dir.join(file.as_ref());
        if std::fs::read_to_string(&path).is_ok_and(|old| old == code) {
            return Ok(());
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io_error(&path, &e))?;
        }
        std::fs::write(&path, code).map_err(|e| io_error(&path, &e))
    }

    /// The formatted code, and every file read.
    fn run(&self) -> (Result<String, Error>, Vec<PathBuf>) {
        let mut options = match self.options() {
            Ok(options) => options.clone(),
            Err(error) => return (Err(error), Vec::new()),
        };
        // A file is formatted and read: a `///` comment per doc line.
        options.readable = true;
        let display = self.spec.to_string_lossy().into_owned();
        let output = openapi_models_codegen::render(
            &openapi_models_codegen::load::FileSystem,
            &self.spec,
            &display,
            &options,
        );
        let result = if output.errors.is_empty() {
            format(&output.code, &self.spec)
        } else {
            Err(Error::new(openapi_models_codegen::error::report(
                &output.errors,
                &display,
            )))
        };
        (result, output.files)
    }
}

/// Code generated by [`Builder::render`].
#[derive(Debug, Clone)]
pub struct Generated {
    /// The items, formatted, after a header naming the spec.
    pub code: String,
    /// Every file read: the spec and what its `$ref`s reach.
    pub files: Vec<PathBuf>,
}

/// The generated items as a formatted file.
fn format(code: &str, spec: &Path) -> Result<String, Error> {
    let file = syn::parse_file(code).map_err(|error| {
        Error::new(format!(
            "openapi-models: internal error: the generated code does not parse: {error}"
        ))
    })?;
    let name = spec
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(format!(
        "// @generated by openapi-models from `{name}`; regenerate rather than edit.\n\n{}",
        prettyplease::unparse(&file)
    ))
}

/// Why generation failed: the same text as the macro's compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    fn new(message: String) -> Error {
        Error { message }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

fn io_error(path: &Path, error: &std::io::Error) -> Error {
    Error::new(format!(
        "openapi-models: cannot write {}: {error}",
        path.display()
    ))
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

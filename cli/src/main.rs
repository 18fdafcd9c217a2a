//! `openapi-models`: the generator as a command, for models checked in to
//! a repository (and checked in CI to be current). A thin caller of
//! `openapi-models-build`: the same options, the same code.

mod list;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use openapi_models_build::Builder;
use openapi_models_codegen::{BrokenSchemas, UnknownKeys};

/// Rust model types from an OpenAPI document.
#[derive(Parser)]
#[command(name = "openapi-models", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the models of SPEC, formatted (to standard output by default)
    Generate {
        /// The OpenAPI document (3.0, 3.1 or Swagger 2.0; YAML or JSON)
        spec: PathBuf,
        /// Write to FILE instead of standard output
        #[arg(short, long, value_name = "FILE", conflicts_with = "check")]
        output: Option<PathBuf>,
        /// Write nothing; exit with 1 if FILE is not what SPEC generates now
        #[arg(long, value_name = "FILE")]
        check: Option<PathBuf>,
        #[command(flatten)]
        options: OptionArgs,
    },
    /// List the types SPEC generates: each schema, its Rust name and kind
    List {
        /// The OpenAPI document
        spec: PathBuf,
        #[command(flatten)]
        options: OptionArgs,
    },
}

/// The options of `include_models!` and `openapi-models-build`.
#[derive(Args)]
struct OptionArgs {
    /// Only these component schemas and what they use (repeat, or separate with commas)
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    schemas: Vec<String>,
    /// Only these operations (by operationId) and what they use (repeat, or separate with commas)
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    operations: Vec<String>,
    /// No operation types, only the component schemas
    #[arg(long, conflicts_with = "operations")]
    no_operations: bool,
    /// More derives where the fields allow them: Eq, Hash, PartialOrd, Ord, Default, Copy, or a derive macro's path (repeat, or separate with commas)
    #[arg(long, value_name = "TRAIT", value_delimiter = ',')]
    derives: Vec<String>,
    /// Your type for a component schema, wherever it is used (repeat)
    #[arg(long, value_name = "SCHEMA=TYPE")]
    replace: Vec<String>,
    /// Your type for values of a format, e.g. uuid=::uuid::Uuid (repeat)
    #[arg(long, value_name = "FORMAT=TYPE")]
    formats: Vec<String>,
    /// The path by which the code names the openapi-models crate
    #[arg(long = "crate", value_name = "PATH")]
    runtime_crate: Option<String>,
    /// Keys a schema does not declare: keep, reject or ignore [default: keep]
    #[arg(long, value_name = "WHAT")]
    unknown_keys: Option<String>,
    /// A schema that cannot be generated: error, or value (any JSON value, with a note) [default: error]
    #[arg(long, value_name = "WHAT")]
    broken_schemas: Option<String>,
}

impl OptionArgs {
    /// The builder these options describe; a value that cannot be taken is
    /// the generator's own message.
    fn builder(&self, spec: &PathBuf) -> Result<Builder, String> {
        let mut builder = Builder::new(spec).derives(&self.derives);
        if !self.schemas.is_empty() {
            builder = builder.schemas(self.schemas.iter().cloned());
        }
        if !self.operations.is_empty() {
            builder = builder.operations(self.operations.iter().cloned());
        }
        if self.no_operations {
            builder = builder.all_operations(false);
        }
        for (option, entries) in [("replace", &self.replace), ("formats", &self.formats)] {
            for entry in entries {
                let Some((name, ty)) = entry.split_once('=') else {
                    return Err(format!(
                        "`--{option} {entry}`: expected NAME=TYPE, as in `--{option} {}`",
                        if option == "replace" {
                            "Money=crate::Money"
                        } else {
                            "uuid=::uuid::Uuid"
                        }
                    ));
                };
                builder = match option {
                    "replace" => builder.replace(name.trim(), ty.trim()),
                    _ => builder.format(name.trim(), ty.trim()),
                };
            }
        }
        if let Some(path) = &self.runtime_crate {
            builder = builder.runtime_crate(path);
        }
        if let Some(value) = &self.unknown_keys {
            builder = builder.unknown_keys(UnknownKeys::from_name(value)?);
        }
        if let Some(value) = &self.broken_schemas {
            builder = builder.broken_schemas(BrokenSchemas::from_name(value)?);
        }
        builder.options().map_err(|error| error.to_string())?;
        Ok(builder)
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Generate {
            spec,
            output,
            check,
            options,
        } => {
            let code = options
                .builder(&spec)?
                .render()
                .map_err(|error| error.to_string())?
                .code;
            if let Some(file) = check {
                return Ok(check_file(&file, &code));
            }
            match output {
                Some(file) => std::fs::write(&file, code)
                    .map_err(|e| format!("openapi-models: cannot write {}: {e}", file.display()))?,
                None => print!("{code}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::List { spec, options } => {
            let builder = options.builder(&spec)?;
            print!("{}", list::table(&spec, &builder)?);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `--check`: 0 when the file holds exactly what would be generated, 1
/// (saying where it first differs) when not.
fn check_file(file: &PathBuf, code: &str) -> ExitCode {
    let current = match std::fs::read_to_string(file) {
        Ok(current) => current,
        Err(error) => {
            eprintln!(
                "openapi-models: {} is stale: cannot read it: {error}",
                file.display()
            );
            return ExitCode::from(1);
        }
    };
    if current == code {
        return ExitCode::SUCCESS;
    }
    let line = current
        .lines()
        .zip(code.lines())
        .position(|(old, new)| old != new)
        .unwrap_or_else(|| current.lines().count().min(code.lines().count()))
        + 1;
    eprintln!(
        "openapi-models: {} is stale: it differs from what the spec generates from line {line}; regenerate it with `openapi-models generate ... -o {}`",
        file.display(),
        file.display()
    );
    ExitCode::from(1)
}

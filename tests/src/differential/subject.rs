//! The subject: the models this project generates for a document, built by
//! cargo into a program that reads each instance into its component's
//! type, validates it and writes it back.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// What the generated models did with one instance.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    /// The models were run on the instance.
    pub ran: bool,
    /// Reading, validating or writing it panicked.
    pub panicked: bool,
    /// Deserialized without error.
    pub deserialized: bool,
    /// `validate()` found nothing (false when not deserialized).
    pub validated: bool,
    /// Written back to the same JSON (false when not deserialized).
    pub round_trip: bool,
    /// The deserialization or validation error.
    pub error: String,
    /// Where the written JSON first differs from the input.
    pub difference: String,
    /// Where deserialization failed (`messages[0].role`), as far as
    /// `serde_path_to_error` can tell.
    pub path: String,
}

impl Verdict {
    pub fn accepted(&self) -> bool {
        self.deserialized && self.validated
    }

    fn parse(line: &str) -> Verdict {
        let value: Value = serde_json::from_str(line).unwrap_or_default();
        let text = |key: &str| value[key].as_str().unwrap_or_default().to_owned();
        Verdict {
            ran: true,
            panicked: value["panicked"] == true,
            deserialized: value["de"] == true,
            validated: value["va"] == true,
            round_trip: value["rt"] == true,
            error: text("err"),
            difference: text("diff"),
            path: text("path"),
        }
    }
}

/// The Rust type to read each component into, from the generator itself
/// (`Option<T>` for a component that admits `null`: generated types never
/// hold `null` themselves, their uses do), and the problems it reported.
pub fn type_names(spec: &Path, components: &[String]) -> (Vec<Option<String>>, Vec<String>) {
    let output = openapi_models_codegen::generate(
        spec,
        &spec.to_string_lossy(),
        &openapi_models_codegen::Options::default(),
    );
    let names = components
        .iter()
        .map(|component| {
            output
                .model
                .types
                .iter()
                .find(|t| t.spec_name.as_deref() == Some(component.as_str()))
                .map(|t| {
                    if t.admits_null {
                        format!("::core::option::Option<models::{}>", t.name)
                    } else {
                        format!("models::{}", t.name)
                    }
                })
        })
        .collect();
    let errors = output.errors.iter().map(ToString::to_string).collect();
    (names, errors)
}

/// The checking program's `src/main.rs` for a document.
pub fn program(spec: &Path, names: &[Option<String>]) -> String {
    let checks: String = names
        .iter()
        .map(|name| match name {
            Some(name) => format!("    check::<{name}>,\n"),
            None => "    missing,\n".to_owned(),
        })
        .collect();
    PROGRAM
        .replace("/*SPEC*/", &format!("{:?}", spec.to_string_lossy()))
        .replace("/*CHECKS*/", &checks)
}

/// Runs a built program on the instances file; one verdict per line.
pub fn run(program: &Path, instances: &Path) -> Result<Vec<Verdict>, String> {
    let output = std::process::Command::new(program)
        .arg(instances)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} failed: {}",
            program.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(Verdict::parse)
        .collect())
}

/// Where cargo puts a workspace member's debug binary.
pub fn binary(target: &Path, name: &str) -> PathBuf {
    target.join("debug").join(name)
}

/// Reads `index<TAB>json` lines; prints a verdict per line. Deprecated
/// schemas are checked like the others, hence the `allow`.
const PROGRAM: &str = r#"#![allow(deprecated)]
use std::io::{BufRead, Write};

use serde_json::{json, Value};

mod models {
    openapi_models::include_models!(spec = /*SPEC*/);
}

fn check<T>(text: &str) -> Value
where
    T: serde::de::DeserializeOwned + serde::Serialize + openapi_models::Validate,
{
    let input: Value = serde_json::from_str(text).unwrap_or_default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value: T = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => value,
        Err(error) => {
            let path = error.path().to_string();
            return json!({"de": false, "err": error.into_inner().to_string(), "path": path});
        }
    };
    let (valid, error) = match value.validate() {
        Ok(()) => (true, String::new()),
        Err(errors) => (false, errors.to_string()),
    };
    let written = serde_json::to_value(&value).unwrap_or(Value::Null);
    let difference = difference(&input, &written, String::new()).unwrap_or_default();
    json!({"de": true, "va": valid, "err": error, "rt": input == written, "diff": difference})
}

fn missing(_: &str) -> Value {
    json!({"de": false, "err": "no type was generated for this schema"})
}

/// The first place where `b` differs from `a`.
fn difference(a: &Value, b: &Value, at: String) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                let here = format!("{at}/{key}");
                match y.get(key) {
                    None => return Some(format!("{here}: dropped")),
                    Some(other) => {
                        if let Some(found) = difference(value, other, here) {
                            return Some(found);
                        }
                    }
                }
            }
            y.keys()
                .find(|k| !x.contains_key(*k))
                .map(|k| format!("{at}/{k}: added"))
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| difference(p, q, format!("{at}/{i}"))),
        _ if a == b => None,
        _ => Some(format!("{at}: {a} became {b}")),
    }
}

const CHECKS: &[fn(&str) -> Value] = &[
/*CHECKS*/];

fn main() {
    let path = std::env::args().nth(1).expect("the instances file");
    let file = std::fs::File::open(&path).expect("open the instances file");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("read an instance");
        let (index, text) = line.split_once('\t').expect("index and instance");
        let check = CHECKS[index.parse::<usize>().expect("an index")];
        let verdict = std::panic::catch_unwind(|| check(text))
            .unwrap_or_else(|_| json!({"de": false, "panicked": true, "err": "panicked"}));
        writeln!(out, "{verdict}").expect("write a verdict");
    }
}
"#;

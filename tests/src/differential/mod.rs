//! The differential harness: for each document, instances of its component
//! schemas (the authors' examples, this repository's fixtures, generated
//! instances, and mutations of the valid ones), each labelled valid or
//! invalid by a reference JSON Schema validator, then read by the models
//! this project generates. The models must accept what the reference
//! accepts (deserialize and `validate()`), reject what it rejects, and
//! write back what they read.
//!
//! Disagreements are listed by category; those that come from a reading of
//! the spec the README documents ("How the ambiguous cases are read") are
//! listed as such ([`readings`]).
//!
//! `cargo run --release -p openapi-models-tests --bin differential` runs it
//! on the whole public corpus; a test runs it on a few documents.

mod convert;
mod generate;
mod mutate;
pub mod readings;
mod reference;
pub mod report;
mod sources;
mod spec;
mod subject;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::repo;
pub use reference::Failure;
pub use spec::Dialect;
pub use subject::Verdict;

/// A document to check.
#[derive(Debug, Clone)]
pub struct Document {
    /// Short name (`stripe`, `hatchet`).
    pub name: String,
    /// The root file.
    pub path: PathBuf,
    /// Directories of `<Schema>.<case>.json` fixtures.
    pub fixtures: Vec<PathBuf>,
}

/// The public corpus (`tests/corpus/manifest.json`), each document with
/// its fixtures, and the Inkeep spec.
pub fn corpus() -> Vec<Document> {
    let dir = repo().join("tests/corpus");
    let manifest: Value = std::fs::read_to_string(dir.join("manifest.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let mut documents: Vec<Document> = manifest
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let file = entry["file"].as_str()?;
            let name = file.split(['/', '.']).next()?.to_owned();
            Some(Document {
                fixtures: vec![repo().join("tests/corpus-fixtures").join(&name)],
                path: dir.join(file),
                name,
            })
        })
        .collect();
    documents.push(Document {
        name: "inkeep-analytics".to_owned(),
        path: repo().join("specs/inkeep-analytics.yaml"),
        fixtures: vec![repo().join("tests/fixtures/inkeep")],
    });
    documents
}

/// Where the harness works.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Scratch workspace of the checking programs and instance files.
    pub work: PathBuf,
    /// Cargo's target directory for the checking programs.
    pub target: PathBuf,
    /// Mutations per valid instance.
    pub mutations: usize,
}

/// Where an instance comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Example,
    Fixture(String),
    Generated(String),
    Mutation(String),
}

impl Source {
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Example => "example",
            Source::Fixture(_) => "fixture",
            Source::Generated(_) => "generated",
            Source::Mutation(_) => "mutation",
        }
    }
}

/// What the reference says of an instance.
#[derive(Debug, Clone)]
pub enum Label {
    Valid,
    Invalid(Failure),
    /// The reference cannot compile the schema.
    Unknown(String),
}

/// One instance of one component.
#[derive(Debug, Clone)]
pub struct Case {
    pub component: usize,
    pub instance: Value,
    pub source: Source,
    pub label: Label,
    pub verdict: Verdict,
    /// The documented reading that explains a disagreement, if one does.
    pub reading: Option<&'static str>,
}

impl Case {
    pub fn new(component: usize, instance: Value, source: Source) -> Case {
        Case {
            component,
            instance,
            source,
            label: Label::Unknown(String::new()),
            verdict: Verdict::default(),
            reading: None,
        }
    }
}

/// Everything found for one document.
pub struct Checked {
    pub document: Document,
    pub dialect: Option<Dialect>,
    /// Component names, by index.
    pub components: Vec<String>,
    pub cases: Vec<Case>,
    /// Problems that kept the harness from checking (part of) the document.
    pub problems: Vec<String>,
    /// The document as read, before conversion (for the readings).
    spec: Option<spec::Spec>,
}

/// Runs the harness on `documents`.
pub fn run(documents: &[Document], settings: &Settings) -> Vec<Checked> {
    let prepared: Vec<Prepared> = documents.iter().map(prepare).collect();
    let members: Vec<(String, Vec<(String, String)>)> = prepared
        .iter()
        .map(|p| {
            let main = subject::program(&p.document.path, &p.names);
            (p.crate_name(), vec![("src/main.rs".to_owned(), main)])
        })
        .collect();
    crate::cargo::workspace(
        &settings.work,
        &members,
        "serde = \"1\"\nserde_json = \"1\"\nserde_path_to_error = \"0.1\"\n",
    );
    // The programs build while the reference labels the instances.
    let build = std::thread::scope(|scope| {
        let build = scope.spawn(|| {
            crate::cargo::run(
                &settings.work,
                &settings.target,
                &["build", "--quiet", "--keep-going", "--message-format=json"],
            )
        });
        let labelled: Vec<Checked> = prepared
            .into_iter()
            .map(|p| label(p, settings.mutations))
            .collect();
        (build.join().expect("cargo build"), labelled)
    });
    let (output, mut checked) = build;
    let build_errors = crate::cargo::first_errors(&output);
    for document in &mut checked {
        let name = crate_name(&document.document.name);
        if let Some((_, error)) = build_errors.iter().find(|(package, _)| *package == name) {
            document
                .problems
                .push(format!("the models do not compile: {error}"));
            continue;
        }
        if !output.status.success() && !build_errors.is_empty() && build_errors[0].0 == "cargo" {
            document.problems.push(build_errors[0].1.clone());
            continue;
        }
        check(document, settings);
        readings::explain(document);
    }
    checked
}

/// A document read by both sides, instances not yet labelled.
struct Prepared {
    document: Document,
    spec: Result<spec::Spec, String>,
    names: Vec<Option<String>>,
    problems: Vec<String>,
}

impl Prepared {
    fn crate_name(&self) -> String {
        crate_name(&self.document.name)
    }
}

fn crate_name(document: &str) -> String {
    format!("differential-{document}")
}

fn prepare(document: &Document) -> Prepared {
    let spec = spec::Spec::load(&document.path);
    let components: Vec<String> = match &spec {
        Ok(spec) => spec.components.iter().map(|(n, _, _)| n.clone()).collect(),
        Err(_) => Vec::new(),
    };
    let (names, problems) = subject::type_names(&document.path, &components);
    Prepared {
        document: document.clone(),
        spec,
        names,
        problems: problems
            .into_iter()
            .map(|e| format!("the generator reports: {e}"))
            .collect(),
    }
}

/// Gathers and labels the instances of a document.
fn label(prepared: Prepared, mutations: usize) -> Checked {
    let Prepared {
        document,
        spec,
        mut problems,
        ..
    } = prepared;
    let mut spec = match spec {
        Ok(spec) => spec,
        Err(error) => {
            problems.push(format!("the reference cannot read the document: {error}"));
            return Checked {
                document,
                dialect: None,
                components: Vec::new(),
                cases: Vec::new(),
                problems,
                spec: None,
            };
        }
    };
    let mut cases = sources::examples(&spec);
    for dir in &document.fixtures {
        cases.extend(sources::fixtures(&spec, dir));
    }
    let original = spec.clone();
    convert::convert(&mut spec, &[]);
    cases.extend(generate::generated(&spec));
    let components: Vec<String> = spec.components.iter().map(|(n, _, _)| n.clone()).collect();
    let mut reference = match reference::Reference::new(&spec) {
        Ok(reference) => reference,
        Err(error) => {
            problems.push(error);
            return Checked {
                document,
                dialect: Some(spec.dialect),
                components,
                cases: Vec::new(),
                problems,
                spec: None,
            };
        }
    };
    let mut seen = HashSet::new();
    cases.retain(|case| seen.insert((case.component, case.instance.to_string())));
    let mut labelled = Vec::with_capacity(cases.len() * (mutations + 1));
    for mut case in cases {
        case.label = reference_label(&mut reference, case.component, &case.instance);
        let valid = matches!(case.label, Label::Valid);
        let (component, instance) = (case.component, case.instance.clone());
        labelled.push(case);
        if !valid {
            continue;
        }
        for (what, mutated) in mutate::mutations(&instance, mutations) {
            if !seen.insert((component, mutated.to_string())) {
                continue;
            }
            let mut case = Case::new(component, mutated, Source::Mutation(what));
            case.label = reference_label(&mut reference, component, &case.instance);
            labelled.push(case);
        }
    }
    Checked {
        document,
        dialect: Some(spec.dialect),
        components,
        cases: labelled,
        problems,
        spec: Some(original),
    }
}

pub(crate) fn reference_label(
    reference: &mut reference::Reference,
    component: usize,
    instance: &Value,
) -> Label {
    match reference.label(component, instance) {
        Ok(None) => Label::Valid,
        Ok(Some(failure)) => Label::Invalid(failure),
        Err(error) => Label::Unknown(error),
    }
}

/// Runs the document's program on its labelled instances.
fn check(document: &mut Checked, settings: &Settings) {
    let name = crate_name(&document.document.name);
    let instances = settings.work.join(format!("{name}.instances"));
    let mut text = String::new();
    let checked: Vec<usize> = (0..document.cases.len())
        .filter(|&i| !matches!(document.cases[i].label, Label::Unknown(_)))
        .collect();
    for &i in &checked {
        let case = &document.cases[i];
        text.push_str(&format!("{}\t{}\n", case.component, case.instance));
    }
    if let Err(error) = std::fs::write(&instances, text) {
        document
            .problems
            .push(format!("cannot write {}: {error}", instances.display()));
        return;
    }
    match subject::run(&subject::binary(&settings.target, &name), &instances) {
        Ok(verdicts) if verdicts.len() == checked.len() => {
            for (i, verdict) in checked.into_iter().zip(verdicts) {
                document.cases[i].verdict = verdict;
            }
        }
        Ok(verdicts) => document.problems.push(format!(
            "the checking program answered {} of {} instances",
            verdicts.len(),
            checked.len()
        )),
        Err(error) => document.problems.push(error),
    }
}

/// Settings that keep everything under `dir`: the scratch workspace in
/// `work/`, its builds in `target/`.
pub fn settings_in(dir: &Path, mutations: usize) -> Settings {
    Settings {
        work: dir.join("work"),
        target: dir.join("target"),
        mutations,
    }
}

//! Figures and disagreements: per document and in total, agreement on
//! valid instances, on invalid ones, and round-trip fidelity; every
//! disagreement by category, documented readings apart.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::readings::{classify, Outcome};
use super::{Checked, Label};

/// Counts for one document (or the total).
#[derive(Debug, Clone, Copy, Default)]
pub struct Figures {
    pub valid: usize,
    pub valid_accepted: usize,
    pub invalid: usize,
    pub invalid_rejected: usize,
    /// Invalid instances accepted because of a documented reading.
    pub invalid_documented: usize,
    /// Valid instances rejected because of a documented reading.
    pub valid_documented: usize,
    /// Valid instances accepted and written back.
    pub written: usize,
    pub round_trip: usize,
    pub round_trip_documented: usize,
    /// Instances the reference could not label.
    pub unlabelled: usize,
    /// Instances the models were not run on (they did not compile).
    pub unchecked: usize,
    /// Instances the models panicked on (never counted as agreeing).
    pub panicked: usize,
}

impl Figures {
    /// Counts a checked case: valid or not, what the subject did, and
    /// whether a documented reading explains a disagreement.
    fn count(&mut self, valid: bool, verdict: &super::subject::Verdict, documented: bool) {
        if verdict.panicked {
            // Counted apart, and listed as a disagreement.
            self.panicked += 1;
        } else if valid {
            self.valid += 1;
            if verdict.accepted() {
                self.valid_accepted += 1;
                self.written += 1;
                if verdict.round_trip {
                    self.round_trip += 1;
                } else if documented {
                    self.round_trip_documented += 1;
                }
            } else if documented {
                self.valid_documented += 1;
            }
        } else {
            self.invalid += 1;
            if !verdict.accepted() {
                self.invalid_rejected += 1;
            } else if documented {
                self.invalid_documented += 1;
            }
        }
    }

    fn add(&mut self, other: &Figures) {
        self.valid += other.valid;
        self.valid_accepted += other.valid_accepted;
        self.invalid += other.invalid;
        self.invalid_rejected += other.invalid_rejected;
        self.invalid_documented += other.invalid_documented;
        self.valid_documented += other.valid_documented;
        self.written += other.written;
        self.round_trip += other.round_trip;
        self.round_trip_documented += other.round_trip_documented;
        self.unlabelled += other.unlabelled;
        self.unchecked += other.unchecked;
        self.panicked += other.panicked;
    }

    /// Valid instances accepted, documented readings aside.
    pub fn valid_rate(&self) -> f64 {
        rate(self.valid_accepted, self.valid - self.valid_documented)
    }

    /// Invalid instances rejected, documented readings aside.
    pub fn invalid_rate(&self) -> f64 {
        rate(
            self.invalid_rejected,
            self.invalid - self.invalid_documented,
        )
    }

    /// Accepted valid instances written back unchanged, documented
    /// readings aside.
    pub fn round_trip_rate(&self) -> f64 {
        rate(self.round_trip, self.written - self.round_trip_documented)
    }
}

fn rate(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// One category of disagreement.
#[derive(Debug, Clone, Default)]
pub struct Category {
    pub count: usize,
    /// The README's heading of the reading that explains it, if any.
    pub reading: Option<&'static str>,
    /// One instance of it: document, component, source, details.
    pub example: String,
}

/// Everything the harness found.
pub struct Report {
    pub documents: Vec<(String, Figures, Vec<String>)>,
    /// Every disagreement, one per line, as in the category examples.
    pub details: Vec<String>,
    pub total: Figures,
    /// (outcome, category, reading) → what.
    pub categories: BTreeMap<(Outcome, String, Option<&'static str>), Category>,
}

pub fn report(checked: &[Checked]) -> Report {
    let mut documents = Vec::new();
    let mut total = Figures::default();
    let mut categories: BTreeMap<(Outcome, String, Option<&'static str>), Category> =
        BTreeMap::new();
    let mut details = Vec::new();
    for document in checked {
        let mut figures = Figures::default();
        for case in &document.cases {
            let valid = match &case.label {
                Label::Valid => true,
                Label::Invalid(_) => false,
                Label::Unknown(_) => {
                    figures.unlabelled += 1;
                    continue;
                }
            };
            if !case.verdict.ran {
                figures.unchecked += 1;
                continue;
            }
            let classified = classify(case);
            figures.count(valid, &case.verdict, case.reading.is_some());
            if let Some((outcome, category)) = classified {
                let reading = case.reading;
                details.push(format!(
                    "{outcome}: {category}{}: {}",
                    if reading.is_some() {
                        " (documented)"
                    } else {
                        ""
                    },
                    example(document, case)
                ));
                let entry = categories.entry((outcome, category, reading)).or_default();
                entry.count += 1;
                entry.reading = reading;
                if entry.example.is_empty() {
                    entry.example = example(document, case);
                }
            }
        }
        total.add(&figures);
        documents.push((
            document.document.name.clone(),
            figures,
            document.problems.clone(),
        ));
    }
    Report {
        documents,
        details,
        total,
        categories,
    }
}

fn example(document: &Checked, case: &super::Case) -> String {
    let mut text = format!(
        "{} `{}` ({}",
        document.document.name,
        document.components[case.component],
        case.source.kind()
    );
    match &case.source {
        super::Source::Fixture(name) | super::Source::Generated(name) => {
            let _ = write!(text, " {name}");
        }
        super::Source::Mutation(what) => {
            let _ = write!(text, ": {what}");
        }
        super::Source::Example => {}
    }
    text.push(')');
    if let Label::Invalid(failure) = &case.label {
        let _ = write!(text, "; reference: {}", one_line(&failure.message, 160));
        if let Some((file, pointer)) = &failure.location {
            let _ = write!(text, " at {file}#{pointer}");
        }
    }
    if !case.verdict.error.is_empty() {
        let _ = write!(text, "; models: {}", one_line(&case.verdict.error, 160));
    }
    if !case.verdict.difference.is_empty() {
        let _ = write!(
            text,
            "; written: {}",
            one_line(&case.verdict.difference, 160)
        );
    }
    let instance = case.instance.to_string();
    let _ = write!(text, "; instance: {}", one_line(&instance, 200));
    text
}

fn one_line(text: &str, limit: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > limit {
        let cut: String = flat.chars().take(limit).collect();
        format!("{cut}...")
    } else {
        flat
    }
}

impl Report {
    /// The tables and the categories, as Markdown.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("| document | valid accepted | invalid rejected | round-trip | documented (valid / invalid / round-trip) | unlabelled / unchecked / panicked |\n");
        out.push_str("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        let rows = self
            .documents
            .iter()
            .map(|(name, figures, _)| (name.as_str(), figures))
            .chain([("**total**", &self.total)]);
        for (name, f) in rows {
            let _ = writeln!(
                out,
                "| {name} | {}/{} ({:.2}%) | {}/{} ({:.2}%) | {}/{} ({:.2}%) | {} / {} / {} | {} / {} / {} |",
                f.valid_accepted,
                f.valid - f.valid_documented,
                100.0 * f.valid_rate(),
                f.invalid_rejected,
                f.invalid - f.invalid_documented,
                100.0 * f.invalid_rate(),
                f.round_trip,
                f.written - f.round_trip_documented,
                100.0 * f.round_trip_rate(),
                f.valid_documented,
                f.invalid_documented,
                f.round_trip_documented,
                f.unlabelled,
                f.unchecked,
                f.panicked,
            );
        }
        for (name, _, problems) in &self.documents {
            for problem in problems {
                let _ = writeln!(out, "\n- {name}: {}", one_line(problem, 400));
            }
        }
        for documented in [false, true] {
            let _ = writeln!(
                out,
                "\n## {}\n",
                if documented {
                    "Disagreements from documented readings"
                } else {
                    "Disagreements"
                }
            );
            for ((outcome, category, _), entry) in &self.categories {
                if entry.reading.is_some() != documented {
                    continue;
                }
                let reading = entry
                    .reading
                    .map(|r| format!(" (README: {r})"))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "- {} × {outcome}: {category}{reading}\n  - e.g. {}",
                    entry.count, entry.example
                );
            }
        }
        out
    }

    /// Disagreements that no documented reading explains.
    pub fn undocumented(&self) -> usize {
        self.categories
            .values()
            .filter(|c| c.reading.is_none())
            .map(|c| c.count)
            .sum()
    }
}

//! What a disagreement is: its category, and the documented reading of the
//! spec that explains it, if one does.
//!
//! A reading explains a disagreement only when a reference that reads the
//! spec that way (the conversion with that `Reading`) agrees with the
//! models on the instance: the reading is what makes the difference, not a
//! label put on a category.

use std::fmt;

use super::convert::{self, Reading};
use super::reference::Reference;
use super::{Case, Checked, Label};

/// How the models and the reference disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// The reference accepts; the models reject.
    ValidRejected,
    /// The reference rejects; the models accept.
    InvalidAccepted,
    /// Both accept; the models write back other JSON.
    RoundTrip,
    /// The models panicked: never an agreement.
    Panicked,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::ValidRejected => "valid rejected",
            Outcome::InvalidAccepted => "invalid accepted",
            Outcome::RoundTrip => "round trip",
            Outcome::Panicked => "panicked",
        })
    }
}

/// The README's name for disagreements that several readings explain
/// only together.
const SEVERAL: &str = "several of the readings together";

/// Puts each disagreement of the document down to the reading that
/// explains it, where one does.
pub fn explain(document: &mut Checked) {
    let Some(spec) = &document.spec else {
        return;
    };
    let disagreeing: Vec<usize> = (0..document.cases.len())
        .filter(|&i| {
            matches!(
                outcome(&document.cases[i]),
                Some(Outcome::ValidRejected | Outcome::InvalidAccepted)
            )
        })
        .collect();
    if disagreeing.is_empty() {
        return;
    }
    // Built when first needed; `None` inside when the variant cannot load.
    let mut variants: Vec<(Option<Reading>, Option<Option<Reference>>)> = Reading::ALL
        .iter()
        .map(|r| (Some(*r), None))
        .chain([(None, None)])
        .collect();
    for i in disagreeing {
        let case = &document.cases[i];
        let accepted = case.verdict.accepted();
        let mut found = None;
        for (reading, reference) in &mut variants {
            let reference = reference.get_or_insert_with(|| {
                let mut variant = spec.clone();
                let readings: Vec<Reading> = match reading {
                    Some(one) => vec![*one],
                    None => Reading::ALL.to_vec(),
                };
                convert::convert(&mut variant, &readings);
                Reference::new(&variant).ok()
            });
            let Some(reference) = reference else {
                continue;
            };
            let label = super::reference_label(reference, case.component, &case.instance);
            let agrees = match label {
                Label::Valid => accepted,
                Label::Invalid(_) => !accepted,
                // A reference that cannot say explains nothing.
                Label::Unknown(_) => continue,
            };
            // What a reading lets in must still come back as it was, but
            // for the keys `additionalProperties: false` drops.
            let lossless =
                !accepted || case.verdict.round_trip || *reading == Some(Reading::ClosedObjects);
            if agrees && lossless {
                found = Some(reading.map_or(SEVERAL, |r| r.heading()));
                break;
            }
        }
        document.cases[i].reading = found;
    }
}

/// The kind of disagreement of a case, if it is one.
pub fn outcome(case: &Case) -> Option<Outcome> {
    let verdict = &case.verdict;
    if verdict.panicked {
        return Some(Outcome::Panicked);
    }
    match &case.label {
        Label::Valid if !verdict.accepted() => Some(Outcome::ValidRejected),
        Label::Valid if !verdict.round_trip => Some(Outcome::RoundTrip),
        Label::Invalid(_) if verdict.accepted() => Some(Outcome::InvalidAccepted),
        _ => None,
    }
}

/// The disagreement of a case, if any: its outcome and category.
pub fn classify(case: &Case) -> Option<(Outcome, String)> {
    let outcome = outcome(case)?;
    let verdict = &case.verdict;
    let category = match (&case.label, outcome) {
        (_, Outcome::ValidRejected) => {
            let stage = if verdict.deserialized {
                "validate"
            } else {
                "deserialize"
            };
            format!("{stage}: {}", normalize(&verdict.error))
        }
        (_, Outcome::RoundTrip) => normalize(&verdict.difference),
        (_, Outcome::Panicked) => normalize(&verdict.error),
        (Label::Invalid(failure), _) => failure.keyword.clone(),
        _ => String::new(),
    };
    Some((outcome, category))
}

/// A message with the particulars (values, names, positions) left out, so
/// that messages of one kind fall into one category.
fn normalize(message: &str) -> String {
    let mut out = String::new();
    let mut quoted: Option<char> = None;
    let mut parenthesized = 0;
    for c in message.chars() {
        if quoted.is_none() {
            match c {
                '(' => parenthesized += 1,
                ')' if parenthesized > 0 => {
                    parenthesized -= 1;
                    continue;
                }
                _ => {}
            }
            if parenthesized > 0 {
                continue;
            }
        }
        match quoted {
            Some(end) if c == end => {
                quoted = None;
                out.push(c);
            }
            Some(_) => {}
            None if c == '`' || c == '"' => {
                quoted = Some(c);
                out.push(c);
                out.push('…');
            }
            None if c.is_ascii_digit() => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            None => out.push(c),
        }
    }
    let out = match out.find(" at line #") {
        Some(at) => out[..at].to_owned(),
        None => out,
    };
    // Pointers name places, not kinds of problem.
    out.split(' ')
        .filter(|word| !word.starts_with('/'))
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(140)
        .collect()
}

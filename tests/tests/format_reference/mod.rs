//! The string formats `validate()` checks, against an independent
//! reference: the `jsonschema` crate (`data-encoding` for `byte`, which
//! JSON Schema does not define) labels a corpus of edge cases and
//! systematic variations per format. Where the two disagree, the RFC
//! decided who is right; the strings where it sided with us are listed in
//! `KNOWN` with the clause, and any other disagreement fails the test.

use std::collections::BTreeSet;

use openapi_models::__private::format::Format;
use serde_json::json;

use corpus::corpus;

mod corpus;
mod corpus_uri;

// Why the strings of `KNOWN` differ.
/// jsonschema reads the literal with `Ipv4Addr`, which refuses leading
/// zeros; RFC 5321 §4.1.3 has `Snum = 1*3DIGIT` (0-255), which admits them.
const SNUM: &str = "RFC 5321 §4.1.3 Snum admits leading zeros";
/// RFC 5321 §4.1.2: `qtextSMTP` is printable ASCII and space, no tab
/// (RFC 5322's folding white space is not SMTP syntax); jsonschema's
/// `email_address` follows RFC 5322 there.
const QTEXT: &str = "RFC 5321 §4.1.2 qtextSMTP has no HTAB";
/// The ACE prefix is `xn--` "or any capitalization thereof" (RFC 3490
/// §5; RFC 4343: names compare case-insensitively); jsonschema takes only
/// lower case as the prefix and so refuses the label.
const ACE_PREFIX: &str = "RFC 3490 §5 ACE prefix in any case";
/// RFC 6570 §2.1: a literal's non-ASCII characters are `ucschar` or
/// `iprivate`, which leave out C1 controls and noncharacters; jsonschema
/// lets any non-ASCII character through.
const UCSCHAR: &str = "RFC 6570 §2.1 literals: ucschar / iprivate only";
/// ECMA-262 Annex B.1.2: valid without the `u` flag, which `regex` tries
/// too (patterns in real specs rely on the legacy syntax); jsonschema
/// checks the `u` grammar, widened only by identity escapes. A `\u`
/// without four hex digits after it is such an escape, the letter `u`.
const ANNEX_B: &str = "ECMA-262 Annex B.1.2 (no `u` flag)";
/// Valid in neither mode of ECMA-262 (V8 agrees): with the `u` flag `\-`
/// is no escape; without it `\u{41}` is the letter `u` and the quantifier
/// `{41}`, so `\u{41}*` repeats a repetition and `[\u{41}-\u{5A}]` holds
/// the reversed range `}-u`. jsonschema checks the `u` grammar widened
/// with the legacy identity escapes, a mix of the two modes.
const MIXED_MODES: &str = "ECMA-262 neither mode: jsonschema mixes `u` escapes with legacy ones";
/// Here jsonschema is right: `xn--7a` is `¡`, which IDNA2008 disallows
/// (RFC 5892); checking that needs Unicode's tables, which `format/`
/// leaves out on purpose (`host.rs`'s `u_label` says what it does not
/// check).
const IDNA_TABLES: &str = "ours too lenient: RFC 5892 properties not checked";
/// Here jsonschema is right: ES2025 lets a group name repeat in
/// alternatives that cannot both match, and regress 0.10 predates that.
const ES2025: &str = "ours too strict: regress 0.10 lacks ES2025 duplicate named groups";

/// Disagreements with the reference, each settled by the clause in its
/// reason: (format, text, why). Those marked "ours" are ours to own, the
/// rest the reference's deviations. The test fails on any other
/// disagreement, and on an entry that no longer disagrees.
const KNOWN: &[(&str, &str, &str)] = &[
    ("email", "a@[127.0.0.01]", SNUM),
    ("email", "\"a b\"@[127.0.0.01]", SNUM),
    ("email", "\"\t\"@[IPv6:::1]", QTEXT),
    ("idn-email", "a@[127.0.0.01]", SNUM),
    ("idn-email", "\"a b\"@[127.0.0.01]", SNUM),
    ("idn-email", "\"\t\"@[IPv6:::1]", QTEXT),
    ("hostname", "XN--NW2A", ACE_PREFIX),
    ("hostname", "xn--7a", IDNA_TABLES),
    ("idn-hostname", "XN--NW2A", ACE_PREFIX),
    ("idn-hostname", "xn--7a", IDNA_TABLES),
    ("uri-template", "a\u{85}b", UCSCHAR),
    ("uri-template", "a\u{FDD0}b", UCSCHAR),
    ("uri-template", "a\u{FFFE}b", UCSCHAR),
    ("regex", "]", ANNEX_B),
    ("regex", "{", ANNEX_B),
    ("regex", "a{,1}", ANNEX_B),
    ("regex", "(?=a)*", ANNEX_B),
    ("regex", "[\\d-z]", ANNEX_B),
    ("regex", "\\00", ANNEX_B),
    ("regex", "\\8", ANNEX_B),
    ("regex", "\\a", ANNEX_B),
    ("regex", "\\c", ANNEX_B),
    ("regex", "\\k<n>", ANNEX_B),
    ("regex", "\\u{110000}", ANNEX_B),
    ("regex", "\\u{}", ANNEX_B),
    ("regex", "\\u{41", ANNEX_B),
    ("regex", "\\u+041", ANNEX_B),
    ("regex", "\\u{+41}", ANNEX_B),
    ("regex", "[a-\\u{41}]\\-", ANNEX_B),
    ("regex", "\\k<\\u{41}>\\-", ANNEX_B),
    ("regex", "\\u{41}*\\-", MIXED_MODES),
    ("regex", "[\\u{41}-\\u{5A}]\\-", MIXED_MODES),
    ("regex", "(?<n>a)|(?<n>b)", ES2025),
];

/// (our format, the reference's name for it, whether only ASCII texts
/// are compared). jsonschema checks `idn-email` and `idn-hostname` only
/// with its `idna` feature, which is off here; on ASCII text they are
/// `email` and `hostname`, so those stand in and non-ASCII texts are
/// skipped.
const FORMATS: &[(Format, &str, bool)] = &[
    (Format::DateTime, "date-time", false),
    (Format::Date, "date", false),
    (Format::Time, "time", false),
    (Format::Duration, "duration", false),
    (Format::Email, "email", false),
    (Format::IdnEmail, "email", true),
    (Format::Hostname, "hostname", false),
    (Format::IdnHostname, "hostname", true),
    (Format::Ipv4, "ipv4", false),
    (Format::Ipv6, "ipv6", false),
    (Format::Uri, "uri", false),
    (Format::UriReference, "uri-reference", false),
    (Format::Iri, "iri", false),
    (Format::IriReference, "iri-reference", false),
    (Format::UriTemplate, "uri-template", false),
    (Format::JsonPointer, "json-pointer", false),
    (Format::RelativeJsonPointer, "relative-json-pointer", false),
    (Format::Uuid, "uuid", false),
    (Format::Byte, "byte", false),
    (Format::Regex, "regex", false),
];

#[test]
fn formats_agree_with_the_reference() {
    let mut unexpected = Vec::new();
    let mut known_seen = BTreeSet::new();
    for &(format, reference, ascii_only) in FORMATS {
        let check = reference_check(reference);
        let texts: BTreeSet<String> = corpus(format)
            .into_iter()
            .filter(|text| !ascii_only || text.is_ascii())
            .collect();
        let (mut agree, mut known) = (0, 0);
        for text in &texts {
            let ours = format.check(text);
            if ours == check(text) {
                agree += 1;
            } else if KNOWN
                .iter()
                .any(|&(f, t, _)| f == format.name() && t == text)
            {
                known += 1;
                known_seen.insert((format.name(), text.clone()));
            } else {
                unexpected.push(format!("{} {text:?}: ours {ours}", format.name()));
            }
        }
        println!(
            "{:<22} {} strings, {agree} agree, {known} known differences",
            format.name(),
            texts.len(),
        );
    }
    let stale: Vec<_> = KNOWN
        .iter()
        .filter(|&&(f, t, _)| !known_seen.contains(&(f, t.to_owned())))
        .collect();
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "unexpected disagreements ({}):\n{}\nknown differences that no longer differ: {stale:#?}",
        unexpected.len(),
        unexpected.join("\n"),
    );
}

/// The reference's answer for a `format` name.
fn reference_check(name: &str) -> Box<dyn Fn(&str) -> bool> {
    if name == "byte" {
        return Box::new(|text| data_encoding::BASE64.decode(text.as_bytes()).is_ok());
    }
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&json!({ "format": name }))
        .expect("the reference compiles a format schema");
    Box::new(move |text| validator.is_valid(&json!(text)))
}

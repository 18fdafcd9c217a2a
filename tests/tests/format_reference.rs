//! The string formats `validate()` checks, against an independent
//! reference: the `jsonschema` crate (`data-encoding` for `byte`, which
//! JSON Schema does not define) labels a corpus of edge cases and
//! systematic variations per format. Where the two disagree, the RFC
//! decided who is right; the strings where it sided with us are listed in
//! `KNOWN` with the clause, and any other disagreement fails the test.

use std::collections::BTreeSet;

use openapi_models::__private::format::Format;
use serde_json::json;

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

/// 253 octets (the most a name has) and a trailing dot: not a host name,
/// as `example.` is not (the JSON Schema Test Suite's 2020-12
/// `optional/format/hostname.json`, "validation of host names", case
/// "trailing dot"; RFC 1034 §3.1's absolute names end so, but the suite
/// and jsonschema keep to RFC 1123's grammar, which has no final dot).
const LONGEST_WITH_DOT: &str = concat!(
    "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.",
    "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.",
    "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.",
);

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

fn corpus(format: Format) -> Vec<String> {
    match format {
        Format::Date => dates(),
        Format::Time => times(),
        Format::DateTime => date_times(),
        Format::Duration => durations(),
        Format::Email | Format::IdnEmail => emails(),
        Format::Hostname | Format::IdnHostname => hostnames(),
        Format::Ipv4 => ipv4s(),
        Format::Ipv6 => ipv6s(),
        Format::Uri | Format::UriReference | Format::Iri | Format::IriReference => uris(),
        Format::UriTemplate => uri_templates(),
        Format::JsonPointer | Format::RelativeJsonPointer => pointers(),
        Format::Uuid => uuids(),
        Format::Byte => base64s(),
        Format::Regex => regexes(),
    }
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

/// `base` with each of `inserts` put at each character position.
fn insertions(base: &str, inserts: &[&str]) -> Vec<String> {
    let positions = base.char_indices().map(|(i, _)| i).chain([base.len()]);
    positions
        .flat_map(|i| {
            inserts
                .iter()
                .map(move |insert| format!("{}{insert}{}", &base[..i], &base[i..]))
        })
        .collect()
}

/// Every printable ASCII character and a few controls.
fn characters() -> Vec<String> {
    let mut out: Vec<String> = (0x20u8..0x7F).map(|b| char::from(b).to_string()).collect();
    out.extend(strings(&["\t", "\n", "\0", "\u{7F}"]));
    out
}

fn dates() -> Vec<String> {
    let mut out = strings(&[
        "",
        "2020-01-01T",
        "20200101",
        "2020-1-01",
        "2020-01-1",
        "+2020-01-01",
        "12020-01-01",
        "2020/01/01",
        "2020-01-01 ",
        " 2020-01-01",
        "2020-0\u{0661}-01",
        "2023-W01",
        "2020-001",
    ]);
    for year in ["0000", "1900", "2000", "2021", "2024", "2100", "9999"] {
        for month in 0..=13 {
            for day in [0, 1, 9, 10, 28, 29, 30, 31, 32] {
                out.push(format!("{year}-{month:02}-{day:02}"));
            }
        }
    }
    out
}

fn times() -> Vec<String> {
    let offsets = [
        "Z", "z", "", "+00:00", "-00:00", "+01:00", "-01:00", "+01:30", "-08:00", "+23:59",
        "-23:59", "+24:00", "+01:60", "+0100", "+01", "Z+01:00", " Z",
    ];
    let mut out = strings(&[
        "",
        "8:30:06Z",
        "08:30Z",
        "08:30:6Z",
        "08:30:06.Z",
        "08:30:06,5Z",
    ]);
    for hour in ["00", "01", "12", "15", "22", "23", "24"] {
        for minute in ["00", "29", "58", "59", "60"] {
            for second in ["00", "59", "60", "61", "59.5", "60.123456789"] {
                for offset in offsets {
                    out.push(format!("{hour}:{minute}:{second}{offset}"));
                }
            }
        }
    }
    out
}

fn date_times() -> Vec<String> {
    let mut out = Vec::new();
    for date in ["1998-12-31", "2020-02-29", "2021-02-29", "1999-13-01"] {
        for separator in ["T", "t", " ", "", "TT"] {
            for time in [
                "23:59:60Z",
                "23:59:60+01:00",
                "00:59:60+01:00",
                "08:30:06.5-08:00",
                "24:00:00Z",
                "12:00:00",
            ] {
                out.push(format!("{date}{separator}{time}"));
            }
        }
    }
    out.extend(insertions(
        "1963-06-19T08:30:06.28Z",
        &[" ", "0", "Z", ":", "-"],
    ));
    out.extend(insertions(
        "2024-02-29T23:59:60+00:00",
        &["0", "1", "5", "9", ":", ".", "-", "+", "T", "z"],
    ));
    out
}

fn durations() -> Vec<String> {
    let mut out = strings(&[
        "",
        "P",
        "PT",
        "p1d",
        "P1d",
        "-P1D",
        "P-1D",
        "P1.5D",
        "PT0.5S",
        "PT0,5S",
        "P1DT",
        "1D",
        "P1e2D",
        "PT1H2M3S4",
        "P01D",
        "P1DT1H ",
    ]);
    // Every ordered selection of date units, with and without time units.
    let date_units = ["Y", "M", "W", "D"];
    let time_units = ["H", "M", "S"];
    for date_mask in 0..16 {
        for time_mask in 0..9 {
            let mut text = String::from("P");
            for (i, unit) in date_units.iter().enumerate() {
                if date_mask & (1 << i) != 0 {
                    text.push_str(&format!("{}{unit}", i + 1));
                }
            }
            if time_mask < 8 {
                text.push('T');
                for (i, unit) in time_units.iter().enumerate() {
                    if time_mask & (1 << i) != 0 {
                        text.push_str(&format!("{}{unit}", i + 5));
                    }
                }
            }
            out.push(text.clone());
            // The same units in reverse order.
            out.push(format!("P{}", text[1..].chars().rev().collect::<String>()));
        }
    }
    out
}

fn emails() -> Vec<String> {
    let long_local = "a".repeat(64);
    let too_long_local = "a".repeat(65);
    let locals = [
        "a",
        "a.b",
        ".a",
        "a.",
        "a..b",
        "\"a b\"",
        "\"\"",
        "\"a\\\"b\"",
        "\"a\\\\\"",
        "\"a\\\"",
        "a+b",
        "a b",
        "!#$%&'*+-/=?^_`{|}~",
        "\"@\"",
        "a(b)",
        "\u{E4}",
        &long_local,
        &too_long_local,
    ];
    let domains = [
        "example.com",
        "localhost",
        "[127.0.0.1]",
        "[127.0.0.01]",
        "[256.0.0.1]",
        "[1.2.3]",
        "[IPv6:::1]",
        "[ipv6:::1]",
        "[IPv6:1::2::3]",
        "[::1]",
        "[tag:x]",
        "-a.com",
        "a-.com",
        "a..com",
        "a.com.",
        "xn--nw2a.com",
        "a_b.com",
        "1.2.3.4",
        "",
        "b\u{FC}cher.de",
    ];
    let mut out = strings(&["", "@", "a", "a@b@c", "a@@b"]);
    for local in locals {
        out.push(format!("{local}@example.com"));
    }
    for domain in domains {
        out.push(format!("a@{domain}"));
        out.push(format!("\"a b\"@{domain}"));
    }
    let inserts = characters();
    let inserts: Vec<&str> = inserts.iter().map(String::as_str).collect();
    out.extend(insertions("a.b@c.de", &inserts));
    out.extend(insertions("\"\"@[IPv6:::1]", &inserts));
    out
}

fn hostnames() -> Vec<String> {
    let label63 = "a".repeat(63);
    let label64 = "a".repeat(64);
    let labels = [
        "a", "example", "a-b", "a--b", "-a", "a-", "1a", "a1", "123", "xn--nw2a", "xn--X",
        "xn--a-", "ab--cd", "A", "a_b", &label63, &label64, "", "\u{E4}",
    ];
    let mut out = strings(&[
        ".",
        "..",
        "a..",
        ".a",
        " a",
        "a ",
        "a\n",
        "example.",
        "XN--NW2A",
        "xn--bcher-kva",
        "xn---9uc",
        "xn--7a",
    ]);
    for first in labels {
        out.push(first.to_owned());
        // (An empty second label ends the name with a dot.)
        for second in labels {
            out.push(format!("{first}.{second}"));
        }
    }
    // Names around the 253-octet limit.
    let name = |len: usize| -> String {
        (0..len)
            .map(|i| if i % 2 == 1 { '.' } else { 'a' })
            .collect()
    };
    out.extend([name(251), name(253), name(255), LONGEST_WITH_DOT.to_owned()]);
    let inserts = characters();
    let inserts: Vec<&str> = inserts.iter().map(String::as_str).collect();
    out.extend(insertions("ab.c-d", &inserts));
    out
}

fn ipv4s() -> Vec<String> {
    let octets = [
        "0", "1", "01", "00", "9", "10", "99", "100", "199", "200", "249", "250", "255", "256",
        "300", "999", "1000", "-1", "+1", "a", "", "0x1", " 1", "\u{0661}",
    ];
    let mut out = strings(&[
        "",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.4.",
        ".1.2.3.4",
        "1.2.3.4/8",
        "1.2.3.4:80",
    ]);
    for octet in octets {
        for position in 0..4 {
            let parts: Vec<&str> = (0..4)
                .map(|i| if i == position { octet } else { "192" })
                .collect();
            out.push(parts.join("."));
        }
    }
    out.extend(insertions(
        "1.22.255.0",
        &["0", "9", ".", " ", "a", "-", "/", ":"],
    ));
    out
}

fn ipv6s() -> Vec<String> {
    let mut out = strings(&[
        "",
        ":",
        ":::",
        "1",
        "::1",
        "::",
        "12345::",
        "::abcd",
        "::abcde",
        "::g",
        "0001::",
        "::ffff:192.168.0.01",
        "::ffff:1.2.3",
        "::ffff:1.2.3.4.5",
        "::1.2.3.4:1",
        "fe80::1%eth0",
        "[::1]",
        " ::1",
        "::1 ",
        "1::\u{0661}",
        "::FFFF:ABCD",
    ]);
    // `n` pieces, compressed at each place or not, with and without an
    // IPv4 tail.
    for n in 0..=9 {
        for tail in ["", ":1.2.3.4"] {
            let pieces: Vec<String> = (1..=n).map(|i| format!("{i:x}")).collect();
            if n > 0 {
                out.push(format!("{}{tail}", pieces.join(":")));
            }
            for at in 0..=n {
                let (head, rest) = pieces.split_at(at);
                let text = format!("{}::{}", head.join(":"), rest.join(":"));
                match tail {
                    "" => out.push(text),
                    _ if rest.is_empty() => out.push(format!("{text}1.2.3.4")),
                    _ => out.push(format!("{text}{tail}")),
                }
            }
        }
    }
    out.extend(insertions(
        "1:ab::c:1.2.3.4",
        &["0", "f", "g", ":", "::", ".", "%", " ", "1.2.3.4"],
    ));
    out
}

fn uris() -> Vec<String> {
    let mut out = strings(&[
        "",
        "a",
        "a:",
        ":",
        "//",
        "/",
        "#",
        "?",
        "a:b",
        "1:b",
        "./a:b",
        "//a@b@c",
        "http://[::1]:80/",
        "http://[::1]x/",
        "http://[v1.x]/",
        "http://[v.x]/",
        "http://[vg.x]/",
        "http://[::1%25en0]/",
        "http://[::ffff:01.2.3.4]/",
        "http://999.999.999.999/",
        "http://a:b:c/",
        "http://a:/",
        "http:/[::1]",
        "file:///a",
        "mailto:a@b",
        "urn:a:b",
        "//\u{E9}/",
        "/%",
        "/%4",
        "/%4g",
        "/%41",
        "\\\\a\\b",
        "a b",
        "http://a/b c",
        "?\u{E000}",
        "#\u{E000}",
        "/\u{E000}",
    ]);
    let non_ascii = [
        "\u{80}",
        "\u{9F}",
        "\u{A0}",
        "\u{D7FF}",
        "\u{E000}",
        "\u{F8FF}",
        "\u{F900}",
        "\u{FDCF}",
        "\u{FDD0}",
        "\u{FDF0}",
        "\u{FFEF}",
        "\u{FFF0}",
        "\u{FFFD}",
        "\u{10000}",
        "\u{1FFFD}",
        "\u{1FFFE}",
        "\u{E0000}",
        "\u{E1000}",
        "\u{F0000}",
        "\u{10FFFD}",
    ];
    let mut inserts = characters();
    inserts.extend(non_ascii.iter().map(|c| (*c).to_owned()));
    inserts.extend(strings(&["%", "%4", "%41", "//", "::"]));
    let inserts: Vec<&str> = inserts.iter().map(String::as_str).collect();
    for base in ["s://u@h:1/p?q#f", "//h/p?q#f", "p/q?r#s"] {
        out.extend(insertions(base, &inserts));
    }
    out
}

fn uri_templates() -> Vec<String> {
    let mut out = strings(&["", "{", "}", "{}", "{{a}}", "a%4", "a%", "{a%4}", "{%4g}"]);
    let operators = [
        "", "+", "#", ".", "/", ";", "?", "&", "=", ",", "!", "@", "|", "$", "*",
    ];
    let varspecs = [
        "a", "a.b", "a..b", ".a", "a.", "_", "%41", "a-b", "a:1", "a:9999", "a:10000", "a:0",
        "a:01", "a:", "a*", "a**", "a:1*", "a,b", "a,", ",a", "a,,b", "a=b", "\u{E9}", "",
    ];
    for operator in operators {
        for varspec in varspecs {
            out.push(format!("x/{{{operator}{varspec}}}/y"));
        }
    }
    let inserts = characters();
    let inserts: Vec<&str> = inserts.iter().map(String::as_str).collect();
    out.extend(insertions("a/{b}", &inserts));
    // Non-ASCII literals: `ucschar` and `iprivate` only.
    for c in [
        '\u{85}',
        '\u{A0}',
        '\u{D7FF}',
        '\u{E000}',
        '\u{FDD0}',
        '\u{FFFE}',
        '\u{1F600}',
        '\u{F0000}',
    ] {
        out.push(format!("a{c}b"));
    }
    out
}

fn pointers() -> Vec<String> {
    let mut out = Vec::new();
    let prefixes = [
        "", "0", "1", "01", "10", "100", "-1", "+1", "\u{0661}", " 1",
    ];
    let suffixes = [
        "",
        "#",
        "##",
        "#/a",
        "/",
        "//",
        "/a",
        "/a~0b~1c",
        "/~",
        "/~2",
        "/a~",
        "/~01",
        "a",
        "/\u{1F60E}",
        "/%",
        "/ ",
        "/\0",
    ];
    for prefix in prefixes {
        for suffix in suffixes {
            out.push(format!("{prefix}{suffix}"));
        }
    }
    out.extend(insertions(
        "/a~1b/0",
        &["~", "~0", "~1", "#", "/", "0", "\u{E9}"],
    ));
    out
}

fn uuids() -> Vec<String> {
    let base = "2eb8aa08-aa98-11ea-b4aa-73b441d16380";
    let mut out = strings(&[
        base,
        "",
        "2EB8AA08-AA98-11EA-B4AA-73B441D16380",
        "2eb8aa08aa9811eab4aa73b441d16380",
    ]);
    for (i, _) in base.char_indices() {
        for replacement in ["0", "F", "f", "g", "-", "\u{E9}", ""] {
            out.push(format!("{}{replacement}{}", &base[..i], &base[i + 1..]));
        }
    }
    out.extend(insertions(base, &["-", "a", "{", "}"]));
    out
}

fn base64s() -> Vec<String> {
    // Every text of up to four characters over a few symbols.
    let symbols = ["A", "Q", "B", "w", "+", "/", "=", "-"];
    let mut out = vec![String::new()];
    let mut level = vec![String::new()];
    for _ in 0..4 {
        level = level
            .iter()
            .flat_map(|text| symbols.iter().map(move |s| format!("{text}{s}")))
            .collect();
        out.extend(level.iter().cloned());
    }
    out.extend(strings(&[
        "aGVsbG8=", "aGVsbG8", "aGVsbG9=", "aGVsbA==", "aGVsbB==", "aGVs\n", "aG Vs",
    ]));
    out
}

fn regexes() -> Vec<String> {
    let mut out = strings(&[
        "",
        "a",
        "^a$",
        "([abc])+\\s+$",
        "(?:a)",
        "(?=a)",
        "(?!a)",
        "(?<=a)",
        "(?<!a)",
        "(?<n>a)\\k<n>",
        "\\k<n>(?<n>a)",
        "(a)\\1",
        "a{1}",
        "a{1,}",
        "a{1,2}",
        "a*?",
        "a+?",
        "[a-z]",
        "[\\w-]",
        "[^]",
        "[]",
        "[\\b]",
        "[\\p{L}]",
        "a|",
        "|",
        ".",
        "\\0",
        "\\cA",
        "\\x41",
        "\\u0041",
        "\\u{1F600}",
        "\\p{L}",
        "\\p{Letter}",
        "\\p{Script=Greek}",
        "\\P{L}",
        "\\s\\S\\d\\D\\w\\W",
        "\\t\\n\\v\\f\\r",
        "\\-",
        "\\/",
        "\\b",
        "[\\b]+",
        // Invalid in either mode.
        "^(abc]",
        "(",
        ")",
        "[",
        "*",
        "a**",
        "a{2,1}",
        "(?<=a)*",
        "(?<n>a)(?<n>b)",
        "\\k<m>(?<n>a)",
        "(?<1>a)",
        "(?<a-b>a)",
        "[z-a]",
        "\\p{Nope}",
        "\\",
        "a\\",
        "(?i)a",
        "(?P<n>a)",
        "{1}",
        "a|*",
        "^*",
        "$+",
        "\\b+",
        "\\B*",
        "a\\b{2}",
        // Valid only without the `u` flag (ECMA-262 Annex B.1.2).
        "]",
        "{",
        "a{,1}",
        "(?=a)*",
        "[\\d-z]",
        "\\00",
        "\\8",
        "\\a",
        "\\c",
        "\\k<n>",
        "\\u{110000}",
        // `\\u` escapes regress reads unlike ECMA-262: `{41}` is a quantifier
        // without the `u` flag, and a sign before the digits is no escape.
        "\\u{41}",
        "\\u{41}{2}",
        "\\u{41}{2}]",
        "\\u{41}*\\-",
        "[a-\\u{41}]\\-",
        "[\\u{41}-\\u{5A}]\\-",
        "\\u+041",
        "\\u{+41}",
        "\\u+041\\u{42}{2}",
        "(?<\\u{41}>x)\\k<\\u{41}>",
        "(?<\\u{41}>x)\\k<\\u{41}>\\-",
        "\\k<\\u{41}>\\-",
        "(?<\\u+041>x)",
        "\\u{}",
        "\\u{41",
        // ES2025: duplicate names in alternatives, modifiers.
        "(?<n>a)|(?<n>b)",
        "(?i:a)",
    ]);
    // Each character after a valid pattern's atoms.
    // (`]`, `{`, `}` and `\\` alone are Annex B syntax, covered above.)
    let inserts = characters();
    let inserts: Vec<&str> = inserts
        .iter()
        .map(String::as_str)
        .filter(|c| !matches!(*c, "]" | "{" | "}" | "\\"))
        .collect();
    out.extend(insertions("(a)[b]c", &inserts));
    out
}

//! The strings each format is checked on: edge cases written out, and
//! systematic variations of valid values.

use openapi_models::__private::format::Format;

use super::corpus_uri::{base64s, pointers, regexes, uri_templates, uris, uuids};

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

pub fn corpus(format: Format) -> Vec<String> {
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

pub fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

/// `base` with each of `inserts` put at each character position.
pub fn insertions(base: &str, inserts: &[&str]) -> Vec<String> {
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
pub fn characters() -> Vec<String> {
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

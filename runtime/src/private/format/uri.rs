//! URIs (RFC 3986 §3-4), IRIs (RFC 3987 §2.2) and URI templates (RFC
//! 6570).

use super::host::ipv6;
use super::{all_digits, at};

/// `URI`, or with `reference` `URI-reference`; with `iri` the IRI forms,
/// which also admit `ucschar`s (and `iprivate` in the query).
pub(super) fn uri(text: &str, reference: bool, iri: bool) -> bool {
    // A query holds no `#`, so the first `#` starts the fragment.
    let (rest, fragment) = text
        .split_once('#')
        .map_or((text, None), |(r, f)| (r, Some(f)));
    let (rest, query) = rest
        .split_once('?')
        .map_or((rest, None), |(r, q)| (r, Some(q)));
    if !fragment.is_none_or(|f| uri_chars(f, b"/?:@", iri, false))
        || !query.is_none_or(|q| uri_chars(q, b"/?:@", iri, true))
    {
        return false;
    }
    // A relative path's first segment holds no `:` (`path-noscheme`), so
    // a `:` before any `/` ends a scheme.
    let hier = match rest.find([':', '/']) {
        Some(colon) if rest[colon..].starts_with(':') => {
            if !scheme(&rest[..colon]) {
                return false;
            }
            &rest[colon + 1..]
        }
        _ if reference => rest,
        _ => return false,
    };
    match hier.strip_prefix("//") {
        Some(rest) => {
            let (authority, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
            self::authority(authority, iri) && uri_chars(path, b"/:@", iri, false)
        }
        // `path-absolute`, `-rootless`, `-noscheme` or `-empty`.
        None => uri_chars(hier, b"/:@", iri, false),
    }
}

fn scheme(text: &str) -> bool {
    let bytes = text.as_bytes();
    at(bytes, 0).is_ascii_alphabetic()
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// `[ userinfo "@" ] host [ ":" port ]`. An `IPv4address` is also a
/// `reg-name`, so a host is either an `IP-literal` or a `reg-name`.
fn authority(text: &str, iri: bool) -> bool {
    let (userinfo, host_port) = text
        .split_once('@')
        .map_or((None, text), |(u, h)| (Some(u), h));
    if !userinfo.is_none_or(|u| uri_chars(u, b":", iri, false)) {
        return false;
    }
    let (host_ok, port) = match host_port.strip_prefix('[') {
        Some(literal) => {
            let Some((literal, after)) = literal.split_once(']') else {
                return false;
            };
            let port = match after {
                "" => "",
                _ => match after.strip_prefix(':') {
                    Some(port) => port,
                    None => return false,
                },
            };
            (ip_literal(literal), port)
        }
        None => {
            let (host, port) = host_port.split_once(':').unwrap_or((host_port, ""));
            (uri_chars(host, b"", iri, false), port)
        }
    };
    host_ok && port.bytes().all(|b| b.is_ascii_digit())
}

/// `IPv6address / IPvFuture` (no zone identifiers: RFC 6874 is not URI
/// syntax); ASCII in IRIs too.
fn ip_literal(text: &str) -> bool {
    match text.strip_prefix(['v', 'V']) {
        Some(future) => future.split_once('.').is_some_and(|(version, address)| {
            !version.is_empty()
                && version.bytes().all(|b| b.is_ascii_hexdigit())
                && !address.is_empty()
                && address
                    .bytes()
                    .all(|b| unreserved(b) || sub_delim(b) || b == b':')
        }),
        None => ipv6(text),
    }
}

/// Whether `text` is `*( unreserved / pct-encoded / sub-delims / extra )`,
/// with `iri` also `ucschar` and with `private` also `iprivate`.
fn uri_chars(text: &str, extra: &[u8], iri: bool, private: bool) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            if !(at(bytes, i + 1).is_ascii_hexdigit() && at(bytes, i + 2).is_ascii_hexdigit()) {
                return false;
            }
            i += 3;
        } else if b.is_ascii() {
            if !(unreserved(b) || sub_delim(b) || extra.contains(&b)) {
                return false;
            }
            i += 1;
        } else {
            // `i` is always at a character boundary.
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                return false;
            };
            if !(iri && (ucschar(c) || (private && iprivate(c)))) {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

fn sub_delim(b: u8) -> bool {
    matches!(
        b,
        b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
    )
}

/// RFC 3987 §2.2: the non-ASCII characters an IRI may hold, all but the
/// controls, private use, specials and noncharacters.
fn ucschar(c: char) -> bool {
    let c = c as u32;
    match c {
        0xA0..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFEF | 0xE1000..=0xEFFFD => true,
        // Planes 1-13, less each plane's last two code points.
        0x1_0000..=0xD_FFFF => c & 0xFFFF <= 0xFFFD,
        _ => false,
    }
}

fn iprivate(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}')
}

// ---- RFC 6570 URI templates ----

/// Literals and `{expressions}`.
pub(super) fn uri_template(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'{' => {
                let Some(len) = text[i + 1..].find('}') else {
                    return false;
                };
                if !expression(&text[i + 1..i + 1 + len]) {
                    return false;
                }
                i += len + 2;
            }
            b'%' => {
                if !(at(bytes, i + 1).is_ascii_hexdigit() && at(bytes, i + 2).is_ascii_hexdigit()) {
                    return false;
                }
                i += 3;
            }
            // Any ASCII but controls, space and `"%<>\^`{|}` (the
            // apostrophe is a literal since erratum 6937).
            0x21..=0x7E => {
                if b"\"<>\\^`{|}".contains(&b) {
                    return false;
                }
                i += 1;
            }
            _ => {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    return false;
                };
                if !(ucschar(c) || iprivate(c)) {
                    return false;
                }
                i += c.len_utf8();
            }
        }
    }
    true
}

/// `[ operator ] varspec *( "," varspec )`; the operators reserved for
/// future extensions (`= , ! @ |`) are in the grammar too.
fn expression(text: &str) -> bool {
    let operators = ['+', '#', '.', '/', ';', '?', '&', '=', ',', '!', '@', '|'];
    let list = text.strip_prefix(operators).unwrap_or(text);
    list.split(',').all(|varspec| {
        let (name, modifier_ok) = match (varspec.strip_suffix('*'), varspec.split_once(':')) {
            (Some(name), _) => (name, true),
            // `max-length`: 1-9999 without leading zeros.
            (None, Some((name, max))) => (
                name,
                max.len() <= 4 && all_digits(max) && !max.starts_with('0'),
            ),
            (None, None) => (varspec, true),
        };
        modifier_ok && varname(name)
    })
}

/// `varchar *( ["."] varchar )`, a varchar being `ALPHA / DIGIT / "_" /
/// pct-encoded`.
fn varname(text: &str) -> bool {
    text.split('.').all(|part| {
        let bytes = part.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            i += match b {
                b'%' if at(bytes, i + 1).is_ascii_hexdigit()
                    && at(bytes, i + 2).is_ascii_hexdigit() =>
                {
                    3
                }
                _ if b.is_ascii_alphanumeric() || b == b'_' => 1,
                _ => return false,
            };
        }
        !bytes.is_empty()
    })
}

//! The string formats `validate()` checks: JSON Schema 2020-12's (§7.3)
//! and OpenAPI's `byte`. Each is a hand-written parser of its RFC's
//! grammar over the text's bytes: they run on every validated string, so
//! they allocate nothing (except `regex`, which compiles the pattern) and
//! are total, whatever the text.

/// A `format` whose text `validate()` checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    DateTime,
    Date,
    Time,
    Duration,
    Email,
    IdnEmail,
    Hostname,
    IdnHostname,
    Ipv4,
    Ipv6,
    Uri,
    UriReference,
    Iri,
    IriReference,
    UriTemplate,
    JsonPointer,
    RelativeJsonPointer,
    Uuid,
    Byte,
    Regex,
}

/// Every format, in declaration order, so `NAMES[format as usize]` is its name.
const ALL: [Format; 20] = [
    Format::DateTime,
    Format::Date,
    Format::Time,
    Format::Duration,
    Format::Email,
    Format::IdnEmail,
    Format::Hostname,
    Format::IdnHostname,
    Format::Ipv4,
    Format::Ipv6,
    Format::Uri,
    Format::UriReference,
    Format::Iri,
    Format::IriReference,
    Format::UriTemplate,
    Format::JsonPointer,
    Format::RelativeJsonPointer,
    Format::Uuid,
    Format::Byte,
    Format::Regex,
];

const NAMES: [&str; 20] = [
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "uuid",
    "byte",
    "regex",
];

impl Format {
    /// The format for a `format` keyword value, if it is one that is
    /// checked. Names are matched exactly (`date-time`, `uri-reference`,
    /// `byte`, ...).
    pub fn from_name(name: &str) -> Option<Format> {
        ALL.into_iter().find(|format| format.name() == name)
    }

    /// The keyword value (`date-time`).
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// Whether `text` is in this format.
    pub fn check(self, text: &str) -> bool {
        match self {
            Format::DateTime => date_time(text),
            Format::Date => text.len() == 10 && full_date(text.as_bytes()),
            Format::Time => full_time(text.as_bytes()),
            Format::Duration => duration(text),
            Format::Email => email(text, false),
            Format::IdnEmail => email(text, true),
            Format::Hostname => domain(text, false, true),
            Format::IdnHostname => domain(text, true, true),
            Format::Ipv4 => ipv4(text),
            Format::Ipv6 => ipv6(text),
            Format::Uri => uri(text, false, false),
            Format::UriReference => uri(text, true, false),
            Format::Iri => uri(text, false, true),
            Format::IriReference => uri(text, true, true),
            Format::UriTemplate => uri_template(text),
            Format::JsonPointer => json_pointer(text),
            Format::RelativeJsonPointer => relative_json_pointer(text),
            Format::Uuid => uuid(text),
            Format::Byte => base64(text),
            Format::Regex => regex(text),
        }
    }
}

/// The byte at `i`, or 0 (which no grammar here accepts) past the end.
fn at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// The value of the `len` ASCII digits at `start`.
fn number(bytes: &[u8], start: usize, len: usize) -> Option<u32> {
    let digits = bytes.get(start..start + len)?;
    digits.iter().try_fold(0, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

// ---- RFC 3339 §5.6 and Appendix A ----

/// `full-date "T" full-time`; `T` may be lower case (RFC 3339 §5.6 NOTE).
fn date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    matches!(at(bytes, 10), b'T' | b't')
        && bytes.get(..10).is_some_and(full_date)
        && bytes.get(11..).is_some_and(full_time)
}

/// `YYYY-MM-DD` (exactly ten bytes), a day that exists in that month.
fn full_date(bytes: &[u8]) -> bool {
    let (Some(year), Some(month), Some(day)) = (
        number(bytes, 0, 4),
        number(bytes, 5, 2),
        number(bytes, 8, 2),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    bytes.len() == 10 && at(bytes, 4) == b'-' && at(bytes, 7) == b'-' && (1..=days).contains(&day)
}

/// `HH:MM:SS[.fraction]` and an offset, `Z` or `±HH:MM`, which is
/// required. Second 60 (a leap second) is only ever inserted at 23:59:60
/// UTC, so it is valid only where the offset puts it there.
fn full_time(bytes: &[u8]) -> bool {
    let (Some(hour), Some(minute), Some(second)) = (
        number(bytes, 0, 2),
        number(bytes, 3, 2),
        number(bytes, 6, 2),
    ) else {
        return false;
    };
    if at(bytes, 2) != b':' || at(bytes, 5) != b':' || hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut end = 8;
    if at(bytes, end) == b'.' {
        end += 1;
        let digits = bytes
            .iter()
            .skip(end)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            return false;
        }
        end += digits;
    }
    // Minutes east of UTC.
    let offset = match at(bytes, end) {
        b'Z' | b'z' if bytes.len() == end + 1 => 0,
        sign @ (b'+' | b'-') if bytes.len() == end + 6 => {
            let (Some(hours), Some(minutes)) =
                (number(bytes, end + 1, 2), number(bytes, end + 4, 2))
            else {
                return false;
            };
            if at(bytes, end + 3) != b':' || hours > 23 || minutes > 59 {
                return false;
            }
            let offset = i64::from(hours * 60 + minutes);
            if sign == b'+' {
                offset
            } else {
                -offset
            }
        }
        _ => return false,
    };
    let utc = (i64::from(hour * 60 + minute) - offset).rem_euclid(24 * 60);
    second < 60 || utc == 23 * 60 + 59
}

/// RFC 3339 Appendix A: `P` then date units, `T` and time units, or weeks
/// alone. Designators are upper case (ISO 8601; RFC 3339 allows lower case
/// only for the `T` and `Z` of timestamps).
fn duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    if let Some(weeks) = date.strip_suffix('W') {
        return time.is_none() && all_digits(weeks);
    }
    match time {
        Some(time) => units(date, b"YMD") && !time.is_empty() && units(time, b"HMS"),
        None => !date.is_empty() && units(date, b"YMD"),
    }
}

/// `1*DIGIT unit` components whose units are consecutive in `order`: the
/// ABNF nests each optional unit in the one before (`dur-year = 1*DIGIT
/// "Y" [dur-month]`), so `P1Y2D` and `PT1H2S` are not durations.
fn units(text: &str, order: &[u8]) -> bool {
    let bytes = text.as_bytes();
    let mut next = None;
    let mut i = 0;
    while i < bytes.len() {
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let Some(unit) = order.iter().position(|&u| u == at(bytes, i + digits)) else {
            return false;
        };
        if digits == 0 || next.is_some_and(|next| next != unit) {
            return false;
        }
        next = Some(unit + 1);
        i += digits + 1;
    }
    true
}

// ---- RFC 5321 §4.1.2 Mailbox, RFC 6531 §3.3 ----

/// `Local-part "@" ( Domain / address-literal )`; with `idn`, non-ASCII
/// text in the local part and U-labels in the domain (RFC 6531).
fn email(text: &str, idn: bool) -> bool {
    // A quoted local part may hold `@`; a domain never does.
    let Some((local, host)) = text.rsplit_once('@') else {
        return false;
    };
    // RFC 5321 §4.5.3.1.1: at most 64 octets.
    if local.len() > 64 || !local_part(local, idn) {
        return false;
    }
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(literal) => address_literal(literal),
        None => domain(host, idn, false),
    }
}

/// `Dot-string / Quoted-string`.
fn local_part(local: &str, idn: bool) -> bool {
    if let Some(quoted) = local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        let mut bytes = quoted.bytes();
        while let Some(b) = bytes.next() {
            let ok = match b {
                // quoted-pairSMTP: a backslash and one printable ASCII byte.
                b'\\' => bytes.next().is_some_and(|b| (32..=126).contains(&b)),
                32..=126 => b != b'"',
                _ => idn && b >= 0x80,
            };
            if !ok {
                return false;
            }
        }
        return true;
    }
    local.split('.').all(|atom| {
        !atom.is_empty()
            && atom.bytes().all(|b| {
                b.is_ascii_alphanumeric()
                    || b"!#$%&'*+-/=?^_`{|}~".contains(&b)
                    || (idn && b >= 0x80)
            })
    })
}

/// `IPv4-address-literal / IPv6-address-literal` between the brackets.
/// General address literals need a tag registered with IANA, and `IPv6`
/// is the only one there is.
fn address_literal(literal: &str) -> bool {
    match literal.get(..5) {
        Some(tag) if tag.eq_ignore_ascii_case("IPv6:") => literal.get(5..).is_some_and(ipv6),
        // `Snum = 1*3DIGIT`, 0-255: RFC 5321 allows leading zeros here.
        _ => {
            let mut parts = 0;
            literal.split('.').all(|snum| {
                parts += 1;
                snum.len() <= 3
                    && all_digits(snum)
                    && number(snum.as_bytes(), 0, snum.len()).is_some_and(|n| n <= 255)
            }) && parts == 4
        }
    }
}

// ---- Host names: RFC 1034 §3.1, RFC 1123 §2.1, RFC 5890-5891 ----

/// A domain name of dot-separated labels, at most 253 octets as DNS
/// writes it (A-labels for U-labels). `idn` admits U-labels. As a
/// `hostname` format (`format`), a name may end with the dot of an
/// absolute name (RFC 1034 §3.1), and an IDN may use the dots IDNA treats
/// as full stops (RFC 3490 §3.1); an e-mail domain has neither.
fn domain(text: &str, idn: bool, format: bool) -> bool {
    let wide_dots = idn && format;
    let dot =
        |c: char| c == '.' || (wide_dots && matches!(c, '\u{3002}' | '\u{FF0E}' | '\u{FF61}'));
    let name = match text.strip_suffix(dot) {
        Some(name) if format => name,
        _ => text,
    };
    let mut total = 0;
    for (i, label) in name.split(dot).enumerate() {
        let Some(len) = label_length(label, idn) else {
            return false;
        };
        total += len + usize::from(i > 0);
        if total > 253 {
            return false;
        }
    }
    true
}

/// The length in DNS of a valid label, at most 63 octets (RFC 1035
/// §2.3.4); a U-label counts as its A-label (`xn--` and Punycode).
fn label_length(label: &str, idn: bool) -> Option<usize> {
    if label.is_ascii() {
        return ldh_label(label.as_bytes()).then_some(label.len());
    }
    if !idn {
        return None;
    }
    // An A-label holds at least one byte per character after `xn--`.
    let mut buffer = ['\0'; 59];
    let mut len = 0;
    for c in label.chars() {
        *buffer.get_mut(len)? = c;
        len += 1;
    }
    let chars = &buffer[..len];
    let mut encoded = 4;
    punycode(chars, |_| {
        encoded += 1;
        Some(())
    })?;
    (encoded <= 63 && u_label(chars)).then_some(encoded)
}

/// Letters, digits and hyphens, 1-63 octets, no hyphen first or last (RFC
/// 1123 §2.1). A label with `--` third and fourth is reserved (RFC 5890
/// §2.3.1): valid only as an A-label, `xn--` and the Punycode of a
/// U-label.
fn ldh_label(label: &[u8]) -> bool {
    let ldh = (1..=63).contains(&label.len())
        && label
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        && label.first() != Some(&b'-')
        && label.last() != Some(&b'-');
    match label.get(2..4) {
        Some(b"--") => ldh && label[..2].eq_ignore_ascii_case(b"xn") && a_label(&label[4..]),
        _ => ldh,
    }
}

/// Whether the Punycode after `xn--` decodes (RFC 3492 §6.2) to a U-label
/// that encodes back to it; one of ASCII only is no A-label.
fn a_label(payload: &[u8]) -> bool {
    let mut out = ['\0'; 63];
    let (basic, digits) = match payload.iter().rposition(|&b| b == b'-') {
        Some(i) => (&payload[..i], &payload[i + 1..]),
        None => (&payload[..0], payload),
    };
    for (slot, &b) in out.iter_mut().zip(basic) {
        *slot = char::from(b);
    }
    let mut len = basic.len();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = digits.iter();
    while digits.len() > 0 {
        let (old_i, mut weight) = (i, 1u32);
        let mut k = 36;
        loop {
            let Some(digit) = digits.next().and_then(|&b| punycode_digit(b)) else {
                return false;
            };
            let Some(next) = digit.checked_mul(weight).and_then(|d| i.checked_add(d)) else {
                return false;
            };
            i = next;
            let t = threshold(k, bias);
            if digit < t {
                break;
            }
            let Some(next) = weight.checked_mul(36 - t) else {
                return false;
            };
            weight = next;
            k += 36;
        }
        let count = len as u32 + 1;
        bias = adapt(i - old_i, count, old_i == 0);
        let Some(point) = n.checked_add(i / count).and_then(char::from_u32) else {
            return false;
        };
        n = point as u32;
        i %= count;
        // Insert `point` at `i`, shifting the rest right.
        if len == out.len() {
            return false;
        }
        let at = i as usize;
        out.copy_within(at..len, at + 1);
        out[at] = point;
        len += 1;
        i += 1;
    }
    let chars = &out[..len];
    // An A-label is what encoding its U-label gives (RFC 5890 §2.3.2.1):
    // none decodes to ASCII only or carries superfluous delimiters or digits.
    let mut expected = payload.iter();
    let canonical = punycode(chars, |b| {
        expected
            .next()
            .filter(|e| e.eq_ignore_ascii_case(&b))
            .map(|_| ())
    });
    canonical.is_some()
        && expected.len() == 0
        && !chars.iter().all(char::is_ascii)
        && u_label(chars)
}

/// Encodes `chars` as Punycode (RFC 3492 §6.3), handing each byte to
/// `emit`; `None` if `emit` refuses one or a count overflows.
fn punycode(chars: &[char], mut emit: impl FnMut(u8) -> Option<()>) -> Option<()> {
    let mut basic = 0;
    for &c in chars.iter().filter(|c| c.is_ascii()) {
        emit(c as u8)?;
        basic += 1;
    }
    if basic > 0 {
        emit(b'-')?;
    }
    let digit = |d: u32| {
        if d < 26 {
            b'a' + d as u8
        } else {
            b'0' + (d - 26) as u8
        }
    };
    let (mut n, mut delta, mut bias) = (128u32, 0u32, 72u32);
    let mut handled = basic;
    while handled < chars.len() {
        let m = chars.iter().map(|&c| c as u32).filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled as u32 + 1)?)?;
        n = m;
        for &c in chars {
            let c = c as u32;
            if c < n {
                delta = delta.checked_add(1)?;
            } else if c == n {
                let (mut q, mut k) = (delta, 36);
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    emit(digit(t + (q - t) % (36 - t)))?;
                    q = (q - t) / (36 - t);
                    k += 36;
                }
                emit(digit(q))?;
                bias = adapt(delta, handled as u32 + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n += 1;
    }
    Some(())
}

fn punycode_digit(b: u8) -> Option<u32> {
    match b {
        b'a'..=b'z' => Some(u32::from(b - b'a')),
        b'A'..=b'Z' => Some(u32::from(b - b'A')),
        b'0'..=b'9' => Some(u32::from(b - b'0') + 26),
        _ => None,
    }
}

/// RFC 3492 §6.1's `t` for position `k` (tmin 1, tmax 26).
fn threshold(k: u32, bias: u32) -> u32 {
    k.saturating_sub(bias).clamp(1, 26)
}

/// RFC 3492 §6.1: the bias after a code point.
fn adapt(delta: u32, count: u32, first: bool) -> u32 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / count;
    let mut k = 0;
    while delta > 35 * 26 / 2 {
        delta /= 35;
        k += 36;
    }
    k + 36 * delta / (delta + 38)
}

/// A U-label's shape (RFC 5891 §4.2.3): no hyphen first or last or third
/// and fourth, no combining mark first, ASCII only as letters, digits and
/// hyphens. Not checked, as that needs Unicode's tables: the IDNA2008
/// derived property of each character (RFC 5892; only controls, spaces,
/// noncharacters, private use and some invisible characters are refused
/// here), its contextual rules (CONTEXTJ/CONTEXTO), the Bidi rule (RFC
/// 5893), that all combining marks (not only the common blocks) cannot
/// come first, and NFC.
fn u_label(chars: &[char]) -> bool {
    let (Some(&first), Some(&last)) = (chars.first(), chars.last()) else {
        return false;
    };
    first != '-'
        && last != '-'
        && chars.get(2..4) != Some(&['-', '-'][..])
        && !combining_mark(first)
        && chars.iter().all(|&c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '-'
            } else {
                !disallowed(c)
            }
        })
}

fn combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Non-ASCII characters no IDN label holds.
fn disallowed(c: char) -> bool {
    let noncharacter = (c as u32) & 0xFFFE == 0xFFFE || ('\u{FDD0}'..='\u{FDEF}').contains(&c);
    let private_use = matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}');
    let invisible = matches!(c,
        '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' | '\u{FFF9}'..='\u{FFFD}');
    // Full stops are label separators, never part of a label.
    let dot = matches!(c, '\u{3002}' | '\u{FF0E}' | '\u{FF61}');
    c.is_control() || c.is_whitespace() || noncharacter || private_use || invisible || dot
}

// ---- IP addresses: RFC 3986 §3.2.2, RFC 4291 §2.2 ----

/// Four `dec-octet`s: 0-255 in ASCII digits, no leading zeros (which
/// some parsers read as octal).
fn ipv4(text: &str) -> bool {
    let mut parts = 0;
    text.split('.').all(|octet| {
        parts += 1;
        let bytes = octet.as_bytes();
        (1..=3).contains(&bytes.len())
            && (bytes.len() == 1 || at(bytes, 0) != b'0')
            && number(bytes, 0, bytes.len()).is_some_and(|n| n <= 255)
    }) && parts == 4
}

/// Eight 16-bit pieces of 1-4 hex digits, the last two of which may be
/// an IPv4 address; one `::` stands for one or more zero pieces.
fn ipv6(text: &str) -> bool {
    match text.split_once("::") {
        Some((head, tail)) => match (pieces(head, false), pieces(tail, true)) {
            (Some(head), Some(tail)) => head + tail <= 7,
            _ => false,
        },
        None => pieces(text, true) == Some(8),
    }
}

/// How many pieces `h16 *(":" h16)` holds (none for empty text), an IPv4
/// tail counting two where `ipv4_tail`.
fn pieces(text: &str, ipv4_tail: bool) -> Option<usize> {
    if text.is_empty() {
        return Some(0);
    }
    let mut count = 0;
    let mut parts = text.split(':').peekable();
    while let Some(part) = parts.next() {
        if ipv4_tail && parts.peek().is_none() && part.contains('.') {
            return ipv4(part).then_some(count + 2);
        }
        if part.is_empty() || part.len() > 4 || !part.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        count += 1;
    }
    Some(count)
}

// ---- URIs (RFC 3986 §3-4) and IRIs (RFC 3987 §2.2) ----

/// `URI`, or with `reference` `URI-reference`; with `iri` the IRI forms,
/// which also admit `ucschar`s (and `iprivate` in the query).
fn uri(text: &str, reference: bool, iri: bool) -> bool {
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
fn uri_template(text: &str) -> bool {
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

// ---- JSON pointers, UUIDs, base64, regular expressions ----

/// RFC 6901: `*( "/" reference-token )`, every `~` escaping `0` or `1`.
fn json_pointer(text: &str) -> bool {
    let bytes = text.as_bytes();
    (bytes.is_empty() || bytes.first() == Some(&b'/'))
        && bytes
            .iter()
            .enumerate()
            .all(|(i, &b)| b != b'~' || matches!(at(bytes, i + 1), b'0' | b'1'))
}

/// draft-handrews-relative-json-pointer-01: a non-negative integer
/// without leading zeros, then `#` or a JSON pointer.
fn relative_json_pointer(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    digits > 0 && (digits == 1 || !text.starts_with('0')) && (rest == "#" || json_pointer(rest))
}

/// RFC 9562 §4: `8-4-4-4-12` hex digits, either case, any version and
/// variant.
fn uuid(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// RFC 4648 §4 base64: the standard alphabet, padded to a multiple of
/// four. The bits the padding leaves over must be zero (§3.5 lets
/// decoders refuse them otherwise), so each byte string has one form.
fn base64(text: &str) -> bool {
    let bytes = text.as_bytes();
    let padding = bytes.iter().rev().take_while(|&&b| b == b'=').count();
    let data = &bytes[..bytes.len() - padding];
    let sextet = |b: u8| match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let unused = match padding {
        0 => 0,
        1 => 0b11,
        2 => 0b1111,
        _ => return false,
    };
    bytes.len() % 4 == 0
        && data.iter().all(|&b| sextet(b).is_some())
        && data
            .last()
            .is_none_or(|&b| sextet(b).is_some_and(|s| s & unused == 0))
}

/// ECMA-262 syntax, by `regress`: with the `u` flag, as JSON Schema
/// recommends, or without, as patterns relying on Annex B's legacy syntax
/// are written.
fn regex(text: &str) -> bool {
    prescan(text.as_bytes())
        && (regress::Regex::with_flags(text, "u").is_ok() || regress::Regex::new(text).is_ok())
}

/// Groups nested deeper, or more alternatives, than real patterns hold.
/// regress parses both recursively: a debug build on a 2 MiB thread stack
/// overflows (which aborts the process) at about 400 levels or 3,000
/// alternatives, and the text checked here comes from payloads.
const MAX_DEPTH: usize = 64;
const MAX_ALTERNATIVES: usize = 1000;

/// Whether regress may judge the pattern: not when a `\b` or `\B`
/// outside a class takes a quantifier, which ECMA-262 forbids in either
/// mode (only lookaheads are quantifiable, and only in Annex B) but
/// regress 0.10 accepts; nor past `MAX_DEPTH` or `MAX_ALTERNATIVES`,
/// which are refused unchecked.
fn prescan(pattern: &[u8]) -> bool {
    let (mut in_class, mut depth, mut alternatives) = (false, 0, 0);
    let mut i = 0;
    while let Some(&b) = pattern.get(i) {
        match b {
            b'\\' => {
                let boundary = matches!(at(pattern, i + 1), b'b' | b'B');
                if !in_class && boundary && quantifier(pattern, i + 2) {
                    return false;
                }
                i += 1;
            }
            b'[' => in_class = true,
            b']' => in_class = false,
            _ if in_class => {}
            b'(' => depth += 1,
            b')' => depth = usize::saturating_sub(depth, 1),
            b'|' => alternatives += 1,
            _ => {}
        }
        if depth > MAX_DEPTH || alternatives > MAX_ALTERNATIVES {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether a quantifier starts at `i`: `*`, `+`, `?` or `{n}`, `{n,}`,
/// `{n,m}` (any other `{` is a literal in Annex B).
fn quantifier(pattern: &[u8], i: usize) -> bool {
    let digits = |from: usize| {
        pattern
            .iter()
            .skip(from)
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    match at(pattern, i) {
        b'*' | b'+' | b'?' => true,
        b'{' => {
            let min = digits(i + 1);
            let mut end = i + 1 + min;
            if at(pattern, end) == b',' {
                end += 1 + digits(end + 1);
            }
            min > 0 && at(pattern, end) == b'}'
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::Format as F;
    use super::ALL;

    /// (format, text, whether it is in the format)
    const CASES: &[(F, &str, bool)] = &[
        // RFC 3339 §5.6 full-date, full-time, date-time.
        (F::Date, "1963-06-19", true),
        (F::Date, "2020-02-29", true),
        (F::Date, "2000-02-29", true),
        (F::Date, "1900-02-29", false),
        (F::Date, "2021-02-29", false),
        (F::Date, "2020-04-31", false),
        (F::Date, "2020-12-32", false),
        (F::Date, "2020-00-10", false),
        (F::Date, "2020-13-10", false),
        (F::Date, "2020-01-00", false),
        (F::Date, "0000-01-01", true),
        (F::Date, "2020-1-01", false),
        (F::Date, "20200101", false),
        (F::Date, "2020-01-01T", false),
        (F::Date, "+2020-01-01", false),
        (F::Date, "2020-01-0\u{0661}", false),
        (F::Date, "", false),
        (F::Time, "08:30:06Z", true),
        (F::Time, "08:30:06z", true),
        (F::Time, "08:30:06.283185+01:30", true),
        (F::Time, "23:59:60Z", true),
        (F::Time, "15:59:60-08:00", true),
        (F::Time, "00:29:60-23:30", true),
        (F::Time, "23:59:60+01:00", false),
        (F::Time, "22:59:60Z", false),
        (F::Time, "23:59:61Z", false),
        (F::Time, "24:00:00Z", false),
        (F::Time, "12:60:00Z", false),
        (F::Time, "12:00:00", false),
        (F::Time, "12:00Z", false),
        (F::Time, "12:00:00.Z", false),
        (F::Time, "12:00:00+24:00", false),
        (F::Time, "12:00:00+01:60", false),
        (F::Time, "12:00:00+0100", false),
        (F::Time, "12:00:00Z+01:00", false),
        (F::Time, "12:00:00 Z", false),
        (F::DateTime, "1963-06-19T08:30:06.283185Z", true),
        (F::DateTime, "1963-06-19t08:30:06z", true),
        (F::DateTime, "1998-12-31T15:59:60.123-08:00", true),
        (F::DateTime, "1985-04-12T00:59:59.999999999999999Z", true),
        (F::DateTime, "1963-06-19 08:30:06Z", false),
        (F::DateTime, "1963-06-19T08:30Z", false),
        (F::DateTime, "1990-02-31T15:59:59Z", false),
        (F::DateTime, "1990-12-31T15:59:59", false),
        (F::DateTime, "1985-04-12T23:20:50Z\n", false),
        (F::DateTime, "1963-06-19", false),
        // RFC 3339 Appendix A durations.
        (F::Duration, "P4DT12H30M5S", true),
        (F::Duration, "P1Y2M3DT4H5M6S", true),
        (F::Duration, "P1Y2M", true),
        (F::Duration, "PT36H", true),
        (F::Duration, "PT1M2S", true),
        (F::Duration, "P2W", true),
        (F::Duration, "P0D", true),
        (F::Duration, "P", false),
        (F::Duration, "PT", false),
        (F::Duration, "P1YT", false),
        (F::Duration, "P1Y2D", false),
        (F::Duration, "PT1H2S", false),
        (F::Duration, "P2D1Y", false),
        (F::Duration, "P1D2H", false),
        (F::Duration, "P1Y2W", false),
        (F::Duration, "P1WT1H", false),
        (F::Duration, "PT0.5S", false),
        (F::Duration, "p1d", false),
        (F::Duration, "PT1HT2M", false),
        // RFC 5321 Mailbox.
        (F::Email, "joe.bloggs@example.com", true),
        (F::Email, "te~st+tag@example.com", true),
        (F::Email, "\"joe bloggs\"@example.com", true),
        (F::Email, "\"joe@bloggs\"@example.com", true),
        (F::Email, "\"\\\"\"@example.com", true),
        (F::Email, "\"\"@example.com", true),
        (F::Email, "a@[127.0.0.1]", true),
        (F::Email, "a@[127.000.0.1]", true),
        (F::Email, "a@[IPv6:::1]", true),
        (F::Email, "a@[ipv6:2001:db8::1]", true),
        (F::Email, "a@localhost", true),
        (F::Email, "a@[127.0.0.256]", false),
        (F::Email, "a@[::1]", false),
        (F::Email, "a@[tag:content]", false),
        (F::Email, ".a@example.com", false),
        (F::Email, "a.@example.com", false),
        (F::Email, "a..b@example.com", false),
        (F::Email, "a b@example.com", false),
        (F::Email, "\"a\\\"@example.com", false),
        (F::Email, "a@example.com.", false),
        (F::Email, "a@-example.com", false),
        (F::Email, "@example.com", false),
        (F::Email, "a@", false),
        (F::Email, "d\u{f6}rte@example.com", false),
        (F::Email, "a@b\u{fc}cher.example", false),
        (F::IdnEmail, "\u{c2e4}\u{b840}@\u{c2e4}\u{b840}.\u{d14c}\u{c2a4}\u{d2b8}", true),
        (F::IdnEmail, "\"\u{3b4}\u{3bf}\"@example.com", true),
        (F::IdnEmail, "d\u{f6}rte@example.com", true),
        (F::IdnEmail, "joe.bloggs@example.com", true),
        (F::IdnEmail, "user\u{ff20}example.com", false),
        (F::IdnEmail, "a@b\u{fc}cher.example", true),
        (F::IdnEmail, "a@b\u{fc}cher\u{3002}example", false),
        (F::IdnEmail, "a b@example.com", false),
        // RFC 1123 host names, RFC 5890 A-labels.
        (F::Hostname, "www.example.com", true),
        (F::Hostname, "example.com.", true),
        (F::Hostname, "1host", true),
        (F::Hostname, "a--b.com", true),
        (F::Hostname, "xn--nw2a.xn--j6w193g", true),
        (F::Hostname, "XN--ihqwcrb4cv8a8dqg056pqjye", true),
        (F::Hostname, "xn--X", false),
        (F::Hostname, "xn--example-", false),
        (F::Hostname, "XN--aa---o47jg78q", false),
        (F::Hostname, "ab--cd", false),
        (F::Hostname, "", false),
        (F::Hostname, ".", false),
        (F::Hostname, "example..com", false),
        (F::Hostname, "example.com..", false),
        (F::Hostname, "-example.com", false),
        (F::Hostname, "example-.com", false),
        (F::Hostname, "host_name", false),
        (F::Hostname, "b\u{fc}cher.example", false),
        (F::Hostname, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk.com", true),
        (F::Hostname, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl.com", false),
        (F::IdnHostname, "\u{c2e4}\u{b840}.\u{d14c}\u{c2a4}\u{d2b8}", true),
        (F::IdnHostname, "b\u{fc}cher.example.", true),
        (F::IdnHostname, "a\u{3002}b", true),
        (F::IdnHostname, "xn--ihqwcrb4cv8a8dqg056pqjye", true),
        (F::IdnHostname, "-b\u{fc}cher", false),
        (F::IdnHostname, "b\u{fc}cher-", false),
        (F::IdnHostname, "\u{fc}\u{fc}--a", false),
        (F::IdnHostname, "\u{0300}hello", false),
        (F::IdnHostname, "b\u{fc} cher", false),
        (F::IdnHostname, "b\u{fc}_cher", false),
        (F::IdnHostname, "b\u{fc}\u{85}cher", false),
        (F::IdnHostname, "\u{3002}", false),
        (F::IdnHostname, "xn--X", false),
        (F::IdnHostname, "xn---9uc", false),
        (F::IdnHostname, "xn--bcher-kva.example", true),
        (F::IdnHostname, "xn--Bcher-KVA.example", true),
        (F::IdnHostname, "xn--bcher-kva0.example", false),
        // Sixty `ü`: 60 characters, but 4 + 62 bytes as an A-label.
        (
            F::IdnHostname,
            "\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}",
            true,
        ),
        (
            F::IdnHostname,
            "\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}\u{fc}",
            false,
        ),
        // RFC 3986 dec-octets.
        (F::Ipv4, "192.168.0.1", true),
        (F::Ipv4, "0.0.0.0", true),
        (F::Ipv4, "255.255.255.255", true),
        (F::Ipv4, "256.0.0.1", false),
        (F::Ipv4, "01.2.3.4", false),
        (F::Ipv4, "1.2.3", false),
        (F::Ipv4, "1.2.3.4.5", false),
        (F::Ipv4, "1..3.4", false),
        (F::Ipv4, "1.2.3.4.", false),
        (F::Ipv4, "0x7f.0.0.1", false),
        (F::Ipv4, "1.2.3.\u{0664}", false),
        (F::Ipv4, "", false),
        // RFC 4291 §2.2.
        (F::Ipv6, "::1", true),
        (F::Ipv6, "::", true),
        (F::Ipv6, "1:2:3:4:5:6:7:8", true),
        (F::Ipv6, "1:2:3:4:5:6:7::", true),
        (F::Ipv6, "::2:3:4:5:6:7:8", true),
        (F::Ipv6, "0001:db8::ABCD", true),
        (F::Ipv6, "::ffff:192.168.0.1", true),
        (F::Ipv6, "1:2:3:4:5:6:1.2.3.4", true),
        (F::Ipv6, "1:2:3:4:5:6:7:8::", false),
        (F::Ipv6, "1:2:3:4:5:6:7", false),
        (F::Ipv6, "1::2::3", false),
        (F::Ipv6, ":::", false),
        (F::Ipv6, ":1:2:3:4:5:6:7", false),
        (F::Ipv6, "12345::", false),
        (F::Ipv6, "::ffff:192.168.0.01", false),
        (F::Ipv6, "1.2.3.4::", false),
        (F::Ipv6, "1:2:3:4:5:6:7:1.2.3.4", false),
        (F::Ipv6, "fe80::1%eth0", false),
        (F::Ipv6, "[::1]", false),
        // RFC 3986 URI and URI-reference.
        (F::Uri, "http://foo.bar/?baz=qux#quux", true),
        (F::Uri, "http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true),
        (F::Uri, "ldap://[2001:db8::7]/c=GB?objectClass?one", true),
        (F::Uri, "http://[v1.fe:x]/", true),
        (F::Uri, "http://host:/", true),
        (F::Uri, "mailto:John.Doe@example.com", true),
        (F::Uri, "urn:oasis:names:specification", true),
        (F::Uri, "file:///etc/hosts", true),
        (F::Uri, "a:", true),
        (F::Uri, "http://999.999.999.999/", true),
        (F::Uri, "//foo.bar/", false),
        (F::Uri, "abc", false),
        (F::Uri, "1http://example.com", false),
        (F::Uri, "http:// example.com", false),
        (F::Uri, "http://example.com/%6G", false),
        (F::Uri, "http://example.com/%A", false),
        (F::Uri, "http://example.com:8o/", false),
        (F::Uri, "http://[::1/", false),
        (F::Uri, "http://[::ffff:01.2.3.4]/", false),
        (F::Uri, "http://[fe80::1%25eth0]/", false),
        (F::Uri, "http://a@b@c/", false),
        (F::Uri, "http://example.com/a#b#c", false),
        (F::Uri, "http://example.com/\u{e9}", false),
        (F::Uri, "http:/[::1]", false),
        (F::UriReference, "", true),
        (F::UriReference, "//", true),
        (F::UriReference, "/abc", true),
        (F::UriReference, "?q=1", true),
        (F::UriReference, "#frag", true),
        (F::UriReference, "./this:that", true),
        (F::UriReference, "1:b", false),
        (F::UriReference, "\\\\WINDOWS\\share", false),
        (F::UriReference, "/a\"b", false),
        (F::UriReference, "#a#b", false),
        // RFC 3987 IRI and IRI-reference.
        (F::Iri, "http://\u{192}\u{f8}\u{f8}.\u{df}\u{e5}r/?\u{2202}\u{e9}=\u{3c0}#\u{3c0}", true),
        (F::Iri, "http://example.com/?q=\u{F0000}", true),
        (F::Iri, "http://example.com/\u{F0000}", false),
        (F::Iri, "http://example.com/#\u{E000}", false),
        (F::Iri, "http://example.com/\u{10300}", true),
        (F::Iri, "http://example.com/\u{FFFE}", false),
        (F::Iri, "http://example.com/\u{85}", false),
        (F::Iri, "http://[\u{e9}::1]/", false),
        (F::Iri, "\u{e2}\u{3c0}\u{3c0}", false),
        (F::IriReference, "\u{e2}\u{3c0}\u{3c0}", true),
        (F::IriReference, "//\u{192}\u{f8}\u{f8}.\u{df}\u{e5}r/", true),
        (F::IriReference, "#\u{192}r\u{e4}g\\m\u{ea}nt", false),
        (F::IriReference, "", true),
        (F::IriReference, "?\u{F0000}", true),
        (F::IriReference, "#\u{F0000}", false),
        (F::IriReference, "\u{85}", false),
        (F::IriReference, "a b", false),
        (F::IriReference, "1:\u{e9}", false),
        (F::IriReference, "//[v1.\u{e9}]/", false),
        // RFC 6570 templates.
        (F::UriTemplate, "http://example.com/dictionary/{term:1}/{term}", true),
        (F::UriTemplate, "", true),
        (F::UriTemplate, "{+var}{#var}{.var}{/var}{;var}{?x,y}{&var*}", true),
        (F::UriTemplate, "{a.b}{%41}{v:9999}", true),
        (F::UriTemplate, "a'b%41\u{1F600}", true),
        (F::UriTemplate, "{=reserved}", true),
        (F::UriTemplate, "{term", false),
        (F::UriTemplate, "term}", false),
        (F::UriTemplate, "{}", false),
        (F::UriTemplate, "{a,,b}", false),
        (F::UriTemplate, "{v:0}", false),
        (F::UriTemplate, "{v:01}", false),
        (F::UriTemplate, "{v:10000}", false),
        (F::UriTemplate, "{v:5*}", false),
        (F::UriTemplate, "{a..b}", false),
        (F::UriTemplate, "{a-b}", false),
        (F::UriTemplate, "{{a}}", false),
        (F::UriTemplate, "a b", false),
        (F::UriTemplate, "a%4", false),
        (F::UriTemplate, "a\u{85}b", false),
        // RFC 6901 and relative JSON pointers.
        (F::JsonPointer, "", true),
        (F::JsonPointer, "/", true),
        (F::JsonPointer, "/foo/bar~0/baz~1/%a", true),
        (F::JsonPointer, "//", true),
        (F::JsonPointer, "/\u{1F60E}\u{0}", true),
        (F::JsonPointer, "/~2", false),
        (F::JsonPointer, "/foo~", false),
        (F::JsonPointer, "#/foo", false),
        (F::JsonPointer, "foo", false),
        (F::RelativeJsonPointer, "0", true),
        (F::RelativeJsonPointer, "1", true),
        (F::RelativeJsonPointer, "0#", true),
        (F::RelativeJsonPointer, "120/foo/bar", true),
        (F::RelativeJsonPointer, "100", true),
        (F::RelativeJsonPointer, "0//", true),
        (F::RelativeJsonPointer, "", false),
        (F::RelativeJsonPointer, "01", false),
        (F::RelativeJsonPointer, "-1/foo", false),
        (F::RelativeJsonPointer, "0##", false),
        (F::RelativeJsonPointer, "1#/foo", false),
        (F::RelativeJsonPointer, "/foo", false),
        (F::RelativeJsonPointer, "0/~2", false),
        // RFC 9562 UUIDs.
        (F::Uuid, "2eb8aa08-aa98-11ea-b4aa-73b441d16380", true),
        (F::Uuid, "2EB8AA08-AA98-11EA-B4AA-73B441D16380", true),
        (F::Uuid, "00000000-0000-0000-0000-000000000000", true),
        (F::Uuid, "99c17cbb-656f-f64a-f40f-1a4568f03487", true),
        (F::Uuid, "2eb8aa08aa9811eab4aa73b441d16380", false),
        (F::Uuid, "2eb8aa08-aa98-11ea-b4aa-73b441d1638", false),
        (F::Uuid, "2eb8aa08-aa98-11ea-b4ga-73b441d16380", false),
        (F::Uuid, "{2eb8aa08-aa98-11ea-b4aa-73b441d16380}", false),
        (F::Uuid, "2eb8aa0-8aa98-11e-ab4aa7-3b441d16380", false),
        // RFC 4648 base64.
        (F::Byte, "", true),
        (F::Byte, "aGVsbG8=", true),
        (F::Byte, "aGVsbA==", true),
        (F::Byte, "aGVs", true),
        (F::Byte, "+/+/", true),
        (F::Byte, "aGVsbG8", false),
        (F::Byte, "aGVsbG9=", false),
        (F::Byte, "aGVsbB==", false),
        (F::Byte, "aGV=bG8=", false),
        (F::Byte, "a===", false),
        (F::Byte, "====", false),
        (F::Byte, "aGVs\n", false),
        (F::Byte, "-_-_", false),
        // ECMA-262 patterns.
        (F::Regex, "([abc])+\\s+$", true),
        (F::Regex, "^\\p{L}+$", true),
        (F::Regex, "\\a", true),
        (F::Regex, "]", true),
        (F::Regex, "(?<year>\\d{4})", true),
        (F::Regex, "", true),
        (F::Regex, "^(abc]", false),
        (F::Regex, "a{2,1}", false),
        (F::Regex, "(?<n>a)(?<n>b)", false),
        (F::Regex, "*", false),
        (F::Regex, "[z-a]", false),
        (F::Regex, "\\b+", false),
        (F::Regex, "a\\B{2}", false),
        (F::Regex, "\\b{", true),
        (F::Regex, "[\\b]+", true),
        (F::Regex, "\\\\b+", true),
        (F::Regex, "[(|]", true),
    ];

    #[test]
    fn cases() {
        let wrong: Vec<_> = CASES
            .iter()
            .filter(|(format, text, valid)| format.check(text) != *valid)
            .collect();
        assert!(wrong.is_empty(), "wrong answers: {wrong:#?}");
    }

    #[test]
    fn every_format_has_cases() {
        for format in ALL {
            let cases = || CASES.iter().filter(move |(f, ..)| *f == format);
            let valid = cases().filter(|(.., ok)| *ok).count();
            let invalid = cases().count() - valid;
            assert!(
                valid >= 3 && invalid >= 3 && valid + invalid >= 8,
                "{format:?}"
            );
        }
    }

    /// Patterns past the limits regress survives are refused unchecked.
    #[test]
    fn regex_limits() {
        let nested = |n: usize| "(".repeat(n) + &")".repeat(n);
        assert!(F::Regex.check(&nested(super::MAX_DEPTH)));
        assert!(!F::Regex.check(&nested(super::MAX_DEPTH + 1)));
        assert!(!F::Regex.check(&nested(100_000)));
        let alternatives = |n: usize| "a|".repeat(n) + "b";
        assert!(F::Regex.check(&alternatives(super::MAX_ALTERNATIVES)));
        assert!(!F::Regex.check(&alternatives(super::MAX_ALTERNATIVES + 1)));
        assert!(!F::Regex.check(&alternatives(100_000)));
        assert!(F::Regex.check(&format!("[{}]", "(|".repeat(100_000))));
    }

    #[test]
    fn names_round_trip() {
        for format in ALL {
            assert_eq!(F::from_name(format.name()), Some(format));
        }
        assert_eq!(F::DateTime.name(), "date-time");
        for other in ["", "int32", "Date-Time", "date-time ", "binary", "password"] {
            assert_eq!(F::from_name(other), None, "{other}");
        }
    }

    /// Every format answers, without panicking, for every prefix and
    /// suffix of awkward texts and for each of a set of characters put at
    /// each position of them.
    #[test]
    fn total() {
        let texts = CASES.iter().map(|(_, text, _)| *text);
        let inserts = [
            "",
            "\0",
            "%",
            "~",
            "[",
            "]",
            "{",
            "}",
            ":",
            "-",
            "\u{e9}",
            "\u{FFFF}",
            "\u{10FFFD}",
            "\u{300}",
        ];
        for text in texts {
            for i in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
                let (head, tail) = text.split_at(i);
                let inserted = inserts.iter().map(|insert| format!("{head}{insert}{tail}"));
                for variant in inserted.chain([head.to_owned(), tail.to_owned()]) {
                    for format in ALL {
                        format.check(&variant);
                    }
                }
            }
        }
    }
}

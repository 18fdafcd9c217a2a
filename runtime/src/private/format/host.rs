//! Host names (RFC 1034 §3.1, RFC 1123 §2.1; RFC 5890-5891 and RFC 3492
//! Punycode for internationalized ones) and IP addresses (RFC 3986
//! §3.2.2, RFC 4291 §2.2).

use super::{at, number};

/// The `hostname` and `idn-hostname` formats: a domain name whose labels
/// an IDN may also separate with the dots IDNA treats as full stops (RFC
/// 3490 §3.1). No dot may end it, although RFC 1034 §3.1 writes absolute
/// names so: the JSON Schema Test Suite's "trailing dot" cases (2020-12
/// `optional/format/hostname.json`, and `idn-hostname.json` with each
/// full stop) hold `example.` invalid.
pub(super) fn hostname(text: &str, idn: bool) -> bool {
    domain(text, idn, idn)
}

/// A domain name of dot-separated labels, at most 253 octets as DNS
/// writes it (A-labels for U-labels). `idn` admits U-labels, `wide_dots`
/// IDNA's other full stops as separators. An empty label, such as one
/// after a final dot, is refused.
pub(super) fn domain(text: &str, idn: bool, wide_dots: bool) -> bool {
    let dot =
        |c: char| c == '.' || (wide_dots && matches!(c, '\u{3002}' | '\u{FF0E}' | '\u{FF61}'));
    let mut total = 0;
    for (i, label) in text.split(dot).enumerate() {
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
pub(super) fn ipv4(text: &str) -> bool {
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
pub(super) fn ipv6(text: &str) -> bool {
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

//! JSON pointers (RFC 6901 and relative ones), UUIDs (RFC 9562) and
//! base64 (RFC 4648), OpenAPI's `byte`.

use super::at;

/// RFC 6901: `*( "/" reference-token )`, every `~` escaping `0` or `1`.
pub(super) fn json_pointer(text: &str) -> bool {
    let bytes = text.as_bytes();
    (bytes.is_empty() || bytes.first() == Some(&b'/'))
        && bytes
            .iter()
            .enumerate()
            .all(|(i, &b)| b != b'~' || matches!(at(bytes, i + 1), b'0' | b'1'))
}

/// draft-handrews-relative-json-pointer-01: a non-negative integer
/// without leading zeros, then `#` or a JSON pointer.
pub(super) fn relative_json_pointer(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    digits > 0 && (digits == 1 || !text.starts_with('0')) && (rest == "#" || json_pointer(rest))
}

/// RFC 9562 §4: `8-4-4-4-12` hex digits, either case, any version and
/// variant.
pub(super) fn uuid(text: &str) -> bool {
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
pub(super) fn base64(text: &str) -> bool {
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

//! The `regex` format: ECMA-262 syntax, judged by `regress` where it
//! reads patterns as the standard does, and worked around where not.

use std::borrow::Cow;

use super::at;

/// ECMA-262 syntax: with the `u` flag, as JSON Schema recommends, or
/// without, as patterns relying on Annex B's legacy syntax are written.
pub(super) fn regex(text: &str) -> bool {
    prescan(text.as_bytes()) && compile(text).is_some()
}

/// Compiles a pattern as ECMA-262 reads it: in unicode mode where it is
/// valid there (its reading wins where both modes accept a pattern), else
/// in legacy mode. regress 0.10 reads `\u` escapes unlike the standard
/// twice: it parses their digits with `from_str_radix`, which takes a
/// sign (`\u+041` and `\u{+41}` are `A` to it, syntax errors in unicode
/// mode), and it takes `\u{41}` for a code point in legacy mode too,
/// where it is the letter `u` and the quantifier `{41}`. So unicode mode
/// is tried only with well-formed escapes, and legacy mode compiles the
/// pattern spelled as regress must see it (`legacy`).
pub(crate) fn compile(pattern: &str) -> Option<regress::Regex> {
    let bytes = pattern.as_bytes();
    let mut well_formed = true;
    u_escapes(bytes, true, |u, _| {
        well_formed &= code_point_escape(bytes, u)
    });
    if well_formed {
        if let Ok(regex) = regress::Regex::with_flags(pattern, "u") {
            return Some(regex);
        }
    }
    regress::Regex::new(&legacy(pattern)?).ok()
}

/// The pattern with each `\u` that legacy mode reads as the letter `u`
/// (an identity escape: any not followed by four hex digits) spelled
/// `u`. Group names keep their escapes, which are unicode mode's there in
/// either mode; `None` where one of those is malformed.
fn legacy(pattern: &str) -> Option<Cow<'_, str>> {
    if !pattern.contains("\\u") {
        return Some(Cow::Borrowed(pattern));
    }
    let bytes = pattern.as_bytes();
    // Annex B reads `\k` as the letter `k` where no group is named.
    let named = u_escapes(bytes, false, |_, _| {});
    let (mut out, mut copied, mut valid) = (String::with_capacity(pattern.len()), 0, true);
    u_escapes(bytes, named, |u, in_name| {
        let hex4 = bytes
            .get(u + 1..u + 5)
            .is_some_and(|digits| digits.iter().all(u8::is_ascii_hexdigit));
        if in_name {
            valid &= code_point_escape(bytes, u);
        } else if !hex4 {
            // Drop the backslash (ASCII, so `u - 1` is a char boundary).
            out.push_str(&pattern[copied..u - 1]);
            copied = u;
        }
    });
    out.push_str(&pattern[copied..]);
    valid.then_some(Cow::Owned(out))
}

/// Whether the `\u` whose `u` is at `u` goes on as unicode mode requires:
/// four hex digits or `{` hex digits `}` (regress checks the value).
fn code_point_escape(pattern: &[u8], u: usize) -> bool {
    let hex = |from: usize| {
        pattern
            .iter()
            .skip(from)
            .take_while(|b| b.is_ascii_hexdigit())
            .count()
    };
    match at(pattern, u + 1) {
        b'{' => {
            let digits = hex(u + 2);
            digits > 0 && at(pattern, u + 2 + digits) == b'}'
        }
        _ => hex(u + 1) >= 4,
    }
}

/// Calls `visit` with the index of each `\u` escape's `u` and whether it
/// stands in a group name: `(?<name>`, or `\k<name>` where `named`.
/// Returns whether the pattern names a group.
fn u_escapes(pattern: &[u8], named: bool, mut visit: impl FnMut(usize, bool)) -> bool {
    let (mut in_class, mut in_name, mut names) = (false, false, false);
    let mut i = 0;
    while let Some(&b) = pattern.get(i) {
        match b {
            b'\\' => {
                match at(pattern, i + 1) {
                    b'u' => visit(i + 1, in_name),
                    b'k' if named && !in_class && at(pattern, i + 2) == b'<' => in_name = true,
                    _ => {}
                }
                i += 1;
            }
            b'>' => in_name = false,
            _ if in_name => {}
            b'[' => in_class = true,
            b']' => in_class = false,
            _ if in_class => {}
            b'(' if pattern.get(i + 1..i + 3) == Some(b"?<")
                && !matches!(at(pattern, i + 3), b'=' | b'!') =>
            {
                names = true;
                in_name = true;
            }
            _ => {}
        }
        i += 1;
    }
    names
}

/// Groups nested deeper, or more alternatives, than real patterns hold.
/// regress parses both recursively: a debug build on a 2 MiB thread stack
/// overflows (which aborts the process) at about 400 levels or 3,000
/// alternatives, and the text checked here comes from payloads.
pub(super) const MAX_DEPTH: usize = 64;
pub(super) const MAX_ALTERNATIVES: usize = 1000;

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

//! JSON pointers (RFC 6901) and the fragment part of `$ref`s.

use serde_json::{Map, Value};

/// Appends one reference token to a pointer, escaping `~` and `/`.
pub fn push(pointer: &str, segment: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + segment.len() + 1);
    out.push_str(pointer);
    out.push('/');
    // Most segments need no escape: copied whole (`memchr` is cheap also
    // in the unoptimized build, where decoding each `char` is not).
    let bytes = segment.as_bytes();
    if !bytes.contains(&b'~') && !bytes.contains(&b'/') {
        out.push_str(segment);
        return out;
    }
    for c in segment.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// A reference token unescaped: `~1` is `/`, `~0` is `~`.
fn unescaped(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The unescaped reference tokens of a pointer.
pub fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(unescaped).collect()
}

/// The value a pointer names in `root`, as [`Value::pointer`] finds it,
/// without allocating: lowering looks places up by pointer hundreds of
/// thousands of times on a large spec, and a spec's paths are escaped
/// (`/paths/~1v1~1charges`).
pub fn lookup<'v>(root: &'v Value, pointer: &str) -> Option<&'v Value> {
    if pointer.is_empty() {
        return Some(root);
    }
    let mut buffer = [0u8; 256];
    let mut rest = pointer.strip_prefix('/')?;
    let mut target = root;
    // A plain loop over the tokens (not `split` and a fold): the
    // unoptimized build most macros run in pays for every adapter call.
    loop {
        let (raw, next) = match rest.find('/') {
            Some(end) => (&rest[..end], Some(&rest[end + 1..])),
            None => (rest, None),
        };
        let owned;
        let token = if !raw.as_bytes().contains(&b'~') {
            raw
        } else if raw.len() <= buffer.len() {
            unescape(raw, &mut buffer)
        } else {
            owned = unescaped(raw);
            &owned
        };
        target = match target {
            Value::Object(map) => member(map, token)?,
            Value::Array(items) => items.get(index(token)?)?,
            _ => return None,
        };
        match next {
            Some(next) => rest = next,
            None => return Some(target),
        }
    }
}

/// A token unescaped into `buffer` (at least as long): `~1` is `/`, `~0`
/// is `~`, and any other `~` stays, as `serde_json`'s `pointer` reads them.
fn unescape<'b>(raw: &str, buffer: &'b mut [u8]) -> &'b str {
    let bytes = raw.as_bytes();
    let (mut read, mut written) = (0, 0);
    while read < bytes.len() {
        let byte = match (bytes[read], bytes.get(read + 1)) {
            (b'~', Some(b'1')) => b'/',
            (b'~', Some(b'0')) => b'~',
            (byte, _) => {
                buffer[written] = byte;
                read += 1;
                written += 1;
                continue;
            }
        };
        buffer[written] = byte;
        read += 2;
        written += 1;
    }
    // Only ASCII pairs were replaced by ASCII bytes: still UTF-8.
    std::str::from_utf8(&buffer[..written]).expect("an unescaped token is UTF-8")
}

/// `map.get(key)`, by a scan for the small objects specs are mostly made
/// of: cheaper than hashing the key (a schema is asked for some thirty
/// keywords, a pointer walks a dozen objects).
pub fn member<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    if map.len() > 16 {
        return map.get(key);
    }
    // A plain loop, lengths compared first: the unoptimized build most
    // macros run in pays for every adapter and closure call, and for the
    // layers of calls under a string comparison.
    let len = key.len();
    for (k, v) in map {
        if k.len() == len && k == key {
            return Some(v);
        }
    }
    None
}

/// An array index token: digits, no leading zero (RFC 6901).
fn index(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() != 1) {
        return None;
    }
    token.parse().ok()
}

/// Decodes `%XX` escapes, as found in URI fragments (`#/paths/~1pets%7Bid%7D`).
/// Malformed escapes are kept as written.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(byte) = hex {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_and_split_round_trip() {
        let p = push(&push("", "paths"), "/pets/{id}");
        assert_eq!(p, "/paths/~1pets~1{id}");
        assert_eq!(segments(&p), vec!["paths", "/pets/{id}"]);
        assert_eq!(segments(&push("", "a~b")), vec!["a~b"]);
        assert!(segments("").is_empty());
    }

    #[test]
    fn lookup_finds_what_serde_json_finds() {
        let doc = serde_json::json!({
            "paths": {"/pets/{id}": {"get": [1, {"a~b": true}]}},
            "": {"x": 0}, "01": 1, "~1": "tilde one", "~/": 2, "~2": 3, "~": 4, "~~1": 5,
        });
        for pointer in [
            "",
            "/",
            "/paths",
            "/paths/~1pets~1{id}/get/1/a~0b",
            "/paths/~1pets~1{id}/get/0",
            "/paths/~1pets~1{id}/get/01",
            "/paths/~1pets~1{id}/get/+1",
            "/paths/~1pets~1{id}/get/2",
            "//x",
            "/01",
            "/~01",
            "/~1",
            "paths",
            "/paths/nope/x",
            "/01/x",
        ] {
            assert_eq!(lookup(&doc, pointer), doc.pointer(pointer), "{pointer}");
        }
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("/a%7Bb%7D"), "/a{b}");
        assert_eq!(percent_decode("/100%"), "/100%");
        assert_eq!(percent_decode("/%zz"), "/%zz");
        assert_eq!(percent_decode("%41"), "A");
    }
}

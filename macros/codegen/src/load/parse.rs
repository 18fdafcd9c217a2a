//! Bytes of one file to a JSON value. YAML is read in exactly one function,
//! `parse_yaml`, so that a maintained fork of serde_yaml can replace it there.

use serde_json::Value;

use super::value::Document;

/// A syntax problem with a one-based line and column when the parser gave one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub line_col: Option<(usize, usize)>,
}

/// Parses a spec file. JSON files (by extension, or by content when the
/// extension says nothing) are read with serde_json; everything else as YAML.
pub fn parse_document(bytes: &[u8], extension: Option<&str>) -> Result<Value, SyntaxError> {
    let text = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(SyntaxError {
            message: "the file is empty".to_owned(),
            line_col: Some((1, 1)),
        });
    }
    let json_by_name = matches!(extension, Some(ext) if ext.eq_ignore_ascii_case("json"));
    let yaml_by_name = matches!(extension, Some(ext) if ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml"));
    let value = if json_by_name {
        parse_json(text)?
    } else if !yaml_by_name && text.trim_start().starts_with('{') {
        // Unknown extension and JSON-looking content: prefer JSON's exact
        // errors, but accept YAML flow style that is not strict JSON.
        parse_json(text).or_else(|json_error| parse_yaml(text).map_err(|_| json_error))?
    } else {
        parse_yaml(text)?
    };
    Ok(value)
}

/// UTF-8 with an optional byte-order mark; invalid bytes are reported with
/// their position instead of being replaced.
fn decode(bytes: &[u8]) -> Result<&str, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        SyntaxError {
            message: format!(
                "the file is not valid UTF-8 (invalid byte at offset {})",
                error.valid_up_to()
            ),
            line_col: Some((line, column)),
        }
    })
}

fn parse_json(text: &str) -> Result<Value, SyntaxError> {
    let parse = |text: &str| {
        serde_json::from_str(text)
            .map(|Document(value)| value)
            .map_err(|error| {
                let line_col = (error.line() > 0).then(|| (error.line(), error.column()));
                SyntaxError {
                    message: strip_position(&error.to_string(), line_col),
                    line_col,
                }
            })
    };
    match parse(text) {
        // serde_json refuses numbers beyond a 64-bit float (`1e400`); a
        // document is not refused for one.
        Err(error) if error.message.starts_with("number out of range") => {
            parse(&clamp_huge_numbers(text))
        }
        other => other,
    }
}

/// The JSON text with every number too large for a 64-bit float written as
/// `1e308` (or `-1e308`), padded to the same length so that positions in
/// later messages stay right.
fn clamp_huge_numbers(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // Skip the string, escapes included.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < bytes.len()
                    && matches!(bytes[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                let token = &text[start..i];
                if token.parse::<f64>().is_ok_and(f64::is_infinite) {
                    let clamped = if token.starts_with('-') {
                        "-1e308"
                    } else {
                        "1e308"
                    };
                    out.push_str(&text[copied..start]);
                    out.push_str(clamped);
                    out.extend(std::iter::repeat_n(
                        ' ',
                        token.len().saturating_sub(clamped.len()),
                    ));
                    copied = i;
                }
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[copied.min(text.len())..]);
    out
}

/// The single place YAML is read.
pub fn parse_yaml(text: &str) -> Result<Value, SyntaxError> {
    serde_yaml::from_str(text)
        .map(|Document(value)| value)
        .map_err(|error| {
            let message = error.to_string();
            let line_col = error
                .location()
                .map(|at| (at.line(), at.column()))
                .unwrap_or_else(|| unlocated_yaml_error(text, &message));
            SyntaxError {
                message: strip_position(&message, Some(line_col)),
                line_col: Some(line_col),
            }
        })
}

/// serde_yaml gives no position for some errors: a second document is
/// found by its `---` (or `...`) marker; anything else is placed at the
/// start of the file.
fn unlocated_yaml_error(text: &str, message: &str) -> (usize, usize) {
    if message.contains("more than one document") {
        let markers: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.starts_with("---") || line.starts_with("..."))
            .map(|(i, _)| i + 1)
            .collect();
        let second = if text.starts_with("---") {
            markers.get(1)
        } else {
            markers.first()
        };
        if let Some(&line) = second {
            return (line, 1);
        }
    }
    (1, 1)
}

/// Parsers append " at line L column C" to their messages; the location is
/// reported separately, so drop the first copy of it from the text.
fn strip_position(message: &str, line_col: Option<(usize, usize)>) -> String {
    match line_col {
        Some((line, column)) => {
            let suffix = format!(" at line {line} column {column}");
            message.replacen(&suffix, "", 1)
        }
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_syntax_error_has_line_and_column() {
        let error = parse_document(b"{\n  \"a\": [1,\n}", Some("json")).unwrap_err();
        assert_eq!(error.line_col, Some((3, 1)));
        assert_eq!(error.message, "expected value");
    }

    #[test]
    fn yaml_syntax_error_has_line_and_column() {
        let error = parse_document(b"a: 1\n  b: 2\n", Some("yaml")).unwrap_err();
        assert_eq!(error.line_col, Some((2, 4)));
        assert!(error.message.starts_with("mapping values are not allowed"));
    }

    #[test]
    fn bom_is_skipped_and_empty_is_an_error() {
        assert_eq!(
            parse_document(b"\xEF\xBB\xBFa: 1\n", None).unwrap(),
            serde_json::json!({"a": 1})
        );
        assert_eq!(
            parse_document(b" \n", None).unwrap_err().message,
            "the file is empty"
        );
    }

    #[test]
    fn invalid_utf8_is_located() {
        let error = parse_document(b"a: 1\nb: \xFF\n", None).unwrap_err();
        assert_eq!(error.line_col, Some((2, 4)));
    }

    #[test]
    fn duplicate_keys_are_errors_with_a_position() {
        let yaml = parse_document(b"a: 1\nb:\n  c: 1\n  c: 2\n", Some("yaml")).unwrap_err();
        assert_eq!(yaml.message, "b: duplicate key `c`");
        assert!(yaml.line_col.is_some());
        let json = parse_document(br#"{"a": {"b": 1, "b": 2}}"#, Some("json")).unwrap_err();
        assert_eq!(json.message, "duplicate key `b`");
        assert!(json.line_col.is_some());
    }

    #[test]
    fn a_second_yaml_document_is_located() {
        let error = parse_document(b"a: 1\n---\nb: 2\n", Some("yaml")).unwrap_err();
        assert_eq!(error.line_col, Some((2, 1)));
        assert!(error.message.contains("more than one document"));
    }

    #[test]
    fn numbers_beyond_every_width_are_read() {
        let json = br#"{"max": 1e400, "min": -1e400, "tiny": 1e-400, "big": 123456789012345678901234567890}"#;
        let value = parse_document(json, Some("json")).unwrap();
        assert_eq!(value["max"], serde_json::json!(1e308));
        assert_eq!(value["min"], serde_json::json!(-1e308));
        assert_eq!(value["tiny"], serde_json::json!(0.0));
        assert_eq!(value["big"], serde_json::json!(1.2345678901234568e29));
        let yaml = b"max: 1e400\nmin: -1e400\nbig: 123456789012345678901234567890\nneg: -123456789012345678901234567890\ninf: .inf\n";
        let value = parse_document(yaml, Some("yaml")).unwrap();
        // serde_yaml takes a float that overflows for text.
        assert_eq!(value["max"], serde_json::json!("1e400"));
        assert_eq!(value["min"], serde_json::json!("-1e400"));
        assert_eq!(value["big"], serde_json::json!(1.2345678901234568e29));
        assert_eq!(value["neg"], serde_json::json!(-1.2345678901234568e29));
        assert_eq!(value["inf"], serde_json::json!(1e308));
        // Positions after a clamped number are still right.
        let error = parse_document(b"{\"a\": 1e400, \"b\": }", Some("json")).unwrap_err();
        assert_eq!(error.line_col, Some((1, 19)));
    }

    #[test]
    fn yaml_number_keys_become_strings() {
        let value = parse_document(b"responses:\n  200: ok\n", Some("yaml")).unwrap();
        assert_eq!(value, serde_json::json!({"responses": {"200": "ok"}}));
    }
}

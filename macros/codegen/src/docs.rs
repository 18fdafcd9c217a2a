//! Spec descriptions to doc lines that rustdoc and clippy accept as they are.
//!
//! Descriptions are Markdown written for other renderers. Left alone they
//! become doctests (unlabeled or indented code blocks), broken intra-doc
//! links (`[id]`), unclosed HTML tags (`<id>`), bare URLs and lazy list
//! continuations, each a warning in the user's crate. This keeps the text
//! and changes only what rustdoc would misread.

/// `text` with what a `///` comment cannot hold raw spelled out as its
/// escape: a carriage return (rustc refuses a bare one in a doc comment)
/// and the text-direction codepoints (the deny-by-default
/// `text_direction_codepoint_in_comment`; they are also how text hides
/// what it says). Formatted files print every doc as `///` comments, so
/// the text itself must be safe.
pub fn comment_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| matches!(c, '\r' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    // Every one of them is a CR or starts with the UTF-8 byte 0xE2: most
    // texts are passed over without decoding a character.
    let bytes = text.as_bytes();
    if !(bytes.contains(&b'\r') || bytes.contains(&0xE2)) || !text.contains(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Whether `text` holds one of the ASCII `bytes`: a `memchr` for each,
/// which is fast even in the unoptimized build that runs most macros
/// (where a `[char]` pattern decodes and compares every character).
fn has_any(text: &str, bytes: &[u8]) -> bool {
    bytes.iter().any(|b| text.as_bytes().contains(b))
}

/// Doc lines for a description. Empty input gives no lines.
pub fn doc_lines(text: &str) -> Vec<String> {
    let text: std::borrow::Cow<'_, str> = if has_any(text, b"\r\t") {
        text.replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\t', "    ")
            .into()
    } else {
        text.into()
    };
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    // Content column of the list item the previous lines belong to.
    let mut list_indent: Option<usize> = None;
    let mut in_quote = false;

    for line in text.lines() {
        let line = line.trim_end();
        if let Some((marker, len)) = fence {
            let trimmed = line.trim_start();
            if trimmed.len() >= len
                && trimmed.chars().take(len).all(|c| c == marker)
                && trimmed[len..].trim().is_empty()
            {
                fence = None;
            }
            out.push(line.to_owned());
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        if let Some((marker, len, info)) = fence_open(trimmed) {
            fence = Some((marker, len));
            list_indent = None;
            in_quote = false;
            // Unlabeled and Rust blocks would run as doctests.
            let info = if is_rust_info(info) { "text" } else { info };
            out.push(format!("{}{}", marker.to_string().repeat(len), info));
            continue;
        }
        if trimmed.is_empty() {
            list_indent = None;
            in_quote = false;
            out.push(String::new());
            continue;
        }
        let escaped = escape_inline(trimmed);
        if let Some(offset) = list_item_offset(trimmed) {
            // Nested items keep some indentation, never enough for a code block.
            let indent = indent.min(3);
            list_indent = Some(indent + offset);
            in_quote = false;
            out.push(format!("{}{}", " ".repeat(indent), escaped));
        } else if trimmed.starts_with('>') {
            in_quote = true;
            out.push(escaped);
        } else if let Some(content) = list_indent {
            // A continuation of the item above: indent it under the item.
            out.push(format!("{}{}", " ".repeat(content), escaped));
        } else if in_quote {
            out.push(format!("> {escaped}"));
        } else {
            // Four spaces would start an indented (Rust) code block.
            out.push(format!("{}{}", " ".repeat(indent.min(3)), escaped));
        }
    }
    if fence.is_some() {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    let leading = out.iter().take_while(|l| l.is_empty()).count();
    out.drain(..leading);
    out
}

/// ```` ``` ```` or `~~~` with its info string.
fn fence_open(line: &str) -> Option<(char, usize, &str)> {
    let marker = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = line.chars().take_while(|c| *c == marker).count();
    if len < 3 {
        return None;
    }
    let info = line[len..].trim();
    if marker == '`' && info.contains('`') {
        return None;
    }
    Some((marker, len, info))
}

fn is_rust_info(info: &str) -> bool {
    let first = info.split([',', ' ']).next().unwrap_or("");
    matches!(
        first,
        "" | "rust"
            | "ignore"
            | "should_panic"
            | "no_run"
            | "compile_fail"
            | "edition2015"
            | "edition2018"
            | "edition2021"
            | "edition2024"
    )
}

/// Width of a list marker and the space after it (`- `, `* `, `+ `, `1. `).
fn list_item_offset(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let marker = if matches!(bytes.first(), Some(b'-' | b'*' | b'+')) {
        1
    } else {
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=9).contains(&digits) || !matches!(bytes.get(digits), Some(b'.' | b')')) {
            return None;
        }
        digits + 1
    };
    // CommonMark: the content starts after one to four spaces (`*   item`
    // has its content at column 4); more than four is a code block in
    // the item, whose content is one space in.
    let spaces = bytes[marker..].iter().take_while(|b| **b == b' ').count();
    match spaces {
        0 => None,
        1..=4 => Some(marker + spaces),
        _ => Some(marker + 1),
    }
}

/// Escapes what rustdoc would misread on one line outside code blocks:
/// brackets that are not inline links, `<` that does not open an autolink,
/// and bare URLs. Code spans are copied untouched.
fn escape_inline(line: &str) -> String {
    // Most lines have nothing to escape.
    if !has_any(line, b"`\\[]<") && !line.contains("http") {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + 8);
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '`' => {
                let run = chars[i..].iter().take_while(|&&x| x == '`').count();
                let close = find_backtick_run(&chars, i + run, run);
                match close {
                    Some(end) => {
                        out.extend(&chars[i..end + run]);
                        i = end + run;
                    }
                    None => {
                        // A lone backtick: literal.
                        for _ in 0..run {
                            out.push_str("\\`");
                        }
                        i += run;
                    }
                }
                continue;
            }
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(c);
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '[' => {
                if let Some(end) = inline_link_end(&chars, i) {
                    // `[text](url)`: keep the link, escape inside its text.
                    let close = chars[i..end].iter().position(|&x| x == ']').unwrap_or(0) + i;
                    out.push('[');
                    out.push_str(&escape_inline(
                        &chars[i + 1..close].iter().collect::<String>(),
                    ));
                    out.extend(&chars[close..end]);
                    i = end;
                    continue;
                }
                out.push_str("\\[");
            }
            ']' => out.push_str("\\]"),
            '<' => {
                if let Some(end) = autolink_end(&chars, i) {
                    out.extend(&chars[i..end]);
                    i = end;
                    continue;
                }
                out.push_str("&lt;");
            }
            'h' if starts_url(&chars, i) && !preceded_by_link_syntax(&chars, i) => {
                let end = url_end(&chars, i);
                out.push('<');
                out.extend(&chars[i..end]);
                out.push('>');
                i = end;
                continue;
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

fn find_backtick_run(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let len = chars[i..].iter().take_while(|&&x| x == '`').count();
            if len == run {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// End (exclusive) of `[text](target)` starting at `start`.
fn inline_link_end(chars: &[char], start: usize) -> Option<usize> {
    let mut depth = 0;
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if i >= chars.len() || chars.get(i + 1) != Some(&'(') {
        return None;
    }
    let target_end = chars[i + 2..].iter().position(|&c| c == ')')? + i + 2;
    let target: String = chars[i + 2..target_end].iter().collect();
    if target.is_empty() || target.contains(' ') {
        return None;
    }
    Some(target_end + 1)
}

/// End (exclusive) of `<https://...>` starting at `start`.
fn autolink_end(chars: &[char], start: usize) -> Option<usize> {
    if !starts_url(chars, start + 1) && !starts_with(chars, start + 1, "mailto:") {
        return None;
    }
    let close = chars[start..].iter().position(|&c| c == '>' || c == ' ')? + start;
    (chars[close] == '>').then_some(close + 1)
}

fn starts_with(chars: &[char], at: usize, text: &str) -> bool {
    text.chars()
        .enumerate()
        .all(|(i, expected)| chars.get(at + i) == Some(&expected))
}

fn starts_url(chars: &[char], at: usize) -> bool {
    (starts_with(chars, at, "http://") || starts_with(chars, at, "https://"))
        && (at == 0 || !chars[at - 1].is_alphanumeric())
}

fn preceded_by_link_syntax(chars: &[char], at: usize) -> bool {
    at > 0 && matches!(chars[at - 1], '(' | '<' | '"' | '\'' | '=')
}

fn url_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while end < chars.len()
        && !chars[end].is_whitespace()
        && !matches!(chars[end], '<' | '>' | '"' | '`' | ')' | ']')
    {
        end += 1;
    }
    // Sentence punctuation after a URL is not part of it.
    while end > start && matches!(chars[end - 1], '.' | ',' | ';' | ':' | '!' | '?' | '\'') {
        end -= 1;
    }
    end
}

/// Appends `lines` as a paragraph of their own: after a blank line when
/// `docs` already says something.
pub fn push_paragraph(docs: &mut Vec<String>, lines: impl IntoIterator<Item = String>) {
    let mut lines = lines.into_iter().peekable();
    if lines.peek().is_some() && !docs.is_empty() {
        docs.push(String::new());
    }
    docs.extend(lines);
}

/// `text` fit for a code span: its backticks (which would end the span)
/// turned into `'`; without a copy when it has none.
pub fn backticks_quoted(text: &str) -> std::borrow::Cow<'_, str> {
    if text.as_bytes().contains(&b'`') {
        text.replace('`', "'").into()
    } else {
        text.into()
    }
}

/// `a`, `a or b`, `a, b or c`.
pub fn one_of(names: &[String]) -> String {
    match names {
        [rest @ .., last] if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> String {
        doc_lines(text).join("\n")
    }

    #[test]
    fn plain_text_is_kept() {
        assert_eq!(
            doc("The messages in the conversation."),
            "The messages in the conversation."
        );
        assert_eq!(doc("\n\nA\n\n\nB\n\n"), "A\n\n\nB");
        assert!(doc_lines("").is_empty());
    }

    #[test]
    fn code_blocks_never_become_doctests() {
        assert_eq!(doc("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(doc("```json\n{}\n```"), "```json\n{}\n```");
        assert_eq!(
            doc("Example:\n\n    curl -X POST"),
            "Example:\n\n   curl -X POST"
        );
        assert_eq!(doc("```\nunclosed"), "```text\nunclosed\n```");
    }

    #[test]
    fn brackets_html_and_urls() {
        assert_eq!(
            doc("see [id] and [docs](https://x.io)"),
            "see \\[id\\] and [docs](https://x.io)"
        );
        assert_eq!(doc("a <id> b <https://x.io>"), "a &lt;id> b <https://x.io>");
        assert_eq!(doc("go to https://x.io/a."), "go to <https://x.io/a>.");
        assert_eq!(doc("`[x] <y>` stays"), "`[x] <y>` stays");
        assert_eq!(
            doc("<a href=\"https://x.io\">x</a>"),
            "&lt;a href=\"https://x.io\">x&lt;/a>"
        );
    }

    #[test]
    fn lazy_list_continuations_are_indented() {
        assert_eq!(doc("- one\ncontinued\n- two"), "- one\n  continued\n- two");
        assert_eq!(doc("1. one\nmore"), "1. one\n   more");
        assert_eq!(doc("> quote\nlazy"), "> quote\n> lazy");
        // The content column of `*   item` is four.
        assert_eq!(doc("*   item\nmore"), "*   item\n    more");
    }

    #[test]
    fn comment_safe_spells_out_what_a_comment_refuses() {
        assert_eq!(comment_safe("plain é"), "plain é");
        assert_eq!(
            comment_safe("a\rb \u{202e}c\u{2066}"),
            "a\\u{d}b \\u{202e}c\\u{2066}"
        );
    }
}

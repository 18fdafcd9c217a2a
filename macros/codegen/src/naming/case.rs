//! UpperCamelCase and snake_case exactly as heck makes them, on a fast
//! path for ASCII text (nearly every name). heck goes through `char`
//! case tables and `fmt` for every character, which in the unoptimized
//! build proc macros run in by default cost some 35,000 instructions a
//! name; text that is not ASCII still goes to heck.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// `text.to_upper_camel_case()`.
pub fn upper_camel(text: &str) -> String {
    if !text.is_ascii() {
        return text.to_upper_camel_case();
    }
    let mut out = String::with_capacity(text.len());
    words(text, |word| {
        let (first, rest) = word.split_at(1);
        out.push_str(&first.to_ascii_uppercase());
        out.push_str(&rest.to_ascii_lowercase());
    });
    out
}

/// `text.to_snake_case()`.
pub fn snake(text: &str) -> String {
    if !text.is_ascii() {
        return text.to_snake_case();
    }
    let mut out = String::with_capacity(text.len() + 4);
    words(text, |word| {
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&word.to_ascii_lowercase());
    });
    out
}

/// The case of the last cased character of the word so far.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Boundary,
    Lower,
    Upper,
}

/// heck's words of ASCII `text`, in order, each non-empty: runs of letters
/// and digits, split before an uppercase letter that follows a lowercase
/// one (`fooBar`) and before the last of several uppercase letters when a
/// lowercase one follows (`HTTPServer`). Digits are neither case.
fn words(text: &str, mut each: impl FnMut(&str)) {
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = word.as_bytes();
        let mut start = 0;
        let mut mode = Mode::Boundary;
        for (i, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(i + 1) else {
                each(&word[start..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lower
            } else if c.is_ascii_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                each(&word[start..=i]);
                start = i + 1;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                each(&word[start..i]);
                start = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agrees(text: &str) {
        assert_eq!(upper_camel(text), text.to_upper_camel_case(), "{text:?}");
        assert_eq!(snake(text), text.to_snake_case(), "{text:?}");
    }

    #[test]
    fn every_short_string_as_heck_makes_it() {
        // Lower, upper, digit and two separators.
        for text in super::super::every_string(&['a', 'b', 'A', 'B', '1', '_', ' '], 5) {
            agrees(&text);
        }
    }

    #[test]
    fn longer_strings_as_heck_makes_them() {
        let alphabet: Vec<char> = "aZzA09_-. $/Xyq".chars().collect();
        // A fixed linear congruential sequence: the same strings every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % n
        };
        for _ in 0..3000 {
            let len = 6 + next(20);
            let text: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            agrees(&text);
        }
        for text in [
            "HTTPServer",
            "createdAt",
            "messagesOpenAIFormat",
            "x-www-form-urlencoded",
            "v1.AccountsAPI",
            "ABC123def",
            "already_snake_case",
            "Été",
        ] {
            agrees(text);
        }
    }
}

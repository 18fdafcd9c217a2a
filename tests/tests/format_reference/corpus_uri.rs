//! The URI, URI template, JSON pointer, UUID, base64 and regex strings.

use super::corpus::{characters, insertions, strings};

pub fn uris() -> Vec<String> {
    let mut out = strings(&[
        "",
        "a",
        "a:",
        ":",
        "//",
        "/",
        "#",
        "?",
        "a:b",
        "1:b",
        "./a:b",
        "//a@b@c",
        "http://[::1]:80/",
        "http://[::1]x/",
        "http://[v1.x]/",
        "http://[v.x]/",
        "http://[vg.x]/",
        "http://[::1%25en0]/",
        "http://[::ffff:01.2.3.4]/",
        "http://999.999.999.999/",
        "http://a:b:c/",
        "http://a:/",
        "http:/[::1]",
        "file:///a",
        "mailto:a@b",
        "urn:a:b",
        "//\u{E9}/",
        "/%",
        "/%4",
        "/%4g",
        "/%41",
        "\\\\a\\b",
        "a b",
        "http://a/b c",
        "?\u{E000}",
        "#\u{E000}",
        "/\u{E000}",
    ]);
    let non_ascii = [
        "\u{80}",
        "\u{9F}",
        "\u{A0}",
        "\u{D7FF}",
        "\u{E000}",
        "\u{F8FF}",
        "\u{F900}",
        "\u{FDCF}",
        "\u{FDD0}",
        "\u{FDF0}",
        "\u{FFEF}",
        "\u{FFF0}",
        "\u{FFFD}",
        "\u{10000}",
        "\u{1FFFD}",
        "\u{1FFFE}",
        "\u{E0000}",
        "\u{E1000}",
        "\u{F0000}",
        "\u{10FFFD}",
    ];
    let mut inserts = characters();
    inserts.extend(non_ascii.iter().map(|c| (*c).to_owned()));
    inserts.extend(strings(&["%", "%4", "%41", "//", "::"]));
    let inserts: Vec<&str> = inserts.iter().map(String::as_str).collect();
    for base in ["s://u@h:1/p?q#f", "//h/p?q#f", "p/q?r#s"] {
        out.extend(insertions(base, &inserts));
    }
    out
}

pub fn uri_templates() -> Vec<String> {
    let mut out = strings(&["", "{", "}", "{}", "{{a}}", "a%4", "a%", "{a%4}", "{%4g}"]);
    let operators = [
        "", "+", "#", ".", "/", ";", "?", "&", "=", ",", "!", "@", "|", "$", "*",
    ];
    let varspecs = [
        "a", "a.b", "a..b", ".a", "a.", "_", "%41", "a-b", "a:1", "a:9999", "a:10000", "a:0",
        "a:01", "a:", "a*", "a**", "a:1*", "a,b", "a,", ",a", "a,,b", "a=b", "\u{E9}", "",
    ];
    for operator in operators {
        for varspec in varspecs {
            out.push(format!("x/{{{operator}{varspec}}}/y"));
        }
    }
    let inserts = characters();
    let inserts: Vec<&str> = inserts.iter().map(String::as_str).collect();
    out.extend(insertions("a/{b}", &inserts));
    // Non-ASCII literals: `ucschar` and `iprivate` only.
    for c in [
        '\u{85}',
        '\u{A0}',
        '\u{D7FF}',
        '\u{E000}',
        '\u{FDD0}',
        '\u{FFFE}',
        '\u{1F600}',
        '\u{F0000}',
    ] {
        out.push(format!("a{c}b"));
    }
    out
}

pub fn pointers() -> Vec<String> {
    let mut out = Vec::new();
    let prefixes = [
        "", "0", "1", "01", "10", "100", "-1", "+1", "\u{0661}", " 1",
    ];
    let suffixes = [
        "",
        "#",
        "##",
        "#/a",
        "/",
        "//",
        "/a",
        "/a~0b~1c",
        "/~",
        "/~2",
        "/a~",
        "/~01",
        "a",
        "/\u{1F60E}",
        "/%",
        "/ ",
        "/\0",
    ];
    for prefix in prefixes {
        for suffix in suffixes {
            out.push(format!("{prefix}{suffix}"));
        }
    }
    out.extend(insertions(
        "/a~1b/0",
        &["~", "~0", "~1", "#", "/", "0", "\u{E9}"],
    ));
    out
}

pub fn uuids() -> Vec<String> {
    let base = "2eb8aa08-aa98-11ea-b4aa-73b441d16380";
    let mut out = strings(&[
        base,
        "",
        "2EB8AA08-AA98-11EA-B4AA-73B441D16380",
        "2eb8aa08aa9811eab4aa73b441d16380",
    ]);
    for (i, _) in base.char_indices() {
        for replacement in ["0", "F", "f", "g", "-", "\u{E9}", ""] {
            out.push(format!("{}{replacement}{}", &base[..i], &base[i + 1..]));
        }
    }
    out.extend(insertions(base, &["-", "a", "{", "}"]));
    out
}

pub fn base64s() -> Vec<String> {
    // Every text of up to four characters over a few symbols.
    let symbols = ["A", "Q", "B", "w", "+", "/", "=", "-"];
    let mut out = vec![String::new()];
    let mut level = vec![String::new()];
    for _ in 0..4 {
        level = level
            .iter()
            .flat_map(|text| symbols.iter().map(move |s| format!("{text}{s}")))
            .collect();
        out.extend(level.iter().cloned());
    }
    out.extend(strings(&[
        "aGVsbG8=", "aGVsbG8", "aGVsbG9=", "aGVsbA==", "aGVsbB==", "aGVs\n", "aG Vs",
    ]));
    out
}

pub fn regexes() -> Vec<String> {
    let mut out = strings(&[
        "",
        "a",
        "^a$",
        "([abc])+\\s+$",
        "(?:a)",
        "(?=a)",
        "(?!a)",
        "(?<=a)",
        "(?<!a)",
        "(?<n>a)\\k<n>",
        "\\k<n>(?<n>a)",
        "(a)\\1",
        "a{1}",
        "a{1,}",
        "a{1,2}",
        "a*?",
        "a+?",
        "[a-z]",
        "[\\w-]",
        "[^]",
        "[]",
        "[\\b]",
        "[\\p{L}]",
        "a|",
        "|",
        ".",
        "\\0",
        "\\cA",
        "\\x41",
        "\\u0041",
        "\\u{1F600}",
        "\\p{L}",
        "\\p{Letter}",
        "\\p{Script=Greek}",
        "\\P{L}",
        "\\s\\S\\d\\D\\w\\W",
        "\\t\\n\\v\\f\\r",
        "\\-",
        "\\/",
        "\\b",
        "[\\b]+",
        // Invalid in either mode.
        "^(abc]",
        "(",
        ")",
        "[",
        "*",
        "a**",
        "a{2,1}",
        "(?<=a)*",
        "(?<n>a)(?<n>b)",
        "\\k<m>(?<n>a)",
        "(?<1>a)",
        "(?<a-b>a)",
        "[z-a]",
        "\\p{Nope}",
        "\\",
        "a\\",
        "(?i)a",
        "(?P<n>a)",
        "{1}",
        "a|*",
        "^*",
        "$+",
        "\\b+",
        "\\B*",
        "a\\b{2}",
        // Valid only without the `u` flag (ECMA-262 Annex B.1.2).
        "]",
        "{",
        "a{,1}",
        "(?=a)*",
        "[\\d-z]",
        "\\00",
        "\\8",
        "\\a",
        "\\c",
        "\\k<n>",
        "\\u{110000}",
        // `\\u` escapes regress reads unlike ECMA-262: `{41}` is a quantifier
        // without the `u` flag, and a sign before the digits is no escape.
        "\\u{41}",
        "\\u{41}{2}",
        "\\u{41}{2}]",
        "\\u{41}*\\-",
        "[a-\\u{41}]\\-",
        "[\\u{41}-\\u{5A}]\\-",
        "\\u+041",
        "\\u{+41}",
        "\\u+041\\u{42}{2}",
        "(?<\\u{41}>x)\\k<\\u{41}>",
        "(?<\\u{41}>x)\\k<\\u{41}>\\-",
        "\\k<\\u{41}>\\-",
        "(?<\\u+041>x)",
        "\\u{}",
        "\\u{41",
        // ES2025: duplicate names in alternatives, modifiers.
        "(?<n>a)|(?<n>b)",
        "(?i:a)",
    ]);
    // Each character after a valid pattern's atoms.
    // (`]`, `{`, `}` and `\\` alone are Annex B syntax, covered above.)
    let inserts = characters();
    let inserts: Vec<&str> = inserts
        .iter()
        .map(String::as_str)
        .filter(|c| !matches!(*c, "]" | "{" | "}" | "\\"))
        .collect();
    out.extend(insertions("(a)[b]c", &inserts));
    out
}

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
    // JSON Schema Test Suite, 2020-12 hostname.json "trailing dot".
    (F::Hostname, "example.", false),
    (F::Hostname, "example.com.", false),
    (F::Hostname, "example\u{ff0e}com", false),
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
    (F::IdnHostname, "b\u{fc}cher.example.", false),
    (F::IdnHostname, "example\u{3002}", false),
    (F::IdnHostname, "\u{ff61}example", false),
    (F::IdnHostname, "a\u{ff0e}b", true),
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
    // `\u` escapes regress reads unlike ECMA-262 (answers as V8 gives them).
    (F::Regex, "\\u{41}{2}", true),
    (F::Regex, "\\u{41}{2}]", false),
    (F::Regex, "\\u{41}*\\-", false),
    (F::Regex, "[a-\\u{41}]\\-", true),
    (F::Regex, "[\\u{41}-\\u{5A}]\\-", false),
    (F::Regex, "\\u+041", true),
    (F::Regex, "\\u{+41}", true),
    (F::Regex, "\\u+041\\u{42}{2}", false),
    (F::Regex, "(?<\\u{41}>x)\\k<\\u{41}>\\-", true),
    (F::Regex, "\\k<\\u{41}>\\-", true),
    (F::Regex, "(?<\\u+041>x)", false),
    (F::Regex, "\\u{110000}", true),
    (F::Regex, "\\\\u{41}{2}]", false),
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

/// What regress 0.10 makes of `\\u` escapes by itself: a code point in
/// legacy mode (ECMA-262 reads the letter `u` 41 times) and digits after a
/// sign (a syntax error). `regex::compile` works around both; when this
/// fails, regress reads them as the standard does and it need not.
#[test]
fn regress_misreads_u_escapes() {
    let legacy = regress::Regex::new(r"^\u{41}$").expect("compiles");
    assert!(legacy.find("A").is_some());
    assert!(legacy.find(&"u".repeat(41)).is_none());
    let signed = regress::Regex::with_flags(r"^\u+041$", "u").expect("compiles");
    assert!(signed.find("A").is_some());
}

/// Patterns compiled as ECMA-262 reads them: (pattern, text, whether
/// it matches), as V8 answers; unicode mode where the pattern is valid
/// there.
#[test]
fn regex_meaning() {
    let u41 = "u".repeat(41);
    let cases = [
        (r"^\u{41}$", "A", true),
        (r"^\u{41}$", &u41, false),
        (r"^\u{41}\-$", "A-", false),
        (r"^\u{41}\-$", &format!("{u41}-"), true),
        (r"^\u+041$", "A", false),
        (r"^\u+041$", "uuu041", true),
        (r"^[\u{41}]\-$", "A-", false),
        (r"^[\u{41}]\-$", "}-", true),
        (r"^(?<\u{41}>x)\k<\u{41}>\-$", "xx-", true),
        (r"^\k<\u{41}>\-$", &format!("k<{u41}>-"), true),
    ];
    for (pattern, text, matches) in cases {
        let regex = super::regex::compile(pattern).expect(pattern);
        assert_eq!(regex.find(text).is_some(), matches, "{pattern} on {text}");
    }
}

/// Patterns past the limits regress survives are refused unchecked.
#[test]
fn regex_limits() {
    let nested = |n: usize| "(".repeat(n) + &")".repeat(n);
    assert!(F::Regex.check(&nested(super::regex::MAX_DEPTH)));
    assert!(!F::Regex.check(&nested(super::regex::MAX_DEPTH + 1)));
    assert!(!F::Regex.check(&nested(100_000)));
    let alternatives = |n: usize| "a|".repeat(n) + "b";
    assert!(F::Regex.check(&alternatives(super::regex::MAX_ALTERNATIVES)));
    assert!(!F::Regex.check(&alternatives(super::regex::MAX_ALTERNATIVES + 1)));
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

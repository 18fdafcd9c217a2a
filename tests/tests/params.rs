//! Parameter serialization against the OpenAPI specification's own table
//! of style examples (3.0.3 and 3.1.0, "Style Examples"): a parameter
//! `color` whose value is empty, the string `blue`, the array `[blue,
//! black, brown]` or the object `{R: 100, G: 200, B: 150}`; then against an
//! independent RFC 6570 implementation (`iri-string`) on values with
//! reserved, percent and non-ASCII characters.

use openapi_models::params::{self, Style};

/// The table, row by row: style, explode, then empty, string, array,
/// object (`None`: n/a in the table).
const TABLE: &[(Style, bool, [Option<&str>; 4])] = &[
    (
        Style::Matrix,
        false,
        [
            Some(";color"),
            Some(";color=blue"),
            Some(";color=blue,black,brown"),
            Some(";color=R,100,G,200,B,150"),
        ],
    ),
    (
        Style::Matrix,
        true,
        [
            Some(";color"),
            Some(";color=blue"),
            Some(";color=blue;color=black;color=brown"),
            Some(";R=100;G=200;B=150"),
        ],
    ),
    // The table writes `.blue.black.brown` and `.R.100.G.200.B.150`;
    // RFC 6570, which it names as the definition, writes `{.x}` with
    // commas (README: "label without explode").
    (
        Style::Label,
        false,
        [
            Some("."),
            Some(".blue"),
            Some(".blue,black,brown"),
            Some(".R,100,G,200,B,150"),
        ],
    ),
    (
        Style::Label,
        true,
        [
            Some("."),
            Some(".blue"),
            Some(".blue.black.brown"),
            Some(".R=100.G=200.B=150"),
        ],
    ),
    (
        Style::Form,
        false,
        [
            Some("color="),
            Some("color=blue"),
            Some("color=blue,black,brown"),
            Some("color=R,100,G,200,B,150"),
        ],
    ),
    (
        Style::Form,
        true,
        [
            Some("color="),
            Some("color=blue"),
            Some("color=blue&color=black&color=brown"),
            Some("R=100&G=200&B=150"),
        ],
    ),
    (
        Style::Simple,
        false,
        [
            None,
            Some("blue"),
            Some("blue,black,brown"),
            Some("R,100,G,200,B,150"),
        ],
    ),
    (
        Style::Simple,
        true,
        [
            None,
            Some("blue"),
            Some("blue,black,brown"),
            Some("R=100,G=200,B=150"),
        ],
    ),
    (
        Style::SpaceDelimited,
        false,
        [
            None,
            None,
            Some("color=blue%20black%20brown"),
            Some("color=R%20100%20G%20200%20B%20150"),
        ],
    ),
    (
        Style::PipeDelimited,
        false,
        [
            None,
            None,
            Some("color=blue|black|brown"),
            Some("color=R|100|G|200|B|150"),
        ],
    ),
    (
        Style::DeepObject,
        true,
        [
            None,
            None,
            None,
            Some("color[R]=100&color[G]=200&color[B]=150"),
        ],
    ),
];

/// How a style's parameter is written where it may stand (or why not).
fn write(style: Style, explode: bool, value: &impl serde::Serialize) -> String {
    let written = match style {
        Style::Matrix | Style::Label | Style::Simple => {
            params::path("color", value, style, explode)
        }
        _ => {
            let mut query = String::new();
            params::query(&mut query, "color", value, style, explode, false).map(|()| query)
        }
    };
    written.unwrap_or_else(|e| e.to_string())
}

#[test]
fn the_specifications_table_of_style_examples() {
    // The object in the table's key order (`serde_json::Value` would sort).
    let rgb = [
        ("R".to_owned(), 100),
        ("G".to_owned(), 200),
        ("B".to_owned(), 150),
    ];
    let mut checked = 0;
    for (style, explode, row) in TABLE {
        let written = [
            write(*style, *explode, &""),
            write(*style, *explode, &"blue"),
            write(*style, *explode, &["blue", "black", "brown"]),
            write(*style, *explode, &ordered(&rgb)),
        ];
        for ((kind, written), expected) in ["empty", "string", "array", "object"]
            .iter()
            .zip(written)
            .zip(row)
        {
            let Some(expected) = expected else { continue };
            assert_eq!(&written, expected, "{style:?} explode={explode} {kind}");
            checked += 1;
        }
    }
    assert_eq!(checked, 35);
}

/// An object whose keys keep the given order when serialized.
fn ordered<V: serde::Serialize>(pairs: &[(String, V)]) -> impl serde::Serialize + '_ {
    struct Ordered<'a, V>(&'a [(String, V)]);
    impl<V: serde::Serialize> serde::Serialize for Ordered<'_, V> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in self.0 {
                map.serialize_entry(k, v)?;
            }
            map.end()
        }
    }
    Ordered(pairs)
}

/// Reserved and non-ASCII characters in values are percent-encoded (RFC
/// 3986's unreserved ones are not), also in names and keys; delimiters are
/// not; `allowReserved` leaves the reserved ones; headers are not URIs.
#[test]
fn values_are_percent_encoded_and_delimiters_are_not() {
    let value = ["a,b", "c d/é"];
    assert_eq!(write(Style::Simple, false, &value), "a%2Cb,c%20d%2F%C3%A9");
    assert_eq!(
        write(Style::Form, true, &value),
        "color=a%2Cb&color=c%20d%2F%C3%A9"
    );
    let mut query = String::new();
    params::query(&mut query, "q", &"a/b:c?d", Style::Form, false, true).unwrap();
    assert_eq!(query, "q=a/b:c?d");
    let pairs = [("k;1".to_owned(), 1)];
    assert_eq!(write(Style::Matrix, true, &ordered(&pairs)), ";k%3B1=1");
    assert_eq!(
        params::header("X", &["a b", "c"], false)
            .unwrap()
            .as_deref(),
        Some("a b,c")
    );
}

/// `null`, an empty list and an empty object are undefined: nothing is
/// written (RFC 6570, 2.3); a list of lists is an error, not a guess.
#[test]
fn undefined_values_write_nothing_and_nesting_is_refused() {
    let none: Option<u8> = None;
    assert_eq!(write(Style::Form, false, &none), "");
    assert_eq!(write(Style::Matrix, false, &Vec::<u8>::new()), "");
    assert_eq!(params::header("X", &none, false).unwrap(), None);
    let error = params::path("c", &[[1]], Style::Simple, false).unwrap_err();
    assert_eq!(
        error.to_string(),
        "parameter `c`: a style writes lists and objects of primitives only"
    );
    let mut query = String::new();
    assert!(params::query(&mut query, "c", &"x", Style::DeepObject, true, false).is_err());
    assert!(params::path("c", &"x", Style::Form, false).is_err());
}

/// `matrix`, `label`, `simple` and `form` are RFC 6570's `{;x}`, `{.x}`,
/// `{x}` and `{?x}` (with `*` when exploded): every combination of values
/// with reserved, percent and non-ASCII characters, empty strings, lists
/// and pairs, against `iri-string`'s expansion of the same template.
#[test]
fn styles_expand_as_rfc_6570_does() {
    use iri_string::spec::UriSpec;
    use iri_string::template::simple_context::{SimpleContext, Value as Rfc};
    use iri_string::template::UriTemplateStr;

    let texts = [
        "",
        "blue",
        "a b",
        "x/y?z&w=1",
        "\u{e9}\u{2603}",
        "%41",
        "a,b;c",
        "100%",
        "[]|",
    ];
    // Each value as the reference takes it, and how we write it.
    type Ours = Box<dyn Fn(Style, bool) -> String>;
    let mut values: Vec<(Rfc, Ours)> = Vec::new();
    for text in texts {
        values.push((
            Rfc::String(text.to_owned()),
            Box::new(move |s, e| write(s, e, &text)),
        ));
    }
    for pair in texts.windows(2) {
        let list: Vec<String> = pair.iter().map(|t| (*t).to_owned()).collect();
        let ours = list.clone();
        values.push((Rfc::List(list), Box::new(move |s, e| write(s, e, &ours))));
        let assoc: Vec<(String, String)> = vec![
            (format!("k{}", pair[0]), pair[1].to_owned()),
            ("G".to_owned(), pair[0].to_owned()),
        ];
        let ours = assoc.clone();
        values.push((
            Rfc::Assoc(assoc),
            Box::new(move |s, e| write(s, e, &ordered(&ours))),
        ));
    }
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for (rfc, ours) in &values {
        let mut context = SimpleContext::new();
        context.insert("color", rfc.clone());
        for (style, operator) in [
            (Style::Matrix, ";"),
            (Style::Label, "."),
            (Style::Simple, ""),
            (Style::Form, "?"),
        ] {
            for explode in [false, true] {
                let template = format!("{{{operator}color{}}}", if explode { "*" } else { "" });
                let expected = UriTemplateStr::new(&template)
                    .unwrap()
                    .expand::<UriSpec, _>(&context)
                    .unwrap()
                    .to_string();
                // A query's `?` is the caller's.
                let expected = expected.strip_prefix('?').unwrap_or(&expected);
                let written = ours(style, explode);
                if written != expected {
                    mismatches.push(format!(
                        "{template} with {rfc:?}: ours {written:?}, iri-string {expected:?}"
                    ));
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, values.len() * 8);
    // One edge where the reference reads RFC 6570 otherwise: an empty
    // member of an exploded `{;x*}`. The RFC's table gives `;` an empty
    // `ifemp` (its example `{;v,empty,who}` is `;v=6;empty;who=fred`), and
    // an exploded member is expanded as its own variable: `;color`, not
    // `;color=`.
    let known = [
        r#"{;color*} with List(["", "blue"]): ours ";color;color=blue", iri-string ";color=;color=blue""#,
        r#"{;color*} with Assoc([("k", "blue"), ("G", "")]): ours ";k=blue;G", iri-string ";k=blue;G=""#,
    ];
    assert_eq!(mismatches, known, "{}", mismatches.join("\n"));
}

/// A form body: fields in order, `null` left out, lists repeat their key
/// at the top and take indices inside brackets; only an object is a form.
#[test]
fn form_bodies() {
    let body = serde_json::json!({"a": "x y", "b": null, "c": [1, 2], "d": {"e": [{"f": true}]}});
    assert_eq!(
        params::form(&body).unwrap(),
        "a=x%20y&c=1&c=2&d[e][0][f]=true"
    );
    assert!(params::form(&[1, 2]).is_err());
}

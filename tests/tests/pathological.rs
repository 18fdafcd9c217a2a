//! Pathological inputs end in a clear error or correct output, in bounded
//! time and memory (the figures are printed, not asserted: see the
//! benchmarks for speed).

use std::path::Path;
use std::time::Instant;

use openapi_models_codegen::load::InMemory;
use openapi_models_codegen::{render, Options, Output};

fn generate(name: &str, bytes: Vec<u8>) -> Output {
    let source = InMemory::new().with(name, bytes);
    let start = Instant::now();
    let output = render(&source, Path::new(name), name, &Options::default());
    println!(
        "{name}: {} types, {} errors, {} bytes of code in {:.1?}, peak memory {} MB",
        output.model.types.len(),
        output.errors.len(),
        output.code.len(),
        start.elapsed(),
        peak_rss_mb()
    );
    output
}

/// Peak resident memory of this process so far (Linux), for the record.
fn peak_rss_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

fn errors(output: &Output) -> Vec<String> {
    output.errors.iter().map(ToString::to_string).collect()
}

fn head(schemas: &str) -> String {
    format!("{{\"openapi\": \"3.1.0\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"components\": {{\"schemas\": {schemas}}}}}")
}

#[test]
fn ten_thousand_levels_of_nesting() {
    let deep = "{\"type\": \"array\", \"items\": ".repeat(10_000) + "{}" + &"}".repeat(10_000);
    let output = generate(
        "deep.json",
        head(&format!("{{\"Deep\": {deep}}}")).into_bytes(),
    );
    let found = errors(&output);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("deep.json:1:") && found[0].ends_with("recursion limit exceeded"),
        "{found:?}"
    );
    let yaml = "a:\n".to_owned()
        + &(1..10_000)
            .map(|i| format!("{}a:\n", " ".repeat(i)))
            .collect::<String>();
    let output = generate("deep.yaml", yaml.into_bytes());
    assert!(
        errors_contain(&output, "recursion limit exceeded"),
        "{:?}",
        errors(&output)
    );
}

fn errors_contain(output: &Output, text: &str) -> bool {
    output.errors.iter().any(|e| e.message.contains(text))
}

#[test]
fn a_hundred_thousand_enum_values() {
    let values: Vec<String> = (0..100_000).map(|i| format!("\"value-{i}\"")).collect();
    let schemas = format!(
        "{{\"Big\": {{\"type\": \"string\", \"enum\": [{}]}}}}",
        values.join(",")
    );
    let output = generate("enum.json", head(&schemas).into_bytes());
    assert!(output.errors.is_empty(), "{:?}", errors(&output));
    let openapi_models_codegen::ir::TypeKind::Enum(big) = &output.model.types[0].kind else {
        panic!("not an enum")
    };
    assert_eq!(big.variants.len(), 100_000);
    assert!(output.code.parse::<proc_macro2::TokenStream>().is_ok());
}

#[test]
fn yaml_alias_bomb() {
    let mut yaml = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let previous = format!("*a{}", i - 1);
        yaml.push_str(&format!("a{i}: &a{i} [{}]\n", vec![previous; 9].join(", ")));
    }
    yaml.push_str("openapi: 3.0.3\ncomponents: {schemas: {A: {type: object, default: *a9}}}\n");
    let output = generate("bomb.yaml", yaml.into_bytes());
    let errors = errors(&output);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("repetition limit exceeded"),
        "{errors:?}"
    );
}

#[test]
fn duplicate_keys() {
    let output = generate(
        "dup.json",
        head("{\"A\": {\"type\": \"string\"}, \"A\": {\"type\": \"integer\"}}").into_bytes(),
    );
    let errors = errors(&output);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("dup.json:1:") && errors[0].ends_with("duplicate key `A`"),
        "{errors:?}"
    );
}

#[test]
fn invalid_utf8_bom_and_empty() {
    let output = generate(
        "bad.yaml",
        b"openapi: 3.0.3\ninfo: {title: \xff}\n".to_vec(),
    );
    assert_eq!(
        errors(&output),
        ["bad.yaml:2:15: the file is not valid UTF-8 (invalid byte at offset 29)"]
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(head("{\"A\": {\"type\": \"string\"}}").as_bytes());
    let output = generate("bom.json", bom);
    assert!(
        output.errors.is_empty() && output.model.types.len() == 1,
        "{:?}",
        errors(&output)
    );
    let output = generate("empty.yaml", Vec::new());
    assert_eq!(errors(&output), ["empty.yaml:1:1: the file is empty"]);
}

/// 50 MB (46 MiB): mostly paths with examples (read, never turned into
/// types; each operation gets its parameters' struct and response enum) and
/// 2,000 component schemas.
#[test]
fn a_fifty_megabyte_spec() {
    let mut spec = String::with_capacity(52 << 20);
    spec.push_str(
        "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"big\", \"version\": \"1\"}, \"paths\": {",
    );
    let example = format!("\"{}\"", "x".repeat(2_000));
    let mut i = 0;
    while spec.len() < 46 << 20 {
        if i > 0 {
            spec.push(',');
        }
        spec.push_str(&format!(
            "\"/things/{i}\": {{\"get\": {{\"responses\": {{\"200\": {{\"description\": \"ok\", \"content\": {{\"application/json\": {{\"schema\": {{\"$ref\": \"#/components/schemas/Thing{}\"}}, \"example\": [{example}, {example}]}}}}}}}}}}}}",
            i % 2_000
        ));
        i += 1;
    }
    let paths = i;
    spec.push_str("}, \"components\": {\"schemas\": {");
    for n in 0..2_000 {
        if n > 0 {
            spec.push(',');
        }
        spec.push_str(&format!(
            "\"Thing{n}\": {{\"type\": \"object\", \"description\": \"{}\", \"required\": [\"id\"], \"properties\": {{\"id\": {{\"type\": \"string\"}}, \"next\": {{\"$ref\": \"#/components/schemas/Thing{}\"}}, \"tags\": {{\"type\": \"array\", \"items\": {{\"type\": \"string\", \"enum\": [\"a\", \"b\"]}}}}}}}}",
            "d".repeat(1_000),
            (n + 1) % 2_000
        ));
    }
    spec.push_str("}}}");
    assert!(spec.len() >= 46 << 20);
    let output = generate("big.json", spec.into_bytes());
    assert!(output.errors.is_empty(), "{:?}", errors(&output));
    let components = output.model.types.iter().filter(|t| !t.in_operations);
    assert_eq!(components.count(), 4_000);
    assert_eq!(output.model.operations.len(), paths);
}

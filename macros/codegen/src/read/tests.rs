use serde_json::{json, Value};

use super::*;

fn read(value: Value, dialect: Dialect) -> (Schema, Vec<ReadError>) {
    let mut errors = Vec::new();
    let schema = read_schema(&value, dialect, &mut errors);
    (schema, errors)
}

fn read31(value: Value) -> Schema {
    let (schema, errors) = read(value, Dialect::OpenApi31);
    assert!(errors.is_empty(), "{errors:?}");
    schema
}

#[test]
fn keywords_are_kept_as_written() {
    let schema = read31(json!({
        "type": ["string", "null", "integer"],
        "const": "a",
        "enum": ["a", null],
        "maxLength": 3,
        "minimum": 9007199254740993_u64,
        "description": "d",
        "x-enum-varnames": ["A"]
    }));
    assert_eq!(schema.types, vec![Type::String, Type::Integer]);
    assert!(schema.null_type);
    assert_eq!(schema.constant, Some(json!("a")));
    assert_eq!(schema.values, Some(vec![json!("a"), Value::Null]));
    assert_eq!(schema.max_length, Some(3));
    // Numbers stay JSON numbers: no float in between.
    let minimum = schema.minimum.clone().unwrap();
    assert_eq!(minimum.value.as_u64(), Some(9007199254740993));
    assert!(!minimum.exclusive);
    assert_eq!(schema.description.as_deref(), Some("d"));
    assert_eq!(schema.extension("x-enum-varnames"), Some(&json!(["A"])));
}

#[test]
fn exclusive_bounds_in_both_spellings() {
    let three_one = read31(json!({"type": "integer", "exclusiveMinimum": 0, "maximum": 10}));
    let minimum = three_one.minimum.unwrap();
    assert_eq!((minimum.value.as_i64(), minimum.exclusive), (Some(0), true));
    assert!(!three_one.maximum.unwrap().exclusive);
    let (three_zero, _) = read(
        json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true}),
        Dialect::OpenApi30,
    );
    assert_eq!(three_zero.minimum, Some(minimum));
    // Both: the stricter holds.
    let both = read31(json!({"minimum": 5, "exclusiveMinimum": 3}));
    assert_eq!(
        both.minimum,
        Some(Bound {
            value: 5.into(),
            exclusive: false
        })
    );
}

#[test]
fn ref_keeps_its_siblings() {
    let schema =
        read31(json!({"$ref": "#/components/schemas/A", "description": "d", "nullable": true}));
    assert_eq!(schema.reference.as_deref(), Some("#/components/schemas/A"));
    assert_eq!(schema.description.as_deref(), Some("d"));
    assert!(schema.nullable);
    assert!(!schema.is_reference());
    let plain = read31(json!({"$ref": "#/x", "x-foo": 1, "$comment": "c"}));
    assert!(plain.is_reference());
}

#[test]
fn boolean_schemas() {
    assert_eq!(read31(json!(true)).boolean, Some(true));
    assert_eq!(read31(json!(false)).boolean, Some(false));
}

#[test]
fn errors_carry_pointers_and_leave_any() {
    let (schema, errors) = read(
        json!({"type": "object", "properties": {"a": 5, "b": {"allOf": {}}}}),
        Dialect::OpenApi31,
    );
    assert_eq!(schema.types, vec![Type::Object]);
    assert_eq!(*schema.properties["a"], Schema::any());
    let messages: Vec<_> = errors
        .iter()
        .map(|e| format!("{}: {}", e.pointer, e.message))
        .collect();
    assert_eq!(
        messages,
        vec![
            "/properties/a: expected a schema (an object or a boolean), found a number",
            "/properties/b/allOf: `allOf` must be an array of schemas, found an object",
        ]
    );
}

#[test]
fn swagger2_specifics() {
    let (file, _) = read(json!({"type": "file"}), Dialect::Swagger2);
    assert_eq!(file.types, vec![Type::String]);
    let (nullable, _) = read(
        json!({"type": "string", "x-nullable": true}),
        Dialect::Swagger2,
    );
    assert!(nullable.nullable);
    let (disc, _) = read(
        json!({"type": "object", "discriminator": "kind"}),
        Dialect::Swagger2,
    );
    assert_eq!(disc.discriminator.unwrap().property, "kind");
}

#[test]
fn discriminator_mapping_names_are_references() {
    let schema = read31(json!({
        "oneOf": [],
        "discriminator": {"propertyName": "kind", "mapping": {"a": "A", "b": "#/components/schemas/B", "c": 3}}
    }));
    let mapping = schema.discriminator.unwrap().mapping;
    assert_eq!(mapping["a"], "#/components/schemas/A");
    assert_eq!(mapping["b"], "#/components/schemas/B");
    assert!(!mapping.contains_key("c"));
}

#[test]
fn tuples_in_both_spellings() {
    let schema =
        read31(json!({"type": "array", "prefixItems": [{"type": "string"}], "items": false}));
    assert_eq!(schema.prefix_items.as_ref().map(Vec::len), Some(1));
    assert!(!schema.items_array);
    assert_eq!(schema.items.unwrap().boolean, Some(false));
    let (draft4, _) = read(
        json!({"type": "array", "items": [{"type": "string"}], "additionalItems": {"type": "integer"}}),
        Dialect::Swagger2,
    );
    assert!(draft4.items_array);
    assert_eq!(draft4.items.unwrap().types, vec![Type::Integer]);
}

#[test]
fn depth_is_bounded() {
    // The generator documents that it needs a large stack (the macro runs
    // it on one); debug builds use a lot per level.
    let errors = crate::on_large_stack(|| {
        let mut value = json!({"type": "string"});
        for _ in 0..200 {
            value = json!({"type": "array", "items": value});
        }
        read(value, Dialect::OpenApi31).1
    });
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("nested more than"));
}

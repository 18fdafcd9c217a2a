use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use serde_json::{json, Value};

use super::*;

fn read(value: Value, dialect: Dialect) -> (Schema, Vec<ReadError>) {
    let mut errors = Vec::new();
    match read_schema(&value, dialect, &mut errors) {
        ReferenceOr::Item(schema) => (schema, errors),
        ReferenceOr::Reference { reference } => panic!("unexpected reference {reference}"),
    }
}

fn read31(value: Value) -> Schema {
    let (schema, errors) = read(value, Dialect::OpenApi31);
    assert!(errors.is_empty(), "{errors:?}");
    schema
}

#[test]
fn type_array_with_null_is_nullable_type() {
    let schema = read31(json!({"type": ["string", "null"], "maxLength": 3}));
    assert!(schema.schema_data.nullable);
    let SchemaKind::Type(Type::String(string)) = schema.schema_kind else {
        panic!("{schema:?}")
    };
    assert_eq!(string.max_length, Some(3));
}

#[test]
fn three_one_and_three_zero_nullable_read_the_same() {
    let a = read31(json!({"type": ["string", "null"], "enum": ["a", null]}));
    let (b, _) = read(
        json!({"type": "string", "nullable": true, "enum": ["a", null]}),
        Dialect::OpenApi30,
    );
    assert_eq!(a, b);
}

#[test]
fn several_types_become_any_of_with_their_own_keywords() {
    let schema = read31(json!({"type": ["string", "integer"], "maxLength": 2, "minimum": 1}));
    let SchemaKind::AnyOf { any_of } = schema.schema_kind else {
        panic!()
    };
    let kinds: Vec<_> = any_of
        .iter()
        .map(|member| match member {
            ReferenceOr::Item(Schema {
                schema_kind: SchemaKind::Type(t),
                ..
            }) => t.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert!(matches!(&kinds[0], Type::String(s) if s.max_length == Some(2)));
    assert!(matches!(&kinds[1], Type::Integer(i) if i.minimum == Some(1)));
}

#[test]
fn null_type_and_const() {
    let null = read31(json!({"type": "null"}));
    assert!(null.schema_data.nullable);
    assert!(
        matches!(null.schema_kind, SchemaKind::Any(ref a) if a.enumeration == vec![Value::Null])
    );
    let constant = read31(json!({"type": "string", "const": "openai"}));
    assert!(matches!(constant.schema_kind,
        SchemaKind::Type(Type::String(ref s)) if s.enumeration == vec![Some("openai".to_owned())]));
}

#[test]
fn numeric_exclusive_bounds() {
    let schema = read31(json!({"type": "integer", "exclusiveMinimum": 0, "maximum": 10}));
    let SchemaKind::Type(Type::Integer(int)) = schema.schema_kind else {
        panic!()
    };
    assert_eq!((int.minimum, int.exclusive_minimum), (Some(0), true));
    assert_eq!((int.maximum, int.exclusive_maximum), (Some(10), false));
}

#[test]
fn ref_with_siblings_is_all_of() {
    let schema =
        read31(json!({"$ref": "#/components/schemas/A", "description": "d", "nullable": true}));
    assert_eq!(schema.schema_data.description.as_deref(), Some("d"));
    assert!(schema.schema_data.nullable);
    assert!(matches!(schema.schema_kind, SchemaKind::AllOf { ref all_of } if all_of.len() == 1));
    let mut errors = Vec::new();
    let plain = read_schema(
        &json!({"$ref": "#/x", "x-foo": 1}),
        Dialect::OpenApi31,
        &mut errors,
    );
    assert!(matches!(plain, ReferenceOr::Reference { .. }));
}

#[test]
fn examples_fold_into_example() {
    let schema = read31(json!({"type": "string", "examples": ["a", "b"]}));
    assert_eq!(schema.schema_data.example, Some(json!("a")));
}

#[test]
fn boolean_schemas() {
    let t = read31(json!(true));
    assert!(matches!(t.schema_kind, SchemaKind::Any(ref a) if *a == AnySchema::default()));
    let f = read31(json!(false));
    assert!(matches!(f.schema_kind, SchemaKind::Not { .. }));
}

#[test]
fn errors_carry_pointers_and_leave_any() {
    let (schema, errors) = read(
        json!({"type": "object", "properties": {"a": 5, "b": {"allOf": {}}}}),
        Dialect::OpenApi31,
    );
    assert!(matches!(
        schema.schema_kind,
        SchemaKind::Type(Type::Object(_))
    ));
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
    assert!(matches!(
        file.schema_kind,
        SchemaKind::Type(Type::String(_))
    ));
    let (nullable, _) = read(
        json!({"type": "string", "x-nullable": true}),
        Dialect::Swagger2,
    );
    assert!(nullable.schema_data.nullable);
    let (disc, _) = read(
        json!({"type": "object", "discriminator": "kind"}),
        Dialect::Swagger2,
    );
    assert_eq!(
        disc.schema_data.discriminator.unwrap().property_name,
        "kind"
    );
}

#[test]
fn tuples_travel_as_extensions() {
    let schema =
        read31(json!({"type": "array", "prefixItems": [{"type": "string"}], "items": false}));
    assert_eq!(
        schema.schema_data.extensions.get(EXT_PREFIX_ITEMS),
        Some(&json!([{"type": "string"}]))
    );
    assert_eq!(
        schema.schema_data.extensions.get(EXT_TUPLE_CLOSED),
        Some(&json!(true))
    );
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

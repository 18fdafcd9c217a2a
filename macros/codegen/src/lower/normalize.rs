//! What a schema as written means, in the few shapes the rest of lowering
//! works with. Each rewrite is a reading of the specs (README, "How the
//! ambiguous cases are read"):
//!
//! - `const: v` is `enum: [v]`;
//! - `null` among the types, or among the `enum` values, makes it nullable;
//!   `type: "null"` alone is `enum: [null]`;
//! - several types (`type: [string, integer]`) are an `anyOf` of one
//!   schema per type, each with the keywords of its type;
//! - a `$ref` with sibling keywords is an `allOf` of the reference and the
//!   siblings (both apply, in every dialect), the annotations staying on
//!   the whole;
//!
//! Boolean schemas stay as they are: `additionalProperties: true` and
//! `items: false` mean something of their own there.

use crate::read::{Schema, Type};

/// The schema with the readings applied, through every subschema.
pub fn normalize(mut schema: Schema) -> Schema {
    if schema.boolean.is_some() {
        return schema;
    }
    children(&mut schema);
    if let Some(value) = schema.constant.take() {
        schema.values = Some(vec![value]);
    }
    if schema.null_type
        || schema
            .values
            .as_ref()
            .is_some_and(|values| values.iter().any(serde_json::Value::is_null))
    {
        schema.nullable = true;
    }
    let null_only = std::mem::take(&mut schema.null_type) && schema.types.is_empty();
    let schema = if null_only {
        // `type: "null"`: only null.
        Schema {
            values: Some(vec![serde_json::Value::Null]),
            ..annotations(&schema)
        }
    } else if schema.types.len() > 1 {
        one_per_type(schema)
    } else {
        schema
    };
    siblings(schema)
}

fn children(schema: &mut Schema) {
    let each = |list: &mut Vec<Schema>| {
        for member in list.iter_mut() {
            *member = normalize(std::mem::take(member));
        }
    };
    let one = |slot: &mut Option<Box<Schema>>| {
        if let Some(inner) = slot {
            **inner = normalize(std::mem::take(&mut **inner));
        }
    };
    // Still unshared here: `make_mut` copies nothing.
    for property in schema.properties.values_mut() {
        let property = std::rc::Rc::make_mut(property);
        *property = normalize(std::mem::take(property));
    }
    for property in schema.pattern_properties.values_mut() {
        let property = std::rc::Rc::make_mut(property);
        *property = normalize(std::mem::take(property));
    }
    one(&mut schema.additional_properties);
    one(&mut schema.property_names);
    one(&mut schema.items);
    one(&mut schema.not);
    if let Some(prefix) = &mut schema.prefix_items {
        each(prefix);
    }
    each(&mut schema.all_of);
    each(&mut schema.one_of);
    each(&mut schema.any_of);
}

/// What describes the whole rather than constrains a value.
fn annotations(schema: &Schema) -> Schema {
    Schema {
        title: schema.title.clone(),
        description: schema.description.clone(),
        deprecated: schema.deprecated,
        read_only: schema.read_only,
        write_only: schema.write_only,
        nullable: schema.nullable,
        default: schema.default.clone(),
        discriminator: schema.discriminator.clone(),
        extensions: schema.extensions.clone(),
        ..Schema::default()
    }
}

/// The keywords that constrain a value (everything but the annotations).
fn keywords(schema: &Schema) -> Schema {
    Schema {
        title: None,
        description: None,
        deprecated: false,
        read_only: false,
        write_only: false,
        nullable: false,
        default: None,
        discriminator: None,
        extensions: Vec::new(),
        reference: None,
        null_type: false,
        ..schema.clone()
    }
}

/// `$ref` with siblings: `allOf: [ref, siblings]`, annotations outside.
fn siblings(schema: Schema) -> Schema {
    if schema.reference.is_none() || schema.is_reference() {
        return schema;
    }
    let reference = Schema {
        reference: schema.reference.clone(),
        ..Schema::default()
    };
    let rest = keywords(&schema);
    let mut all_of = vec![reference];
    if rest != Schema::default() {
        all_of.push(rest);
    }
    Schema {
        all_of,
        ..annotations(&schema)
    }
}

/// Several types: one member per type with its keywords; composition
/// beside the types applies too.
fn one_per_type(schema: Schema) -> Schema {
    let members: Vec<Schema> = schema
        .types
        .iter()
        .filter_map(|typ| only_keywords_of(&schema, *typ))
        .collect();
    let rest = Schema {
        all_of: schema.all_of.clone(),
        one_of: schema.one_of.clone(),
        any_of: schema.any_of.clone(),
        not: schema.not.clone(),
        ..Schema::default()
    };
    let mut whole = annotations(&schema);
    whole.reference = schema.reference.clone();
    if rest == Schema::default() {
        whole.any_of = members;
    } else {
        whole.all_of = vec![
            Schema {
                any_of: members,
                ..Schema::default()
            },
            rest,
        ];
    }
    whole
}

/// The keywords of `schema` that apply to values of `typ`; `None` when its
/// `enum` leaves no value of that type.
fn only_keywords_of(schema: &Schema, typ: Type) -> Option<Schema> {
    let mut member = Schema {
        types: vec![typ],
        ..Schema::default()
    };
    let fits: fn(&serde_json::Value) -> bool = match typ {
        Type::String => {
            member.format = schema.format.clone();
            member.pattern = schema.pattern.clone();
            member.min_length = schema.min_length;
            member.max_length = schema.max_length;
            serde_json::Value::is_string
        }
        Type::Number | Type::Integer => {
            member.format = schema.format.clone();
            member.multiple_of = schema.multiple_of.clone();
            member.minimum = schema.minimum.clone();
            member.maximum = schema.maximum.clone();
            if typ == Type::Integer {
                |v| v.is_i64() || v.is_u64()
            } else {
                serde_json::Value::is_number
            }
        }
        Type::Boolean => serde_json::Value::is_boolean,
        Type::Object => {
            member.properties = schema.properties.clone();
            member.required = schema.required.clone();
            member.additional_properties = schema.additional_properties.clone();
            member.pattern_properties = schema.pattern_properties.clone();
            member.property_names = schema.property_names.clone();
            member.min_properties = schema.min_properties;
            member.max_properties = schema.max_properties;
            serde_json::Value::is_object
        }
        Type::Array => {
            member.items = schema.items.clone();
            member.prefix_items = schema.prefix_items.clone();
            member.items_array = schema.items_array;
            member.min_items = schema.min_items;
            member.max_items = schema.max_items;
            member.unique_items = schema.unique_items;
            serde_json::Value::is_array
        }
    };
    if let Some(values) = &schema.values {
        let kept: Vec<serde_json::Value> = values.iter().filter(|v| fits(v)).cloned().collect();
        if kept.is_empty() {
            return None;
        }
        member.values = Some(kept);
    }
    Some(member)
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::read::{read_schema, Dialect};

    fn normalized(value: Value) -> Schema {
        let mut errors = Vec::new();
        let schema = normalize(read_schema(&value, Dialect::OpenApi31, &mut errors));
        assert!(errors.is_empty(), "{errors:?}");
        schema
    }

    #[test]
    fn a_type_with_null_is_a_nullable_type() {
        let schema = normalized(json!({"type": ["string", "null"], "maxLength": 3}));
        assert!(schema.nullable);
        assert_eq!(schema.types, vec![Type::String]);
        assert_eq!(schema.max_length, Some(3));
    }

    #[test]
    fn three_one_and_three_zero_nullable_mean_the_same() {
        let a = normalized(json!({"type": ["string", "null"], "enum": ["a", null]}));
        let mut errors = Vec::new();
        let b = normalize(read_schema(
            &json!({"type": "string", "nullable": true, "enum": ["a", null]}),
            Dialect::OpenApi30,
            &mut errors,
        ));
        assert_eq!(a, b);
    }

    #[test]
    fn several_types_are_any_of_with_their_own_keywords() {
        let schema =
            normalized(json!({"type": ["string", "integer"], "maxLength": 2, "minimum": 1}));
        let [string, integer] = schema.any_of.as_slice() else {
            panic!("{schema:?}")
        };
        assert_eq!(
            (string.types.as_slice(), string.max_length),
            (&[Type::String][..], Some(2))
        );
        assert_eq!(string.minimum, None);
        assert_eq!(integer.types, vec![Type::Integer]);
        assert!(integer.minimum.is_some() && integer.max_length.is_none());
    }

    #[test]
    fn null_type_and_const() {
        let null = normalized(json!({"type": "null"}));
        assert!(null.nullable);
        assert_eq!(null.values, Some(vec![Value::Null]));
        let constant = normalized(json!({"type": "string", "const": "openai"}));
        assert_eq!(constant.values, Some(vec![json!("openai")]));
        assert_eq!(constant.constant, None);
    }

    #[test]
    fn ref_with_siblings_is_all_of() {
        let schema = normalized(
            json!({"$ref": "#/components/schemas/A", "description": "d", "nullable": true}),
        );
        assert_eq!(schema.description.as_deref(), Some("d"));
        assert!(schema.nullable);
        assert_eq!(schema.all_of.len(), 1);
        assert!(schema.all_of[0].is_reference());
        let with_keywords = normalized(json!({"$ref": "#/x", "maxLength": 2}));
        assert_eq!(with_keywords.all_of[1].max_length, Some(2));
        assert!(normalized(json!({"$ref": "#/x"})).is_reference());
    }
}

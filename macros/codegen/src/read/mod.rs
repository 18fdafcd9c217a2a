//! Read stage: one JSON value to the openapiv3 crate's (OpenAPI 3.0) schema
//! model, bringing 3.1 and Swagger 2.0 constructs onto it faithfully.
//!
//! The schema is built directly from the value instead of through the
//! crate's `Deserialize` impl: that impl rejects whole documents over one odd
//! keyword, drops `$ref` siblings, and reports no position. Here every
//! problem carries the JSON pointer of the schema it is in, and a schema that
//! cannot be read becomes `{}` (any value) so the rest still generates.
//!
//! Rewrites (3.1 → 3.0 model):
//! - `type: [T, "null"]` → `type: T` + `nullable`; several non-null types →
//!   `anyOf` of one schema per type, each keeping the keywords of its type;
//!   `type: "null"` → `enum: [null]` + `nullable`;
//! - `const: v` → `enum: [v]`; numeric `exclusiveMinimum: n` → `minimum: n`
//!   + `exclusiveMinimum: true` (and the same for maximum);
//! - `$ref` with sibling keywords → `allOf: [{$ref}]` carrying the siblings;
//! - `examples: [a, ...]` → `example: a`; boolean schemas → `{}` / `not: {}`;
//! - Swagger 2.0: `x-nullable`, `type: file` (binary string), and the
//!   string form of `discriminator`.
//!
//! Keywords the 3.0 model has no place for travel in `extensions` under
//! `x-openapi-models-*` keys, as the JSON they were written as.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, Discriminator, IntegerType,
    NumberType, ObjectType, ReferenceOr, Schema, SchemaData, SchemaKind, StringType, Type,
};
use serde_json::{Map, Number, Value};

use crate::load::pointer;

/// `prefixItems` (3.1) or the array form of `items` (draft 4): tuple members.
pub const EXT_PREFIX_ITEMS: &str = "x-openapi-models-prefix-items";
/// `true` when a tuple admits no items beyond its members (`items: false`).
pub const EXT_TUPLE_CLOSED: &str = "x-openapi-models-tuple-closed";
/// `patternProperties`: values of keys matching a pattern.
pub const EXT_PATTERN_PROPERTIES: &str = "x-openapi-models-pattern-properties";
/// `propertyNames`: what every key of an object must be.
pub const EXT_PROPERTY_NAMES: &str = "x-openapi-models-property-names";

/// Deeper schemas are refused: no real spec nests schemas this far, and the
/// generator's recursion must stay well inside the compiler's stack.
pub const MAX_DEPTH: usize = 96;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

/// A problem inside a schema; `pointer` is relative to the value read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub pointer: String,
    pub message: String,
}

/// Reads the schema `value`; problems are appended to `errors`.
pub fn read_schema(
    value: &Value,
    dialect: Dialect,
    errors: &mut Vec<ReadError>,
) -> ReferenceOr<Schema> {
    Reader { dialect, errors }.schema(value, &Trail::ROOT)
}

/// The path from the schema being read to the current keyword, as a linked
/// list on the stack: pointers are only built when there is an error.
struct Trail<'a> {
    parent: Option<&'a Trail<'a>>,
    segment: &'a str,
    depth: usize,
}

impl<'a> Trail<'a> {
    const ROOT: Trail<'static> = Trail {
        parent: None,
        segment: "",
        depth: 0,
    };

    fn child(&'a self, segment: &'a str) -> Trail<'a> {
        Trail {
            parent: Some(self),
            segment,
            depth: self.depth + 1,
        }
    }

    fn pointer(&self) -> String {
        let mut segments = Vec::new();
        let mut at = Some(self);
        while let Some(trail) = at {
            if trail.parent.is_some() {
                segments.push(trail.segment);
            }
            at = trail.parent;
        }
        segments
            .iter()
            .rev()
            .fold(String::new(), |p, s| pointer::push(&p, s))
    }
}

struct Reader<'e> {
    dialect: Dialect,
    errors: &'e mut Vec<ReadError>,
}

/// Keys that may sit beside `$ref` without changing what it means.
fn is_inert_ref_sibling(key: &str) -> bool {
    matches!(
        key,
        "$ref"
            | "$comment"
            | "$id"
            | "$schema"
            | "$anchor"
            | "$dynamicAnchor"
            | "$defs"
            | "definitions"
    ) || (key.starts_with("x-") && key != "x-nullable")
}

impl Reader<'_> {
    fn error(&mut self, trail: &Trail<'_>, message: impl Into<String>) {
        self.errors.push(ReadError {
            pointer: trail.pointer(),
            message: message.into(),
        });
    }

    fn schema(&mut self, value: &Value, trail: &Trail<'_>) -> ReferenceOr<Schema> {
        if trail.depth > MAX_DEPTH {
            self.error(
                trail,
                format!("schemas are nested more than {MAX_DEPTH} levels deep here"),
            );
            return ReferenceOr::Item(any_schema(SchemaData::default(), AnySchema::default()));
        }
        match value {
            Value::Bool(true) => {
                ReferenceOr::Item(any_schema(SchemaData::default(), AnySchema::default()))
            }
            Value::Bool(false) => ReferenceOr::Item(Schema {
                schema_data: SchemaData::default(),
                schema_kind: SchemaKind::Not {
                    not: Box::new(ReferenceOr::Item(any_schema(
                        SchemaData::default(),
                        AnySchema::default(),
                    ))),
                },
            }),
            Value::Object(map) => self.object(map, trail),
            other => {
                self.error(
                    trail,
                    format!(
                        "expected a schema (an object or a boolean), found {}",
                        describe(other)
                    ),
                );
                ReferenceOr::Item(any_schema(SchemaData::default(), AnySchema::default()))
            }
        }
    }

    fn boxed(&mut self, value: &Value, trail: &Trail<'_>) -> ReferenceOr<Box<Schema>> {
        match self.schema(value, trail) {
            ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
            ReferenceOr::Item(schema) => ReferenceOr::Item(Box::new(schema)),
        }
    }

    fn object(&mut self, map: &Map<String, Value>, trail: &Trail<'_>) -> ReferenceOr<Schema> {
        let reference = match get(map, "$ref") {
            Some(Value::String(reference)) => Some(reference.clone()),
            Some(other) => {
                let at = trail.child("$ref");
                self.error(
                    &at,
                    format!("`$ref` must be a string, found {}", describe(other)),
                );
                None
            }
            None => None,
        };
        let Some(reference) = reference else {
            return ReferenceOr::Item(self.keywords(map, trail));
        };
        if map.keys().all(|key| is_inert_ref_sibling(key)) {
            return ReferenceOr::Reference { reference };
        }
        // `$ref` with siblings: both apply (3.1, and the de-facto 3.0 reading).
        let mut siblings = self.keywords(map, trail);
        let reference = ReferenceOr::Reference { reference };
        let schema_kind = match std::mem::replace(
            &mut siblings.schema_kind,
            SchemaKind::Any(AnySchema::default()),
        ) {
            SchemaKind::Any(any) if any == AnySchema::default() => SchemaKind::AllOf {
                all_of: vec![reference],
            },
            kind => SchemaKind::AllOf {
                all_of: vec![
                    reference,
                    ReferenceOr::Item(Schema {
                        schema_data: SchemaData::default(),
                        schema_kind: kind,
                    }),
                ],
            },
        };
        ReferenceOr::Item(Schema {
            schema_data: siblings.schema_data,
            schema_kind,
        })
    }

    /// Every keyword of a schema object except `$ref`.
    fn keywords(&mut self, map: &Map<String, Value>, trail: &Trail<'_>) -> Schema {
        let mut data = self.annotations(map, trail);
        let mut any = AnySchema::default();
        let mut raw = RawNumbers::default();

        let (types, null_type) = self.types(map, trail);
        if null_type {
            data.nullable = true;
        }

        // Strings.
        any.format = string(map, "format");
        any.pattern = string(map, "pattern");
        any.min_length = usize_of(map, "minLength");
        any.max_length = usize_of(map, "maxLength");

        // Numbers.
        raw.multiple_of = number(map, "multipleOf");
        raw.minimum = number(map, "minimum");
        raw.maximum = number(map, "maximum");
        let (minimum, exclusive_minimum) =
            bound(raw.minimum.take(), get(map, "exclusiveMinimum"), |a, b| {
                a >= b
            });
        let (maximum, exclusive_maximum) =
            bound(raw.maximum.take(), get(map, "exclusiveMaximum"), |a, b| {
                a <= b
            });
        raw.minimum = minimum;
        raw.maximum = maximum;
        any.exclusive_minimum = exclusive_minimum;
        any.exclusive_maximum = exclusive_maximum;
        any.multiple_of = raw.multiple_of.as_ref().and_then(Number::as_f64);
        any.minimum = raw.minimum.as_ref().and_then(Number::as_f64);
        any.maximum = raw.maximum.as_ref().and_then(Number::as_f64);

        // Objects.
        if let Some(value) = get(map, "properties") {
            let at = trail.child("properties");
            match value {
                Value::Object(properties) => {
                    let mut out = IndexMap::with_capacity(properties.len());
                    for (name, schema) in properties {
                        let at = at.child(name);
                        out.insert(name.clone(), self.boxed(schema, &at));
                    }
                    any.properties = out;
                }
                other => self.error(
                    &at,
                    format!("`properties` must be an object, found {}", describe(other)),
                ),
            }
        }
        if let Some(Value::Array(required)) = get(map, "required") {
            any.required = required
                .iter()
                .filter_map(|name| name.as_str().map(str::to_owned))
                .collect();
        }
        if let Some(value) = get(map, "additionalProperties") {
            let at = trail.child("additionalProperties");
            any.additional_properties = Some(match value {
                Value::Bool(allowed) => AdditionalProperties::Any(*allowed),
                other => AdditionalProperties::Schema(Box::new(self.schema(other, &at))),
            });
        }
        any.min_properties = usize_of(map, "minProperties");
        any.max_properties = usize_of(map, "maxProperties");
        if let Some(value) = get(map, "patternProperties") {
            data.extensions
                .insert(EXT_PATTERN_PROPERTIES.to_owned(), value.clone());
        }
        if let Some(value) = get(map, "propertyNames") {
            data.extensions
                .insert(EXT_PROPERTY_NAMES.to_owned(), value.clone());
        }

        // Arrays.
        match (get(map, "prefixItems"), get(map, "items")) {
            (Some(prefix), items) => {
                data.extensions
                    .insert(EXT_PREFIX_ITEMS.to_owned(), prefix.clone());
                match items {
                    Some(Value::Bool(false)) => {
                        data.extensions
                            .insert(EXT_TUPLE_CLOSED.to_owned(), Value::Bool(true));
                    }
                    Some(items) => {
                        let at = trail.child("items");
                        any.items = Some(self.boxed(items, &at));
                    }
                    None => {}
                }
            }
            (None, Some(Value::Array(members))) => {
                data.extensions
                    .insert(EXT_PREFIX_ITEMS.to_owned(), Value::Array(members.clone()));
                if get(map, "additionalItems") == Some(&Value::Bool(false)) {
                    data.extensions
                        .insert(EXT_TUPLE_CLOSED.to_owned(), Value::Bool(true));
                }
            }
            (None, Some(items)) => {
                let at = trail.child("items");
                any.items = Some(self.boxed(items, &at));
            }
            (None, None) => {}
        }
        any.min_items = usize_of(map, "minItems");
        any.max_items = usize_of(map, "maxItems");
        any.unique_items = get(map, "uniqueItems").and_then(Value::as_bool);

        // Values.
        if let Some(value) = get(map, "const") {
            any.enumeration = vec![value.clone()];
        } else if let Some(value) = get(map, "enum") {
            match value {
                Value::Array(values) => any.enumeration = values.clone(),
                other => {
                    let at = trail.child("enum");
                    self.error(
                        &at,
                        format!("`enum` must be an array, found {}", describe(other)),
                    );
                }
            }
        }
        if any.enumeration.iter().any(Value::is_null) {
            data.nullable = true;
        }

        // Composition.
        any.all_of = self.schema_list(map, "allOf", trail);
        any.one_of = self.schema_list(map, "oneOf", trail);
        any.any_of = self.schema_list(map, "anyOf", trail);
        if let Some(not) = get(map, "not") {
            let at = trail.child("not");
            any.not = Some(Box::new(self.schema(not, &at)));
        }

        if null_type && types.is_empty() {
            // `type: "null"`: only null.
            return any_schema(
                data,
                AnySchema {
                    enumeration: vec![Value::Null],
                    ..AnySchema::default()
                },
            );
        }
        build(data, any, &raw, types)
    }

    fn annotations(&mut self, map: &Map<String, Value>, trail: &Trail<'_>) -> SchemaData {
        let mut data = SchemaData {
            title: string(map, "title"),
            description: string(map, "description"),
            deprecated: flag(map, "deprecated"),
            read_only: flag(map, "readOnly"),
            write_only: flag(map, "writeOnly"),
            nullable: flag(map, "nullable") || flag(map, "x-nullable"),
            default: get(map, "default").cloned(),
            example: get(map, "example").cloned().or_else(|| {
                get(map, "examples")
                    .and_then(Value::as_array)
                    .and_then(|examples| examples.first().cloned())
            }),
            ..SchemaData::default()
        };
        data.discriminator = match get(map, "discriminator") {
            None => None,
            // Swagger 2.0 names just the property.
            Some(Value::String(property_name)) => Some(Discriminator {
                property_name: property_name.clone(),
                ..Discriminator::default()
            }),
            Some(Value::Object(object)) => match object.get("propertyName") {
                Some(Value::String(property_name)) => Some(Discriminator {
                    property_name: property_name.clone(),
                    mapping: object
                        .get("mapping")
                        .and_then(Value::as_object)
                        .map(|mapping| {
                            mapping
                                .iter()
                                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                                .collect()
                        })
                        .unwrap_or_default(),
                    ..Discriminator::default()
                }),
                _ => {
                    let at = trail.child("discriminator");
                    self.error(&at, "`discriminator` needs a string `propertyName`");
                    None
                }
            },
            Some(other) => {
                let at = trail.child("discriminator");
                self.error(
                    &at,
                    format!(
                        "`discriminator` must be an object, found {}",
                        describe(other)
                    ),
                );
                None
            }
        };
        for (key, value) in map {
            if key.starts_with("x-") {
                data.extensions.insert(key.clone(), value.clone());
            }
        }
        data
    }

    /// The non-null types, and whether `null` was among them.
    fn types(&mut self, map: &Map<String, Value>, trail: &Trail<'_>) -> (Vec<String>, bool) {
        let names: Vec<&str> = match get(map, "type") {
            None => return (Vec::new(), false),
            Some(Value::String(name)) => vec![name.as_str()],
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            Some(other) => {
                let at = trail.child("type");
                self.error(
                    &at,
                    format!(
                        "`type` must be a string or an array of strings, found {}",
                        describe(other)
                    ),
                );
                return (Vec::new(), false);
            }
        };
        let mut types = Vec::new();
        let mut null = false;
        for name in names {
            match name {
                "null" => null = true,
                // Swagger 2.0 file uploads are binary strings.
                "file" if self.dialect == Dialect::Swagger2 => types.push("string".to_owned()),
                name if !types.iter().any(|t| t == name) => types.push(name.to_owned()),
                _ => {}
            }
        }
        (types, null)
    }

    fn schema_list(
        &mut self,
        map: &Map<String, Value>,
        keyword: &'static str,
        trail: &Trail<'_>,
    ) -> Vec<ReferenceOr<Schema>> {
        let Some(value) = get(map, keyword) else {
            return Vec::new();
        };
        let at = trail.child(keyword);
        match value {
            Value::Array(members) => members
                .iter()
                .enumerate()
                .map(|(i, member)| {
                    let index = i.to_string();
                    self.schema(member, &at.child(&index))
                })
                .collect(),
            other => {
                self.error(
                    &at,
                    format!(
                        "`{keyword}` must be an array of schemas, found {}",
                        describe(other)
                    ),
                );
                Vec::new()
            }
        }
    }
}

/// Numeric keywords as written, so integer bounds stay exact.
#[derive(Default)]
struct RawNumbers {
    multiple_of: Option<Number>,
    minimum: Option<Number>,
    maximum: Option<Number>,
}

/// Combines `minimum` with a 3.0 boolean or 3.1 numeric `exclusiveMinimum`
/// (and the same for maximum). `stricter(a, b)`: is bound `a` at least as
/// strict as `b`?
fn bound(
    inclusive: Option<Number>,
    exclusive: Option<&Value>,
    stricter: fn(f64, f64) -> bool,
) -> (Option<Number>, Option<bool>) {
    match exclusive {
        Some(Value::Bool(flag)) => (inclusive, Some(*flag)),
        Some(Value::Number(limit)) => match inclusive {
            Some(inclusive)
                if !stricter(
                    limit.as_f64().unwrap_or(f64::NAN),
                    inclusive.as_f64().unwrap_or(f64::NAN),
                ) =>
            {
                (Some(inclusive), None)
            }
            _ => (Some(limit.clone()), Some(true)),
        },
        _ => (inclusive, None),
    }
}

fn any_schema(schema_data: SchemaData, any: AnySchema) -> Schema {
    Schema {
        schema_data,
        schema_kind: SchemaKind::Any(any),
    }
}

/// Picks the most specific openapiv3 variant that holds every keyword.
fn build(data: SchemaData, any: AnySchema, raw: &RawNumbers, types: Vec<String>) -> Schema {
    match types.len() {
        0 | 1 => Schema {
            schema_data: data,
            schema_kind: specialize(any, raw, types.first().map(String::as_str)),
        },
        _ => {
            // Several types: one member per type, each with its own keywords.
            let members = types
                .iter()
                .filter_map(|typ| {
                    let member = only_keywords_of(&any, typ)?;
                    Some(ReferenceOr::Item(Schema {
                        schema_data: SchemaData::default(),
                        schema_kind: specialize(member, raw, Some(typ)),
                    }))
                })
                .collect::<Vec<_>>();
            let rest = AnySchema {
                one_of: any.one_of,
                all_of: any.all_of,
                any_of: any.any_of,
                not: any.not,
                ..AnySchema::default()
            };
            let schema_kind = if rest == AnySchema::default() {
                SchemaKind::AnyOf { any_of: members }
            } else {
                // Type list and composition both apply.
                let mut all_of = vec![ReferenceOr::Item(Schema {
                    schema_data: SchemaData::default(),
                    schema_kind: SchemaKind::AnyOf { any_of: members },
                })];
                all_of.push(ReferenceOr::Item(Schema {
                    schema_data: SchemaData::default(),
                    schema_kind: specialize(rest, raw, None),
                }));
                SchemaKind::AllOf { all_of }
            };
            Schema {
                schema_data: data,
                schema_kind,
            }
        }
    }
}

/// The keywords of `any` that apply to instances of `typ`; `None` when an
/// `enum` leaves no value of that type.
fn only_keywords_of(any: &AnySchema, typ: &str) -> Option<AnySchema> {
    let mut member = AnySchema {
        typ: Some(typ.to_owned()),
        ..AnySchema::default()
    };
    let fits: fn(&Value) -> bool = match typ {
        "string" => {
            member.format = any.format.clone();
            member.pattern = any.pattern.clone();
            member.min_length = any.min_length;
            member.max_length = any.max_length;
            Value::is_string
        }
        "number" | "integer" => {
            member.format = any.format.clone();
            member.multiple_of = any.multiple_of;
            member.minimum = any.minimum;
            member.maximum = any.maximum;
            member.exclusive_minimum = any.exclusive_minimum;
            member.exclusive_maximum = any.exclusive_maximum;
            if typ == "integer" {
                |v| v.is_i64() || v.is_u64()
            } else {
                Value::is_number
            }
        }
        "boolean" => Value::is_boolean,
        "object" => {
            member.properties = any.properties.clone();
            member.required = any.required.clone();
            member.additional_properties = any.additional_properties.clone();
            member.min_properties = any.min_properties;
            member.max_properties = any.max_properties;
            Value::is_object
        }
        "array" => {
            member.items = any.items.clone();
            member.min_items = any.min_items;
            member.max_items = any.max_items;
            member.unique_items = any.unique_items;
            Value::is_array
        }
        _ => |_| true,
    };
    if !any.enumeration.is_empty() {
        member.enumeration = any
            .enumeration
            .iter()
            .filter(|v| fits(v))
            .cloned()
            .collect();
        if member.enumeration.is_empty() {
            return None;
        }
    }
    Some(member)
}

fn specialize(any: AnySchema, raw: &RawNumbers, typ: Option<&str>) -> SchemaKind {
    let composition = !any.one_of.is_empty()
        || !any.all_of.is_empty()
        || !any.any_of.is_empty()
        || any.not.is_some();
    let string_keywords =
        any.pattern.is_some() || any.min_length.is_some() || any.max_length.is_some();
    let number_keywords = any.multiple_of.is_some()
        || any.minimum.is_some()
        || any.maximum.is_some()
        || any.exclusive_minimum.is_some()
        || any.exclusive_maximum.is_some();
    let object_keywords = !any.properties.is_empty()
        || !any.required.is_empty()
        || any.additional_properties.is_some()
        || any.min_properties.is_some()
        || any.max_properties.is_some();
    let array_keywords = any.items.is_some()
        || any.min_items.is_some()
        || any.max_items.is_some()
        || any.unique_items.is_some();
    let enum_all =
        |check: fn(&Value) -> bool| any.enumeration.iter().all(|v| v.is_null() || check(v));

    let Some(typ) = typ else {
        let only = |present: bool| {
            present
                && !string_keywords
                && !number_keywords
                && !object_keywords
                && !array_keywords
                && any.format.is_none()
                && any.enumeration.is_empty()
        };
        let kinds = [
            !any.one_of.is_empty(),
            !any.all_of.is_empty(),
            !any.any_of.is_empty(),
            any.not.is_some(),
        ];
        if only(true) && kinds.iter().filter(|k| **k).count() == 1 {
            if !any.one_of.is_empty() {
                return SchemaKind::OneOf { one_of: any.one_of };
            }
            if !any.all_of.is_empty() {
                return SchemaKind::AllOf { all_of: any.all_of };
            }
            if !any.any_of.is_empty() {
                return SchemaKind::AnyOf { any_of: any.any_of };
            }
            if let Some(not) = any.not {
                return SchemaKind::Not { not };
            }
        }
        return SchemaKind::Any(any);
    };
    if composition {
        return SchemaKind::Any(AnySchema {
            typ: Some(typ.to_owned()),
            ..any
        });
    }
    let is_i64 = |n: &Option<Number>| n.as_ref().is_none_or(Number::is_i64);
    match typ {
        "string"
            if !number_keywords
                && !object_keywords
                && !array_keywords
                && enum_all(Value::is_string) =>
        {
            SchemaKind::Type(Type::String(StringType {
                format: any.format.into(),
                pattern: any.pattern,
                enumeration: any
                    .enumeration
                    .into_iter()
                    .map(|v| v.as_str().map(str::to_owned))
                    .collect(),
                min_length: any.min_length,
                max_length: any.max_length,
            }))
        }
        // openapiv3 holds number enums as f64, which would turn `1` into
        // `1.0`; such schemas stay `AnySchema` with their values as written.
        "number"
            if !string_keywords
                && !object_keywords
                && !array_keywords
                && any.enumeration.is_empty() =>
        {
            SchemaKind::Type(Type::Number(NumberType {
                format: any.format.into(),
                multiple_of: any.multiple_of,
                exclusive_minimum: any.exclusive_minimum.unwrap_or(false),
                exclusive_maximum: any.exclusive_maximum.unwrap_or(false),
                minimum: any.minimum,
                maximum: any.maximum,
                enumeration: Vec::new(),
            }))
        }
        "integer"
            if !string_keywords
                && !object_keywords
                && !array_keywords
                && enum_all(Value::is_i64)
                && is_i64(&raw.minimum)
                && is_i64(&raw.maximum)
                && is_i64(&raw.multiple_of) =>
        {
            SchemaKind::Type(Type::Integer(IntegerType {
                format: any.format.into(),
                multiple_of: raw.multiple_of.as_ref().and_then(Number::as_i64),
                exclusive_minimum: any.exclusive_minimum.unwrap_or(false),
                exclusive_maximum: any.exclusive_maximum.unwrap_or(false),
                minimum: raw.minimum.as_ref().and_then(Number::as_i64),
                maximum: raw.maximum.as_ref().and_then(Number::as_i64),
                enumeration: any.enumeration.iter().map(Value::as_i64).collect(),
            }))
        }
        "boolean"
            if !string_keywords
                && !number_keywords
                && !object_keywords
                && !array_keywords
                && any.format.is_none()
                && enum_all(Value::is_boolean) =>
        {
            SchemaKind::Type(Type::Boolean(BooleanType {
                enumeration: any.enumeration.iter().map(Value::as_bool).collect(),
            }))
        }
        "object"
            if !string_keywords
                && !number_keywords
                && !array_keywords
                && any.format.is_none()
                && any.enumeration.is_empty() =>
        {
            SchemaKind::Type(Type::Object(ObjectType {
                properties: any.properties,
                required: any.required,
                additional_properties: any.additional_properties,
                min_properties: any.min_properties,
                max_properties: any.max_properties,
            }))
        }
        "array"
            if !string_keywords
                && !number_keywords
                && !object_keywords
                && any.format.is_none()
                && any.enumeration.is_empty() =>
        {
            SchemaKind::Type(Type::Array(ArrayType {
                items: any.items,
                min_items: any.min_items,
                max_items: any.max_items,
                unique_items: any.unique_items.unwrap_or(false),
            }))
        }
        _ => SchemaKind::Any(AnySchema {
            typ: Some(typ.to_owned()),
            ..any
        }),
    }
}

/// `map.get(key)`, by a scan for the small objects schemas are: cheaper
/// than hashing the key (a schema is asked for some thirty keywords).
fn get<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    if map.len() > 16 {
        return map.get(key);
    }
    map.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
}

fn string(map: &Map<String, Value>, key: &str) -> Option<String> {
    get(map, key).and_then(Value::as_str).map(str::to_owned)
}

fn flag(map: &Map<String, Value>, key: &str) -> bool {
    get(map, key).and_then(Value::as_bool).unwrap_or(false)
}

/// A numeric keyword. YAML reads a float beyond the 64-bit range (`1e400`)
/// as text; as a bound it means the largest float.
fn number(map: &Map<String, Value>, key: &str) -> Option<Number> {
    match get(map, key) {
        Some(Value::Number(n)) => Some(n.clone()),
        Some(Value::String(text)) => text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_infinite())
            .and_then(|x| Number::from_f64(1e308_f64.copysign(x))),
        _ => None,
    }
}

fn usize_of(map: &Map<String, Value>, key: &str) -> Option<usize> {
    get(map, key)
        .and_then(Value::as_u64)
        .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// "a string", "an array", ... for messages.
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests;

//! Read stage: one JSON value to the schema model ([`Schema`]), every
//! keyword the generator uses kept as written.
//!
//! Read one object at a time, leniently: a keyword of the wrong kind is a
//! problem with the JSON pointer of where it is, and is left out; a schema
//! that cannot be read at all is `{}` (any value), so the rest still
//! generates. Only spellings are unified here (3.0's boolean and 3.1's
//! numeric `exclusiveMinimum`, `prefixItems` and draft 4's array `items`,
//! Swagger 2.0's `x-nullable`, `type: file` and string `discriminator`, a
//! discriminator mapping's bare names); what the keywords mean together is
//! decided by lowering.

mod fields;
mod schema;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use indexmap::IndexMap;
use serde_json::{Map, Value};

use crate::load::pointer;
use fields::{bound, flag, get, number, string, unsigned};
pub use schema::{Bound, Discriminator, Schema, Type};

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
pub fn read_schema(value: &Value, dialect: Dialect, errors: &mut Vec<ReadError>) -> Schema {
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

impl Reader<'_> {
    fn error(&mut self, trail: &Trail<'_>, message: impl Into<String>) {
        self.errors.push(ReadError {
            pointer: trail.pointer(),
            message: message.into(),
        });
    }

    fn schema(&mut self, value: &Value, trail: &Trail<'_>) -> Schema {
        if trail.depth > MAX_DEPTH {
            self.error(
                trail,
                format!("schemas are nested more than {MAX_DEPTH} levels deep here"),
            );
            return Schema::any();
        }
        match value {
            Value::Bool(boolean) => Schema {
                boolean: Some(*boolean),
                ..Schema::default()
            },
            Value::Object(map) => self.object(map, trail),
            other => {
                self.error(
                    trail,
                    format!(
                        "expected a schema (an object or a boolean), found {}",
                        describe(other)
                    ),
                );
                Schema::any()
            }
        }
    }

    fn object(&mut self, map: &Map<String, Value>, trail: &Trail<'_>) -> Schema {
        let mut schema = Schema {
            reference: self.reference(map, trail),
            format: string(map, "format"),
            pattern: string(map, "pattern"),
            min_length: unsigned(map, "minLength"),
            max_length: unsigned(map, "maxLength"),
            minimum: bound(map, "minimum", "exclusiveMinimum", true),
            maximum: bound(map, "maximum", "exclusiveMaximum", false),
            multiple_of: number(map, "multipleOf"),
            min_properties: unsigned(map, "minProperties"),
            max_properties: unsigned(map, "maxProperties"),
            min_items: unsigned(map, "minItems"),
            max_items: unsigned(map, "maxItems"),
            unique_items: flag(map, "uniqueItems"),
            constant: get(map, "const").cloned(),
            title: string(map, "title"),
            description: string(map, "description"),
            deprecated: flag(map, "deprecated"),
            read_only: flag(map, "readOnly"),
            write_only: flag(map, "writeOnly"),
            nullable: flag(map, "nullable") || flag(map, "x-nullable"),
            default: get(map, "default").cloned(),
            ..Schema::default()
        };
        self.types(map, trail, &mut schema);
        self.object_keywords(map, trail, &mut schema);
        self.array_keywords(map, trail, &mut schema);
        if let Some(value) = get(map, "enum") {
            match value {
                Value::Array(values) => schema.values = Some(values.clone()),
                other => self.error(
                    &trail.child("enum"),
                    format!("`enum` must be an array, found {}", describe(other)),
                ),
            }
        }
        schema.all_of = self.list(map, "allOf", trail);
        schema.one_of = self.list(map, "oneOf", trail);
        schema.any_of = self.list(map, "anyOf", trail);
        schema.not = self.boxed(map, "not", trail);
        schema.discriminator = self.discriminator(map, trail);
        schema.extensions = map
            .iter()
            .filter(|(key, _)| key.starts_with("x-"))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        schema
    }

    fn reference(&mut self, map: &Map<String, Value>, trail: &Trail<'_>) -> Option<String> {
        match get(map, "$ref")? {
            Value::String(reference) => Some(reference.clone()),
            other => {
                self.error(
                    &trail.child("$ref"),
                    format!("`$ref` must be a string, found {}", describe(other)),
                );
                None
            }
        }
    }

    fn types(&mut self, map: &Map<String, Value>, trail: &Trail<'_>, schema: &mut Schema) {
        let names: Vec<&str> = match get(map, "type") {
            None => return,
            Some(Value::String(name)) => vec![name.as_str()],
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            Some(other) => {
                self.error(
                    &trail.child("type"),
                    format!(
                        "`type` must be a string or an array of strings, found {}",
                        describe(other)
                    ),
                );
                return;
            }
        };
        for name in names {
            let typ = match name {
                "null" => {
                    schema.null_type = true;
                    continue;
                }
                // Swagger 2.0 file uploads are binary strings.
                "file" if self.dialect == Dialect::Swagger2 => Some(Type::String),
                name => Type::from_name(name),
            };
            // Unknown type names (`any`) say nothing.
            if let Some(typ) = typ.filter(|t| !schema.types.contains(t)) {
                schema.types.push(typ);
            }
        }
    }

    fn object_keywords(
        &mut self,
        map: &Map<String, Value>,
        trail: &Trail<'_>,
        schema: &mut Schema,
    ) {
        schema.properties = self.schema_map(map, "properties", trail);
        schema.pattern_properties = self.schema_map(map, "patternProperties", trail);
        if let Some(Value::Array(required)) = get(map, "required") {
            schema.required = required
                .iter()
                .filter_map(|name| name.as_str().map(str::to_owned))
                .collect();
        }
        schema.additional_properties = self.boxed(map, "additionalProperties", trail);
        schema.property_names = self.boxed(map, "propertyNames", trail);
    }

    fn array_keywords(&mut self, map: &Map<String, Value>, trail: &Trail<'_>, schema: &mut Schema) {
        match (get(map, "prefixItems"), get(map, "items")) {
            (Some(_), _) => {
                schema.prefix_items = Some(self.list(map, "prefixItems", trail));
                schema.items = self.boxed(map, "items", trail);
            }
            // Draft 4's tuple: the items beyond it are `additionalItems`.
            (None, Some(Value::Array(_))) => {
                schema.prefix_items = Some(self.list(map, "items", trail));
                schema.items_array = true;
                schema.items = self.boxed(map, "additionalItems", trail);
            }
            (None, Some(_)) => schema.items = self.boxed(map, "items", trail),
            (None, None) => {}
        }
    }

    fn discriminator(
        &mut self,
        map: &Map<String, Value>,
        trail: &Trail<'_>,
    ) -> Option<Discriminator> {
        let at = trail.child("discriminator");
        match get(map, "discriminator")? {
            // Swagger 2.0 names just the property.
            Value::String(property) => Some(Discriminator {
                property: property.clone(),
                mapping: IndexMap::new(),
            }),
            Value::Object(object) => match object.get("propertyName") {
                Some(Value::String(property)) => Some(Discriminator {
                    property: property.clone(),
                    mapping: object
                        .get("mapping")
                        .and_then(Value::as_object)
                        .map(|mapping| {
                            mapping
                                .iter()
                                .filter_map(|(k, v)| Some((k.clone(), mapped(v.as_str()?))))
                                .collect()
                        })
                        .unwrap_or_default(),
                }),
                _ => {
                    self.error(&at, "`discriminator` needs a string `propertyName`");
                    None
                }
            },
            other => {
                self.error(
                    &at,
                    format!(
                        "`discriminator` must be an object, found {}",
                        describe(other)
                    ),
                );
                None
            }
        }
    }

    fn boxed(
        &mut self,
        map: &Map<String, Value>,
        keyword: &str,
        trail: &Trail<'_>,
    ) -> Option<Box<Schema>> {
        let value = get(map, keyword)?;
        Some(Box::new(self.schema(value, &trail.child(keyword))))
    }

    fn schema_map(
        &mut self,
        map: &Map<String, Value>,
        keyword: &str,
        trail: &Trail<'_>,
    ) -> IndexMap<String, Rc<Schema>> {
        let Some(value) = get(map, keyword) else {
            return IndexMap::new();
        };
        let at = trail.child(keyword);
        match value {
            Value::Object(schemas) => schemas
                .iter()
                .map(|(name, schema)| (name.clone(), Rc::new(self.schema(schema, &at.child(name)))))
                .collect(),
            other => {
                self.error(
                    &at,
                    format!("`{keyword}` must be an object, found {}", describe(other)),
                );
                IndexMap::new()
            }
        }
    }

    fn list(&mut self, map: &Map<String, Value>, keyword: &str, trail: &Trail<'_>) -> Vec<Schema> {
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

/// A mapping value as a reference: a bare name means a component schema.
fn mapped(reference: &str) -> String {
    if reference.contains('#') || reference.contains('/') || reference.contains('.') {
        reference.to_owned()
    } else {
        format!("#/components/schemas/{reference}")
    }
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

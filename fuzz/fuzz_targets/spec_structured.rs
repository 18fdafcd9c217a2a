//! Random specs that are mostly well formed: component schemas built from
//! every construct the generator handles (references and cycles, `allOf`,
//! unions with and without discriminators, enums, tuples, type arrays,
//! constraints, hostile names), in OpenAPI 3.0, 3.1 or Swagger 2.0 form,
//! with some keywords of the wrong type thrown in.
#![no_main]

mod check;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Version {
    V30,
    V31,
    Swagger2,
}

#[derive(Arbitrary, Debug)]
struct Spec {
    version: Version,
    components: Vec<(Name, Schema)>,
}

/// Names from a pool of troublemakers, or arbitrary text.
#[derive(Arbitrary, Debug)]
enum Name {
    Pool(u8),
    Raw(String),
}

const NAMES: &[&str] = &[
    "Pet",
    "pet",
    "Pet_",
    "pet-store",
    "pet_store",
    "PetStore",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Self",
    "self",
    "type",
    "crate",
    "super",
    "_",
    "",
    "+1",
    "-1",
    "1abc",
    "$ref",
    "@id",
    "a-b",
    "a_b",
    "A B",
    "Ü",
    "東京",
    "additional_properties",
    "value",
    "variant",
    "Other",
    "r#type",
    "x",
];

impl Name {
    fn text(&self) -> String {
        match self {
            Name::Pool(i) => NAMES[*i as usize % NAMES.len()].to_owned(),
            Name::Raw(text) => text.clone(),
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Prim {
    String,
    Integer,
    Number,
    Boolean,
    Null,
    Object,
    Array,
    Unknown,
}

#[derive(Arbitrary, Debug)]
enum Literal {
    Str(Name),
    Int(i64),
    Big(u64),
    Float(f32),
    Bool(bool),
    Null,
    Object,
}

#[derive(Arbitrary, Debug)]
enum Schema {
    Ref(u8),
    RefInto(u8, Vec<Name>),
    RefMissing,
    Primitive {
        kind: Prim,
        nullable: bool,
        format: Option<u8>,
        limits: Option<(u8, u8)>,
        pattern: Option<Name>,
        default: Option<Literal>,
    },
    Enum {
        values: Vec<Literal>,
        nullable: bool,
    },
    Const(Literal),
    Object {
        properties: Vec<(Name, Box<Schema>)>,
        required: Vec<u8>,
        additional: Option<Option<Box<Schema>>>,
        nullable: bool,
        deprecated: bool,
    },
    Array {
        items: Option<Box<Schema>>,
        min_items: Option<u8>,
        unique: bool,
    },
    Tuple(Vec<Schema>, bool),
    AllOf(Vec<Schema>),
    OneOf {
        members: Vec<Schema>,
        discriminator: Option<(Name, bool)>,
    },
    AnyOf(Vec<Schema>),
    Not(Box<Schema>),
    TypeArray(Vec<Prim>),
    RefWithSiblings(u8, bool),
    Empty,
    True,
    False,
    /// Keywords of the wrong type.
    Garbage(u8),
}

struct Writer {
    version: Version,
    components: Vec<String>,
}

impl Writer {
    fn prefix(&self) -> &'static str {
        match self.version {
            Version::Swagger2 => "#/definitions/",
            _ => "#/components/schemas/",
        }
    }

    fn reference(&self, index: u8) -> String {
        if self.components.is_empty() {
            return "#/nowhere".to_owned();
        }
        let name = &self.components[index as usize % self.components.len()];
        format!(
            "{}{}",
            self.prefix(),
            name.replace('~', "~0").replace('/', "~1")
        )
    }

    fn nullable(&self, mut value: Value, nullable: bool) -> Value {
        if !nullable {
            return value;
        }
        match self.version {
            Version::V31 => {
                if let Some(t) = value.get("type").cloned() {
                    value["type"] = json!([t, "null"]);
                } else {
                    value = json!({"anyOf": [value, {"type": "null"}]});
                }
            }
            Version::V30 => value["nullable"] = json!(true),
            Version::Swagger2 => value["x-nullable"] = json!(true),
        }
        value
    }

    fn literal(&self, literal: &Literal) -> Value {
        match literal {
            Literal::Str(name) => json!(name.text()),
            Literal::Int(i) => json!(i),
            Literal::Big(u) => json!(u),
            Literal::Float(f) if f.is_finite() => json!(f),
            Literal::Float(_) => json!(0.5),
            Literal::Bool(b) => json!(b),
            Literal::Null => Value::Null,
            Literal::Object => json!({"a": [1]}),
        }
    }

    fn prim(kind: &Prim) -> &'static str {
        match kind {
            Prim::String => "string",
            Prim::Integer => "integer",
            Prim::Number => "number",
            Prim::Boolean => "boolean",
            Prim::Null => "null",
            Prim::Object => "object",
            Prim::Array => "array",
            Prim::Unknown => "file",
        }
    }

    fn schema(&self, schema: &Schema, depth: usize) -> Value {
        if depth > 10 {
            return json!({});
        }
        let list = |members: &[Schema]| -> Vec<Value> {
            members
                .iter()
                .take(6)
                .map(|m| self.schema(m, depth + 1))
                .collect()
        };
        match schema {
            Schema::Ref(i) => json!({"$ref": self.reference(*i)}),
            Schema::RefInto(i, path) => {
                let mut pointer = self.reference(*i);
                for name in path.iter().take(3) {
                    pointer.push_str("/properties/");
                    pointer.push_str(&name.text().replace('~', "~0").replace('/', "~1"));
                }
                json!({"$ref": pointer})
            }
            Schema::RefMissing => json!({"$ref": "other.yaml#/Missing"}),
            Schema::Primitive {
                kind,
                nullable,
                format,
                limits,
                pattern,
                default,
            } => {
                let mut value = json!({"type": Self::prim(kind)});
                if let Some(format) = format {
                    let formats = [
                        "int32",
                        "int64",
                        "uint64",
                        "float",
                        "double",
                        "date-time",
                        "date",
                        "uuid",
                        "byte",
                        "binary",
                        "decimal",
                        "weird",
                    ];
                    value["format"] = json!(formats[*format as usize % formats.len()]);
                }
                if let Some((low, high)) = limits {
                    value["minimum"] = json!(low);
                    value["maximum"] = json!(high);
                    value["minLength"] = json!(low);
                    value["maxLength"] = json!(high);
                    value["exclusiveMinimum"] = json!(low % 2 == 0);
                    value["multipleOf"] = json!(high / 7);
                }
                if let Some(pattern) = pattern {
                    value["pattern"] = json!(pattern.text());
                }
                if let Some(default) = default {
                    value["default"] = self.literal(default);
                }
                self.nullable(value, *nullable)
            }
            Schema::Enum { values, nullable } => {
                let values: Vec<Value> = values.iter().take(12).map(|v| self.literal(v)).collect();
                self.nullable(json!({"enum": values}), *nullable)
            }
            Schema::Const(literal) => json!({"const": self.literal(literal)}),
            Schema::Object {
                properties,
                required,
                additional,
                nullable,
                deprecated,
            } => {
                let mut props = Map::new();
                let names: Vec<String> = properties.iter().take(8).map(|(n, _)| n.text()).collect();
                for ((_, schema), name) in properties.iter().take(8).zip(&names) {
                    props.insert(name.clone(), self.schema(schema, depth + 1));
                }
                let required: Vec<Value> = required
                    .iter()
                    .take(4)
                    .map(|i| {
                        if names.is_empty() {
                            json!("undeclared")
                        } else {
                            json!(names[*i as usize % names.len()])
                        }
                    })
                    .collect();
                let mut value =
                    json!({"type": "object", "properties": props, "required": required});
                match additional {
                    Some(Some(schema)) => {
                        value["additionalProperties"] = self.schema(schema, depth + 1)
                    }
                    Some(None) => value["additionalProperties"] = json!(true),
                    None => {}
                }
                if *deprecated {
                    value["deprecated"] = json!(true);
                }
                self.nullable(value, *nullable)
            }
            Schema::Array {
                items,
                min_items,
                unique,
            } => {
                let mut value = json!({"type": "array", "uniqueItems": unique});
                if let Some(items) = items {
                    value["items"] = self.schema(items, depth + 1);
                }
                if let Some(n) = min_items {
                    value["minItems"] = json!(n);
                }
                value
            }
            Schema::Tuple(members, closed) => {
                let members = list(members);
                let n = members.len();
                json!({"type": "array", "prefixItems": members, "items": !closed, "maxItems": n})
            }
            Schema::AllOf(members) => json!({"allOf": list(members)}),
            Schema::OneOf {
                members,
                discriminator,
            } => {
                let mut value = json!({"oneOf": list(members)});
                if let Some((property, with_mapping)) = discriminator {
                    let mut d = json!({"propertyName": property.text()});
                    if *with_mapping {
                        let mapping: Map<String, Value> = (0..3u8)
                            .map(|i| (format!("tag{i}"), json!(self.reference(i))))
                            .collect();
                        d["mapping"] = Value::Object(mapping);
                    }
                    value["discriminator"] = d;
                }
                value
            }
            Schema::AnyOf(members) => json!({"anyOf": list(members)}),
            Schema::Not(inner) => json!({"not": self.schema(inner, depth + 1)}),
            Schema::TypeArray(kinds) => {
                let kinds: Vec<&str> = kinds.iter().take(4).map(Self::prim).collect();
                json!({"type": kinds})
            }
            Schema::RefWithSiblings(i, nullable) => {
                json!({"$ref": self.reference(*i), "description": "sibling", "nullable": nullable})
            }
            Schema::Empty => json!({}),
            Schema::True => json!(true),
            Schema::False => json!(false),
            Schema::Garbage(kind) => match kind % 8 {
                0 => json!({"type": "object", "properties": 5}),
                1 => {
                    json!({"type": "object", "required": "x", "properties": {"x": {"type": "string"}}})
                }
                2 => json!({"type": "array", "items": [1, 2]}),
                3 => json!({"allOf": {"type": "string"}}),
                4 => json!({"$ref": 7}),
                5 => json!({"type": 3}),
                6 => json!({"enum": "a"}),
                _ => json!({"oneOf": [], "discriminator": {"propertyName": 1}}),
            },
        }
    }
}

fuzz_target!(|spec: Spec| {
    let components: Vec<&(Name, Schema)> = spec.components.iter().take(12).collect();
    let writer = Writer {
        version: spec.version,
        components: components.iter().map(|(name, _)| name.text()).collect(),
    };
    let mut schemas = Map::new();
    for (name, schema) in &components {
        schemas.insert(name.text(), writer.schema(schema, 0));
    }
    let document = match spec.version {
        Version::V30 => {
            json!({"openapi": "3.0.3", "info": {"title": "f", "version": "1"}, "paths": {}, "components": {"schemas": schemas}})
        }
        Version::V31 => {
            json!({"openapi": "3.1.0", "info": {"title": "f", "version": "1"}, "components": {"schemas": schemas}})
        }
        Version::Swagger2 => {
            json!({"swagger": "2.0", "info": {"title": "f", "version": "1"}, "paths": {}, "definitions": schemas})
        }
    };
    let bytes = serde_json::to_vec(&document).unwrap_or_default();
    check::check(&[
        ("spec.json", bytes),
        ("other.yaml", b"Present: {type: string}\n".to_vec()),
    ]);
});

//! The schema as written: every keyword the generator uses, typed, with
//! nothing decided yet. `const` stays `const`, a `$ref` keeps its siblings,
//! a 3.1 type list stays a list, numbers stay JSON numbers. What they mean
//! together is for lowering to decide.

use std::rc::Rc;

use indexmap::IndexMap;
use serde_json::{Number, Value};

/// One of the JSON types a `type` keyword names (`null` is kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Array,
}

impl Type {
    pub fn from_name(name: &str) -> Option<Type> {
        Some(match name {
            "string" => Type::String,
            "number" => Type::Number,
            "integer" => Type::Integer,
            "boolean" => Type::Boolean,
            "object" => Type::Object,
            "array" => Type::Array,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Number => "number",
            Type::Integer => "integer",
            Type::Boolean => "boolean",
            Type::Object => "object",
            Type::Array => "array",
        }
    }
}

/// `minimum`/`maximum` with its exclusiveness, whichever way it was
/// written (3.0's boolean `exclusiveMinimum`, 3.1's numeric one).
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub value: Number,
    pub exclusive: bool,
}

/// `discriminator`, its mapping values as references (a bare name is a
/// component schema's).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Discriminator {
    pub property: String,
    pub mapping: IndexMap<String, String>,
}

/// A schema object (or a boolean schema), as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schema {
    /// `$ref`; the other fields hold what stands beside it.
    pub reference: Option<String>,
    /// The schema is `true` or `false` itself.
    pub boolean: Option<bool>,
    /// The non-null types of `type`, in order, each once (Swagger 2.0's
    /// `file` is a string).
    pub types: Vec<Type>,
    /// `null` is among the types (3.1).
    pub null_type: bool,
    /// `nullable: true` (3.0) or `x-nullable: true` (Swagger 2.0).
    pub nullable: bool,
    pub format: Option<String>,
    /// `enum`, as written.
    pub values: Option<Vec<Value>>,
    /// `const`.
    pub constant: Option<Value>,

    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,

    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<Number>,

    /// Shared: a property's schema is handed on whole (merged `allOf`
    /// members, fields) without copying it.
    pub properties: IndexMap<String, Rc<Schema>>,
    pub required: Vec<String>,
    /// `additionalProperties` (`true` and `false` as boolean schemas).
    pub additional_properties: Option<Box<Schema>>,
    pub pattern_properties: IndexMap<String, Rc<Schema>>,
    pub property_names: Option<Box<Schema>>,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,

    /// `prefixItems`, or the array form of `items` (draft 4).
    pub prefix_items: Option<Vec<Schema>>,
    /// The prefix was written as `items: [...]`, not `prefixItems`.
    pub items_array: bool,
    /// `items` (after a prefix: the items beyond it, `additionalItems` in
    /// draft 4; `false` closes the tuple).
    pub items: Option<Box<Schema>>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,

    pub all_of: Vec<Schema>,
    pub one_of: Vec<Schema>,
    pub any_of: Vec<Schema>,
    pub not: Option<Box<Schema>>,
    pub discriminator: Option<Discriminator>,

    pub title: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub default: Option<Value>,
    /// `x-*` keys, as written (`x-enum-varnames`, ...).
    pub extensions: Vec<(String, Value)>,
}

impl Schema {
    /// A schema that admits anything (`{}`).
    pub fn any() -> Schema {
        Schema::default()
    }

    /// A `$ref` and nothing that changes what it means beside it.
    pub fn is_reference(&self) -> bool {
        self.reference.is_some() && self.siblings_are_inert()
    }

    /// Whether everything but `$ref` and `x-*` keys is unset.
    fn siblings_are_inert(&self) -> bool {
        let bare = Schema {
            reference: self.reference.clone(),
            extensions: self.extensions.clone(),
            ..Schema::default()
        };
        *self == bare
    }

    /// An `x-*` key's value.
    pub fn extension(&self, key: &str) -> Option<&Value> {
        self.extensions
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }
}

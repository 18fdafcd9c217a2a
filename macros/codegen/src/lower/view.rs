//! One way to ask an openapiv3 schema for a keyword, whichever of the
//! crate's variants (`Type::Object`, `AnySchema`, `OneOf`, ...) holds it.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaData, SchemaKind, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::{Number, Value};

use crate::ir::{Bound, Constraints};

pub type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

static NO_PROPERTIES: std::sync::LazyLock<Properties> = std::sync::LazyLock::new(IndexMap::new);

#[derive(Clone, Copy)]
pub struct View<'a> {
    pub data: &'a SchemaData,
    pub kind: &'a SchemaKind,
}

impl<'a> View<'a> {
    pub fn new(schema: &'a Schema) -> Self {
        View {
            data: &schema.schema_data,
            kind: &schema.schema_kind,
        }
    }

    /// The declared `type` (never "null": that is `nullable`).
    pub fn typ(&self) -> Option<&'a str> {
        match self.kind {
            SchemaKind::Type(Type::String(_)) => Some("string"),
            SchemaKind::Type(Type::Number(_)) => Some("number"),
            SchemaKind::Type(Type::Integer(_)) => Some("integer"),
            SchemaKind::Type(Type::Boolean(_)) => Some("boolean"),
            SchemaKind::Type(Type::Object(_)) => Some("object"),
            SchemaKind::Type(Type::Array(_)) => Some("array"),
            SchemaKind::Any(any) => any.typ.as_deref(),
            _ => None,
        }
    }

    pub fn properties(&self) -> &'a Properties {
        match self.kind {
            SchemaKind::Type(Type::Object(o)) => &o.properties,
            SchemaKind::Any(any) => &any.properties,
            _ => &NO_PROPERTIES,
        }
    }

    pub fn required(&self) -> &'a [String] {
        match self.kind {
            SchemaKind::Type(Type::Object(o)) => &o.required,
            SchemaKind::Any(any) => &any.required,
            _ => &[],
        }
    }

    pub fn additional_properties(&self) -> Option<&'a AdditionalProperties> {
        match self.kind {
            SchemaKind::Type(Type::Object(o)) => o.additional_properties.as_ref(),
            SchemaKind::Any(any) => any.additional_properties.as_ref(),
            _ => None,
        }
    }

    pub fn items(&self) -> Option<&'a ReferenceOr<Box<Schema>>> {
        match self.kind {
            SchemaKind::Type(Type::Array(a)) => a.items.as_ref(),
            SchemaKind::Any(any) => any.items.as_ref(),
            _ => None,
        }
    }

    pub fn format(&self) -> Option<&'a str> {
        fn known<T: std::fmt::Debug>(f: &VariantOrUnknownOrEmpty<T>) -> Option<&str> {
            match f {
                VariantOrUnknownOrEmpty::Unknown(s) => Some(s),
                _ => None,
            }
        }
        match self.kind {
            SchemaKind::Type(Type::String(s)) => match &s.format {
                VariantOrUnknownOrEmpty::Item(f) => Some(match f {
                    openapiv3::StringFormat::Date => "date",
                    openapiv3::StringFormat::DateTime => "date-time",
                    openapiv3::StringFormat::Password => "password",
                    openapiv3::StringFormat::Byte => "byte",
                    openapiv3::StringFormat::Binary => "binary",
                }),
                other => known(other),
            },
            SchemaKind::Type(Type::Integer(i)) => match &i.format {
                VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => Some("int32"),
                VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int64) => Some("int64"),
                other => known(other),
            },
            SchemaKind::Type(Type::Number(n)) => match &n.format {
                VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => Some("float"),
                VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Double) => Some("double"),
                other => known(other),
            },
            SchemaKind::Any(any) => any.format.as_deref(),
            _ => None,
        }
    }

    /// `enum` values as JSON, `null` included.
    pub fn enum_values(&self) -> Vec<Value> {
        match self.kind {
            SchemaKind::Type(Type::String(s)) => s
                .enumeration
                .iter()
                .map(|v| v.clone().map_or(Value::Null, Value::String))
                .collect(),
            SchemaKind::Type(Type::Integer(i)) => i
                .enumeration
                .iter()
                .map(|v| v.map_or(Value::Null, |n| Value::Number(n.into())))
                .collect(),
            SchemaKind::Type(Type::Number(n)) => n
                .enumeration
                .iter()
                .map(|v| {
                    v.and_then(Number::from_f64)
                        .map_or(Value::Null, Value::Number)
                })
                .collect(),
            SchemaKind::Type(Type::Boolean(b)) => b
                .enumeration
                .iter()
                .map(|v| v.map_or(Value::Null, Value::Bool))
                .collect(),
            SchemaKind::Any(any) => any.enumeration.clone(),
            _ => Vec::new(),
        }
    }

    pub fn has_enum(&self) -> bool {
        match self.kind {
            SchemaKind::Type(Type::String(s)) => !s.enumeration.is_empty(),
            SchemaKind::Type(Type::Integer(i)) => !i.enumeration.is_empty(),
            SchemaKind::Type(Type::Number(n)) => !n.enumeration.is_empty(),
            SchemaKind::Type(Type::Boolean(b)) => !b.enumeration.is_empty(),
            SchemaKind::Any(any) => !any.enumeration.is_empty(),
            _ => false,
        }
    }

    pub fn one_of(&self) -> &'a [ReferenceOr<Schema>] {
        match self.kind {
            SchemaKind::OneOf { one_of } => one_of,
            SchemaKind::Any(any) => &any.one_of,
            _ => &[],
        }
    }

    pub fn any_of(&self) -> &'a [ReferenceOr<Schema>] {
        match self.kind {
            SchemaKind::AnyOf { any_of } => any_of,
            SchemaKind::Any(any) => &any.any_of,
            _ => &[],
        }
    }

    pub fn all_of(&self) -> &'a [ReferenceOr<Schema>] {
        match self.kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) => &any.all_of,
            _ => &[],
        }
    }

    /// Object keywords are present (properties, required, additional...).
    pub fn has_object_keywords(&self) -> bool {
        !self.properties().is_empty()
            || self.additional_properties().is_some()
            || self
                .extension(crate::read::EXT_PATTERN_PROPERTIES)
                .is_some()
    }

    /// Usually none or few: a scan, not a hash of `key`.
    pub fn extension(&self, key: &str) -> Option<&'a Value> {
        let extensions = &self.data.extensions;
        if extensions.len() > 16 {
            return extensions.get(key);
        }
        extensions
            .iter()
            .find(|(k, _)| k.as_str() == key)
            .map(|(_, v)| v)
    }

    /// Whether nothing at all constrains the value (`{}`).
    pub fn is_unconstrained(&self) -> bool {
        match self.kind {
            SchemaKind::Any(any) => {
                *any == openapiv3::AnySchema::default()
                    && self.extension(crate::read::EXT_PREFIX_ITEMS).is_none()
                    && self
                        .extension(crate::read::EXT_PATTERN_PROPERTIES)
                        .is_none()
            }
            _ => false,
        }
    }

    /// Validation keywords for `validate()`.
    pub fn constraints(&self) -> Constraints {
        let mut c = Constraints::default();
        let float = |v: f64| -> Number {
            if v.fract() == 0.0 && v.abs() < 9.0e15 {
                Number::from(v as i64)
            } else {
                Number::from_f64(v).unwrap_or_else(|| Number::from(0))
            }
        };
        let bound =
            |value: Option<Number>, exclusive: bool| value.map(|value| Bound { value, exclusive });
        match self.kind {
            SchemaKind::Type(Type::String(s)) => {
                c.min_length = s.min_length.map(|n| n as u64);
                c.max_length = s.max_length.map(|n| n as u64);
                c.patterns.extend(s.pattern.clone());
                c.format = self.format().and_then(crate::formats::checked);
            }
            SchemaKind::Type(Type::Integer(i)) => {
                c.minimum = bound(i.minimum.map(Number::from), i.exclusive_minimum);
                c.maximum = bound(i.maximum.map(Number::from), i.exclusive_maximum);
                c.multiple_of = i.multiple_of.filter(|m| *m > 0).map(Number::from);
            }
            SchemaKind::Type(Type::Number(n)) => {
                c.minimum = bound(n.minimum.map(float), n.exclusive_minimum);
                c.maximum = bound(n.maximum.map(float), n.exclusive_maximum);
                c.multiple_of = n.multiple_of.filter(|m| *m > 0.0).map(float);
            }
            SchemaKind::Type(Type::Array(a)) => {
                c.min_items = a.min_items.map(|n| n as u64);
                c.max_items = a.max_items.map(|n| n as u64);
                c.unique_items = a.unique_items;
            }
            SchemaKind::Type(Type::Object(o)) => {
                c.min_properties = o.min_properties.map(|n| n as u64);
                c.max_properties = o.max_properties.map(|n| n as u64);
            }
            SchemaKind::Any(any) => {
                c.min_length = any.min_length.map(|n| n as u64);
                c.max_length = any.max_length.map(|n| n as u64);
                c.patterns.extend(any.pattern.clone());
                c.format = self.format().and_then(crate::formats::checked);
                c.minimum = bound(
                    any.minimum.map(float),
                    any.exclusive_minimum.unwrap_or(false),
                );
                c.maximum = bound(
                    any.maximum.map(float),
                    any.exclusive_maximum.unwrap_or(false),
                );
                c.multiple_of = any.multiple_of.filter(|m| *m > 0.0).map(float);
                c.min_items = any.min_items.map(|n| n as u64);
                c.max_items = any.max_items.map(|n| n as u64);
                c.unique_items = any.unique_items.unwrap_or(false);
                c.min_properties = any.min_properties.map(|n| n as u64);
                c.max_properties = any.max_properties.map(|n| n as u64);
            }
            _ => {}
        }
        c
    }
}

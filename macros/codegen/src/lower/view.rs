//! What lowering asks of a (normalized) schema.

use std::rc::Rc;

use indexmap::IndexMap;
use serde_json::{Number, Value};

use crate::ir::{Bound, Constraints};
use crate::read::Schema;

/// A schema, as lowering reads it.
pub type View<'a> = &'a Schema;

/// `additionalProperties`: `true`/`false`, or a schema for the values.
#[derive(Clone, Copy)]
pub enum AdditionalProperties<'a> {
    Any(bool),
    Schema(&'a Schema),
}

impl Schema {
    /// The declared `type` (never "null": that is `nullable`).
    pub fn typ(&self) -> Option<&'static str> {
        self.types.first().map(|t| t.name())
    }

    pub fn properties(&self) -> &IndexMap<String, Rc<Schema>> {
        &self.properties
    }

    pub fn required(&self) -> &[String] {
        &self.required
    }

    pub fn additional_properties(&self) -> Option<AdditionalProperties<'_>> {
        let schema = self.additional_properties.as_deref()?;
        Some(match schema.boolean {
            Some(boolean) => AdditionalProperties::Any(boolean),
            None => AdditionalProperties::Schema(schema),
        })
    }

    pub fn items(&self) -> Option<&Schema> {
        self.items.as_deref()
    }

    pub fn format(&self) -> Option<&str> {
        self.format.as_deref()
    }

    /// `enum` values as JSON, `null` included.
    pub fn enum_values(&self) -> &[Value] {
        self.values.as_deref().unwrap_or_default()
    }

    pub fn has_enum(&self) -> bool {
        self.values
            .as_ref()
            .is_some_and(|values| !values.is_empty())
    }

    pub fn one_of(&self) -> &[Schema] {
        &self.one_of
    }

    pub fn any_of(&self) -> &[Schema] {
        &self.any_of
    }

    pub fn all_of(&self) -> &[Schema] {
        &self.all_of
    }

    /// Object keywords are present (properties, required, additional...).
    pub fn has_object_keywords(&self) -> bool {
        !self.properties.is_empty()
            || self.additional_properties.is_some()
            || !self.pattern_properties.is_empty()
    }

    /// Whether nothing at all constrains the value (`{}`, `true`,
    /// annotations).
    pub fn is_unconstrained(&self) -> bool {
        if let Some(boolean) = self.boolean {
            return boolean;
        }
        let annotations = Schema {
            title: self.title.clone(),
            description: self.description.clone(),
            deprecated: self.deprecated,
            read_only: self.read_only,
            write_only: self.write_only,
            nullable: self.nullable,
            default: self.default.clone(),
            discriminator: self.discriminator.clone(),
            extensions: self.extensions.clone(),
            ..Schema::default()
        };
        *self == annotations
    }

    /// Validation keywords for `validate()`, numbers exactly as written.
    pub fn constraints(&self) -> Constraints {
        let bound = |b: &Option<crate::read::Bound>| {
            b.as_ref().map(|b| Bound {
                value: exact(&b.value),
                exclusive: b.exclusive,
            })
        };
        Constraints {
            min_length: self.min_length,
            max_length: self.max_length,
            patterns: self.pattern.iter().cloned().collect(),
            format: self.format().and_then(crate::formats::checked),
            minimum: bound(&self.minimum),
            maximum: bound(&self.maximum),
            multiple_of: self
                .multiple_of
                .as_ref()
                .filter(|m| m.as_f64().is_some_and(|m| m > 0.0))
                .map(exact),
            min_items: self.min_items,
            max_items: self.max_items,
            unique_items: self.unique_items,
            min_properties: self.min_properties,
            max_properties: self.max_properties,
            ..Constraints::default()
        }
    }
}

/// A number as written, a float with no fraction that an `i64` holds
/// exactly as that integer (`1.0` bounds like `1`).
fn exact(number: &Number) -> Number {
    match number.as_f64() {
        Some(x) if number.is_f64() && x.fract() == 0.0 && x.abs() < 9.0e15 => {
            Number::from(x as i64)
        }
        _ => number.clone(),
    }
}

//! The intermediate model: Rust types decided, not yet printed.
//!
//! Lowering fills it one type at a time with what the spec says at each
//! place; `finish` makes the decisions that need the whole model
//! (nullability at uses, `Box`, union dispatch, derives, validation);
//! emitting only prints what this says.

mod constraints;
mod operations;
pub mod visit;

pub use constraints::{Bound, Constraints, KeyRule};
pub use operations::{Body, BodyKind, Operation, Param, ParamIn, Response, Status};

use serde_json::Value;

use crate::naming::Ident;
use crate::options::RustType;

/// A named type: its position in [`Model::types`]. Lowering hands them
/// out as types are reserved; `lower::order` renumbers them once into
/// output order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(u32);

impl TypeId {
    pub fn new(index: usize) -> TypeId {
        TypeId(u32::try_from(index).expect("fewer than 2^32 types"))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::ops::Index<TypeId> for [TypeDef] {
    type Output = TypeDef;

    fn index(&self, id: TypeId) -> &TypeDef {
        &self[id.index()]
    }
}

impl std::ops::IndexMut<TypeId> for [TypeDef] {
    fn index_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self[id.index()]
    }
}

impl std::ops::Index<TypeId> for Vec<TypeDef> {
    type Output = TypeDef;

    fn index(&self, id: TypeId) -> &TypeDef {
        &self[id.index()]
    }
}

impl std::ops::IndexMut<TypeId> for Vec<TypeDef> {
    fn index_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self[id.index()]
    }
}

/// Everything generated from one spec.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    /// Named types in output order.
    pub types: Vec<TypeDef>,
    /// Operations, in document order; their types are in `types` (those
    /// only operations use marked `in_operations`).
    pub operations: Vec<Operation>,
}

/// One named Rust type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// The Rust identifier, unique in the model.
    pub name: Ident,
    /// Where the schema is, for messages.
    pub origin: crate::error::Location,
    /// The schema's name in the spec, for component schemas.
    pub spec_name: Option<String>,
    /// Doc lines (already sanitized for rustdoc).
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// Mentions a deprecated type or has deprecated fields: the generated
    /// code around it must not warn about its own deprecations.
    pub uses_deprecated: bool,
    /// Whether the schema admits `null`. Named types never hold `null`
    /// themselves: every use of a type that admits it is made nullable.
    pub admits_null: bool,
    /// Whether `validate()` can find anything wrong in a value of this type
    /// (its own constraints or those of anything it contains).
    pub validates: bool,
    /// The traits derived (none for a plain `type` alias).
    pub derives: Vec<Derive>,
    /// Defined for an operation (a body, parameters, what they hold):
    /// printed in the `operations` module.
    pub in_operations: bool,
    pub kind: TypeKind,
}

/// A trait a generated type derives.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Derive {
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    /// A derive macro the user names (`derives = [::my::Trait]`).
    Custom(RustType),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    Union(Union),
    /// Another name for a type expression: `type A = B;`, or a newtype
    /// struct when the alias is part of a cycle of aliases.
    Alias(Alias),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Keys beyond the declared properties (`additionalProperties`, or the
    /// keys a schema allows without declaring them), kept in a map field so
    /// they round-trip.
    pub additional: Option<Additional>,
    /// A key the schema forbids (`additionalProperties: false`) is a
    /// deserialization error (`unknown_keys = "reject"`).
    pub deny_unknown: bool,
    /// Keys that must be present together, one way or another (`anyOf` or
    /// `oneOf` of `required` lists): checked by `validate()`.
    pub requirements: Vec<Requirement>,
    /// The parameters of an operation: written by `path_and_query()` and
    /// `headers()`, not a JSON object, so without serde impls.
    pub parameters: bool,
}

/// `anyOf: [{required: [city, state]}, {required: [zip]}]`: the wire names
/// of each way, and whether exactly one way must hold (`oneOf`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Requirement {
    pub alternatives: Vec<Vec<String>>,
    pub exactly_one: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    /// Rust identifier (may be raw: `r#type`).
    pub name: Ident,
    /// The property name on the wire.
    pub wire: String,
    pub ty: TyUse,
    pub required: bool,
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// The schema's `default`, when it fits the field's type.
    pub default: Option<DefaultValue>,
    /// `fn <field>_or_default(&self)`, for an optional field whose default
    /// is typed: the value as sent, or the default.
    pub default_accessor: Option<Accessor>,
    /// The field holds a union that shares the object's keys
    /// (`#[serde(flatten)]`); `wire` is empty.
    pub flatten: bool,
    /// How `new` and the setters build it.
    pub build: Build,
}

/// How a field is built (decided in `finish::construction`): a parameter
/// of `new` or set later by its setter; a field that is neither starts out
/// absent, `null` or its type's only value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Build {
    /// A parameter of `new`: required, never `null`, no value to start from.
    pub param: bool,
    /// The parameter or setter takes `impl Into<T>` (text, named types);
    /// collections and numbers are taken as they are, so that literals and
    /// `vec![x.into()]` infer.
    pub into: bool,
    /// `fn with_<field>(self, value) -> Self`.
    pub setter: Option<Ident>,
}

impl Field {
    /// How the field is represented given requiredness × nullability.
    pub fn presence(&self) -> Presence {
        match (self.required, self.ty.nullable) {
            (true, false) => Presence::Required,
            (true, true) => Presence::RequiredNullable,
            (false, false) => Presence::Optional,
            (false, true) => Presence::OptionalNullable,
        }
    }
}

/// The four combinations of required and nullable, each lossless.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Presence {
    /// `T`: must be present, never null.
    Required,
    /// `Option<T>`: must be present, `None` is `null`.
    RequiredNullable,
    /// `Option<T>`: `None` is absent; `null` is rejected.
    Optional,
    /// `Tristate<T>` (the runtime's): absent, `null`, or a value.
    OptionalNullable,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Additional {
    /// Rust name of the map field.
    pub name: Ident,
    /// Type of the values.
    pub value: TyUse,
    /// `additionalProperties` gives the values a schema: the map is part of
    /// the type's shape, not only what it keeps of unknown keys.
    pub typed: bool,
}

/// A method that reads an optional field or its default.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Accessor {
    pub name: Ident,
    pub read: Read,
}

/// How an accessor reads the field's value out of `&self`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Read {
    /// `Copy` types: by value.
    Copy,
    /// Cloned (`Number`, an open enum holding its text).
    Clone,
    /// Text, as `&str`.
    Str,
}

/// A float's text, where `==` is not enough to tell floats apart: it takes
/// `-0.0` for `0.0`. `None` for integers (one text each).
pub fn number_text(number: &serde_json::Number) -> Option<String> {
    number.is_f64().then(|| number.to_string())
}

/// A value's text, where `==` is not enough to tell values apart: it takes
/// `-0.0` for `0.0` and ignores the order of an object's keys, which the
/// generated code keeps. `None` for strings, booleans, `null` and integers.
pub fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::Number(n) => number_text(n),
        Value::Array(_) | Value::Object(_) => Some(value.to_string()),
        Value::Null | Value::Bool(_) | Value::String(_) => None,
    }
}

/// A `default` from the spec, as the Rust expression kind that builds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DefaultValue {
    Bool(bool),
    /// An integer literal of the field's integer type.
    Int(i128),
    /// A `serde_json::Number`; integers stay integers.
    Number(serde_json::Number),
    String(String),
    /// A variant of the field's enum type.
    Variant {
        ty: TypeId,
        variant: usize,
    },
    /// Anything else, built from JSON.
    Json(Value),
}

/// A type expression at a place of use, with what applies there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TyUse {
    pub ty: Ty,
    /// `null` is a valid value here. Lowering records what the schema at
    /// this place says; `finish` adds the `null` of named types.
    pub nullable: bool,
    /// Boxed to break a cycle of types that contain each other by value.
    pub boxed: bool,
    /// Constraints `validate()` checks on the value.
    pub constraints: Constraints,
    /// `validate()` has something to check in a value here: its
    /// constraints, or those of what it holds (decided by `finish`).
    pub validates: bool,
}

impl TyUse {
    pub fn new(ty: Ty) -> Self {
        TyUse {
            ty,
            nullable: false,
            boxed: false,
            constraints: Constraints::default(),
            validates: false,
        }
    }

    pub fn nullable(mut self, nullable: bool) -> Self {
        self.nullable |= nullable;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    Named(TypeId),
    String,
    Integer(IntKind),
    /// Any JSON number, kept exactly as written (`1` stays `1`, `1.0` `1.0`).
    Number,
    Boolean,
    /// Any JSON value.
    Any,
    /// Only `null` (`type: "null"`).
    Null,
    Array(Box<TyUse>),
    /// Object with string keys and values of one type.
    Map(Box<TyUse>),
    /// Fixed-length array (`prefixItems`).
    Tuple(Vec<TyUse>),
    /// Array whose first items have types of their own and the rest
    /// another (`prefixItems` without `items: false`), held as JSON values:
    /// `validate()` reads each item as its position's type.
    Prefixed(Vec<TyUse>, Box<TyUse>),
    /// A type the user names (`replace`, `formats`) or the spec does
    /// (`x-rust-type`), with its generic arguments: it reads and writes
    /// itself, and is its own check.
    Foreign(RustType, Vec<TyUse>),
}

/// The Rust integer type of an `integer`: its format's own width
/// (`int8` → `i8`, `uint32` → `u32`), `i64` otherwise, `u64` when the
/// bounds need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    /// Outside 64 bits; held as a JSON number.
    Big,
}

/// An enum of literal values: strings, numbers, booleans.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Enum {
    pub variants: Vec<EnumVariant>,
    /// Open enum: a catch-all variant (holding the unknown string) with
    /// this name.
    pub other: Option<Ident>,
    /// The variant `Default` gives (an enum of one value).
    pub default_variant: Option<usize>,
    /// Clippy's `enum_variant_names` would fire on these spec-given names.
    pub shared_affix: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumVariant {
    pub name: Ident,
    /// The value on the wire (never null).
    pub value: Value,
}

impl Enum {
    /// All values are strings: serialized with `serialize_str`.
    pub fn is_string(&self) -> bool {
        self.variants.iter().all(|v| v.value.is_string())
    }
}

/// `oneOf` / `anyOf`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Union {
    pub variants: Vec<Variant>,
    /// The discriminator property, when its values tell the members apart
    /// (what the spec says; `dispatch` is what is done with it).
    pub discriminator: Option<String>,
    /// How a value is read: decided by `finish` once every type exists.
    pub dispatch: Dispatch,
    /// Clippy's `enum_variant_names` would fire on these names.
    pub shared_affix: bool,
    /// The one variant holding text: `From<&str>` builds it.
    pub text_variant: Option<usize>,
    /// Keys every member's object must have (`required` beside the
    /// union): checked by `validate()` where a member's type does not
    /// require them itself.
    pub required: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Variant {
    pub name: Ident,
    pub ty: TyUse,
    /// Discriminator value selecting this variant.
    pub tag_value: Option<String>,
    /// `From<its type>` builds this variant: no other variant holds the
    /// same type.
    pub from: bool,
}

/// How a union's value is read (and its tag written).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Dispatch {
    /// By the value of the discriminator property: the variant with that
    /// `tag_value`.
    Tag {
        property: String,
        /// Per variant: its type reads and writes the tag itself
        /// (otherwise the union adds it on writing).
        declares: Vec<bool>,
        /// Per variant: the object keys its type keeps.
        keys: Vec<Keys>,
    },
    /// By the JSON kind of the value, then by trial.
    Shape {
        /// For each JSON kind, in [`JSON_KINDS`] order, the variants that
        /// can hold it, most specific first.
        candidates: [Vec<usize>; 7],
        /// Per variant: the object keys its type keeps.
        keys: Vec<Keys>,
    },
}

/// The order of the runtime's candidate table.
pub const JSON_KINDS: [&str; 7] = [
    "null", "boolean", "integer", "number", "string", "array", "object",
];

impl Default for Dispatch {
    fn default() -> Self {
        Dispatch::Shape {
            candidates: Default::default(),
            keys: Vec::new(),
        }
    }
}

/// Which object keys a variant's type keeps (when a value is read by
/// trial, the variant that keeps the most of the input wins).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Keys {
    /// Every key (a map, a struct whose extra keys are typed).
    All,
    /// Exactly these.
    Only(Vec<String>),
    /// Not an object, or its keys are not known ahead.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Alias {
    pub target: TyUse,
    /// Emit `struct A(pub T)` instead of `type A = T;` (alias cycles).
    pub newtype: bool,
}

/// Follows plain aliases to the type that defines the shape.
pub fn resolve_alias(types: &[TypeDef], mut id: TypeId) -> TypeId {
    for _ in 0..types.len() {
        match &types[id].kind {
            TypeKind::Alias(alias) if !alias.newtype => match alias.target.ty {
                Ty::Named(next) => id = next,
                _ => return id,
            },
            _ => return id,
        }
    }
    id
}

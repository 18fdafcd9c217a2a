//! Several definitions that all apply to one value: the `allOf` members of
//! a scalar (`allOf: [{$ref: Currency}, {type: string}]`), or a property
//! that more than one `allOf` member defines. One type holds for all of
//! them together:
//!
//! - definitions of one JSON kind are conjoined: the most specific one (an
//!   `enum` or `const`, else a named type, else a union, else the last)
//!   gives the type, the others add their constraints (`maxLength`,
//!   `pattern`, bounds) and objects merge their properties into one
//!   struct, as `allOf` means;
//! - definitions of different JSON kinds cannot all hold; the last one,
//!   the most derived in real specs (a collection response redefining its
//!   base's `result: object` as an array), is taken (README: "In `allOf`").

use std::rc::Rc;

use super::object::{take_unions, Parts};
use super::plan::infer_type;
use super::view::View;
use super::{Lowerer, Memo};
use crate::ir::{Ty, TyUse};
use crate::load::Loc;
use crate::naming;
use crate::read::Schema;

/// One definition of the value, where it is written.
#[derive(Clone)]
pub struct Definition {
    pub schema: Rc<Schema>,
    pub loc: Loc,
}

/// A definition with its references followed.
struct Resolved {
    definition: Definition,
    /// Where its schema is.
    target: Loc,
    schema: Rc<Schema>,
}

impl Resolved {
    fn view(&self) -> Option<View<'_>> {
        Some(&*self.schema).filter(|schema| !schema.is_reference())
    }
}

/// The JSON kind a definition allows, as far as it says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Object,
    Array,
    String,
    Number,
    Boolean,
    /// Says nothing about the kind (a union, constraints only, `{}`).
    Open,
}

fn kind(view: View<'_>) -> Kind {
    let values = view.enum_values();
    let from_values = values.iter().find(|v| !v.is_null()).map(|v| match v {
        serde_json::Value::String(_) => Kind::String,
        serde_json::Value::Number(_) => Kind::Number,
        serde_json::Value::Bool(_) => Kind::Boolean,
        serde_json::Value::Array(_) => Kind::Array,
        serde_json::Value::Object(_) => Kind::Object,
        serde_json::Value::Null => Kind::Open,
    });
    if let Some(kind) = from_values {
        return kind;
    }
    match view.typ().or_else(|| infer_type(view)) {
        Some("object") => Kind::Object,
        Some("array") => Kind::Array,
        Some("string") => Kind::String,
        Some("number" | "integer") => Kind::Number,
        Some("boolean") => Kind::Boolean,
        _ => Kind::Open,
    }
}

impl Lowerer<'_, '_> {
    /// The type of a value that every one of `definitions` describes.
    pub(super) fn conjoin(&mut self, definitions: Vec<Definition>, hint: &str) -> TyUse {
        let nullable = definitions
            .iter()
            .any(|d| !d.schema.is_reference() && self.admits_null(&d.schema));
        let meaningful: Vec<Definition> = definitions
            .iter()
            .filter(|d| !annotation_only(&d.schema))
            .cloned()
            .collect();
        let resolved: Vec<Resolved> = meaningful
            .into_iter()
            .filter_map(|definition| self.resolve_definition(definition))
            .collect();
        let ty = match resolved.as_slice() {
            [] => match definitions.last() {
                Some(last) => self.lower(&last.schema, &last.loc, hint),
                None => TyUse::new(Ty::Any),
            },
            [only] => self.lower(&only.definition.schema, &only.definition.loc, hint),
            _ => self.conjoin_resolved(&resolved, hint),
        };
        ty.nullable(nullable)
    }

    fn resolve_definition(&mut self, definition: Definition) -> Option<Resolved> {
        let (target, schema) = match &definition.schema.reference {
            Some(reference) if definition.schema.is_reference() => {
                let reference = reference.clone();
                self.resolve_chain(&definition.loc, &reference)?
            }
            _ => (definition.loc.clone(), definition.schema.clone()),
        };
        Some(Resolved {
            definition,
            target,
            schema,
        })
    }

    fn conjoin_resolved(&mut self, resolved: &[Resolved], hint: &str) -> TyUse {
        let kinds: Vec<Kind> = resolved
            .iter()
            .map(|r| r.view().map_or(Kind::Open, kind))
            .collect();
        let mut definite = kinds.iter().filter(|k| **k != Kind::Open);
        let first = definite.next().copied();
        if definite.any(|k| Some(*k) != first) {
            // Cannot all hold: the last, most derived one that says what
            // kind of value it is, with what the others only constrain.
            let last = kinds.iter().rposition(|k| *k != Kind::Open).unwrap_or(0);
            let chosen = &resolved[last].definition;
            let mut ty = self.lower(&chosen.schema, &chosen.loc, hint);
            for (other, kind) in resolved.iter().zip(&kinds) {
                if let (Kind::Open, Some(view)) = (kind, other.view()) {
                    let constraints = self.constraints(view, &other.target);
                    ty.constraints.conjoin(&constraints);
                }
            }
            return ty;
        }
        if first == Some(Kind::Object) {
            let objects: Vec<&Resolved> = resolved
                .iter()
                .zip(&kinds)
                .filter(|(_, k)| **k == Kind::Object)
                .map(|(r, _)| r)
                .collect();
            if objects.len() > 1 {
                return self.merged_struct(&objects, hint);
            }
        }
        let primary = primary(resolved);
        let chosen = &resolved[primary].definition;
        let mut ty = match narrowed_enum(resolved, primary) {
            // Several `enum`s (or a `const` on an enum): only the values
            // they share, as a type of this place's own.
            Narrowed::To(schema) => self.lower(&schema, &key(resolved), hint),
            Narrowed::Same => self.lower(&chosen.schema, &chosen.loc, hint),
            // None: read as the primary, but `validate()` accepts nothing.
            Narrowed::Empty => {
                let mut ty = self.lower(&chosen.schema, &chosen.loc, hint);
                ty.constraints.unsatisfiable = true;
                ty
            }
        };
        for (i, other) in resolved.iter().enumerate() {
            if i == primary {
                continue;
            }
            if let Some(view) = other.view() {
                let constraints = self.constraints(view, &other.target);
                ty.constraints.conjoin(&constraints);
            }
        }
        ty
    }

    /// One struct with the properties of every object definition.
    fn merged_struct(&mut self, objects: &[&Resolved], hint: &str) -> TyUse {
        let last = &objects[objects.len() - 1].definition.loc;
        let key = key_of(objects.iter().map(|r| &r.definition.loc));
        if let Some(&Memo::Named(id)) = self.memo.get(&key) {
            return self.named(id);
        }
        let id = self.new_type(naming::type_name(hint), &key);
        let owner = self.name_of(id).to_string();
        let mut parts = Parts::default();
        for object in objects {
            if let Some(view) = object.view() {
                parts.visited.insert(object.target.clone());
                self.collect(view, &object.target, &owner, &mut parts, false);
            }
        }
        let unions = take_unions(&mut parts);
        let kind = self.build_struct(parts, last, &owner, unions);
        let first = objects[0].view();
        if let Some(view) = first {
            self.define_kind(id, view, kind);
        }
        TyUse::new(Ty::Named(id))
    }
}

/// The place of a type made for several definitions together: each of them
/// is also a type where it is written, so the combination gets a place of
/// its own, the same for the same definitions.
fn key(resolved: &[Resolved]) -> Loc {
    key_of(resolved.iter().map(|r| &r.definition.loc))
}

fn key_of<'a>(locs: impl Iterator<Item = &'a Loc>) -> Loc {
    let locs: Vec<&Loc> = locs.collect();
    let last = locs[locs.len() - 1];
    // FNV-1a of every place: stable from run to run.
    let hash = locs.iter().fold(crate::load::FNV_OFFSET, |hash, loc| {
        crate::load::fnv(hash, format!("{}#{}", loc.file.0, loc.pointer()).as_bytes())
    });
    last.child(&format!("$conjoined-{hash:016x}"))
}

/// The values several definitions allow together.
enum Narrowed {
    /// The primary's own list (or no list at all).
    Same,
    /// A schema of the primary's kind with only the values all list.
    To(Box<Schema>),
    /// No value is in every list.
    Empty,
}

fn narrowed_enum(resolved: &[Resolved], primary: usize) -> Narrowed {
    let lists: Vec<&[serde_json::Value]> = resolved
        .iter()
        .filter_map(|r| r.view().filter(|v| v.has_enum()).map(|v| v.enum_values()))
        .collect();
    let Some(view) = resolved[primary].view().filter(|_| lists.len() > 1) else {
        return Narrowed::Same;
    };
    let own = view.enum_values();
    let shared: Vec<serde_json::Value> = own
        .iter()
        .filter(|value| lists.iter().all(|list| list.contains(value)))
        .cloned()
        .collect();
    if shared.len() == own.len() {
        return Narrowed::Same;
    }
    if shared.is_empty() {
        return Narrowed::Empty;
    }
    Narrowed::To(Box::new(Schema {
        title: view.title.clone(),
        description: view.description.clone(),
        deprecated: view.deprecated,
        read_only: view.read_only,
        write_only: view.write_only,
        nullable: view.nullable,
        default: view.default.clone(),
        discriminator: view.discriminator.clone(),
        extensions: view.extensions.clone(),
        types: view.types.iter().copied().take(1).collect(),
        values: Some(shared),
        ..Schema::default()
    }))
}

/// The definition that gives the type: an `enum` or `const`, else a named
/// type, else a union, else an `integer` (narrower than `number`), else the
/// last that says what kind of value it is, else the last.
fn primary(resolved: &[Resolved]) -> usize {
    let find = |test: &dyn Fn(&Resolved) -> bool| resolved.iter().position(test);
    find(&|r| r.view().is_some_and(|v| v.has_enum()))
        .or_else(|| find(&|r| r.definition.schema.is_reference()))
        .or_else(|| {
            find(&|r| {
                r.view()
                    .is_some_and(|v| !v.one_of().is_empty() || !v.any_of().is_empty())
            })
        })
        .or_else(|| find(&|r| r.view().is_some_and(|v| v.typ() == Some("integer"))))
        .or_else(|| {
            resolved
                .iter()
                .rposition(|r| r.view().is_some_and(|v| kind(v) != Kind::Open))
        })
        .unwrap_or(resolved.len() - 1)
}

/// A schema that only describes (no type, no structure).
pub fn annotation_only(schema: &Schema) -> bool {
    !schema.is_reference() && schema.is_unconstrained()
}

//! Objects to structs, with `allOf` merged into one struct: properties and
//! `required` unioned across members (nested `allOf` and `$ref`s followed),
//! never a chain of `#[serde(flatten)]`.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use openapiv3::{AdditionalProperties, ReferenceOr, Schema};

use super::view::View;
use super::{hints, Lowerer, Memo};
use crate::docs;
use crate::ir::{Additional, Alias, DefaultValue, Field, Struct, Ty, TyUse, TypeId, TypeKind};
use crate::load::Loc;
use crate::naming::{self, Scope};

/// One property as found in some member.
struct Prop {
    wire: String,
    schema: ReferenceOr<Box<Schema>>,
    loc: Loc,
    /// Name of the type the property belongs to in the spec (for naming
    /// its inline types the same wherever it is merged into).
    owner: String,
}

/// What the members of an object contribute.
#[derive(Default)]
struct Parts {
    props: Vec<Prop>,
    index: HashMap<String, usize>,
    required: HashSet<String>,
    /// `required` names in the order written.
    required_order: Vec<String>,
    additional: Option<(AdditionalProperties, Loc, String)>,
    /// Schemas holding `oneOf`/`anyOf` next to (or among) the members.
    unions: Vec<(Loc, Rc<ReferenceOr<Schema>>)>,
    /// A member with a non-object `type` (allOf of strings, say).
    primitive: Option<(Loc, Rc<ReferenceOr<Schema>>)>,
    visited: HashSet<Loc>,
}

impl Lowerer<'_, '_> {
    pub(super) fn object(&mut self, id: TypeId, view: View<'_>, loc: &Loc) -> TypeKind {
        let owner = self.name_of(id).to_owned();
        let mut parts = Parts::default();
        parts.visited.insert(loc.clone());
        self.collect(view, loc, &owner, &mut parts, true);

        let unions: Vec<_> = std::mem::take(&mut parts.unions)
            .into_iter()
            .filter(|(_, schema)| !constraint_only_union(schema))
            .collect();
        if parts.props.is_empty() && parts.additional.is_none() {
            if let [(union_loc, schema)] = unions.as_slice() {
                if let ReferenceOr::Item(schema) = &**schema {
                    if union_loc == loc {
                        return self.union(id, View::new(schema), union_loc);
                    }
                    let ty = self.union_part(union_loc, schema, &owner);
                    return alias(ty);
                }
            }
            if let Some((primitive_loc, schema)) = parts.primitive.take() {
                let ty = self.lower(&schema, &primitive_loc, &owner);
                return alias(ty);
            }
            return alias(TyUse::new(Ty::Map(Box::new(TyUse::new(Ty::Any)))));
        }

        // Required but never described: present with any value.
        for name in std::mem::take(&mut parts.required_order) {
            if !parts.index.contains_key(&name) {
                let any = ReferenceOr::Item(Box::new(Schema {
                    schema_data: openapiv3::SchemaData {
                        description: Some(
                            "Required by the spec, which does not say what it holds.".to_owned(),
                        ),
                        ..Default::default()
                    },
                    schema_kind: openapiv3::SchemaKind::Any(Default::default()),
                }));
                let at = loc.child("required").child(&name);
                parts.index.insert(name.clone(), parts.props.len());
                parts.props.push(Prop {
                    wire: name,
                    schema: any,
                    loc: at,
                    owner: owner.clone(),
                });
            }
        }
        let mut scope = Scope::new();
        let mut fields = Vec::with_capacity(parts.props.len());
        for prop in std::mem::take(&mut parts.props) {
            fields.push(self.field(&prop, &parts, &mut scope));
        }
        for (i, (union_loc, schema)) in unions.iter().enumerate() {
            let ReferenceOr::Item(schema) = &**schema else {
                continue;
            };
            let ty = self.union_part(union_loc, schema, &format!("{owner}Variant{}", suffix(i)));
            let name = scope.claim(format!("variant{}", suffix(i)));
            fields.push(Field {
                name,
                wire: String::new(),
                ty,
                required: true,
                docs: Vec::new(),
                deprecated: false,
                default: None,
                flatten: true,
            });
        }
        let additional = parts.additional.take().and_then(|(additional, at, owner)| {
            let value = match additional {
                AdditionalProperties::Any(false) => return None,
                AdditionalProperties::Any(true) => TyUse::new(Ty::Any),
                AdditionalProperties::Schema(schema) => {
                    self.lower(&schema, &at, &format!("{owner}Value"))
                }
            };
            Some(Additional {
                name: scope.claim("additional_properties".to_owned()),
                value,
            })
        });
        TypeKind::Struct(Struct { fields, additional })
    }

    /// Gathers what `view` (at `loc`) contributes, following `allOf`.
    fn collect(&mut self, view: View<'_>, loc: &Loc, owner: &str, parts: &mut Parts, outer: bool) {
        for (wire, schema) in view.properties() {
            let at = loc.child("properties").child(wire);
            self.add_prop(parts, wire, schema, at, owner);
        }
        for name in view.required() {
            if parts.required.insert(name.clone()) {
                parts.required_order.push(name.clone());
            }
        }
        if let Some(additional) = view.additional_properties() {
            parts.additional = Some((
                additional.clone(),
                loc.child("additionalProperties"),
                owner.to_owned(),
            ));
        }
        if !view.one_of().is_empty() || !view.any_of().is_empty() {
            let schema = Schema {
                schema_data: Default::default(),
                schema_kind: view.kind.clone(),
            };
            parts
                .unions
                .push((loc.clone(), Rc::new(ReferenceOr::Item(schema))));
        }
        if !outer && view.typ().is_some_and(|t| t != "object") {
            let schema = Schema {
                schema_data: view.data.clone(),
                schema_kind: view.kind.clone(),
            };
            parts.primitive = Some((loc.clone(), Rc::new(ReferenceOr::Item(schema))));
        }
        for (i, member) in view.all_of().iter().enumerate() {
            let at = loc.child("allOf").child(&i.to_string());
            let (target, schema, member_owner) = match member {
                ReferenceOr::Reference { reference } => {
                    let Some((target, schema)) = self.resolve_chain(&at, reference) else {
                        continue;
                    };
                    let member_owner = match self.components.get(&target) {
                        Some(&id) => self.name_of(id).to_owned(),
                        None => owner.to_owned(),
                    };
                    (target, schema, member_owner)
                }
                ReferenceOr::Item(schema) => (
                    at,
                    Rc::new(ReferenceOr::Item(schema.clone())),
                    owner.to_owned(),
                ),
            };
            if !parts.visited.insert(target.clone()) {
                self.error(
                    &target,
                    "`allOf` includes itself (directly or through other members)",
                );
                continue;
            }
            if let ReferenceOr::Item(schema) = &*schema {
                self.collect(View::new(schema), &target, &member_owner, parts, false);
            }
        }
    }

    /// Adds a property; a later member's definition of the same property
    /// replaces an earlier one unless it only annotates it. Definitions of
    /// different JSON types cannot both hold and are reported.
    fn add_prop(
        &mut self,
        parts: &mut Parts,
        wire: &str,
        schema: &ReferenceOr<Box<Schema>>,
        loc: Loc,
        owner: &str,
    ) {
        let prop = Prop {
            wire: wire.to_owned(),
            schema: schema.clone(),
            loc,
            owner: owner.to_owned(),
        };
        let Some(&i) = parts.index.get(wire) else {
            parts.index.insert(wire.to_owned(), parts.props.len());
            parts.props.push(prop);
            return;
        };
        let existing = &parts.props[i];
        if annotation_only(&prop.schema) {
            return;
        }
        if !annotation_only(&existing.schema) {
            if let (Some(a), Some(b)) =
                (declared_type(&existing.schema), declared_type(&prop.schema))
            {
                let numeric = |t: &str| t == "integer" || t == "number";
                if a != b && !(numeric(a) && numeric(b)) {
                    let first = self.loader.location(&existing.loc).to_string();
                    let message = format!(
                        "conflicting `allOf` members: property `{wire}` is `{b}` here but `{a}` at {first}"
                    );
                    self.error(&prop.loc, message);
                    return;
                }
            }
        }
        parts.props[i] = prop;
    }

    fn field(&mut self, prop: &Prop, parts: &Parts, scope: &mut Scope) -> Field {
        let name = scope.claim(naming::field_name(&prop.wire));
        let hint = hints::child(&prop.owner, &prop.wire);
        let ty = self.lower_boxed(&prop.schema, &prop.loc, &hint);
        let (docs, deprecated, default, write_only) = match &prop.schema {
            ReferenceOr::Item(schema) => {
                let data = &schema.schema_data;
                let docs = data
                    .description
                    .as_deref()
                    .or(data
                        .title
                        .as_deref()
                        .filter(|t| !hints::restates(t, &prop.wire)))
                    .map(docs::doc_lines)
                    .unwrap_or_default();
                (docs, data.deprecated, data.default.clone(), data.write_only)
            }
            ReferenceOr::Reference { .. } => (Vec::new(), false, None, false),
        };
        Field {
            name,
            wire: prop.wire.clone(),
            ty,
            // Write-only properties never come back in responses.
            required: parts.required.contains(&prop.wire) && !write_only,
            docs,
            deprecated,
            default: default.map(DefaultValue::Json),
            flatten: false,
        }
    }

    /// The type of a union found beside properties (or as an `allOf`
    /// member): the component's type, or a new one.
    fn union_part(&mut self, loc: &Loc, schema: &Schema, hint: &str) -> TyUse {
        let view = View::new(schema);
        // A schema that is only a union is that union's type already.
        if !view.has_object_keywords() {
            if let Some(&Memo::Named(id)) = self.memo.get(loc) {
                return self.named(id);
            }
        }
        // Beside properties, the union is a type of its own, kept at its
        // keyword's place (the schema's place is the struct's).
        let keyword = if view.one_of().is_empty() {
            "anyOf"
        } else {
            "oneOf"
        };
        let key = loc.child(keyword);
        if let Some(&Memo::Named(id)) = self.memo.get(&key) {
            return self.named(id);
        }
        let id = self.new_type(naming::type_name(hint), &key);
        let kind = self.union(id, View::new(schema), loc);
        self.define_kind(id, View::new(schema), kind);
        let nullable = self.slots[id].def.as_ref().is_some_and(|d| d.admits_null);
        TyUse::new(Ty::Named(id)).nullable(nullable)
    }
}

fn alias(target: TyUse) -> TypeKind {
    TypeKind::Alias(Alias {
        target,
        newtype: false,
    })
}

fn suffix(i: usize) -> String {
    if i == 0 {
        String::new()
    } else {
        (i + 1).to_string()
    }
}

/// A union whose members only require properties (`anyOf: [{required:
/// [a]}, {required: [b]}]`): a validation rule, not a choice of types.
fn constraint_only_union(schema: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(schema) = schema else {
        return false;
    };
    let view = View::new(schema);
    view.one_of()
        .iter()
        .chain(view.any_of())
        .all(|member| match member {
            ReferenceOr::Item(member) => {
                let member = View::new(member);
                member.properties().is_empty()
                    && member.items().is_none()
                    && member.typ().is_none_or(|t| t == "object")
                    && member.one_of().is_empty()
                    && member.any_of().is_empty()
                    && member.all_of().is_empty()
                    && !member.has_enum()
            }
            ReferenceOr::Reference { .. } => false,
        })
}

/// A schema that only describes (no type, no structure).
fn annotation_only(schema: &ReferenceOr<Box<Schema>>) -> bool {
    match schema {
        ReferenceOr::Item(schema) => View::new(schema).is_unconstrained(),
        ReferenceOr::Reference { .. } => false,
    }
}

fn declared_type(schema: &ReferenceOr<Box<Schema>>) -> Option<&str> {
    match schema {
        ReferenceOr::Item(schema) => View::new(schema).typ(),
        ReferenceOr::Reference { .. } => None,
    }
}

/// The description of the inline `allOf` members, for a merged struct
/// that has none of its own.
pub(super) fn inherited_description(view: View<'_>) -> Option<&str> {
    view.all_of().iter().find_map(|member| match member {
        ReferenceOr::Item(schema) => schema.schema_data.description.as_deref(),
        ReferenceOr::Reference { .. } => None,
    })
}

//! Objects to structs, with `allOf` merged into one struct: properties and
//! `required` unioned across members (nested `allOf` and `$ref`s followed),
//! never a chain of `#[serde(flatten)]`.

use foldhash::{HashMap, HashSet};
use std::rc::Rc;

use super::conjoin::Definition;
use super::view::View;
use super::{Lowerer, Memo};
use crate::ir::{
    Additional, Alias, Build, DefaultValue, Field, Requirement, Struct, Ty, TyUse, TypeId, TypeKind,
};
use crate::load::Loc;
use crate::naming::{self, hints, Scope};
use crate::read::Schema;
use crate::UnknownKeys;

/// One property, with every definition the members give it.
struct Prop {
    wire: String,
    /// In the order met; all apply (`allOf`).
    definitions: Vec<Definition>,
    /// Name of the type the property belongs to in the spec (for naming
    /// its inline types the same wherever it is merged into).
    owner: String,
}

/// What the members of an object contribute.
#[derive(Default)]
pub(super) struct Parts {
    props: Vec<Prop>,
    index: HashMap<String, usize>,
    required: HashSet<String>,
    /// `required` names in the order written.
    required_order: Vec<String>,
    /// `additionalProperties` (the last member's), where, and whose.
    additional: Option<(Schema, Loc, String)>,
    /// Schemas holding `oneOf`/`anyOf` next to (or among) the members.
    unions: Vec<(Loc, Rc<Schema>)>,
    /// Members with a non-object `type` (an `allOf` of strings, say).
    scalars: Vec<Definition>,
    /// Unions that only require keys, one way or another.
    requirements: Vec<Requirement>,
    pub(super) visited: HashSet<Loc>,
}

impl Lowerer<'_, '_> {
    pub(super) fn object(&mut self, id: TypeId, view: View<'_>, loc: &Loc) -> TypeKind {
        let owner = self.name_of(id).to_string();
        let mut parts = Parts::default();
        parts.visited.insert(loc.clone());
        self.collect(view, loc, &owner, &mut parts, true);

        let unions = take_unions(&mut parts);
        if parts.props.is_empty() && parts.additional.is_none() {
            if let [(union_loc, schema)] = unions.as_slice() {
                if union_loc == loc {
                    return self.union(id, schema, union_loc);
                }
                let ty = self.union_part(union_loc, schema, &owner);
                return alias(ty);
            }
            if !parts.scalars.is_empty() {
                let scalars = std::mem::take(&mut parts.scalars);
                let mut ty = self.conjoin(scalars, &owner);
                // What the schema itself says beside its members.
                let own = self.constraints(view, loc);
                ty.constraints.conjoin(&own);
                return alias(ty);
            }
            return alias(TyUse::new(Ty::Map(Box::new(TyUse::new(Ty::Any)))));
        }
        self.build_struct(parts, loc, &owner, unions)
    }

    /// The struct of the properties, unions and extra keys gathered.
    pub(super) fn build_struct(
        &mut self,
        mut parts: Parts,
        loc: &Loc,
        owner: &str,
        unions: Vec<(Loc, Rc<Schema>)>,
    ) -> TypeKind {
        let owner = owner.to_owned();
        // Required but never described: present with any value.
        for name in std::mem::take(&mut parts.required_order) {
            if !parts.index.contains_key(&name) {
                let any = Schema {
                    description: Some(
                        "Required by the spec, which does not say what it holds.".to_owned(),
                    ),
                    ..Schema::any()
                };
                let at = loc.child("required").child(&name);
                parts.index.insert(name.clone(), parts.props.len());
                parts.props.push(Prop {
                    wire: name,
                    definitions: vec![Definition {
                        schema: Rc::new(any),
                        loc: at,
                    }],
                    owner: owner.clone(),
                });
            }
        }
        let mut scope = Scope::new();
        let mut fields = Vec::with_capacity(parts.props.len());
        for prop in std::mem::take(&mut parts.props) {
            fields.push(self.field(&prop, &parts, &owner, &mut scope));
        }
        for (i, (union_loc, schema)) in unions.iter().enumerate() {
            let ty = self.union_part(union_loc, schema, &hints::flattened(&owner, i));
            let name = scope.claim(naming::flattened_field(i));
            fields.push(Field {
                name,
                wire: String::new(),
                ty,
                required: true,
                docs: Vec::new(),
                deprecated: false,
                default: None,
                default_accessor: None,
                flatten: true,
                build: Build::default(),
            });
        }
        let (additional, deny_unknown) = self.unknown_keys(parts.additional.take(), &mut scope);
        TypeKind::Struct(Struct {
            fields,
            additional,
            deny_unknown,
            requirements: std::mem::take(&mut parts.requirements),
            parameters: false,
        })
    }

    /// The map that keeps keys beyond the declared properties, and whether
    /// a key the schema forbids is an error (`unknown_keys`).
    fn unknown_keys(
        &mut self,
        declared: Option<(Schema, Loc, String)>,
        scope: &mut Scope,
    ) -> (Option<Additional>, bool) {
        let (value, typed) = match declared {
            Some((schema, _, _)) if schema.boolean == Some(false) => {
                return (None, self.unknown_keys == UnknownKeys::Reject)
            }
            Some((schema, at, owner)) if schema.boolean.is_none() => {
                (self.lower(&schema, &at, &hints::map_value(&owner)), true)
            }
            // `true` and absent mean the same: anything goes.
            Some(_) | None => {
                if self.unknown_keys == UnknownKeys::Ignore {
                    return (None, false);
                }
                (TyUse::new(Ty::Any), false)
            }
        };
        let name = scope.claim(naming::additional_field());
        (Some(Additional { name, value, typed }), false)
    }

    /// Gathers what `view` (at `loc`) contributes, following `allOf`.
    pub(super) fn collect(
        &mut self,
        view: View<'_>,
        loc: &Loc,
        owner: &str,
        parts: &mut Parts,
        outer: bool,
    ) {
        for (wire, schema) in view.properties() {
            let at = loc.child("properties").child(wire);
            self.add_prop(parts, wire, schema, at, owner);
        }
        for name in view.required() {
            if parts.required.insert(name.clone()) {
                parts.required_order.push(name.clone());
            }
        }
        if let Some(additional) = &view.additional_properties {
            parts.additional = Some((
                (**additional).clone(),
                loc.child("additionalProperties"),
                owner.to_owned(),
            ));
        }
        if !view.one_of().is_empty() || !view.any_of().is_empty() {
            // The union without what describes the whole (its
            // discriminator included: beside properties it reads by shape).
            let schema = Schema {
                title: None,
                description: None,
                deprecated: false,
                read_only: false,
                write_only: false,
                nullable: false,
                default: None,
                discriminator: None,
                extensions: Vec::new(),
                pattern_properties: Default::default(),
                property_names: None,
                prefix_items: None,
                items_array: false,
                ..view.clone()
            };
            parts.unions.push((loc.clone(), Rc::new(schema)));
        }
        if !outer && scalar(view) {
            parts.scalars.push(Definition {
                schema: Rc::new(view.clone()),
                loc: loc.clone(),
            });
        }
        for (i, member) in view.all_of().iter().enumerate() {
            let at = loc.child("allOf").child(&i.to_string());
            let (target, schema, member_owner) = match &member.reference {
                Some(reference) if member.is_reference() => {
                    let Some((target, schema)) = self.resolve_chain(&at, reference) else {
                        continue;
                    };
                    let member_owner = match self.components.get(&target) {
                        Some(&id) => self.name_of(id).to_string(),
                        None => owner.to_owned(),
                    };
                    (target, schema, member_owner)
                }
                _ => (at, Rc::new(member.clone()), owner.to_owned()),
            };
            if !parts.visited.insert(target.clone()) {
                self.error(
                    &target,
                    "`allOf` includes itself (directly or through other members)",
                );
                continue;
            }
            if !schema.is_reference() {
                self.collect(&schema, &target, &member_owner, parts, false);
            }
        }
    }

    /// Adds a definition of a property; all of a property's definitions
    /// are conjoined when its field is made.
    fn add_prop(
        &mut self,
        parts: &mut Parts,
        wire: &str,
        schema: &Rc<Schema>,
        loc: Loc,
        owner: &str,
    ) {
        let definition = Definition {
            schema: schema.clone(),
            loc,
        };
        match parts.index.get(wire) {
            Some(&i) => parts.props[i].definitions.push(definition),
            None => {
                parts.index.insert(wire.to_owned(), parts.props.len());
                parts.props.push(Prop {
                    wire: wire.to_owned(),
                    definitions: vec![definition],
                    owner: owner.to_owned(),
                });
            }
        }
    }

    fn field(&mut self, prop: &Prop, parts: &Parts, owner: &str, scope: &mut Scope) -> Field {
        let name = scope.claim(naming::field_name(&prop.wire));
        // A property's own type is named after the schema that declares it
        // (shared by every struct it is merged into); one that several
        // members define is this struct's own.
        let declared_by = match prop.definitions.as_slice() {
            [_] => &prop.owner,
            _ => owner,
        };
        let property = match self.camel_cache.get(&prop.wire) {
            Some(camel) => camel,
            None => {
                let camel = hints::camel(&prop.wire);
                self.camel_cache.entry(prop.wire.clone()).or_insert(camel)
            }
        };
        let hint = hints::joined(declared_by, property);
        let ty = match prop.definitions.as_slice() {
            [only] => self.lower(&only.schema, &only.loc, &hint),
            _ => self.conjoin(prop.definitions.clone(), &hint),
        };
        // Annotations: the last definition that gives one (the most derived).
        let items = || {
            prop.definitions
                .iter()
                .rev()
                .map(|d| &d.schema)
                .filter(|schema| !schema.is_reference())
        };
        let docs = items()
            .find_map(|data| {
                data.description.as_deref().or(data
                    .title
                    .as_deref()
                    .filter(|t| !hints::restates(t, &prop.wire)))
            })
            .map(|text| self.doc_lines(text))
            .unwrap_or_default();
        let deprecated = items().any(|data| data.deprecated);
        let write_only = items().any(|data| data.write_only);
        let default = items().find_map(|data| data.default.clone());
        Field {
            name,
            wire: prop.wire.clone(),
            ty,
            // Write-only properties never come back in responses.
            required: parts.required.contains(&prop.wire) && !write_only,
            docs,
            deprecated,
            default: default.map(DefaultValue::Json),
            default_accessor: None,
            flatten: false,
            build: Build::default(),
        }
    }

    /// The type of a union found beside properties (or as an `allOf`
    /// member): the component's type, or a new one.
    fn union_part(&mut self, loc: &Loc, schema: &Schema, hint: &str) -> TyUse {
        let view = schema;
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
        let kind = self.union(id, schema, loc);
        self.define_kind(id, schema, kind);
        TyUse::new(Ty::Named(id))
    }
}

fn alias(target: TyUse) -> TypeKind {
    TypeKind::Alias(Alias {
        target,
        newtype: false,
    })
}

/// A union whose members only require properties (`anyOf: [{required:
/// [a]}, {required: [b]}]`): a validation rule, not a choice of types. A
/// member with anything else (`not`, bounds, types other than object)
/// makes it a union of types.
fn constraint_only_union(view: View<'_>) -> bool {
    let members: Vec<&Schema> = view.one_of().iter().chain(view.any_of()).collect();
    !members.is_empty()
        && members
            .iter()
            .all(|member| !member.is_reference() && only_required(member))
}

/// `{required: [...]}` with at most `type: object` and annotations.
fn only_required(member: &Schema) -> bool {
    let rest = Schema {
        required: Vec::new(),
        types: member
            .types
            .iter()
            .copied()
            .filter(|t| *t != crate::read::Type::Object)
            .collect(),
        title: None,
        description: None,
        deprecated: false,
        read_only: false,
        write_only: false,
        default: None,
        extensions: Vec::new(),
        ..member.clone()
    };
    rest == Schema::default()
}

/// The unions gathered that choose between types; those that only require
/// one set of keys or another become the struct's requirements.
pub(super) fn take_unions(parts: &mut Parts) -> Vec<(Loc, Rc<Schema>)> {
    let mut unions = Vec::new();
    for (loc, schema) in std::mem::take(&mut parts.unions) {
        match constraint_only_union(&schema) {
            true => {
                for (members, exactly_one) in [(schema.any_of(), false), (schema.one_of(), true)] {
                    let alternatives: Vec<Vec<String>> = members
                        .iter()
                        .filter(|member| !member.is_reference())
                        .map(|member| member.required().to_vec())
                        .collect();
                    if !alternatives.is_empty() {
                        parts.requirements.push(Requirement {
                            alternatives,
                            exactly_one,
                        });
                    }
                }
            }
            false => unions.push((loc, schema)),
        }
    }
    unions
}

/// A member that is not an object: a scalar type, an `enum` of scalars,
/// or constraints only (`maxLength: 4`).
fn scalar(view: View<'_>) -> bool {
    match view.typ() {
        Some(typ) => typ != "object",
        None => {
            !view.has_object_keywords()
                && view.items().is_none()
                && view.all_of().is_empty()
                && view.one_of().is_empty()
                && view.any_of().is_empty()
                && !view.enum_values().iter().any(|v| v.is_object())
        }
    }
}

/// The description of the inline `allOf` members, for a merged struct
/// that has none of its own.
pub(super) fn inherited_description(view: View<'_>) -> Option<&str> {
    view.all_of()
        .iter()
        .filter(|member| !member.is_reference())
        .find_map(|member| member.description.as_deref())
}

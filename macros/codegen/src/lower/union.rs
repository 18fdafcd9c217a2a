//! `oneOf` / `anyOf` to enums: dispatched on the discriminator when there
//! is one, on the JSON shape of the value otherwise.

use openapiv3::ReferenceOr;
use serde_json::Value;

use super::plan::Member;
use super::view::View;
use super::{hints, Lowerer};
use crate::ir::{Shapes, TyUse, TypeId, TypeKind, Union, Variant};
use crate::load::{pointer, Loc};
use crate::naming::{self, Scope};

impl Lowerer<'_, '_> {
    pub(super) fn union(&mut self, id: TypeId, view: View<'_>, loc: &Loc) -> TypeKind {
        let members = self.union_members(view, loc);
        let union_name = self.name_of(id).to_owned();
        let mut scope = Scope::new();
        let (variants, tag) = match &view.data.discriminator {
            Some(discriminator) => {
                let property = discriminator.property_name.clone();
                let variants =
                    self.tagged_variants(view, loc, &members, &property, &union_name, &mut scope);
                (variants, Some(property))
            }
            None => (
                self.untagged_variants(&members, &union_name, &mut scope),
                None,
            ),
        };
        let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
        let shared_affix = naming::shares_affix(&union_name, &names);
        TypeKind::Union(Union {
            variants,
            tag,
            shared_affix,
        })
    }

    fn untagged_variants(
        &mut self,
        members: &[Member],
        union_name: &str,
        scope: &mut Scope,
    ) -> Vec<Variant> {
        let names: Vec<String> = members
            .iter()
            .map(|member| scope.claim(self.member_name(member)))
            .collect();
        members
            .iter()
            .zip(names)
            .map(|(member, name)| {
                let hint = format!("{union_name}{name}");
                let ty = self.lower(&member.schema, &member.loc, &hint);
                variant(name, ty, None)
            })
            .collect()
    }

    /// One variant per discriminator value: explicit `mapping` first, then
    /// the value the member's own tag property allows, then its name.
    fn tagged_variants(
        &mut self,
        view: View<'_>,
        loc: &Loc,
        members: &[Member],
        property: &str,
        union_name: &str,
        scope: &mut Scope,
    ) -> Vec<Variant> {
        let mapping_at = loc.child("discriminator").child("mapping");
        let mut mapping: Vec<(String, Loc)> = Vec::new();
        if let Some(discriminator) = &view.data.discriminator {
            for (value, reference) in &discriminator.mapping {
                // A bare name means a component schema.
                let reference = if reference.contains('#')
                    || reference.contains('/')
                    || reference.contains('.')
                {
                    reference.clone()
                } else {
                    format!("#/components/schemas/{reference}")
                };
                let at = mapping_at.child(value);
                if let Some((target, _)) = self.resolve_chain(&at, &reference) {
                    mapping.push((value.clone(), target));
                }
            }
        }
        // (tag value, member index or mapped location)
        let mut entries: Vec<(String, Option<usize>, Loc)> = Vec::new();
        for (index, member) in members.iter().enumerate() {
            let mapped: Vec<String> = mapping
                .iter()
                .filter(|(_, target)| *target == member.target)
                .map(|(value, _)| value.clone())
                .collect();
            let values = if !mapped.is_empty() {
                mapped
            } else {
                let own = member
                    .view()
                    .map(|v| own_tag_values(v, property))
                    .unwrap_or_default();
                if !own.is_empty() {
                    own
                } else if member.is_reference() {
                    vec![pointer::segments(&member.target.pointer)
                        .pop()
                        .unwrap_or_default()]
                } else {
                    self.error(
                        &member.loc,
                        format!("this `oneOf` member has no value for the discriminator `{property}`: add it to `mapping` or give the member a `{property}` with a single `enum` value"),
                    );
                    continue;
                }
            };
            for value in values {
                if !entries.iter().any(|(v, _, _)| *v == value) {
                    entries.push((value, Some(index), member.target.clone()));
                }
            }
        }
        // Mapped schemas that are not among the members are variants too.
        for (value, target) in mapping {
            if !entries.iter().any(|(v, _, _)| *v == value) {
                entries.push((value, None, target));
            }
        }
        let mut lowered: Vec<Option<TyUse>> = vec![None; members.len()];
        let mut variants = Vec::with_capacity(entries.len());
        for (value, index, target) in entries {
            let name = scope.claim(naming::variant_name(&value));
            let ty = match index {
                Some(index) => match &lowered[index] {
                    Some(ty) => ty.clone(),
                    None => {
                        let member = &members[index];
                        let hint = format!("{union_name}{name}");
                        let ty = self.lower(&member.schema, &member.loc, &hint);
                        lowered[index] = Some(ty.clone());
                        ty
                    }
                },
                None => self.lower_loc(&target),
            };
            variants.push(variant(name, ty, Some(value)));
        }
        variants
    }

    /// A variant name for an untagged member: the referenced type's name,
    /// an informative title, or what kind of value it is.
    fn member_name(&self, member: &Member) -> String {
        if member.is_reference() {
            if let Some(&id) = self.components.get(&member.target) {
                return self.name_of(id).to_owned();
            }
            return hints::for_loc(self, &member.target);
        }
        let Some(view) = member.view() else {
            return "Value".to_owned();
        };
        if let Some(title) = view.data.title.as_deref().filter(|t| !t.trim().is_empty()) {
            return naming::type_name(title);
        }
        let kind = match view.typ() {
            Some("string") if view.has_enum() => "Enum",
            Some("string") => "String",
            Some("integer") => "Integer",
            Some("number") => "Number",
            Some("boolean") => "Boolean",
            Some("array") => "Array",
            Some("object") if view.properties().is_empty() => "Map",
            Some("object") => "Object",
            _ if !view.properties().is_empty() => "Object",
            _ if view.items().is_some() => "Array",
            _ if view.has_enum() => "Enum",
            _ => "Value",
        };
        kind.to_owned()
    }
}

/// Values a member allows for the tag property (`type: {enum: [openai]}`).
fn own_tag_values(view: View<'_>, property: &str) -> Vec<String> {
    let Some(ReferenceOr::Item(schema)) = view.properties().get(property) else {
        return Vec::new();
    };
    View::new(schema)
        .enum_values()
        .into_iter()
        .filter_map(|v| match v {
            Value::String(s) => Some(s),
            _ => None,
        })
        .collect()
}

fn variant(name: String, ty: TyUse, tag_value: Option<String>) -> Variant {
    Variant {
        name,
        ty,
        tag_value,
        declares_tag: true,
        shapes: Shapes::ALL,
        rank: 0,
    }
}

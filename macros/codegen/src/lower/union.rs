//! `oneOf` / `anyOf` to enums: dispatched on the discriminator when there
//! is one, on the JSON shape of the value otherwise.

use serde_json::Value;

use super::plan::Member;
use super::view::View;
use super::Lowerer;
use crate::ir::{Alias, Dispatch, Ty, TyUse, TypeId, TypeKind, Union, Variant};
use crate::load::{pointer, Loc};
use crate::naming::{self, hints, Ident, Scope};

impl Lowerer<'_, '_> {
    pub(super) fn union(&mut self, id: TypeId, view: View<'_>, loc: &Loc) -> TypeKind {
        let members = self.union_members(view, loc);
        let union_name = self.name_of(id).clone();
        let tagged = view.discriminator.as_ref().and_then(|discriminator| {
            let property = discriminator.property.clone();
            let variants = self.tagged_variants(view, loc, &members, &property, &union_name)?;
            Some((variants, Some(property)))
        });
        // A discriminator that cannot tell the members apart (a member
        // without a value for it, or two members with the same one) is
        // read like a union without one: by shape.
        let (variants, tag) = match tagged {
            Some(tagged) => tagged,
            None => (self.untagged_variants(&members, &union_name), None),
        };
        if variants.is_empty() {
            return TypeKind::Alias(Alias {
                target: TyUse::new(Ty::Any),
                newtype: false,
            });
        }
        // Constraints beside the union hold whichever member the value is.
        let beside = self.constraints(view, loc);
        let mut variants = variants;
        for variant in &mut variants {
            variant.ty.constraints.conjoin(&beside);
        }
        let names: Vec<&Ident> = variants.iter().map(|v| &v.name).collect();
        let shared_affix = naming::shares_affix(&union_name, &names);
        TypeKind::Union(Union {
            variants,
            discriminator: tag,
            dispatch: Dispatch::default(),
            shared_affix,
            text_variant: None,
            // Keys beside the union's own properties are the struct's.
            required: view
                .required()
                .iter()
                .filter(|name| !view.properties().contains_key(*name))
                .cloned()
                .collect(),
        })
    }

    fn untagged_variants(&mut self, members: &[Member], union_name: &Ident) -> Vec<Variant> {
        let mut scope = Scope::new();
        let names: Vec<Ident> = members
            .iter()
            .map(|member| scope.claim(self.member_name(member)))
            .collect();
        members
            .iter()
            .zip(names)
            .map(|(member, name)| {
                let hint = hints::member(union_name.as_str(), &name);
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
        union_name: &Ident,
    ) -> Option<Vec<Variant>> {
        let mut scope = Scope::new();
        let mapping_at = loc.child("discriminator").child("mapping");
        let mut mapping: Vec<(String, Loc)> = Vec::new();
        if let Some(discriminator) = &view.discriminator {
            for (value, reference) in &discriminator.mapping {
                let at = mapping_at.child(value);
                if let Some((target, _)) = self.resolve_chain(&at, reference) {
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
                let own = self.own_tag_values(member, property);
                if !own.is_empty() {
                    own
                } else if member.is_reference() {
                    vec![pointer::segments(member.target.pointer())
                        .pop()
                        .unwrap_or_default()]
                } else {
                    return None;
                }
            };
            for value in values {
                match entries.iter().find(|(v, _, _)| *v == value) {
                    Some((_, Some(other), _)) if *other != index => return None,
                    Some(_) => {}
                    None => entries.push((value, Some(index), member.target.clone())),
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
                        let hint = hints::member(union_name.as_str(), &name);
                        let ty = self.lower(&member.schema, &member.loc, &hint);
                        lowered[index] = Some(ty.clone());
                        ty
                    }
                },
                None => self.lower_loc(&target),
            };
            variants.push(variant(name, ty, Some(value)));
        }
        Some(variants)
    }

    /// Values a member allows for the tag property (`type: {enum: [openai]}`),
    /// looking through `allOf`.
    fn own_tag_values(&mut self, member: &Member, property: &str) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(view) = member.view() {
            self.collect_tag_values(view, &member.target, property, &mut found, 0);
        }
        found
    }

    fn collect_tag_values(
        &mut self,
        view: View<'_>,
        loc: &Loc,
        property: &str,
        found: &mut Vec<String>,
        depth: usize,
    ) {
        if depth > 16 {
            return;
        }
        if let Some(schema) = view
            .properties()
            .get(property)
            .filter(|s| !s.is_reference())
        {
            found.extend(schema.enum_values().iter().filter_map(|v| match v {
                Value::String(s) => Some(s.clone()),
                _ => None,
            }));
        }
        for (i, member) in view.all_of().iter().enumerate() {
            let at = loc.child("allOf").child(&i.to_string());
            let (target, schema) = match &member.reference {
                Some(reference) if member.is_reference() => {
                    match self.resolve_chain(&at, reference) {
                        Some(found) => found,
                        None => continue,
                    }
                }
                _ => (at, std::rc::Rc::new(member.clone())),
            };
            if !schema.is_reference() {
                self.collect_tag_values(&schema, &target, property, found, depth + 1);
            }
        }
    }

    /// A variant name for an untagged member: the referenced type's name,
    /// an informative title, or what kind of value it is.
    fn member_name(&self, member: &Member) -> Ident {
        if member.is_reference() {
            if let Some(&id) = self.components.get(&member.target) {
                return self.name_of(id).clone();
            }
            return naming::variant_name(&self.hint_for(&member.target));
        }
        let Some(view) = member.view() else {
            return naming::variant_name("Value");
        };
        if let Some(title) = view.title.as_deref().filter(|t| !t.trim().is_empty()) {
            return naming::type_name(title);
        }
        // `allOf: [{$ref: Base}, {...}]`: named after what it extends.
        let extended = view.all_of().iter().find_map(|part| {
            let reference = part.reference.as_ref().filter(|_| part.is_reference())?;
            let fragment = reference.strip_prefix('#')?;
            let target = Loc::new(member.loc.file, pointer::percent_decode(fragment));
            self.components
                .get(&target)
                .map(|&id| self.name_of(id).clone())
        });
        if let Some(name) = extended {
            return name;
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
        naming::variant_name(kind)
    }
}

fn variant(name: Ident, ty: TyUse, tag_value: Option<String>) -> Variant {
    Variant {
        name,
        ty,
        tag_value,
        from: false,
    }
}

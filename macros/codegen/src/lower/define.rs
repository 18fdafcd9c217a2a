//! Filling a reserved type slot: from a component (possibly only a
//! `$ref`), a plan, or an alias; the type's docs and own nullability.

use super::view::View;
use super::{object, plan, Lowerer, Memo, Plan};
use crate::ir::{Alias, Ty, TyUse, TypeDef, TypeId, TypeKind};
use crate::load::Loc;
use crate::naming::hints;

impl Lowerer<'_, '_> {
    pub(super) fn define_component(&mut self, id: TypeId, loc: &Loc) {
        let schema = self.schema_at(loc);
        match schema.reference.clone().filter(|_| schema.is_reference()) {
            Some(reference) => {
                // A component that is only a reference: an alias of a
                // component, or the name of a schema kept elsewhere.
                let Some((target, schema)) = self.resolve_chain(loc, &reference) else {
                    self.define_alias(id, loc, TyUse::new(Ty::Any));
                    return;
                };
                // A reference to a component whose type is the user's: an
                // alias of that type (never a definition of its schema).
                if self.foreign.contains(&target) {
                    let target_ty = self.lower_loc(&target);
                    self.define_alias(id, loc, target_ty);
                    return;
                }
                if let Some(&other) = self.components.get(&target) {
                    if other != id {
                        let target_ty = self.lower_loc(&target);
                        self.define_alias(id, loc, target_ty);
                        return;
                    }
                }
                self.memo.insert(target.clone(), Memo::Named(id));
                let view: View<'_> = &schema;
                let name = self.name_of(id).to_string();
                let plan = self.plan(view, &target, &name);
                self.define(id, view, &target, plan);
            }
            None => {
                let view: View<'_> = &schema;
                let name = self.name_of(id).to_string();
                let plan = self.plan(view, loc, &name);
                self.define(id, view, loc, plan);
            }
        }
    }

    /// Fills slot `id` from a plan.
    pub(super) fn define(&mut self, id: TypeId, view: View<'_>, loc: &Loc, plan: Plan) {
        let kind = match plan {
            Plan::Inline(ty) => TypeKind::Alias(Alias {
                target: *ty,
                newtype: false,
            }),
            Plan::Object => self.object(id, view, loc),
            Plan::Enum { values, open } => self.enumeration(id, view, values, open),
            Plan::Union => self.union(id, view, loc),
        };
        self.define_kind(id, view, kind);
    }

    pub(super) fn define_kind(&mut self, id: TypeId, view: View<'_>, kind: TypeKind) {
        let admits_null = self.admits_null(view);
        // An alias holds its nullability (`type A = Option<T>`), so that a
        // nullable component reads `null` on its own too.
        let admits_null = admits_null && !matches!(kind, TypeKind::Alias(_));
        let kind = match kind {
            TypeKind::Alias(mut alias) => {
                alias.target.nullable |= self.admits_null(view);
                TypeKind::Alias(alias)
            }
            kind => kind,
        };
        let name = self.slots[id].name.clone();
        let mut docs = self.type_docs(view, name.as_str());
        if docs.is_empty() && matches!(kind, TypeKind::Struct(_)) {
            if let Some(description) = object::inherited_description(view) {
                docs = self.doc_lines(description);
            }
        }
        let def = TypeDef {
            name: self.slots[id].name.clone(),
            origin: self.slots[id].origin.clone(),
            spec_name: self.slots[id].spec_name.clone(),
            docs,
            deprecated: view.deprecated,
            uses_deprecated: false,
            admits_null,
            validates: false,
            derives: Vec::new(),
            in_operations: self.slots[id].in_operations,
            kind,
        };
        self.slots[id].def = Some(def);
    }

    pub(super) fn define_alias(&mut self, id: TypeId, loc: &Loc, target: TyUse) {
        let origin = self.loader.location(loc);
        self.slots[id].def = Some(TypeDef {
            name: self.slots[id].name.clone(),
            origin,
            spec_name: self.slots[id].spec_name.clone(),
            docs: Vec::new(),
            deprecated: false,
            uses_deprecated: false,
            admits_null: false,
            validates: false,
            derives: Vec::new(),
            in_operations: self.slots[id].in_operations,
            kind: TypeKind::Alias(Alias {
                target,
                newtype: false,
            }),
        });
    }

    /// Whether the schema itself admits `null`: `nullable`, `null` among
    /// its `enum` values, or a `{type: "null"}` member of its union.
    pub(super) fn admits_null(&self, view: View<'_>) -> bool {
        view.nullable
            || view.enum_values().iter().any(|v| v.is_null())
            || view
                .one_of()
                .iter()
                .chain(view.any_of())
                .any(|member| !member.is_reference() && plan::is_null_only(member))
    }
}

impl Lowerer<'_, '_> {
    /// Docs of a named type: its title (when it says more than the name)
    /// and description.
    fn type_docs(&mut self, view: View<'_>, name: &str) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(title) = view.title.as_deref() {
            if !hints::restates(title, name) {
                lines.extend(self.doc_lines(title));
            }
        }
        if let Some(description) = view.description.as_deref() {
            let more = self.doc_lines(description);
            if !more.is_empty() && !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(more);
        }
        lines
    }
}

//! What a schema becomes: a type expression (strings, numbers, arrays,
//! maps), or a named struct, enum or union.

use std::rc::Rc;

use serde_json::Value;

use super::view::{AdditionalProperties, View};
use super::{Lowerer, Plan};
use crate::ir::{Constraints, IntKind, KeyRule, Ty, TyUse};
use crate::load::Loc;
use crate::naming::hints;
use crate::read::{Schema, Type};

/// A union member after following references.
pub struct Member {
    pub schema: Schema,
    /// Where the member is written.
    pub loc: Loc,
    /// Where its schema is (the target of a reference).
    pub target: Loc,
    pub resolved: Rc<Schema>,
}

impl Member {
    pub fn view(&self) -> Option<View<'_>> {
        Some(&*self.resolved).filter(|schema| !schema.is_reference())
    }

    pub fn is_reference(&self) -> bool {
        self.schema.is_reference()
    }

    /// What stands beside `oneOf`/`anyOf` applies to every member too: an
    /// inline member without a `type` (`{format: date}`) takes the union's
    /// (`type: string`), and its `format` if it has none; the union's
    /// `required` names are required in every inline member.
    fn inherit(&mut self, union: View<'_>) {
        if self.schema.is_reference() {
            return;
        }
        let schema = &mut self.schema;
        let mut changed = false;
        if let (Some(typ), true) = (union.types.first(), schema.types.is_empty()) {
            if schema.one_of.is_empty() && schema.any_of.is_empty() && schema.all_of.is_empty() {
                schema.types = vec![*typ];
                if schema.format.is_none() {
                    schema.format = union.format.clone();
                }
                changed = true;
            }
        }
        let object = schema.types == [Type::Object] || !schema.properties.is_empty();
        if object {
            for name in union.required() {
                if !schema.required.contains(name) {
                    schema.required.push(name.clone());
                    changed = true;
                }
            }
        }
        if changed {
            self.resolved = Rc::new(schema.clone());
        }
    }
}

impl Lowerer<'_, '_> {
    pub(super) fn plan(&mut self, view: View<'_>, loc: &Loc, hint: &str) -> Plan {
        let nullable = self.admits_null(view);
        // Its own `enum` is what a schema can be, whatever its `allOf`
        // members say (they can only narrow it further).
        if view.has_enum() {
            let values: Vec<Value> = view
                .enum_values()
                .iter()
                .filter(|v| !v.is_null())
                .cloned()
                .collect();
            return if values.is_empty() {
                Plan::Inline(Box::new(TyUse::new(Ty::Null).nullable(true)))
            } else if values
                .iter()
                .all(|v| v.is_string() || v.is_number() || v.is_boolean())
            {
                Plan::Enum {
                    values,
                    open: false,
                }
            } else {
                Plan::Inline(Box::new(TyUse::new(Ty::Any)))
            };
        }
        if !view.all_of().is_empty() {
            if let Some(forward) = self.single_member(view, loc, hint) {
                return Plan::Inline(Box::new(forward.nullable(nullable)));
            }
            return Plan::Object;
        }
        if !view.one_of().is_empty() || !view.any_of().is_empty() {
            return self.plan_union(view, loc, hint, nullable);
        }
        let typ = view.typ().or_else(|| infer_type(view));
        if let Some(ty) = self.format_type(view, typ) {
            return Plan::Inline(Box::new(TyUse::new(ty).nullable(nullable)));
        }
        let ty = match typ {
            Some("string") => Ty::String,
            Some("integer") => Ty::Integer(int_kind(view)),
            Some("number") => Ty::Number,
            Some("boolean") => Ty::Boolean,
            Some("array") => self.array(view, loc, hint),
            // `additionalProperties: false` without properties: only `{}`,
            // a struct without fields rather than a map.
            Some("object")
                if !view.properties().is_empty()
                    || matches!(
                        view.additional_properties(),
                        Some(AdditionalProperties::Any(false))
                    ) =>
            {
                return Plan::Object
            }
            Some("object") => self.map(view, loc, hint),
            _ => Ty::Any,
        };
        let mut ty = TyUse::new(ty).nullable(nullable);
        ty.constraints = self.constraints(view, loc);
        Plan::Inline(Box::new(ty))
    }

    /// The schema's constraints. A `pattern` that is not an ECMA-262
    /// regular expression (the syntax JSON Schema uses) is reported where
    /// it is, and not checked.
    pub(super) fn constraints(&mut self, view: View<'_>, loc: &Loc) -> Constraints {
        let mut constraints = view.constraints();
        let mut invalid = Vec::new();
        constraints.patterns.retain(|pattern| match compile_pattern(pattern) {
            Ok(()) => true,
            Err(error) => {
                invalid.push(format!(
                    "`pattern: {pattern}` is not an ECMA-262 regular expression (the syntax JSON Schema uses): {error}"
                ));
                false
            }
        });
        for message in invalid {
            self.error(&loc.child("pattern"), message);
        }
        if let Some(names) = &view.property_names {
            constraints.property_names = self.property_names(names, loc);
        }
        constraints
    }

    /// `propertyNames` (written at `loc`): its values (`enum`, `const`)
    /// and string constraints.
    fn property_names(&mut self, names: &Schema, loc: &Loc) -> Option<Box<KeyRule>> {
        let at = loc.child("propertyNames");
        let (target, schema) = match &names.reference {
            Some(reference) if names.is_reference() => self.resolve_chain(&at, reference)?,
            _ => (at, Rc::new(names.clone())),
        };
        let view: View<'_> = &schema;
        let values = view
            .enum_values()
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let constraints = self.constraints(view, &target);
        Some(Box::new(KeyRule {
            values,
            constraints,
        }))
    }

    /// `allOf: [X]` with nothing of its own but annotations: X itself.
    fn single_member(&mut self, view: View<'_>, loc: &Loc, hint: &str) -> Option<TyUse> {
        let [member] = view.all_of() else {
            return None;
        };
        let own = view.typ().is_some_and(|t| t != "object")
            || view.has_object_keywords()
            || view.items().is_some()
            || view.has_enum()
            || !view.one_of().is_empty()
            || !view.any_of().is_empty();
        if own {
            return None;
        }
        let at = loc.child("allOf").child("0");
        Some(self.lower(member, &at, hint))
    }

    fn plan_union(&mut self, view: View<'_>, loc: &Loc, hint: &str, nullable: bool) -> Plan {
        if view.has_object_keywords() {
            return Plan::Object;
        }
        let members = self.union_members(view, loc);
        let had_null = members.len() < view.one_of().len() + view.any_of().len();
        let nullable = nullable || had_null;
        match members.as_slice() {
            [] => return Plan::Inline(Box::new(TyUse::new(Ty::Null).nullable(true))),
            // With a discriminator, even one member stays a union: the tag
            // is checked and its mapping resolved.
            [only] if view.discriminator.is_none() => {
                let mut ty = self.lower(&only.schema, &only.loc, hint);
                let beside = self.constraints(view, loc);
                ty.constraints.conjoin(&beside);
                return Plan::Inline(Box::new(ty.nullable(nullable)));
            }
            _ => {}
        }
        if view.discriminator.is_none() {
            if let Some((values, open)) = open_enum_values(&members) {
                return Plan::Enum { values, open };
            }
        }
        Plan::Union
    }

    /// The non-null members of `oneOf`/`anyOf` (both, when both are given).
    pub(super) fn union_members(&mut self, view: View<'_>, loc: &Loc) -> Vec<Member> {
        let mut members = Vec::new();
        for (keyword, list) in [("oneOf", view.one_of()), ("anyOf", view.any_of())] {
            for (i, schema) in list.iter().enumerate() {
                let at = loc.child(keyword).child(&i.to_string());
                let (target, resolved) = match &schema.reference {
                    Some(reference) if schema.is_reference() => {
                        match self.resolve_chain(&at, reference) {
                            Some(found) => found,
                            None => continue,
                        }
                    }
                    _ => (at.clone(), Rc::new(schema.clone())),
                };
                let mut member = Member {
                    schema: schema.clone(),
                    loc: at,
                    target,
                    resolved,
                };
                member.inherit(view);
                if member.view().is_some_and(is_null_only) {
                    continue;
                }
                members.push(member);
            }
        }
        members
    }

    fn array(&mut self, view: View<'_>, loc: &Loc, hint: &str) -> Ty {
        // The items beyond a prefix: `additionalItems` in draft 4.
        let rest_keyword = if view.items_array {
            "additionalItems"
        } else {
            "items"
        };
        if let Some(prefix) = &view.prefix_items {
            let closed = view
                .items()
                .is_some_and(|items| items.boolean == Some(false))
                || view.max_items == Some(prefix.len() as u64);
            if prefix.is_empty() {
                return Ty::Array(Box::new(TyUse::new(Ty::Any)));
            }
            let keyword = if view.items_array {
                "items"
            } else {
                "prefixItems"
            };
            let members = prefix
                .iter()
                .enumerate()
                .map(|(i, schema)| {
                    let at = loc.child(keyword).child(&i.to_string());
                    self.lower(schema, &at, &hints::indexed(hint, i))
                })
                .collect();
            if closed {
                return Ty::Tuple(members);
            }
            // Open: more items may follow, of the `items` schema if any.
            let rest = match view.items() {
                Some(items) => self.lower(items, &loc.child(rest_keyword), &format!("{hint}Item")),
                None => TyUse::new(Ty::Any),
            };
            return Ty::Prefixed(members, Box::new(rest));
        }
        let item = match view.items() {
            Some(items) => self.lower(items, &loc.child("items"), &format!("{hint}Item")),
            None => TyUse::new(Ty::Any),
        };
        Ty::Array(Box::new(item))
    }

    /// An object without declared properties: a map of its values.
    pub(super) fn map(&mut self, view: View<'_>, loc: &Loc, hint: &str) -> Ty {
        let value = match view.additional_properties() {
            Some(AdditionalProperties::Schema(schema)) => self.lower(
                schema,
                &loc.child("additionalProperties"),
                &format!("{hint}Value"),
            ),
            Some(AdditionalProperties::Any(_)) => TyUse::new(Ty::Any),
            // One pattern: its schema types the values.
            None if view.pattern_properties.len() == 1 => {
                let (pattern, schema) = view.pattern_properties.first().expect("one pattern");
                let at = loc.child("patternProperties").child(pattern);
                self.lower(schema, &at, &format!("{hint}Value"))
            }
            None => TyUse::new(Ty::Any),
        };
        Ty::Map(Box::new(value))
    }
}

/// `{type: "null"}`: admits only null.
pub fn is_null_only(view: View<'_>) -> bool {
    let values = view.enum_values();
    view.nullable && !values.is_empty() && values.iter().all(Value::is_null)
}

/// The open-enum pattern `anyOf: [{enum: [...]}, {type: string}]`: inline
/// string enums and plain strings. The known values, and whether a plain
/// string member makes the enum open.
fn open_enum_values(members: &[Member]) -> Option<(Vec<Value>, bool)> {
    let mut values = Vec::new();
    let mut open = false;
    for member in members {
        if member.is_reference() {
            return None;
        }
        let view = member.view()?;
        let is_string = view.typ() == Some("string") || (view.typ().is_none() && view.has_enum());
        if !is_string
            || !view.all_of().is_empty()
            || !view.one_of().is_empty()
            || !view.any_of().is_empty()
        {
            return None;
        }
        if view.has_enum() {
            let member_values = view.enum_values();
            if !member_values.iter().all(|v| v.is_string() || v.is_null()) {
                return None;
            }
            values.extend(member_values.iter().filter(|v| v.is_string()).cloned());
        } else if view.constraints().is_empty() && view.format().is_none() {
            open = true;
        } else {
            return None;
        }
    }
    (!values.is_empty()).then_some((values, open))
}

/// Compiles as the runtime does: with the `u` flag JSON Schema asks for,
/// else in the legacy syntax many real patterns are written in.
fn compile_pattern(pattern: &str) -> Result<(), regress::Error> {
    regress::Regex::with_flags(pattern, "u")
        .or_else(|_| regress::Regex::new(pattern))
        .map(|_| ())
}

pub(super) fn infer_type(view: View<'_>) -> Option<&'static str> {
    if view.has_object_keywords() {
        Some("object")
    } else if view.items().is_some() || view.prefix_items.is_some() {
        Some("array")
    } else {
        None
    }
}

fn int_kind(view: View<'_>) -> IntKind {
    let c = view.constraints();
    let as_f64 = |b: &Option<crate::ir::Bound>| b.as_ref().and_then(|b| b.value.as_f64());
    let (min, max) = (as_f64(&c.minimum), as_f64(&c.maximum));
    // 2^64 and -2^63 as floats: bounds past them need big integers.
    const TWO_64: f64 = 18_446_744_073_709_551_616.0;
    const MIN_I64: f64 = -9_223_372_036_854_775_808.0;
    // A bound past 64 bits, either way, asks for values no 64-bit type
    // holds (`minimum: 1e30` too).
    let outside = |b: f64| !(MIN_I64..=TWO_64).contains(&b);
    if max.is_some_and(outside) || min.is_some_and(outside) {
        return IntKind::Big;
    }
    let unsigned_bound = max.is_some_and(|m| m > i64::MAX as f64);
    match view.format() {
        Some("int8") => IntKind::I8,
        Some("int16") => IntKind::I16,
        Some("int32") => IntKind::I32,
        Some("uint8") => IntKind::U8,
        Some("uint16") => IntKind::U16,
        Some("uint32") => IntKind::U32,
        Some("uint64" | "uint") => IntKind::U64,
        _ if unsigned_bound => IntKind::U64,
        _ => IntKind::I64,
    }
}

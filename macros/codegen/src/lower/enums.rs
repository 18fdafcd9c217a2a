//! `enum` values to a Rust enum with one variant per value.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use serde_json::Value;

use super::view::View;
use super::Lowerer;
use crate::ir::{Enum, EnumVariant, TypeId, TypeKind};
use crate::naming::{self, Ident, Scope};

impl Lowerer<'_, '_> {
    pub(super) fn enumeration(
        &mut self,
        id: TypeId,
        view: View<'_>,
        values: Vec<Value>,
        open: bool,
    ) -> TypeKind {
        // Values are the same when their JSON text is: a string by its
        // text (no other value's text is a bare string), others written out.
        let mut strings = HashSet::with_capacity(values.len());
        let mut others = HashSet::new();
        let unique: Vec<Value> = values
            .into_iter()
            .filter(|value| match value {
                Value::String(text) => strings.insert(text.clone()),
                other => others.insert(other.to_string()),
            })
            .collect();
        let given = given_names(view, &unique);
        // Names come from the values' text, which `==` does not always tell
        // apart (`-0.0`, `0.0`).
        let texts = unique.iter().filter_map(crate::ir::value_text).collect();
        let key = (unique, texts, given, open);
        let (names, other) = match self.variant_cache.get(&key) {
            Some(names) => names.clone(),
            None => {
                let names = claimed_names(&key.0, key.2.clone(), open);
                self.variant_cache.insert(key.clone(), names.clone());
                names
            }
        };
        let variants: Vec<EnumVariant> = key
            .0
            .into_iter()
            .zip(names)
            .map(|(value, name)| EnumVariant { name, value })
            .collect();
        let mut all: Vec<&Ident> = variants.iter().map(|v| &v.name).collect();
        all.extend(other.as_ref());
        let shared_affix = naming::shares_affix(self.name_of(id), &all);
        TypeKind::Enum(Enum {
            variants,
            other,
            default_variant: None,
            shared_affix,
        })
    }
}

/// An enum's distinct values (and the text of those `==` takes for
/// others: [`crate::ir::value_text`]), the names the spec gives them, and
/// whether it is open.
pub(super) type VariantKey = (Vec<Value>, Vec<String>, Option<Vec<String>>, bool);
/// Its variants' names, and the name of the variant for other values.
pub(super) type VariantNames = (Vec<Ident>, Option<Ident>);

/// The names of an enum's variants, each unique in the enum.
fn claimed_names(values: &[Value], given: Option<Vec<String>>, open: bool) -> VariantNames {
    let mut scope = Scope::new();
    let names = variant_names(values, given)
        .into_iter()
        .map(|name| scope.claim(name))
        .collect();
    let other = open.then(|| scope.claim(naming::other_variant()));
    (names, other)
}

/// Names given by the `x-enum-varnames` / `x-enumNames` extensions, when
/// they match the values one to one.
fn given_names(view: View<'_>, values: &[Value]) -> Option<Vec<String>> {
    let raw = view.enum_values().iter().filter(|v| !v.is_null()).count();
    if raw != values.len() {
        return None;
    }
    ["x-enum-varnames", "x-enumNames", "x-enum-names"]
        .iter()
        .find_map(|key| {
            let names = view.extension(key)?.as_array()?;
            let names: Vec<String> = names
                .iter()
                .map(|n| n.as_str().map(str::to_owned))
                .collect::<Option<_>>()?;
            (names.len() == values.len()).then_some(names)
        })
}

/// Recased names; values whose names collide are spelled out instead
/// (`a-b` / `a_b` → `AMinusB` / `AUnderscoreB`).
fn variant_names(values: &[Value], given: Option<Vec<String>>) -> Vec<Ident> {
    let texts: Vec<String> = match given {
        Some(names) => names,
        None => values.iter().map(text).collect(),
    };
    let natural: Vec<Ident> = texts.iter().map(|t| naming::variant_name(t)).collect();
    let mut counts: HashMap<&Ident, usize> = HashMap::new();
    for name in &natural {
        *counts.entry(name).or_default() += 1;
    }
    natural
        .iter()
        .zip(&texts)
        .map(|(name, text)| {
            if counts[name] > 1 {
                naming::spelled_variant_name(text)
            } else {
                name.clone()
            }
        })
        .collect()
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn colliding_values_are_spelled() {
        let values = vec![
            json!("a-b"),
            json!("a_b"),
            json!("c"),
            json!("+1"),
            json!("-1"),
            json!(""),
        ];
        assert_eq!(
            variant_names(&values, None),
            vec!["AMinusB", "AUnderscoreB", "C", "Plus1", "Minus1", "Empty"]
        );
    }

    #[test]
    fn numbers_and_booleans() {
        let values = vec![json!(1), json!(2), json!(true)];
        assert_eq!(variant_names(&values, None), vec!["V1", "V2", "True"]);
    }
}

//! Writes a test per component of a model: build it with `new` from its
//! required fields only (each given a sample of its type, named types
//! built the same way), write it, check that exactly the required keys
//! came out, and read it back to the same value. Written from the model
//! rather than by hand, so that no component is forgotten and a change to
//! any constructor shows up as a diff of the generated tests
//! (`tests/expected/construction/`, compiled by the `goldens` crate).

use std::fmt::Write;

use openapi_models_codegen::ir::{IntKind, Model, Ty, TyUse, TypeId, TypeKind};

/// Nesting beyond this is a type that holds itself through required
/// fields: it has no finite value to build.
const MAX_DEPTH: usize = 24;

/// The tests for every component schema of `model`, whose types are in
/// module `path`; also the components that have no finite value.
pub fn tests(model: &Model, path: &str) -> (String, Vec<String>) {
    let module = "api";
    let mut out = format!("use {path} as {module};\n\n");
    let mut unbuildable = Vec::new();
    for (index, def) in model.types.iter().enumerate() {
        let Some(spec_name) = &def.spec_name else {
            continue;
        };
        let samples = Samples { model, module };
        let Some(value) = samples.named(TypeId::new(index), 0) else {
            unbuildable.push(spec_name.clone());
            continue;
        };
        let keys = match &def.kind {
            TypeKind::Struct(s) => {
                let wires = |required: bool| -> Vec<String> {
                    s.fields
                        .iter()
                        .filter(|f| !f.flatten && f.required == required)
                        .map(|f| format!("{:?}", f.wire))
                        .collect()
                };
                format!(
                    "Some((&[{}], &[{}]))",
                    wires(true).join(", "),
                    wires(false).join(", ")
                )
            }
            _ => "None".to_owned(),
        };
        let _ = writeln!(
            out,
            "#[test]\nfn {}() {{\n    let value: {module}::{} = {value};\n    crate::construction::check(&value, {keys});\n}}\n",
            test_name(def.name.unraw()),
            def.name,
        );
    }
    (out, unbuildable)
}

struct Samples<'m> {
    model: &'m Model,
    module: &'m str,
}

impl Samples<'_> {
    /// A value of the named type, built as a user would.
    fn named(&self, id: TypeId, depth: usize) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        let def = &self.model.types[id];
        let path = format!("{}::{}", self.module, def.name);
        Some(match &def.kind {
            TypeKind::Struct(s) => {
                let args: Option<Vec<String>> = s
                    .fields
                    .iter()
                    .filter(|f| f.build.param)
                    .map(|f| self.sample(&f.ty, f.build.into, depth + 1))
                    .collect();
                format!("{path}::new({})", args?.join(", "))
            }
            TypeKind::Enum(e) => match (e.variants.first(), &e.other) {
                (Some(first), _) => format!("{path}::{}", first.name),
                (None, Some(other)) => format!("{path}::{other}(\"other\".to_owned())"),
                (None, None) => return None,
            },
            // The first member that has a finite value: by `From` where
            // the union has it, as a user would write it.
            TypeKind::Union(u) => u.variants.iter().find_map(|v| {
                if v.from && !v.ty.nullable {
                    let member = self.sample(&v.ty, false, depth + 1)?;
                    Some(format!("{path}::from({member})"))
                } else {
                    let member = self.sample(&v.ty, false, depth + 1)?;
                    Some(format!("{path}::{}({member})", v.name))
                }
            })?,
            TypeKind::Alias(alias) if alias.newtype => {
                format!("{path}({})", self.sample(&alias.target, false, depth + 1)?)
            }
            TypeKind::Alias(alias) => self.sample(&alias.target, false, depth + 1)?,
        })
    }

    /// A value of a use: `into` where the parameter takes `impl Into`, so
    /// text is given as `&str` as a user would.
    fn sample(&self, ty: &TyUse, into: bool, depth: usize) -> Option<String> {
        let base = match &ty.ty {
            Ty::String if into => "\"text\"".to_owned(),
            Ty::String => "\"text\".to_owned()".to_owned(),
            Ty::Integer(IntKind::Big) | Ty::Number if into => "1".to_owned(),
            Ty::Integer(IntKind::Big) | Ty::Number => "::serde_json::Number::from(1)".to_owned(),
            Ty::Integer(_) => "1".to_owned(),
            Ty::Boolean => "true".to_owned(),
            Ty::Any if into => "\"any\"".to_owned(),
            Ty::Any => "::serde_json::Value::from(\"any\")".to_owned(),
            Ty::Null => "()".to_owned(),
            Ty::Array(_) | Ty::Prefixed(..) => "::std::vec::Vec::new()".to_owned(),
            Ty::Map(_) => "::std::collections::BTreeMap::new()".to_owned(),
            Ty::Tuple(members) => {
                let members: Option<Vec<String>> = members
                    .iter()
                    .map(|m| self.sample(m, false, depth + 1))
                    .collect();
                format!("({},)", members?.join(", "))
            }
            Ty::Named(id) => self.named(*id, depth)?,
            // The user's types: no sample to give.
            Ty::Foreign(..) => return None,
        };
        let boxed = if ty.boxed && !into {
            format!("::std::boxed::Box::new({base})")
        } else {
            base
        };
        Some(if ty.nullable && !into {
            format!("::core::option::Option::Some({boxed})")
        } else {
            boxed
        })
    }
}

/// `OpenAIConversation` → `open_ai_conversation`, a test's name.
fn test_name(type_name: &str) -> String {
    let mut name = String::new();
    let chars: Vec<char> = type_name.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        let prev_lower = i > 0 && (chars[i - 1].is_lowercase() || chars[i - 1].is_ascii_digit());
        if c.is_uppercase() && i > 0 && (prev_lower || next_lower) {
            name.push('_');
        }
        name.extend(c.to_lowercase());
    }
    name
}

#[cfg(test)]
mod tests {
    #[test]
    fn test_names_are_snake_case() {
        assert_eq!(
            super::test_name("OpenAIConversation"),
            "open_ai_conversation"
        );
        assert_eq!(super::test_name("BadRequest"), "bad_request");
        assert_eq!(
            super::test_name("ConversationsFilterAND"),
            "conversations_filter_and"
        );
    }
}

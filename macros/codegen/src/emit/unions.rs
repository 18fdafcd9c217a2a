//! Unions: an enum with one tuple variant per member, read by the
//! runtime's tagged (discriminator) or shape-dispatching reader.

use std::fmt::Write;

use super::enums::affix_allow;
use super::{derive, string, Emitter};
use crate::ir::{resolve_alias, Shapes, Ty, TypeDef, TypeKind, Union};
use crate::naming::Ident;

/// JSON kinds in the order of the runtime's candidate table.
const KINDS: [Shapes; 7] = [
    Shapes::NULL,
    Shapes::BOOL,
    Shapes::INT,
    Shapes::FLOAT,
    Shapes::STRING,
    Shapes::ARRAY,
    Shapes::OBJECT,
];

impl Emitter<'_> {
    pub(super) fn union(&self, out: &mut String, def: &TypeDef, union: &Union) {
        let rt = &self.rt;
        let name = &def.name;
        let variants: Vec<_> = union.variants.iter().map(|v| &v.name).collect();
        let types: Vec<_> = union.variants.iter().map(|v| self.nested(&v.ty)).collect();
        self.header(out, def);
        let _ = write!(
            out,
            "{} {}pub enum {name} {{ ",
            derive(&["Debug", "Clone", "PartialEq"]),
            affix_allow(union.shared_affix)
        );
        for ((variant, ty), v) in variants.iter().zip(&types).zip(&union.variants) {
            if let (Some(property), Some(tag)) = (&union.tag, &v.tag_value) {
                let doc = string(&format!(" `{property}: {}`", tag.replace('`', "'")));
                let _ = write!(out, "#[doc = {doc}] ");
            }
            let _ = write!(out, "{variant}({ty}), ");
        }
        out.push_str("}\n");

        let mut serialize = String::from("match self { ");
        for (variant, v) in variants.iter().zip(&union.variants) {
            match (&union.tag, &v.tag_value, v.declares_tag) {
                (Some(property), Some(tag), false) => {
                    let _ = write!(
                        serialize,
                        "{name}::{variant}(__value) => {rt}::__private::ser::tagged(__serializer, {}, {}, __value), ",
                        string(property),
                        string(tag)
                    );
                }
                _ => {
                    let _ = write!(
                        serialize,
                        "{name}::{variant}(__value) => {rt}::__private::serde::Serialize::serialize(__value, __serializer), "
                    );
                }
            }
        }
        serialize.push('}');
        let reader = match &union.tag {
            Some(property) => self.tagged_reader(union, property),
            None => self.untagged_reader(union),
        };
        self.serde_impls(out, def, &serialize, &reader);

        // `match index { 0 => ..., _ => last }`: the last variant takes the
        // wildcard, so there is no unreachable arm; a single variant needs
        // no match at all (clippy's `match_single_binding`).
        let count = variants.len();
        let read = |variant: &&Ident, ty: &String| {
            format!("<{ty} as {rt}::__private::serde::Deserialize>::deserialize(__deserializer).map({name}::{variant})")
        };
        let body = if count == 1 {
            format!("let _ = __index; {}", read(&variants[0], &types[0]))
        } else {
            let mut arms = String::from("match __index { ");
            for (i, (variant, ty)) in variants.iter().zip(&types).enumerate() {
                let pattern = if i + 1 == count {
                    "_".to_owned()
                } else {
                    i.to_string()
                };
                let _ = write!(arms, "{pattern} => {}, ", read(variant, ty));
            }
            arms.push('}');
            arms
        };
        let allow = self.allow_deprecated(def);
        let _ = writeln!(
            out,
            "{allow}#[automatically_derived] impl {rt}::__private::de::Variants for {name} {{ const NAME: &'static str = {}; \
             fn variant<'de, __D>(__index: usize, __deserializer: __D) -> ::core::result::Result<Self, __D::Error> \
             where __D: {rt}::__private::serde::Deserializer<'de> {{ {body} }} }}",
            string(def.name.unraw())
        );
        self.validate_union(out, def, union);
    }

    fn tagged_reader(&self, union: &Union, property: &str) -> String {
        let rt = &self.rt;
        let tags: Vec<String> = union
            .variants
            .iter()
            .map(|v| string(v.tag_value.as_deref().unwrap_or_default()))
            .collect();
        let keeps: Vec<String> = union
            .variants
            .iter()
            .map(|v| v.declares_tag.to_string())
            .collect();
        let keys: Vec<String> = union
            .variants
            .iter()
            .map(|v| self.kept_keys(&v.ty.ty))
            .collect();
        format!(
            "{rt}::__private::de::tagged(__deserializer, {}, &[{}], &[{}], &[{}])",
            string(property),
            tags.join(", "),
            keeps.join(", "),
            keys.join(", ")
        )
    }

    fn untagged_reader(&self, union: &Union) -> String {
        let rt = &self.rt;
        let candidates: Vec<String> = KINDS
            .iter()
            .map(|kind| {
                let mut indices: Vec<(u32, usize)> = union
                    .variants
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| v.shapes.contains(*kind))
                    .map(|(i, v)| (v.rank, i))
                    .collect();
                indices.sort();
                let indices: Vec<String> =
                    indices.into_iter().map(|(_, i)| i.to_string()).collect();
                format!("&[{}]", indices.join(", "))
            })
            .collect();
        let keys: Vec<String> = union
            .variants
            .iter()
            .map(|v| self.kept_keys(&v.ty.ty))
            .collect();
        let names: Vec<String> = union
            .variants
            .iter()
            .map(|v| string(v.name.unraw()))
            .collect();
        format!(
            "{rt}::__private::de::untagged(__deserializer, &[{}], &[{}], &[{}])",
            candidates.join(", "),
            keys.join(", "),
            names.join(", ")
        )
    }

    /// Which object keys a variant keeps (`Keys` in the runtime): a plain
    /// struct keeps its fields; maps and structs with additional
    /// properties keep all.
    fn kept_keys(&self, ty: &Ty) -> String {
        let keys = format!("{}::__private::de::Keys", self.rt);
        let target = match ty {
            Ty::Named(id) => &self.model.types[resolve_alias(&self.model.types, *id)].kind,
            Ty::Map(_) | Ty::Any => return format!("{keys}::All"),
            _ => return format!("{keys}::Unknown"),
        };
        match target {
            TypeKind::Struct(s) if s.additional.as_ref().is_some_and(|a| a.typed) => {
                format!("{keys}::All")
            }
            TypeKind::Struct(s) if s.fields.iter().all(|f| !f.flatten) => {
                let names: Vec<String> = s.fields.iter().map(|f| string(&f.wire)).collect();
                format!("{keys}::Only(&[{}])", names.join(", "))
            }
            TypeKind::Alias(alias) => match alias.target.ty {
                Ty::Map(_) | Ty::Any => format!("{keys}::All"),
                _ => format!("{keys}::Unknown"),
            },
            _ => format!("{keys}::Unknown"),
        }
    }
}

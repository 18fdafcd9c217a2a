//! Unions: an enum with one tuple variant per member, read by the
//! runtime's tagged (discriminator) or shape-dispatching reader.

use std::fmt::Write;

use super::enums::affix_allow;
use super::{string, Emitter};
use crate::ir::{Dispatch, Keys, TypeDef, Union, Variant};

impl Emitter<'_> {
    pub(super) fn union(&self, out: &mut String, def: &TypeDef, union: &Union) {
        let name = &def.name;
        let tag = match &union.dispatch {
            Dispatch::Tag { property, .. } => Some(property),
            Dispatch::Shape { .. } => None,
        };
        self.header(out, def);
        let _ = write!(
            out,
            "{}pub enum {name} {{ ",
            affix_allow(union.shared_affix)
        );
        for v in &union.variants {
            if let (Some(property), Some(tag)) = (tag, &v.tag_value) {
                super::doc(
                    out,
                    &format!(" `{property}: {}`", crate::docs::backticks_quoted(tag)),
                );
            }
            let _ = write!(out, "{}({}), ", v.name, self.nested(&v.ty));
        }
        out.push_str("}\n");
        let serialize = self.union_writer(union);
        let reader = self.reader(union);
        self.serde_impls(out, def, &serialize, &reader);
        self.variants_impl(out, def, union);
        self.validate_union(out, def, union);
        self.union_conversions(out, def, union);
    }

    /// `From` each variant's type (where the model says), and `From<&str>`
    /// into the variant holding text.
    fn union_conversions(&self, out: &mut String, def: &TypeDef, union: &Union) {
        let p_from = self.p.from;
        let name = &def.name;
        for v in union.variants.iter().filter(|v| v.from) {
            let ty = self.nested(&v.ty);
            self.trait_impl(
                out,
                def,
                "",
                &format!("{p_from}<{ty}>"),
                name.as_str(),
                &format!(
                    "fn from(__value: {ty}) -> Self {{ Self::{}(__value) }}",
                    v.name
                ),
            );
        }
        if let Some(text) = union.text_variant {
            self.trait_impl(
                out,
                def,
                "",
                &format!("{p_from}<&str>"),
                name.as_str(),
                &format!(
                    "fn from(__value: &str) -> Self {{ Self::{}(::std::string::ToString::to_string(__value)) }}",
                    union.variants[text].name
                ),
            );
        }
    }

    /// `Serialize`: each variant as its type writes it, the tag added
    /// where the variant's type does not write it itself.
    fn union_writer(&self, union: &Union) -> String {
        let pr = &self.pr;
        let mut serialize = String::from("match self { ");
        for (i, v) in union.variants.iter().enumerate() {
            let variant = &v.name;
            match (&union.dispatch, &v.tag_value) {
                (
                    Dispatch::Tag {
                        property, declares, ..
                    },
                    Some(tag),
                ) if declares.get(i) == Some(&false) => {
                    let _ = write!(
                        serialize,
                        "Self::{variant}(__value) => {pr}::ser::tagged(__serializer, {}, {}, __value), ",
                        string(property),
                        string(tag)
                    );
                }
                _ => {
                    let _ = write!(
                        serialize,
                        "Self::{variant}(__value) => {pr}::serde::Serialize::serialize(__value, __serializer), "
                    );
                }
            }
        }
        serialize.push('}');
        serialize
    }

    /// The runtime's `Variants`: reads variant `index` from a deserializer.
    /// `match index { 0 => ..., _ => last }`: the last variant takes the
    /// wildcard, so there is no unreachable arm; a single variant needs no
    /// match at all (clippy's `match_single_binding`).
    fn variants_impl(&self, out: &mut String, def: &TypeDef, union: &Union) {
        let pr = &self.pr;
        let name = &def.name;
        let read = |v: &Variant| {
            format!(
                "<{} as {pr}::serde::Deserialize>::deserialize(__deserializer).map(Self::{})",
                self.nested(&v.ty),
                v.name
            )
        };
        let count = union.variants.len();
        let body = match union.variants.as_slice() {
            [only] => format!("let _ = __index; {}", read(only)),
            variants => {
                let mut arms = String::from("match __index { ");
                for (i, v) in variants.iter().enumerate() {
                    let pattern = if i + 1 == count {
                        "_".to_owned()
                    } else {
                        i.to_string()
                    };
                    let _ = write!(arms, "{pattern} => {}, ", read(v));
                }
                arms.push('}');
                arms
            }
        };
        self.trait_impl(
            out,
            def,
            "",
            &format!("{pr}::de::Variants"),
            name.as_str(),
            &format!(
                "const NAME: &'static str = {}; \
                 fn variant<'de, __D>(__index: usize, __deserializer: __D) -> {}<Self, __D::Error> \
                 where __D: {pr}::serde::Deserializer<'de> {{ {body} }}",
                string(def.name.unraw()),
                self.p.result,
            ),
        );
    }

    /// The runtime's reader for the union's dispatch.
    fn reader(&self, union: &Union) -> String {
        let pr = &self.pr;
        let list = |items: Vec<String>| items.join(", ");
        match &union.dispatch {
            Dispatch::Tag {
                property,
                declares,
                keys,
            } => {
                let tags = union
                    .variants
                    .iter()
                    .map(|v| string(v.tag_value.as_deref().unwrap_or_default()))
                    .collect();
                format!(
                    "{pr}::de::tagged(__deserializer, {}, &[{}], &[{}], &[{}])",
                    string(property),
                    list(tags),
                    list(declares.iter().map(bool::to_string).collect()),
                    list(keys.iter().map(|k| self.keys(k)).collect())
                )
            }
            Dispatch::Shape { candidates, keys } => {
                let candidates = candidates
                    .iter()
                    .map(|indices| {
                        let indices: Vec<String> = indices.iter().map(usize::to_string).collect();
                        format!("&[{}]", indices.join(", "))
                    })
                    .collect();
                let names = union
                    .variants
                    .iter()
                    .map(|v| string(v.name.unraw()))
                    .collect();
                format!(
                    "{pr}::de::untagged(__deserializer, &[{}], &[{}], &[{}])",
                    list(candidates),
                    list(keys.iter().map(|k| self.keys(k)).collect()),
                    list(names)
                )
            }
        }
    }

    /// `Keys` in the runtime.
    fn keys(&self, keys: &Keys) -> String {
        let pr = &self.pr;
        match keys {
            Keys::All => format!("{pr}::de::Keys::All"),
            Keys::Unknown => format!("{pr}::de::Keys::Unknown"),
            Keys::Only(names) => {
                let names: Vec<String> = names.iter().map(|n| string(n)).collect();
                format!("{pr}::de::Keys::Only(&[{}])", names.join(", "))
            }
        }
    }
}

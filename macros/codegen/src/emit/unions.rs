//! Unions: an enum with one tuple variant per member, read by the
//! runtime's tagged (discriminator) or shape-dispatching reader.

use proc_macro2::TokenStream;
use quote::quote;

use super::enums::affix_allow;
use super::Emitter;
use crate::ir::{resolve_alias, Shapes, Ty, TypeDef, TypeKind, Union};
use crate::naming::ident;

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
    pub(super) fn union(&self, def: &TypeDef, union: &Union) -> TokenStream {
        let rt = &self.paths.runtime;
        let name = ident(&def.name);
        let header = self.header(def);
        let affix = affix_allow(union.shared_affix);
        let variants: Vec<_> = union.variants.iter().map(|v| ident(&v.name)).collect();
        let types: Vec<_> = union.variants.iter().map(|v| self.nested(&v.ty)).collect();
        let variant_docs = union.variants.iter().map(|v| match &v.tag_value {
            Some(tag) => {
                let doc = format!(
                    " `{}: {}`",
                    union.tag.as_deref().unwrap_or_default(),
                    tag.replace('`', "'")
                );
                quote!(#[doc = #doc])
            }
            None => TokenStream::new(),
        });
        let serialize_arms = union.variants.iter().zip(&variants).map(|(v, variant)| {
            match (&union.tag, &v.tag_value, v.declares_tag) {
                (Some(property), Some(tag), false) => quote! {
                    Self::#variant(value) => #rt::__private::ser::tagged(serializer, #property, #tag, value),
                },
                _ => quote! {
                    Self::#variant(value) => #rt::__private::serde::Serialize::serialize(value, serializer),
                },
            }
        });
        let reader = match &union.tag {
            Some(property) => self.tagged_reader(union, property),
            None => self.untagged_reader(union),
        };
        let name_text = &def.name;
        let arms = self.variant_arms(&variants, &types);
        let validate = self.validate_union(def, union);
        let allow = self.allow_deprecated(def);
        let serde = self.serde_impls(def, quote!(match self { #(#serialize_arms)* }), reader);
        quote! {
            #header
            #[derive(Debug, Clone, PartialEq)]
            #affix
            pub enum #name {
                #(#variant_docs #variants(#types),)*
            }
            #serde
            #allow
            impl #rt::__private::de::Variants for #name {
                const NAME: &'static str = #name_text;
                fn variant<'de, D>(index: usize, deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: #rt::__private::serde::Deserializer<'de>,
                {
                    #arms
                }
            }
            #validate
        }
    }

    fn tagged_reader(&self, union: &Union, property: &str) -> TokenStream {
        let rt = &self.paths.runtime;
        let tags = union
            .variants
            .iter()
            .map(|v| v.tag_value.clone().unwrap_or_default());
        let keeps = union.variants.iter().map(|v| v.declares_tag);
        quote! {
            #rt::__private::de::tagged(
                deserializer,
                #property,
                &[#(#tags),*],
                &[#(#keeps),*],
            )
        }
    }

    fn untagged_reader(&self, union: &Union) -> TokenStream {
        let rt = &self.paths.runtime;
        let candidates = KINDS.iter().map(|kind| {
            let mut indices: Vec<(u32, usize)> = union
                .variants
                .iter()
                .enumerate()
                .filter(|(_, v)| v.shapes.contains(*kind))
                .map(|(i, v)| (v.rank, i))
                .collect();
            indices.sort();
            let indices = indices
                .into_iter()
                .map(|(_, i)| proc_macro2::Literal::usize_unsuffixed(i));
            quote!(&[#(#indices),*])
        });
        let keys = union.variants.iter().map(|v| self.kept_keys(&v.ty.ty));
        let names = union.variants.iter().map(|v| &v.name);
        quote! {
            #rt::__private::de::untagged(
                deserializer,
                &[#(#candidates),*],
                &[#(#keys),*],
                &[#(#names),*],
            )
        }
    }

    /// Which object keys a variant keeps (`Keys` in the runtime): a plain
    /// struct keeps its fields; maps and structs with additional
    /// properties keep all.
    fn kept_keys(&self, ty: &Ty) -> TokenStream {
        let rt = &self.paths.runtime;
        let keys = quote!(#rt::__private::de::Keys);
        let target = match ty {
            Ty::Named(id) => &self.model.types[resolve_alias(&self.model.types, *id)].kind,
            Ty::Map(_) | Ty::Any => return quote!(#keys::All),
            _ => return quote!(#keys::Unknown),
        };
        match target {
            TypeKind::Struct(s) if s.additional.is_some() => quote!(#keys::All),
            TypeKind::Struct(s) if s.fields.iter().all(|f| !f.flatten) => {
                let names = s.fields.iter().map(|f| &f.wire);
                quote!(#keys::Only(&[#(#names),*]))
            }
            TypeKind::Alias(alias) => match alias.target.ty {
                Ty::Map(_) | Ty::Any => quote!(#keys::All),
                _ => quote!(#keys::Unknown),
            },
            _ => quote!(#keys::Unknown),
        }
    }
}

impl Emitter<'_> {
    /// `match index { 0 => ..., _ => last }`: the last variant takes the
    /// wildcard so there is no unreachable arm.
    fn variant_arms(&self, variants: &[proc_macro2::Ident], types: &[TokenStream]) -> TokenStream {
        let rt = &self.paths.runtime;
        let count = variants.len();
        let arms = variants.iter().zip(types).enumerate().map(|(i, (variant, ty))| {
            let read = quote! {
                <#ty as #rt::__private::serde::Deserialize>::deserialize(deserializer).map(Self::#variant)
            };
            if i + 1 == count {
                quote!(_ => #read,)
            } else {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                quote!(#i => #read,)
            }
        });
        quote! {
            match index {
                #(#arms)*
            }
        }
    }
}

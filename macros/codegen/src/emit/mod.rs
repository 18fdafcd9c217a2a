//! Emit stage: the intermediate model to Rust tokens. Nothing is decided
//! here; every choice was made in the model.
//!
//! Generated code names everything by absolute path (`::core::option::Option`,
//! the runtime's re-exported serde), so schemas called `Option`, `String` or
//! `Result` cannot shadow what it relies on.

mod enums;
mod structs;
mod unions;
mod validate;

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use crate::ir::{Alias, IntKind, Model, StringFormat, Ty, TyUse, TypeDef, TypeKind};
use crate::naming::ident;

/// Paths the generated code uses to reach the runtime crate.
pub struct Paths {
    /// The runtime crate, e.g. `::openapi_models`.
    pub runtime: TokenStream,
    /// `#[serde(crate = "...")]`.
    pub serde_crate: String,
    /// Prefix of helper paths inside serde attribute strings.
    pub helpers: String,
}

impl Paths {
    pub fn new(runtime: &str) -> Self {
        let runtime = runtime.trim().to_owned();
        Paths {
            runtime: runtime.parse().unwrap_or_else(|_| quote!(::openapi_models)),
            serde_crate: format!("{runtime}::__private::serde"),
            helpers: format!("{runtime}::__private"),
        }
    }
}

pub struct Emitter<'m> {
    pub model: &'m Model,
    pub paths: Paths,
}

pub fn emit(model: &Model, runtime: &str) -> TokenStream {
    let emitter = Emitter {
        model,
        paths: Paths::new(runtime),
    };
    let mut out = TokenStream::new();
    for def in &model.types {
        out.extend(emitter.definition(def));
    }
    out
}

impl Emitter<'_> {
    fn definition(&self, def: &TypeDef) -> TokenStream {
        match &def.kind {
            TypeKind::Struct(s) => self.structure(def, s),
            TypeKind::Enum(e) => self.enumeration(def, e),
            TypeKind::Union(u) => self.union(def, u),
            TypeKind::Alias(a) => self.alias(def, a),
        }
    }

    fn alias(&self, def: &TypeDef, alias: &Alias) -> TokenStream {
        let name = ident(&def.name);
        let header = self.header(def);
        let target = self.nested(&alias.target);
        if !alias.newtype {
            return quote! {
                #header
                pub type #name = #target;
            };
        }
        let rt = &self.paths.runtime;
        let serde_crate = &self.paths.serde_crate;
        let validate = self.validate_newtype(def, alias);
        quote! {
            #header
            #[derive(Debug, Clone, PartialEq, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
            #[serde(crate = #serde_crate, transparent)]
            pub struct #name(pub #target);
            #validate
        }
    }

    /// A type expression where `null` is `None` (items, values, variants).
    pub fn nested(&self, ty: &TyUse) -> TokenStream {
        let inner = self.boxed(ty);
        if ty.nullable {
            quote!(::core::option::Option<#inner>)
        } else {
            inner
        }
    }

    /// The type, boxed when the model says so, without nullability.
    pub fn boxed(&self, ty: &TyUse) -> TokenStream {
        let base = self.base(&ty.ty);
        if ty.boxed {
            quote!(::std::boxed::Box<#base>)
        } else {
            base
        }
    }

    pub fn base(&self, ty: &Ty) -> TokenStream {
        let rt = &self.paths.runtime;
        match ty {
            Ty::Named(id) => ident(&self.model.types[*id].name).into_token_stream(),
            Ty::String(StringFormat::Plain) => quote!(::std::string::String),
            // Text by default; typed behind the runtime's features.
            Ty::String(StringFormat::DateTime) => quote!(#rt::formats::DateTime),
            Ty::String(StringFormat::Date) => quote!(#rt::formats::Date),
            Ty::String(StringFormat::Uuid) => quote!(#rt::formats::Uuid),
            Ty::Integer(IntKind::I32) => quote!(::core::primitive::i32),
            Ty::Integer(IntKind::I64) => quote!(::core::primitive::i64),
            Ty::Integer(IntKind::U32) => quote!(::core::primitive::u32),
            Ty::Integer(IntKind::U64) => quote!(::core::primitive::u64),
            Ty::Integer(IntKind::Big) | Ty::Number => quote!(#rt::__private::serde_json::Number),
            Ty::Boolean => quote!(::core::primitive::bool),
            Ty::Any => quote!(#rt::__private::serde_json::Value),
            Ty::Null => quote!(()),
            Ty::Array(item) => {
                let item = self.nested(item);
                quote!(::std::vec::Vec<#item>)
            }
            Ty::Map(value) => {
                let value = self.nested(value);
                quote!(::std::collections::BTreeMap<::std::string::String, #value>)
            }
            Ty::Tuple(members) => {
                let members = members.iter().map(|m| self.nested(m));
                quote!((#(#members,)*))
            }
        }
    }

    /// `impl Serialize + Deserialize` derive list shared by generated types.
    fn serde_derives(&self) -> TokenStream {
        let rt = &self.paths.runtime;
        quote!(#rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)
    }
}

impl Emitter<'_> {
    /// Docs, `#[deprecated]` and, when the type uses deprecated things,
    /// `#[allow(deprecated)]`: what goes above every definition.
    pub fn header(&self, def: &TypeDef) -> TokenStream {
        let docs = doc_attrs(&def.docs);
        let deprecated = deprecated(def.deprecated);
        let allow = if def.uses_deprecated {
            quote!(#[allow(deprecated)])
        } else {
            TokenStream::new()
        };
        quote!(#docs #deprecated #allow)
    }

    /// `impl Serialize` and `impl Deserialize` with the given bodies.
    pub fn serde_impls(
        &self,
        def: &TypeDef,
        serialize: TokenStream,
        deserialize: TokenStream,
    ) -> TokenStream {
        let rt = &self.paths.runtime;
        let name = ident(&def.name);
        let allow = self.allow_deprecated(def);
        quote! {
            #allow
            impl #rt::__private::serde::Serialize for #name {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: #rt::__private::serde::Serializer,
                {
                    #serialize
                }
            }
            #allow
            impl<'de> #rt::__private::serde::Deserialize<'de> for #name {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: #rt::__private::serde::Deserializer<'de>,
                {
                    #deserialize
                }
            }
        }
    }

    /// `#[allow(deprecated)]` for the items and impls of a type that is
    /// deprecated or uses deprecated things: the spec's deprecations are for
    /// the user's code, not for the generated code that implements them.
    pub fn allow_deprecated(&self, def: &TypeDef) -> TokenStream {
        if def.deprecated || def.uses_deprecated {
            quote!(#[allow(deprecated)])
        } else {
            TokenStream::new()
        }
    }
}

/// One `#[doc]` per line, rendered by prettyplease as `///` comments.
pub fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

pub fn deprecated(flag: bool) -> TokenStream {
    if flag {
        quote!(#[deprecated])
    } else {
        TokenStream::new()
    }
}

/// An integer literal without suffix.
pub fn int_literal(value: i128) -> Literal {
    Literal::i128_unsuffixed(value)
}

/// A JSON value as a string literal (for docs and fallbacks).
pub fn json_text(value: &serde_json::Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

//! Structs: serde's derive, with attributes that make each of the four
//! required × nullable combinations lossless.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{deprecated, doc_attrs, int_literal, json_text, Emitter};
use crate::ir::{DefaultValue, Field, Presence, Struct, TypeDef, TypeKind};
use crate::naming::{ident, unraw};

impl Emitter<'_> {
    pub(super) fn structure(&self, def: &TypeDef, s: &Struct) -> TokenStream {
        let name = ident(&def.name);
        let header = self.header(def);
        let derives = self.serde_derives();
        let serde_crate = &self.paths.serde_crate;
        let fields = s.fields.iter().map(|f| self.field(f));
        let additional = s.additional.as_ref().map(|additional| {
            let name = ident(&additional.name);
            let value = self.nested(&additional.value);
            quote! {
                #[doc = " Properties beyond the declared ones, kept as they came."]
                #[serde(flatten)]
                pub #name: ::std::collections::BTreeMap<::std::string::String, #value>,
            }
        });
        let accessors = self.default_accessors(def, s);
        let validate = self.validate_struct(def, s);
        quote! {
            #header
            #[derive(Debug, Clone, PartialEq, #derives)]
            #[serde(crate = #serde_crate)]
            pub struct #name {
                #(#fields)*
                #additional
            }
            #accessors
            #validate
        }
    }

    fn field(&self, field: &Field) -> TokenStream {
        let name = ident(&field.name);
        let mut docs = field.docs.clone();
        if let Some(default) = &field.default {
            if !docs.is_empty() {
                docs.push(String::new());
            }
            docs.push(format!("Default: `{}`", default_text(default, self)));
        }
        let docs = doc_attrs(&docs);
        let deprecated = deprecated(field.deprecated);
        let inner = self.boxed(&field.ty);
        let helpers = &self.paths.helpers;
        let mut args: Vec<TokenStream> = Vec::new();
        if field.flatten {
            args.push(quote!(flatten));
        } else if unraw(&field.name) != field.wire {
            let wire = &field.wire;
            args.push(quote!(rename = #wire));
        }
        let optional = || {
            quote!(
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )
        };
        let ty = match field.presence() {
            Presence::Required => inner,
            Presence::RequiredNullable => {
                let with = format!("{helpers}::de::required_nullable");
                args.push(quote!(deserialize_with = #with));
                quote!(::core::option::Option<#inner>)
            }
            Presence::Optional => {
                let with = format!("{helpers}::de::some");
                args.push(optional());
                args.push(quote!(deserialize_with = #with));
                quote!(::core::option::Option<#inner>)
            }
            Presence::OptionalNullable => {
                let with = format!("{helpers}::de::nullable");
                args.push(optional());
                args.push(quote!(deserialize_with = #with));
                quote!(::core::option::Option<::core::option::Option<#inner>>)
            }
        };
        let serde = if args.is_empty() {
            TokenStream::new()
        } else {
            quote!(#[serde(#(#args),*)])
        };
        quote! {
            #docs
            #deprecated
            #serde
            pub #name: #ty,
        }
    }

    /// `fn <field>_or_default(&self)` for optional fields with a default:
    /// the value is kept as sent (absent stays absent), the default applied
    /// on reading.
    fn default_accessors(&self, def: &TypeDef, s: &Struct) -> TokenStream {
        let rt = &self.paths.runtime;
        let methods: Vec<TokenStream> = s
            .fields
            .iter()
            .filter(|f| !f.required && !f.flatten)
            .filter_map(|f| {
                let default = f.default.as_ref()?;
                let field = ident(&f.name);
                let method = format_ident!("{}_or_default", unraw(&f.name));
                let nullable = f.presence() == Presence::OptionalNullable;
                let ty = self.boxed(&f.ty);
                let (ret, body) = match default {
                    DefaultValue::Json(_) => return None,
                    DefaultValue::String(text) => {
                        if nullable {
                            (quote!(::core::option::Option<&str>), quote! {
                                match &self.#field {
                                    ::core::option::Option::None => ::core::option::Option::Some(#text),
                                    ::core::option::Option::Some(value) => value.as_deref(),
                                }
                            })
                        } else {
                            (quote!(&str), quote!(self.#field.as_deref().unwrap_or(#text)))
                        }
                    }
                    DefaultValue::Number(number) => {
                        let value = match number.as_i64() {
                            Some(int) => quote!(<#rt::__private::serde_json::Number as ::core::convert::From<i64>>::from(#int)),
                            None => match number.as_u64() {
                                Some(uint) => quote!(<#rt::__private::serde_json::Number as ::core::convert::From<u64>>::from(#uint)),
                                None => {
                                    let float = number.as_f64().unwrap_or(0.0);
                                    quote!(#rt::__private::number_from_f64(#float))
                                }
                            },
                        };
                        wrap(&field, &ty, nullable, value, true, true)
                    }
                    other => {
                        let value = match other {
                            DefaultValue::Bool(b) => quote!(#b),
                            DefaultValue::Int(int) => {
                                let literal = int_literal(*int);
                                quote!(#literal)
                            }
                            DefaultValue::Variant { ty, variant } => {
                                let TypeKind::Enum(e) = &self.model.types[*ty].kind else {
                                    return None;
                                };
                                let enum_name = ident(&self.model.types[*ty].name);
                                let variant = ident(&e.variants[*variant].name);
                                quote!(#enum_name::#variant)
                            }
                            _ => return None,
                        };
                        let copy = !matches!(other, DefaultValue::Variant { ty, .. }
                            if matches!(&self.model.types[*ty].kind, TypeKind::Enum(e) if e.other.is_some()));
                        wrap(&field, &ty, nullable, value, !copy, false)
                    }
                };
                let doc = format!(" `{}`, or its default when absent.", f.wire);
                let deprecated = if f.deprecated { quote!(#[deprecated]) } else { TokenStream::new() };
                Some(quote! {
                    #[doc = #doc]
                    #deprecated
                    #[must_use]
                    pub fn #method(&self) -> #ret {
                        #body
                    }
                })
            })
            .collect();
        if methods.is_empty() {
            return TokenStream::new();
        }
        let name = ident(&def.name);
        let allow = self.allow_deprecated(def);
        quote! {
            #allow
            impl #name {
                #(#methods)*
            }
        }
    }
}

/// Return type and body of an accessor for a value `self.field` of `ty`.
/// `lazy`: the default is built by a call (`unwrap_or_else`).
fn wrap(
    field: &proc_macro2::Ident,
    ty: &TokenStream,
    nullable: bool,
    value: TokenStream,
    clone: bool,
    lazy: bool,
) -> (TokenStream, TokenStream) {
    let read = if clone {
        quote!(::core::clone::Clone::clone(&self.#field))
    } else {
        quote!(self.#field)
    };
    let value = if nullable {
        quote!(::core::option::Option::Some(#value))
    } else {
        value
    };
    let body = if lazy {
        quote!(#read.unwrap_or_else(|| #value))
    } else {
        quote!(#read.unwrap_or(#value))
    };
    let ret = if nullable {
        quote!(::core::option::Option<#ty>)
    } else {
        ty.clone()
    };
    (ret, body)
}

fn default_text(default: &DefaultValue, emitter: &Emitter<'_>) -> String {
    match default {
        DefaultValue::Bool(b) => b.to_string(),
        DefaultValue::Int(i) => i.to_string(),
        DefaultValue::Number(n) => n.to_string(),
        DefaultValue::String(s) => json_text(&serde_json::Value::String(s.clone())),
        DefaultValue::Variant { ty, variant } => match &emitter.model.types[*ty].kind {
            TypeKind::Enum(e) => json_text(&e.variants[*variant].value),
            _ => String::new(),
        },
        DefaultValue::Json(value) => json_text(value),
    }
    .replace('`', "'")
}

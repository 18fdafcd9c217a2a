//! Enums of literal values, with small hand-written serde impls that go
//! through shared runtime helpers (less code to compile than serde's
//! derive, and an open enum can keep unknown strings).

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::{int_literal, Emitter};
use crate::ir::{Enum, TypeDef};
use crate::naming::ident;

impl Emitter<'_> {
    pub(super) fn enumeration(&self, def: &TypeDef, e: &Enum) -> TokenStream {
        if e.is_string() {
            self.string_enum(def, e)
        } else {
            self.scalar_enum(def, e)
        }
    }

    fn string_enum(&self, def: &TypeDef, e: &Enum) -> TokenStream {
        let rt = &self.paths.runtime;
        let name = ident(&def.name);
        let header = self.header(def);
        let affix = affix_allow(e.shared_affix);
        let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
        let values: Vec<&str> = e
            .variants
            .iter()
            .map(|v| v.value.as_str().unwrap_or_default())
            .collect();
        let variant_docs = values.iter().map(|value| {
            let doc = format!(" `{}`", value.replace('`', "'"));
            quote!(#[doc = #doc])
        });
        let single = e.variants.len() == 1 && e.other.is_none();
        let default_attr = if single {
            quote!(#[default])
        } else {
            TokenStream::new()
        };
        let (derive, other_variant, as_str, from_str) = match &e.other {
            None => (
                if single {
                    quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)])
                } else {
                    quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)])
                },
                TokenStream::new(),
                quote! {
                    /// The value as written on the wire.
                    #[must_use]
                    pub const fn as_str(&self) -> &'static str {
                        match self {
                            #(Self::#variants => #values,)*
                        }
                    }
                },
                quote! {
                    impl ::core::str::FromStr for #name {
                        type Err = #rt::UnknownValue;
                        fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                            match value {
                                #(#values => ::core::result::Result::Ok(Self::#variants),)*
                                _ => ::core::result::Result::Err(#rt::UnknownValue::new(value)),
                            }
                        }
                    }
                },
            ),
            Some(other) => {
                let other = ident(other);
                (
                    quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash)]),
                    quote! {
                        /// A value the spec does not list, kept as it came.
                        #other(::std::string::String),
                    },
                    quote! {
                        /// The value as written on the wire.
                        #[must_use]
                        pub fn as_str(&self) -> &str {
                            match self {
                                #(Self::#variants => #values,)*
                                Self::#other(value) => value,
                            }
                        }
                    },
                    quote! {
                        impl ::core::str::FromStr for #name {
                            type Err = ::core::convert::Infallible;
                            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                                ::core::result::Result::Ok(match value {
                                    #(#values => Self::#variants,)*
                                    other => Self::#other(::std::string::ToString::to_string(other)),
                                })
                            }
                        }
                    },
                )
            }
        };
        let validate = self.validate_nothing(def);
        let allow = self.allow_deprecated(def);
        let expected = values
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let serde = self.serde_impls(
            def,
            quote!(serializer.serialize_str(self.as_str())),
            quote!(#rt::__private::de::str_enum(deserializer, #expected)),
        );
        quote! {
            #header
            #derive
            #affix
            pub enum #name {
                #(#variant_docs #default_attr #variants,)*
                #other_variant
            }
            #allow
            impl #name {
                #as_str
            }
            #allow
            #from_str
            #allow
            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
            #serde
            #validate
        }
    }

    /// Integer, number, boolean and mixed enums.
    fn scalar_enum(&self, def: &TypeDef, e: &Enum) -> TokenStream {
        let rt = &self.paths.runtime;
        let name = ident(&def.name);
        let header = self.header(def);
        let affix = affix_allow(e.shared_affix);
        let has_float = e.variants.iter().any(|v| {
            v.value.as_f64().is_some() && v.value.as_i64().is_none() && v.value.as_u64().is_none()
        });
        let derive = if has_float {
            quote!(#[derive(Debug, Clone, Copy, PartialEq)])
        } else {
            quote!(#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)])
        };
        let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
        let variant_docs = e.variants.iter().map(|v| {
            let doc = format!(" `{}`", v.value);
            quote!(#[doc = #doc])
        });
        let serialize = e.variants.iter().map(|v| match &v.value {
            Value::Bool(b) => quote!(serializer.serialize_bool(#b)),
            Value::String(s) => quote!(serializer.serialize_str(#s)),
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(int), _) => quote!(serializer.serialize_i64(#int)),
                (None, Some(uint)) => quote!(serializer.serialize_u64(#uint)),
                _ => {
                    let float = Literal::f64_unsuffixed(n.as_f64().unwrap_or(0.0));
                    quote!(serializer.serialize_f64(#float))
                }
            },
            _ => quote!(serializer.serialize_unit()),
        });
        let scalar = quote!(#rt::__private::de::Scalar);
        let matches = e.variants.iter().zip(&variants).map(|(v, variant)| match &v.value {
            Value::Bool(b) => quote!(#scalar::Bool(#b) => ::core::option::Option::Some(Self::#variant),),
            Value::String(s) => quote!(#scalar::Str(#s) => ::core::option::Option::Some(Self::#variant),),
            Value::Number(n) => match n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from)) {
                Some(int) => {
                    let int = int_literal(int);
                    quote!(#scalar::Int(#int) => ::core::option::Option::Some(Self::#variant),)
                }
                None => {
                    let float = Literal::f64_unsuffixed(n.as_f64().unwrap_or(0.0));
                    quote!(#scalar::Float(value) if value == #float => ::core::option::Option::Some(Self::#variant),)
                }
            },
            _ => TokenStream::new(),
        });
        let expected = e
            .variants
            .iter()
            .map(|v| format!("`{}`", v.value))
            .collect::<Vec<_>>()
            .join(", ");
        let validate = self.validate_nothing(def);
        let serde = self.serde_impls(
            def,
            quote! {
                match self {
                    #(Self::#variants => #serialize,)*
                }
            },
            quote! {
                #rt::__private::de::scalar_enum(deserializer, #expected, |scalar| match scalar {
                    #(#matches)*
                    _ => ::core::option::Option::None,
                })
            },
        );
        quote! {
            #header
            #derive
            #affix
            pub enum #name {
                #(#variant_docs #variants,)*
            }
            #serde
            #validate
        }
    }
}

/// Variant names come from the spec's values and cannot be changed, so
/// clippy's naming lint is silenced where it would fire.
pub fn affix_allow(shared: bool) -> TokenStream {
    if shared {
        quote!(#[allow(clippy::enum_variant_names)])
    } else {
        TokenStream::new()
    }
}

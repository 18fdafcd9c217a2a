//! `impl Validate`: the spec's value constraints, checked where they apply,
//! recursing into every contained value that can itself fail.

use std::cell::Cell;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{int_literal, Emitter};
use crate::ir::{Alias, Bound, Presence, Struct, Ty, TyUse, TypeDef, TypeKind, Union};
use crate::naming::ident;

impl Emitter<'_> {
    pub(super) fn validate_nothing(&self, def: &TypeDef) -> TokenStream {
        let rt = &self.paths.runtime;
        let name = ident(&def.name);
        let allow = self.allow_deprecated(def);
        quote!(#allow impl #rt::Validate for #name {})
    }

    pub(super) fn validate_struct(&self, def: &TypeDef, s: &Struct) -> TokenStream {
        if !def.validates {
            return self.validate_nothing(def);
        }
        let patterns = Cell::new(0);
        let mut body = TokenStream::new();
        for field in &s.fields {
            if field.flatten {
                let name = ident(&field.name);
                let checks = self.checks(&quote!(value), &field.ty, &patterns);
                body.extend(quote!({ let value = &self.#name; #checks }));
                continue;
            }
            if !self.needs(&field.ty) {
                continue;
            }
            let name = ident(&field.name);
            let wire = &field.wire;
            let checks = self.checks(&quote!(value), &field.ty, &patterns);
            let scoped = quote! {
                v.push_field(#wire);
                #checks
                v.pop();
            };
            body.extend(match field.presence() {
                Presence::Required => quote!({ let value = &self.#name; #scoped }),
                Presence::RequiredNullable | Presence::Optional => {
                    quote!(if let ::core::option::Option::Some(value) = &self.#name { #scoped })
                }
                Presence::OptionalNullable => quote! {
                    if let ::core::option::Option::Some(::core::option::Option::Some(value)) = &self.#name { #scoped }
                },
            });
        }
        if let Some(additional) = &s.additional {
            if self.needs(&additional.value) {
                let name = ident(&additional.name);
                let checks = self.nullable_checks(&quote!(value), &additional.value, &patterns);
                body.extend(quote! {
                    for (key, value) in &self.#name {
                        v.push_key(key);
                        #checks
                        v.pop();
                    }
                });
            }
        }
        self.validate_impl(def, body)
    }

    pub(super) fn validate_union(&self, def: &TypeDef, union: &Union) -> TokenStream {
        if !def.validates {
            return self.validate_nothing(def);
        }
        let patterns = Cell::new(0);
        let mut arms = Vec::new();
        for variant in &union.variants {
            if !self.needs(&variant.ty) {
                continue;
            }
            let name = ident(&variant.name);
            let checks = self.nullable_checks(&quote!(value), &variant.ty, &patterns);
            arms.push((name, checks));
        }
        let body = match arms.as_slice() {
            // One variant to check: `if let` (clippy's `single_match`).
            [(name, checks)] if union.variants.len() > 1 => {
                quote!(if let Self::#name(value) = self { #checks })
            }
            _ => {
                let wildcard = (arms.len() < union.variants.len()).then(|| quote!(_ => {}));
                let arms = arms
                    .iter()
                    .map(|(name, checks)| quote!(Self::#name(value) => { #checks }));
                quote!(match self { #(#arms)* #wildcard })
            }
        };
        self.validate_impl(def, body)
    }

    pub(super) fn validate_newtype(&self, def: &TypeDef, alias: &Alias) -> TokenStream {
        if !def.validates || !self.needs(&alias.target) {
            return self.validate_nothing(def);
        }
        let patterns = Cell::new(0);
        let checks = self.nullable_checks(&quote!(value), &alias.target, &patterns);
        self.validate_impl(def, quote!(let value = &self.0; #checks))
    }

    fn validate_impl(&self, def: &TypeDef, body: TokenStream) -> TokenStream {
        let rt = &self.paths.runtime;
        let name = ident(&def.name);
        let allow = self.allow_deprecated(def);
        quote! {
            #allow
            impl #rt::Validate for #name {
                fn validate_at(&self, v: &mut #rt::Validator) {
                    #body
                }
            }
        }
    }

    /// Whether a value of this use can violate anything.
    fn needs(&self, ty: &TyUse) -> bool {
        if !ty.constraints.is_empty() {
            return true;
        }
        match &ty.ty {
            Ty::Named(id) => self.model.types[*id].validates,
            Ty::Array(inner) | Ty::Map(inner) => self.needs(inner),
            Ty::Tuple(members) => members.iter().any(|m| self.needs(m)),
            _ => false,
        }
    }

    /// Checks for the variable `var`: a reference to the value of `ty`, or
    /// to an `Option` of it when `ty` is nullable.
    fn nullable_checks(
        &self,
        var: &TokenStream,
        ty: &TyUse,
        patterns: &Cell<usize>,
    ) -> TokenStream {
        let checks = self.checks(var, ty, patterns);
        if ty.nullable {
            quote!(if let ::core::option::Option::Some(#var) = #var { #checks })
        } else {
            checks
        }
    }

    /// Checks for `value`, a reference to the (non-null) value of `ty`.
    fn checks(&self, value: &TokenStream, ty: &TyUse, patterns: &Cell<usize>) -> TokenStream {
        let rt = &self.paths.runtime;
        let mut out = self.constraints(value, ty, patterns);
        match &ty.ty {
            Ty::Named(id) => match &self.model.types[*id].kind {
                // Aliases have no impl of their own: check what they name.
                TypeKind::Alias(alias) if !alias.newtype => {
                    out.extend(self.nullable_checks(value, &alias.target, patterns));
                }
                _ if self.model.types[*id].validates => {
                    out.extend(quote!(#rt::Validate::validate_at(#value, v);));
                }
                _ => {}
            },
            Ty::Array(item) if self.needs(item) => {
                let checks = self.nullable_checks(&quote!(item), item, patterns);
                out.extend(quote! {
                    for (index, item) in ::core::iter::Iterator::enumerate(#value.iter()) {
                        v.push_index(index);
                        #checks
                        v.pop();
                    }
                });
            }
            Ty::Map(item) if self.needs(item) => {
                let checks = self.nullable_checks(&quote!(item), item, patterns);
                out.extend(quote! {
                    for (key, item) in #value {
                        v.push_key(key);
                        #checks
                        v.pop();
                    }
                });
            }
            Ty::Tuple(members) => {
                for (i, member) in members.iter().enumerate() {
                    if !self.needs(member) {
                        continue;
                    }
                    let index = Literal::usize_unsuffixed(i);
                    let checks = self.nullable_checks(&quote!(member), member, patterns);
                    out.extend(quote! {
                        v.push_index(#index);
                        {
                            let member = &#value.#index;
                            #checks
                        }
                        v.pop();
                    });
                }
            }
            _ => {}
        }
        out
    }

    /// The use's own constraints (lowering kept only those that apply to
    /// its kind of value, so each one says what it checks).
    fn constraints(&self, value: &TokenStream, ty: &TyUse, patterns: &Cell<usize>) -> TokenStream {
        let c = &ty.constraints;
        if c.is_empty() {
            return TokenStream::new();
        }
        let rt = &self.paths.runtime;
        let h = quote!(#rt::__private::validate);
        let count = |n: u64| Literal::u64_unsuffixed(n);
        let mut out = TokenStream::new();
        if let Some(n) = c.min_length.map(count) {
            out.extend(quote!(#h::min_length(v, #value, #n);));
        }
        if let Some(n) = c.max_length.map(count) {
            out.extend(quote!(#h::max_length(v, #value, #n);));
        }
        if let Some(pattern) = &c.pattern {
            let name = format_ident!("PATTERN{}", patterns.get());
            patterns.set(patterns.get() + 1);
            out.extend(quote! {
                static #name: #h::Pattern = #h::Pattern::new(#pattern);
                #h::pattern(v, #value, &#name);
            });
        }
        if let Some(bound) = &c.minimum {
            let (limit, exclusive) = limit(&h, bound);
            out.extend(quote!(#h::minimum(v, #value, #limit, #exclusive);));
        }
        if let Some(bound) = &c.maximum {
            let (limit, exclusive) = limit(&h, bound);
            out.extend(quote!(#h::maximum(v, #value, #limit, #exclusive);));
        }
        if let Some(step) = &c.multiple_of {
            let (limit, _) = limit(
                &h,
                &Bound {
                    value: step.clone(),
                    exclusive: false,
                },
            );
            out.extend(quote!(#h::multiple_of(v, #value, #limit);));
        }
        if let Some(n) = c.min_items.map(count) {
            out.extend(quote!(#h::min_items(v, #value.len(), #n);));
        }
        if let Some(n) = c.max_items.map(count) {
            out.extend(quote!(#h::max_items(v, #value.len(), #n);));
        }
        if c.unique_items {
            out.extend(quote!(#h::unique_items(v, #value);));
        }
        if let Some(n) = c.min_properties.map(count) {
            out.extend(quote!(#h::min_properties(v, #value.len(), #n);));
        }
        if let Some(n) = c.max_properties.map(count) {
            out.extend(quote!(#h::max_properties(v, #value.len(), #n);));
        }
        out
    }
}

fn limit(h: &TokenStream, bound: &Bound) -> (TokenStream, bool) {
    let exclusive = bound.exclusive;
    let n = &bound.value;
    let limit = match n
        .as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
    {
        Some(int) => {
            let int = int_literal(int);
            quote!(#h::Limit::Int(#int))
        }
        None => {
            let float = Literal::f64_unsuffixed(n.as_f64().unwrap_or(0.0));
            quote!(#h::Limit::Float(#float))
        }
    };
    (limit, exclusive)
}

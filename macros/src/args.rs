//! `include_models!("spec.yaml")` or `include_models!(spec = "spec.yaml",
//! schemas = ["A", "B"], derives = [Eq, Hash], replace = { Money =
//! crate::Money }, formats = { "date-time" = ::chrono::DateTime<..> },
//! crate = "::path", unknown_keys = "keep", broken_schemas = "error")`.
//!
//! The values are checked by the generator's `Options` (the same messages
//! as the build-script API and the CLI); errors point at what was written.

use openapi_models_codegen::{BrokenSchemas, OptionAt, Options, UnknownKeys};
use proc_macro2::Span;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{braced, bracketed, Ident, LitStr, Token};

pub struct Args {
    pub spec: LitStr,
    pub options: Options,
    /// Where each name of `schemas = [...]` is written.
    schema_spans: Vec<Span>,
    /// Where each entry of `replace = {...}` is written.
    replace_spans: Vec<Span>,
}

impl Args {
    /// Where the option an error is about was written.
    pub fn span_of(&self, at: OptionAt) -> Span {
        let span = match at {
            OptionAt::Schema(position) => self.schema_spans.get(position),
            OptionAt::Replace(position) => self.replace_spans.get(position),
        };
        span.copied().unwrap_or_else(|| self.spec.span())
    }
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(syn::Error::new(
                Span::call_site(),
                "expected the path of an OpenAPI document: `include_models!(\"specs/api.yaml\")`",
            ));
        }
        if input.peek(LitStr) {
            let spec: LitStr = input.parse()?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
                if !input.is_empty() {
                    return Err(input.error(
                        "with options, name the spec too: `include_models!(spec = \"...\", schemas = [...])`",
                    ));
                }
            }
            check_path(&spec)?;
            return Ok(Args {
                spec,
                options: Options::default(),
                schema_spans: Vec::new(),
                replace_spans: Vec::new(),
            });
        }
        let mut given = Given::default();
        while !input.is_empty() {
            let key = Ident::parse_any(input)?;
            input.parse::<Token![=]>()?;
            given.option(&key, input)?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        let Some(spec) = given.spec else {
            return Err(syn::Error::new(
                Span::call_site(),
                "missing `spec = \"path/to/openapi.yaml\"`",
            ));
        };
        check_path(&spec)?;
        Ok(Args {
            spec,
            options: given.options,
            schema_spans: given.schema_spans,
            replace_spans: given.replace_spans,
        })
    }
}

/// The options as written so far.
#[derive(Default)]
struct Given {
    spec: Option<LitStr>,
    options: Options,
    seen: Vec<String>,
    schema_spans: Vec<Span>,
    replace_spans: Vec<Span>,
}

impl Given {
    /// Reads the value of option `key`.
    fn option(&mut self, key: &Ident, input: ParseStream<'_>) -> syn::Result<()> {
        let name = key.to_string();
        if self.seen.contains(&name) {
            return Err(syn::Error::new(
                key.span(),
                format!("`{key}` is given twice"),
            ));
        }
        let options = &mut self.options;
        match name.as_str() {
            "spec" => self.spec = Some(input.parse()?),
            "schemas" => {
                let names = list(input, <LitStr as Parse>::parse)?;
                self.schema_spans = names.iter().map(LitStr::span).collect();
                let selected = options.select(names.iter().map(LitStr::value).collect());
                located(key.span(), selected)?;
            }
            "operations" => {
                if input.peek(syn::LitBool) {
                    let all: syn::LitBool = input.parse()?;
                    options.all_operations(all.value);
                } else {
                    let names = list(input, <LitStr as Parse>::parse)?;
                    let selected = options.select_operations(names.iter().map(LitStr::value).collect());
                    located(key.span(), selected)?;
                }
            }
            "crate" => {
                let path: LitStr = input.parse()?;
                options.runtime = openapi_models_codegen::naming::RuntimePath::parse(&path.value())
                    .map_err(|message| syn::Error::new(path.span(), message))?;
            }
            "derives" => {
                for path in list(input, <syn::Path as Parse>::parse)? {
                    located(path.span(), options.add_derive(&written(&path)))?;
                }
            }
            "replace" => {
                for (name, ty) in entries(input)? {
                    self.replace_spans.push(name.span());
                    located(ty.span(), options.add_replace(&name.value(), &text_of(&ty)))?;
                }
            }
            "formats" => {
                for (name, ty) in entries(input)? {
                    located(ty.span(), options.add_format(&name.value(), &text_of(&ty)))?;
                }
            }
            "unknown_keys" => {
                let value: LitStr = input.parse()?;
                options.unknown_keys = located(value.span(), UnknownKeys::from_name(&value.value()))?;
            }
            "broken_schemas" => {
                let value: LitStr = input.parse()?;
                options.broken_schemas =
                    located(value.span(), BrokenSchemas::from_name(&value.value()))?;
            }
            other => {
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown option `{other}`; expected `spec`, `schemas`, `operations`, `derives`, `replace`, `formats`, `crate`, `unknown_keys` or `broken_schemas`"),
                ))
            }
        }
        self.seen.push(name);
        Ok(())
    }
}

/// `[a, b, ...]`.
fn list<T>(
    input: ParseStream<'_>,
    item: fn(ParseStream<'_>) -> syn::Result<T>,
) -> syn::Result<Vec<T>> {
    let content;
    bracketed!(content in input);
    Ok(content
        .parse_terminated(item, Token![,])?
        .into_iter()
        .collect())
}

/// `{ Name = Type, "name" = Type, ... }`: a key is an identifier or a
/// string (for names that are not identifiers: `"date-time"`).
fn entries(input: ParseStream<'_>) -> syn::Result<Vec<(LitStr, syn::Type)>> {
    let content;
    braced!(content in input);
    let mut entries = Vec::new();
    while !content.is_empty() {
        let name = if content.peek(LitStr) {
            content.parse::<LitStr>()?
        } else {
            let ident = Ident::parse_any(&content)?;
            LitStr::new(&ident.unraw().to_string(), ident.span())
        };
        content.parse::<Token![=]>()?;
        let ty: syn::Type = content.parse()?;
        entries.push((name, ty));
        if !content.is_empty() {
            content.parse::<Token![,]>()?;
        }
    }
    Ok(entries)
}

fn text_of(ty: &syn::Type) -> String {
    written(ty)
}

/// Tokens as a person writes them, for messages (`Vec<u8>`, not
/// `Vec < u8 >`): a space only between two words, and after a comma.
fn written(tokens: &dyn ToTokens) -> String {
    let spaced = tokens.to_token_stream().to_string();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '\'');
    let chars: Vec<char> = spaced.chars().collect();
    let mut out = String::with_capacity(spaced.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != ' ' {
            out.push(c);
        } else if out.ends_with(',')
            || (word(out.chars().last()) && word(chars.get(i + 1).copied()))
        {
            out.push(' ');
        }
    }
    out
}

/// An option's message at the place it is about.
fn located<T>(span: Span, result: Result<T, String>) -> syn::Result<T> {
    result.map_err(|message| syn::Error::new(span, message))
}

fn check_path(spec: &LitStr) -> syn::Result<()> {
    let value = spec.value();
    if value.trim().is_empty() {
        return Err(syn::Error::new(spec.span(), "the spec path is empty"));
    }
    if value.contains("://") {
        return Err(syn::Error::new(
            spec.span(),
            "the spec must be a local file (relative to the crate's Cargo.toml); URLs are not fetched at compile time",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use openapi_models_build::{BrokenSchemas, Builder, UnknownKeys};

    use super::Args;

    /// The macro's spelling of every option means what the build API's
    /// does (the CLI's flags are checked against the build API by its own
    /// tests).
    #[test]
    fn every_option_means_what_the_build_api_s_does() {
        let args: Args = syn::parse_str(
            r#"spec = "api.yaml", schemas = ["Price", "Offer"], operations = ["getPrice"],
               derives = [Eq, Hash, ::my::Derive, Eq],
               replace = { Money = crate::Money, "Pet.v2" = ::pets::Pet },
               formats = { "date-time" = ::chrono::DateTime<::chrono::FixedOffset>, uuid = ::uuid::Uuid },
               crate = "::om", unknown_keys = "reject", broken_schemas = "value""#,
        )
        .expect("the options parse");
        let builder = Builder::new("api.yaml")
            .schemas(["Price", "Offer"])
            .operations(["getPrice"])
            .derives(["Eq", "Hash", "::my::Derive"])
            .replace("Money", "crate::Money")
            .replace("Pet.v2", "::pets::Pet")
            .format("date-time", "::chrono::DateTime<::chrono::FixedOffset>")
            .format("uuid", "::uuid::Uuid")
            .runtime_crate("::om")
            .unknown_keys(UnknownKeys::Reject)
            .broken_schemas(BrokenSchemas::Value);
        assert_eq!(&args.options, builder.options().expect("valid options"));
        let args: Args = syn::parse_str(r#"spec = "api.yaml", operations = false"#).unwrap();
        let builder = Builder::new("api.yaml").all_operations(false);
        assert_eq!(&args.options, builder.options().expect("valid options"));
    }
}

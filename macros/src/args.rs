//! `include_models!("spec.yaml")` or
//! `include_models!(spec = "spec.yaml", schemas = ["A", "B"], crate = "::path",
//! unknown_keys = "keep", broken_schemas = "error")`.

use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{bracketed, Ident, LitStr, Token};

pub struct Args {
    pub spec: LitStr,
    pub schemas: Option<Vec<LitStr>>,
    pub runtime: Option<openapi_models_codegen::naming::RuntimePath>,
    pub unknown_keys: openapi_models_codegen::UnknownKeys,
    pub broken_schemas: openapi_models_codegen::BrokenSchemas,
}

impl Args {
    pub fn selection(&self) -> openapi_models_codegen::Selection {
        match &self.schemas {
            Some(names) => {
                openapi_models_codegen::Selection::Only(names.iter().map(LitStr::value).collect())
            }
            None => openapi_models_codegen::Selection::All,
        }
    }

    /// The span of the `position`th name in `schemas = [...]`.
    pub fn schema_span(&self, position: usize) -> Option<proc_macro2::Span> {
        Some(self.schemas.as_ref()?.get(position)?.span())
    }

    pub fn runtime(&self) -> openapi_models_codegen::naming::RuntimePath {
        self.runtime.clone().unwrap_or_default()
    }
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(syn::Error::new(
                proc_macro2::Span::call_site(),
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
                schemas: None,
                runtime: None,
                unknown_keys: Default::default(),
                broken_schemas: Default::default(),
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
                proc_macro2::Span::call_site(),
                "missing `spec = \"path/to/openapi.yaml\"`",
            ));
        };
        check_path(&spec)?;
        Ok(Args {
            spec,
            schemas: given.schemas,
            runtime: given.runtime,
            unknown_keys: given.unknown_keys.unwrap_or_default(),
            broken_schemas: given.broken_schemas.unwrap_or_default(),
        })
    }
}

/// The options as written so far.
#[derive(Default)]
struct Given {
    spec: Option<LitStr>,
    schemas: Option<Vec<LitStr>>,
    runtime: Option<openapi_models_codegen::naming::RuntimePath>,
    unknown_keys: Option<openapi_models_codegen::UnknownKeys>,
    broken_schemas: Option<openapi_models_codegen::BrokenSchemas>,
}

impl Given {
    /// Reads the value of option `key`.
    fn option(&mut self, key: &Ident, input: ParseStream<'_>) -> syn::Result<()> {
        match key.to_string().as_str() {
            "spec" => set(&mut self.spec, key, input.parse()?),
            "schemas" => {
                let content;
                bracketed!(content in input);
                let names = content.parse_terminated(<LitStr as Parse>::parse, Token![,])?;
                if names.is_empty() {
                    return Err(syn::Error::new(
                        key.span(),
                        "`schemas = []` selects nothing; list schema names or leave the option out",
                    ));
                }
                set(&mut self.schemas, key, names.into_iter().collect())
            }
            "crate" => {
                let path: LitStr = input.parse()?;
                let parsed = openapi_models_codegen::naming::RuntimePath::parse(&path.value())
                    .map_err(|message| syn::Error::new(path.span(), message))?;
                set(&mut self.runtime, key, parsed)
            }
            "unknown_keys" => {
                let value = choice(
                    input,
                    openapi_models_codegen::UnknownKeys::from_name,
                    "`keep`, `reject` or `ignore`",
                )?;
                set(&mut self.unknown_keys, key, value)
            }
            "broken_schemas" => {
                let value = choice(
                    input,
                    openapi_models_codegen::BrokenSchemas::from_name,
                    "`error` or `value`",
                )?;
                set(&mut self.broken_schemas, key, value)
            }
            other => Err(syn::Error::new(
                key.span(),
                format!("unknown option `{other}`; expected `spec`, `schemas`, `crate`, `unknown_keys` or `broken_schemas`"),
            )),
        }
    }
}

/// A string option with a fixed set of values.
fn choice<T>(
    input: ParseStream<'_>,
    from_name: fn(&str) -> Option<T>,
    expected: &str,
) -> syn::Result<T> {
    let value: LitStr = input.parse()?;
    from_name(&value.value()).ok_or_else(|| {
        syn::Error::new(
            value.span(),
            format!("unknown value `{}`; expected {expected}", value.value()),
        )
    })
}

fn set<T>(slot: &mut Option<T>, key: &Ident, value: T) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new(
            key.span(),
            format!("`{key}` is given twice"),
        ));
    }
    *slot = Some(value);
    Ok(())
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

//! The `include_models!` macro. Use it through the `openapi-models` crate,
//! which re-exports it and carries what the generated code needs.
//!
//! This crate is a thin shim: it parses the arguments, resolves the spec's
//! path, calls the generator library (`openapi-models-codegen`), makes Cargo
//! track every file read, and turns problems into one `compile_error!` at
//! the argument's span.

mod args;

use proc_macro2::{Span, TokenStream};
use quote::quote;

use args::Args;

/// Generates Rust model types from an OpenAPI document at compile time.
///
/// ```ignore
/// openapi_models::include_models!("specs/api.yaml");
/// openapi_models::include_models!(spec = "specs/api.yaml", schemas = ["Pet", "Order"]);
/// ```
///
/// The path is relative to the invoking crate's `CARGO_MANIFEST_DIR`. See
/// the `openapi-models` crate for the options and the generated code.
#[proc_macro]
pub fn include_models(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let start = std::time::Instant::now();
    let args = match syn::parse2::<Args>(input.into()) {
        Ok(args) => args,
        Err(error) => return error.to_compile_error().into(),
    };
    expand(&args, start)
}

fn expand(args: &Args, start: std::time::Instant) -> proc_macro::TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let path = std::path::Path::new(&manifest_dir).join(args.spec.value());
    let display = args.spec.value();
    let options = &args.options;
    // Generated on a thread of its own (a large stack for deep specs) as
    // text, handed to the compiler in one piece.
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        &path,
        &display,
        options,
    );
    let tracked = track(&output.files);
    // A name in `schemas = [...]` or `replace = {...}` that is not in the
    // spec is reported at the name itself.
    let mut unknown = TokenStream::new();
    let mut errors = output.errors;
    for (at, error) in &output.option_errors {
        errors.retain(|e| e != error);
        let span = args.span_of(*at);
        // The same text as the build API and the CLI print for it.
        let message = format!("openapi-models: {error}");
        unknown.extend(quote::quote_spanned! {span=> ::core::compile_error! { #message } });
    }
    let code_len = output.code.len();
    // The text goes straight to rustc's lexer. `proc_macro2`'s `parse` would
    // first lex all of it again with its own (unoptimized, in a dev build)
    // lexer to validate it: most of the hand-over's time on large specs.
    let items: proc_macro::TokenStream = output.code.parse().unwrap_or_else(|error| {
        errors.push(openapi_models_codegen::Error::new(
            openapi_models_codegen::Location::file(display.clone()),
            format!("internal error: the generated code does not parse: {error}"),
        ));
        proc_macro::TokenStream::new()
    });
    if std::env::var_os("OPENAPI_MODELS_TIMINGS").is_some() {
        // Asked for by the user (to see what the macro costs their build).
        let t = output.timings;
        eprintln!(
            "openapi-models: {display}: {} types, {} bytes of code in {:.1?} (parse {:.1?}, lower {:.1?}, emit {:.1?}, hand over {:.1?})",
            output.model.types.len(),
            code_len,
            start.elapsed(),
            t.parse,
            t.lower,
            t.emit,
            start.elapsed().saturating_sub(t.total()),
        );
    }
    let errors = compile_errors(&errors, &display, args.spec.span());
    let mut expansion = proc_macro::TokenStream::from(tracked);
    expansion.extend([
        items,
        proc_macro::TokenStream::from(errors),
        proc_macro::TokenStream::from(unknown),
    ]);
    expansion
}

/// `include_bytes!` of every file read makes Cargo rebuild the invoking
/// crate when one changes (stable Rust has no other way to say so).
fn track(files: &[std::path::PathBuf]) -> TokenStream {
    let paths = files.iter().filter_map(|file| {
        let absolute = std::fs::canonicalize(file).ok()?;
        Some(absolute.to_string_lossy().into_owned())
    });
    quote! {
        #(const _: &[u8] = ::core::include_bytes!(#paths);)*
    }
}

/// All problems as one `compile_error!` on the spec argument.
fn compile_errors(
    errors: &[openapi_models_codegen::Error],
    display: &str,
    span: Span,
) -> TokenStream {
    if errors.is_empty() {
        return TokenStream::new();
    }
    let message = openapi_models_codegen::error::report(errors, display);
    quote::quote_spanned! {span=>
        ::core::compile_error! { #message }
    }
}

//! The `operations` module's own items: for each operation, the request
//! its parameters stand for (`METHOD`, `PATH`, `path_and_query()`,
//! `headers()`) and the enum of its responses with `decode`.

use std::fmt::Write;

use super::{string, Emitter};
use crate::ir::{BodyKind, Operation, ParamIn, Status, TypeKind};

impl Emitter<'_> {
    pub(super) fn operation(&self, out: &mut String, op: &Operation) {
        self.request(out, op);
        self.responses(out, op);
    }

    fn request(&self, out: &mut String, op: &Operation) {
        let p_option = self.p.option;
        let p_result = self.p.result;
        let p_string = self.p.string;
        let p_vec = self.p.vec;
        let Some((id, params)) = &op.params else {
            return;
        };
        let def = &self.model.types[*id];
        let TypeKind::Struct(s) = &def.kind else {
            return;
        };
        let rt = &self.rt;
        let p = format!("{rt}::params");
        // The path, piece by piece: text, then a parameter in its place.
        let mut path = String::new();
        let mut rest = op.path.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| c + open) else {
                break;
            };
            let placeholder = &rest[open + 1..close];
            let field = params
                .iter()
                .position(|p| p.location == ParamIn::Path && p.name == placeholder);
            path.push_str(&push_text(&rest[..open]));
            match field {
                Some(field) => {
                    let _ = write!(
                        path,
                        "__path.push_str(&{p}::path({}, &self.{}, {p}::Style::{}, {})?); ",
                        string(placeholder),
                        &s.fields[field].name,
                        params[field].style,
                        params[field].explode
                    );
                }
                // A placeholder no parameter fills stays as written.
                None => path.push_str(&push_text(&rest[open..=close])),
            }
            rest = &rest[close + 1..];
        }
        path.push_str(&push_text(rest));
        let mut query = String::new();
        let mut headers = String::new();
        for (field, param) in params.iter().enumerate() {
            let name = &s.fields[field].name;
            match param.location {
                ParamIn::Query => {
                    let _ = write!(
                        query,
                        "{p}::query(&mut __query, {}, &self.{name}, {p}::Style::{}, {}, {})?; ",
                        string(&param.name),
                        param.style,
                        param.explode,
                        param.allow_reserved
                    );
                }
                ParamIn::Header => {
                    let _ = write!(
                        headers,
                        "if let {p_option}::Some(__value) = {p}::header({}, &self.{name}, {})? {{ __value_list.push(({}, __value)); }} ",
                        string(&param.name),
                        param.explode,
                        string(&param.name)
                    );
                }
                ParamIn::Cookie => {
                    let _ = write!(
                        headers,
                        "{p}::query(&mut __cookie, {}, &self.{name}, {p}::Style::Form, {}, false)?; ",
                        string(&param.name),
                        param.explode
                    );
                }
                ParamIn::Path => {}
            }
        }
        let has_cookies = params.iter().any(|p| p.location == ParamIn::Cookie);
        let (cookie_start, cookie_end) = if has_cookies {
            (
                format!("let mut __cookie = {p_string}::new(); "),
                "if !__cookie.is_empty() { __value_list.push((\"Cookie\", __cookie.replace('&', \"; \"))); } ".to_owned(),
            )
        } else {
            (String::new(), String::new())
        };
        let query_part = if query.is_empty() {
            String::new()
        } else {
            format!(
                "let mut __query = {p_string}::new(); {query}if !__query.is_empty() {{ __path.push('?'); __path.push_str(&__query); }} "
            )
        };
        let path_and_query =
            format!("let mut __path = {p_string}::new(); {path}{query_part}{p_result}::Ok(__path)");
        let headers = if headers.is_empty() && cookie_start.is_empty() {
            format!("{p_result}::Ok({p_vec}::new())")
        } else {
            format!("let mut __value_list = {p_vec}::new(); {cookie_start}{headers}{cookie_end}{p_result}::Ok(__value_list)")
        };
        let content_type = match &op.request_body {
            Some(body) => format!("Some({})", string(&body.content_type)),
            None => "None".to_owned(),
        };
        if !self.readable {
            let _ = writeln!(
                out,
                "{pr}::impl_request! {{ {}{} {} {} ({content_type}) |self| {{ {path_and_query} }} {{ {headers} }} }}",
                self.allow_deprecated(def),
                def.name,
                string(&op.method),
                string(&op.path),
                pr = self.pr,
            );
            return;
        }
        let result = format!("{p_result}<{p_string}, {p}::ParamError>");
        let methods = format!(
            "#[doc = {}] pub const METHOD: &'static str = {}; \
             #[doc = \" The path template, as the document writes it.\"] pub const PATH: &'static str = {}; \
             #[doc = \" The request body's media type, if it has one (a form is written by `openapi_models::params::form`).\"] \
             pub const REQUEST_CONTENT_TYPE: {p_option}<&'static str> = {p_option}::{content_type}; \
             #[doc = \" The path with the path parameters in place, then the query string (`?` and the query parameters, if any are set).\"] \
             pub fn path_and_query(&self) -> {result} {{ {path_and_query} }} \
             #[doc = \" The header parameters that are set (cookie parameters in one `Cookie` header), as (name, value).\"] \
             pub fn headers(&self) -> {p_result}<{p_vec}<(&'static str, {p_string})>, {p}::ParamError> {{ {headers} }}",
            string(&format!(" `{}`.", op.method)),
            string(&op.method),
            string(&op.path),
        );
        self.inherent_impl(out, def, &methods);
    }

    fn responses(&self, out: &mut String, op: &Operation) {
        let p_option = self.p.option;
        let p_result = self.p.result;
        let p_string = self.p.string;
        let p_vec = self.p.vec;
        let rt = &self.rt;
        let pr = &self.pr;
        let r = format!("{pr}::response");
        let name = &op.response;
        let mut docs = vec![format!("The responses of `{}`, by status.", op.name)];
        if !op.docs.is_empty() {
            docs.push(String::new());
            docs.extend(op.docs.iter().cloned());
        }
        self.docs(out, &docs);
        // The spec's deprecations are for the user's code, not for the
        // enum that holds a deprecated body.
        let mut mentioned = Vec::new();
        for response in &op.responses {
            if let Some(BodyKind::Json(ty)) = response.body.as_ref().map(|b| &b.kind) {
                crate::ir::visit::mentioned(ty, &mut mentioned);
            }
        }
        let allow = if mentioned.iter().any(|&id| self.model.types[id].deprecated) {
            "#[allow(deprecated)] "
        } else {
            ""
        };
        let _ = write!(
            out,
            "{allow}#[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::cmp::PartialEq)] pub enum {name} {{ "
        );
        let mut exact = String::new();
        let mut ranges = String::new();
        let mut fallback = format!(
            "{p_result}::Ok(Self::Undocumented {{ status: __status, body: <[::core::primitive::u8]>::to_vec(__body) }})",
        );
        for response in &op.responses {
            let variant = &response.variant;
            let mut docs = response.docs.clone();
            let status = match response.status {
                Status::Code(code) => code.to_string(),
                Status::Range(digit) => format!("{digit}XX"),
                Status::Default => "any other status".to_owned(),
            };
            crate::docs::push_paragraph(&mut docs, [format!("Status {status}.")]);
            self.docs(out, &docs);
            let read = match &response.body {
                None => {
                    let _ = write!(out, "{variant}, ");
                    format!("{p_result}::Ok(Self::{variant})")
                }
                Some(body) => {
                    let (ty, call) = match &body.kind {
                        BodyKind::Json(ty) => (self.nested(ty), "json"),
                        BodyKind::Text => (p_string.to_owned(), "text"),
                        // Only requests have typed forms.
                        BodyKind::Bytes | BodyKind::Form(_) => {
                            (format!("{p_vec}<::core::primitive::u8>"), "bytes")
                        }
                    };
                    let _ = write!(out, "{variant}({ty}), ");
                    format!("{r}::{call}(__status, __content_type, __body).map(Self::{variant})")
                }
            };
            match response.status {
                Status::Code(code) => {
                    let _ = write!(exact, "{code} => {read}, ");
                }
                // A guard, not `500..=599`: exact codes above may fall in
                // the range (clippy's `match_overlapping_arm`).
                Status::Range(digit) => {
                    let _ = write!(ranges, "_ if __status / 100 == {digit} => {read}, ");
                }
                Status::Default => fallback = read,
            }
        }
        let _ = writeln!(
            out,
            "#[doc = \" A status the document does not describe, with the body as it came.\"] \
             Undocumented {{ status: ::core::primitive::u16, body: {p_vec}<::core::primitive::u8> }}, }}",
        );
        // Only `default` documented: no `match` (clippy's
        // `match_single_binding`).
        let decode = if exact.is_empty() && ranges.is_empty() {
            fallback
        } else {
            format!("match __status {{ {exact}{ranges}_ => {fallback}, }}")
        };
        if !self.readable {
            let _ = writeln!(
                out,
                "{pr}::impl_response! {{ {allow}{name} |__status, __content_type, __body| {{ {decode} }} }}"
            );
            return;
        }
        let _ = writeln!(
            out,
            "{allow}impl {name} {{ \
             #[doc = \" Reads a response from its status, `Content-Type` and body: an error says which status and what failed; a status the document does not describe is kept as it came.\"] \
             pub fn decode(__status: ::core::primitive::u16, __content_type: {p_option}<&str>, __body: &[::core::primitive::u8]) -> {p_result}<Self, {rt}::ResponseError> {{ \
             {decode} }} }}"
        );
    }
}

/// Appends literal text to `__path` (a `char` when it is one: clippy's
/// `single_char_add_str`).
fn push_text(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (None, _) => String::new(),
        (Some(c), None) => format!("__path.push({c:?}); "),
        _ => format!("__path.push_str({}); ", string(text)),
    }
}

//! Operations of the document (`paths`, `webhooks`): what each request
//! sends and each response holds, by the types the model defines.

use super::{TyUse, TypeId};
use crate::naming::Ident;

/// One operation: `GET /conversations/{id}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// UpperCamelCase, from the `operationId` (or method and path): the
    /// stem of `{Name}Params`, `{Name}Response`, `{Name}RequestBody`.
    pub name: String,
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path template (`/conversations/{id}`); for a webhook, its name.
    pub path: String,
    pub webhook: bool,
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// The parameters' struct (a `Struct` of the model) and how each of
    /// its fields goes on the wire, in field order.
    pub params: Option<(TypeId, Vec<Param>)>,
    pub request_body: Option<Body>,
    /// The enum of responses: `{Name}Response`.
    pub response: Ident,
    pub responses: Vec<Response>,
}

impl Operation {
    /// The types of its typed bodies (JSON, forms), the request's first.
    pub fn typed_bodies_mut(&mut self) -> impl Iterator<Item = &mut TyUse> {
        self.request_body
            .iter_mut()
            .chain(self.responses.iter_mut().filter_map(|r| r.body.as_mut()))
            .filter_map(|body| match &mut body.kind {
                BodyKind::Json(ty) | BodyKind::Form(ty) => Some(&mut **ty),
                _ => None,
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamIn {
    Path,
    Query,
    Header,
    Cookie,
}

/// How one field of the parameters' struct is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub location: ParamIn,
    /// The runtime's `params::Style` variant name (`Simple`, `Form`, ...).
    pub style: &'static str,
    pub explode: bool,
    pub allow_reserved: bool,
}

/// A body of one content type.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub content_type: String,
    pub kind: BodyKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BodyKind {
    /// JSON (`application/json`, `*/*+json`), read into this type.
    Json(Box<TyUse>),
    /// A request's `application/x-www-form-urlencoded` body with a
    /// schema: its fields typed as JSON's would be, written by
    /// `openapi_models::params::form`.
    Form(Box<TyUse>),
    /// Text (`text/*`): a `String`.
    Text,
    /// Anything else (`application/octet-stream`, `multipart/*`, forms
    /// this version does not type): the bytes.
    Bytes,
}

/// One documented response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: Status,
    /// The variant of the response enum: `Ok`, `NotFound`, `Status4XX`.
    pub variant: Ident,
    pub docs: Vec<String>,
    pub body: Option<Body>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `4XX`: the first digit.
    Range(u8),
    Default,
}

//! Bodies and responses of an operation: a body written inline gets a
//! name of its own (`{Op}RequestBody`, `{Op}[{Status}]ResponseBody`), one
//! that is a `$ref` is the component's type; JSON bodies are typed, text
//! is text, anything else bytes; each documented status is a variant.

use serde_json::Value;

use super::operations::Found;
use super::view::View;
use super::Lowerer;
use crate::ir::{Body, BodyKind, Response, Status, Ty, TyUse};
use crate::load::Loc;
use crate::naming::{self, Ident, Scope};
use crate::read::Dialect;

impl Lowerer<'_, '_> {
    pub(super) fn lower_request_body(&mut self, op: &Found) -> Option<Body> {
        if self.dialect == Dialect::Swagger2 {
            return self.swagger_body_param(op);
        }
        let at = self.deref(op.at.child("requestBody"))?;
        let name = format!("{}RequestBody", op.name);
        let content = at.child("content");
        // A form with a schema (and no JSON beside it) has its fields typed.
        if let Some(Value::Object(media)) = self.loader.get(&content) {
            let form = media.iter().find(|(media_type, body)| {
                essence(media_type) == "application/x-www-form-urlencoded"
                    && matches!(body.get("schema"), Some(Value::Object(_)))
            });
            if let (Some((form, _)), false) = (form, media.keys().any(|t| is_json(t))) {
                let form = form.clone();
                let ty = self.body_type(&content.child(&form).child("schema"), &name);
                return Some(Body {
                    content_type: form,
                    kind: BodyKind::Form(Box::new(ty)),
                });
            }
        }
        self.body(&content, &name)
    }

    /// Swagger 2.0: the `in: body` parameter.
    fn swagger_body_param(&mut self, op: &Found) -> Option<Body> {
        // The operation's own (listed last) before the path item's.
        for at in self.parameter_objects(op).into_iter().rev() {
            if self.string_at(&at.child("in")).as_deref() == Some("body") {
                let ty = self.body_type(&at.child("schema"), &format!("{}RequestBody", op.name));
                return Some(Body {
                    content_type: "application/json".to_owned(),
                    kind: BodyKind::Json(Box::new(ty)),
                });
            }
        }
        None
    }

    /// The body of a `content` map: JSON when it has a JSON media type,
    /// else text or bytes.
    fn body(&mut self, content: &Loc, name: &str) -> Option<Body> {
        let Some(Value::Object(media)) = self.loader.get(content) else {
            return None;
        };
        let types: Vec<String> = media.keys().cloned().collect();
        if let Some(json) = types.iter().find(|t| is_json(t)) {
            let schema = content.child(json).child("schema");
            let ty = match self.loader.get(&schema) {
                Some(Value::Object(_)) => self.body_type(&schema, name),
                _ => TyUse::new(Ty::Any),
            };
            return Some(Body {
                content_type: json.clone(),
                kind: BodyKind::Json(Box::new(ty)),
            });
        }
        let first = types.first()?.clone();
        let kind = if first.starts_with("text/") {
            BodyKind::Text
        } else {
            BodyKind::Bytes
        };
        Some(Body {
            content_type: first,
            kind,
        })
    }

    /// A body schema's type: the component's where it is a `$ref`, else
    /// a type named `name`.
    fn body_type(&mut self, loc: &Loc, name: &str) -> TyUse {
        let schema = self.schema_at(loc);
        if schema.is_reference() || self.memo.contains_key(loc) {
            return self.lower(&schema, loc, name);
        }
        let id = self.new_type(naming::type_name(name), loc);
        let view: View<'_> = &schema;
        let plan = self.plan(view, loc, name);
        self.define(id, view, loc, plan);
        TyUse::new(Ty::Named(id))
    }

    pub(super) fn lower_responses(&mut self, op: &Found) -> Vec<Response> {
        let at = op.at.child("responses");
        let Some(Value::Object(map)) = self.loader.get(&at) else {
            return Vec::new();
        };
        let keys: Vec<String> = map.keys().cloned().collect();
        let mut statuses: Vec<(Status, String, Loc)> = keys
            .into_iter()
            .filter_map(|key| Some((status(&key)?, key.clone(), at.child(&key))))
            .collect();
        statuses.sort_by_key(|(status, _, _)| *status);
        // `4XX` and `4xx` are one range.
        statuses.dedup_by_key(|(status, _, _)| *status);
        // Inline JSON bodies: one gets `{Op}ResponseBody`, several
        // `{Op}{Status}ResponseBody`.
        let mut resolved = Vec::new();
        for (status, key, loc) in statuses {
            if let Some(loc) = self.deref(loc) {
                resolved.push((status, key, loc));
            }
        }
        let inline = resolved
            .iter()
            .filter(|(_, _, loc)| self.has_inline_json(loc))
            .count();
        let mut variants = Scope::new();
        // The enum's variant for statuses the document does not describe.
        variants.claim(naming::type_name("Undocumented"));
        let mut responses = Vec::new();
        for (status, key, loc) in resolved {
            let name = if inline > 1 {
                format!("{}{}ResponseBody", op.name, key.to_ascii_uppercase())
            } else {
                format!("{}ResponseBody", op.name)
            };
            let body = if self.dialect == Dialect::Swagger2 {
                match self.loader.get(&loc.child("schema")) {
                    Some(Value::Object(_)) => Some(Body {
                        content_type: "application/json".to_owned(),
                        kind: BodyKind::Json(Box::new(self.body_type(&loc.child("schema"), &name))),
                    }),
                    _ => None,
                }
            } else {
                self.body(&loc.child("content"), &name)
            };
            let description = self.string_at(&loc.child("description"));
            responses.push(Response {
                status,
                variant: variants.claim(variant_name(status)),
                docs: description
                    .as_deref()
                    .map(|text| self.doc_lines(text))
                    .unwrap_or_default(),
                body,
            });
        }
        responses
    }

    fn has_inline_json(&mut self, response: &Loc) -> bool {
        let schema = if self.dialect == Dialect::Swagger2 {
            response.child("schema")
        } else {
            let Some(Value::Object(media)) = self.loader.get(&response.child("content")) else {
                return false;
            };
            match media.keys().find(|t| is_json(t)) {
                Some(json) => response.child("content").child(json).child("schema"),
                None => return false,
            }
        };
        matches!(self.loader.get(&schema), Some(Value::Object(map)) if !map.contains_key("$ref"))
    }
}

/// A media type without its parameters (`application/json; charset=utf-8`).
fn essence(media_type: &str) -> &str {
    media_type.split(';').next().unwrap_or("").trim()
}

fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json") || essence == "*/*"
}

fn status(key: &str) -> Option<Status> {
    if key.eq_ignore_ascii_case("default") {
        return Some(Status::Default);
    }
    let bytes = key.as_bytes();
    match bytes {
        [d, x1, x2]
            if d.is_ascii_digit()
                && x1.eq_ignore_ascii_case(&b'x')
                && x2.eq_ignore_ascii_case(&b'x') =>
        {
            Some(Status::Range(d - b'0'))
        }
        _ => key
            .parse::<u16>()
            .ok()
            .filter(|c| (100..600).contains(c))
            .map(Status::Code),
    }
}

/// `Ok`, `NotFound`, ... for the common codes; `Status418`, `Status4XX`,
/// `Default` otherwise.
fn variant_name(status: Status) -> Ident {
    let text = match status {
        Status::Code(code) => match reason(code) {
            Some(reason) => reason.to_owned(),
            None => format!("Status{code}"),
        },
        Status::Range(digit) => format!("Status{digit}XX"),
        Status::Default => "Default".to_owned(),
    };
    naming::type_name(&text)
}

fn reason(code: u16) -> Option<&'static str> {
    Some(match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        204 => "NoContent",
        301 => "MovedPermanently",
        302 => "Found",
        304 => "NotModified",
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return None,
    })
}

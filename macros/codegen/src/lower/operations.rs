//! Operations: every method of every path (and webhook) becomes the types
//! of its request and responses: found and named here, its parameters the
//! fields of `{Op}Params`; its bodies and responses in `bodies`.

use serde_json::{Map, Value};

use super::Lowerer;
use crate::ir::{Field, IntKind, Operation, Param, ParamIn, Struct, Ty, TyUse, TypeDef, TypeKind};
use crate::load::{pointer, FileId, Loc};
use crate::naming::{self, Scope};
use crate::options::OperationSelection;
use crate::read::Dialect;

const METHODS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// An operation found in the document.
pub(super) struct Found {
    pub(super) method: &'static str,
    pub(super) path: String,
    pub(super) webhook: bool,
    /// The path item (for its `parameters`) and the operation object.
    pub(super) item: Loc,
    pub(super) at: Loc,
    /// UpperCamelCase and unique (see `Operation::name`).
    pub(super) name: String,
    /// Its `operationId`, as written.
    pub(super) id: Option<String>,
}

impl Lowerer<'_, '_> {
    pub(super) fn lower_operations(
        &mut self,
        root: FileId,
        first_group: usize,
        options: &crate::Options,
    ) {
        let found = self.find_operations(root);
        let selection = options.operation_selection();
        let named = |op: &Found, name: &str| op.id.as_deref() == Some(name) || op.name == name;
        self.in_operations = true;
        for (index, op) in found.iter().enumerate() {
            let wanted = match &selection {
                OperationSelection::All => true,
                OperationSelection::None => false,
                OperationSelection::Only(names) => names.iter().any(|n| named(op, n)),
            };
            if !wanted {
                continue;
            }
            self.group = first_group + index;
            self.sequence = 0;
            let operation = self.lower_operation(op);
            self.operations.push(operation);
            self.define_pending();
        }
        self.in_operations = false;
        if let OperationSelection::Only(names) = &selection {
            for name in names {
                if !found.iter().any(|op| named(op, name)) {
                    let at = Loc::new(root, "/paths");
                    self.error(
                        &at,
                        format!("no operation `{name}` in the document (`operations`)"),
                    );
                }
            }
        }
    }

    pub(super) fn string_at(&self, loc: &Loc) -> Option<String> {
        match self.loader.get(loc) {
            Some(Value::String(text)) => Some(text.clone()),
            _ => None,
        }
    }

    /// Every operation of `paths` and `webhooks`, in document order, with
    /// a unique name.
    fn find_operations(&mut self, root: FileId) -> Vec<Found> {
        let mut found = Vec::new();
        let mut names = Scope::new();
        for (section, webhook) in [("/paths", false), ("/webhooks", true)] {
            let at = Loc::new(root, section);
            let Some(Value::Object(items)) = self.loader.get(&at) else {
                continue;
            };
            let paths: Vec<String> = items.keys().cloned().collect();
            for path in paths {
                let mut item = at.child(&path);
                // A path item may be a `$ref` to one kept elsewhere.
                if let Some(Value::String(reference)) = self.loader.get(&item.child("$ref")) {
                    let reference = reference.clone();
                    match self.resolve(&item, &reference) {
                        Some(target) => item = target,
                        None => continue,
                    }
                }
                // The path item's methods and their ids, in one walk to it.
                let methods: Vec<(&'static str, Option<String>)> = match self.loader.get(&item) {
                    Some(Value::Object(map)) => METHODS
                        .into_iter()
                        .filter_map(|method| match pointer::member(map, method) {
                            Some(Value::Object(op)) => Some((method, text(op, "operationId"))),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                for (method, id) in methods {
                    let op = item.child(method);
                    let raw = id.clone().unwrap_or_else(|| format!("{method} {path}"));
                    let name = names.claim(naming::type_name(&raw));
                    found.push(Found {
                        method,
                        path: path.clone(),
                        webhook,
                        item: item.clone(),
                        at: op,
                        name: name.unraw().to_owned(),
                        id,
                    });
                }
            }
        }
        found
    }

    fn lower_operation(&mut self, op: &Found) -> Operation {
        let mut doc = String::new();
        let mut deprecated = false;
        if let Some(Value::Object(map)) = self.loader.get(&op.at) {
            for key in ["summary", "description"] {
                if let Some(Value::String(text)) = pointer::member(map, key) {
                    if !doc.is_empty() {
                        doc.push_str("\n\n");
                    }
                    doc.push_str(text);
                }
            }
            deprecated = flag(map, "deprecated");
        }
        let params = self.lower_params(op);
        let request_body = self.lower_request_body(op);
        let responses = self.lower_responses(op);
        // Named in the `operations` module only: a component of the same
        // name (often the body itself) is `super::Name` there.
        let response = self
            .operation_scope
            .claim(naming::type_name(&format!("{}Response", op.name)));
        Operation {
            name: op.name.clone(),
            method: op.method.to_ascii_uppercase(),
            path: op.path.clone(),
            webhook: op.webhook,
            docs: self.doc_lines(&doc),
            deprecated,
            params,
            request_body,
            response,
            responses,
        }
    }

    /// Follows a `$ref` in place of an object (a parameter, a body, a
    /// response).
    pub(super) fn deref(&mut self, mut at: Loc) -> Option<Loc> {
        for _ in 0..8 {
            match self.loader.get(&at) {
                Some(Value::Object(map)) => match map.get("$ref") {
                    Some(Value::String(reference)) => {
                        let reference = reference.clone();
                        at = self.resolve(&at, &reference)?;
                    }
                    _ => return Some(at),
                },
                _ => return None,
            }
        }
        None
    }

    /// The Parameter Objects of the path item, then of the operation,
    /// `$ref`s followed.
    pub(super) fn parameter_objects(&mut self, op: &Found) -> Vec<Loc> {
        let mut found = Vec::new();
        for list in [op.item.child("parameters"), op.at.child("parameters")] {
            let count = match self.loader.get(&list) {
                Some(Value::Array(items)) => items.len(),
                _ => 0,
            };
            for i in 0..count {
                found.extend(self.deref(list.child(&i.to_string())));
            }
        }
        found
    }

    /// The parameters of the path item and the operation (the operation's
    /// win), as fields of `{Op}Params`.
    fn lower_params(&mut self, op: &Found) -> Option<(crate::ir::TypeId, Vec<Param>)> {
        let mut all: Vec<ParamObject> = Vec::new();
        for at in self.parameter_objects(op) {
            let Some(param) = self.param_object(at) else {
                continue;
            };
            all.retain(|p| !(p.name == param.name && p.location == param.location));
            all.push(param);
        }
        // Every operation has one, even without parameters: it is where
        // its method and path are.
        let struct_name = naming::type_name(&format!("{}Params", op.name));
        let id = self.new_type(struct_name.clone(), &op.at.child("parameters"));
        let mut scope = Scope::new();
        let mut fields = Vec::new();
        let mut params = Vec::new();
        for param in &all {
            let name = &param.name;
            let field_name = scope.claim(naming::field_name(name));
            let hint = format!("{}{}", struct_name.unraw(), naming::type_name(name).unraw());
            let ty = match &param.schema {
                Some(loc) => {
                    let schema = self.schema_at(loc);
                    self.lower(&schema, loc, &hint)
                }
                None => swagger_type(param.swagger.0.as_deref(), param.swagger.1.as_deref()),
            };
            let style = style_of(
                param.style.as_deref(),
                param.location,
                self.dialect,
                param.collection.as_deref(),
            );
            // `form` explodes unless told otherwise; Swagger 2.0 only for
            // `collectionFormat: multi`.
            let explode = match param.explode {
                Some(explode) => explode,
                None if self.dialect == Dialect::Swagger2 => {
                    param.collection.as_deref() == Some("multi")
                }
                None => style == "Form",
            };
            let wire = if all.iter().filter(|p| p.name == *name).count() > 1 {
                format!("{}.{name}", location_name(param.location))
            } else {
                name.clone()
            };
            fields.push(Field {
                name: field_name,
                wire,
                ty,
                required: param.location == ParamIn::Path || param.required,
                docs: param
                    .description
                    .as_deref()
                    .map(|text| self.doc_lines(text))
                    .unwrap_or_default(),
                deprecated: param.deprecated,
                default: None,
                default_accessor: None,
                flatten: false,
                build: Default::default(),
            });
            params.push(Param {
                name: name.clone(),
                location: param.location,
                style,
                explode,
                allow_reserved: param.allow_reserved,
            });
        }
        let origin = self.loader.location(&op.at);
        self.slots[id].def = Some(TypeDef {
            name: self.slots[id].name.clone(),
            origin,
            spec_name: None,
            docs: vec![format!(
                "The parameters of `{}` (`{} {}`).",
                op.name,
                op.method.to_ascii_uppercase(),
                op.path.replace('`', "'")
            )],
            deprecated: false,
            uses_deprecated: false,
            admits_null: false,
            validates: false,
            derives: Vec::new(),
            in_operations: true,
            kind: TypeKind::Struct(Struct {
                fields,
                additional: None,
                deny_unknown: false,
                requirements: Vec::new(),
                parameters: true,
            }),
        });
        Some((id, params))
    }

    /// What lowering reads of the Parameter Object at `at`, in one walk
    /// to it (a place looked up by pointer is a walk from the document's
    /// root); `None` for one without `name` or `in`, or a Swagger 2.0 body.
    fn param_object(&self, at: Loc) -> Option<ParamObject> {
        let Some(Value::Object(map)) = self.loader.get(&at) else {
            return None;
        };
        let location = match text(map, "in")?.as_str() {
            "path" => ParamIn::Path,
            "query" => ParamIn::Query,
            "header" => ParamIn::Header,
            "cookie" => ParamIn::Cookie,
            // Swagger 2.0's `body` and `formData` are bodies.
            _ => return None,
        };
        // Its `schema`, or the schema of its one `content` entry.
        let schema = match (
            pointer::member(map, "schema"),
            pointer::member(map, "content"),
        ) {
            (Some(Value::Object(_)), _) => Some(at.child("schema")),
            (_, Some(Value::Object(content))) => content
                .keys()
                .next()
                .map(|media| at.child("content").child(media).child("schema")),
            _ => None,
        };
        let items_type = match pointer::member(map, "items") {
            Some(Value::Object(items)) => text(items, "type"),
            _ => None,
        };
        Some(ParamObject {
            name: text(map, "name")?,
            location,
            required: flag(map, "required"),
            collection: text(map, "collectionFormat"),
            style: text(map, "style"),
            explode: match pointer::member(map, "explode") {
                Some(Value::Bool(explode)) => Some(*explode),
                _ => None,
            },
            allow_reserved: flag(map, "allowReserved"),
            description: text(map, "description"),
            deprecated: flag(map, "deprecated"),
            schema,
            swagger: (text(map, "type"), items_type),
        })
    }
}

/// What lowering reads of a Parameter Object.
struct ParamObject {
    name: String,
    location: ParamIn,
    required: bool,
    collection: Option<String>,
    style: Option<String>,
    explode: Option<bool>,
    allow_reserved: bool,
    description: Option<String>,
    deprecated: bool,
    /// Where its schema is, if it has one.
    schema: Option<Loc>,
    /// Swagger 2.0's `type` and `items.type`, written on the parameter.
    swagger: (Option<String>, Option<String>),
}

/// A member that is a string.
fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    match pointer::member(map, key) {
        Some(Value::String(text)) => Some(text.clone()),
        _ => None,
    }
}

/// Whether a member is `true`.
fn flag(map: &Map<String, Value>, key: &str) -> bool {
    matches!(pointer::member(map, key), Some(Value::Bool(true)))
}

fn location_name(location: ParamIn) -> &'static str {
    match location {
        ParamIn::Path => "path",
        ParamIn::Query => "query",
        ParamIn::Header => "header",
        ParamIn::Cookie => "cookie",
    }
}

/// The runtime's `params::Style` for a parameter: as written, else the
/// default of its location (Swagger 2.0: from `collectionFormat`).
fn style_of(
    written: Option<&str>,
    location: ParamIn,
    dialect: Dialect,
    collection_format: Option<&str>,
) -> &'static str {
    if dialect == Dialect::Swagger2 {
        return match collection_format {
            Some("ssv") => "SpaceDelimited",
            Some("pipes") => "PipeDelimited",
            _ if matches!(location, ParamIn::Path | ParamIn::Header) => "Simple",
            _ => "Form",
        };
    }
    match written {
        Some("matrix") => "Matrix",
        Some("label") => "Label",
        Some("simple") => "Simple",
        Some("spaceDelimited") => "SpaceDelimited",
        Some("pipeDelimited") => "PipeDelimited",
        Some("deepObject") => "DeepObject",
        Some("form") => "Form",
        _ => match location {
            ParamIn::Path | ParamIn::Header => "Simple",
            ParamIn::Query | ParamIn::Cookie => "Form",
        },
    }
}

/// A Swagger 2.0 parameter's type from its `type` (and `items.type`).
fn swagger_type(ty: Option<&str>, items: Option<&str>) -> TyUse {
    let scalar = |ty: Option<&str>| match ty {
        Some("integer") => Ty::Integer(IntKind::I64),
        Some("number") => Ty::Number,
        Some("boolean") => Ty::Boolean,
        Some("string") => Ty::String,
        _ => Ty::Any,
    };
    match ty {
        Some("array") => TyUse::new(Ty::Array(Box::new(TyUse::new(scalar(items))))),
        other => TyUse::new(scalar(other)),
    }
}

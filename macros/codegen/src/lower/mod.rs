//! Lower stage: schemas to the intermediate model, where every decision
//! about the Rust types is made.
//!
//! Every component schema gets a type id and its name before anything is
//! lowered, so forward and circular references resolve; inline schemas get
//! names from their parent and property. Each place in the spec becomes at
//! most one type (memoized by location), so a schema reached twice, through
//! `$ref` or `allOf`, is generated once.

mod bodies;
mod conjoin;
mod define;
mod enums;
mod foreign;
mod normalize;
mod object;
mod operations;
mod order;
mod plan;
mod roots;
mod union;
pub mod view;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::rc::Rc;

use crate::docs;
use crate::error::Error;
use crate::ir::{Ty, TyUse, TypeDef, TypeId};
use crate::load::{Loader, Loc, ResolveError};
use crate::naming::{self, hints, Ident, Scope};
use crate::read::{self, Dialect, Schema};
use normalize::normalize;
use order::order;

pub use roots::Selection;

/// What a place in the spec lowered to.
#[derive(Clone)]
enum Memo {
    /// A named type (possibly still being defined).
    Named(TypeId),
    /// Being lowered right now; holds the id allocated if a reference came
    /// back to it (a cycle through a place that is not a named type).
    InProgress(Option<TypeId>),
    /// A type expression with no name of its own.
    Inline(Box<TyUse>),
}

/// A type slot: reserved with a name first, defined later.
struct Slot {
    def: Option<TypeDef>,
    name: Ident,
    origin: crate::error::Location,
    /// Output order: the component that caused the type, then creation order.
    order: (usize, usize),
    /// Components are lowered on demand (subset selection) from here.
    component: Option<Loc>,
    /// The component's name in the spec.
    spec_name: Option<String>,
    /// Reserved while an operation was lowered (see `TypeDef`).
    in_operations: bool,
}

impl std::ops::Index<TypeId> for Vec<Slot> {
    type Output = Slot;

    fn index(&self, id: TypeId) -> &Slot {
        &self[id.index()]
    }
}

impl std::ops::IndexMut<TypeId> for Vec<Slot> {
    fn index_mut(&mut self, id: TypeId) -> &mut Slot {
        &mut self[id.index()]
    }
}

pub struct Lowerer<'l, 's> {
    loader: &'l mut Loader<'s>,
    dialect: Dialect,
    unknown_keys: crate::UnknownKeys,
    slots: Vec<Slot>,
    memo: HashMap<Loc, Memo>,
    schemas: HashMap<Loc, Rc<Schema>>,
    /// Component locations to their type, for naming and tag inference.
    components: HashMap<Loc, TypeId>,
    scope: Scope,
    errors: Vec<Error>,
    /// Names in the options that are not schemas: (option, error).
    option_errors: Vec<(crate::OptionAt, Error)>,
    /// `formats = {...}`.
    formats: Vec<(String, crate::RustType)>,
    /// Components whose type is the user's (`replace`, `x-rust-type`).
    foreign: HashSet<Loc>,
    /// Component being lowered (output grouping).
    group: usize,
    sequence: usize,
    /// Components referenced but not yet defined.
    pending: Vec<TypeId>,
    depth: usize,
    /// An operation is being lowered: new types belong to it.
    in_operations: bool,
    operations: Vec<crate::ir::Operation>,
    /// Names taken in the `operations` module.
    operation_scope: Scope,
    /// Doc lines by description: a description is often used many times
    /// (Stripe's forms repeat theirs in every operation).
    doc_cache: HashMap<String, Vec<String>>,
    /// Variant names by value list (Stripe repeats its enums per operation).
    variant_cache: HashMap<enums::VariantKey, enums::VariantNames>,
    /// Property names in UpperCamelCase, for the names of their types
    /// (asked for every property; a few names recur everywhere).
    camel_cache: HashMap<String, String>,
}

/// What lowering produced: the types defined, in output order (references
/// by position), and every problem found.
pub struct Lowered {
    pub types: Vec<TypeDef>,
    pub operations: Vec<crate::ir::Operation>,
    pub errors: Vec<Error>,
    /// Those of `errors` about names in the options, so that the macro
    /// can point at the name.
    pub option_errors: Vec<(crate::OptionAt, Error)>,
}

pub fn lower(loader: &mut Loader<'_>, options: &crate::Options) -> Lowered {
    let root = crate::load::FileId(0);
    let dialect = roots::dialect(loader.file(root).value.as_object());
    let mut lowerer = Lowerer {
        loader,
        dialect,
        unknown_keys: options.unknown_keys,
        slots: Vec::new(),
        memo: HashMap::new(),
        schemas: HashMap::new(),
        components: HashMap::new(),
        scope: Scope::new(),
        errors: Vec::new(),
        option_errors: Vec::new(),
        formats: options.formats.clone(),
        foreign: HashSet::new(),
        group: 0,
        sequence: 0,
        pending: Vec::new(),
        depth: 0,
        in_operations: false,
        operations: Vec::new(),
        operation_scope: Scope::new(),
        doc_cache: HashMap::new(),
        variant_cache: HashMap::new(),
        camel_cache: HashMap::new(),
    };
    lowerer.run(root, options);
    let Lowerer {
        slots,
        mut errors,
        option_errors,
        mut operations,
        ..
    } = lowerer;
    let types = order(slots, &mut operations, &mut errors);
    Lowered {
        types,
        operations,
        errors,
        option_errors,
    }
}

/// Nesting of lowering calls beyond which a spec is refused: only
/// pathological documents get here, and the compiler's stack is finite.
const MAX_LOWER_DEPTH: usize = 200;

impl<'l, 's> Lowerer<'l, 's> {
    /// [`docs::doc_lines`] of `text`, made once per distinct text.
    fn doc_lines(&mut self, text: &str) -> Vec<String> {
        if let Some(lines) = self.doc_cache.get(text) {
            return lines.clone();
        }
        let lines = docs::doc_lines(text);
        self.doc_cache.insert(text.to_owned(), lines.clone());
        lines
    }

    fn run(&mut self, root: crate::load::FileId, options: &crate::Options) {
        let components = roots::collect(self, root);
        // Components the user (or the spec) gives a Rust type of its own
        // are not generated; their uses are that type.
        let foreign = self.foreign_components(&components, &options.replace);
        // Reserve every component's name first: components keep their own
        // names, and inline types never take one.
        let (exact, recased): (Vec<_>, Vec<_>) = components
            .iter()
            .enumerate()
            .filter(|(index, _)| !foreign.contains(index))
            .partition(|(_, (name, _))| naming::type_name(name) == name.as_str());
        let mut ids = vec![None; components.len()];
        for (index, (name, loc)) in exact.into_iter().chain(recased) {
            let id = self.reserve(naming::type_name(name), loc, (index, 0));
            self.slots[id].component = Some(loc.clone());
            self.slots[id].spec_name = Some(name.clone());
            self.components.insert(loc.clone(), id);
            self.memo.insert(loc.clone(), Memo::Named(id));
            ids[index] = Some(id);
        }
        let wanted = match roots::select(self, &components, &options.selection) {
            Some(indices) => indices.into_iter().filter_map(|i| ids[i]).collect(),
            // `operations = [...]` alone: the schemas those operations reach.
            None if matches!(
                options.operation_selection(),
                crate::OperationSelection::Only(_)
            ) =>
            {
                Vec::new()
            }
            None => ids.iter().flatten().copied().collect(),
        };
        self.pending = wanted;
        self.pending.reverse();
        // After the names, so that `x-rust-type` parameters referring to
        // components use them (and queue them).
        self.define_foreign(&components, &options.replace, &foreign);
        self.define_pending();
        if options.generates_operations() {
            self.lower_operations(root, components.len(), options);
        }
    }

    /// Defines the components referenced and not yet defined.
    fn define_pending(&mut self) {
        let (group, in_operations) = (self.group, self.in_operations);
        self.in_operations = false;
        while let Some(id) = self.pending.pop() {
            if self.slots[id].def.is_some() {
                continue;
            }
            let Some(loc) = self.slots[id].component.clone() else {
                continue;
            };
            self.group = self.slots[id].order.0;
            self.define_component(id, &loc);
        }
        (self.group, self.in_operations) = (group, in_operations);
    }

    /// Allocates a type id with a unique name.
    fn reserve(&mut self, name: Ident, loc: &Loc, order: (usize, usize)) -> TypeId {
        let mut name = self.scope.claim(name);
        // Types of operations are unique in their module too, where the
        // response enums are (named there only).
        if self.in_operations {
            while self.operation_scope.is_taken(&name) {
                name = self.scope.claim(name);
            }
            name = self.operation_scope.claim(name);
        }
        let origin = self.loader.location(loc);
        self.slots.push(Slot {
            def: None,
            name,
            origin,
            order,
            component: None,
            spec_name: None,
            in_operations: self.in_operations,
        });
        TypeId::new(self.slots.len() - 1)
    }

    /// A new named type for an inline schema at `loc`.
    fn new_type(&mut self, name: Ident, loc: &Loc) -> TypeId {
        self.sequence += 1;
        let id = self.reserve(name, loc, (self.group, self.sequence));
        self.memo.insert(loc.clone(), Memo::Named(id));
        id
    }

    fn name_of(&self, id: TypeId) -> &Ident {
        &self.slots[id].name
    }

    /// A hint for the schema at a place reached by reference, from where
    /// it sits in the document.
    fn hint_for(&self, loc: &Loc) -> String {
        let file = &self.loader.file(loc.file).path;
        hints::for_pointer(loc.pointer(), file, |prefix| {
            let at = Loc::new(loc.file, prefix.to_owned());
            self.components.get(&at).map(|&id| self.name_of(id).clone())
        })
    }

    fn error(&mut self, loc: &Loc, message: impl Into<String>) {
        let location = self.loader.location(loc);
        self.errors.push(Error::new(location, message));
    }

    /// The schema at a place, read once, normalized and cached.
    fn schema_at(&mut self, loc: &Loc) -> Rc<Schema> {
        if let Some(schema) = self.schemas.get(loc) {
            return schema.clone();
        }
        let mut read_errors = Vec::new();
        let schema = match self.loader.get(loc) {
            Some(value) => normalize(read::read_schema(value, self.dialect, &mut read_errors)),
            None => Schema::any(),
        };
        for e in read_errors {
            let at = Loc::new(loc.file, format!("{}{}", loc.pointer(), e.pointer));
            self.error(&at, e.message);
        }
        let schema = Rc::new(schema);
        self.schemas.insert(loc.clone(), schema.clone());
        schema
    }

    /// Follows a `$ref` written at `at`; `None` after reporting a problem.
    fn resolve(&mut self, at: &Loc, reference: &str) -> Option<Loc> {
        match self.loader.resolve(at, reference) {
            Ok(target) => Some(target),
            Err(ResolveError::New(error)) => {
                self.errors.push(error);
                None
            }
            Err(ResolveError::AlreadyReported) => None,
        }
    }

    /// Follows references until a schema object, guarding against loops.
    fn resolve_chain(&mut self, at: &Loc, reference: &str) -> Option<(Loc, Rc<Schema>)> {
        let mut target = self.resolve(at, reference)?;
        for _ in 0..64 {
            let schema = self.schema_at(&target);
            match schema.reference.clone().filter(|_| schema.is_reference()) {
                None => return Some((target, schema)),
                Some(reference) => target = self.resolve(&target, &reference)?,
            }
        }
        self.error(
            at,
            format!("`$ref: {reference}` starts a cycle of references that never reaches a schema"),
        );
        None
    }

    /// Lowers a schema or reference found at `loc`. `hint` names a type
    /// made for it.
    fn lower(&mut self, schema: &Schema, loc: &Loc, hint: &str) -> TyUse {
        match &schema.reference {
            Some(reference) if schema.is_reference() => self.lower_ref(reference, loc),
            _ => self.lower_schema(schema, loc, hint),
        }
    }

    fn lower_ref(&mut self, reference: &str, at: &Loc) -> TyUse {
        match self.resolve(at, reference) {
            Some(target) => self.lower_loc(&target),
            None => TyUse::new(Ty::Any),
        }
    }

    /// Lowers the schema at a place reached by reference.
    fn lower_loc(&mut self, target: &Loc) -> TyUse {
        match self.memo.get(target).cloned() {
            Some(Memo::Named(id)) => return self.named(id),
            Some(Memo::Inline(ty)) => return *ty,
            Some(Memo::InProgress(Some(id))) => return TyUse::new(Ty::Named(id)),
            Some(Memo::InProgress(None)) => {
                // A cycle through a place with no type of its own: give it one.
                let name = naming::type_name(&self.hint_for(target));
                self.sequence += 1;
                let id = self.reserve(name, target, (self.group, self.sequence));
                self.memo.insert(target.clone(), Memo::InProgress(Some(id)));
                return TyUse::new(Ty::Named(id));
            }
            None => {}
        }
        self.memo.insert(target.clone(), Memo::InProgress(None));
        let schema = self.schema_at(target);
        let hint = self.hint_for(target);
        let lowered = self.lower(&schema, target, &hint);
        match self.memo.get(target).cloned() {
            Some(Memo::InProgress(Some(id))) => {
                self.define_alias(id, target, lowered.clone());
                self.memo.insert(target.clone(), Memo::Named(id));
                TyUse::new(Ty::Named(id))
            }
            Some(Memo::Named(id)) => TyUse::new(Ty::Named(id)).nullable(lowered.nullable),
            _ => {
                self.memo
                    .insert(target.clone(), Memo::Inline(Box::new(lowered.clone())));
                lowered
            }
        }
    }

    /// A use of a named type; a component not yet defined is queued (subset
    /// selection defines only what is used).
    fn named(&mut self, id: TypeId) -> TyUse {
        if self.slots[id].def.is_none() && self.slots[id].component.is_some() {
            self.pending.push(id);
        }
        TyUse::new(Ty::Named(id))
    }

    /// Lowers an inline schema: a type expression, or a new named type when
    /// the schema needs one (objects, enums, unions).
    fn lower_schema(&mut self, schema: &Schema, loc: &Loc, hint: &str) -> TyUse {
        if let Some(&Memo::Named(id)) = self.memo.get(loc) {
            return self.named(id);
        }
        if let Some(foreign) = self.rust_type_extension(schema, loc) {
            return foreign;
        }
        if self.depth > MAX_LOWER_DEPTH {
            self.error(
                loc,
                "schemas nest (through references) too deeply to generate",
            );
            return TyUse::new(Ty::Any);
        }
        self.depth += 1;
        let view = schema;
        let result = match self.plan(view, loc, hint) {
            Plan::Inline(ty) => *ty,
            plan => {
                let name = hints::inline_name(view.title.as_deref(), hint);
                let id = self.new_type(name, loc);
                self.define(id, view, loc, plan);
                TyUse::new(Ty::Named(id))
            }
        };
        self.depth -= 1;
        result
    }
}

/// What a schema becomes.
enum Plan {
    Inline(Box<TyUse>),
    Object,
    Enum {
        values: Vec<serde_json::Value>,
        open: bool,
    },
    Union,
}

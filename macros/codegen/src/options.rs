//! How to generate: the options every way in (the macro, the build-script
//! API, the CLI) spells its own way and hands over as [`Options`].
//!
//! The values are checked here, so that a bad value gets the same message
//! whichever way it came; each caller only says where it was written.

use crate::ir::Derive;
use crate::naming::RuntimePath;
pub use crate::rust_type::RustType;

pub use crate::lower::Selection;

/// How to generate.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// `schemas = [...]`: which component schemas (and what they use).
    pub selection: Selection,
    /// `crate = "..."`: the path by which generated code names the runtime.
    pub runtime: RuntimePath,
    /// `derives = [...]`: traits derived on every type that can carry them,
    /// beside `Debug`, `Clone` and `PartialEq`.
    pub derives: Vec<Derive>,
    /// `replace = {...}`: (spec name of a component schema, the Rust type
    /// used for it), in the order given.
    pub replace: Vec<(String, RustType)>,
    /// `formats = {...}`: (`format` value, the Rust type of a value with
    /// that format), in the order given.
    pub formats: Vec<(String, RustType)>,
    /// `unknown_keys = "..."`.
    pub unknown_keys: UnknownKeys,
    /// `broken_schemas = "..."`.
    pub broken_schemas: BrokenSchemas,
    /// `operations = [...]` or `operations = false`; unset: every operation,
    /// unless `schemas = [...]` narrowed the output.
    pub operations: Option<OperationSelection>,
    /// Who reads the code, not a choice of the spec's reader: `false` (the
    /// default, what the macro hands the compiler) writes a doc of several
    /// lines as one `#[doc]` attribute, 6 tokens whatever its length, where a
    /// `///` comment per line costs 6 each (rust-analyzer drops an expansion
    /// past 2,097,152 tokens), and leaves what every type of a kind writes
    /// word for word (a closed string enum's trait impls, an operation's
    /// constants and method headers) to the runtime's `macro_rules!`, which
    /// rustc expands itself; `true` writes a
    /// `///` comment per line and every impl out, for a file that is
    /// formatted and read (the build script and the CLI). rustc and rustdoc
    /// make the same items of both.
    pub readable: bool,
}

/// Which operations get types (`operations = ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperationSelection {
    All,
    None,
    /// By `operationId` (or the name derived from method and path).
    Only(Vec<String>),
}

impl Options {
    /// The operations to generate, the default applied.
    pub fn operation_selection(&self) -> OperationSelection {
        match (&self.operations, &self.selection) {
            (Some(chosen), _) => chosen.clone(),
            (None, Selection::All) => OperationSelection::All,
            (None, Selection::Only(_)) => OperationSelection::None,
        }
    }

    /// Sets `operations = [...]`: these operations (by `operationId`, or
    /// the name derived from method and path) and the schemas they reach,
    /// beside those of `schemas = [...]` if given.
    pub fn select_operations(&mut self, names: Vec<String>) -> Result<(), String> {
        if names.is_empty() {
            return Err(
                "`operations = []` selects nothing; list operation ids, or write `operations = false`"
                    .to_owned(),
            );
        }
        self.operations = Some(OperationSelection::Only(names));
        Ok(())
    }

    /// `operations = true` (every operation, also beside `schemas`) or
    /// `false` (none).
    pub fn all_operations(&mut self, all: bool) {
        self.operations = Some(if all {
            OperationSelection::All
        } else {
            OperationSelection::None
        });
    }

    pub(crate) fn generates_operations(&self) -> bool {
        self.operation_selection() != OperationSelection::None
    }

    /// Sets `schemas = [...]`.
    pub fn select(&mut self, names: Vec<String>) -> Result<(), String> {
        if names.is_empty() {
            return Err(
                "`schemas = []` selects nothing; list schema names or leave the option out"
                    .to_owned(),
            );
        }
        self.selection = Selection::Only(names);
        Ok(())
    }

    /// Adds `derives = [.., text, ..]`; a trait asked for twice counts once.
    pub fn add_derive(&mut self, text: &str) -> Result<(), String> {
        let derive = Derive::parse(text)?;
        if !self.derives.contains(&derive) && !Derive::ALWAYS.contains(&derive) {
            self.derives.push(derive);
        }
        Ok(())
    }

    /// Adds `replace = { name = ty }`.
    pub fn add_replace(&mut self, name: &str, ty: &str) -> Result<(), String> {
        let ty = RustType::parse(ty).map_err(|message| format!("`replace`: {message}"))?;
        add_entry(&mut self.replace, "replace", "schema", name, ty)
    }

    /// Adds `formats = { name = ty }`.
    pub fn add_format(&mut self, name: &str, ty: &str) -> Result<(), String> {
        let ty = RustType::parse(ty).map_err(|message| format!("`formats`: {message}"))?;
        add_entry(&mut self.formats, "formats", "format", name, ty)
    }

    /// The type given for a format, if any.
    pub fn format_type(&self, format: &str) -> Option<&RustType> {
        self.formats
            .iter()
            .find(|(name, _)| name == format)
            .map(|(_, ty)| ty)
    }
}

fn add_entry(
    entries: &mut Vec<(String, RustType)>,
    option: &str,
    what: &str,
    name: &str,
    ty: RustType,
) -> Result<(), String> {
    if name.is_empty() {
        return Err(format!("`{option}`: the {what} name is empty"));
    }
    if entries.iter().any(|(given, _)| given == name) {
        return Err(format!("`{option}`: `{name}` is given twice"));
    }
    entries.push((name.to_owned(), ty));
    Ok(())
}

impl Derive {
    /// Derived on every type whatever the options say.
    pub const ALWAYS: [Derive; 3] = [Derive::Debug, Derive::Clone, Derive::PartialEq];

    /// A trait in `derives = [...]`: a std trait by its name or path
    /// (`Eq`, `::core::hash::Hash`), or the path of any derive macro.
    pub fn parse(text: &str) -> Result<Derive, String> {
        let Some(path) = RustType::parse_plain_path(text) else {
            let message = if RustType::parse(text).is_ok() {
                format!("`derives`: `{text}` has generic arguments; a derive is named by its path alone")
            } else {
                format!("`derives`: `{text}` is not a path to a derivable trait (expected something like `Eq` or `::serde_with::SerializeDisplay`)")
            };
            return Err(message);
        };
        let segments: Vec<&str> = path.segments().collect();
        let std_path = segments.len() == 1 || matches!(segments[0], "core" | "std");
        let last = segments.last().copied().unwrap_or_default();
        if let Some(derive) = Derive::std(last).filter(|_| std_path) {
            return Ok(derive);
        }
        if matches!(last, "Serialize" | "Deserialize") {
            return Err(format!(
                "`derives`: `{text}`: generated types implement `Serialize` and `Deserialize` themselves (by hand, to keep the wire as it came)"
            ));
        }
        Ok(Derive::Custom(path))
    }

    fn std(name: &str) -> Option<Derive> {
        Some(match name {
            "Debug" => Derive::Debug,
            "Clone" => Derive::Clone,
            "Copy" => Derive::Copy,
            "PartialEq" => Derive::PartialEq,
            "Eq" => Derive::Eq,
            "PartialOrd" => Derive::PartialOrd,
            "Ord" => Derive::Ord,
            "Hash" => Derive::Hash,
            "Default" => Derive::Default,
            _ => return None,
        })
    }
}

/// Keys of an object that its schema does not declare (`unknown_keys`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnknownKeys {
    /// Kept in the struct's `additional_properties` and written back where
    /// the schema allows them (`additionalProperties` absent or `true`);
    /// read past where it forbids them (`false`), as the official SDKs do,
    /// so that a newer server does not break older clients.
    #[default]
    Keep,
    /// As `Keep`, but a key the schema forbids is a deserialization error:
    /// the spec enforced.
    Reject,
    /// Read past and dropped wherever the schema does not type them
    /// (`additionalProperties` with a schema is still kept): smaller
    /// structs, and JSON written back without what was not understood.
    Ignore,
}

impl UnknownKeys {
    /// The values as written in options.
    pub const NAMES: &'static str = "`keep`, `reject` or `ignore`";

    /// The value as written in options (`keep`, `reject`, `ignore`).
    pub fn from_name(name: &str) -> Result<UnknownKeys, String> {
        match name {
            "keep" => Ok(UnknownKeys::Keep),
            "reject" => Ok(UnknownKeys::Reject),
            "ignore" => Ok(UnknownKeys::Ignore),
            _ => Err(unknown_value("unknown_keys", name, Self::NAMES)),
        }
    }
}

/// A schema that cannot be generated (a dangling `$ref`, an invalid
/// keyword, a pattern that does not compile) (`broken_schemas`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BrokenSchemas {
    /// A located error: the build fails until the spec is fixed.
    #[default]
    Error,
    /// The place is typed as any JSON value (`serde_json::Value`), its
    /// docs say why, and the rest of the spec is generated: for vendor
    /// specs with a defect the user cannot fix.
    Value,
}

impl BrokenSchemas {
    /// The values as written in options.
    pub const NAMES: &'static str = "`error` or `value`";

    /// The value as written in options (`error`, `value`).
    pub fn from_name(name: &str) -> Result<BrokenSchemas, String> {
        match name {
            "error" => Ok(BrokenSchemas::Error),
            "value" => Ok(BrokenSchemas::Value),
            _ => Err(unknown_value("broken_schemas", name, Self::NAMES)),
        }
    }
}

fn unknown_value(option: &str, value: &str, expected: &str) -> String {
    format!("`{option}`: unknown value `{value}`; expected {expected}")
}

/// Which option an error of [`crate::Output::option_errors`] is about, so
/// that a caller can point at where the user wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionAt {
    /// The `n`th name of `schemas = [...]`.
    Schema(usize),
    /// The `n`th entry of `replace = {...}`.
    Replace(usize),
}

//! Load stage: files to JSON values, and `$ref` strings to places in them.
//!
//! Every file a spec reaches is parsed once and kept; references are
//! resolved lexically against the referring file, never over a network.

mod parse;
pub mod pointer;
mod value;

use foldhash::{HashMap, HashMapExt};
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Location};
pub use parse::{parse_document, parse_yaml, SyntaxError};

/// Where the generator reads files from: the file system for the macro,
/// memory for tests and fuzzing.
pub trait Source {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
}

/// Reads from the local file system.
pub struct FileSystem;

impl Source for FileSystem {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
}

/// Files held in memory, keyed by their (lexically normalized) path.
#[derive(Default)]
pub struct InMemory {
    files: HashMap<PathBuf, Vec<u8>>,
}

impl InMemory {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, path: impl AsRef<Path>, contents: impl Into<Vec<u8>>) -> Self {
        self.files.insert(normalize(path.as_ref()), contents.into());
        self
    }
}

impl Source for InMemory {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.files.get(&normalize(path)).cloned().ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory")
        })
    }
}

/// Index of a loaded file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A place in a loaded file.
///
/// Lowering keys its maps by place, and pointers are long
/// (`/paths/~1v1~1accounts/post/requestBody/...`): a place carries a hash
/// of its pointer, extended byte by byte as the pointer is built, so that
/// hashing it does not read the whole pointer again (in the unoptimized
/// build most macros run in, that was some 2,000 instructions a lookup).
#[derive(Debug, Clone)]
pub struct Loc {
    pub file: FileId,
    pointer: String,
    /// FNV-1a of `pointer`: a function of the text alone, however built.
    hash: u64,
}

pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `hash`'s text followed by `bytes`. A loop by index, cheap also
/// in the unoptimized build.
pub(crate) fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ u64::from(bytes[i])).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

impl Loc {
    pub fn new(file: FileId, pointer: impl Into<String>) -> Self {
        let pointer = pointer.into();
        let hash = fnv(FNV_OFFSET, pointer.as_bytes());
        Loc {
            file,
            pointer,
            hash,
        }
    }

    pub fn child(&self, segment: &str) -> Loc {
        let pointer = pointer::push(&self.pointer, segment);
        let hash = fnv(self.hash, &pointer.as_bytes()[self.pointer.len()..]);
        Loc {
            file: self.file,
            pointer,
            hash,
        }
    }

    /// The JSON pointer, within the file.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }
}

impl PartialEq for Loc {
    fn eq(&self, other: &Self) -> bool {
        // The hash first: different places almost always differ there.
        self.hash == other.hash && self.file == other.file && self.pointer == other.pointer
    }
}

impl Eq for Loc {}

impl std::hash::Hash for Loc {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.file.hash(state);
        state.write_u64(self.hash);
    }
}

impl PartialOrd for Loc {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Loc {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.file, &self.pointer).cmp(&(other.file, &other.pointer))
    }
}

/// One parsed file.
pub struct SpecFile {
    /// Path used to read the file.
    pub path: PathBuf,
    /// Path as shown in messages: relative to where the user's path was.
    pub display: String,
    pub value: Value,
}

/// Why a reference could not be followed.
pub enum ResolveError {
    /// A new problem, to be reported.
    New(Error),
    /// The referenced file already failed to load and was reported then.
    AlreadyReported,
}

pub struct Loader<'s> {
    source: &'s dyn Source,
    files: Vec<SpecFile>,
    by_path: HashMap<PathBuf, FileId>,
    failed: HashMap<PathBuf, ()>,
    read: Vec<PathBuf>,
}

impl<'s> Loader<'s> {
    pub fn new(source: &'s dyn Source) -> Self {
        Loader {
            source,
            files: Vec::new(),
            by_path: HashMap::new(),
            failed: HashMap::new(),
            read: Vec::new(),
        }
    }

    /// Loads the root document. `display` is how messages name it.
    pub fn load_root(&mut self, path: &Path, display: &str) -> Result<FileId, Error> {
        self.load(normalize(path), display.to_owned(), None)
    }

    pub fn file(&self, id: FileId) -> &SpecFile {
        &self.files[id.0 as usize]
    }

    /// Every file read so far (parsed or not), for rebuild tracking.
    pub fn read_paths(&self) -> &[PathBuf] {
        &self.read
    }

    pub fn get(&self, loc: &Loc) -> Option<&Value> {
        pointer::lookup(&self.file(loc.file).value, loc.pointer())
    }

    /// The message location of a place.
    pub fn location(&self, loc: &Loc) -> Location {
        Location::pointer(
            self.file(loc.file).display.clone(),
            loc.pointer().to_owned(),
        )
    }

    /// Follows a `$ref` written at `at`, loading the file it names if needed.
    pub fn resolve(&mut self, at: &Loc, reference: &str) -> Result<Loc, ResolveError> {
        let (uri, fragment) = match reference.split_once('#') {
            Some((uri, fragment)) => (uri, fragment),
            None => (reference, ""),
        };
        let fragment = pointer::percent_decode(fragment);
        if !fragment.is_empty() && !fragment.starts_with('/') {
            return Err(self.error_at(
                at,
                format!("`$ref: {reference}` uses a plain-name fragment (anchor); only JSON pointers (`#/...`) are supported"),
            ));
        }
        let file = if uri.is_empty() {
            at.file
        } else {
            if has_scheme(uri) {
                return Err(self.error_at(
                    at,
                    format!("`$ref: {reference}` points to a URL; only relative paths to local files are supported (the build never uses the network)"),
                ));
            }
            let relative = PathBuf::from(pointer::percent_decode(uri));
            if relative.is_absolute() {
                return Err(self.error_at(
                    at,
                    format!("`$ref: {reference}` is an absolute path; use a path relative to the referring file"),
                ));
            }
            let from = self.file(at.file);
            let path = normalize(&from.path.parent().unwrap_or(Path::new("")).join(&relative));
            let display = normalize(
                &Path::new(&from.display)
                    .parent()
                    .unwrap_or(Path::new(""))
                    .join(&relative),
            )
            .to_string_lossy()
            .into_owned();
            if self.failed.contains_key(&path) {
                return Err(ResolveError::AlreadyReported);
            }
            let reference_loc = self.location(at);
            self.load(path, display, Some((reference, reference_loc)))
                .map_err(ResolveError::New)?
        };
        let target = Loc::new(file, fragment);
        if self.get(&target).is_none() {
            return Err(self.error_at(
                at,
                format!(
                    "`$ref: {reference}` points to nothing: `{}` has no `#{}`",
                    self.file(file).display,
                    target.pointer()
                ),
            ));
        }
        Ok(target)
    }

    fn error_at(&self, at: &Loc, message: String) -> ResolveError {
        ResolveError::New(Error::new(self.location(at), message))
    }

    fn load(
        &mut self,
        path: PathBuf,
        display: String,
        referenced_from: Option<(&str, Location)>,
    ) -> Result<FileId, Error> {
        if let Some(&id) = self.by_path.get(&path) {
            return Ok(id);
        }
        let fail = |this: &mut Self, error: Error| {
            this.failed.insert(path.clone(), ());
            Err(error)
        };
        let bytes = match self.source.read(&path) {
            Ok(bytes) => bytes,
            Err(io) => {
                let error = match referenced_from {
                    Some((reference, at)) => Error::new(
                        at,
                        format!("cannot read `{display}` (from `$ref: {reference}`): {io}"),
                    ),
                    None => Error::new(
                        Location::file(display.clone()),
                        format!("cannot read the spec: {io}"),
                    ),
                };
                return fail(self, error);
            }
        };
        self.read.push(path.clone());
        let extension = path.extension().and_then(|e| e.to_str());
        let value = match parse_document(&bytes, extension) {
            Ok(value) => value,
            Err(syntax) => {
                let location = Location {
                    file: display.clone(),
                    pointer: None,
                    line_col: syntax.line_col,
                };
                return fail(self, Error::new(location, syntax.message));
            }
        };
        let id = FileId(self.files.len() as u32);
        self.by_path.insert(path.clone(), id);
        self.files.push(SpecFile {
            path,
            display,
            value,
        });
        Ok(id)
    }
}

/// `http:`, `https:`, `file:`, `urn:` ... but not a relative path.
fn has_scheme(uri: &str) -> bool {
    match uri.find(':') {
        Some(colon) => {
            let scheme = &uri[..colon];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => uri.starts_with("//"),
    }
}

/// Resolves `.` and `..` without touching the file system, so that two
/// spellings of one file load it once.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let popped =
                    matches!(out.components().next_back(), Some(Component::Normal(_))) && out.pop();
                if !popped {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A place is the same, and hashes the same, however its pointer was
    /// built; places that differ are unequal.
    #[test]
    fn places_built_either_way_are_one() {
        use std::hash::BuildHasher;
        let hasher = std::collections::hash_map::RandomState::new();
        let built = Loc::new(FileId(0), "/paths")
            .child("/v1/{id}")
            .child("post")
            .child("a~b");
        let written = Loc::new(FileId(0), "/paths/~1v1~1{id}/post/a~0b");
        assert_eq!(built, written);
        assert_eq!(hasher.hash_one(&built), hasher.hash_one(&written));
        assert_ne!(built, Loc::new(FileId(1), "/paths/~1v1~1{id}/post/a~0b"));
        assert_ne!(built, Loc::new(FileId(0), "/paths/~1v1~1{id}/post/a~0c"));
        assert_eq!(
            Loc::new(FileId(0), "").child("x"),
            Loc::new(FileId(0), "/x")
        );
    }

    fn loader_with(source: &InMemory) -> (Loader<'_>, FileId) {
        let mut loader = Loader::new(source);
        let root = loader
            .load_root(Path::new("spec/root.yaml"), "spec/root.yaml")
            .ok()
            .unwrap();
        (loader, root)
    }

    #[test]
    fn resolves_local_and_relative_file_refs() {
        let source = InMemory::new()
            .with("spec/root.yaml", "a: {b: 1}\n")
            .with("spec/common/x.yaml", "X: {type: string}\n");
        let (mut loader, root) = loader_with(&source);
        let at = Loc::new(root, "/a");
        let Ok(local) = loader.resolve(&at, "#/a/b") else {
            panic!()
        };
        assert_eq!(loader.get(&local), Some(&serde_json::json!(1)));
        let Ok(external) = loader.resolve(&at, "./common/../common/x.yaml#/X") else {
            panic!()
        };
        assert_eq!(loader.file(external.file).display, "spec/common/x.yaml");
        assert_eq!(
            loader.get(&external),
            Some(&serde_json::json!({"type": "string"}))
        );
    }

    #[test]
    fn urls_and_missing_targets_are_errors() {
        let source = InMemory::new().with("spec/root.yaml", "a: 1\n");
        let (mut loader, root) = loader_with(&source);
        let at = Loc::new(root, "/a");
        let message = |r: Result<Loc, ResolveError>| match r {
            Err(ResolveError::New(e)) => e.to_string(),
            _ => panic!("expected an error"),
        };
        assert!(
            message(loader.resolve(&at, "https://example.com/x.yaml#/X"))
                .contains("points to a URL")
        );
        assert!(message(loader.resolve(&at, "#/nope")).contains("points to nothing"));
        assert!(message(loader.resolve(&at, "missing.yaml#/X"))
            .starts_with("spec/root.yaml#/a: cannot read `spec/missing.yaml`"));
        assert!(matches!(
            loader.resolve(&at, "missing.yaml#/Y"),
            Err(ResolveError::AlreadyReported)
        ));
    }

    #[test]
    fn normalize_is_lexical() {
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new("../a")), PathBuf::from("../a"));
    }
}

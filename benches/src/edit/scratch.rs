//! The scratch side of `edit`: the baseline commit's source extracted
//! once, one cargo workspace per tree with a crate per (document, mode),
//! and per tree a release-built `measure` binary that renders each
//! document with that tree's generator for its size and token count.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::repo;

pub fn root() -> PathBuf {
    repo().join("benches/target/edit")
}

/// How the user's crate gets the models.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `include_models!`: expanded on every build of the crate.
    Macro,
    /// A build script writing `$OUT_DIR/models.rs`: generated once, the
    /// file compiled on every build.
    Build,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Macro => "macro",
            Mode::Build => "build",
        }
    }
}

/// A document measured: a short name, and the current repo's copy (both
/// trees read the same file).
#[derive(Debug, Clone)]
pub struct Doc {
    pub name: String,
    pub path: PathBuf,
}

pub fn member(doc: &Doc, mode: Mode) -> String {
    format!("{}-{}", doc.name, mode.name())
}

/// The source of commit `rev`, `git archive`d once into `trees/` (named by
/// the resolved hash, so a moving name such as `HEAD` is not reused stale)
/// and reused after.
pub fn baseline_tree(rev: &str) -> PathBuf {
    let output = Command::new("git")
        .arg("-C")
        .arg(repo())
        .args(["rev-parse", "--short", &format!("{rev}^{{commit}}")])
        .output()
        .expect("run git");
    assert!(output.status.success(), "no commit {rev} in the repo");
    let hash = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let trees = root().join("trees");
    let dir = trees.join(&hash);
    if dir.join("Cargo.toml").exists() {
        return dir;
    }
    // Extracted beside, then renamed: an interrupted extraction is never
    // taken for a tree.
    let partial = trees.join(format!("{hash}.partial"));
    let _ = std::fs::remove_dir_all(&partial);
    std::fs::create_dir_all(&partial).expect("create the tree's directory");
    let status = Command::new("sh")
        .args([
            "-c",
            "git -C \"$1\" archive \"$2\" | tar -x -C \"$3\"",
            "sh",
        ])
        .arg(repo())
        .arg(&hash)
        .arg(&partial)
        .status()
        .expect("run git archive");
    assert!(status.success(), "git archive {hash} failed");
    std::fs::rename(&partial, &dir).expect("rename the extracted tree");
    dir
}

/// Writes `contents` unless the file already holds them: an unchanged
/// manifest or source keeps the target directory warm across runs.
fn write(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return;
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create a scratch directory");
    }
    std::fs::write(path, contents).expect("write a scratch file");
}

fn package(name: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n"
    )
}

/// The workspace of `tree` in `dir`: a member per document and mode, in
/// the default dev profile (no opt-level overrides: what a new user
/// gets).
pub fn write_workspace(dir: &Path, tree: &Path, docs: &[Doc]) {
    let runtime = tree.join("runtime");
    let build = tree.join("build");
    let mut members = Vec::new();
    for doc in docs {
        for mode in [Mode::Macro, Mode::Build] {
            let name = member(doc, mode);
            let crate_dir = dir.join(&name);
            let spec = doc.path.to_string_lossy();
            let mut manifest = format!(
                "{}\n[dependencies]\nopenapi-models = {{ path = \"{}\" }}\n",
                package(&name),
                runtime.display()
            );
            let models = match mode {
                Mode::Macro => format!("openapi_models::include_models!({spec:?});\n"),
                Mode::Build => {
                    manifest += &format!(
                        "\n[build-dependencies]\nopenapi-models-build = {{ path = \"{}\" }}\n",
                        build.display()
                    );
                    write(
                        &crate_dir.join("build.rs"),
                        &format!("fn main() {{\n    openapi_models_build::Builder::new({spec:?})\n        .generate(\"models.rs\")\n        .unwrap();\n}}\n"),
                    );
                    "include!(concat!(env!(\"OUT_DIR\"), \"/models.rs\"));\n".to_owned()
                }
            };
            write(&crate_dir.join("Cargo.toml"), &manifest);
            write(&crate_dir.join("src/models.rs"), &models);
            write(
                &crate_dir.join("src/lib.rs"),
                "pub mod models;\npub mod other;\n",
            );
            if !crate_dir.join("src/other.rs").exists() {
                edit(dir, &name);
            }
            members.push(name);
        }
    }
    write(
        &dir.join("Cargo.toml"),
        &format!("[workspace]\nresolver = \"2\"\nmembers = {members:?}\n"),
    );
}

/// The user's edit: `src/other.rs` of `member` with a new number (the time
/// in nanoseconds, never the same twice).
pub fn edit(dir: &Path, member: &str) {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    write(
        &dir.join(member).join("src/other.rs"),
        &format!("pub const EDIT: u64 = {n};\n"),
    );
}

/// What `tree`'s generator makes of a document (default options, as users
/// get them).
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub types: usize,
    pub bytes: usize,
    pub tokens: usize,
}

/// Builds `dir/measure` against `tree`'s generator (release) and runs it on
/// the documents: a size per document, `None` where it does not generate.
pub fn sizes(dir: &Path, tree: &Path, docs: &[Doc]) -> Result<Vec<Option<Size>>, String> {
    let measure = dir.join("measure");
    let codegen = tree.join("macros/codegen");
    write(
        &measure.join("Cargo.toml"),
        &format!(
            "{}\n[dependencies]\nopenapi-models-codegen = {{ path = \"{}\" }}\nproc-macro2 = \"1\"\n\n# Not in the tree's workspace of measured crates.\n[workspace]\n",
            package("edit-measure"),
            codegen.display()
        ),
    );
    let count = repo().join("benches/src/tokens/count.rs");
    write(
        &measure.join("src/main.rs"),
        &format!(
            r#"// Types, bytes and tokens of each document's code, one line each.
#[path = {count:?}]
mod count;

fn main() {{
    for path in std::env::args().skip(1) {{
        let output = openapi_models_codegen::render(
            &openapi_models_codegen::load::FileSystem,
            std::path::Path::new(&path),
            &path,
            &openapi_models_codegen::Options::default(),
        );
        let tokens = output.code.parse::<proc_macro2::TokenStream>().map_or(0, count::count);
        println!("{{}} {{}} {{}} {{}}", output.model.types.len(), output.code.len(), tokens, output.errors.len());
    }}
}}
"#,
            count = count.to_string_lossy()
        ),
    );
    let target = measure.join("target");
    let built = Command::new("cargo")
        .args(["build", "--release", "--quiet"])
        .current_dir(&measure)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .status()
        .map_err(|e| e.to_string())?;
    if !built.success() {
        return Err(format!("cannot build {}", measure.display()));
    }
    let output = Command::new(target.join("release/edit-measure"))
        .args(docs.iter().map(|doc| &doc.path))
        .output()
        .map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let sizes: Vec<Option<Size>> = stdout
        .lines()
        .map(|line| {
            let n: Vec<usize> = line.split(' ').filter_map(|n| n.parse().ok()).collect();
            match n[..] {
                [types, bytes, tokens, 0] => Some(Size {
                    types,
                    bytes,
                    tokens,
                }),
                _ => None,
            }
        })
        .collect();
    if sizes.len() != docs.len() {
        return Err(format!(
            "{} failed: {}",
            measure.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(sizes)
}

//! Scratch crates and workspaces built with the real `cargo`, for what only
//! cargo can show: a downstream crate compiling the models, rebuilds on
//! change, generated models run on instances.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::repo;

/// The `[dependencies]` line that makes a scratch crate use this
/// repository's runtime (default features off) with `features`.
pub fn runtime_dependency(features: &[&str]) -> String {
    format!(
        "openapi-models = {{ path = {:?}, default-features = false, features = {features:?} }}",
        repo().join("runtime").to_string_lossy()
    )
}

/// A package manifest for a scratch crate: `dependencies` are `toml` lines
/// beside the runtime's.
pub fn manifest(name: &str, features: &[&str], dependencies: &str) -> String {
    format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{}\n{dependencies}\n",
        runtime_dependency(features)
    )
}

/// Writes `contents` to `dir/path`, creating directories.
pub fn write(dir: &Path, path: &str, contents: &str) {
    let path = dir.join(path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create directories");
    }
    std::fs::write(path, contents).expect("write a scratch file");
}

/// Creates (afresh) a workspace at `dir` holding `members` (crate name,
/// files as (path, contents)), each depending on the runtime; the
/// repository's lock file pins the versions.
pub fn workspace(dir: &Path, members: &[(String, Vec<(String, String)>)], dependencies: &str) {
    let _ = std::fs::remove_dir_all(dir);
    workspace_in_place(dir, members, dependencies);
}

/// [`workspace`] in an existing directory, keeping the files already there.
pub fn workspace_in_place(
    dir: &Path,
    members: &[(String, Vec<(String, String)>)],
    dependencies: &str,
) {
    std::fs::create_dir_all(dir).expect("create the scratch workspace");
    let names: Vec<&str> = members.iter().map(|(name, _)| name.as_str()).collect();
    write(
        dir,
        "Cargo.toml",
        &format!("[workspace]\nresolver = \"2\"\nmembers = {names:?}\n"),
    );
    std::fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
    for (member, files) in members {
        let krate = dir.join(member);
        write(&krate, "Cargo.toml", &manifest(member, &[], dependencies));
        for (path, contents) in files {
            write(&krate, path, contents);
        }
    }
}

/// Runs cargo in `dir` with `target` as its target directory and none of
/// the caller's compiler wrappers or flags. Never offline: on a new
/// machine the crates a scratch crate needs beyond the workspace's (chrono,
/// time, uuid) have not been downloaded yet; the copied lock file still
/// pins their versions.
pub fn run(dir: &Path, target: &Path, args: &[&str]) -> Output {
    Command::new(cargo())
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("run cargo")
}

/// The cargo that runs this program (tests, `cargo run`), else the one on
/// the path.
fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from)
}

/// The first error of each package in cargo's JSON messages (package name,
/// rendered message); cargo's own error when it failed without one.
pub fn first_errors(output: &Output) -> Vec<(String, String)> {
    let mut errors: Vec<(String, String)> = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        let package = message["target"]["name"]
            .as_str()
            .unwrap_or("?")
            .replace('_', "-");
        if errors.iter().any(|(p, _)| *p == package) {
            continue;
        }
        let rendered = message["message"]["rendered"]
            .as_str()
            .unwrap_or("?")
            .to_owned();
        errors.push((package, rendered));
    }
    if !output.status.success() && errors.is_empty() {
        errors.push((
            "cargo".to_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    errors
}

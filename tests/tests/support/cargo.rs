//! Scratch crates built with the real `cargo`, for what only cargo can
//! show: a downstream crate compiling the models, rebuilds on change.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::repo;

pub struct Scratch {
    pub dir: PathBuf,
}

impl Scratch {
    /// A fresh crate `name` depending on `openapi-models` (default features
    /// off) by path, with the workspace's lock file so that versions match.
    pub fn new(name: &str) -> Scratch {
        Scratch::with(name, &[], "")
    }

    /// A scratch crate with runtime features and more dependencies
    /// (`toml` lines; versions from the workspace's lock file).
    pub fn with(name: &str, features: &[&str], dependencies: &str) -> Scratch {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("scratch")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).expect("create the scratch crate");
        let runtime = repo().join("runtime");
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nopenapi-models = {{ path = {runtime:?}, default-features = false, features = {features:?} }}\n{dependencies}\n\
             [workspace]\n",
            runtime = runtime.to_string_lossy(),
        );
        let scratch = Scratch { dir };
        scratch.write("Cargo.toml", &manifest);
        std::fs::copy(repo().join("Cargo.lock"), scratch.dir.join("Cargo.lock"))
            .expect("copy Cargo.lock");
        scratch
    }

    /// The package name.
    pub fn name(&self) -> String {
        self.dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    pub fn write(&self, path: &str, contents: &str) {
        let path = self.dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create directories");
        }
        std::fs::write(path, contents).expect("write a scratch file");
    }

    pub fn copy(&self, from: &Path, to: &str) {
        let contents = std::fs::read_to_string(from).expect("read a file to copy");
        self.write(to, &contents);
    }

    /// Runs cargo in the crate. All scratch crates share one target
    /// directory, so dependencies are built once.
    pub fn cargo(&self, args: &[&str]) -> Output {
        run_cargo(&self.dir, args)
    }

    /// Runs cargo and fails the test with its output if it fails.
    pub fn cargo_ok(&self, args: &[&str]) -> String {
        let output = self.cargo(args);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(
            output.status.success(),
            "`cargo {}` failed in {}:\n{stderr}",
            args.join(" "),
            self.dir.display()
        );
        stderr
    }
}

/// A workspace of scratch crates, built by one cargo run (in parallel).
pub struct ScratchWorkspace {
    pub dir: PathBuf,
}

impl ScratchWorkspace {
    /// `members`: (crate name, `src/lib.rs`).
    pub fn new(name: &str, members: &[(String, String)]) -> ScratchWorkspace {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("scratch")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        let runtime = repo().join("runtime");
        let names: Vec<&str> = members.iter().map(|(name, _)| name.as_str()).collect();
        std::fs::create_dir_all(&dir).expect("create the scratch workspace");
        std::fs::write(
            dir.join("Cargo.toml"),
            format!("[workspace]\nresolver = \"2\"\nmembers = {names:?}\n"),
        )
        .expect("write the workspace manifest");
        std::fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
        for (member, lib) in members {
            let krate = dir.join(member);
            std::fs::create_dir_all(krate.join("src")).expect("create a member");
            let manifest = format!(
                "[package]\nname = \"{member}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
                 [dependencies]\nopenapi-models = {{ path = {runtime:?}, default-features = false }}\n",
                runtime = runtime.to_string_lossy(),
            );
            std::fs::write(krate.join("Cargo.toml"), manifest).expect("write a member manifest");
            std::fs::write(krate.join("src/lib.rs"), lib).expect("write a member");
        }
        ScratchWorkspace { dir }
    }

    /// Runs cargo with JSON messages; returns the first error of each
    /// package that has one (package name, rendered message).
    pub fn first_errors(&self, args: &[&str]) -> Vec<(String, String)> {
        let output = run_cargo(&self.dir, args);
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
}

/// Runs cargo in `dir` with the scratch crates' shared target directory and
/// none of the caller's compiler wrappers or flags. Not `--offline`: on a
/// new machine the crates a scratch crate needs beyond the workspace's
/// (chrono, time, uuid) have not been downloaded yet; the copied lock file
/// still pins their versions.
fn run_cargo(dir: &Path, args: &[&str]) -> Output {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("scratch-target");
    Command::new(env!("CARGO"))
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

//! Scratch crates built with the real `cargo` (the library's
//! `openapi_models_tests::cargo`), under this test binary's target
//! directory, all sharing one target directory so dependencies build once.

use std::path::{Path, PathBuf};
use std::process::Output;

use openapi_models_tests::cargo;

fn scratch_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("scratch")
        .join(name)
}

fn target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("scratch-target")
}

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
        let dir = scratch_dir(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).expect("create the scratch crate");
        let scratch = Scratch { dir };
        scratch.write(
            "Cargo.toml",
            &format!(
                "{}[workspace]\n",
                cargo::manifest(name, features, dependencies)
            ),
        );
        std::fs::copy(
            openapi_models_tests::repo().join("Cargo.lock"),
            scratch.dir.join("Cargo.lock"),
        )
        .expect("copy Cargo.lock");
        scratch
    }

    /// A fresh workspace `name` of `members`, whose manifests and sources
    /// the caller writes, with the workspace's lock file.
    pub fn workspace(name: &str, members: &[&str]) -> Scratch {
        let dir = scratch_dir(name);
        let _ = std::fs::remove_dir_all(&dir);
        let scratch = Scratch { dir };
        scratch.write(
            "Cargo.toml",
            &format!("[workspace]\nresolver = \"2\"\nmembers = {members:?}\n"),
        );
        std::fs::copy(
            openapi_models_tests::repo().join("Cargo.lock"),
            scratch.dir.join("Cargo.lock"),
        )
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
        cargo::write(&self.dir, path, contents);
    }

    pub fn copy(&self, from: &Path, to: &str) {
        let contents = std::fs::read_to_string(from).expect("read a file to copy");
        self.write(to, &contents);
    }

    /// Runs cargo in the crate.
    pub fn cargo(&self, args: &[&str]) -> Output {
        cargo::run(&self.dir, &target(), args)
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

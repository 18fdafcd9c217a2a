//! The `openapi-models` binary, run as a user runs it.

mod corpus;
mod generate;
mod help;
mod three_ways;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the binary with `args` in the repository root.
pub fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-models"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run openapi-models")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn repo() -> PathBuf {
    openapi_models_tests::repo()
}

/// A directory of this test run's own, created afresh.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

/// The target directory scratch crates share (dependencies build once).
pub fn scratch_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("scratch-target")
}

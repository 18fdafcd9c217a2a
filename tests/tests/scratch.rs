//! A user's crate, built by cargo: the generated models compile with
//! nothing but `openapi-models` (default features off) as a dependency,
//! warning-free under `#![deny(warnings)]` and clippy.

use crate::support::cargo::Scratch;
use crate::support::repo;

#[test]
fn downstream_crate_compiles_the_models_under_deny_warnings_and_clippy() {
    let krate = Scratch::new("deny-warnings");
    krate.copy(
        &repo().join("specs/inkeep-analytics.yaml"),
        "specs/inkeep-analytics.yaml",
    );
    krate.write(
        "src/lib.rs",
        r#"#![deny(warnings)]
//! A crate using the generated models.

/// Exported models.
pub mod inkeep {
    openapi_models::include_models!("specs/inkeep-analytics.yaml");
}

/// The same models in a private module (other lints apply to items that
/// are not exported).
mod private {
    openapi_models::include_models!(spec = "specs/inkeep-analytics.yaml", schemas = ["Conversation"]);
}

/// Uses a generated type, so the crate is not all dead code.
pub fn kind(conversation: &inkeep::Conversation) -> &'static str {
    let _ = private::OpenAIConversationType::Openai;
    match conversation {
        inkeep::Conversation::Openai(_) => "openai",
        inkeep::Conversation::SupportTicket(_) => "support ticket",
        inkeep::Conversation::SupportCopilot(_) => "support copilot",
    }
}
"#,
    );
    krate.cargo_ok(&["build"]);
    krate.cargo_ok(&["clippy", "--", "-D", "warnings"]);
    krate.cargo_ok(&["doc", "--no-deps"]);
}

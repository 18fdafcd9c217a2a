//! Responses of operations read from what an HTTP client returns.

use std::fmt;

/// A response that could not be read as the document describes it: the
/// status, and what failed (the body's JSON path and why, for JSON).
#[derive(Debug)]
pub struct ResponseError {
    status: u16,
    message: String,
}

impl ResponseError {
    pub(crate) fn new(status: u16, message: impl Into<String>) -> Self {
        ResponseError {
            status,
            message: message.into(),
        }
    }

    /// The response's status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// What failed.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status {}: {}", self.status, self.message)
    }
}

impl std::error::Error for ResponseError {}

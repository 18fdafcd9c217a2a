//! Errors as plain data: where in which file, and what.

use std::fmt;

/// A place in a spec file: the file as the user would name it, and either a
/// line/column (syntax errors) or a JSON pointer (everything after parsing).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    /// The file, relative to the directory the user's paths are relative to.
    pub file: String,
    /// JSON pointer into the file (`/components/schemas/Pet`), when known.
    pub pointer: Option<String>,
    /// One-based line and column, when known.
    pub line_col: Option<(usize, usize)>,
}

impl Location {
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            pointer: None,
            line_col: None,
        }
    }

    pub fn pointer(file: impl Into<String>, pointer: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            pointer: Some(pointer.into()),
            line_col: None,
        }
    }

    pub fn line_col(file: impl Into<String>, line: usize, column: usize) -> Self {
        Location {
            file: file.into(),
            pointer: None,
            line_col: Some((line, column)),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some((line, column)) = self.line_col {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(pointer) = &self.pointer {
            // The empty pointer is the whole document: `spec.yaml#`.
            write!(f, "#{pointer}")?;
        }
        Ok(())
    }
}

/// One problem with the input, reported as a compile error by the macro.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Error {
    pub location: Location,
    pub message: String,
}

impl Error {
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Error {
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for Error {}

/// Every problem of one generation as one message, as each way in shows
/// it (`openapi-models: ...`): one line for one problem, else a count and a
/// line per problem.
pub fn report(errors: &[Error], display: &str) -> String {
    if let [only] = errors {
        return format!("openapi-models: {only}");
    }
    let mut message = format!("openapi-models: {} problems in `{display}`:", errors.len());
    for error in errors {
        message.push_str("\n  ");
        message.push_str(&error.to_string());
    }
    message
}

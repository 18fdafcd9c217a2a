//! Reading JSON into models with errors that say where: the JSON path of
//! the value that failed (`messages[0].role`), also inside unions however
//! their keys are ordered, and the line and column in the text.

use std::fmt;

use serde::de::DeserializeOwned;

/// Why JSON could not be read into a model, and where.
#[derive(Debug)]
pub struct Error {
    path: String,
    message: String,
    line: usize,
    column: usize,
}

impl Error {
    /// The JSON path of the value that failed (`messages[0].role`); empty
    /// for the document itself.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was wrong (`invalid type: integer `42`, expected ...`).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// One-based line and column in the text (0 when read from a value).
    pub fn line(&self) -> usize {
        self.line
    }

    pub fn column(&self) -> usize {
        self.column
    }

    /// `outer`: where the caller's tracking saw the error.
    fn new(outer: &str, error: &serde_json::Error) -> Error {
        let (line, column) = (error.line(), error.column());
        let text = error.to_string();
        // serde_json puts the position at the end; it is kept apart.
        let suffix = format!(" at line {line} column {column}");
        let text = text.strip_suffix(&suffix).unwrap_or(&text);
        // Where a union read from a buffer, its error says where inside.
        let (inner, message) = crate::__private::path::split(text);
        Error {
            path: crate::__private::path::join(outer, inner.unwrap_or_default()),
            message: message.to_owned(),
            line,
            column,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "at `{}`: ", self.path)?;
        }
        f.write_str(&self.message)?;
        if self.line > 0 {
            write!(f, " (line {}, column {})", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Reads a model from JSON text.
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    read(&mut serde_json::Deserializer::from_str(json))
}

/// Reads a model from JSON bytes.
pub fn from_slice<T: DeserializeOwned>(json: &[u8]) -> Result<T, Error> {
    read(&mut serde_json::Deserializer::from_slice(json))
}

/// Reads a model from a reader of JSON (buffer it: it is read byte by byte).
pub fn from_reader<R: std::io::Read, T: DeserializeOwned>(reader: R) -> Result<T, Error> {
    read(&mut serde_json::Deserializer::from_reader(reader))
}

/// Reads a model from a JSON value.
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(tracked)
}

fn read<'de, R: serde_json::de::Read<'de>, T: DeserializeOwned>(
    deserializer: &mut serde_json::Deserializer<R>,
) -> Result<T, Error> {
    let value = serde_path_to_error::deserialize(&mut *deserializer).map_err(tracked)?;
    // Nothing but whitespace may follow.
    deserializer.end().map_err(|e| Error::new("", &e))?;
    Ok(value)
}

fn tracked(error: serde_path_to_error::Error<serde_json::Error>) -> Error {
    Error::new(&crate::__private::path::text(error.path()), error.inner())
}

//! Reading a response's body as `decode` of a generated response enum
//! asks: JSON into its type, text, or bytes.

use serde::de::DeserializeOwned;

use crate::response::ResponseError;

/// JSON into `T`; a `Content-Type` that is not JSON is an error of its
/// own (an HTML error page is not the body the document describes).
pub fn json<T: DeserializeOwned>(
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<T, ResponseError> {
    if let Some(content_type) = content_type {
        let essence = content_type.split(';').next().unwrap_or("").trim();
        let json = essence.eq_ignore_ascii_case("application/json")
            || essence.to_ascii_lowercase().ends_with("+json");
        if !json {
            return Err(ResponseError::new(
                status,
                format!("expected a JSON body, got `{content_type}`"),
            ));
        }
    }
    crate::from_slice(body).map_err(|e| ResponseError::new(status, e.to_string()))
}

/// Text (UTF-8).
pub fn text(
    status: u16,
    _content_type: Option<&str>,
    body: &[u8],
) -> Result<String, ResponseError> {
    String::from_utf8(body.to_vec()).map_err(|e| ResponseError::new(status, e.to_string()))
}

/// The bytes as they came.
pub fn bytes(
    _status: u16,
    _content_type: Option<&str>,
    body: &[u8],
) -> Result<Vec<u8>, ResponseError> {
    Ok(body.to_vec())
}

//! Integration tests of openapi-models; see tests/.

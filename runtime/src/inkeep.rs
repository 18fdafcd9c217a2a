//! Models of the Inkeep Analytics API (conversations, messages, feedback,
//! events and queries), generated at compile time from
//! `specs/inkeep-analytics.yaml`, the API's OpenAPI 3.1 document.
//!
//! Start with [`OpenAIConversation`] and the [`Conversation`] union.

crate::include_models!("specs/inkeep-analytics.yaml");

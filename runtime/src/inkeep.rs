//! Models of the Inkeep Analytics API (conversations, messages, feedback,
//! events and queries), generated at compile time from
//! `specs/inkeep-analytics.yaml`, the API's OpenAPI 3.1 document.
//!
//! Start with [`OpenAIConversation`] and the [`Conversation`] union.
//!
//! ```
//! use openapi_models::inkeep::{
//!     OpenAIChatCompletionMessage as Chat, OpenAIChatCompletionMessageRole as ChatRole,
//!     OpenAIConversation, OpenAIExtendedMessage as Message, OpenAIExtendedMessageRole as Role,
//! };
//! use openapi_models::{Tristate, Validate};
//!
//! // Build: `new` takes the required fields, `with_` sets the others; the
//! // `type` tag (`"openai"`) fills itself.
//! let (now, ask, answer) = ("2026-11-30T12:00:00Z", "Where is SSO?", "Under Settings → Security.");
//! let conversation = OpenAIConversation::new(
//!     "conv_1",
//!     now,
//!     now,
//!     vec![
//!         Message::new("msg_1", "conv_1", now, now, Role::User, ask),
//!         Message::new("msg_2", "conv_1", now, now, Role::Assistant, answer),
//!     ],
//!     vec![Chat::new(ChatRole::User, ask), Chat::new(ChatRole::Assistant, answer)],
//! )
//! .with_tags(vec!["sso".to_owned()]);
//! conversation.validate()?;
//!
//! // Write: required nullable fields are `null`, optional ones absent.
//! let json = serde_json::to_string(&conversation)?;
//! assert!(json.starts_with(r#"{"id":"conv_1","externalId":null,"externalUrl":null,"type":"openai""#));
//! assert!(!json.contains("userProperties"));
//!
//! // Read: back to the same value, and errors that say where.
//! let read: OpenAIConversation = openapi_models::from_str(&json)?;
//! assert_eq!(read, conversation);
//! assert_eq!(read.tags, Tristate::Value(vec!["sso".to_owned()]));
//! let broken = json.replace(r#""role":"user""#, r#""role":"robot""#);
//! let error = openapi_models::from_str::<OpenAIConversation>(&broken).unwrap_err();
//! assert_eq!(error.path(), "messages[0].role");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

crate::include_models!("specs/inkeep-analytics.yaml");

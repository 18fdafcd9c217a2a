//! Hand-written serde models of the same shape as the generated
//! `OpenAIConversation` (the ideal: plain derives, as one would write them
//! by hand), and serde's own internally tagged enum for `Conversation`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenAIConversation {
    pub id: String,
    pub external_id: Option<String>,
    pub external_url: Option<String>,
    #[serde(rename = "type")]
    pub kind: OpenAi,
    pub support_ticket_conversation_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub project_id: Option<String>,
    pub integration_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_properties: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    pub visibility: Option<Visibility>,
    pub messages: Vec<ExtendedMessage>,
    #[serde(rename = "messagesOpenAIFormat")]
    pub messages_open_ai_format: Vec<ChatCompletionMessage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpenAi {
    #[serde(rename = "openai")]
    Openai,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    Private,
    Public,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtendedMessage {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: OpenAi,
    pub external_id: Option<String>,
    pub external_url: Option<String>,
    pub conversation_id: String,
    pub created_at: String,
    pub updated_at: String,
    pub role: Role,
    pub content: Content,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<Link>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_properties: Option<BTreeMap<String, Value>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "tool_calls"
    )]
    pub tool_calls: Option<Vec<ToolCall>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Content {
    String(String),
    Array(Vec<ContentItem>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContentItem {
    #[serde(rename = "type")]
    pub kind: ContentKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<ImageUrl>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    Text,
    ImageUrl,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageUrl {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breadcrumbs: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub function: ToolCallFunction,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolCallFunction {
    pub name: String,
    pub arguments: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatCompletionMessage {
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub content: Content,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        rename = "tool_calls"
    )]
    pub tool_calls: Option<Vec<ToolCall>>,
}

/// The three conversation kinds as serde's internally tagged enum: serde
/// buffers the whole object, then reads the variant from the buffer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
// Unboxed, as a hand-written model would be: boxing would change what is
// measured.
#[allow(clippy::large_enum_variant)]
pub enum Conversation {
    #[serde(rename = "openai")]
    Openai(TaggedOpenAIConversation),
    #[serde(rename = "support_ticket")]
    SupportTicket(TaggedOtherConversation),
    #[serde(rename = "support_copilot")]
    SupportCopilot(TaggedOtherConversation),
}

/// `OpenAIConversation` without its tag (serde's enum owns it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaggedOpenAIConversation {
    pub id: String,
    pub external_id: Option<String>,
    pub external_url: Option<String>,
    pub support_ticket_conversation_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub project_id: Option<String>,
    pub integration_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_properties: Option<BTreeMap<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    pub visibility: Option<Visibility>,
    pub messages: Vec<ExtendedMessage>,
    #[serde(rename = "messagesOpenAIFormat")]
    pub messages_open_ai_format: Vec<ChatCompletionMessage>,
}

/// The other kinds (not exercised: every benchmark document is `openai`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaggedOtherConversation {
    pub id: String,
    pub messages: Vec<Value>,
}

//! Builds an Inkeep conversation in code, then reads one as wire JSON into
//! the generated `OpenAIConversation`, validates it, prints a summary and
//! writes it back.
//!
//! ```text
//! cargo run -p openapi-models --features inkeep --example conversation [conversation.json]
//! ```
//!
//! Without an argument it reads `runtime/examples/conversation.json`.

use std::error::Error;

use openapi_models::inkeep::{
    OpenAIChatCompletionMessage as Chat, OpenAIChatCompletionMessageRole as ChatRole,
    OpenAIConversation, OpenAIExtendedMessage as Message, OpenAIExtendedMessageContent,
    OpenAIExtendedMessageLinksItemType, OpenAIExtendedMessageRole as Role,
};
use openapi_models::{Tristate, Validate};

fn main() -> Result<(), Box<dyn Error>> {
    // In code: `new` takes the required fields (`with_` methods set the
    // others) and the `type` tags fill themselves.
    let (now, ask, answer) = ("2026-11-30T12:00:00Z", "Where is SSO?", "In Settings.");
    let msg = |id, role, text| Message::new(id, "conv_1", now, now, role, text);
    let messages = vec![
        msg("msg_1", Role::User, ask),
        msg("msg_2", Role::Assistant, answer),
    ];
    let openai = vec![
        Chat::new(ChatRole::User, ask),
        Chat::new(ChatRole::Assistant, answer),
    ];
    let built = OpenAIConversation::new("conv_1", now, now, messages, openai);
    built.validate()?;
    println!("built in code: {}", serde_json::to_string(&built)?);

    let wire = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => include_str!("conversation.json").to_owned(),
    };

    // Wire JSON → generated type: wrong types, missing fields, unknown
    // values of closed enums and misplaced nulls are rejected here.
    let conversation: OpenAIConversation = openapi_models::from_str(&wire)?;
    // Constraints of the spec (`messages` needs at least one message).
    conversation.validate()?;

    println!("conversation {}", conversation.id);
    println!(
        "  external id:  {}",
        shown(conversation.external_id.as_deref())
    );
    println!(
        "  external url: {}",
        shown(conversation.external_url.as_deref())
    );
    println!(
        "  visibility:   {}",
        shown(conversation.visibility.map(|v| v.as_str()))
    );
    if let Tristate::Value(tags) = &conversation.tags {
        println!("  tags:         {}", tags.join(", "));
    }
    if let Tristate::Value(properties) = &conversation.properties {
        let keys: Vec<&str> = properties.keys().map(String::as_str).collect();
        println!("  properties:   {}", keys.join(", "));
    }
    println!("  messages:     {}", conversation.messages.len());
    for message in &conversation.messages {
        let text = match &message.content {
            OpenAIExtendedMessageContent::String(text) => text.clone(),
            OpenAIExtendedMessageContent::Array(items) => items
                .iter()
                .map(|item| match (&item.text, &item.image_url) {
                    (Tristate::Value(text), _) => text.clone(),
                    (_, Tristate::Value(image)) => format!("[image {}]", image.url),
                    _ => format!("[{}]", item.r#type),
                })
                .collect::<Vec<_>>()
                .join(" "),
        };
        println!("    {:>9}: {text}", message.role.as_str());
        for link in message.links.value().into_iter().flatten() {
            let kind = match &link.r#type {
                Tristate::Value(OpenAIExtendedMessageLinksItemType::Other(unknown)) => {
                    format!("{unknown} (not in the spec, kept as sent)")
                }
                Tristate::Value(known) => known.to_string(),
                _ => "untyped".to_owned(),
            };
            println!("               link {} ({kind})", link.url);
        }
        for call in message.tool_calls.value().into_iter().flatten() {
            println!(
                "               tool call {}({})",
                call.function.name, call.function.arguments
            );
        }
    }

    // Generated type → wire JSON: the same document comes back.
    let written = serde_json::to_string_pretty(&conversation)?;
    let same = serde_json::from_str::<serde_json::Value>(&wire)?
        == serde_json::from_str::<serde_json::Value>(&written)?;
    println!(
        "round trip: {}",
        if same {
            "identical JSON"
        } else {
            "DIFFERENT JSON"
        }
    );

    let mut empty = conversation.clone();
    empty.messages.clear();
    if let Err(violations) = empty.validate() {
        println!("without messages: {violations}");
    }

    // A broken document: the error says where (its JSON path) and what
    // the spec wants there.
    let mut broken: serde_json::Value = serde_json::from_str(&wire)?;
    broken["messages"][0]["role"] = serde_json::json!(42);
    if let Err(error) = openapi_models::from_value::<OpenAIConversation>(broken) {
        println!("a role of 42: {error}");
    }

    println!("{written}");
    if same {
        Ok(())
    } else {
        Err("the round trip changed the document".into())
    }
}

fn shown(value: Option<&str>) -> &str {
    value.unwrap_or("null")
}

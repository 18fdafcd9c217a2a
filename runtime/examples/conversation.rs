//! Reads an Inkeep conversation as wire JSON into the generated
//! `OpenAIConversation`, validates it, prints a summary and writes it back.
//!
//! ```text
//! cargo run -p openapi-models --features inkeep --example conversation [conversation.json]
//! ```
//!
//! Without an argument it reads `runtime/examples/conversation.json`.

use std::error::Error;

use openapi_models::inkeep::{
    OpenAIConversation, OpenAIExtendedMessageContent, OpenAIExtendedMessageLinksItemType,
};
use openapi_models::Validate;

fn main() -> Result<(), Box<dyn Error>> {
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
    if let Some(Some(tags)) = &conversation.tags {
        println!("  tags:         {}", tags.join(", "));
    }
    if let Some(Some(properties)) = &conversation.properties {
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
                    (Some(Some(text)), _) => text.clone(),
                    (_, Some(Some(image))) => format!("[image {}]", image.url),
                    _ => format!("[{}]", item.r#type),
                })
                .collect::<Vec<_>>()
                .join(" "),
        };
        println!("    {:>9}: {text}", message.role.as_str());
        for link in message.links.iter().flatten().flatten() {
            let kind = match &link.r#type {
                Some(Some(OpenAIExtendedMessageLinksItemType::Other(unknown))) => {
                    format!("{unknown} (not in the spec, kept as sent)")
                }
                Some(Some(known)) => known.to_string(),
                _ => "untyped".to_owned(),
            };
            println!("               link {} ({kind})", link.url);
        }
        for call in message.tool_calls.iter().flatten().flatten() {
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

//! Run time: serde_json throughput of the generated Inkeep models against
//! hand-written structs of the same shape and against `serde_json::Value`.

use std::time::Duration;

use openapi_models::inkeep;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use crate::handwritten;
use crate::timing::per_call;

/// The same models with `unknown_keys = "ignore"`: no map of undeclared
/// keys in each struct, so they are laid out as the hand-written ones are
/// (the documents here have no undeclared keys, so both write the same text).
mod ignoring {
    openapi_models::include_models!(
        spec = "../specs/inkeep-analytics.yaml",
        schemas = ["OpenAIConversation", "Conversation"],
        operations = false,
        unknown_keys = "ignore",
    );
}

/// One conversation of `messages` messages, varied like real traffic:
/// text and multi-part content, links (one of an unknown type), tool
/// calls, custom properties, nulls.
fn conversation(seed: usize, messages: usize) -> Value {
    let message = |i: usize| {
        let id = format!("msg_{seed}_{i}");
        let role = ["user", "assistant", "system"][i % 3];
        let mut m = json!({
            "id": id,
            "type": "openai",
            "externalId": if i.is_multiple_of(3) { Value::Null } else { json!(format!("ext-{i}")) },
            "externalUrl": null,
            "conversationId": format!("conv_{seed}"),
            "createdAt": (1_718_212_781_105u64 + i as u64).to_string(),
            "updatedAt": (1_718_212_781_105u64 + i as u64).to_string(),
            "role": role,
        });
        if i.is_multiple_of(2) {
            m["content"] = json!(format!(
                "How do I configure feature number {i} for my workspace and team members?"
            ));
        } else {
            m["content"] = json!([
                {"type": "text", "text": format!("Open Settings, then section {i}, and enable the option for everyone on the team.")},
                {"type": "image_url", "image_url": {"url": format!("https://cdn.example.com/img/{i}.png"), "detail": "auto"}}
            ]);
            m["links"] = json!([
                {"url": format!("https://docs.example.com/{i}"), "title": "Setup", "type": "documentation", "breadcrumbs": ["Docs", "Setup"]},
                {"url": "https://status.example.com", "label": null, "type": "status_page"}
            ]);
            m["tool_calls"] = json!([{"id": format!("call_{i}"), "type": "function", "function": {"name": "search_docs", "arguments": "{\"q\":\"settings\"}"}}]);
        }
        m
    };
    json!({
        "id": format!("conv_{seed}"),
        "externalId": format!("ticket-{seed}"),
        "externalUrl": null,
        "type": "openai",
        "supportTicketConversationId": null,
        "createdAt": "1718212781105",
        "updatedAt": "1744150710777",
        "projectId": "proj_docs",
        "integrationId": null,
        "properties": {"plan": "enterprise", "seats": 25, "nested": {"region": "eu-west-1", "primary": true}},
        "tags": ["billing", "sso"],
        "visibility": "private",
        "messages": (0..messages).map(message).collect::<Vec<_>>(),
        "messagesOpenAIFormat": [
            {"role": "user", "content": "How do I configure my workspace?"},
            {"role": "assistant", "content": [{"type": "text", "text": "Open Settings."}], "tool_calls": null}
        ]
    })
}

/// A document of about `bytes`: one conversation, or a list of them.
fn document(bytes: usize) -> (String, bool) {
    let one = |messages| serde_json::to_string(&conversation(0, messages)).unwrap();
    if bytes <= 200_000 {
        let mut messages = 1;
        while one(messages).len() < bytes {
            messages += 1;
        }
        (one(messages), false)
    } else {
        let per = serde_json::to_string(&conversation(0, 300)).unwrap().len();
        let list: Vec<Value> = (0..bytes.div_ceil(per))
            .map(|seed| conversation(seed, 300))
            .collect();
        (serde_json::to_string(&list).unwrap(), true)
    }
}

/// `text` read as `T` (or a list of `T`) and written back.
fn written<T: DeserializeOwned + Serialize>(text: &str, list: bool) -> String {
    if list {
        serde_json::to_string(&serde_json::from_str::<Vec<T>>(text).unwrap()).unwrap()
    } else {
        serde_json::to_string(&serde_json::from_str::<T>(text).unwrap()).unwrap()
    }
}

struct Row {
    name: &'static str,
    read: Duration,
    write: Duration,
}

/// Reading and writing `text` as `T` (or a list of `T`): per-call times
/// within `budget` each.
type Timer<'a> = Box<dyn FnMut(Duration) -> (Duration, Duration) + 'a>;

/// Where the written values live on the heap.
#[derive(Clone, Copy, PartialEq)]
enum Heap {
    /// As reading left them (what a program that reads and writes sees).
    AsRead,
    /// Cloned after reading, so each value's parts lie in the order they
    /// are written: the writing code alone, apart from how the allocator
    /// placed what reading made.
    Cloned,
}

fn timer<'a, T: DeserializeOwned + Serialize + Clone + 'a>(
    text: &'a str,
    list: bool,
    heap: Heap,
) -> Timer<'a> {
    fn make<'a, T: DeserializeOwned + Serialize + Clone + 'a>(
        text: &'a str,
        heap: Heap,
    ) -> Timer<'a> {
        let read: T = serde_json::from_str(text).expect("the document reads");
        let value = match heap {
            Heap::AsRead => read,
            Heap::Cloned => read.clone(),
        };
        Box::new(move |budget| {
            let read = per_call(budget, || {
                std::hint::black_box(
                    serde_json::from_str::<T>(std::hint::black_box(text)).unwrap(),
                );
            });
            let write = per_call(budget, || {
                std::hint::black_box(serde_json::to_string(&value).unwrap());
            });
            (read, write)
        })
    }
    if list {
        make::<Vec<T>>(text, heap)
    } else {
        make::<T>(text, heap)
    }
}

/// Rounds of measuring every model in turn; each keeps its median round,
/// so that the machine's slow drifts touch all models alike.
const ROUNDS: usize = 5;

fn interleaved(names: &[&'static str], mut timers: Vec<Timer<'_>>, budget: Duration) -> Vec<Row> {
    let mut reads = vec![Vec::new(); timers.len()];
    let mut writes = vec![Vec::new(); timers.len()];
    for _ in 0..ROUNDS {
        for (i, timer) in timers.iter_mut().enumerate() {
            let (read, write) = timer(budget / ROUNDS as u32);
            reads[i].push(read);
            writes[i].push(write);
        }
    }
    let median = |mut times: Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    names
        .iter()
        .zip(reads.into_iter().zip(writes))
        .map(|(name, (read, write))| Row {
            name,
            read: median(read),
            write: median(write),
        })
        .collect()
}

/// Table rows of `rows`, their ratios against the first; `read`: with the
/// reading columns, else blank there.
fn print_rows(document: &str, bytes: usize, rows: &[Row], read: bool) {
    let base = &rows[0];
    for row in rows {
        let reading = if read {
            format!(
                "{:.0} | {:.2}×",
                throughput(bytes, row.read),
                base.read.as_secs_f64() / row.read.as_secs_f64()
            )
        } else {
            " | ".to_owned()
        };
        println!(
            "| {document} | {} | {reading} | {:.0} | {:.2}× |",
            row.name,
            throughput(bytes, row.write),
            base.write.as_secs_f64() / row.write.as_secs_f64(),
        );
    }
}

fn throughput(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / time.as_secs_f64() / 1e6
}

pub fn run() {
    println!("## Run time\n");
    println!("serde_json from a `&str` and to a `String`, in MB/s of JSON: the models are measured in turn, five rounds over, and each keeps its median round (each round: the median of 9 batches). *Hand-written*: plain `#[derive(Serialize, Deserialize)]` structs of the same shape (`Option<T>` for optional and nullable fields, `#[serde(untagged)]` for the message content, `String`s), the ideal; *Value*: `serde_json::Value`. Documents are `OpenAIConversation`s (a list of them for 10 MB) with text and multi-part content, links, tool calls, custom properties and nulls. Ratios are throughput relative to hand-written (higher is better). *Values cloned*: the values written are a `clone()` of those read, so that each value's parts lie on the heap in the order they are written; these two rows measure the writing code apart from where reading left the values, and compare with each other.\n");
    println!("| document | model | read MB/s | vs hand-written | write MB/s | vs hand-written |");
    println!("| --- | --- | ---: | ---: | ---: | ---: |");
    let mut union_rows = Vec::new();
    for (label, bytes, budget) in [
        ("1 KB", 1_000, 1_000),
        ("100 KB", 100_000, 2_000),
        ("10 MB", 10_000_000, 6_000),
    ] {
        let (text, list) = document(bytes);
        let budget = Duration::from_millis(budget);
        // Their write times compare only if they write the same text.
        assert_eq!(
            written::<inkeep::OpenAIConversation>(&text, list),
            written::<ignoring::OpenAIConversation>(&text, list),
        );
        let mut rows = interleaved(
            &[
                "hand-written",
                "openapi-models",
                "openapi-models, `unknown_keys = \"ignore\"`",
                "serde_json::Value",
                "hand-written, values cloned",
                "openapi-models, values cloned",
            ],
            vec![
                timer::<handwritten::OpenAIConversation>(&text, list, Heap::AsRead),
                timer::<inkeep::OpenAIConversation>(&text, list, Heap::AsRead),
                timer::<ignoring::OpenAIConversation>(&text, list, Heap::AsRead),
                timer::<Value>(&text, false, Heap::AsRead),
                timer::<handwritten::OpenAIConversation>(&text, list, Heap::Cloned),
                timer::<inkeep::OpenAIConversation>(&text, list, Heap::Cloned),
            ],
            budget,
        );
        let cloned = rows.split_off(4);
        let document = format!("{label} ({:.0} KB)", text.len() as f64 / 1e3);
        print_rows(&document, text.len(), &rows, true);
        // Writing only (reading does not depend on where the values are);
        // against the hand-written values, cloned alike.
        print_rows(&document, text.len(), &cloned, false);
        let mut unions = interleaved(
            &[
                "serde `#[serde(tag = \"type\")]`",
                "openapi-models `Conversation`",
            ],
            vec![
                timer::<handwritten::Conversation>(&text, list, Heap::AsRead),
                timer::<inkeep::Conversation>(&text, list, Heap::AsRead),
            ],
            budget,
        );
        let ours_union = unions.pop().expect("two rows");
        let serde_union = unions.pop().expect("two rows");
        union_rows.push((label, text.len(), serde_union, ours_union));
    }
    println!();
    println!("The discriminated union `Conversation` (tag `type`, here the fourth key) against serde's derived internally tagged enum of the same variants, on the same documents:\n");
    println!("| document | model | read MB/s | vs serde | write MB/s | vs serde |");
    println!("| --- | --- | ---: | ---: | ---: | ---: |");
    for (label, bytes, serde_union, ours_union) in union_rows {
        for row in [&serde_union, &ours_union] {
            println!(
                "| {label} | {} | {:.0} | {:.2}× | {:.0} | {:.2}× |",
                row.name,
                throughput(bytes, row.read),
                serde_union.read.as_secs_f64() / row.read.as_secs_f64(),
                throughput(bytes, row.write),
                serde_union.write.as_secs_f64() / row.write.as_secs_f64(),
            );
        }
    }
    println!();
}

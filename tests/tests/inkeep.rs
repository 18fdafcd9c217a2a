//! The Inkeep models on the wire: every component's fixtures round-trip to
//! the same JSON, invalid payloads are rejected, `validate()` checks what
//! deserialization cannot. Fixtures were generated from the spec by
//! `tests/fixtures/generate_inkeep.py` and validated against it with an
//! independent JSON Schema validator.

use std::collections::BTreeSet;
use std::fmt::Debug;
use std::path::PathBuf;

use openapi_models::inkeep;
use openapi_models::{Tristate, Validate};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::support::repo;

/// Reading `json` into `T` and writing it back gives the same JSON, on
/// both serde_json paths (text and `Value`), and the value validates.
fn round_trip<T>(json: &str) -> Result<(), String>
where
    T: DeserializeOwned + Serialize + PartialEq + Debug + Validate,
{
    let expected: Value = serde_json::from_str(json).map_err(|e| format!("bad fixture: {e}"))?;
    let typed: T = serde_json::from_str(json).map_err(|e| format!("does not deserialize: {e}"))?;
    let from_value: T = serde_json::from_value(expected.clone())
        .map_err(|e| format!("does not deserialize from a Value: {e}"))?;
    if typed != from_value {
        return Err(format!(
            "text and Value give different values:\n{typed:#?}\n{from_value:#?}"
        ));
    }
    let written = serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))?;
    if written != expected {
        return Err(format!(
            "writes different JSON:\nexpected {}\nwritten  {}",
            serde_json::to_string(&expected).unwrap_or_default(),
            serde_json::to_string(&written).unwrap_or_default()
        ));
    }
    let text = serde_json::to_string(&typed).map_err(|e| format!("does not serialize: {e}"))?;
    let again: T = serde_json::from_str(&text).map_err(|e| format!("cannot read itself: {e}"))?;
    if again != typed {
        return Err("reading the written JSON gives another value".to_owned());
    }
    typed
        .validate()
        .map_err(|e| format!("a valid fixture fails validate(): {e}"))
}

/// Deserializing `json` into `T` fails, from text and from a `Value`.
fn rejected<T: DeserializeOwned + Debug>(json: &Value) -> Result<(), String> {
    let text = json.to_string();
    if let Ok(value) = serde_json::from_str::<T>(&text) {
        return Err(format!("accepted from text as {value:?}"));
    }
    if let Ok(value) = serde_json::from_value::<T>(json.clone()) {
        return Err(format!("accepted from a Value as {value:?}"));
    }
    Ok(())
}

macro_rules! components {
    ($($name:ident),* $(,)?) => {
        const COMPONENTS: &[&str] = &[$(stringify!($name)),*];

        fn round_trip_as(component: &str, json: &str) -> Result<(), String> {
            match component {
                $(stringify!($name) => round_trip::<inkeep::$name>(json),)*
                other => Err(format!("no component named {other}")),
            }
        }

        fn rejected_as(component: &str, json: &Value) -> Result<(), String> {
            match component {
                $(stringify!($name) => rejected::<inkeep::$name>(json),)*
                other => Err(format!("no component named {other}")),
            }
        }
    };
}

components!(
    BadRequest,
    Conversation,
    ConversationsAggregationSelection,
    ConversationsField,
    ConversationsFilter,
    ConversationsFilterAND,
    ConversationsFilterCondition,
    ConversationsFilterConditionValue,
    ConversationsFilterOR,
    ConversationsGroupBy,
    ConversationsOrderBy,
    ConversationsSelection,
    ConversationsSimpleFieldSelection,
    ConversationsTimeBasedGroupBySelection,
    CreateConversation,
    CreateOpenAIConversation,
    CreateSupportCopilotConversation,
    CreateSupportTicketConversation,
    EventsAggregationSelection,
    EventsField,
    EventsFilter,
    EventsFilterAND,
    EventsFilterCondition,
    EventsFilterConditionValue,
    EventsFilterOR,
    EventsGroupBy,
    EventsOrderBy,
    EventsSelection,
    EventsSimpleFieldSelection,
    EventsTimeBasedGroupBySelection,
    FilterOperator,
    Forbidden,
    GetAllFeedbackResponse,
    InsertConversationEvent,
    InsertEvent,
    InsertMessageEvent,
    InsertSearchEvent,
    InternalServerError,
    Message,
    NotFound,
    OpenAIChatCompletionMessage,
    OpenAIContentItem,
    OpenAIConversation,
    OpenAIExtendedMessage,
    OpenAIImageUrlObject,
    OpenAIToolCall,
    OpenAIToolCallFunction,
    PropertyKeysRequestBody,
    PropertyKeysResponseBody,
    PropertyValuesRequestBody,
    PropertyValuesResponseBody,
    QueryConversationsRequestBody,
    QueryConversationsResponseBody,
    QueryConversationsResponseData,
    QueryEventsRequestBody,
    QueryEventsResponseBody,
    QueryEventsResponseData,
    QuerySemanticThreadsRequestBody,
    QuerySemanticThreadsResponseBody,
    QuerySemanticThreadsResponseData,
    SelectConversationEvent,
    SelectEvent,
    SelectMessageEvent,
    SelectSearchEvent,
    SemanticThreadAggregationSelection,
    SemanticThreadField,
    SemanticThreadFilter,
    SemanticThreadFilterAND,
    SemanticThreadFilterCondition,
    SemanticThreadFilterConditionValue,
    SemanticThreadFilterOR,
    SemanticThreadGroupBy,
    SemanticThreadOrderBy,
    SemanticThreadSelection,
    SemanticThreadSimpleFieldSelection,
    SemanticThreadTimeBasedGroupBySelection,
    SupportCopilotConversation,
    SupportCopilotMessage,
    SupportTicketConversation,
    SupportTicketMessage,
    TimeUnit,
    Unauthorized,
    UnprocessableEntity,
);

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = repo().join("tests/fixtures/inkeep");
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?;
            let component = name.strip_suffix(".json")?.split('.').next()?.to_owned();
            Some((component, path))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_component_of_the_spec_is_generated_and_has_fixtures() {
    let spec: Value = serde_yaml::from_str(
        &std::fs::read_to_string(repo().join("specs/inkeep-analytics.yaml")).unwrap(),
    )
    .unwrap();
    let in_spec: BTreeSet<&str> = spec["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let listed: BTreeSet<&str> = COMPONENTS.iter().copied().collect();
    assert_eq!(
        in_spec, listed,
        "the test's list of components is not the spec's"
    );
    let with_fixtures: BTreeSet<String> = fixtures().into_iter().map(|(c, _)| c).collect();
    let missing: Vec<&&str> = COMPONENTS
        .iter()
        .filter(|c| !with_fixtures.contains(**c))
        .collect();
    assert!(
        missing.is_empty(),
        "components without fixtures: {missing:?}"
    );
}

#[test]
fn every_fixture_round_trips_to_the_same_json() {
    let fixtures = fixtures();
    let failures: Vec<String> = fixtures
        .iter()
        .filter_map(|(component, path)| {
            let json = std::fs::read_to_string(path).unwrap();
            round_trip_as(component, &json)
                .err()
                .map(|e| format!("{}: {e}", path.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} fixtures fail:\n{}",
        failures.len(),
        fixtures.len(),
        failures.join("\n")
    );
}

/// The seed document's example of `OpenAIConversation`, as wire JSON.
#[test]
fn the_seed_example_round_trips() {
    let json =
        std::fs::read_to_string(repo().join("tests/fixtures/inkeep/OpenAIConversation.seed.json"))
            .unwrap();
    round_trip::<inkeep::OpenAIConversation>(&json).unwrap();
    let seed: inkeep::OpenAIConversation = serde_json::from_str(&json).unwrap();
    assert_eq!(seed.r#type, inkeep::OpenAIConversationType::Openai);
    assert_eq!(
        seed.visibility,
        Some(inkeep::OpenAIConversationVisibility::Public)
    );
    assert_eq!(
        seed.messages[0].role,
        inkeep::OpenAIExtendedMessageRole::Assistant
    );
    // Through the discriminated union too.
    let conversation: inkeep::Conversation = serde_json::from_str(&json).unwrap();
    assert!(matches!(conversation, inkeep::Conversation::Openai(ref c) if *c == seed));
    assert_eq!(
        serde_json::to_value(&conversation).unwrap(),
        serde_json::from_str::<Value>(&json).unwrap()
    );
}

#[test]
fn invalid_payloads_are_rejected() {
    let cases: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/fixtures/inkeep_rejects.json")).unwrap(),
    )
    .unwrap();
    assert!(cases.len() >= 20);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let component = case["component"].as_str().unwrap();
            rejected_as(component, &case["json"]).err().map(|e| {
                format!(
                    "{component} ({}): {e}",
                    case["why"].as_str().unwrap_or_default()
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "accepted:\n{}", failures.join("\n"));
}

#[test]
fn validate_reports_an_empty_messages_list() {
    let json = std::fs::read_to_string(
        repo().join("tests/fixtures/OpenAIConversation.empty-messages.json"),
    )
    .unwrap();
    let conversation: inkeep::OpenAIConversation = serde_json::from_str(&json).unwrap();
    let errors = conversation.validate().unwrap_err();
    assert_eq!(errors.violations().len(), 1);
    assert_eq!(errors.violations()[0].pointer, "/messages");
    assert_eq!(
        errors.to_string(),
        "/messages: must have at least 1 item (has 0)"
    );
    // Nested: through the union.
    let conversation: inkeep::Conversation = serde_json::from_str(&json).unwrap();
    assert_eq!(
        conversation.validate().unwrap_err().violations()[0].pointer,
        "/messages"
    );
}

/// Optional + nullable is three states that all round-trip.
#[test]
fn optional_nullable_keeps_absent_null_and_value_apart() {
    let base = serde_json::json!({
        "id": "c", "externalId": null, "externalUrl": null, "type": "openai",
        "supportTicketConversationId": null, "createdAt": "1", "updatedAt": "2",
        "projectId": null, "integrationId": null, "visibility": null,
        "messages": [{"id": "m", "type": "openai", "externalId": null, "externalUrl": null,
            "conversationId": "c", "createdAt": "1", "updatedAt": "1", "role": "user", "content": "hi"}],
        "messagesOpenAIFormat": []
    });
    let mut with_null = base.clone();
    with_null["tags"] = Value::Null;
    let mut with_value = base.clone();
    with_value["tags"] = serde_json::json!(["a"]);
    let read = |v: &Value| serde_json::from_value::<inkeep::OpenAIConversation>(v.clone()).unwrap();
    assert_eq!(read(&base).tags, Tristate::Absent);
    assert_eq!(read(&with_null).tags, Tristate::Null);
    assert_eq!(
        read(&with_value).tags,
        Tristate::Value(vec!["a".to_owned()])
    );
    for json in [&base, &with_null, &with_value] {
        assert_eq!(&serde_json::to_value(read(json)).unwrap(), json);
    }
    // Required + nullable: `null` reads as `None` and is written back...
    assert_eq!(read(&base).external_id, None);
    // ...but may not be left out.
    let mut missing = base.clone();
    missing.as_object_mut().unwrap().remove("externalId");
    let error = serde_json::from_value::<inkeep::OpenAIConversation>(missing).unwrap_err();
    assert_eq!(error.to_string(), "missing field `externalId`");
}

/// A default is applied when reading the field, never written back.
#[test]
fn defaults_are_applied_on_reading_not_on_writing() {
    let image: inkeep::OpenAIImageUrlObject = serde_json::from_str(r#"{"url": "u"}"#).unwrap();
    assert_eq!(image.detail, None);
    assert_eq!(
        image.detail_or_default(),
        inkeep::OpenAIImageUrlObjectDetail::Auto
    );
    assert_eq!(serde_json::to_string(&image).unwrap(), r#"{"url":"u"}"#);
    let group: inkeep::ConversationsGroupBy = serde_json::from_str(r#"{"field": "type"}"#).unwrap();
    assert!(group.include_in_select_or_default());
    let values: inkeep::PropertyValuesRequestBody =
        serde_json::from_str(r#"{"field": "properties", "key": "k"}"#).unwrap();
    assert_eq!(values.limit_or_default(), serde_json::Number::from(100));
}

/// Numbers keep their form: `400` is not rewritten as `400.0`.
#[test]
fn numbers_keep_their_form() {
    let json = r#"{"title":"t","status":400,"detail":"d","code":"bad_request","error":{"code":"bad_request","message":"m"}}"#;
    let error: inkeep::BadRequest = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&error).unwrap(), json);
    let float = json.replace("400", "400.5");
    let error: inkeep::BadRequest = serde_json::from_str(&float).unwrap();
    assert_eq!(serde_json::to_string(&error).unwrap(), float);
}

/// An open enum keeps values the spec does not list.
#[test]
fn open_enum_keeps_unknown_values() {
    let link: inkeep::OpenAIExtendedMessageLinksItem =
        serde_json::from_str(r#"{"url": "u", "type": "my_custom_type"}"#).unwrap();
    assert_eq!(
        link.r#type,
        Tristate::Value(inkeep::OpenAIExtendedMessageLinksItemType::Other(
            "my_custom_type".to_owned()
        ))
    );
    assert_eq!(
        serde_json::to_string(&link).unwrap(),
        r#"{"url":"u","type":"my_custom_type"}"#
    );
    let known: inkeep::OpenAIExtendedMessageLinksItem =
        serde_json::from_str(r#"{"url": "u", "type": "github_issue"}"#).unwrap();
    assert_eq!(
        known.r#type,
        Tristate::Value(inkeep::OpenAIExtendedMessageLinksItemType::GithubIssue)
    );
}

/// Unions without a discriminator pick the variant by the JSON's shape.
#[test]
fn untagged_unions_pick_the_variant_by_shape() {
    use inkeep::ConversationsFilterConditionValue as V;
    let read = |json: &str| serde_json::from_str::<V>(json).unwrap();
    assert!(matches!(read(r#""x""#), V::String(_)));
    assert!(matches!(read("true"), V::Boolean(true)));
    assert!(matches!(read("3"), V::Number(_)));
    assert!(matches!(read(r#"["a"]"#), V::Array(_)));
    assert!(matches!(
        read(r#"{"path": ["a"], "value": 1}"#),
        V::Object(_)
    ));
    assert!(matches!(read(r#"{"any": "thing"}"#), V::Map(_)));
    // Keys beyond {path, value}: only the free-form object keeps them all.
    let extra = r#"{"path":["a"],"value":1,"extra":true}"#;
    assert!(matches!(read(extra), V::Map(_)));
    assert_eq!(
        serde_json::to_value(read(extra)).unwrap(),
        serde_json::from_str::<Value>(extra).unwrap()
    );
}

/// `new` takes what must be given, `with_` sets the rest: required
/// nullable fields start as `null`, optional ones absent, tags fill
/// themselves; text goes in as `&str`, a union member as itself.
#[test]
fn construction_sets_what_you_mean_and_nothing_else() {
    let message = inkeep::OpenAIExtendedMessage::new(
        "m1",
        "c1",
        "t",
        "t",
        inkeep::OpenAIExtendedMessageRole::User,
        "hi",
    )
    .with_external_id("ext")
    .with_name("Ada");
    assert_eq!(message.r#type, inkeep::OpenAIExtendedMessageType::Openai);
    assert_eq!(message.external_id.as_deref(), Some("ext"));
    assert_eq!(message.name, Tristate::Value("Ada".to_owned()));
    assert_eq!(
        serde_json::to_value(&message).unwrap(),
        serde_json::json!({"id": "m1", "type": "openai", "externalId": "ext", "externalUrl": null,
            "conversationId": "c1", "createdAt": "t", "updatedAt": "t", "role": "user",
            "content": "hi", "name": "Ada"})
    );
    // `null` for an optional nullable field is said as such.
    let cleared = inkeep::OpenAIExtendedMessage {
        name: Tristate::Null,
        ..message
    };
    assert_eq!(serde_json::to_value(&cleared).unwrap()["name"], Value::Null);
}

/// A struct whose fields can all be left out has `Default`, and `new()`
/// builds the same value.
#[test]
fn default_is_new_without_arguments() {
    let body = inkeep::QueryConversationsRequestBody::default();
    assert_eq!(body, inkeep::QueryConversationsRequestBody::new());
    assert_eq!(serde_json::to_string(&body).unwrap(), "{}");
    let body = body.with_notes("weekly");
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"notes":"weekly"}"#
    );
}

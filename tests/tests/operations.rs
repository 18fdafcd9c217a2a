//! Operation models of the Inkeep spec (`openapi_models::inkeep::operations`):
//! inline bodies round-trip a fixture for each of their branches (union
//! members, `null`, absent), parameters write the request's path and query,
//! responses decode by status.

use openapi_models::inkeep::operations as ops;
use openapi_models::inkeep::{self, Conversation};
use openapi_models::{Tristate, Validate};
use serde_json::{json, Value};

use crate::support::json::round_trip;
use crate::support::repo;

fn fixture(name: &str) -> Value {
    let path = repo().join("tests/fixtures/inkeep").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every documented shape of a body, read, validated and written back.
fn round_trips<T>(fixtures: &[Value])
where
    T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug + Validate,
{
    for fixture in fixtures {
        let value: T = round_trip(&fixture.to_string());
        value
            .validate()
            .unwrap_or_else(|e| panic!("{fixture}: {e}"));
    }
}

#[test]
fn get_all_conversation_response_body_holds_every_kind_of_conversation() {
    let mut fixtures = vec![json!({"conversations": [], "total": 0, "pageSize": 10, "count": 0})];
    for branch in ["branch0", "branch1", "branch2"] {
        for variant in ["", "-minimal", "-nulls"] {
            let conversation = fixture(&format!("Conversation.{branch}{variant}.json"));
            fixtures.push(
                json!({"conversations": [conversation], "total": 1, "pageSize": 10.5, "count": 1}),
            );
        }
    }
    round_trips::<ops::GetAllConversationResponseBody>(&fixtures);
    // The three branches are three variants.
    let kinds: std::collections::HashSet<_> = [1, 4, 7]
        .iter()
        .map(|&i| {
            let body: ops::GetAllConversationResponseBody =
                serde_json::from_value(fixtures[i].clone()).unwrap();
            std::mem::discriminant(&body.conversations[0])
        })
        .collect();
    assert_eq!(kinds.len(), 3);
}

#[test]
fn delete_conversation_response_body() {
    round_trips::<ops::DeleteConversationResponseBody>(&[
        json!({"success": true, "message": "deleted"}),
    ]);
}

#[test]
fn submit_feedback_bodies_keep_null_apart_from_absent() {
    let request = [
        json!({"type": "positive", "messageId": "m1"}),
        json!({"id": "f1", "type": "negative", "messageId": "m1", "createdAt": "2024-05-01T10:00:00Z",
               "reasons": [{"label": "wrong", "details": "outdated"}], "userProperties": {"plan": "pro"}}),
        json!({"type": "negative", "messageId": "m1", "createdAt": null, "reasons": null, "userProperties": null}),
    ];
    round_trips::<ops::SubmitFeedbackRequestBody>(&request);
    let response = [
        json!({"id": "f1", "type": "positive", "messageId": "m1", "createdAt": "1718212781105"}),
        json!({"id": "f1", "type": "negative", "messageId": "m1", "createdAt": "1", "reasons": [], "userProperties": {}}),
        json!({"id": "f1", "type": "negative", "messageId": "m1", "createdAt": "1", "reasons": null, "userProperties": null}),
    ];
    round_trips::<ops::SubmitFeedbackResponseBody>(&response);
    // Built in code, as the request it is.
    let body =
        ops::SubmitFeedbackRequestBody::new(ops::SubmitFeedbackRequestBodyType::Positive, "m1")
            .with_created_at("2024-05-01T10:00:00Z");
    assert_eq!(body.reasons, Tristate::Absent);
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"type": "positive", "messageId": "m1", "createdAt": "2024-05-01T10:00:00Z"})
    );
    // `createdAt` is a `date-time`: validate() checks it.
    let late = body.with_created_at("yesterday");
    assert!(late.validate().is_err());
}

#[test]
fn search_statistics_response_bodies() {
    round_trips::<ops::TopSearchQueriesResponseBody>(&[
        json!({"data": {"result": [], "total": 0}}),
        json!({"data": {"result": [{"search_query": "sso", "count": "12"}], "total": 1.5}}),
    ]);
    round_trips::<ops::WeeklySearchUsersResponseBody>(&[
        json!({"data": {"result": [{"week": "2024-05-06", "unique_users": "3"}], "total": 1}}),
    ]);
}

/// A body that is a `$ref` is the component's type.
#[test]
fn referenced_bodies_are_the_components_types() {
    let response = ops::GetAllFeedbackResponse::decode(
        200,
        Some("application/json"),
        fixture("GetAllFeedbackResponse.full.json")
            .to_string()
            .as_bytes(),
    )
    .unwrap();
    assert!(matches!(response, ops::GetAllFeedbackResponse::Ok(_)));
    let _: Option<&inkeep::GetAllFeedbackResponse> = match &response {
        ops::GetAllFeedbackResponse::Ok(body) => Some(body),
        _ => None,
    };
}

#[test]
fn params_write_the_path_and_query() {
    type P = ops::GetConversationParams;
    assert_eq!((P::METHOD, P::PATH), ("GET", "/conversations/{id}"));
    assert_eq!(
        P::new("conv 1/2").path_and_query().unwrap(),
        "/conversations/conv%201%2F2"
    );
    let all = ops::GetAllConversationParams::new();
    assert_eq!(all.path_and_query().unwrap(), "/conversations");
    let page = all.with_limit(10).with_offset(20);
    assert_eq!(
        page.path_and_query().unwrap(),
        "/conversations?limit=10&offset=20"
    );
    let top = ops::TopSearchQueriesParams::new().with_project_id("p&q");
    assert_eq!(
        top.path_and_query().unwrap(),
        "/query/top-search-queries?project_id=p%26q"
    );
    assert!(top.headers().unwrap().is_empty());
    assert_eq!(ops::SubmitFeedbackParams::METHOD, "POST");
}

#[test]
fn responses_decode_by_status() {
    type R = ops::GetConversationResponse;
    let conversation = fixture("OpenAIConversation.seed.json").to_string();
    let ok = R::decode(
        200,
        Some("application/json; charset=utf-8"),
        conversation.as_bytes(),
    )
    .unwrap();
    // A large body is boxed (clippy's `large_enum_variant`).
    assert!(matches!(ok, R::Ok(ref c) if matches!(**c, Conversation::Openai(_))));
    let problem = r#"{"title":"Not Found","status":404,"detail":"no such conversation","code":"not_found","error":{"code":"not_found","message":"m"}}"#;
    let missing = R::decode(404, Some("application/problem+json"), problem.as_bytes()).unwrap();
    assert!(matches!(missing, R::NotFound(ref p) if p.detail == "no such conversation"));
    // Undocumented: kept as it came.
    let teapot = R::decode(418, Some("text/plain"), b"short and stout").unwrap();
    assert_eq!(
        teapot,
        R::Undocumented {
            status: 418,
            body: b"short and stout".to_vec()
        }
    );
    // What failed, and at which status.
    let error = R::decode(200, Some("application/json"), br#"{"type":"openai"}"#).unwrap_err();
    assert_eq!(error.status(), 200);
    let html = R::decode(404, Some("text/html"), b"<h1>Not found</h1>").unwrap_err();
    assert_eq!(
        html.to_string(),
        "status 404: expected a JSON body, got `text/html`"
    );
    // Text bodies are text.
    let csv = ops::ExportSemanticThreadsQueryResultsResponse::decode(
        200,
        Some("text/csv"),
        b"a,b\n1,2\n",
    )
    .unwrap();
    assert_eq!(
        csv,
        ops::ExportSemanticThreadsQueryResultsResponse::Ok("a,b\n1,2\n".to_owned())
    );
}

/// The 16 operations of the spec, each with its parameters and responses.
#[test]
fn every_operation_has_its_types() {
    let methods = [
        ops::LogConversationParams::METHOD,
        ops::GetAllConversationParams::METHOD,
        ops::GetConversationParams::METHOD,
        ops::DeleteConversationParams::METHOD,
        ops::GetConversationByExternalIdParams::METHOD,
        ops::SubmitFeedbackParams::METHOD,
        ops::GetAllFeedbackParams::METHOD,
        ops::LogEventParams::METHOD,
        ops::QueryConversationsParams::METHOD,
        ops::QueryEventsParams::METHOD,
        ops::QuerySemanticThreadsParams::METHOD,
        ops::ExportSemanticThreadsQueryResultsParams::METHOD,
        ops::QueryPropertyKeysParams::METHOD,
        ops::QueryPropertyValuesParams::METHOD,
        ops::TopSearchQueriesParams::METHOD,
        ops::WeeklySearchUsersParams::METHOD,
    ];
    assert_eq!(methods.iter().filter(|m| **m == "GET").count(), 6);
    assert_eq!(methods.iter().filter(|m| **m == "POST").count(), 9);
    assert_eq!(methods.iter().filter(|m| **m == "DELETE").count(), 1);
}

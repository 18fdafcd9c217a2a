//! The operation types against a real HTTP server on loopback, through a
//! common client (`ureq`): what `Params` and a body build is what the server
//! receives, and what it answers decodes by status, an error status too.

use openapi_models::inkeep::{operations as ops, Conversation};
use openapi_models_tests::loopback::{self, Server};

fn url(server: &Server, path_and_query: &str) -> String {
    format!("{}{path_and_query}", server.base)
}

#[test]
fn requests_built_from_the_types_reach_the_server_and_replies_decode() {
    let server = Server::start(loopback::inkeep).expect("a loopback port");

    // 200 with a body.
    let params = ops::GetConversationParams::new("conv_9f2c1a");
    let target = params.path_and_query().unwrap();
    let (status, content_type, body) = loopback::send(
        ops::GetConversationParams::METHOD,
        &url(&server, &target),
        &params.headers().unwrap(),
        None,
    )
    .unwrap();
    let reply = ops::GetConversationResponse::decode(status, content_type.as_deref(), &body);
    assert!(
        matches!(reply, Ok(ops::GetConversationResponse::Ok(ref c)) if matches!(**c, Conversation::Openai(_))),
        "{reply:?}"
    );

    // 404: the problem document, typed.
    let params = ops::GetConversationParams::new("no such/id");
    let target = params.path_and_query().unwrap();
    assert_eq!(target, "/conversations/no%20such%2Fid");
    let (status, content_type, body) =
        loopback::send("GET", &url(&server, &target), &[], None).unwrap();
    match ops::GetConversationResponse::decode(status, content_type.as_deref(), &body).unwrap() {
        ops::GetConversationResponse::NotFound(problem) => {
            assert_eq!(problem.detail, "No conversation with this id");
        }
        other => panic!("expected NotFound, got {other:?}"),
    }

    // A query, and the list body.
    let params = ops::GetAllConversationParams::new()
        .with_limit(10)
        .with_offset(0);
    let target = params.path_and_query().unwrap();
    let (status, content_type, body) =
        loopback::send("GET", &url(&server, &target), &[], None).unwrap();
    match ops::GetAllConversationResponse::decode(status, content_type.as_deref(), &body).unwrap() {
        ops::GetAllConversationResponse::Ok(list) => assert_eq!(list.conversations.len(), 1),
        other => panic!("expected Ok, got {other:?}"),
    }

    // A JSON request body, and the saved feedback back.
    let feedback =
        ops::SubmitFeedbackRequestBody::new(ops::SubmitFeedbackRequestBodyType::Negative, "msg_1")
            .with_reasons(vec![ops::SubmitFeedbackRequestBodyReasonsItem::new(
                "wrong", "outdated",
            )]);
    let sent = serde_json::to_string(&feedback).unwrap();
    let params = ops::SubmitFeedbackParams::new();
    let (status, content_type, body) = loopback::send(
        ops::SubmitFeedbackParams::METHOD,
        &url(&server, &params.path_and_query().unwrap()),
        &[],
        Some(sent.clone()),
    )
    .unwrap();
    match ops::SubmitFeedbackResponse::decode(status, content_type.as_deref(), &body).unwrap() {
        ops::SubmitFeedbackResponse::Ok(saved) => {
            assert_eq!(
                (saved.id.as_str(), saved.message_id.as_str()),
                ("fb_1", "msg_1")
            );
            assert_eq!(saved.reasons.value().map(Vec::len), Some(1));
        }
        other => panic!("expected Ok, got {other:?}"),
    }

    // An undocumented status is kept with its body.
    let (status, content_type, body) =
        loopback::send("GET", &url(&server, "/nowhere"), &[], None).unwrap();
    assert_eq!(
        ops::GetConversationResponse::decode(status, content_type.as_deref(), &body).unwrap(),
        ops::GetConversationResponse::Undocumented {
            status: 418,
            body: b"no such endpoint here".to_vec()
        }
    );

    // What the server saw is what the types built.
    let received = server.received();
    let seen: Vec<(&str, &str)> = received
        .iter()
        .map(|r| (r.method.as_str(), r.target.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("GET", "/conversations/conv_9f2c1a"),
            ("GET", "/conversations/no%20such%2Fid"),
            ("GET", "/conversations?limit=10&offset=0"),
            ("POST", "/feedback"),
            ("GET", "/nowhere"),
        ]
    );
    assert_eq!(received[3].body, sent);
}

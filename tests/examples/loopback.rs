//! Calls a few Inkeep Analytics endpoints of a server on loopback with the
//! operation types of `openapi_models::inkeep::operations`, through
//! `ureq`, a common HTTP client: the request from `Params` (method, path
//! and query, headers) and a body, the reply decoded into the operation's
//! `Response`.
//!
//! ```text
//! cargo run -p openapi-models-tests --example loopback
//! ```

use std::error::Error;

use openapi_models::inkeep::operations as ops;
use openapi_models_tests::loopback::{self, Server};

fn main() -> Result<(), Box<dyn Error>> {
    let server = Server::start(loopback::inkeep)?;

    // GET /conversations/{id}
    for id in ["conv_9f2c1a", "conv_gone"] {
        let params = ops::GetConversationParams::new(id);
        let url = format!("{}{}", server.base, params.path_and_query()?);
        let (status, content_type, body) = loopback::send(
            ops::GetConversationParams::METHOD,
            &url,
            &params.headers()?,
            None,
        )?;
        match ops::GetConversationResponse::decode(status, content_type.as_deref(), &body)? {
            ops::GetConversationResponse::Ok(conversation) => {
                println!("{id}: {conversation:?}");
            }
            ops::GetConversationResponse::NotFound(problem) => {
                println!(
                    "{id}: {} {}: {}",
                    problem.status, problem.title, problem.detail
                );
            }
            other => println!("{id}: {other:?}"),
        }
    }

    // POST /feedback with a body built in code.
    let params = ops::SubmitFeedbackParams::new();
    let feedback =
        ops::SubmitFeedbackRequestBody::new(ops::SubmitFeedbackRequestBodyType::Positive, "msg_1");
    let url = format!("{}{}", server.base, params.path_and_query()?);
    let (status, content_type, body) = loopback::send(
        ops::SubmitFeedbackParams::METHOD,
        &url,
        &params.headers()?,
        Some(serde_json::to_string(&feedback)?),
    )?;
    if let ops::SubmitFeedbackResponse::Ok(saved) =
        ops::SubmitFeedbackResponse::decode(status, content_type.as_deref(), &body)?
    {
        println!(
            "feedback {} saved for message {}",
            saved.id, saved.message_id
        );
    }
    Ok(())
}

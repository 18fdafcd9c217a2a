//! `openapi_models::from_str` and its siblings say where the JSON is
//! wrong: the path through structs, arrays, maps and both kinds of unions,
//! whatever the order of an object's keys.

mod unions {
    openapi_models::include_models!("constructs/unions.yaml");
}

mod types {
    openapi_models::include_models!("constructs/types.yaml");
}

/// The path and message of reading `json` as `T`.
fn error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> (String, String) {
    let error = openapi_models::from_str::<T>(json).expect_err("the JSON is wrong");
    (error.path().to_owned(), error.message().to_owned())
}

#[test]
fn a_tagged_union_keeps_the_path_whatever_the_key_order() {
    // The tag first: the member reads the input as it comes.
    let (path, message) =
        error::<unions::Holder>(r#"{"pet": {"kind": "cat", "meows": 3}, "maybe": null}"#);
    assert_eq!(path, "pet.meows");
    assert!(
        message.contains("invalid type: integer `3`, expected a boolean"),
        "{message}"
    );
    // The tag last: what came before it was buffered, and still says where.
    let (path, message) =
        error::<unions::Holder>(r#"{"pet": {"meows": 3, "kind": "cat"}, "maybe": null}"#);
    assert_eq!(path, "pet.meows");
    assert!(
        message.contains("invalid type: integer `3`, expected a boolean"),
        "{message}"
    );
}

#[test]
fn an_untagged_union_points_where_its_likeliest_member_failed() {
    // Several members of one shape, nested: where the deepest reading failed.
    let (path, message) = error::<unions::Node>(r#"{"next": {"next": {"v": 5}}}"#);
    assert_eq!(path, "next.next.v");
    assert!(
        message.contains("no variant of `Node` matches"),
        "{message}"
    );
    // One member for the shape: its own path.
    let (path, _) = error::<unions::Content>(r#"["a", 2]"#);
    assert_eq!(path, "[1]");
    // No member for the shape: the union itself.
    let (path, message) =
        error::<unions::Holder>(r#"{"pet": {"kind": "dog", "barks": true}, "maybe": [1]}"#);
    assert_eq!(path, "maybe");
    assert!(message.contains("MaybeContent"), "{message}");
}

#[test]
fn structs_arrays_and_maps_are_in_the_path() {
    let (path, _) = error::<types::Limits>(r#"{"extra": {"a": 1, "b": "x"}}"#);
    assert_eq!(path, "extra.b");
    let (path, _) = error::<types::Limits>(r#"{"tags": ["a", 3]}"#);
    assert_eq!(path, "tags[1]");
    let (path, message) = error::<types::Limits>("{}  x");
    assert_eq!(path, "");
    assert!(message.contains("trailing characters"), "{message}");
}

#[test]
fn an_inkeep_conversation_says_which_message() {
    let mut conversation: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::support::repo().join("runtime/examples/conversation.json"))
            .expect("the example conversation"),
    )
    .expect("JSON");
    conversation["messages"][1]["role"] = serde_json::json!(42);
    let text = serde_json::to_string(&conversation).expect("text");
    let error = openapi_models::from_str::<openapi_models::inkeep::OpenAIConversation>(&text)
        .expect_err("a role is text");
    assert_eq!(error.path(), "messages[1].role");
    let value =
        openapi_models::from_value::<openapi_models::inkeep::OpenAIConversation>(conversation)
            .expect_err("a role is text");
    assert_eq!(value.path(), "messages[1].role");
    assert_eq!(value.line(), 0);
    let shown = error.to_string();
    assert!(shown.starts_with("at `messages[1].role`: "), "{shown}");
    assert!(shown.contains("(line 1, column"), "{shown}");
}

#[test]
fn an_object_stops_at_its_first_error() {
    // Two wrong values: the first is the one reported.
    let (path, message) = error::<types::Limits>(r#"{"count": "two", "tags": [3]}"#);
    assert_eq!(path, "count");
    assert!(message.contains("invalid type: string"), "{message}");
    // Nothing after the first error is read: the text breaking off later
    // is not what is reported.
    let (path, message) = error::<types::Limits>(r#"{"tags": [3], "name": "ab", "count"#);
    assert_eq!(path, "tags[0]");
    assert!(message.contains("invalid type: integer `3`"), "{message}");
    // An error inside a map ends the object holding it.
    let (path, _) = error::<types::Limits>(r#"{"extra": {"a": "x", "b": "y"}, "count": "z"}"#);
    assert_eq!(path, "extra.a");
    // So does one inside a nested generated struct, and the required
    // fields left unread are not what is reported.
    let (path, message) = error::<types::Everything>(
        r#"{"implicitObject": {"a": 1, "b": 2}, "serverId": 3, "password": "x"}"#,
    );
    assert_eq!(path, "implicitObject.a");
    assert!(message.contains("invalid type: integer `1`"), "{message}");
}

#[test]
fn a_required_field_of_the_wrong_type_is_not_missing() {
    let (path, message) = error::<types::Tally>(r#"{"total": "x"}"#);
    assert_eq!(path, "total");
    assert!(message.contains("invalid type: string"), "{message}");
}

#[test]
fn a_field_given_twice_is_refused() {
    let (path, message) = error::<types::Limits>(r#"{"name": "ab", "count": 2, "name": "cd"}"#);
    assert!(message.contains("duplicate field `name`"), "{message}");
    // The object's own path, as serde's derive reports it.
    assert_eq!(path, "");
    // A required field missing: named, once the object is read whole.
    let (_, message) = error::<types::Tally>(r#"{"extra": 1}"#);
    assert!(message.contains("missing field `total`"), "{message}");
}

#[test]
fn the_first_missing_required_field_is_named() {
    // As serde's derive does: the first in the struct's order, whatever
    // the order of the keys that came.
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Reference {
        pet: serde_json::Value,
        maybe: serde_json::Value,
    }
    for json in [
        r#"{}"#,
        r#"{"x": 1}"#,
        r#"{"pet": {"kind": "cat", "meows": true}}"#,
    ] {
        let (path, ours) = error::<unions::Holder>(json);
        let (_, reference) = error::<Reference>(json);
        assert_eq!(ours, reference, "{json}");
        assert_eq!(path, "", "{json}");
    }
    let (_, message) = error::<unions::Holder>("{}");
    assert!(message.contains("missing field `pet`"), "{message}");
    let (_, message) = error::<unions::Holder>(r#"{"pet": {"kind": "cat", "meows": true}}"#);
    assert!(message.contains("missing field `maybe`"), "{message}");
    // A value that fails comes before any missing field.
    let (path, message) = error::<unions::Holder>(r#"{"maybe": [1]}"#);
    assert_eq!(path, "maybe");
    assert!(!message.contains("missing field"), "{message}");
}

#[test]
fn writing_stops_at_the_first_error_and_returns_it() {
    let limits: types::Limits = serde_json::from_str(
        r#"{"name": "ab", "count": 2, "ratio": 0.5, "tags": ["a"], "extra": {"k": 1}, "more": [1]}"#,
    )
    .expect("valid");
    let writes = crate::support::json::stops_at_the_first_failed_write(&limits);
    assert!(writes > 5, "{writes} writes");
}

//! Operations: parameters of every location and style, inherited and
//! overridden; responses by code, range and `default`; inline, referenced,
//! text and binary bodies; names from the method and path; webhooks; a
//! component named like a response enum; and `operations = [...]`.

use openapi_models::Validate;

mod spec {
    openapi_models::include_models!("constructs/operations.yaml");
}

use spec::operations as ops;

#[test]
fn parameters_write_by_location_and_style() {
    let params = ops::GetPetParams::new(7, "t-1")
        .with_fields(vec!["name".to_owned(), "id".to_owned()])
        .with_filter(
            ops::GetPetParamsFilter::new()
                .with_color("red")
                .with_size(2),
        )
        .with_session("s 1");
    assert_eq!(
        params.path_and_query().unwrap(),
        "/pets/7?fields=name,id&filter[color]=red&filter[size]=2"
    );
    assert_eq!(
        params.headers().unwrap(),
        [
            ("X-Trace", "t-1".to_owned()),
            ("Cookie", "session=s%201".to_owned())
        ]
    );
    // `label` in the path, `pipeDelimited` in the query.
    let photo = ops::PutPhotoParams::new("a b").with_tags(vec!["x".to_owned(), "y".to_owned()]);
    assert_eq!(
        photo.path_and_query().unwrap(),
        "/pets/.a%20b/photo?tags=x|y"
    );
    assert_eq!(ops::PutPhotoParams::METHOD, "PUT");
}

#[test]
fn responses_by_code_range_and_default() {
    type R = ops::GetPetResponse;
    let pet = R::decode(200, None, br#"{"id": 1, "name": "Rex"}"#).unwrap();
    assert_eq!(pet, R::Ok(spec::Pet::new(1, "Rex")));
    assert_eq!(R::decode(404, None, b"").unwrap(), R::NotFound);
    let client = R::decode(409, Some("application/json"), br#"{"message": "busy"}"#).unwrap();
    assert!(matches!(client, R::Status4XX(ref body) if body.message.as_deref() == Some("busy")));
    let other = R::decode(503, Some("text/plain"), b"down").unwrap();
    assert_eq!(other, R::Default("down".to_owned()));
    // Two inline bodies: each named by its status.
    let created = ops::PutPhotoResponse::decode(201, None, br#"{"url": "u"}"#).unwrap();
    assert_eq!(
        created,
        ops::PutPhotoResponse::Created(ops::PutPhoto201ResponseBody::new("u"))
    );
    let _: ops::PutPhoto200ResponseBody = ops::PutPhoto200ResponseBody::new(3);
}

#[test]
fn bodies_names_and_webhooks() {
    // A request body written inline, with its constraints.
    assert!(ops::SearchRequestBody::new("").validate().is_err());
    assert!(ops::SearchRequestBody::new("rex").validate().is_ok());
    // An array body is an alias of the component's type.
    let found: ops::SearchResponseBody = vec![spec::Pet::new(1, "Rex")];
    assert_eq!(
        ops::SearchResponse::decode(200, None, br#"[{"id": 1, "name": "Rex"}]"#).unwrap(),
        ops::SearchResponse::Ok(found)
    );
    // The component of the same name is another type.
    let _: spec::SearchResponse = spec::SearchResponse::default();
    // No operationId: named from method and path.
    assert_eq!(
        ops::DeletePetsPetIdParams::new(7).path_and_query().unwrap(),
        "/pets/7"
    );
    assert_eq!(
        ops::DeletePetsPetIdResponse::decode(204, None, b"").unwrap(),
        ops::DeletePetsPetIdResponse::NoContent
    );
    // A webhook: its name for a path.
    assert_eq!(
        (
            ops::PostPetAdoptedParams::METHOD,
            ops::PostPetAdoptedParams::PATH
        ),
        ("POST", "petAdopted")
    );
}

/// A form body is typed, and written as form fields with nested objects
/// and lists in brackets.
#[test]
fn form_bodies_are_typed_and_written_as_forms() {
    type B = ops::CreateChargeRequestBody;
    assert_eq!(
        ops::CreateChargeParams::REQUEST_CONTENT_TYPE,
        Some("application/x-www-form-urlencoded")
    );
    let body = B::new(100)
        .with_expand(vec!["customer".to_owned(), "invoice".to_owned()])
        .with_metadata([("plan".to_owned(), "pro plus".to_owned())].into())
        .with_items(vec![ops::CreateChargeRequestBodyItemsItem::new()
            .with_price("p_1")
            .with_quantity(2)]);
    assert_eq!(
        openapi_models::params::form(&body).unwrap(),
        "amount=100&expand=customer&expand=invoice&metadata[plan]=pro%20plus&items[0][price]=p_1&items[0][quantity]=2"
    );
    assert_eq!(
        openapi_models::params::form(&B::new(1)).unwrap(),
        "amount=1"
    );
    assert_eq!(
        ops::SearchParams::REQUEST_CONTENT_TYPE,
        Some("application/json")
    );
    assert_eq!(ops::GetPetParams::REQUEST_CONTENT_TYPE, None);
}

/// `operations = [...]` generates those operations and the schemas they
/// reach; `operations = false`, none.
#[test]
fn operations_select_what_they_reach() {
    let spec = crate::support::repo().join("tests/constructs/operations.yaml");
    let names = |options: &openapi_models_codegen::Options| {
        let output = openapi_models_codegen::render(
            &openapi_models_codegen::load::FileSystem,
            &spec,
            "operations.yaml",
            options,
        );
        assert!(output.errors.is_empty(), "{:?}", output.errors);
        let types: Vec<String> = output
            .model
            .types
            .iter()
            .map(|t| t.name.to_string())
            .collect();
        let operations: Vec<String> = output
            .model
            .operations
            .iter()
            .map(|o| o.name.clone())
            .collect();
        (types, operations)
    };
    let mut only = openapi_models_codegen::Options::default();
    only.select_operations(vec!["search".to_owned()]).unwrap();
    let (types, operations) = names(&only);
    assert_eq!(operations, ["Search"]);
    assert_eq!(
        types,
        [
            "Pet",
            "SearchParams",
            "SearchRequestBody",
            "SearchResponseBody"
        ]
    );
    let mut none = openapi_models_codegen::Options::default();
    none.all_operations(false);
    let (types, operations) = names(&none);
    assert!(operations.is_empty());
    assert_eq!(types, ["Pet", "SearchResponse", "Unreached"]);
    // An unknown id is an error that names it.
    let mut unknown = openapi_models_codegen::Options::default();
    unknown.select_operations(vec!["serch".to_owned()]).unwrap();
    let output = openapi_models_codegen::render(
        &openapi_models_codegen::load::FileSystem,
        &spec,
        "operations.yaml",
        &unknown,
    );
    assert_eq!(output.errors.len(), 1);
    assert!(
        output.errors[0]
            .to_string()
            .contains("no operation `serch`"),
        "{}",
        output.errors[0]
    );
}

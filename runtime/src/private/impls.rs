//! Declarative macros for what the macro's output would otherwise write word
//! for word for every type of a kind: a closed string enum's trait impls, a
//! struct's `Deserialize`, an operation's constants and the headers of its
//! methods. The macro names only what differs (the type; the method, path
//! and bodies), and rustc expands them itself. The build script and the CLI
//! write the same impls out (`Options::readable`).
//!
//! Only where it costs rustc nothing: an incremental `cargo check` of Stripe's
//! models takes as long with these as with the impls written out (1.00–1.03×,
//! within the machine's noise; the same peak memory). rustc parses what a
//! `macro_rules!` writes a second time, so where there is much of it the
//! hand-over it saves is less than that: struct serde impls with their bodies
//! cost 7–11% more time and 36–50 MB more memory, setters 5–8% and 6–11 MB
//! (2026-12-01), so they stay written out.
//!
//! A body is passed as one token tree (`{ .. }`), placed as it is; the names
//! it uses (`self`, the request's parameters) are passed in, since a
//! `macro_rules!` local is invisible to tokens written at the call site.

/// The trait impls of a string enum that lists every value it takes
/// (`ALL` and `as_str` are the type's own): parsed and read from one of
/// those values, written and displayed as it, nothing more to validate.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_str_enum {
    ($(#[$attr:meta])* $ty:ident) => {
        $(#[$attr])*
        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = $crate::UnknownValue;
            fn from_str(value: &str) -> ::core::result::Result<Self, $crate::UnknownValue> {
                $crate::__private::de::parse_str(value, &Self::ALL, Self::as_str)
                    .ok_or_else(|| $crate::UnknownValue::new(value))
            }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<__S>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D>(deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::de::closed_str_enum(deserializer, &Self::ALL, Self::as_str)
            }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl $crate::Validate for $ty {}
    };
}

/// A struct's `Deserialize`, through its `object::Read` (the runtime's one
/// visitor for every struct).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_deserialize {
    ($(#[$attr:meta])* $ty:ident) => {
        $(#[$attr])*
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D>(deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::object::deserialize(deserializer)
            }
        }
    };
}

/// An operation's request constants and methods, given the bodies of
/// `path_and_query` and `headers`:
/// `impl_request! { Params "GET" "/path" (None) |self| { .. } { .. } }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_request {
    ($(#[$attr:meta])* $ty:ident $method:literal $path:literal ($($content:tt)*) |$this:tt| $path_and_query:tt $headers:tt) => {
        $(#[$attr])*
        impl $ty {
            #[doc = ::core::concat!(" `", $method, "`.")]
            pub const METHOD: &'static str = $method;
            #[doc = " The path template, as the document writes it."]
            pub const PATH: &'static str = $path;
            #[doc = " The request body's media type, if it has one (a form is written by `openapi_models::params::form`)."]
            pub const REQUEST_CONTENT_TYPE: ::core::option::Option<&'static str> =
                ::core::option::Option::$($content)*;
            #[doc = " The path with the path parameters in place, then the query string (`?` and the query parameters, if any are set)."]
            pub fn path_and_query(
                &$this,
            ) -> ::core::result::Result<::std::string::String, $crate::params::ParamError>
            $path_and_query
            #[doc = " The header parameters that are set (cookie parameters in one `Cookie` header), as (name, value)."]
            pub fn headers(
                &$this,
            ) -> ::core::result::Result<
                ::std::vec::Vec<(&'static str, ::std::string::String)>,
                $crate::params::ParamError,
            >
            $headers
        }
    };
}

/// An operation's `decode`, given its body:
/// `impl_response! { Response |__status, __content_type, __body| { .. } }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response {
    ($(#[$attr:meta])* $ty:ident |$status:ident, $content_type:ident, $body:ident| $decode:tt) => {
        $(#[$attr])*
        impl $ty {
            #[doc = " Reads a response from its status, `Content-Type` and body: an error says which status and what failed; a status the document does not describe is kept as it came."]
            pub fn decode(
                $status: ::core::primitive::u16,
                $content_type: ::core::option::Option<&str>,
                $body: &[::core::primitive::u8],
            ) -> ::core::result::Result<Self, $crate::ResponseError>
            $decode
        }
    };
}

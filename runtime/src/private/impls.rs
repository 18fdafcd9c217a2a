//! Declarative macros for what generated code writes word for word for every
//! type of a kind: trait impl headers, the impls of a string enum, setters.
//! Generated code names only what differs (the type, its wire names, the
//! bodies). They expand in the user's crate to the code they stand for, by
//! rustc itself: no proc-macro bridge to cross, no text to print and parse.
//!
//! Bodies come from the caller, so the names they use (`self`, the
//! serializer, the map) are passed in: a `macro_rules!` local is invisible to
//! tokens written at the call site.

/// `Serialize` and `Deserialize` with the given bodies:
/// `impl_serde! { Type |self, __serializer| { .. } |__deserializer| { .. } }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($(#[$attr:meta])* $ty:ident |$this:tt, $ser:ident| { $($write:tt)* } |$de:ident| { $($read:tt)* }) => {
        $(#[$attr])*
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<__S>(&$this, $ser: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                $($write)*
            }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D>($de: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $($read)*
            }
        }
    };
}

/// A struct's `Serialize` through the runtime's `object::Writer`, and its
/// `Deserialize` through `object::Read` (the runtime's one visitor for every
/// struct), given what the writer writes and how entries are read:
/// `impl_object! { Type "Type" |self, __w| { .. } |__r| { .. } }`. The
/// reading body finds `__o` (`object`) and `None` imported.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_object {
    ($(#[$attr:meta])* $ty:ident $name:literal |$this:tt, $w:ident| { $($write:tt)* } |$r:ident| { $($read:tt)* }) => {
        $crate::__private::impl_serde! {
            $(#[$attr])* $ty |$this, serializer| {
                let mut $w = $crate::__private::object::Writer::begin(serializer)?;
                $($write)*
                $w.end()
            }
            |deserializer| { $crate::__private::object::deserialize(deserializer) }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl<'de> $crate::__private::object::Read<'de> for $ty {
            const NAME: &'static str = $name;
            fn read<__A>(map: __A) -> ::core::result::Result<Self, __A::Error>
            where
                __A: $crate::__private::serde::de::MapAccess<'de>,
            {
                use $crate::__private::object as __o;
                use ::core::option::Option::None;
                let mut $r = __o::Entries::new(map);
                $($read)*
            }
        }
    };
}

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
        $crate::__private::impl_serde! {
            $(#[$attr])* $ty |self, serializer| { serializer.serialize_str(self.as_str()) }
            |deserializer| {
                $crate::__private::de::closed_str_enum(deserializer, &Self::ALL, Self::as_str)
            }
        }
        $(#[$attr])*
        #[automatically_derived]
        impl $crate::Validate for $ty {}
    };
}

/// A struct's `with_<field>` setters, one entry each:
/// `#[deprecated]? <how> "<wire name>" <field> <setter> [T];` takes
/// `impl Into<T>`, `(T)` takes `T` as it is (numbers and collections, so
/// that literals infer). `<how>` is the runtime function that stores it:
/// `some`, `value` (a `Tristate`) or `required`.
#[doc(hidden)]
#[macro_export]
macro_rules! __setters {
    ($($(#[$attr:meta])* $how:ident $wire:literal $field:ident $setter:ident $([$($into:tt)*])? $(($($plain:tt)*))?;)*) => {
        $(
            #[doc = ::core::concat!(" Sets `", $wire, "`.")]
            $(#[$attr])*
            #[must_use]
            pub fn $setter(
                mut self,
                value: $(impl ::core::convert::Into<$($into)*>)? $($($plain)*)?,
            ) -> Self {
                self.$field = $crate::__private::$how(value);
                self
            }
        )*
    };
}

/// An operation's request constants and methods, given the bodies of
/// `path_and_query` and `headers`:
/// `impl_request! { Params "GET" "/path" (None) |self| { .. } { .. } }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_request {
    ($(#[$attr:meta])* $ty:ident $method:literal $path:literal ($($content:tt)*) |$this:tt| { $($path_and_query:tt)* } { $($headers:tt)* }) => {
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
            ) -> ::core::result::Result<::std::string::String, $crate::params::ParamError> {
                $($path_and_query)*
            }
            #[doc = " The header parameters that are set (cookie parameters in one `Cookie` header), as (name, value)."]
            pub fn headers(
                &$this,
            ) -> ::core::result::Result<
                ::std::vec::Vec<(&'static str, ::std::string::String)>,
                $crate::params::ParamError,
            > {
                $($headers)*
            }
        }
    };
}

/// An operation's `decode`, given its body:
/// `impl_response! { Response |__status, __content_type, __body| { .. } }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response {
    ($(#[$attr:meta])* $ty:ident |$status:ident, $content_type:ident, $body:ident| { $($decode:tt)* }) => {
        $(#[$attr])*
        impl $ty {
            #[doc = " Reads a response from its status, `Content-Type` and body: an error says which status and what failed; a status the document does not describe is kept as it came."]
            pub fn decode(
                $status: ::core::primitive::u16,
                $content_type: ::core::option::Option<&str>,
                $body: &[::core::primitive::u8],
            ) -> ::core::result::Result<Self, $crate::ResponseError> {
                $($decode)*
            }
        }
    };
}

//! Short names for what the macro's output uses most, glob-imported at its
//! top (`use ::openapi_models::__private::names::*;`) and written instead of
//! the absolute paths: the same items, less text for rustc. Every name
//! starts with `__`, which no generated name does. The codegen's
//! `emit/paths.rs` lists the same pairs (a test compares the two).

pub use crate as __om;
pub use crate::__private as __rt;
pub use ::core::clone::Clone as __Clone;
pub use ::core::cmp::Eq as __Eq;
pub use ::core::cmp::Ord as __Ord;
pub use ::core::cmp::PartialEq as __PartialEq;
pub use ::core::cmp::PartialOrd as __PartialOrd;
pub use ::core::convert::From as __From;
pub use ::core::convert::Into as __Into;
pub use ::core::default::Default as __Default;
pub use ::core::fmt::Debug as __Debug;
pub use ::core::hash::Hash as __Hash;
pub use ::core::marker::Copy as __Copy;
pub use ::core::option::Option as __Option;
pub use ::core::primitive::bool as __bool;
pub use ::core::primitive::i16 as __i16;
pub use ::core::primitive::i32 as __i32;
pub use ::core::primitive::i64 as __i64;
pub use ::core::primitive::i8 as __i8;
pub use ::core::primitive::u16 as __u16;
pub use ::core::primitive::u32 as __u32;
pub use ::core::primitive::u64 as __u64;
pub use ::core::primitive::u8 as __u8;
pub use ::core::result::Result as __Result;
pub use ::std::boxed::Box as __Box;
pub use ::std::collections::BTreeMap as __BTreeMap;
pub use ::std::string::String as __String;
pub use ::std::vec::Vec as __Vec;

//! Tokens as rust-analyzer counts them. A file of its own because `edit`'s
//! scratch crates include it by path (`#[path]`), to count the same way
//! with another tree's generator.

use proc_macro2::{TokenStream, TokenTree};

/// Every leaf, and a group's two delimiters.
pub fn count(stream: TokenStream) -> usize {
    stream
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 2 + count(group.stream()),
            _ => 1,
        })
        .sum()
}

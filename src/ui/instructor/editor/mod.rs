//! The deck editor page: `action.rs` (what can happen), `state.rs` (the
//! document being edited and its `apply`, no egui), and drawing only in
//! `view.rs` (the page), `cards.rs` (card list and form), `stack.rs` (the
//! Stack tab), `paste.rs` (the paste panel) and `fields.rs` (their fields).

pub mod action;
mod cards;
mod fields;
mod paste;
mod stack;
pub mod state;
pub mod view;

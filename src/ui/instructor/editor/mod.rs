//! The deck editor page: `action.rs` (what can happen), `state.rs` (the
//! document being edited and its `apply`, no egui), and drawing only in
//! `view.rs` (the page), `cards.rs` (card list and form), `stack.rs` (the
//! Stack tab), `paste.rs` (the paste panel), `fields.rs` (their fields), `guide.rs`
//! (the deck format guide, `content/README.md` carried in the binary) and
//! `changed.rs` (the question asked when the deck's file changed on disk
//! since it was opened).

pub mod action;
mod cards;
mod changed;
mod fields;
pub mod guide;
mod paste;
mod stack;
pub mod state;
pub mod view;

//! The deck editor page: `action.rs` (what can happen), `state.rs` (the
//! document being edited and its `apply`, no egui), `files.rs` (saving,
//! drafts and exporting, more of `EditorState`'s methods), and drawing only
//! in `view.rs` (the page), `cards.rs` (card list and form), `stack.rs` (the
//! Stack tab), `paste.rs` (the paste panel), `fields.rs` (their fields), `guide.rs`
//! (the deck format guide, `content/README.md` carried in the binary) and
//! `changed.rs` (the question asked when the deck's file changed on disk
//! since it was opened); `translation.rs` edits the deck's translation
//! into another language beside the English (no egui), which `cards.rs`
//! draws under the card's English.

/// An [`state::EditorNote`] of `$kind` (`done` or `problem`) showing
/// message `$id` with the values of the variables named (each also the
/// message's variable's name). Defined before the modules so that
/// `state.rs` and `files.rs` both see it.
macro_rules! note {
    ($kind:ident, $id:literal $(, $name:ident)* $(,)?) => {
        $crate::ui::instructor::editor::state::EditorNote::$kind(
            move |tr: &$crate::i18n::Translator| $crate::tr!(tr, $id $(, $name = $name.clone())*),
        )
    };
}

pub mod action;
mod cards;
mod changed;
mod fields;
mod files;
pub mod guide;
mod paste;
mod stack;
pub mod state;
pub mod translation;
pub mod view;

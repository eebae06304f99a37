//! [`ViewCtx`], what every view may read besides its own area's state:
//! read-only, and narrow on purpose. A view gets this and its area's state,
//! never the whole [`super::AppState`], so an area depends on nothing of
//! another area; what one area asks of another goes through an
//! [`super::Action`]. The translator lives here: views show text through
//! `tr!(ctx.tr, "message-id")`.

use crate::i18n::Translator;
use crate::model::browse::CardIndex;
use crate::model::clock::Clock;
use crate::model::progress::Progress;
use crate::model::{CardRef, Catalog};

use super::file_prompt::state::FilePrompt;
use super::shared::DataFolder;

/// What every view reads: the decks, the student's progress, the time,
/// where files live, the file prompt and the cards Browse shows.
#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    /// The loaded decks.
    pub catalog: &'a Catalog,
    /// The student's history and review schedule.
    pub progress: &'a Progress,
    /// Where "now" comes from.
    pub clock: &'a Clock,
    /// Where files live; `None` keeps everything in memory.
    pub data: Option<&'a DataFolder>,
    /// The file prompt (a dialog on screen disables the file buttons).
    pub prompt: &'a FilePrompt,
    /// The cards Browse's filter shows, which the builder and Decks
    /// export ("the Browse selection").
    pub selection: &'a [CardRef],
    /// The search index over every card (built once per catalog).
    pub index: &'a CardIndex,
    /// Projector mode (large type, high contrast) is on.
    pub projector: bool,
    /// The window's language.
    pub tr: &'a Translator,
}

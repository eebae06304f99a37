//! What can happen in the deck editor.

use std::path::PathBuf;

use crate::model::Owner;
pub use crate::model::deck_edit::{CardField, DeckField, StackField};

/// The fields of the "New deck" form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewDeckForm {
    /// The deck id.
    pub id: String,
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The language the cards are written in (e.g. "en").
    pub language: String,
}

/// Something the deck editor asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum EditorAction {
    /// Change the "New deck" form.
    SetNewDeck(NewDeckForm),
    /// Start a new deck from the form.
    CreateDeck,
    /// Edit the user deck with this id, in its file.
    OpenDeck(String),
    /// Edit a copy of the loaded deck with this id (a built-in one too).
    OpenCopy(String),
    /// Edit this draft.
    OpenDraft(PathBuf),
    /// Look again for drafts in the content folder.
    Refresh,
    /// Change a field of the deck.
    SetDeckField(DeckField, String),
    /// Narrow the card list.
    SetSearch(String),
    /// Show this card (by index in the deck) in the card form.
    Select(usize),
    /// Change the text of the next card to add.
    SetNewCardText(String),
    /// Add a card with the "new card" text.
    AddCard,
    /// Copy the selected card.
    DuplicateCard,
    /// Delete the selected card (undo brings it back).
    DeleteCard,
    /// Move the selected card one place up (`true`) or down.
    MoveCard(bool),
    /// Change a text field of the selected card.
    SetCardField(CardField, String),
    /// Change the owner of the selected card.
    SetOwner(Owner),
    /// Put the selected card in this topic (by id).
    SetTopic(String),
    /// Add or remove a service (by id) of the selected card.
    ToggleService(String),
    /// Add or remove a source (by id) of the selected card.
    ToggleSource(String),
    /// Change the title of the topic to add.
    SetNewTopic(String),
    /// Add a topic with that title (and put the selected card in it).
    AddTopic,
    /// Change the title and address of the source to add.
    SetNewSource(String, String),
    /// Add that source (and cite it on the selected card).
    AddSource,
    /// Place the selected card on this layer (by id; empty: on none).
    SetCardLayer(String),
    /// Show the deck's layers and services (`true`) or its cards.
    ShowStack(bool),
    /// Change the title of the layer to add.
    SetNewLayer(String),
    /// Add a layer with that title at the top of the stack.
    AddLayer,
    /// Add the layers of the built-in decks' stack the deck lacks (Browse
    /// draws every service on that stack).
    UseBuiltinLayers,
    /// Move the layer at this index (deck order: bottom first) one place up
    /// the stack (`true`) or down.
    MoveLayer(usize, bool),
    /// Remove the layer at this index (from the services and cards too;
    /// undo brings it back).
    RemoveLayer(usize),
    /// Change the name of the service to add.
    SetNewService(String),
    /// Add a service with that name.
    AddService,
    /// Remove the service at this index (from the cards too; undo brings
    /// it back).
    RemoveService(usize),
    /// Who owns a layer (by id) for the service at this index; `None`: the
    /// layer does not apply to it.
    SetServiceLayer(usize, String, Option<Owner>),
    /// Change a text field of the layer or service at this index.
    SetStackField(usize, StackField, String),
    /// The window is to close: ask first when there are unsaved changes
    /// (then close once answered), else close (`Action::Quit`).
    BeforeClosing,
    /// The system ends the app: keep unsaved changes as a draft, then
    /// close; when no draft can be written, show the editor instead.
    KeepUnsavedAndQuit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Save into the user content folder (as a draft while it has errors).
    Save,
    /// Write the deck here.
    ExportTo(PathBuf),
    /// Edit the deck's translation into this language beside the English
    /// (`None`: none); a translation with changes is saved first.
    TranslateInto(Option<crate::i18n::Language>),
    /// Change a part of the selected card's translation.
    SetTranslation(crate::model::overlay::ItemPart, String),
    /// Mark the selected card's translation as checked against its English
    /// as it is now.
    MarkTranslationUpToDate,
    /// Open the "Paste from a spreadsheet" panel.
    OpenPaste,
    /// Show (or close) the deck format guide.
    ShowGuide(bool),
    /// Change the pasted table (the preview follows).
    SetPaste(String),
    /// Create the topics the pasted rows name that the deck lacks (or not).
    SetCreateTopics(bool),
    /// Fix one cell of a pasted row in the preview (row index, column of
    /// `table::COLUMNS`, new text); the preview is checked again.
    SetPasteCell(usize, &'static str, String),
    /// Add the good rows of the pasted table.
    AddPasted,
    /// Close the paste panel.
    ClosePaste,
    /// Close the deck (asks first when there are unsaved changes).
    Close,
    /// Answer to "unsaved changes": save, then go on.
    SaveAndGoOn,
    /// Answer to "unsaved changes": throw the changes away and go on.
    DiscardAndGoOn,
    /// Answer to "unsaved changes" (and to "the file changed"): keep
    /// editing.
    KeepEditing,
    /// Answer to "the file changed since you opened it": write this
    /// window's deck over it anyway.
    SaveOverChanged,
    /// Answer to "the file changed since you opened it": keep both, the
    /// file as the other window saved it and this window's deck as a
    /// draft.
    KeepBothAsDraft,
}

//! The deck editor's state: the deck being edited (a
//! [`crate::model::deck_edit::EditDoc`] with its undo history), its
//! problems, the card on screen, the paste panel and the question asked
//! before unsaved changes would be lost. It draws nothing.

use std::path::PathBuf;
use std::sync::Arc;

use super::action::{EditorAction, NewDeckForm};
use crate::i18n::Translator;
use crate::io::drafts;
use crate::io::fs::FileStamp;
use crate::model::deck_edit::builtin::BuiltIns;
use crate::model::deck_edit::table::{Row, TablePreview, add_rows, parse_rows, preview_with};
use crate::model::deck_edit::{EditDoc, Problems, slug, unique_id};
use crate::model::load::is_valid_id;
use crate::model::{Catalog, Origin, Source};
use crate::tr;
use crate::ui::action::{Action, Area, Note};
use crate::ui::instructor::action::{InstructorAction, Page};
use crate::ui::shared::AppData;

/// The pasted table and what it would do.
#[derive(Debug, Clone, PartialEq)]
pub struct PasteState {
    /// The text as pasted.
    pub text: String,
    /// Whether topics the deck lacks are created (else those rows are left
    /// out).
    pub create_topics: bool,
    /// The rows read from `text`, with the fixes made in the preview.
    pub rows: Vec<Row>,
    /// The rows (by index) that were left out when pasted or that were
    /// fixed since: their cells stay editable in the preview, also once
    /// the row is good, so that a field never vanishes under the typing.
    pub fixing: std::collections::BTreeSet<usize>,
    /// Each row as a card with its problems.
    pub preview: TablePreview,
    /// Why the table could not be read at all.
    pub error: Option<crate::i18n::Msg>,
}

impl Default for PasteState {
    fn default() -> Self {
        Self {
            text: String::new(),
            create_topics: true,
            rows: Vec::new(),
            fixing: Default::default(),
            preview: TablePreview::default(),
            error: None,
        }
    }
}

/// What the deck editor remembers.
#[derive(Debug, Clone, Default)]
pub struct EditorState {
    /// The deck being edited.
    pub doc: Option<EditDoc>,
    /// The deck file it was opened from (saves go back there).
    pub file: Option<PathBuf>,
    /// The draft it was opened from or last saved as (removed once the
    /// deck is saved for real).
    pub draft: Option<PathBuf>,
    /// Its problems as it is now.
    pub problems: Problems,
    /// Why the deck's id cannot be saved (another loaded deck has it).
    pub id_clash: Option<IdClash>,
    /// The card in the form (index in the deck).
    pub selected: Option<usize>,
    /// Narrows the card list.
    pub search: String,
    /// The text of the next card to add.
    pub new_card: String,
    /// The selected card's tags as typed, while they are being typed: the
    /// field shows this, not the tags parsed from it, so that a comma or a
    /// space typed last is not lost before the next tag.
    pub tags_typed: Option<(usize, String)>,
    /// The title of the next topic to add.
    pub new_topic: String,
    /// The title and address of the next source to add.
    pub new_source: (String, String),
    /// The "New deck" form.
    pub new_deck: NewDeckForm,
    /// The drafts in the content folder.
    pub drafts: Vec<PathBuf>,
    /// The paste panel, when open.
    pub paste: Option<PasteState>,
    /// Whether the deck's layers and services are shown instead of its
    /// cards.
    pub stack_open: bool,
    /// Whether the deck format guide is shown instead of the cards (or of
    /// the start page).
    pub guide_open: bool,
    /// The title of the next layer to add.
    pub new_layer: String,
    /// The name of the next service to add.
    pub new_service: String,
    /// What the last save, export or paste did.
    pub note: Option<EditorNote>,
    /// While "unsaved changes" is asked: what to do once answered.
    pub asking: Option<Vec<Action>>,
    /// The stamp of `file` when it was opened or last saved here: a save
    /// that finds another stamp knows the file changed underneath (another
    /// window saved it) and asks first.
    pub stamp: Option<FileStamp>,
    /// While "the file changed since you opened it" is asked.
    pub changed_on_disk: Option<ChangedOnDisk>,
    /// The deck's translation edited beside the English, when a language
    /// is chosen.
    pub translation: Option<TranslationEdit>,
    /// The document revision and file label `problems` were computed
    /// for: an action that changes neither (selecting a card, searching)
    /// does not validate the deck again.
    problems_of: Option<(u64, String)>,
}

/// The translation being edited, and what its file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationEdit {
    /// The language it is in.
    pub language: crate::i18n::Language,
    /// The translation as edited.
    pub doc: crate::model::overlay::DeckTranslation,
    /// The translation as its file holds it (or empty before the first
    /// save).
    pub saved: crate::model::overlay::DeckTranslation,
}

impl TranslationEdit {
    /// Whether it has changes its file does not have.
    pub fn is_dirty(&self) -> bool {
        self.doc != self.saved
    }
}

/// What the last save, export or edit did, written in the window's
/// language each time it is drawn (switching the language rewrites it).
#[derive(Clone)]
pub struct EditorNote {
    problem: bool,
    text: Arc<dyn Fn(&Translator) -> String + Send + Sync>,
}

impl EditorNote {
    /// Something was done.
    pub fn done(text: impl Fn(&Translator) -> String + Send + Sync + 'static) -> Self {
        Self {
            problem: false,
            text: Arc::new(text),
        }
    }

    /// Something went wrong.
    pub fn problem(text: impl Fn(&Translator) -> String + Send + Sync + 'static) -> Self {
        Self {
            problem: true,
            text: Arc::new(text),
        }
    }

    /// The note in `tr`'s language.
    pub fn show(&self, tr: &Translator) -> Note {
        let text = (self.text)(tr);
        if self.problem {
            Note::Problem(text)
        } else {
            Note::Done(text)
        }
    }
}

impl From<Note> for EditorNote {
    /// A note written elsewhere (by the file prompt), as it was written.
    fn from(note: Note) -> Self {
        match note {
            Note::Done(text) => Self::done(move |_| text.clone()),
            Note::Problem(text) => Self::problem(move |_| text.clone()),
        }
    }
}

impl std::fmt::Debug for EditorNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let english = (self.text)(&Translator::default());
        f.debug_struct("EditorNote")
            .field("problem", &self.problem)
            .field("english", &english)
            .finish()
    }
}

/// Another loaded deck has the id of the deck being edited (the view says
/// so in the window's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdClash {
    /// The id both decks have.
    pub id: String,
    /// Where the other deck comes from (a file, or built in).
    pub origin: String,
}

/// The question asked when the deck's file changed on disk since it was
/// opened or saved here.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangedOnDisk {
    /// The deck's file.
    pub path: PathBuf,
    /// When the save came from "unsaved changes: save": what to do once
    /// the deck is saved (the deck then closes).
    pub then: Option<Vec<Action>>,
}

impl EditorState {
    /// Whether there are changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(EditDoc::is_dirty)
            || self.translation.as_ref().is_some_and(|t| t.is_dirty())
    }

    /// Whether a question (unsaved changes, file changed) waits for an
    /// answer.
    pub fn is_asking(&self) -> bool {
        self.asking.is_some() || self.changed_on_disk.is_some()
    }

    /// Asks "unsaved changes?" when there are some: `then` runs once the
    /// question is answered with save or discard. Returns whether it asked.
    pub fn ask_before(&mut self, then: Vec<Action>) -> bool {
        if self.is_dirty() {
            self.asking = Some(then);
            true
        } else {
            false
        }
    }

    /// The indexes of the cards that match the search, in deck order.
    pub fn visible_cards(&self) -> Vec<usize> {
        let Some(doc) = &self.doc else {
            return Vec::new();
        };
        let needle = self.search.trim().to_lowercase();
        doc.deck
            .items
            .iter()
            .enumerate()
            .filter(|(_, item)| {
                needle.is_empty()
                    || item.text.to_lowercase().contains(&needle)
                    || item.id.contains(&needle)
                    || item.explanation.to_lowercase().contains(&needle)
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The file label problems are reported with.
    fn label(&self) -> String {
        self.file.as_ref().map_or_else(
            || {
                let id = self.doc.as_ref().map_or("deck", |d| d.deck.id.as_str());
                format!("{id}.ron")
            },
            |p| p.display().to_string(),
        )
    }

    /// Recomputes the problems after a change.
    pub(super) fn refresh_problems(&mut self, catalog: &Catalog) {
        let label = self.label();
        let Some(doc) = &self.doc else {
            self.problems = Problems::default();
            self.id_clash = None;
            self.problems_of = None;
            return;
        };
        let key = (doc.revision(), label);
        if self.problems_of.as_ref() != Some(&key) {
            self.problems = match &self.problems_of {
                Some((revision, old_label)) if *old_label == key.1 => {
                    doc.problems_since(&key.1, &self.problems, *revision)
                }
                _ => doc.problems(&key.1),
            };
            self.problems_of = Some(key);
        }
        self.id_clash = catalog.deck(&doc.deck.id).and_then(|loaded| {
            let same_file =
                matches!(&loaded.origin, Origin::File(p) if Some(p) == self.file.as_ref());
            (!same_file).then(|| IdClash {
                id: doc.deck.id.clone(),
                origin: crate::model::lint::origin_label(&loaded.origin),
            })
        });
        if let Some(selected) = self.selected
            && selected >= doc.deck.items.len()
        {
            self.selected = doc.deck.items.len().checked_sub(1);
        }
    }

    /// How many errors keep the deck from loading (the header's count).
    pub fn error_count(&self) -> usize {
        self.problems.errors.len() + usize::from(self.id_clash.is_some())
    }

    fn open(&mut self, doc: EditDoc, file: Option<PathBuf>, draft: Option<PathBuf>) {
        self.stamp = file.as_deref().and_then(FileStamp::of);
        self.changed_on_disk = None;
        self.problems_of = None;
        self.selected = (!doc.deck.items.is_empty()).then_some(0);
        self.doc = Some(doc);
        self.file = file;
        self.draft = draft;
        self.search.clear();
        self.paste = None;
        self.stack_open = false;
        self.new_layer.clear();
        self.new_service.clear();
        self.note = None;
        self.translation = None;
    }

    /// Closes the deck (its changes are gone: saved, kept or discarded
    /// before).
    pub(super) fn close(&mut self) {
        self.doc = None;
        self.file = None;
        self.draft = None;
        self.selected = None;
        self.paste = None;
        self.stack_open = false;
        self.asking = None;
        self.stamp = None;
        self.changed_on_disk = None;
        self.problems_of = None;
        self.translation = None;
    }
}

/// The follow-ups that show the editor page.
fn show_editor() -> Vec<Action> {
    vec![
        Action::Navigate(Area::Instructor),
        Action::Instructor(InstructorAction::ShowPage(Page::Editor)),
    ]
}

fn again(action: EditorAction) -> Vec<Action> {
    vec![Action::Instructor(InstructorAction::Editor(action))]
}

/// Applies an editor action; returns follow-up actions.
pub fn apply(state: &mut EditorState, shared: &mut AppData, action: EditorAction) -> Vec<Action> {
    match &action {
        EditorAction::SetCardField(crate::model::deck_edit::CardField::Tags, text) => {
            state.tags_typed = state.selected.map(|i| (i, text.clone()));
        }
        _ => state.tags_typed = None,
    }
    let follow = apply_inner(state, shared, action);
    state.refresh_problems(&shared.written);
    follow
}

fn apply_inner(state: &mut EditorState, shared: &mut AppData, action: EditorAction) -> Vec<Action> {
    use EditorAction as A;
    match action {
        A::SetNewDeck(form) => state.new_deck = form,
        A::Refresh => state.refresh_drafts(shared),
        A::CreateDeck | A::OpenDeck(_) | A::OpenCopy(_) | A::OpenDraft(_)
            if state.ask_before(again(action.clone())) =>
        {
            return show_editor();
        }
        A::CreateDeck => {
            let form = std::mem::take(&mut state.new_deck);
            let id = if form.id.trim().is_empty() {
                slug(&form.title, "deck")
            } else {
                form.id.trim().to_owned()
            };
            let mut doc = EditDoc::new_deck(&id, form.title.trim(), form.description.trim());
            doc.deck.language = form.language.trim().to_owned();
            state.open(doc, None, None);
        }
        A::OpenDeck(id) => {
            // The deck as its file is written, never as the window shows
            // it in another language.
            let Some(loaded) = shared.written.deck(&id) else {
                state.note = Some(note!(problem, "editor-note-no-deck", id));
                return Vec::new();
            };
            let Origin::File(path) = &loaded.origin else {
                // A built-in deck is never changed in place.
                return again(A::OpenCopy(id));
            };
            let (deck, path) = (loaded.deck.clone(), path.clone());
            state.open(EditDoc::new(deck, true), Some(path), None);
            return show_editor();
        }
        A::OpenCopy(id) => {
            let Some(loaded) = shared.written.deck(&id) else {
                state.note = Some(note!(problem, "editor-note-no-deck", id));
                return Vec::new();
            };
            let mut deck = loaded.deck.clone();
            let catalog = &shared.written;
            deck.id = unique_id(&format!("{id}-copy"), &|i| catalog.deck(i).is_some());
            let title = deck.title.as_str();
            deck.title = tr!(shared.tr, "editor-copy-title", title = title);
            state.open(EditDoc::new(deck, false), None, None);
            return show_editor();
        }
        A::OpenDraft(path) => match drafts::read_unchecked(&path) {
            Ok(deck) => {
                state.open(EditDoc::new(deck, true), None, Some(path));
                return show_editor();
            }
            Err(e) => {
                let error = e.to_string();
                state.note = Some(note!(problem, "editor-note-draft-unreadable", error));
            }
        },
        A::Close => {
            if !state.ask_before(Vec::new()) {
                state.close();
            }
        }
        A::BeforeClosing => {
            if state.ask_before(vec![Action::CloseWindow]) {
                return show_editor();
            }
            return vec![Action::Quit];
        }
        A::KeepUnsavedAndQuit => {
            // When the draft cannot be written the window stays, with the
            // changes and the reason on screen: better than losing them.
            if state.keep_unsaved_as_draft(shared) {
                state.asking = None;
                return vec![Action::Quit];
            }
            return show_editor();
        }
        A::KeepEditing => {
            state.asking = None;
            state.changed_on_disk = None;
        }
        A::SaveOverChanged => {
            let Some(asked) = state.changed_on_disk.take() else {
                return Vec::new();
            };
            let follow = state.save_checked(shared, false);
            return state.after_save(follow, asked.then);
        }
        A::KeepBothAsDraft => {
            let Some(asked) = state.changed_on_disk.take() else {
                return Vec::new();
            };
            state.keep_both(shared, &asked.path);
            return state.after_save(Vec::new(), asked.then);
        }
        A::DiscardAndGoOn => {
            let then = state.asking.take().unwrap_or_default();
            state.close();
            return then;
        }
        A::SaveAndGoOn => {
            let then = state.asking.take().unwrap_or_default();
            let follow = state.save(shared);
            if let Some(asked) = &mut state.changed_on_disk {
                // The file changed underneath: asked first, and `then`
                // waits for the answer.
                asked.then = Some(then);
                return follow;
            }
            return state.after_save(follow, Some(then));
        }
        A::Save => return state.save(shared),
        A::TranslateInto(language) => state.translate_into(shared, language),
        A::SetTranslation(part, text) => state.set_translation_part(part, text),
        A::MarkTranslationUpToDate => state.mark_translation_up_to_date(),
        A::ExportTo(path) => state.export(&path),
        A::SetSearch(text) => state.search = text,
        A::SetNewCardText(text) => state.new_card = text,
        A::SetNewTopic(text) => state.new_topic = text,
        A::SetNewSource(title, url) => state.new_source = (title, url),
        A::OpenPaste => state.paste = Some(PasteState::default()),
        A::ShowStack(open) => state.stack_open = open,
        A::ShowGuide(open) => state.guide_open = open,
        A::UseBuiltinLayers => {
            let layers = crate::model::browse::stack_layers(&shared.written).to_vec();
            if let Some(doc) = &mut state.doc {
                let layers = doc.add_layers(&layers);
                state.note = Some(note!(done, "editor-note-layers-added", layers));
            }
        }
        A::SetNewLayer(text) => state.new_layer = text,
        A::SetNewService(text) => state.new_service = text,
        A::ClosePaste => state.paste = None,
        A::SetPaste(text) => {
            if let (Some(paste), Some(doc)) = (&mut state.paste, &state.doc) {
                *paste = paste_preview(text, paste.create_topics, doc, &shared.written);
            }
        }
        A::SetCreateTopics(on) => {
            if let (Some(paste), Some(doc)) = (&mut state.paste, &state.doc) {
                paste.create_topics = on;
                paste.preview = preview_with(
                    &doc.deck,
                    &paste.rows,
                    on,
                    &BuiltIns::of_catalog(&shared.written),
                );
            }
        }
        A::AddService => add_service(state, shared),
        A::SetPasteCell(index, column, value) => {
            if let (Some(paste), Some(doc)) = (&mut state.paste, &state.doc)
                && let Some(row) = paste.rows.get_mut(index)
            {
                row.cells.insert(column, value);
                paste.fixing.insert(index);
                paste.preview = preview_with(
                    &doc.deck,
                    &paste.rows,
                    paste.create_topics,
                    &BuiltIns::of_catalog(&shared.written),
                );
            }
        }
        other => edit(state, other),
    }
    Vec::new()
}

/// Adds the service named in "New service name": a copy of the built-in
/// one when the name is a built-in service's id, name or short name ("EC2",
/// "KMS") that the deck does not have yet, else a new one; the note says
/// its id, the name a deck file or a table uses.
fn add_service(state: &mut EditorState, shared: &AppData) {
    let name = std::mem::take(&mut state.new_service);
    let Some(doc) = &mut state.doc else {
        return;
    };
    if name.trim().is_empty() {
        return;
    }
    let builtins = BuiltIns::of_catalog(&shared.written);
    let builtin = builtins
        .service(&name)
        .filter(|b| !doc.deck.services.iter().any(|s| s.id == b.id));
    let note = match builtin {
        Some(built) => {
            let (index, layers) = doc.add_builtin_service(built, &builtins.layers);
            let (service, id) = (built.name.clone(), doc.deck.services[index].id.clone());
            note!(
                done,
                "editor-note-builtin-service-added",
                service,
                id,
                layers
            )
        }
        None => {
            let index = doc.add_service(&name);
            let added = &doc.deck.services[index];
            let (service, id) = (added.name.clone(), added.id.clone());
            note!(done, "editor-note-service-added", service, id)
        }
    };
    state.note = Some(note);
}

/// The edits of the open deck.
fn edit(state: &mut EditorState, action: EditorAction) {
    use EditorAction as A;
    let selected = state.selected;
    let Some(doc) = &mut state.doc else {
        return;
    };
    state.note = None;
    match action {
        A::SetDeckField(field, value) => doc.set_deck_field(field, value),
        A::Select(index) => state.selected = Some(index),
        A::AddCard => {
            let text = std::mem::take(&mut state.new_card);
            state.selected = Some(doc.add_card(text.trim(), None));
            state.search.clear();
        }
        A::DuplicateCard => {
            if let Some(i) = selected {
                state.selected = doc.duplicate_card(i).or(selected);
            }
        }
        A::DeleteCard => {
            if let Some(i) = selected
                && let Some(item) = doc.delete_card(i)
            {
                let text = item.text;
                state.note = Some(note!(done, "editor-note-deleted", text));
            }
        }
        A::MoveCard(up) => {
            if let Some(i) = selected {
                let to = if up { i.checked_sub(1) } else { Some(i + 1) };
                if let Some(to) = to.and_then(|to| doc.move_card(i, to)) {
                    state.selected = Some(to);
                }
            }
        }
        A::SetCardField(field, value) => {
            if let Some(i) = selected {
                doc.set_card_field(i, field, value);
            }
        }
        A::SetOwner(owner) => {
            if let Some(i) = selected {
                doc.set_owner(i, owner);
            }
        }
        A::SetTopic(topic) => {
            if let Some(i) = selected {
                doc.set_topic(i, &topic);
            }
        }
        A::ToggleService(id) => {
            if let Some(i) = selected {
                doc.toggle_service(i, &id);
            }
        }
        A::ToggleSource(id) => {
            if let Some(i) = selected {
                doc.toggle_source(i, &id);
            }
        }
        A::SetCardLayer(layer) => {
            if let Some(i) = selected {
                doc.set_card_layer(i, &layer);
            }
        }
        A::AddLayer => {
            let title = std::mem::take(&mut state.new_layer);
            if !title.trim().is_empty() {
                doc.add_layer(&title);
            }
        }
        A::MoveLayer(index, up) => {
            doc.move_layer(index, up);
        }
        A::RemoveLayer(index) => {
            if let Some((layer, cards)) = doc.remove_layer(index) {
                state.note = Some(note!(done, "editor-note-layer-removed", layer, cards));
            }
        }
        A::RemoveService(index) => {
            if let Some((service, cards)) = doc.remove_service(index) {
                state.note = Some(note!(done, "editor-note-service-removed", service, cards));
            }
        }
        A::SetServiceLayer(index, layer, owner) => doc.set_service_layer(index, &layer, owner),
        A::SetStackField(index, field, value) => doc.set_stack_field(index, field, value),
        A::AddTopic => {
            let title = std::mem::take(&mut state.new_topic);
            if !title.trim().is_empty() {
                let id = doc.add_topic(&title);
                if let Some(i) = selected {
                    doc.set_topic(i, &id);
                }
            }
        }
        A::AddSource => {
            let (title, url) = std::mem::take(&mut state.new_source);
            let (title, url) = (title.trim().to_owned(), url.trim().to_owned());
            if !(title.is_empty() && url.is_empty()) {
                let base = slug(if title.is_empty() { &url } else { &title }, "source");
                let id = unique_id(&base, &|id| doc.deck.sources.iter().any(|s| s.id == id));
                let source = Source {
                    id: id.clone(),
                    title: if title.is_empty() { url.clone() } else { title },
                    url,
                };
                doc.edit(|deck| deck.sources.push(source));
                if let Some(i) = selected {
                    doc.toggle_source(i, &id);
                }
            }
        }
        A::Undo => {
            doc.undo();
        }
        A::Redo => {
            doc.redo();
        }
        A::AddPasted => {
            let Some(paste) = state.paste.take() else {
                return;
            };
            let mut done = Default::default();
            doc.edit(|deck| done = add_rows(deck, &paste.preview));
            let crate::model::deck_edit::table::Added { added, updated } = done;
            let left = paste.preview.rows.len() - paste.preview.good();
            state.note = Some(note!(done, "editor-note-pasted", added, updated, left));
        }
        _ => {}
    }
}

/// The paste panel for `text`: its rows read against the deck (and the
/// built-in services and topics of `catalog`); the rows left out can be
/// fixed in place.
fn paste_preview(
    text: String,
    create_topics: bool,
    doc: &EditDoc,
    catalog: &Catalog,
) -> PasteState {
    match parse_rows(&text) {
        Ok(rows) => {
            let preview = preview_with(
                &doc.deck,
                &rows,
                create_topics,
                &BuiltIns::of_catalog(catalog),
            );
            let fixing = preview
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| !r.is_good())
                .map(|(i, _)| i)
                .collect();
            PasteState {
                preview,
                rows,
                fixing,
                text,
                create_topics,
                error: None,
            }
        }
        Err(e) => PasteState {
            text,
            create_topics,
            error: Some(e),
            ..PasteState::default()
        },
    }
}

/// The file name proposed when exporting the deck.
pub fn default_file_name(state: &EditorState, tr: &Translator) -> Result<String, String> {
    match &state.doc {
        Some(doc) if is_valid_id(&doc.deck.id) => Ok(format!("{}.ron", doc.deck.id)),
        Some(_) => Ok("deck.ron".into()),
        None => Err(tr!(tr, "editor-note-open-first")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::paths::AppPaths;
    use crate::model::Owner;
    use crate::model::deck_edit::CardField;
    use crate::ui::shared::DataFolder;
    use crate::ui::test_support::shared;
    use std::path::Path;

    fn ed(state: &mut EditorState, shared: &mut AppData, action: EditorAction) -> Vec<Action> {
        apply(state, shared, action)
    }

    #[test]
    fn a_new_deck_is_saved_as_a_draft_until_valid_then_for_real() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut shared = shared();
        shared.storage = Some(DataFolder {
            can_save_progress: false,
            ..DataFolder::in_folder(AppPaths {
                data_dir: dir.path().to_path_buf(),
            })
        });
        let mut state = EditorState::default();
        let form = NewDeckForm {
            id: String::new(),
            title: "My deck".into(),
            description: String::new(),
            language: "en".into(),
        };
        ed(&mut state, &mut shared, EditorAction::SetNewDeck(form));
        ed(&mut state, &mut shared, EditorAction::CreateDeck);
        assert_eq!(
            state.doc.as_ref().map(|d| d.deck.id.as_str()),
            Some("my-deck")
        );
        assert_eq!(
            state.doc.as_ref().map(|d| d.deck.language.as_str()),
            Some("en")
        );
        ed(
            &mut state,
            &mut shared,
            EditorAction::SetNewCardText("Guards".into()),
        );
        ed(&mut state, &mut shared, EditorAction::AddCard);
        assert_eq!(state.error_count(), 1, "{:?}", state.problems);
        assert!(ed(&mut state, &mut shared, EditorAction::Save).is_empty());
        let draft = dir.path().join("content/drafts/my-deck.ron");
        assert!(draft.is_file() && !state.is_dirty());
        assert_eq!(state.drafts, vec![draft.clone()]);
        ed(
            &mut state,
            &mut shared,
            EditorAction::SetCardField(CardField::Explanation, "Why".into()),
        );
        ed(&mut state, &mut shared, EditorAction::SetOwner(Owner::Aws));
        assert!(state.is_dirty() && state.error_count() == 0);
        let follow = ed(&mut state, &mut shared, EditorAction::Save);
        assert_eq!(follow, vec![Action::ReloadContent]);
        assert!(dir.path().join("content/my-deck.ron").is_file());
        assert!(!draft.exists(), "the draft is gone once saved");
        // Closing with changes asks first.
        ed(&mut state, &mut shared, EditorAction::DeleteCard);
        ed(&mut state, &mut shared, EditorAction::Close);
        assert!(state.asking.is_some() && state.doc.is_some());
        ed(&mut state, &mut shared, EditorAction::KeepEditing);
        ed(&mut state, &mut shared, EditorAction::Undo);
        assert!(!state.is_dirty());
        ed(&mut state, &mut shared, EditorAction::Close);
        assert!(state.doc.is_none() && state.asking.is_none());
    }

    #[test]
    fn a_copy_of_a_builtin_deck_gets_its_own_id_and_a_paste_adds_cards() {
        let mut shared = shared();
        let mut state = EditorState::default();
        let follow = ed(&mut state, &mut shared, EditorAction::OpenCopy("t".into()));
        assert_eq!(follow, show_editor());
        let doc = state.doc.as_ref().expect("open");
        assert_eq!(doc.deck.id, "t-copy");
        assert_eq!(state.id_clash, None);
        let cards = doc.deck.items.len();
        ed(&mut state, &mut shared, EditorAction::OpenPaste);
        ed(
            &mut state,
            &mut shared,
            EditorAction::SetPaste("A new duty\tboth\tNew\tWhy\n".into()),
        );
        assert_eq!(state.paste.as_ref().map(|p| p.preview.good()), Some(1));
        ed(&mut state, &mut shared, EditorAction::AddPasted);
        let doc = state.doc.as_ref().expect("open");
        assert_eq!(doc.deck.items.len(), cards + 1);
        assert!(state.paste.is_none());
        ed(
            &mut state,
            &mut shared,
            EditorAction::SetDeckField(crate::model::deck_edit::DeckField::Id, "t".into()),
        );
        assert!(state.id_clash.is_some());
        // Saving with no storage says where to go instead.
        ed(&mut state, &mut shared, EditorAction::Save);
        let note = state.note.as_ref().map(|n| n.show(&shared.tr));
        assert!(matches!(note, Some(Note::Problem(_))));
    }

    const MINE: &str = r#"Deck(id: "mine", title: "Mine", topics: [Topic(id: "t", title: "T")],
        items: [Item(id: "first", text: "First card", owner: Aws, topic: "t", explanation: "E")])"#;

    /// A shared part with a data folder whose content/ holds `mine.ron`,
    /// loaded.
    fn with_deck_file(dir: &Path) -> (AppData, PathBuf) {
        let content = dir.join("content");
        std::fs::create_dir_all(&content).expect("content");
        let file = content.join("mine.ron");
        std::fs::write(&file, MINE).expect("write");
        let mut shared = shared();
        shared.set_catalog(crate::io::content::load_catalog(Some(&content), &[]));
        shared.storage = Some(DataFolder {
            can_save_progress: false,
            ..DataFolder::in_folder(AppPaths {
                data_dir: dir.to_path_buf(),
            })
        });
        (shared, file)
    }

    fn add_valid_card(state: &mut EditorState, shared: &mut AppData, text: &str) {
        ed(state, shared, EditorAction::SetNewCardText(text.into()));
        ed(state, shared, EditorAction::AddCard);
        ed(
            state,
            shared,
            EditorAction::SetCardField(CardField::Explanation, "Why".into()),
        );
    }

    fn card_texts(path: &Path) -> Vec<String> {
        let deck = drafts::read_unchecked(path).expect("a deck");
        deck.items.into_iter().map(|i| i.text).collect()
    }

    #[test]
    fn saving_over_a_file_another_window_saved_asks_and_keeps_both() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mut shared, file) = with_deck_file(dir.path());
        let mut one = EditorState::default();
        let mut two = EditorState::default();
        ed(&mut one, &mut shared, EditorAction::OpenDeck("mine".into()));
        ed(&mut two, &mut shared, EditorAction::OpenDeck("mine".into()));
        // Window 2 adds a card and saves.
        add_valid_card(&mut two, &mut shared, "Card of window two");
        ed(&mut two, &mut shared, EditorAction::Save);
        assert_eq!(card_texts(&file), ["First card", "Card of window two"]);
        // Window 1 adds another and saves: it is asked, nothing written.
        add_valid_card(&mut one, &mut shared, "Card of window one");
        assert!(ed(&mut one, &mut shared, EditorAction::Save).is_empty());
        let asked = one.changed_on_disk.clone().expect("asked");
        assert_eq!(asked.path, file);
        assert_eq!(card_texts(&file), ["First card", "Card of window two"]);
        assert!(one.is_dirty() && one.is_asking());
        // Keep both: the file stays window 2's, window 1's deck is a draft.
        ed(&mut one, &mut shared, EditorAction::KeepBothAsDraft);
        assert!(one.changed_on_disk.is_none() && !one.is_dirty());
        let draft = one.draft.clone().expect("a draft");
        assert_eq!(card_texts(&draft), ["First card", "Card of window one"]);
        assert_eq!(card_texts(&file), ["First card", "Card of window two"]);
        let note = one.note.as_ref().map(|n| n.show(&shared.tr));
        assert!(matches!(&note, Some(Note::Done(n)) if n.contains("Kept both")));
    }

    #[test]
    fn replacing_a_changed_file_is_a_choice_and_then_saves_never_ask_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mut shared, file) = with_deck_file(dir.path());
        let mut one = EditorState::default();
        ed(&mut one, &mut shared, EditorAction::OpenDeck("mine".into()));
        // Another window replaces the file.
        crate::io::fs::write_atomic(&file, MINE.replace("First card", "Theirs").as_bytes())
            .expect("their save");
        add_valid_card(&mut one, &mut shared, "Mine too");
        ed(&mut one, &mut shared, EditorAction::Save);
        assert!(one.changed_on_disk.is_some());
        ed(&mut one, &mut shared, EditorAction::KeepEditing);
        assert!(one.changed_on_disk.is_none() && one.is_dirty());
        ed(&mut one, &mut shared, EditorAction::Save);
        ed(&mut one, &mut shared, EditorAction::SaveOverChanged);
        assert!(!one.is_dirty());
        assert_eq!(card_texts(&file), ["First card", "Mine too"]);
        // The file is this window's now: the next save just saves.
        add_valid_card(&mut one, &mut shared, "Third");
        ed(&mut one, &mut shared, EditorAction::Save);
        assert!(one.changed_on_disk.is_none() && !one.is_dirty());
        // "Unsaved changes: save" that meets a changed file asks, and the
        // deck closes once the answer saved it.
        add_valid_card(&mut one, &mut shared, "Fourth");
        crate::io::fs::write_atomic(&file, MINE.as_bytes()).expect("their save");
        ed(&mut one, &mut shared, EditorAction::Close);
        ed(&mut one, &mut shared, EditorAction::SaveAndGoOn);
        assert!(one.changed_on_disk.is_some() && one.doc.is_some());
        ed(&mut one, &mut shared, EditorAction::KeepBothAsDraft);
        assert!(one.doc.is_none(), "closed once kept");
        assert_eq!(card_texts(&file), ["First card"]);
    }
}

//! A card's translation edited beside its English (issue 31): the deck's
//! translation into one language, loaded from the content folder's
//! `i18n/<language>/<deck>.ron`, changed card by card and saved with the
//! deck. More of [`EditorState`]'s methods; no egui.
//!
//! Only a deck saved in a file can be translated (its translation names
//! it by id, and the app loads the two together). A translation can never
//! change who owns a card: it holds texts only.

use std::path::PathBuf;

use super::state::{EditorState, TranslationEdit};
use crate::i18n::Language;
use crate::io::fs::write_readable;
use crate::model::Origin;
use crate::model::overlay::{DeckTranslation, ItemPart, translation_to_ron};
use crate::ui::shared::AppData;

/// The languages a deck can be translated into here: those the window
/// speaks, English (the decks' own) and the pseudo-locale left out.
pub const TRANSLATION_LANGUAGES: [Language; 3] =
    [Language::Spanish, Language::German, Language::Japanese];

/// The file of a deck's translation in a content folder.
pub fn translation_path(content_dir: &std::path::Path, language: Language, deck: &str) -> PathBuf {
    content_dir
        .join("i18n")
        .join(language.tag())
        .join(format!("{deck}.ron"))
}

impl EditorState {
    /// Whether the deck is saved in a file, so it can be translated.
    pub fn can_translate(&self) -> bool {
        self.file.is_some() && self.draft.is_none()
    }

    /// Edits the deck's translation into `language` (`None`: none). The
    /// translation shown before is saved first when it has changes; when
    /// that fails it stays, with the note saying why.
    pub(super) fn translate_into(&mut self, shared: &AppData, language: Option<Language>) {
        if self.translation.as_ref().map(|t| t.language) == language {
            return;
        }
        if !self.save_translation(shared) {
            return;
        }
        self.translation = None;
        let Some(language) = language else {
            return;
        };
        let Some(doc) = &self.doc else {
            return;
        };
        if !self.can_translate() {
            self.note = Some(note!(problem, "editor-note-translate-save-first"));
            return;
        }
        let Some(storage) = &shared.storage else {
            self.note = Some(note!(problem, "editor-note-no-files"));
            return;
        };
        let id = doc.deck.id.clone();
        let path = translation_path(&storage.paths.content_dir(), language, &id);
        let loaded = shared
            .written
            .translation(&id, language.tag())
            .filter(|t| matches!(&t.origin, Origin::File(p) if *p == path));
        let saved = match loaded {
            Some(loaded) => loaded.translation.clone(),
            // A file that did not load is never written over: its
            // translations would be lost.
            None if path.exists() => {
                let path = path.display().to_string();
                self.note = Some(note!(problem, "editor-note-translation-unreadable", path));
                return;
            }
            None => DeckTranslation::new(&id, language.tag()),
        };
        self.translation = Some(TranslationEdit {
            language,
            doc: saved.clone(),
            saved,
        });
    }

    /// Sets one part of the selected card's translation.
    pub(super) fn set_translation_part(&mut self, part: ItemPart, text: String) {
        let (Some(doc), Some(index), Some(edit)) =
            (&self.doc, self.selected, self.translation.as_mut())
        else {
            return;
        };
        if let Some(item) = doc.deck.items.get(index) {
            edit.doc.set_item_part(item, part, text);
        }
    }

    /// Marks the selected card's translation as made from its English as
    /// it is now.
    pub(super) fn mark_translation_up_to_date(&mut self) {
        let (Some(doc), Some(index), Some(edit)) =
            (&self.doc, self.selected, self.translation.as_mut())
        else {
            return;
        };
        if let Some(item) = doc.deck.items.get(index) {
            edit.doc.mark_up_to_date(item);
        }
    }

    /// Writes the translation to its file when it has changes (named after
    /// the deck's id as it is now). Returns whether nothing of it is left
    /// unsaved; when the file cannot be written, the note says why.
    pub(super) fn save_translation(&mut self, shared: &AppData) -> bool {
        let Some(edit) = &mut self.translation else {
            return true;
        };
        if !edit.is_dirty() {
            return true;
        }
        let Some(storage) = &shared.storage else {
            self.note = Some(note!(problem, "editor-note-no-files"));
            return false;
        };
        let Some(doc) = &self.doc else {
            return true;
        };
        edit.doc.deck = doc.deck.id.clone();
        edit.doc.sort_like(&doc.deck);
        let path = translation_path(&storage.paths.content_dir(), edit.language, &doc.deck.id);
        let written = translation_to_ron(&edit.doc)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                if let Some(folder) = path.parent() {
                    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
                }
                write_readable(&path, text.as_bytes()).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => {
                edit.saved = edit.doc.clone();
                true
            }
            Err(error) => {
                let path = path.display().to_string();
                self.note = Some(note!(
                    problem,
                    "editor-note-translation-not-saved",
                    path,
                    error
                ));
                false
            }
        }
    }
}

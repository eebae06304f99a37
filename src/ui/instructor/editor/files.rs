//! The deck editor's files: saving the deck (into its file, or as a draft
//! while it has errors), the question asked when the file changed on disk,
//! drafts kept when the window must close, and exporting a copy. Methods of
//! [`EditorState`] in a block of their own; no egui.

use std::path::{Path, PathBuf};

use super::state::{ChangedOnDisk, EditorNote, EditorState};
use crate::i18n::Translator;
use crate::io::drafts;
use crate::io::fs::{FileStamp, write_readable};
use crate::model::deck_edit::{EditDoc, slug};
use crate::model::load::{deck_to_ron, is_valid_id};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::shared::AppData;

impl EditorState {
    /// Writes the deck being edited, when it has unsaved changes, to a
    /// draft (its own draft when it was opened from one, else a new one
    /// that replaces no other), for when the app must quit without asking.
    /// The deck's own file is left as it was saved. Returns whether nothing
    /// is left unsaved; when the draft cannot be written, the note says
    /// why.
    pub fn keep_unsaved_as_draft(&mut self, shared: &AppData) -> bool {
        // A translation goes to its own file (its deck is saved in one).
        let translation_kept = self.save_translation(shared);
        if !self.doc.as_ref().is_some_and(EditDoc::is_dirty) {
            return translation_kept;
        }
        let Some(storage) = &shared.storage else {
            self.note = Some(note!(problem, "editor-note-not-kept-no-files"));
            return false;
        };
        let content_dir = storage.paths.content_dir();
        let Some(doc) = &mut self.doc else {
            return true;
        };
        let text = match deck_to_ron(&doc.deck) {
            Ok(text) => text,
            Err(e) => {
                let error = e.to_string();
                self.note = Some(note!(problem, "editor-note-unwritable", error));
                return false;
            }
        };
        match write_draft(doc, &mut self.draft, &content_dir, "-unsaved", &text) {
            Ok(_) => true,
            Err((path, e)) => {
                let (path, error) = (path.display().to_string(), e.to_string());
                self.note = Some(note!(problem, "editor-note-not-kept", path, error));
                false
            }
        }
    }

    /// After a save asked for by "unsaved changes" (`then` is `Some`): when
    /// the deck is saved, close it and go on with `then`; else (the save
    /// failed, its note says why, nothing is lost) stay. A plain save just
    /// returns `follow`.
    pub(super) fn after_save(
        &mut self,
        follow: Vec<Action>,
        then: Option<Vec<Action>>,
    ) -> Vec<Action> {
        let Some(then) = then else {
            return follow;
        };
        if self.is_dirty() {
            return follow;
        }
        self.close();
        follow.into_iter().chain(then).collect()
    }

    /// "Keep both": the file keeps what the other window saved, and this
    /// window's deck goes to a draft (named `<id>-mine`), which the editor
    /// then edits.
    pub(super) fn keep_both(&mut self, shared: &AppData, path: &Path) {
        let Some(storage) = &shared.storage else {
            return;
        };
        let content_dir = storage.paths.content_dir();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let written = deck_to_ron(&doc.deck)
            .map_err(|e| (path.to_path_buf(), std::io::Error::other(e)))
            .and_then(|text| write_draft(doc, &mut self.draft, &content_dir, "-mine", &text));
        let path = path.display().to_string();
        self.note = Some(match written {
            Ok(draft) => {
                let draft = draft.display().to_string();
                note!(done, "editor-note-kept-both", path, draft)
            }
            Err((draft, e)) => {
                let (draft, error) = (draft.display().to_string(), e.to_string());
                note!(problem, "editor-note-draft-failed", draft, error)
            }
        });
    }

    /// Lists the drafts in the content folder again.
    pub(super) fn refresh_drafts(&mut self, shared: &AppData) {
        self.drafts = shared
            .storage
            .as_ref()
            .map(|s| drafts::list_drafts(&s.paths.content_dir()))
            .unwrap_or_default();
    }

    /// Saves the deck: into its file (or `<content>/<id>.ron`) when it has
    /// no errors, reloading the decks; else as a draft in
    /// `<content>/drafts/`.
    pub(super) fn save(&mut self, shared: &mut AppData) -> Vec<Action> {
        self.save_checked(shared, true)
    }

    /// Saves the deck (see [`EditorState::save`]); with `check`, a deck
    /// file that changed on disk since it was opened or saved here is not
    /// written: the question [`ChangedOnDisk`] is asked instead.
    pub(super) fn save_checked(&mut self, shared: &mut AppData, check: bool) -> Vec<Action> {
        self.refresh_problems(&shared.written);
        let Some(storage) = &shared.storage else {
            self.note = Some(note!(problem, "editor-note-no-files"));
            return Vec::new();
        };
        let content_dir = storage.paths.content_dir();
        let errors = self.error_count();
        let Some(doc) = &mut self.doc else {
            return Vec::new();
        };
        let text = match deck_to_ron(&doc.deck) {
            Ok(text) => text,
            Err(e) => {
                let error = e.to_string();
                self.note = Some(note!(problem, "editor-note-unwritable", error));
                return Vec::new();
            }
        };
        if errors > 0 {
            let path = match write_draft(doc, &mut self.draft, &content_dir, "", &text) {
                Ok(path) => path,
                Err((path, e)) => {
                    let (path, error) = (path.display().to_string(), e.to_string());
                    self.note = Some(note!(problem, "editor-note-draft-not-saved", path, error));
                    return Vec::new();
                }
            };
            let path = path.display().to_string();
            self.note = Some(note!(done, "editor-note-saved-draft", path, errors));
            self.refresh_drafts(shared);
            return Vec::new();
        }
        let path = self
            .file
            .clone()
            .unwrap_or_else(|| content_dir.join(format!("{}.ron", doc.deck.id)));
        if self.file.is_none() && path.exists() {
            let path = path.display().to_string();
            self.note = Some(note!(problem, "editor-note-exists", path));
            return Vec::new();
        }
        if check && self.file.is_some() && FileStamp::of(&path) != self.stamp {
            self.changed_on_disk = Some(ChangedOnDisk { path, then: None });
            return Vec::new();
        }
        if let Err(e) = write_readable(&path, text.as_bytes()) {
            let (path, error) = (path.display().to_string(), e.to_string());
            self.note = Some(note!(problem, "editor-note-not-saved", path, error));
            return Vec::new();
        }
        doc.mark_saved();
        self.stamp = FileStamp::of(&path);
        let shown = path.display().to_string();
        let stays = self.draft.take().and_then(|draft| {
            let error = drafts::remove_draft(&draft).err()?.to_string();
            Some((draft.display().to_string(), error))
        });
        self.note = Some(EditorNote::done(move |tr: &Translator| {
            let saved = tr!(tr, "editor-note-saved", path = shown.clone());
            match &stays {
                Some((draft, error)) => {
                    let (draft, error) = (draft.clone(), error.clone());
                    let stays = tr!(
                        tr,
                        "editor-note-old-draft-stays",
                        draft = draft,
                        error = error
                    );
                    format!("{saved} {stays}")
                }
                None => saved,
            }
        }));
        self.file = Some(path);
        self.refresh_drafts(shared);
        // The translation with it; when it cannot be written its note
        // replaces the deck's, and it stays unsaved.
        self.save_translation(shared);
        vec![Action::ReloadContent]
    }

    /// Writes a copy of the deck to `path` (the deck stays where it is).
    pub(super) fn export(&mut self, path: &Path) {
        let Some(doc) = &self.doc else {
            return;
        };
        let result = deck_to_ron(&doc.deck)
            .map_err(|e| e.to_string())
            .and_then(|text| write_readable(path, text.as_bytes()).map_err(|e| e.to_string()));
        let path = path.display().to_string();
        self.note = Some(match result {
            Ok(()) => note!(done, "editor-note-exported", path),
            Err(error) => note!(problem, "editor-note-export-failed", path, error),
        });
    }
}

/// Writes `text`, the deck being edited, to its draft: the one it was
/// opened from or last saved as, else a new one named after the deck's id
/// (and `suffix`) that replaces no other. Marks the deck saved and
/// remembers the draft; on failure gives the path and the error.
fn write_draft(
    doc: &mut EditDoc,
    draft: &mut Option<PathBuf>,
    content_dir: &Path,
    suffix: &str,
    text: &str,
) -> Result<PathBuf, (PathBuf, std::io::Error)> {
    let path = draft.clone().unwrap_or_else(|| {
        let name = if is_valid_id(&doc.deck.id) {
            doc.deck.id.clone()
        } else {
            slug(&doc.deck.id, "untitled")
        };
        drafts::free_draft_path(content_dir, &format!("{name}{suffix}"))
    });
    drafts::write_draft(&path, text).map_err(|e| (path.clone(), e))?;
    doc.mark_saved();
    *draft = Some(path.clone());
    Ok(path)
}

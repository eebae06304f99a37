//! The Decks page's state: importing a deck file into the user content
//! folder (asking before replacing one) and exporting a deck or the Browse
//! filter's cards as a deck. It draws nothing.

use std::path::{Path, PathBuf};

use crate::i18n::Translator;
use crate::io::files::read_limited;
use crate::io::fs::{write_atomic, write_readable};
use crate::model::exercise::Exercise;
use crate::model::export::{CardSet, ExportOptions, Format, export_cards};
use crate::model::load::{MAX_ID_LEN, deck_to_ron, is_valid_id, load_deck_bytes, validate_deck};
use crate::model::session::SessionOptions;
use crate::model::{CardRef, Catalog, Deck, LoadError, Origin};
use crate::tr;
use crate::ui::action::{Action, Note};
use crate::ui::file_prompt::words::format_name;
use crate::ui::instructor::action::{DeckExport, DecksAction};
use crate::ui::shared::AppData;

/// A checked deck waiting for "Replace it?".
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    /// The file chosen.
    pub source: PathBuf,
    /// Where it will be written.
    pub target: PathBuf,
    /// Its bytes, as read and checked.
    pub bytes: Vec<u8>,
    /// The deck's id.
    pub deck_id: String,
    /// The deck's title.
    pub title: String,
    /// How many cards it has.
    pub cards: usize,
    /// What would be replaced (`None`: nothing, no question is asked).
    pub replaces: Option<Replaces>,
}

/// What an import waiting for "Replace it?" would replace.
#[derive(Debug, Clone, PartialEq)]
pub enum Replaces {
    /// A loaded deck of the same id, from the content folder.
    Deck {
        /// Its id.
        id: String,
        /// Its title.
        title: String,
        /// How many cards it has.
        cards: usize,
        /// Its file.
        path: PathBuf,
    },
    /// A file of the same name in the content folder.
    File(PathBuf),
}

/// Why the chosen export cannot be written yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportProblem {
    /// The deck with this id is no longer loaded.
    Gone(String),
    /// The new deck has no id.
    NoId,
    /// The new deck's id breaks the rule.
    BadId,
    /// The new deck has no title.
    NoTitle,
    /// A loaded deck already has this id.
    Taken(String),
    /// The Browse filter shows no card.
    NoCards,
}

/// An export problem as advice, in the window's language.
pub fn export_problem_text(tr: &Translator, problem: &ExportProblem) -> String {
    match problem {
        ExportProblem::Gone(id) => tr!(tr, "decks-problem-gone", id = id.clone()),
        ExportProblem::NoId => tr!(tr, "decks-problem-no-id"),
        ExportProblem::BadId => tr!(tr, "decks-problem-id-rule", max = MAX_ID_LEN),
        ExportProblem::NoTitle => tr!(tr, "decks-problem-no-title"),
        ExportProblem::Taken(id) => tr!(tr, "decks-problem-id-taken", id = id.clone()),
        ExportProblem::NoCards => tr!(tr, "decks-problem-no-cards"),
    }
}

/// What the Decks page remembers.
#[derive(Debug, Clone, Default)]
pub struct DecksState {
    /// Why the last import was refused, one `file:line:col: message` each.
    pub import_errors: Vec<LoadError>,
    /// An import waiting for confirmation.
    pub pending: Option<PendingImport>,
    /// What the last import did.
    pub import_note: Option<Note>,
    /// What to export.
    pub export: DeckExport,
    /// The new deck's id (Browse filter export).
    pub new_id: String,
    /// The new deck's title (Browse filter export).
    pub new_title: String,
    /// What the last export did.
    pub export_note: Option<Note>,
    /// The file to write: `None` for an SRM Study deck (RON), else cards
    /// for another tool.
    pub format: Option<Format>,
}

/// Applies a Decks action; returns follow-up actions (reloading the
/// content after an import).
pub fn apply(decks: &mut DecksState, shared: &mut AppData, action: DecksAction) -> Vec<Action> {
    match action {
        DecksAction::ConfirmReplace => {
            if let Some(pending) = decks.pending.take() {
                return write_import(decks, &shared.tr, &pending);
            }
        }
        DecksAction::Import(path) => return import(decks, shared, &path),
        DecksAction::ExportTo(path, browse) => {
            // A deck file (RON) is written as its deck is written; cards
            // for another tool go out in the window's language.
            let catalog = match decks.format {
                None => &shared.written,
                Some(_) => &shared.catalog,
            };
            export(decks, catalog, &shared.tr, &browse, &path);
        }
        DecksAction::CancelReplace => {
            if let Some(pending) = decks.pending.take() {
                decks.import_note = Some(Note::Problem(tr!(
                    shared.tr,
                    "decks-import-cancelled",
                    id = pending.deck_id
                )));
            }
        }
        DecksAction::SetExport(export) => {
            decks.export = export;
            decks.export_note = None;
        }
        DecksAction::SetFormat(format) => {
            decks.format = format;
            decks.export_note = None;
        }
        DecksAction::SetNewDeck(id, title) => {
            decks.new_id = id;
            decks.new_title = title;
            decks.export_note = None;
        }
    }
    Vec::new()
}

/// Checks a deck file and copies it into the user content folder, asking
/// first when it would replace a deck. Returns [`Action::ReloadContent`]
/// once a deck was copied.
fn import(decks: &mut DecksState, shared: &AppData, path: &Path) -> Vec<Action> {
    decks.import_errors.clear();
    decks.import_note = None;
    decks.pending = None;
    let tr = &shared.tr;
    let label = path.display().to_string();
    let checked = read_limited(path)
        .map_err(|e| vec![e])
        .and_then(|bytes| load_deck_bytes(&label, &bytes).map(|deck| (deck, bytes)));
    let (deck, bytes) = match checked {
        Ok(ok) => ok,
        Err(errors) => {
            decks.import_errors = errors;
            return Vec::new();
        }
    };
    let cards = deck.items.len();
    let Some(storage) = &shared.storage else {
        decks.import_note = Some(Note::Problem(tr!(
            tr,
            "decks-import-not-kept",
            title = deck.title.clone(),
            cards = cards
        )));
        return Vec::new();
    };
    let content_dir = storage.paths.content_dir();
    let mut target = content_dir.join(format!("{}.ron", deck.id));
    let mut replaces = None;
    if let Some(loaded) = shared.catalog.deck(&deck.id) {
        match &loaded.origin {
            Origin::BuiltIn(_) => {
                decks.import_note = Some(Note::Problem(tr!(
                    tr,
                    "decks-import-built-in",
                    id = deck.id.clone(),
                    example = format!("{}-2", clipped(&deck.id, MAX_ID_LEN - 2))
                )));
                return Vec::new();
            }
            Origin::File(existing) if existing.parent() == Some(content_dir.as_path()) => {
                target = existing.clone();
                replaces = Some(Replaces::Deck {
                    id: deck.id.clone(),
                    title: loaded.deck.title.clone(),
                    cards: loaded.deck.items.len(),
                    path: existing.clone(),
                });
            }
            Origin::File(existing) => {
                decks.import_note = Some(Note::Problem(tr!(
                    tr,
                    "decks-import-outside",
                    id = deck.id.clone(),
                    path = existing.display().to_string()
                )));
                return Vec::new();
            }
        }
    } else if target.exists() {
        replaces = Some(Replaces::File(target.clone()));
    }
    let pending = PendingImport {
        source: path.to_path_buf(),
        target,
        bytes,
        deck_id: deck.id.clone(),
        title: deck.title.clone(),
        cards,
        replaces,
    };
    if pending.replaces.is_some() && pending.source != pending.target {
        decks.pending = Some(pending);
        Vec::new()
    } else {
        write_import(decks, tr, &pending)
    }
}

fn clipped(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn write_import(decks: &mut DecksState, tr: &Translator, pending: &PendingImport) -> Vec<Action> {
    if pending.source == pending.target {
        decks.import_note = Some(Note::Done(tr!(
            tr,
            "decks-import-in-place",
            path = pending.target.display().to_string()
        )));
        return vec![Action::ReloadContent];
    }
    // A deck SRM Study reads back: never larger than its reader takes.
    match write_readable(&pending.target, &pending.bytes) {
        Ok(()) => {
            decks.import_note = Some(Note::Done(tr!(
                tr,
                "decks-imported",
                title = pending.title.clone(),
                cards = pending.cards,
                path = pending.target.display().to_string()
            )));
            vec![Action::ReloadContent]
        }
        Err(e) => {
            decks.import_note = Some(Note::Problem(tr!(
                tr,
                "decks-import-not-copied",
                path = pending.target.display().to_string(),
                error = e.to_string()
            )));
            Vec::new()
        }
    }
}

/// Why the chosen export cannot be written yet, without building it.
pub fn export_problem(
    decks: &DecksState,
    catalog: &Catalog,
    browse: &[CardRef],
) -> Option<ExportProblem> {
    match &decks.export {
        DeckExport::Deck(id) => catalog
            .deck(id)
            .is_none()
            .then(|| ExportProblem::Gone(id.clone())),
        DeckExport::BrowseFilter => {
            let id = decks.new_id.trim();
            if id.is_empty() {
                Some(ExportProblem::NoId)
            } else if !is_valid_id(id) {
                Some(ExportProblem::BadId)
            } else if decks.new_title.trim().is_empty() {
                Some(ExportProblem::NoTitle)
            } else if catalog.deck(id).is_some() {
                Some(ExportProblem::Taken(id.to_owned()))
            } else if browse.is_empty() {
                Some(ExportProblem::NoCards)
            } else {
                None
            }
        }
    }
}

/// The deck to export, built now, or why there is none.
fn deck_to_export(
    decks: &DecksState,
    catalog: &Catalog,
    tr: &Translator,
    browse: &[CardRef],
) -> Result<Deck, String> {
    if let Some(problem) = export_problem(decks, catalog, browse) {
        return Err(export_problem_text(tr, &problem));
    }
    match &decks.export {
        DeckExport::Deck(id) => catalog
            .deck(id)
            .map(|loaded| loaded.deck.clone())
            .ok_or_else(|| export_problem_text(tr, &ExportProblem::Gone(id.clone()))),
        DeckExport::BrowseFilter => deck_from_cards(
            catalog,
            tr,
            browse,
            decks.new_id.trim(),
            decks.new_title.trim(),
        ),
    }
}

fn deck_from_cards(
    catalog: &Catalog,
    tr: &Translator,
    cards: &[CardRef],
    id: &str,
    title: &str,
) -> Result<Deck, String> {
    let not_built = |error: String| tr!(tr, "decks-not-built", error = error);
    let exercise = Exercise::from_cards(id, title, catalog, cards, SessionOptions::default())
        .map_err(|e| not_built(e.localized(tr)))?;
    let mut deck = exercise.deck;
    deck.id = id.to_owned();
    deck.title = title.to_owned();
    if deck.description.is_empty() {
        // Deck content (written into the file), not the window's text.
        deck.description = "Cards chosen with a Browse filter in SRM Study.".into();
    }
    let errors = validate_deck("new deck", &deck);
    if let Some(first) = errors.first() {
        return Err(not_built(first.localized(tr)));
    }
    Ok(deck)
}

/// `<deck-id>.ron`, or why there is nothing to export (in the window's
/// language).
pub fn default_file_name(
    decks: &DecksState,
    catalog: &Catalog,
    browse: &[CardRef],
    tr: &Translator,
) -> Result<String, String> {
    if let Some(problem) = export_problem(decks, catalog, browse) {
        return Err(export_problem_text(tr, &problem));
    }
    let extension = decks.format.map_or("ron", Format::extension);
    Ok(match &decks.export {
        DeckExport::Deck(id) => format!("{id}.{extension}"),
        DeckExport::BrowseFilter => format!("{}.{extension}", decks.new_id.trim()),
    })
}

/// Writes the chosen deck to `path`.
fn export(
    decks: &mut DecksState,
    catalog: &Catalog,
    tr: &Translator,
    browse: &[CardRef],
    path: &Path,
) {
    let format = decks.format;
    let written = deck_to_export(decks, catalog, tr, browse).and_then(|deck| {
        // The same bytes as `srm-study export-deck` or `srm-study export`.
        let bytes = match format {
            None => deck_to_ron(&deck)
                .map(String::into_bytes)
                .map_err(|e| tr!(tr, "decks-not-made", error = e.to_string()))?,
            Some(format) => export_cards(
                format,
                &CardSet::from_deck(&deck),
                &ExportOptions::default(),
            )
            .map_err(|e| {
                tr!(
                    tr,
                    "decks-cards-not-made",
                    format = format_name(tr, format),
                    error = e.localized(tr)
                )
            })?,
        };
        // A deck (RON) is read back by SRM Study, so it is never written
        // larger than its reader takes; the card formats are for other
        // tools, as `srm-study export` writes them.
        let written = match format {
            None => write_readable(path, &bytes),
            Some(_) => write_atomic(path, &bytes),
        };
        written.map(|()| deck).map_err(|e| {
            let (path, error) = (path.display().to_string(), e.to_string());
            if e.kind() == std::io::ErrorKind::FileTooLarge {
                tr!(tr, "decks-not-saved-too-large", path = path, error = error)
            } else {
                tr!(tr, "decks-not-saved", path = path, error = error)
            }
        })
    });
    let path = path.display().to_string();
    decks.export_note = Some(match (written, format) {
        (Ok(deck), None) => Note::Done(tr!(
            tr,
            "decks-saved",
            title = deck.title.clone(),
            cards = deck.items.len(),
            path = path
        )),
        (Ok(deck), Some(format)) => Note::Done(tr!(
            tr,
            "decks-saved-as",
            title = deck.title.clone(),
            cards = deck.items.len(),
            format = format_name(tr, format),
            path = path
        )),
        (Err(problem), _) => Note::Problem(problem),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::test_support::shared;

    fn chosen_deck() -> DecksState {
        DecksState {
            export: DeckExport::Deck("t".into()),
            ..DecksState::default()
        }
    }

    #[test]
    fn a_deck_is_exported_as_ron_or_as_cards_for_another_tool() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut shared = shared();
        let mut decks = chosen_deck();
        let catalog = shared.catalog.clone();
        assert_eq!(
            default_file_name(&decks, &catalog, &[], &shared.tr),
            Ok("t.ron".into())
        );

        // As a deck: RON that loads back as the same deck.
        let ron = dir.path().join("t.ron");
        apply(
            &mut decks,
            &mut shared,
            DecksAction::ExportTo(ron.clone(), vec![]),
        );
        let text = std::fs::read(&ron).expect("written");
        let back = load_deck_bytes("t.ron", &text).expect("a deck");
        assert_eq!(back.items.len(), 4);
        assert!(matches!(&decks.export_note, Some(Note::Done(t)) if t.contains("4 cards")));

        // As Anki: the proposed name and the file change with the format,
        // and the note says what was written.
        apply(
            &mut decks,
            &mut shared,
            DecksAction::SetFormat(Some(Format::Anki)),
        );
        assert_eq!(decks.export_note, None, "a new choice clears the old note");
        assert_eq!(
            default_file_name(&decks, &catalog, &[], &shared.tr),
            Ok("t.txt".into())
        );
        let anki = dir.path().join("t.txt");
        apply(
            &mut decks,
            &mut shared,
            DecksAction::ExportTo(anki.clone(), vec![]),
        );
        let text = std::fs::read_to_string(&anki).expect("written");
        assert!(text.starts_with("#separator:Tab"), "{text}");
        assert!(
            matches!(&decks.export_note, Some(Note::Done(t)) if t.contains("as Anki (text file) to")),
            "{:?}",
            decks.export_note
        );

        // A place that cannot be written is a problem, not a crash.
        let nowhere = dir.path().join("missing-folder").join("x").join("t.txt");
        std::fs::write(dir.path().join("missing-folder"), "a file, not a folder").expect("write");
        apply(
            &mut decks,
            &mut shared,
            DecksAction::ExportTo(nowhere, vec![]),
        );
        assert!(matches!(&decks.export_note, Some(Note::Problem(_))));
    }

    #[test]
    fn a_deck_larger_than_its_reader_takes_is_refused_and_the_old_file_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut shared = shared();
        // Three cards of 3 MB each: 9 MB of RON, over the 8 MiB a deck may have.
        let mut deck = shared.catalog.decks[0].deck.clone();
        deck.id = "huge".into();
        deck.items.truncate(3);
        for (i, item) in deck.items.iter_mut().enumerate() {
            item.id = format!("card-{i}");
            item.text = "x".repeat(3_000_000);
        }
        let mut catalog = shared.written.clone();
        assert!(catalog.add_deck("huge.ron", deck, Origin::File("huge.ron".into())));
        shared.set_catalog(catalog);
        let path = dir.path().join("huge.ron");
        std::fs::write(&path, "the old file").expect("write");
        let mut decks = DecksState {
            export: DeckExport::Deck("huge".into()),
            ..DecksState::default()
        };
        apply(
            &mut decks,
            &mut shared,
            DecksAction::ExportTo(path.clone(), vec![]),
        );
        let Some(Note::Problem(problem)) = &decks.export_note else {
            panic!("refused: {:?}", decks.export_note);
        };
        assert!(
            problem.contains("more than the 8 MiB SRM Study reads back")
                && problem.contains("nothing was written")
                && problem.contains("Export fewer cards"),
            "{problem}"
        );
        assert_eq!(
            std::fs::read_to_string(&path).expect("kept"),
            "the old file"
        );
    }
}

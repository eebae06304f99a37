//! The Decks page's state: importing a deck file into the user content
//! folder (asking before replacing one) and exporting a deck or the Browse
//! filter's cards as a deck. It draws nothing.

use std::path::{Path, PathBuf};

use crate::io::files::read_limited;
use crate::io::fs::{write_atomic, write_readable};
use crate::model::exercise::Exercise;
use crate::model::export::{CardSet, ExportOptions, Format, export_cards};
use crate::model::load::{MAX_ID_LEN, deck_to_ron, is_valid_id, load_deck_bytes, validate_deck};
use crate::model::session::SessionOptions;
use crate::model::{CardRef, Catalog, Deck, Origin};
use crate::text::count;
use crate::ui::action::{Action, Note};
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
    /// What would be replaced.
    pub question: String,
}

/// What the Decks page remembers.
#[derive(Debug, Clone, Default)]
pub struct DecksState {
    /// Why the last import was refused, one `file:line:col: message` each.
    pub import_errors: Vec<String>,
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
                return write_import(decks, &pending);
            }
        }
        DecksAction::Import(path) => return import(decks, shared, &path),
        DecksAction::ExportTo(path, browse) => export(decks, &shared.catalog, &browse, &path),
        DecksAction::CancelReplace => {
            if let Some(pending) = decks.pending.take() {
                decks.import_note = Some(Note::Problem(format!(
                    "Nothing was imported: the deck “{}” already loaded stays as it is.",
                    pending.deck_id
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
    let label = path.display().to_string();
    let checked = read_limited(path)
        .map_err(|e| vec![e])
        .and_then(|bytes| load_deck_bytes(&label, &bytes).map(|deck| (deck, bytes)));
    let (deck, bytes) = match checked {
        Ok(ok) => ok,
        Err(errors) => {
            decks.import_errors = errors.iter().map(ToString::to_string).collect();
            return Vec::new();
        }
    };
    let cards = deck.items.len();
    let Some(storage) = &shared.storage else {
        decks.import_note = Some(Note::Problem(format!(
            "“{}” ({cards} cards) is a valid deck, but this window keeps no files, so it \
             was not copied. Start SRM Study normally (or with --data-dir) to import it, \
             or put the file in the content folder yourself.",
            deck.title
        )));
        return Vec::new();
    };
    let content_dir = storage.paths.content_dir();
    let mut target = content_dir.join(format!("{}.ron", deck.id));
    let mut question = None;
    if let Some(loaded) = shared.catalog.deck(&deck.id) {
        match &loaded.origin {
            Origin::BuiltIn(_) => {
                decks.import_note = Some(Note::Problem(format!(
                    "“{}” is the id of a built-in deck, which cannot be replaced. Change \
                     the id in your file (e.g. \"{}-2\") and import it again.",
                    deck.id,
                    clipped(&deck.id, MAX_ID_LEN - 2)
                )));
                return Vec::new();
            }
            Origin::File(existing) if existing.parent() == Some(content_dir.as_path()) => {
                target = existing.clone();
                question = Some(format!(
                    "A deck with the id “{}” is already loaded: “{}” ({} cards) from {}. \
                     Replace it?",
                    deck.id,
                    loaded.deck.title,
                    loaded.deck.items.len(),
                    existing.display()
                ));
            }
            Origin::File(existing) => {
                decks.import_note = Some(Note::Problem(format!(
                    "A deck with the id “{}” is already loaded from {}, outside the content \
                     folder. Change the id in your file, or remove that deck first.",
                    deck.id,
                    existing.display()
                )));
                return Vec::new();
            }
        }
    } else if target.exists() {
        question = Some(format!(
            "The content folder already has a file {}. Replace it?",
            target.display()
        ));
    }
    let pending = PendingImport {
        source: path.to_path_buf(),
        target,
        bytes,
        deck_id: deck.id.clone(),
        title: deck.title.clone(),
        cards,
        question: question.clone().unwrap_or_default(),
    };
    if question.is_some() && pending.source != pending.target {
        decks.pending = Some(pending);
        Vec::new()
    } else {
        write_import(decks, &pending)
    }
}

fn clipped(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn write_import(decks: &mut DecksState, pending: &PendingImport) -> Vec<Action> {
    if pending.source == pending.target {
        decks.import_note = Some(Note::Done(format!(
            "{} is already in the content folder; the decks were loaded again.",
            pending.target.display()
        )));
        return vec![Action::ReloadContent];
    }
    // A deck SRM Study reads back: never larger than its reader takes.
    match write_readable(&pending.target, &pending.bytes) {
        Ok(()) => {
            decks.import_note = Some(Note::Done(format!(
                "Imported “{}” ({} cards) as {}. Its cards are in Browse now.",
                pending.title,
                pending.cards,
                pending.target.display()
            )));
            vec![Action::ReloadContent]
        }
        Err(e) => {
            decks.import_note = Some(Note::Problem(format!(
                "The deck could not be copied to {}: {e}. Check that the folder can be \
                 written to.",
                pending.target.display()
            )));
            Vec::new()
        }
    }
}

/// Why the chosen export cannot be written yet, without building it.
pub fn export_problem(decks: &DecksState, catalog: &Catalog, browse: &[CardRef]) -> Option<String> {
    match &decks.export {
        DeckExport::Deck(id) => catalog
            .deck(id)
            .is_none()
            .then(|| format!("The deck “{id}” is no longer loaded; choose another.")),
        DeckExport::BrowseFilter => {
            let id = decks.new_id.trim();
            if id.is_empty() {
                Some("Give the new deck an id, e.g. my-patching-cards.".into())
            } else if !is_valid_id(id) {
                Some(format!(
                    "The id may use lowercase letters, digits and '-', must start with a \
                     letter and be at most {MAX_ID_LEN} characters."
                ))
            } else if decks.new_title.trim().is_empty() {
                Some("Give the new deck a title.".into())
            } else if catalog.deck(id).is_some() {
                Some(format!(
                    "A loaded deck already has the id “{id}”; choose another id so both \
                     can load."
                ))
            } else if browse.is_empty() {
                Some("The Browse filter shows no card; change it in Browse first.".into())
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
    browse: &[CardRef],
) -> Result<Deck, String> {
    if let Some(problem) = export_problem(decks, catalog, browse) {
        return Err(problem);
    }
    match &decks.export {
        DeckExport::Deck(id) => catalog
            .deck(id)
            .map(|loaded| loaded.deck.clone())
            .ok_or_else(|| format!("The deck “{id}” is no longer loaded; choose another.")),
        DeckExport::BrowseFilter => {
            deck_from_cards(catalog, browse, decks.new_id.trim(), decks.new_title.trim())
        }
    }
}

fn deck_from_cards(
    catalog: &Catalog,
    cards: &[CardRef],
    id: &str,
    title: &str,
) -> Result<Deck, String> {
    let exercise = Exercise::from_cards(id, title, catalog, cards, SessionOptions::default())
        .map_err(|e| format!("The deck cannot be built: {e}"))?;
    let mut deck = exercise.deck;
    deck.id = id.to_owned();
    deck.title = title.to_owned();
    if deck.description.is_empty() {
        deck.description = "Cards chosen with a Browse filter in SRM Study.".into();
    }
    let errors = validate_deck("new deck", &deck);
    if let Some(first) = errors.first() {
        return Err(format!("The deck cannot be built: {first}"));
    }
    Ok(deck)
}

/// `<deck-id>.ron`, or why there is nothing to export.
pub fn default_file_name(
    decks: &DecksState,
    catalog: &Catalog,
    browse: &[CardRef],
) -> Result<String, String> {
    if let Some(problem) = export_problem(decks, catalog, browse) {
        return Err(problem);
    }
    let extension = decks.format.map_or("ron", Format::extension);
    Ok(match &decks.export {
        DeckExport::Deck(id) => format!("{id}.{extension}"),
        DeckExport::BrowseFilter => format!("{}.{extension}", decks.new_id.trim()),
    })
}

/// Writes the chosen deck to `path`.
fn export(decks: &mut DecksState, catalog: &Catalog, browse: &[CardRef], path: &Path) {
    let format = decks.format;
    let written = deck_to_export(decks, catalog, browse).and_then(|deck| {
        // The same bytes as `srm-study export-deck` or `srm-study export`.
        let bytes = match format {
            None => deck_to_ron(&deck)
                .map(String::into_bytes)
                .map_err(|e| format!("The deck could not be written: {e}"))?,
            Some(format) => export_cards(
                format,
                &CardSet::from_deck(&deck),
                &ExportOptions::default(),
            )
            .map_err(|e| format!("The cards could not be written as {}: {e}", format.label()))?,
        };
        // A deck (RON) is read back by SRM Study, so it is never written
        // larger than its reader takes; the card formats are for other
        // tools, as `srm-study export` writes them.
        let written = match format {
            None => write_readable(path, &bytes),
            Some(_) => write_atomic(path, &bytes),
        };
        written.map(|()| deck).map_err(|e| {
            let advice = if e.kind() == std::io::ErrorKind::FileTooLarge {
                "Export fewer cards (a Browse filter), or split the deck."
            } else {
                "Choose another place."
            };
            format!(
                "The deck could not be written to {}: {e}. {advice}",
                path.display()
            )
        })
    });
    decks.export_note = Some(match (written, format) {
        (Ok(deck), None) => Note::Done(format!(
            "Saved “{}” ({}) to {}. Put it in a content folder, or import it here, \
             to load it.",
            deck.title,
            count(deck.items.len(), "card", "cards"),
            path.display()
        )),
        (Ok(deck), Some(format)) => Note::Done(format!(
            "Saved “{}” ({}) as {} to {}.",
            deck.title,
            count(deck.items.len(), "card", "cards"),
            format.label(),
            path.display()
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
        assert_eq!(default_file_name(&decks, &catalog, &[]), Ok("t.ron".into()));

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
        assert_eq!(default_file_name(&decks, &catalog, &[]), Ok("t.txt".into()));
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
        assert!(
            shared
                .catalog
                .add_deck("huge.ron", deck, Origin::File("huge.ron".into()))
        );
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

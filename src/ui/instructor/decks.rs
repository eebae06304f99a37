//! Decks: import a deck file into the user content folder (checked first),
//! and export a loaded deck, or the cards of the Browse filter as a new deck.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::{InstructorAction, Note, Purpose, errors_ui, file_button, note_ui, push, section};
use crate::io::files::read_limited;
use crate::io::fs::write_atomic;
use crate::model::exercise::Exercise;
use crate::model::load::{MAX_ID_LEN, deck_to_ron, is_valid_id, load_deck_bytes, validate_deck};
use crate::model::session::ExerciseOptions;
use crate::model::{Deck, Origin};
use crate::ui::app::{Action, AppState};

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DeckExport {
    /// The cards of the current Browse filter, as a new deck.
    #[default]
    BrowseFilter,
    /// The loaded deck with this id.
    Deck(String),
}

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
}

/// Something the Decks page asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum DecksAction {
    /// Replace the deck with the same id.
    ConfirmReplace,
    /// Keep the deck with the same id; import nothing.
    CancelReplace,
    /// Choose what to export.
    SetExport(DeckExport),
    /// Change the new deck's id and title.
    SetNewDeck(String, String),
}

pub(super) fn apply(state: &mut AppState, action: DecksAction) -> Vec<Action> {
    let decks = &mut state.instructor.decks;
    match action {
        DecksAction::ConfirmReplace => {
            if let Some(pending) = decks.pending.take() {
                return write_import(state, &pending);
            }
        }
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
pub(super) fn import(state: &mut AppState, path: &Path) -> Vec<Action> {
    let decks = &mut state.instructor.decks;
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
    let Some(storage) = &state.storage else {
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
    if let Some(loaded) = state.catalog.deck(&deck.id) {
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
        write_import(state, &pending)
    }
}

fn clipped(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn write_import(state: &mut AppState, pending: &PendingImport) -> Vec<Action> {
    let decks = &mut state.instructor.decks;
    if pending.source == pending.target {
        decks.import_note = Some(Note::Done(format!(
            "{} is already in the content folder; the decks were loaded again.",
            pending.target.display()
        )));
        return vec![Action::ReloadContent];
    }
    match write_atomic(&pending.target, &pending.bytes) {
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
fn export_problem(state: &AppState) -> Option<String> {
    let decks = &state.instructor.decks;
    match &decks.export {
        DeckExport::Deck(id) => state
            .catalog
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
            } else if state.catalog.deck(id).is_some() {
                Some(format!(
                    "A loaded deck already has the id “{id}”; choose another id so both \
                     can load."
                ))
            } else if state.browse.matches.is_empty() {
                Some("The Browse filter shows no card; change it in Browse first.".into())
            } else {
                None
            }
        }
    }
}

/// The deck to export, built now, or why there is none.
fn deck_to_export(state: &AppState) -> Result<Deck, String> {
    if let Some(problem) = export_problem(state) {
        return Err(problem);
    }
    let decks = &state.instructor.decks;
    match &decks.export {
        DeckExport::Deck(id) => state
            .catalog
            .deck(id)
            .map(|loaded| loaded.deck.clone())
            .ok_or_else(|| format!("The deck “{id}” is no longer loaded; choose another.")),
        DeckExport::BrowseFilter => {
            deck_from_cards(state, decks.new_id.trim(), decks.new_title.trim())
        }
    }
}

fn deck_from_cards(state: &AppState, id: &str, title: &str) -> Result<Deck, String> {
    let cards = &state.browse.matches;
    let exercise =
        Exercise::from_cards(id, title, &state.catalog, cards, ExerciseOptions::default())
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
pub(super) fn default_file_name(state: &AppState) -> Result<String, String> {
    if let Some(problem) = export_problem(state) {
        return Err(problem);
    }
    Ok(match &state.instructor.decks.export {
        DeckExport::Deck(id) => format!("{id}.ron"),
        DeckExport::BrowseFilter => format!("{}.ron", state.instructor.decks.new_id.trim()),
    })
}

/// Writes the chosen deck to `path`.
pub(super) fn export(state: &mut AppState, path: &Path) {
    let written = deck_to_export(state).and_then(|deck| {
        let text = deck_to_ron(&deck).map_err(|e| format!("The deck could not be written: {e}"))?;
        write_atomic(path, text.as_bytes())
            .map(|()| deck)
            .map_err(|e| {
                format!(
                    "The deck could not be written to {}: {e}. Choose another place.",
                    path.display()
                )
            })
    });
    state.instructor.decks.export_note = Some(match written {
        Ok(deck) => Note::Done(format!(
            "Saved “{}” ({} cards) to {}. Put it in a content folder, or import it here, \
             to load it.",
            deck.title,
            deck.items.len(),
            path.display()
        )),
        Err(problem) => Note::Problem(problem),
    });
}

pub(super) fn decks_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let decks = &state.instructor.decks;
    let decks_push = |actions: &mut Vec<Action>, a| push(actions, InstructorAction::Decks(a));
    egui::ScrollArea::vertical()
        .id_salt("decks-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading("Decks");
            section(ui, "Import a deck");
            let where_to = match &state.storage {
                Some(storage) => format!(
                    "The file is checked, then copied into {} and loaded.",
                    storage.paths.content_dir().display()
                ),
                None => "The file is checked; this window keeps no files, so it is not copied."
                    .to_owned(),
            };
            ui.label(format!(
                "Write a deck by hand (the format is in content/README.md). {where_to}"
            ));
            file_button(
                ui,
                state,
                "🗁 Import deck…",
                Purpose::ImportDeck,
                true,
                actions,
            );
            errors_ui(
                ui,
                "This deck was not imported. Fix these lines and import it again:",
                &decks.import_errors,
            );
            if let Some(pending) = &decks.pending {
                crate::ui::theme::question_frame(ui).show(ui, |ui| {
                    ui.add(egui::Label::new(RichText::new(&pending.question).strong()).wrap());
                    ui.label(format!(
                        "The new file: “{}”, {} cards, from {}.",
                        pending.title,
                        pending.cards,
                        pending.source.display()
                    ));
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new("Replace").color(ui.visuals().warn_fg_color))
                            .clicked()
                        {
                            decks_push(actions, DecksAction::ConfirmReplace);
                        }
                        if ui.button("Cancel").clicked() {
                            decks_push(actions, DecksAction::CancelReplace);
                        }
                    });
                });
            }
            note_ui(ui, &decks.import_note);

            section(ui, "Export a deck");
            export_ui(ui, state, actions);
        });
}

fn export_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let decks = &state.instructor.decks;
    let decks_push = |actions: &mut Vec<Action>, a| push(actions, InstructorAction::Decks(a));
    let filter_text = format!(
        "The current Browse filter as a new deck ({} cards)",
        state.browse.matches.len()
    );
    let choice_text = match &decks.export {
        DeckExport::BrowseFilter => filter_text.clone(),
        DeckExport::Deck(id) => state.catalog.deck(id).map_or_else(
            || id.clone(),
            |d| {
                format!(
                    "{} ({}, {} cards)",
                    d.deck.title,
                    d.deck.id,
                    d.deck.items.len()
                )
            },
        ),
    };
    ui.horizontal(|ui| {
        let label = ui.label("Deck to export");
        egui::ComboBox::from_id_salt("export-deck")
            .selected_text(choice_text)
            .width(440.0)
            .height(420.0)
            .show_ui(ui, |ui| {
                for loaded in &state.catalog.decks {
                    let deck = &loaded.deck;
                    let text = format!("{} ({}, {} cards)", deck.title, deck.id, deck.items.len());
                    let selected = decks.export == DeckExport::Deck(deck.id.clone());
                    if ui.selectable_label(selected, text).clicked() {
                        decks_push(
                            actions,
                            DecksAction::SetExport(DeckExport::Deck(deck.id.clone())),
                        );
                    }
                }
                let selected = decks.export == DeckExport::BrowseFilter;
                if ui.selectable_label(selected, &filter_text).clicked() {
                    decks_push(actions, DecksAction::SetExport(DeckExport::BrowseFilter));
                }
            })
            .response
            .labelled_by(label.id);
    });
    if decks.export == DeckExport::BrowseFilter {
        let mut id = decks.new_id.clone();
        let mut title = decks.new_title.clone();
        egui::Grid::new("export-new-deck")
            .num_columns(2)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label("New deck id");
                let edit = egui::TextEdit::singleline(&mut id)
                    .hint_text("my-patching-cards")
                    .desired_width(280.0);
                ui.add(edit).labelled_by(label.id);
                ui.end_row();
                let label = ui.label("New deck title");
                let edit = egui::TextEdit::singleline(&mut title)
                    .hint_text("Patching: who does what")
                    .desired_width(380.0);
                ui.add(edit).labelled_by(label.id);
                ui.end_row();
            });
        if id != decks.new_id || title != decks.new_title {
            decks_push(actions, DecksAction::SetNewDeck(id, title));
        }
    }
    let problem = export_problem(state);
    file_button(
        ui,
        state,
        "💾 Export deck…",
        Purpose::ExportDeck,
        problem.is_none(),
        actions,
    );
    if let Some(problem) = &problem {
        ui.label(RichText::new(format!("• {problem}")).weak());
    }
    note_ui(ui, &decks.export_note);
}

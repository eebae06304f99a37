//! The exercise builder: choose cards, set the options, export an exercise
//! file that students open under "Take an exercise".

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use egui::{RichText, Ui};

use super::{InstructorAction, Note, Purpose, file_button, note_ui, problem_label, push, section};
use crate::io::fs::write_atomic;
use crate::model::browse::{Filter, topic_choices};
use crate::model::exercise::{Exercise, exercise_to_ron};
use crate::model::load::{MAX_ID_LEN, is_valid_id};
use crate::model::session::{ExerciseOptions, Feedback};
use crate::model::{CardRef, Catalog, Owner};
use crate::ui::app::{Action, AppState};
use crate::ui::badge::owner_badge;

/// How many cards the preview lists.
const PREVIEW_CARDS: usize = 6;

/// The width kept for an owner badge in the card list.
const BADGE_WIDTH: f32 = 120.0;

/// A card named by its deck and item ids, so a choice survives reloading
/// the decks (which renumbers them).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CardKey {
    /// The deck's id.
    pub deck: String,
    /// The item's id.
    pub item: String,
}

impl CardKey {
    /// The key of a catalog card.
    pub fn of(catalog: &Catalog, card: CardRef) -> Option<CardKey> {
        let deck = &catalog.decks.get(card.deck)?.deck;
        let item = deck.items.get(card.item)?;
        Some(CardKey {
            deck: deck.id.clone(),
            item: item.id.clone(),
        })
    }
}

/// The builder's text fields and options.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuilderForm {
    /// The exercise id (results name it).
    pub id: String,
    /// The title students see.
    pub title: String,
    /// Optional instructions shown before the student starts.
    pub instructions: String,
    /// Feedback, penalty, bin shuffle, time limit, seed.
    pub options: ExerciseOptions,
    /// Narrows the card list.
    pub search: String,
}

/// What the builder remembers.
#[derive(Debug, Clone, Default)]
pub struct BuilderState {
    /// The form.
    pub form: BuilderForm,
    /// The chosen cards.
    pub chosen: BTreeSet<CardKey>,
    /// What the last export did.
    pub note: Option<Note>,
}

/// Something the builder asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum BuilderAction {
    /// Replace the form.
    SetForm(BuilderForm),
    /// Choose or unchoose a card.
    Toggle(CardKey),
    /// Add these cards to the choice.
    Add(Vec<CardKey>),
    /// Choose exactly the cards of the current Browse filter.
    UseBrowseFilter,
    /// Choose no card.
    Clear,
}

pub(super) fn apply(state: &mut AppState, action: BuilderAction) -> Vec<Action> {
    let builder = &mut state.instructor.builder;
    match action {
        BuilderAction::SetForm(form) => builder.form = form,
        BuilderAction::Toggle(key) => {
            if !builder.chosen.remove(&key) {
                builder.chosen.insert(key);
            }
        }
        BuilderAction::Add(keys) => builder.chosen.extend(keys),
        BuilderAction::UseBrowseFilter => {
            builder.chosen = state
                .browse
                .matches
                .iter()
                .filter_map(|c| CardKey::of(&state.catalog, *c))
                .collect();
        }
        BuilderAction::Clear => builder.chosen.clear(),
    }
    builder.note = None;
    Vec::new()
}

/// The chosen cards that are loaded, in catalog order.
pub(super) fn chosen_cards(catalog: &Catalog, chosen: &BTreeSet<CardKey>) -> Vec<CardRef> {
    catalog
        .cards()
        .map(|(card, _)| card)
        .filter(|card| CardKey::of(catalog, *card).is_some_and(|k| chosen.contains(&k)))
        .collect()
}

/// What still stops the export, as sentences saying what to do.
fn problems(form: &BuilderForm, cards: usize) -> Vec<String> {
    let mut problems = Vec::new();
    let id = form.id.trim();
    if id.is_empty() {
        problems.push("Give the exercise an id, e.g. week-3-quiz.".to_owned());
    } else if !is_valid_id(id) {
        problems.push(id_rule());
    }
    if form.title.trim().is_empty() {
        problems.push("Give the exercise a title.".to_owned());
    }
    if cards == 0 {
        problems.push("Choose at least one card.".to_owned());
    }
    problems
}

fn id_rule() -> String {
    format!(
        "The id may use lowercase letters, digits and '-', must start with a letter \
         and be at most {MAX_ID_LEN} characters (e.g. week-3-quiz)."
    )
}

/// `<id>.ron`, or why the exercise cannot be exported yet.
pub(super) fn default_file_name(state: &AppState) -> Result<String, String> {
    let builder = &state.instructor.builder;
    let cards = chosen_cards(&state.catalog, &builder.chosen).len();
    let problems = problems(&builder.form, cards);
    if let Some(first) = problems.first() {
        return Err(first.clone());
    }
    Ok(format!("{}.ron", builder.form.id.trim()))
}

/// Builds the exercise and writes it to `path`; the note says how it went.
pub(super) fn export(state: &mut AppState, path: &Path) {
    let note = match build(state) {
        Ok(exercise) => match exercise_to_ron(&exercise) {
            Ok(text) => match write_atomic(path, text.as_bytes()) {
                Ok(()) => Note::Done(format!(
                    "Saved to {}. Hand this file to your students: they open it under \
                     “Take an exercise”.",
                    path.display()
                )),
                Err(e) => Note::Problem(format!(
                    "The exercise could not be written to {}: {e}. Choose another place.",
                    path.display()
                )),
            },
            Err(e) => Note::Problem(format!("The exercise could not be written as RON: {e}")),
        },
        Err(problem) => Note::Problem(problem),
    };
    state.instructor.builder.note = Some(note);
}

fn build(state: &AppState) -> Result<Exercise, String> {
    let builder = &state.instructor.builder;
    let form = &builder.form;
    let cards = chosen_cards(&state.catalog, &builder.chosen);
    if let Some(problem) = problems(form, cards.len()).into_iter().next() {
        return Err(problem);
    }
    let mut exercise = Exercise::from_cards(
        form.id.trim(),
        form.title.trim(),
        &state.catalog,
        &cards,
        form.options.clone(),
    )
    .map_err(|e| format!("The exercise cannot be built: {e}"))?;
    exercise.instructions = form.instructions.trim().to_owned();
    Ok(exercise)
}

pub(super) fn builder_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let catalog = &state.catalog;
    let builder = &state.instructor.builder;
    let mut form = builder.form.clone();
    let chosen = chosen_cards(catalog, &builder.chosen);

    egui::Panel::left("builder-cards")
        .resizable(true)
        .default_size(ui.available_width() * 0.5)
        .min_size(320.0)
        .show(ui, |ui| {
            cards_ui(ui, state, &mut form, chosen.len(), actions);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("builder-form")
            .show(ui, |ui| {
                form_ui(ui, &mut form);
                preview_ui(ui, catalog, &chosen);
                ui.add_space(10.0);
                let problems = problems(&builder.form, chosen.len());
                file_button(
                    ui,
                    state,
                    "💾 Export exercise…",
                    Purpose::ExportExercise,
                    problems.is_empty(),
                    actions,
                );
                for problem in &problems {
                    ui.label(RichText::new(format!("• {problem}")).weak());
                }
                note_ui(ui, &builder.note);
            });
    });
    if form != builder.form {
        push(
            actions,
            InstructorAction::Builder(BuilderAction::SetForm(form)),
        );
    }
}

fn cards_ui(
    ui: &mut Ui,
    state: &AppState,
    form: &mut BuilderForm,
    chosen: usize,
    actions: &mut Vec<Action>,
) {
    let catalog = &state.catalog;
    let builder = &state.instructor.builder;
    let builder_push = |actions: &mut Vec<Action>, a| push(actions, InstructorAction::Builder(a));
    ui.add_space(6.0);
    ui.heading(format!("Cards ({chosen} chosen)"));
    let browse = state.browse.matches.len();
    let use_filter = ui
        .add_enabled(
            browse > 0,
            egui::Button::new(format!("Use the Browse filter ({browse} cards)")),
        )
        .on_hover_text("Choose exactly the cards the Browse area shows now");
    if use_filter.clicked() {
        builder_push(actions, BuilderAction::UseBrowseFilter);
    }
    ui.label(RichText::new("Or tick cards one by one:").weak());
    ui.horizontal(|ui| {
        let label = ui.label("Search cards");
        let edit = egui::TextEdit::singleline(&mut form.search)
            .hint_text("a few letters: patch, mfa…")
            .desired_width(ui.available_width() - 8.0);
        ui.add(edit).labelled_by(label.id);
    });
    let shown = state.browse.index.filter(
        catalog,
        &Filter {
            search: builder.form.search.clone(),
            ..Filter::default()
        },
    );
    ui.horizontal(|ui| {
        let all = ui.add_enabled(
            !shown.is_empty(),
            egui::Button::new(format!("Select all shown ({})", shown.len())),
        );
        if all.clicked() {
            let keys = shown
                .iter()
                .filter_map(|c| CardKey::of(catalog, *c))
                .collect();
            builder_push(actions, BuilderAction::Add(keys));
        }
        if ui
            .add_enabled(chosen > 0, egui::Button::new("Clear selection"))
            .clicked()
        {
            builder_push(actions, BuilderAction::Clear);
        }
    });
    ui.separator();
    if shown.is_empty() {
        ui.label("No card matches the search. Try fewer letters.");
    }
    egui::ScrollArea::vertical()
        .id_salt("builder-card-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for card in shown {
                let (Some(item), Some(key)) = (catalog.item(card), CardKey::of(catalog, card))
                else {
                    continue;
                };
                ui.horizontal(|ui| {
                    // A column of badges, so the checkboxes line up.
                    let left = ui.cursor().min.x;
                    owner_badge(ui, item.owner);
                    ui.add_space((left + BADGE_WIDTH - ui.cursor().min.x).max(0.0));
                    let mut on = builder.chosen.contains(&key);
                    let response = ui
                        .checkbox(&mut on, &item.text)
                        .on_hover_text(&item.explanation);
                    if response.clicked() {
                        builder_push(actions, BuilderAction::Toggle(key));
                    }
                });
            }
        });
}

fn form_ui(ui: &mut Ui, form: &mut BuilderForm) {
    ui.add_space(6.0);
    ui.heading("New exercise");
    ui.label(
        "Choose the cards on the left, name the exercise, set how it runs, then export \
         the file and hand it to your students.",
    );
    egui::Grid::new("builder-fields")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("Exercise id");
            ui.vertical(|ui| {
                let edit = egui::TextEdit::singleline(&mut form.id)
                    .hint_text("week-3-quiz")
                    .desired_width(280.0);
                ui.add(edit).labelled_by(label.id);
                let id = form.id.trim();
                if !id.is_empty() && !is_valid_id(id) {
                    problem_label(ui, &id_rule());
                }
            });
            ui.end_row();
            let label = ui.label("Title");
            let edit = egui::TextEdit::singleline(&mut form.title)
                .hint_text("Week 3: who patches what?")
                .desired_width(f32::INFINITY);
            ui.add(edit).labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Instructions (optional)");
            let edit = egui::TextEdit::multiline(&mut form.instructions)
                .hint_text("Shown to the student before they start")
                .desired_rows(3)
                .desired_width(f32::INFINITY);
            ui.add(edit).labelled_by(label.id);
            ui.end_row();
        });
    section(ui, "How it runs");
    let options = &mut form.options;
    ui.horizontal(|ui| {
        ui.label("Feedback");
        ui.radio_value(
            &mut options.feedback,
            Feedback::Instant,
            "Instant (each card as it lands)",
        );
        ui.radio_value(
            &mut options.feedback,
            Feedback::AtEnd,
            "At the end (on Check)",
        );
    });
    ui.checkbox(
        &mut options.penalty,
        "Penalty: −1 for a wrong card (total never below 0)",
    );
    ui.checkbox(&mut options.shuffle_bins, "Shuffle the order of the bins");
    ui.horizontal(|ui| {
        let mut timed = options.time_limit_secs.is_some();
        if ui.checkbox(&mut timed, "Time limit").changed() {
            options.time_limit_secs = timed.then_some(600);
        }
        if let Some(secs) = options.time_limit_secs {
            let mut minutes = (secs / 60).max(1);
            let drag = ui.add(egui::DragValue::new(&mut minutes).range(1..=180));
            let label = ui.label("minutes");
            if drag.labelled_by(label.id).changed() {
                options.time_limit_secs = Some(minutes * 60);
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Seed");
        ui.add(egui::DragValue::new(&mut options.seed).range(0..=u32::MAX))
            .labelled_by(label.id);
        ui.label(
            RichText::new("Every student gets the same card order for one seed.")
                .small()
                .weak(),
        );
    });
}

fn preview_ui(ui: &mut Ui, catalog: &Catalog, chosen: &[CardRef]) {
    section(ui, &format!("Preview: {} cards", chosen.len()));
    if chosen.is_empty() {
        ui.label(RichText::new("No card chosen yet.").weak());
        return;
    }
    let items: Vec<_> = chosen.iter().filter_map(|c| catalog.item(*c)).collect();
    ui.horizontal_wrapped(|ui| {
        for owner in Owner::ALL {
            let n = items.iter().filter(|i| i.owner == owner).count();
            owner_badge(ui, owner);
            ui.label(format!("{n}"));
            ui.add_space(8.0);
        }
    });
    let titles: BTreeMap<String, String> = topic_choices(catalog)
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    let mut per_topic: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &items {
        *per_topic.entry(item.topic.as_str()).or_default() += 1;
    }
    let topics: Vec<String> = per_topic
        .iter()
        .map(|(topic, n)| {
            let title = titles.get(*topic).map_or(*topic, String::as_str);
            format!("{title} ({n})")
        })
        .collect();
    ui.add(egui::Label::new(format!("Topics: {}", topics.join(", "))).wrap());
    for item in items.iter().take(PREVIEW_CARDS) {
        ui.horizontal(|ui| {
            owner_badge(ui, item.owner);
            ui.add(egui::Label::new(&item.text).truncate());
        });
    }
    if items.len() > PREVIEW_CARDS {
        ui.label(RichText::new(format!("… and {} more", items.len() - PREVIEW_CARDS)).weak());
    }
}

//! The Sort area: the start screen, the exercise board (a pile and three
//! bins, by drag and drop, click-then-click or the keyboard alone) and the
//! result screen.

use std::collections::BTreeSet;

use egui::{Color32, Id, Key, RichText, Sense, Ui};

use super::app::Action;
use super::badge::{badge_text, owner_badge};
use super::theme::owner_color;
use crate::model::exercise::Exercise;
use crate::model::session::{
    ExerciseOptions, Feedback, Mark, Selection, Session, SessionCard, choose_cards,
};
use crate::model::{CardRef, Catalog, Origin, Owner};

/// Default number of cards in an exercise.
pub const DEFAULT_COUNT: usize = 12;

/// What the start screen is set to.
#[derive(Debug, Clone, PartialEq)]
pub struct SortSetup {
    /// Decks, topics, services and count.
    pub selection: Selection,
    /// Feedback, penalty, time limit, bin shuffle. The seed is taken from
    /// the clock at start unless `fixed_seed` is set.
    pub options: ExerciseOptions,
    /// A seed to use instead of the clock (for a repeatable exercise).
    pub fixed_seed: Option<u64>,
}

impl Default for SortSetup {
    fn default() -> Self {
        Self {
            selection: Selection {
                count: Some(DEFAULT_COUNT),
                ..Selection::default()
            },
            options: ExerciseOptions::default(),
            fixed_seed: None,
        }
    }
}

/// A running (or finished) exercise and what the board shows.
#[derive(Debug, Clone)]
pub struct Running {
    /// What the exercise is called ("Practice", "Review", an exercise title).
    pub title: String,
    /// The model.
    pub session: Session,
    /// The card chosen for click-then-click and the keyboard.
    pub focus: Option<usize>,
    /// The card most recently marked, for the feedback strip.
    pub last_marked: Option<usize>,
    /// Whether the result screen is shown (after a check).
    pub show_results: bool,
    /// Whether the first attempt was recorded in progress.
    pub recorded: bool,
    /// A message for the student (e.g. why a move was refused).
    pub notice: Option<String>,
    /// Set when this is an instructor's exercise file: it runs on its own
    /// cards, and its result can be saved for the instructor.
    pub exercise: Option<ExerciseRun>,
}

/// An instructor's exercise being run by a student.
#[derive(Debug, Clone)]
pub struct ExerciseRun {
    /// The exercise file's contents.
    pub exercise: Exercise,
    /// A catalog holding only the exercise's own deck.
    pub catalog: Catalog,
    /// The student's name, for the result file.
    pub student: String,
    /// Where the result was saved, once it was.
    pub saved_to: Option<String>,
}

/// What the Sort area remembers.
#[derive(Debug, Clone, Default)]
pub struct SortState {
    /// The start screen's choices.
    pub setup: SortSetup,
    /// The exercise, once started.
    pub running: Option<Running>,
}

/// Something the Sort area asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum SortAction {
    /// Change the start screen.
    SetSetup(SortSetup),
    /// Start an exercise with the setup's cards.
    Start,
    /// Start an exercise on these cards.
    StartWith(Vec<CardRef>, String),
    /// Start an instructor's exercise for a student.
    StartExercise(Box<Exercise>, String),
    /// Choose a card.
    Focus(Option<usize>),
    /// Put a card into a bin.
    Place(usize, Owner),
    /// Put the focused card into a bin.
    PlaceFocused(Owner),
    /// Return a card to the pile.
    Unplace(usize),
    /// Return the focused card to the pile.
    UnplaceFocused,
    /// Move the focus by this many cards.
    MoveFocus(i32),
    /// Check the round.
    Check,
    /// Place every card where it belongs.
    ShowSolution,
    /// Start a round with the missed cards.
    RetryMissed,
    /// Show the board or the result screen.
    ShowResults(bool),
    /// Leave the exercise for the start screen.
    NewExercise,
}

/// Applies a Sort action at `now_ms`.
pub fn apply(state: &mut SortState, catalog: &Catalog, action: SortAction, now_ms: u64) {
    match action {
        SortAction::SetSetup(setup) => state.setup = setup,
        SortAction::Start => {
            let seed = state.setup.fixed_seed.unwrap_or(now_ms);
            let cards = choose_cards(catalog, &state.setup.selection, seed);
            start(state, catalog, cards, "Practice".into(), seed, now_ms);
        }
        SortAction::StartWith(cards, title) => {
            let seed = state.setup.fixed_seed.unwrap_or(now_ms);
            start(state, catalog, cards, title, seed, now_ms);
        }
        SortAction::StartExercise(exercise, student) => {
            start_exercise(state, *exercise, student, now_ms);
        }
        SortAction::NewExercise => state.running = None,
        other => {
            if let Some(running) = state.running.as_mut() {
                apply_running(running, other, now_ms);
            }
        }
    }
}

fn start_exercise(state: &mut SortState, exercise: Exercise, student: String, now_ms: u64) {
    let mut catalog = Catalog::new();
    let label = format!("exercise {}", exercise.id);
    if !catalog.add_deck(
        &label,
        exercise.deck.clone(),
        Origin::File(label.clone().into()),
    ) {
        return;
    }
    let refs: Vec<CardRef> = catalog.cards().map(|(card, _)| card).collect();
    let cards = SessionCard::from_catalog(&catalog, &refs);
    if cards.is_empty() {
        return;
    }
    let session = Session::new(cards, exercise.options(), now_ms);
    state.running = Some(Running {
        title: exercise.title.clone(),
        focus: Some(0),
        session,
        last_marked: None,
        show_results: false,
        recorded: false,
        notice: None,
        exercise: Some(ExerciseRun {
            exercise,
            catalog,
            student,
            saved_to: None,
        }),
    });
}

fn start(
    state: &mut SortState,
    catalog: &Catalog,
    cards: Vec<CardRef>,
    title: String,
    seed: u64,
    now_ms: u64,
) {
    let cards = SessionCard::from_catalog(catalog, &cards);
    if cards.is_empty() {
        return;
    }
    let options = ExerciseOptions {
        seed,
        ..state.setup.options.clone()
    };
    let session = Session::new(cards, options, now_ms);
    state.running = Some(Running {
        title,
        focus: (!session.cards().is_empty()).then_some(0),
        session,
        last_marked: None,
        show_results: false,
        recorded: false,
        notice: None,
        exercise: None,
    });
}

fn apply_running(running: &mut Running, action: SortAction, now_ms: u64) {
    let session = &mut running.session;
    running.notice = None;
    let result = match action {
        SortAction::Focus(focus) => {
            running.focus = focus;
            Ok(())
        }
        SortAction::Place(i, owner) => place(running, i, owner),
        SortAction::PlaceFocused(owner) => match running.focus {
            Some(i) => place(running, i, owner),
            None => {
                running.notice = Some("Choose a card first (arrow keys or a click).".into());
                Ok(())
            }
        },
        SortAction::Unplace(i) => session.unplace(i),
        SortAction::UnplaceFocused => match running.focus {
            Some(i) if session.placement(i).is_some() => session.unplace(i),
            _ => Ok(()),
        },
        SortAction::MoveFocus(step) => {
            let n = session.cards().len() as i32;
            if n > 0 {
                let current = running.focus.map_or(-1, |f| f as i32);
                let next = if current < 0 && step < 0 {
                    n - 1
                } else {
                    (current + step).rem_euclid(n)
                };
                running.focus = Some(next as usize);
            }
            Ok(())
        }
        SortAction::Check => {
            session.check(now_ms);
            running.show_results = true;
            Ok(())
        }
        SortAction::ShowSolution => {
            session.show_solution(now_ms);
            Ok(())
        }
        SortAction::RetryMissed => {
            if session.retry_missed(now_ms) {
                running.show_results = false;
                running.focus = Some(0);
                running.last_marked = None;
            }
            Ok(())
        }
        SortAction::ShowResults(show) => {
            running.show_results = show && running.session.is_checked();
            Ok(())
        }
        SortAction::SetSetup(_)
        | SortAction::Start
        | SortAction::StartWith(..)
        | SortAction::StartExercise(..)
        | SortAction::NewExercise => Ok(()),
    };
    if let Err(error) = result {
        running.notice = Some(error.to_string());
    }
}

fn place(
    running: &mut Running,
    i: usize,
    owner: Owner,
) -> Result<(), crate::model::session::SessionError> {
    running.session.place(i, owner)?;
    running.last_marked = Some(i);
    // Move the focus on to the next card still on the pile.
    let pile = running.session.pile();
    running.focus = pile
        .iter()
        .copied()
        .find(|p| *p > i)
        .or_else(|| pile.first().copied());
    Ok(())
}

/// Checks the time limit; returns true when the round just ran out.
pub fn tick(state: &mut SortState, now_ms: u64) -> bool {
    if let Some(running) = state.running.as_mut()
        && running.session.is_expired(now_ms)
    {
        running.session.check(now_ms);
        running.show_results = true;
        running.notice = Some("Time is up: the round was checked as it stood.".into());
        return true;
    }
    false
}

/// Draws the Sort area.
pub fn sort_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    state: &SortState,
    now_ms: u64,
    due: usize,
    actions: &mut Vec<Action>,
) {
    match &state.running {
        None => setup_ui(ui, catalog, &state.setup, due, actions),
        Some(running) => {
            // An instructor's exercise runs on its own cards.
            let catalog = running.exercise.as_ref().map_or(catalog, |e| &e.catalog);
            if running.show_results {
                results_ui(ui, catalog, running, actions);
            } else {
                board_ui(ui, catalog, running, now_ms, actions);
            }
        }
    }
}

fn push(actions: &mut Vec<Action>, action: SortAction) {
    actions.push(Action::Sort(action));
}

// ---------------------------------------------------------------------------
// Start screen

fn setup_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    setup: &SortSetup,
    due: usize,
    actions: &mut Vec<Action>,
) {
    let mut next = setup.clone();
    egui::ScrollArea::vertical()
        .id_salt("setup-scroll")
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.heading("New sorting exercise");
            ui.label(
                "Drag each card into AWS, Customer or Shared. Your first attempt is your score.",
            );
            ui.add_space(8.0);
            ui.columns(2, |cols| {
                let ui = &mut cols[0];
                ui.label(RichText::new("What to practise").strong());
                if catalog.decks.len() > 1 {
                    ui.label("Decks (none ticked = all)");
                    for loaded in &catalog.decks {
                        toggle_in(
                            ui,
                            &mut next.selection.decks,
                            &loaded.deck.id,
                            &loaded.deck.title,
                        );
                    }
                    ui.add_space(6.0);
                }
                ui.label("Topics (none ticked = all)");
                ui.horizontal_wrapped(|ui| {
                    for topic in crate::model::browse::topic_choices(catalog) {
                        toggle_in(ui, &mut next.selection.topics, &topic.id, &topic.label);
                    }
                });
                let services = crate::model::browse::services(catalog);
                if !services.is_empty() {
                    ui.add_space(6.0);
                    ui.label("Services (none ticked = any card)");
                    ui.horizontal_wrapped(|ui| {
                        for service in services {
                            toggle_in(ui, &mut next.selection.services, &service.id, &service.name);
                        }
                    });
                }

                let ui = &mut cols[1];
                ui.label(RichText::new("How").strong());
                let matching = choose_cards(
                    catalog,
                    &Selection {
                        count: None,
                        ..next.selection.clone()
                    },
                    0,
                )
                .len();
                ui.horizontal(|ui| {
                    let mut all = next.selection.count.is_none();
                    let label = ui.label("Number of cards");
                    let mut count = next.selection.count.unwrap_or(DEFAULT_COUNT);
                    let drag = ui.add_enabled(
                        !all,
                        egui::DragValue::new(&mut count).range(1..=matching.max(1)),
                    );
                    let drag = drag.labelled_by(label.id);
                    if drag.changed() {
                        next.selection.count = Some(count);
                    }
                    if ui.checkbox(&mut all, "All").changed() {
                        next.selection.count = if all { None } else { Some(DEFAULT_COUNT) };
                    }
                });
                ui.label(RichText::new(format!("{matching} cards match these choices")).weak());
                ui.add_space(6.0);
                ui.label("Feedback");
                ui.horizontal(|ui| {
                    ui.radio_value(
                        &mut next.options.feedback,
                        Feedback::Instant,
                        "Instant (each card as it lands)",
                    );
                    ui.radio_value(
                        &mut next.options.feedback,
                        Feedback::AtEnd,
                        "At the end (on Check)",
                    );
                });
                ui.checkbox(
                    &mut next.options.penalty,
                    "Penalty: −1 for a wrong card (total never below 0)",
                );
                ui.checkbox(
                    &mut next.options.shuffle_bins,
                    "Shuffle the order of the bins",
                );
                ui.horizontal(|ui| {
                    let mut timed = next.options.time_limit_secs.is_some();
                    if ui.checkbox(&mut timed, "Time limit").changed() {
                        next.options.time_limit_secs = timed.then_some(300);
                    }
                    if let Some(secs) = next.options.time_limit_secs {
                        let mut minutes = secs / 60;
                        let label = ui.label("minutes");
                        if ui
                            .add(egui::DragValue::new(&mut minutes).range(1..=120))
                            .labelled_by(label.id)
                            .changed()
                        {
                            next.options.time_limit_secs = Some(minutes * 60);
                        }
                    }
                });
                ui.label(
                    RichText::new("No points for speed, ever: the timer only ends the round.")
                        .small()
                        .weak(),
                );
                ui.add_space(12.0);
                let count = next.selection.count.map_or(matching, |c| c.min(matching));
                ui.horizontal(|ui| {
                    let start = ui.add_enabled(
                        count > 0,
                        egui::Button::new(
                            RichText::new(format!("▶ Start exercise ({count} cards)")).strong(),
                        )
                        .min_size(egui::vec2(220.0, 36.0)),
                    );
                    if start.clicked() {
                        push(actions, SortAction::Start);
                    }
                    let review = ui.add(
                        egui::Button::new(format!("🔁 Review due ({due})"))
                            .min_size(egui::vec2(150.0, 36.0)),
                    );
                    let hint =
                        "Sort the cards your review schedule says are due, plus a few new ones";
                    if review.on_hover_text(hint).clicked() {
                        actions.push(Action::Progress(
                            super::progress::ProgressAction::StartReview,
                        ));
                    }
                });
            });
        });
    if next != *setup {
        push(actions, SortAction::SetSetup(next));
    }
}

fn toggle_in(ui: &mut Ui, set: &mut BTreeSet<String>, id: &str, label: &str) {
    let mut on = set.contains(id);
    if ui.checkbox(&mut on, label).changed() {
        if on {
            set.insert(id.to_owned());
        } else {
            set.remove(id);
        }
    }
}

// ---------------------------------------------------------------------------
// The board

/// The drag payload: the index of a card in the session.
#[derive(Debug, Clone, Copy)]
struct Dragged(usize);

fn board_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    running: &Running,
    now_ms: u64,
    actions: &mut Vec<Action>,
) {
    let session = &running.session;
    keyboard(ui, running, actions);

    // Header: title, progress, timer, buttons.
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let round = if session.round() > 1 {
            format!(" · retry round {}", session.round() - 1)
        } else {
            String::new()
        };
        ui.label(RichText::new(format!("{}{round}", running.title)).heading());
        ui.add_space(12.0);
        ui.label(
            RichText::new(format!(
                "{} of {} placed",
                session.placed_count(),
                session.cards().len()
            ))
            .strong(),
        );
        if let Some(left) = session.seconds_left(now_ms)
            && !session.is_checked()
        {
            let text = format!("⏱ {}:{:02} left", left / 60, left % 60);
            let color = if left <= 30 {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(text).strong().color(color));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if session.is_checked() {
                if ui.button("See results").clicked() {
                    push(actions, SortAction::ShowResults(true));
                }
            } else {
                if ui
                    .button(RichText::new("✔ Check (Enter)").strong())
                    .clicked()
                {
                    push(actions, SortAction::Check);
                }
            }
            if !session.solution_shown() && ui.button("Show solution").clicked() {
                push(actions, SortAction::ShowSolution);
            }
            if ui
                .button("Quit")
                .on_hover_text("Leave this exercise for the start screen")
                .clicked()
            {
                push(actions, SortAction::NewExercise);
            }
        });
    });
    ui.label(
        RichText::new(
            "Drag a card onto a bin — or click a card, then a bin's “Place here”. Keys: arrows or Tab choose, \
             1/2/3 or A/C/S place, Backspace returns to the pile, Enter checks.",
        )
        .small()
        .weak(),
    );
    if let Some(run) = &running.exercise {
        let mut line = format!("Student: {}", run.student);
        if !run.exercise.instructions.is_empty() {
            line.push_str(" · ");
            line.push_str(&run.exercise.instructions);
        }
        ui.add(egui::Label::new(RichText::new(line).italics()).wrap());
    }
    feedback_strip(ui, catalog, running);
    ui.separator();

    let bins = session.bins();
    let pile_width = (ui.available_width() * 0.30).clamp(220.0, 420.0);
    ui.horizontal_top(|ui| {
        let height = ui.available_height();
        // The pile.
        let column = egui::Layout::top_down(egui::Align::Min);
        ui.allocate_ui_with_layout(egui::vec2(pile_width, height), column, |ui| {
            ui.set_width(pile_width);
            ui.label(RichText::new(format!("Pile ({})", session.pile().len())).strong());
            let frame = egui::Frame::new().inner_margin(6.0).corner_radius(6.0);
            let (_, dropped) = ui.dnd_drop_zone::<Dragged, _>(frame, |ui| {
                ui.set_min_size(egui::vec2(pile_width - 12.0, height - 40.0));
                egui::ScrollArea::vertical().id_salt("pile").show(ui, |ui| {
                    if session.pile().is_empty() {
                        ui.label(
                            RichText::new("All cards are placed. Press Check (Enter).").weak(),
                        );
                    }
                    for i in session.pile() {
                        card_ui(ui, catalog, running, i, actions);
                    }
                });
            });
            if let Some(payload) = dropped
                && session.placement(payload.0).is_some()
            {
                push(actions, SortAction::Unplace(payload.0));
            }
        });
        // The bins.
        let gap = ui.spacing().item_spacing.x;
        let bin_width = ((ui.available_width() - 2.0 * gap) / 3.0).max(150.0);
        for (n, owner) in bins.into_iter().enumerate() {
            ui.allocate_ui_with_layout(egui::vec2(bin_width, height), column, |ui| {
                ui.set_width(bin_width);
                bin_ui(ui, catalog, running, n, owner, height, actions);
            });
        }
    });
}

fn bin_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    running: &Running,
    n: usize,
    owner: Owner,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let session = &running.session;
    let width = ui.available_width();
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{}", n + 1)).monospace().weak());
        owner_badge(ui, owner);
        // The tagline only where it fits, so a narrow bin never overflows.
        if width >= 280.0 {
            ui.label(RichText::new(owner.tagline()).small().weak());
        }
    });
    // The same frame for every bin, so highlighting never hints at the answer.
    let frame = egui::Frame::new()
        .inner_margin(6.0)
        .corner_radius(6.0)
        .stroke(egui::Stroke::new(
            1.5,
            ui.visuals().widgets.inactive.bg_stroke.color,
        ));
    let (zone, dropped) = ui.dnd_drop_zone::<Dragged, _>(frame, |ui| {
        ui.set_min_size(egui::vec2(width - 12.0, height - 40.0));
        let can_place = running
            .focus
            .is_some_and(|f| session.placement(f) != Some(owner) && session.is_movable(f));
        let place_label = format!("Place here: {}", owner.label());
        let place = ui.add_enabled(
            can_place,
            egui::Button::new(RichText::new(format!("⬇ Place here ({})", n + 1)))
                .min_size(egui::vec2(ui.available_width(), 26.0)),
        );
        place
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, can_place, &place_label));
        if place.clicked()
            && let Some(focus) = running.focus
        {
            push(actions, SortAction::Place(focus, owner));
        }
        egui::ScrollArea::vertical()
            .id_salt(("bin", n))
            .show(ui, |ui| {
                for i in session.in_bin(owner) {
                    card_ui(ui, catalog, running, i, actions);
                }
            });
    });
    let _ = zone;
    if let Some(payload) = dropped
        && session.placement(payload.0) != Some(owner)
    {
        push(actions, SortAction::Place(payload.0, owner));
    }
}

/// A card: a framed text that can be dragged, and clicked to choose it.
fn card_ui(ui: &mut Ui, catalog: &Catalog, running: &Running, i: usize, actions: &mut Vec<Action>) {
    let session = &running.session;
    let Some(card) = session.cards().get(i) else {
        return;
    };
    let Some(item) = catalog.item(card.card) else {
        return;
    };
    let id = Id::unique(("sort-card", i, session.round()));
    let focused = running.focus == Some(i);
    let mark = session.visible_mark(i);
    let movable = session.is_movable(i);
    let visuals = ui.visuals().clone();
    let dark = visuals.dark_mode;
    let stroke = if focused {
        egui::Stroke::new(2.5, visuals.selection.stroke.color)
    } else {
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    let body = |ui: &mut Ui| {
        egui::Frame::new()
            .fill(visuals.extreme_bg_color)
            .stroke(stroke)
            .corner_radius(6.0)
            .inner_margin(egui::Margin::symmetric(8, 6))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(RichText::new(&item.text).color(visuals.strong_text_color()))
                        .wrap()
                        .selectable(false),
                );
                if let Some(mark) = mark {
                    ui.horizontal_wrapped(|ui| mark_line(ui, mark, card.owner, dark));
                }
            })
            .response
    };
    let dragging = ui.ctx().is_being_dragged(id);
    let response = if dragging && movable {
        egui::DragAndDrop::set_payload(ui.ctx(), Dragged(i));
        let layer = egui::LayerId::new(egui::Order::Tooltip, id);
        let response = ui
            .scope_builder(egui::UiBuilder::new().layer_id(layer), body)
            .inner;
        if let Some(pointer) = ui.ctx().pointer_interact_pos() {
            let delta = pointer - response.rect.center();
            ui.ctx()
                .transform_layer_shapes(layer, egui::emath::TSTransform::from_translation(delta));
        }
        response
    } else {
        let rect = ui.scope(body).inner.rect;
        let sense = if movable {
            Sense::click_and_drag()
        } else {
            Sense::click()
        };
        let response = ui.interact(rect, id, sense);
        let label = match mark {
            Some(Mark::Right) => format!("{} (right)", item.text),
            Some(Mark::Wrong) => {
                format!("{} (wrong, belongs to {})", item.text, card.owner.label())
            }
            Some(Mark::Unanswered) => format!(
                "{} (unanswered, belongs to {})",
                item.text,
                card.owner.label()
            ),
            None => item.text.clone(),
        };
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, focused, &label));
        if movable {
            response.clone().on_hover_cursor(egui::CursorIcon::Grab);
        }
        response
    };
    if response.clicked() {
        push(actions, SortAction::Focus(Some(i)));
    }
    if mark.is_some() {
        response.on_hover_text(&item.explanation);
    }
}

fn mark_line(ui: &mut Ui, mark: Mark, owner: Owner, dark: bool) {
    let (text, color) = match mark {
        Mark::Right => ("✔ Right".to_owned(), good(dark)),
        Mark::Wrong => (
            format!("✖ Wrong: belongs to {}", badge_text(owner)),
            ui.visuals().error_fg_color,
        ),
        Mark::Unanswered => (
            format!("— Not placed: belongs to {}", badge_text(owner)),
            ui.visuals().warn_fg_color,
        ),
    };
    ui.label(RichText::new(text).strong().color(color));
}

fn good(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x6C, 0xD6, 0x8C)
    } else {
        Color32::from_rgb(0x1B, 0x7F, 0x3B)
    }
}

/// The explanation of the card just marked (Instant mode), or a notice.
fn feedback_strip(ui: &mut Ui, catalog: &Catalog, running: &Running) {
    if let Some(notice) = &running.notice {
        ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
    }
    let session = &running.session;
    let Some(i) = running.last_marked else {
        return;
    };
    let (Some(mark), Some(card)) = (session.visible_mark(i), session.cards().get(i)) else {
        return;
    };
    let Some(item) = catalog.item(card.card) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    super::theme::note_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            mark_line(ui, mark, card.owner, dark);
            ui.label(RichText::new(&item.text).italics());
        });
        ui.add(egui::Label::new(&item.explanation).wrap());
    });
}

fn keyboard(ui: &mut Ui, running: &Running, actions: &mut Vec<Action>) {
    if ui.ctx().text_edit_focused() {
        return;
    }
    let bins = running.session.bins();
    let checked = running.session.is_checked();
    // Walk the key presses in order, so that fast typing (several keys in
    // one frame, or the same key twice) places every card.
    let action_for = |key: Key, shift: bool| -> Option<SortAction> {
        let action = match key {
            Key::Tab if shift => SortAction::MoveFocus(-1),
            Key::ArrowRight | Key::ArrowDown | Key::Tab => SortAction::MoveFocus(1),
            Key::ArrowLeft | Key::ArrowUp => SortAction::MoveFocus(-1),
            _ if checked => return None,
            Key::Num1 => SortAction::PlaceFocused(bins[0]),
            Key::Num2 => SortAction::PlaceFocused(bins[1]),
            Key::Num3 => SortAction::PlaceFocused(bins[2]),
            Key::A => SortAction::PlaceFocused(Owner::Aws),
            Key::C => SortAction::PlaceFocused(Owner::Customer),
            Key::S => SortAction::PlaceFocused(Owner::Shared),
            Key::Backspace | Key::Delete => SortAction::UnplaceFocused,
            Key::Enter => SortAction::Check,
            _ => return None,
        };
        Some(action)
    };
    ui.input_mut(|input| {
        input.events.retain(|event| {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            let plain = modifiers.is_none() || *modifiers == egui::Modifiers::SHIFT;
            match action_for(*key, modifiers.shift).filter(|_| plain) {
                Some(action) => {
                    push(actions, action);
                    false
                }
                None => true,
            }
        });
    });
}

// ---------------------------------------------------------------------------
// Results

fn results_ui(ui: &mut Ui, catalog: &Catalog, running: &Running, actions: &mut Vec<Action>) {
    let session = &running.session;
    let Some(first) = session.first_attempt() else {
        return;
    };
    // Enter in a text field (the typed-path prompt of "Save result…") is
    // not "Retry missed".
    if !ui.ctx().text_edit_focused()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter))
        && !first.missed().is_empty()
    {
        push(actions, SortAction::RetryMissed);
    }
    egui::ScrollArea::vertical()
        .id_salt("results")
        .show(ui, |ui| {
            ui.add_space(8.0);
            let score = first.score;
            ui.heading(format!("{} — results", running.title));
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "Score {} / {} ({:.0}%)",
                        score.points,
                        score.max,
                        score.percent()
                    ))
                    .size(30.0)
                    .strong(),
                );
                ui.add_space(16.0);
                ui.vertical(|ui| {
                    ui.label(format!(
                        "{} right · {} wrong · {} not placed",
                        score.right, score.wrong, score.unanswered
                    ));
                    ui.label(format!(
                        "Time taken: {}:{:02}{}",
                        first.seconds / 60,
                        first.seconds % 60,
                        if session.options().penalty {
                            " · penalty on"
                        } else {
                            ""
                        }
                    ));
                });
            });
            if session.round_scores().len() > 1 {
                let rounds: Vec<String> = session
                    .round_scores()
                    .iter()
                    .skip(1)
                    .map(|s| format!("{}/{}", s.right, s.max))
                    .collect();
                ui.label(
                    RichText::new(format!(
                        "Retry rounds: {}. Your score stays the first attempt's.",
                        rounds.join(", ")
                    ))
                    .weak(),
                );
            } else {
                ui.label(
                    RichText::new(
                        "The first attempt is the score: retrying the misses is for learning.",
                    )
                    .weak(),
                );
            }
            if let Some(notice) = &running.notice {
                ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let missed = session.missed().len();
                if missed > 0
                    && ui
                        .button(RichText::new(format!("🔁 Retry missed ({missed})")).strong())
                        .clicked()
                {
                    push(actions, SortAction::RetryMissed);
                }
                if ui.button("New exercise").clicked() {
                    push(actions, SortAction::NewExercise);
                }
                if ui.button("Back to Browse").clicked() {
                    actions.push(Action::Navigate(super::app::Area::Browse));
                }
                if ui.button("See the board").clicked() {
                    push(actions, SortAction::ShowResults(false));
                }
            });
            if let Some(run) = &running.exercise {
                save_result_ui(ui, run, actions);
            }
            ui.add_space(12.0);
            ui.label(RichText::new("By topic").strong());
            egui::Grid::new("topic-breakdown")
                .num_columns(3)
                .spacing([16.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    for (topic, (right, total)) in first.topic_breakdown() {
                        let title = crate::model::browse::topic_choices(catalog)
                            .into_iter()
                            .find(|c| c.id == topic)
                            .map_or(topic.clone(), |c| c.label);
                        ui.label(title);
                        ui.label(format!("{right} / {total}"));
                        let share = if total == 0 {
                            0.0
                        } else {
                            right as f32 / total as f32
                        };
                        ui.add(
                            egui::ProgressBar::new(share)
                                .desired_width(160.0)
                                .text(format!("{:.0}%", share * 100.0)),
                        );
                        ui.end_row();
                    }
                });
            let missed = first.missed();
            ui.add_space(12.0);
            if missed.is_empty() {
                ui.label(
                    RichText::new("Every card was right the first time. Well done!")
                        .strong()
                        .color(good(ui.visuals().dark_mode)),
                );
            } else {
                ui.label(RichText::new(format!("Missed cards ({})", missed.len())).strong());
                for card in missed {
                    let Some(item) = catalog.item(card.card) else {
                        continue;
                    };
                    let placed = first
                        .cards
                        .iter()
                        .find(|(c, _)| c.card == card.card)
                        .and_then(|(_, p)| *p);
                    super::theme::note_frame(ui).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(&item.text).strong());
                        ui.horizontal_wrapped(|ui| {
                            ui.label("Belongs to");
                            owner_badge(ui, card.owner);
                            match placed {
                                Some(p) => {
                                    ui.label("· you placed it in");
                                    ui.label(
                                        RichText::new(badge_text(p))
                                            .color(owner_color(p, ui.visuals().dark_mode)),
                                    );
                                }
                                None => {
                                    ui.label("· you did not place it");
                                }
                            }
                        });
                        ui.add(egui::Label::new(&item.explanation).wrap());
                    });
                    ui.add_space(4.0);
                }
            }
        });
}

/// For an instructor's exercise: save the result file to hand back.
fn save_result_ui(ui: &mut Ui, run: &ExerciseRun, actions: &mut Vec<Action>) {
    use super::instructor::{InstructorAction, Purpose};
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let save = ui
            .button(RichText::new("💾 Save result…").strong())
            .on_hover_text("Save your first attempt as a file for your instructor");
        if save.clicked() {
            actions.push(Action::Instructor(InstructorAction::SaveResult));
        }
        let link = ui.link(RichText::new("Type a path").small());
        link.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Link, true, "Type a path: Save your result")
        });
        if link.clicked() {
            actions.push(Action::Instructor(InstructorAction::TypePath(
                Purpose::SaveResult,
            )));
        }
    });
    match &run.saved_to {
        Some(path) => ui.label(
            RichText::new(format!(
                "✔ Saved to {path}. Hand this file to your instructor."
            ))
            .color(good(ui.visuals().dark_mode)),
        ),
        None => ui.label(
            RichText::new(format!(
                "Student: {}. Save your result and hand the file to your instructor.",
                run.student
            ))
            .weak(),
        ),
    };
}

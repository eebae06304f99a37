//! The result screen: score, time, per-topic breakdown, missed cards with
//! their explanations, retry, and saving an instructor's result file.

use crate::ui::widgets::Plain;
use egui::{Key, RichText, Ui};

use super::action::SortAction;
use super::board::CHECK_SLOT;
use super::question::{push, question_ui};
use super::state::{ClassRun, Running, SortNote};
use crate::i18n::Translator;
use crate::i18n::format::percent_whole;
use crate::model::Catalog;
use crate::tr;
use crate::ui::action::{Action, Area, Purpose};
use crate::ui::theme::owner_color;
use crate::ui::widgets::{
    good_color, make_live, owner_badge, owner_badge_text, repeated_click, share_bar,
};
use egui::accesskit::Live;

pub(super) fn results_ui(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    let session = &running.session;
    let Some(first) = session.first_attempt() else {
        return;
    };
    if running.sealed() {
        sealed_results_ui(ui, tr, running, first, actions);
        return;
    }
    // Enter in a text field (the typed-path prompt of "Save result…") is
    // not "Retry missed".
    // A graded exercise has no retries until its result is saved.
    let graded = running.graded();
    // Enter presses the focused button; with the focus nowhere it retries.
    if ui.memory(|m| m.focused()).is_none()
        && !graded
        && running.question.is_none()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter))
        && !first.missed().is_empty()
    {
        push(actions, SortAction::RetryMissed);
    }
    let language = tr.language();
    egui::ScrollArea::vertical()
        .id_salt("results")
        .show(ui, |ui| {
            ui.add_space(8.0);
            let score = first.score;
            let title = running.title.as_str();
            ui.heading(tr!(tr, "sort-results-heading", title = title));
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let text = tr!(
                    tr,
                    "sort-results-score",
                    points = score.points,
                    max = score.max,
                    percent = percent_whole(language, f64::from(score.percent()))
                );
                ui.label(RichText::new(&text).size(30.0).strong());
                // Said as the results appear, wherever the focus is.
                let spoken = tr!(
                    tr,
                    "sort-results-spoken",
                    title = title,
                    score = text.as_str(),
                    right = score.right,
                    wrong = score.wrong,
                    unplaced = score.unanswered
                );
                // A node of its own, so the label on screen keeps its text.
                ui.ctx().accesskit_node_builder(
                    egui::Id::unique("sort-results-announcer"),
                    |node| {
                        node.set_role(egui::Role::Label);
                        node.set_value(spoken);
                        node.set_live(Live::Polite);
                    },
                );
                ui.add_space(16.0);
                ui.vertical(|ui| {
                    ui.label(tr!(
                        tr,
                        "sort-results-counts",
                        right = score.right,
                        wrong = score.wrong,
                        unplaced = score.unanswered
                    ));
                    let time = format!("{}:{:02}", first.seconds / 60, first.seconds % 60);
                    ui.label(if session.options().penalty {
                        tr!(tr, "sort-results-time-penalty", time = time)
                    } else {
                        tr!(tr, "sort-results-time", time = time)
                    });
                });
            });
            if session.round_scores().len() > 1 {
                let rounds: Vec<String> = session
                    .round_scores()
                    .iter()
                    .skip(1)
                    .map(|s| format!("{}/{}", s.right, s.max))
                    .collect();
                let text = tr!(tr, "sort-results-retry-rounds", rounds = rounds.join(", "));
                ui.label(RichText::new(text).weak());
            } else {
                ui.label(RichText::new(tr!(tr, "sort-results-first-attempt")).weak());
            }
            note_and_question(ui, tr, running.note.as_ref(), running, actions);
            // The buttons wrap where their words are long (German, a
            // projector at 800x600).
            ui.horizontal_wrapped(|ui| {
                let missed = session.missed().len();
                let mut first_button = None;
                if missed > 0 && !graded {
                    let text = tr!(tr, "sort-results-retry", missed = missed);
                    let retry = ui.button(RichText::new(text).strong()).plain();
                    first_button = Some(retry.id);
                    if pressed_once(ui, retry) {
                        push(actions, SortAction::RetryMissed);
                    }
                }
                let new = ui.button(tr!(tr, "sort-results-new"));
                focus_first_button(ui, session.round(), first_button.unwrap_or(new.id));
                if pressed_once(ui, new) {
                    push(actions, SortAction::Quit);
                }
                let browse = ui.button(tr!(tr, "sort-results-browse"));
                if pressed_once(ui, browse) {
                    actions.push(Action::Navigate(Area::Browse));
                }
                let board = ui.button(tr!(tr, "sort-results-board"));
                if pressed_once(ui, board) {
                    push(actions, SortAction::ShowResults(false));
                }
            });
            if let Some(run) = &running.class_run {
                save_result_ui(ui, tr, run, actions);
            }
            ui.add_space(12.0);
            ui.label(RichText::new(tr!(tr, "sort-results-by-topic")).strong());
            // A topic's name takes at most half the width (cut, whole in
            // its tooltip), so its count and bar stay in the window.
            let title_width = (ui.available_width() * 0.5).max(80.0);
            let bar_width = (ui.available_width() - title_width - 80.0).clamp(40.0, 160.0);
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
                        ui.scope(|ui| {
                            ui.set_max_width(title_width);
                            ui.add(egui::Label::new(&title).truncate())
                                .on_hover_text(&title);
                        });
                        ui.label(format!("{right} / {total}"));
                        let share = if total == 0 {
                            0.0
                        } else {
                            right as f32 / total as f32
                        };
                        let percent = percent_whole(language, f64::from(share) * 100.0);
                        let name = tr!(
                            tr,
                            "sort-results-topic-name",
                            topic = title.as_str(),
                            right = right,
                            total = total,
                            percent = percent.as_str()
                        );
                        share_bar(ui, share, bar_width, &percent, &name, egui::TextStyle::Body);
                        ui.end_row();
                    }
                });
            let missed = first.missed();
            ui.add_space(12.0);
            if missed.is_empty() {
                ui.label(
                    RichText::new(tr!(tr, "sort-results-all-right"))
                        .strong()
                        .color(good_color(ui.visuals().dark_mode)),
                );
            } else {
                let text = tr!(tr, "sort-results-missed", missed = missed.len());
                ui.label(RichText::new(text).strong());
                for card in missed {
                    let Some(item) = catalog.item(card.card) else {
                        continue;
                    };
                    let placed = first
                        .cards
                        .iter()
                        .find(|(c, _)| c.card == card.card)
                        .and_then(|(_, p)| *p);
                    crate::ui::theme::note_frame(ui).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(&item.text).strong());
                        ui.horizontal_wrapped(|ui| {
                            ui.label(tr!(tr, "sort-results-belongs-to"));
                            owner_badge(ui, tr, card.owner, f32::INFINITY);
                            match placed {
                                Some(p) => {
                                    ui.label(tr!(tr, "sort-results-placed-in")).plain();
                                    ui.label(
                                        RichText::new(owner_badge_text(tr, p))
                                            .color(owner_color(p, ui.visuals().dark_mode)),
                                    )
                                    .plain();
                                }
                                None => {
                                    ui.label(tr!(tr, "sort-results-not-placed")).plain();
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

/// A sealed run's end: no score and no marks (its owners are not in the
/// file), what was placed, and saving the result for the instructor.
fn sealed_results_ui(
    ui: &mut Ui,
    tr: &Translator,
    running: &Running,
    first: &crate::model::session::FirstAttempt,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("results")
        .show(ui, |ui| {
            ui.add_space(8.0);
            let title = running.title.as_str();
            ui.heading(tr!(tr, "sort-results-handed-in", title = title));
            ui.add_space(4.0);
            ui.label(RichText::new(tr!(tr, "sort-notice-sealed")).strong());
            let placed = first.cards.iter().filter(|(_, p)| p.is_some()).count();
            let time = format!("{}:{:02}", first.seconds / 60, first.seconds % 60);
            ui.label(tr!(
                tr,
                "sort-results-sealed-placed",
                placed = placed,
                total = first.cards.len(),
                time = time
            ));
            let note = running.note.as_ref().filter(|n| **n != SortNote::Sealed);
            note_and_question(ui, tr, note, running, actions);
            ui.horizontal_wrapped(|ui| {
                let new = ui.button(tr!(tr, "sort-results-new"));
                focus_first_button(ui, running.session.round(), new.id);
                if pressed_once(ui, new) {
                    push(actions, SortAction::Quit);
                }
                let board = ui.button(tr!(tr, "sort-results-board"));
                if pressed_once(ui, board) {
                    push(actions, SortAction::ShowResults(false));
                }
            });
            if let Some(run) = &running.class_run {
                save_result_ui(ui, tr, run, actions);
            }
        });
}

/// A warning (if any), then the question the screen asks (if any).
fn note_and_question(
    ui: &mut Ui,
    tr: &Translator,
    note: Option<&SortNote>,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    if let Some(note) = note {
        let note = note.text(tr, running.class_run.as_ref());
        let shown = ui.label(RichText::new(&note).color(ui.visuals().warn_fg_color));
        make_live(ui, &shown, &note, Live::Polite);
    }
    question_ui(ui, tr, running, actions);
    ui.add_space(8.0);
}

/// Moves the focus to the results' first button once per round, when the
/// results appear (the board's card that had it is gone): a screen reader
/// lands there, and Enter presses it.
fn focus_first_button(ui: &mut Ui, round: u32, first: egui::Id) {
    let key = egui::Id::unique(RESULTS_FOCUSED);
    if ui.data(|d| d.get_temp::<u32>(key)) != Some(round) {
        ui.data_mut(|d| d.insert_temp(key, round));
        ui.memory_mut(|m| m.request_focus(first));
    }
}

/// Where `focus_first_button` keeps the round it gave the focus for.
const RESULTS_FOCUSED: &str = "sort-results-focused";

/// Forgets that the results had the focus, while they are not shown.
pub(super) fn forget_results_focus(ui: &Ui) {
    ui.data_mut(|d| d.remove::<u32>(egui::Id::unique(RESULTS_FOCUSED)));
}

/// Whether a results button was clicked as a choice. These buttons appear
/// where the board was: a click that follows the Check click within the
/// double-click delay is the tail of that gesture, not a choice.
fn pressed_once(ui: &mut Ui, response: egui::Response) -> bool {
    response.clicked() && !repeated_click(ui, egui::Id::unique(CHECK_SLOT))
}

/// For an instructor's exercise: save the result file to hand back.
fn save_result_ui(ui: &mut Ui, tr: &Translator, run: &ClassRun, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let save = ui
            .button(RichText::new(tr!(tr, "sort-results-save")).strong())
            .plain()
            .on_hover_text(tr!(tr, "sort-results-save-hint"));
        if save.clicked() {
            actions.push(Action::ChooseFile(Purpose::SaveResult));
        }
        let link = ui.link(RichText::new(tr!(tr, "sort-results-type-path")).small());
        let name = tr!(tr, "sort-results-type-path-name");
        link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
        if link.clicked() {
            actions.push(Action::TypePath(Purpose::SaveResult));
        }
    });
    match &run.saved_to {
        Some(path) => ui
            .label(
                RichText::new(tr!(tr, "sort-results-saved", path = path.as_str()))
                    .color(good_color(ui.visuals().dark_mode)),
            )
            .plain(),
        None => ui.label(
            RichText::new(tr!(
                tr,
                "sort-results-student",
                student = run.student.as_str()
            ))
            .weak(),
        ),
    };
}

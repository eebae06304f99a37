//! The result screen: score, time, per-topic breakdown, missed cards with
//! their explanations, retry, and saving an instructor's result file.

use egui::{Key, RichText, Ui};

use super::action::SortAction;
use super::board::CHECK_SLOT;
use super::question::{push, question_ui};
use super::state::{ClassRun, Running, SEALED_NOTE};
use crate::model::Catalog;
use crate::ui::action::{Action, Area, Purpose};
use crate::ui::theme::owner_color;
use crate::ui::widgets::{badge_text, good_color, make_live, owner_badge, repeated_click};
use egui::accesskit::Live;

pub(super) fn results_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    let session = &running.session;
    let Some(first) = session.first_attempt() else {
        return;
    };
    if running.sealed() {
        sealed_results_ui(ui, running, first, actions);
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
    egui::ScrollArea::vertical()
        .id_salt("results")
        .show(ui, |ui| {
            ui.add_space(8.0);
            let score = first.score;
            ui.heading(format!("{} — results", running.title));
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let text = format!(
                    "Score {} / {} ({:.0}%)",
                    score.points,
                    score.max,
                    score.percent()
                );
                ui.label(RichText::new(&text).size(30.0).strong());
                // Said as the results appear, wherever the focus is.
                let spoken = format!(
                    "{} results. {text}: {} right, {} wrong, {} not placed.",
                    running.title, score.right, score.wrong, score.unanswered
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
            notice_and_question(ui, running.notice.as_deref(), running, actions);
            ui.horizontal(|ui| {
                let missed = session.missed().len();
                let mut first_button = None;
                if missed > 0 && !graded {
                    let retry =
                        ui.button(RichText::new(format!("🔁 Retry missed ({missed})")).strong());
                    first_button = Some(retry.id);
                    if pressed_once(ui, retry) {
                        push(actions, SortAction::RetryMissed);
                    }
                }
                let new = ui.button("New exercise");
                focus_first_button(ui, session.round(), first_button.unwrap_or(new.id));
                if pressed_once(ui, new) {
                    push(actions, SortAction::Quit);
                }
                let browse = ui.button("Back to Browse");
                if pressed_once(ui, browse) {
                    actions.push(Action::Navigate(Area::Browse));
                }
                let board = ui.button("See the board");
                if pressed_once(ui, board) {
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
                        ui.label(&title);
                        ui.label(format!("{right} / {total}"));
                        let share = if total == 0 {
                            0.0
                        } else {
                            right as f32 / total as f32
                        };
                        let bar = ui.add(
                            egui::ProgressBar::new(share)
                                .desired_width(160.0_f32.min(ui.available_width()).max(40.0))
                                .text(format!("{:.0}%", share * 100.0)),
                        );
                        let name =
                            format!("{title}: {right} of {total} right, {:.0}%", share * 100.0);
                        ui.ctx()
                            .accesskit_node_builder(bar.id, |node| node.set_label(name));
                        ui.end_row();
                    }
                });
            let missed = first.missed();
            ui.add_space(12.0);
            if missed.is_empty() {
                ui.label(
                    RichText::new("Every card was right the first time. Well done!")
                        .strong()
                        .color(good_color(ui.visuals().dark_mode)),
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
                    crate::ui::theme::note_frame(ui).show(ui, |ui| {
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

/// A sealed run's end: no score and no marks (its owners are not in the
/// file), what was placed, and saving the result for the instructor.
fn sealed_results_ui(
    ui: &mut Ui,
    running: &Running,
    first: &crate::model::session::FirstAttempt,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("results")
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.heading(format!("{} — handed in", running.title));
            ui.add_space(4.0);
            ui.label(RichText::new(SEALED_NOTE).strong());
            let placed = first.cards.iter().filter(|(_, p)| p.is_some()).count();
            ui.label(format!(
                "You placed {placed} of {} cards in {}:{:02}.",
                first.cards.len(),
                first.seconds / 60,
                first.seconds % 60
            ));
            let notice = running.notice.as_deref().filter(|n| *n != SEALED_NOTE);
            notice_and_question(ui, notice, running, actions);
            ui.horizontal(|ui| {
                let new = ui.button("New exercise");
                focus_first_button(ui, running.session.round(), new.id);
                if pressed_once(ui, new) {
                    push(actions, SortAction::Quit);
                }
                let board = ui.button("See the board");
                if pressed_once(ui, board) {
                    push(actions, SortAction::ShowResults(false));
                }
            });
            if let Some(run) = &running.exercise {
                save_result_ui(ui, run, actions);
            }
        });
}

/// A warning (if any), then the question the screen asks (if any).
fn notice_and_question(
    ui: &mut Ui,
    notice: Option<&str>,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    if let Some(notice) = notice {
        let shown = ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
        make_live(ui, &shown, notice, Live::Polite);
    }
    question_ui(ui, running, actions);
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
fn save_result_ui(ui: &mut Ui, run: &ClassRun, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let save = ui
            .button(RichText::new("💾 Save result…").strong())
            .on_hover_text("Save your first attempt as a file for your instructor");
        if save.clicked() {
            actions.push(Action::ChooseFile(Purpose::SaveResult));
        }
        let link = ui.link(RichText::new("Type a path").small());
        link.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Link, true, "Type a path: Save your result")
        });
        if link.clicked() {
            actions.push(Action::TypePath(Purpose::SaveResult));
        }
    });
    match &run.saved_to {
        Some(path) => ui.label(
            RichText::new(format!(
                "✔ Saved to {path}. Hand this file to your instructor."
            ))
            .color(good_color(ui.visuals().dark_mode)),
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

//! The Sort start screen: decks, topics, services, count and options, the
//! review button.

use crate::ui::widgets::Plain;
use std::collections::BTreeSet;

use egui::{RichText, Ui};

use super::action::{DEFAULT_COUNT, SortAction, SortSetup};
use super::question::push;
use crate::i18n::Translator;
use crate::model::Catalog;
use crate::model::session::{Feedback, Selection, choose_cards};
use crate::tr;
use crate::ui::action::Action;

pub(super) fn setup_ui(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    setup: &SortSetup,
    review: &str,
    actions: &mut Vec<Action>,
) {
    let mut next = setup.clone();
    ui.add_space(8.0);
    ui.heading(tr!(tr, "sort-setup-heading"));
    start_row(ui, tr, catalog, setup, review, actions);
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("setup-scroll")
        .show(ui, |ui| {
            ui.label(tr!(tr, "sort-setup-intro"));
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!(tr, "sort-setup-drill-intro"));
                if ui
                    .button(tr!(tr, "sort-setup-drill-button"))
                    .plain()
                    .clicked()
                {
                    actions.push(Action::Navigate(crate::ui::action::Area::Drill));
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!(tr, "sort-setup-take-intro"));
                if ui
                    .button(tr!(tr, "sort-setup-take-button"))
                    .plain()
                    .clicked()
                {
                    take_an_exercise(actions);
                }
            });
            ui.add_space(8.0);
            // Two columns side by side when they fit, else one under the other.
            if ui.available_width() >= TWO_COLUMNS_WIDTH {
                ui.columns(2, |cols| {
                    let (left, right) = cols.split_at_mut(1);
                    what_ui(&mut left[0], tr, catalog, &mut next);
                    how_ui(&mut right[0], tr, catalog, &mut next);
                });
            } else {
                what_ui(ui, tr, catalog, &mut next);
                ui.add_space(10.0);
                how_ui(ui, tr, catalog, &mut next);
            }
        });
    if next != *setup {
        push(actions, SortAction::SetSetup(next));
    }
}

/// Shows the student's page within Sort (not among the instructor's pages)
/// and asks for the instructor's exercise file: the student types a name
/// there and starts.
fn take_an_exercise(actions: &mut Vec<Action>) {
    push(actions, SortAction::TakeExercise(true));
    actions.push(Action::ChooseFile(crate::ui::action::Purpose::OpenExercise));
}

/// Below this width the start screen shows one column.
const TWO_COLUMNS_WIDTH: f32 = 760.0;

fn what_ui(ui: &mut Ui, tr: &Translator, catalog: &Catalog, next: &mut SortSetup) {
    ui.label(RichText::new(tr!(tr, "sort-setup-what")).strong());
    if catalog.decks.len() > 1 {
        ui.label(tr!(tr, "sort-setup-decks"));
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
    ui.label(tr!(tr, "sort-setup-topics"));
    ui.horizontal_wrapped(|ui| {
        for topic in crate::model::browse::topic_choices(catalog) {
            toggle_in(ui, &mut next.selection.topics, &topic.id, &topic.label);
        }
    });
    let services = crate::model::browse::services(catalog);
    if !services.is_empty() {
        ui.add_space(6.0);
        ui.label(tr!(tr, "sort-setup-services"));
        ui.horizontal_wrapped(|ui| {
            for service in services {
                toggle_in(ui, &mut next.selection.services, &service.id, &service.name);
            }
        });
    }
}

fn how_ui(ui: &mut Ui, tr: &Translator, catalog: &Catalog, next: &mut SortSetup) {
    ui.label(RichText::new(tr!(tr, "sort-setup-how")).strong());
    let matching = matching_count(catalog, next);
    ui.horizontal(|ui| {
        let mut all = next.selection.count.is_none();
        let label = ui.label(tr!(tr, "sort-setup-count"));
        let mut count = next.selection.count.unwrap_or(DEFAULT_COUNT);
        let top = matching.max(count).max(1);
        let drag = ui.add_enabled(
            !all,
            // The range never clamps the number by itself: choices that match
            // fewer cards only shorten the exercise ("Start exercise (3 cards)").
            egui::DragValue::new(&mut count).range(1..=top),
        );
        let drag = drag.labelled_by(label.id);
        if drag.changed() {
            next.selection.count = Some(count);
        }
        if ui
            .checkbox(&mut all, tr!(tr, "sort-setup-count-all"))
            .changed()
        {
            next.selection.count = if all { None } else { Some(DEFAULT_COUNT) };
        }
    });
    ui.label(RichText::new(tr!(tr, "sort-setup-matching", cards = matching)).weak());
    ui.add_space(6.0);
    ui.label(tr!(tr, "sort-setup-feedback"));
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(
            &mut next.options.feedback,
            Feedback::Instant,
            tr!(tr, "sort-setup-feedback-instant"),
        );
        ui.radio_value(
            &mut next.options.feedback,
            Feedback::AtEnd,
            tr!(tr, "sort-setup-feedback-at-end"),
        );
    });
    ui.checkbox(&mut next.options.penalty, tr!(tr, "sort-setup-penalty"));
    ui.checkbox(
        &mut next.options.shuffle_bins,
        tr!(tr, "sort-setup-shuffle-bins"),
    );
    ui.horizontal(|ui| {
        let mut timed = next.options.time_limit_secs.is_some();
        if ui
            .checkbox(&mut timed, tr!(tr, "sort-setup-time-limit"))
            .changed()
        {
            next.options.time_limit_secs = timed.then_some(300);
        }
        if let Some(secs) = next.options.time_limit_secs {
            let mut minutes = secs / 60;
            let label = ui.label(tr!(tr, "sort-setup-minutes"));
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
        RichText::new(tr!(tr, "sort-setup-timer-note"))
            .small()
            .weak(),
    );
}

/// "Start exercise" and the review button, above the choices so that they
/// are on screen at every size (a projector at 1024x768 shows a third of
/// the choices).
fn start_row(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    setup: &SortSetup,
    review: &str,
    actions: &mut Vec<Action>,
) {
    let matching = matching_count(catalog, setup);
    let count = setup.selection.count.map_or(matching, |c| c.min(matching));
    ui.horizontal_wrapped(|ui| {
        let start = ui
            .add_enabled(
                count > 0,
                egui::Button::new(
                    RichText::new(tr!(tr, "sort-setup-start", cards = count)).strong(),
                )
                .min_size(egui::vec2(220.0, 36.0)),
            )
            .plain();
        // The focus starts on Start, the one thing most people do here: a
        // screen reader says it first, and Enter starts (the settings
        // above are a Shift+Tab away).
        let key = egui::Id::unique("sort-setup-last-pass");
        let pass = ui.ctx().cumulative_pass_nr();
        let last = ui.data(|d| d.get_temp::<u64>(key));
        ui.data_mut(|d| d.insert_temp(key, pass));
        if last.is_none_or(|l| l + 1 < pass) && ui.memory(|m| m.focused().is_none()) {
            start.request_focus();
        }
        if start.clicked() {
            push(actions, SortAction::Start);
        }
        let review = ui
            .add(egui::Button::new(review).min_size(egui::vec2(150.0, 36.0)))
            .plain();
        let hint = tr!(tr, "sort-review-hint");
        if review.on_hover_text(hint).clicked() {
            actions.push(Action::StartReview);
        }
    });
}

/// How many cards the setup's choices match, whatever the count asked.
fn matching_count(catalog: &Catalog, setup: &SortSetup) -> usize {
    choose_cards(
        catalog,
        &Selection {
            count: None,
            ..setup.selection.clone()
        },
        0,
    )
    .len()
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

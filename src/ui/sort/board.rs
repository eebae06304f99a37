//! The exercise board: the pile and three bins, with drag and drop,
//! click-then-click and the keyboard alone, and the feedback strip.

use crate::ui::widgets::Plain;
use egui::{Id, Key, RichText, Sense, Ui};

use super::action::SortAction;
use super::question::{push, question_ui};
use super::state::{Running, SortNote};
use crate::i18n::Translator;
use crate::i18n::words::{owner_name, owner_tagline};
use crate::model::session::Mark;
use crate::model::{Catalog, Owner};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::widgets::repeated_click;
use crate::ui::widgets::{good_color, make_live, owner_badge, owner_badge_text, text_width};
use egui::accesskit::Live;

/// The drag payload: the index of a card in the session.
#[derive(Debug, Clone, Copy)]
struct Dragged(usize);

pub(super) fn board_ui(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    running: &Running,
    now_ms: u64,
    actions: &mut Vec<Action>,
) {
    let session = &running.session;
    keyboard(ui, running, actions);
    sync_focus(ui, running);

    // Header: one row whatever the width (a projector shows little): the
    // buttons at the right, then the count and the timer, and the title,
    // cut to the width left, at the left.
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let title = if session.round() > 1 {
            let retry: u32 = session.round() - 1;
            tr!(
                tr,
                "sort-board-title-retry",
                title = running.title.as_str(),
                round = retry
            )
        } else {
            running.title.clone()
        };
        let (placed, total) = (session.placed_count(), session.cards().len());
        let count = tr!(tr, "sort-board-placed", placed = placed, total = total);
        // Said wherever the focus is: which card went where, and the count
        // (a node of its own, so the label on screen keeps its text).
        let spoken = announcement(tr, catalog, running);
        ui.ctx()
            .accesskit_node_builder(Id::unique("sort-announcer"), |node| {
                node.set_role(egui::Role::Label);
                node.set_value(spoken);
                node.set_live(Live::Polite);
            });
        let timer = session
            .seconds_left(now_ms)
            .filter(|_| !session.is_checked())
            .map(|left| {
                let time = format!("{}:{:02}", left / 60, left % 60);
                let color = if left <= 30 {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                (tr!(tr, "sort-board-time-left", time = time), color)
            });
        let status = |ui: &mut Ui| {
            if let Some((text, color)) = &timer {
                ui.label(RichText::new(text).strong().color(*color)).plain();
            }
            ui.label(RichText::new(&count).strong());
        };
        let title_ui = |ui: &mut Ui| {
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(RichText::new(&title).heading()).truncate())
                    .on_hover_text(&title);
            });
        };
        // The buttons, the count and a title of at least 120 points on one
        // row where they fit; then the same without the title; else the
        // buttons on a row of their own below (long words in German or
        // Spanish, a projector at 800x600).
        let buttons_and_count =
            header_buttons_width(ui, tr, running) + text_width(ui, &count, egui::TextStyle::Button);
        if ui.available_width() >= buttons_and_count + 140.0 {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                header_buttons(ui, tr, running, actions);
                status(ui);
                title_ui(ui);
            });
        } else if ui.available_width() >= buttons_and_count + 16.0 {
            // One row still, without the title (it shows in the count's
            // tooltip).
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                header_buttons(ui, tr, running, actions);
                if let Some((text, color)) = &timer {
                    ui.label(RichText::new(text).strong().color(*color));
                }
                ui.label(RichText::new(&count).strong())
                    .on_hover_text(&title);
            });
        } else {
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        status(ui);
                        title_ui(ui);
                    });
                });
                ui.horizontal_wrapped(|ui| header_buttons(ui, tr, running, actions));
            });
        }
    });
    if let Some(run) = &running.class_run {
        let mut line = tr!(tr, "sort-board-student", student = run.student.as_str());
        if running.sealed() {
            line.push_str(" · ");
            line.push_str(&tr!(tr, "sort-board-sealed"));
        }
        if !run.exercise.instructions.is_empty() {
            line.push_str(" · ");
            line.push_str(&run.exercise.instructions);
        }
        ui.add(egui::Label::new(RichText::new(line).italics()).wrap());
    }
    // The question, the feedback and the hint share one box of fixed
    // height: nothing below it moves when one of them comes or goes.
    fixed_feedback_strip(ui, tr, catalog, running, actions);
    ui.separator();

    let bins = session.bins();
    // The pile and the three bins always share the width on screen, so no
    // bin is ever pushed out of the window; the pile scrolls.
    let gap = ui.spacing().item_spacing.x;
    let total = ui.available_width();
    // The pile takes what the bins leave beyond 120 points each (their
    // badge and "Place here"), up to 45% of the board: on a projector's
    // large type (530 to 1000 points) and with the longer words of German
    // or Spanish, its cards then wrap to few enough lines that at least
    // three show whole.
    let pile_width = (total - 3.0 * (120.0 + gap))
        .min(total * 0.45)
        .max(total * 0.30)
        .clamp(130.0_f32.min(total * 0.3), 420.0);
    let bin_width = ((total - pile_width - 3.0 * gap) / 3.0).floor();
    ui.horizontal_top(|ui| {
        let height = ui.available_height();
        // The pile.
        let column = egui::Layout::top_down(egui::Align::Min);
        ui.allocate_ui_with_layout(egui::vec2(pile_width, height), column, |ui| {
            ui.set_width(pile_width);
            let pile_title = tr!(tr, "sort-board-pile", count = session.pile().len());
            ui.label(RichText::new(pile_title).strong());
            let frame = egui::Frame::new().inner_margin(6.0).corner_radius(6.0);
            // The drop zone fills what the title leaves, to the bottom.
            let zone_height = (ui.available_height() - 12.0).max(40.0);
            let (_, dropped) = ui.dnd_drop_zone::<Dragged, _>(frame, |ui| {
                ui.set_min_size(egui::vec2(pile_width - 12.0, zone_height));
                egui::ScrollArea::vertical().id_salt("pile").show(ui, |ui| {
                    if session.pile().is_empty() {
                        ui.label(RichText::new(tr!(tr, "sort-board-pile-empty")).weak());
                    }
                    let pile = session.pile();
                    let list = egui::UiBuilder::new()
                        .accessibility_role(egui::Role::List)
                        .accessibility_label(tr!(tr, "sort-board-pile-name", cards = pile.len()));
                    ui.scope_builder(list, |ui| {
                        ui.spacing_mut().item_spacing.y = 4.0;
                        for (n, &i) in pile.iter().enumerate() {
                            card_ui(ui, tr, catalog, running, i, (n, pile.len()), actions);
                        }
                    });
                });
            });
            if let Some(payload) = dropped
                && session.placement(payload.0).is_some()
            {
                push(actions, SortAction::Unplace(payload.0));
            }
        });
        // The bins.
        for (n, owner) in bins.into_iter().enumerate() {
            ui.allocate_ui_with_layout(egui::vec2(bin_width, height), column, |ui| {
                ui.set_width(bin_width);
                bin_ui(ui, tr, catalog, running, n, owner, height, actions);
            });
        }
    });
}

/// The width `header_buttons` takes, measured in the window's language.
fn header_buttons_width(ui: &Ui, tr: &Translator, running: &Running) -> f32 {
    let session = &running.session;
    let button = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
    let mut texts = vec![if session.is_checked() {
        tr!(tr, "sort-board-see-results")
    } else {
        tr!(tr, "sort-board-check")
    }];
    if !session.solution_shown() && !running.withholds_solution() {
        texts.push(tr!(tr, "sort-board-show-solution"));
    }
    texts.push(tr!(tr, "sort-board-quit"));
    texts
        .iter()
        .map(|t| text_width(ui, t, egui::TextStyle::Button) + button)
        .sum()
}

/// Check (or See results), Show solution and Quit, right to left.
fn header_buttons(ui: &mut Ui, tr: &Translator, running: &Running, actions: &mut Vec<Action>) {
    let session = &running.session;
    // "See results" takes Check's place: the second click of a
    // double-click on Check must not press it.
    let slot = Id::unique(CHECK_SLOT);
    if session.is_checked() {
        let see = ui.button(tr!(tr, "sort-board-see-results"));
        if see.clicked() && !repeated_click(ui, slot) {
            push(actions, SortAction::ShowResults(true));
        }
    } else if ui
        .button(RichText::new(tr!(tr, "sort-board-check")).strong())
        .plain()
        .clicked()
        && !repeated_click(ui, slot)
    {
        push(actions, SortAction::Check);
    }
    // A graded exercise shows no solution until its result is saved.
    if !session.solution_shown()
        && !running.withholds_solution()
        && ui.button(tr!(tr, "sort-board-show-solution")).clicked()
    {
        push(actions, SortAction::ShowSolution);
    }
    if ui
        .button(tr!(tr, "sort-board-quit"))
        .on_hover_text(tr!(tr, "sort-board-quit-hint"))
        .clicked()
    {
        push(actions, SortAction::Quit);
    }
}

#[allow(clippy::too_many_arguments)]
fn bin_ui(
    ui: &mut Ui,
    tr: &Translator,
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
        // A narrow bin (a projector at 800x600) keeps the badge alone: the
        // key's number is on "Place here" too.
        if width >= 150.0 {
            ui.label(RichText::new(format!("{}", n + 1)).monospace().weak());
        }
        owner_badge(ui, tr, owner, width);
        // The tagline only where it fits, so a narrow bin never overflows.
        if width >= 280.0 {
            let tagline = owner_tagline(tr, owner);
            ui.add(egui::Label::new(RichText::new(&tagline).small().weak()).truncate())
                .on_hover_text(tagline);
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
        let place_label = tr!(tr, "sort-board-place-name", owner = owner_name(tr, owner));
        let key: usize = n + 1;
        let text = if width >= 160.0 {
            tr!(tr, "sort-board-place-here", key = key)
        } else {
            tr!(tr, "sort-board-place-short", key = key)
        };
        let place = ui.add_enabled(
            can_place,
            egui::Button::new(RichText::new(text)).min_size(egui::vec2(ui.available_width(), 26.0)),
        );
        place
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, can_place, &place_label));
        // One click is one card: a second click on the same button within
        // the double-click delay (by then the next card is chosen) places
        // nothing. egui's own double-click flag would also swallow a quick
        // click right after choosing a card, so the time is kept per button.
        if place.clicked()
            && !repeated_click(ui, Id::unique(("place-here-last-click", n)))
            && let Some(focus) = running.focus
        {
            push(actions, SortAction::Place(focus, owner));
        }
        egui::ScrollArea::vertical()
            .id_salt(("bin", n))
            .show(ui, |ui| {
                // The bin is a list that holds its cards: a screen reader
                // says which bin a card is in, and "2 of 5".
                let cards = session.in_bin(owner);
                let list = egui::UiBuilder::new()
                    .accessibility_role(egui::Role::List)
                    .accessibility_label(tr!(
                        tr,
                        "sort-board-bin-name",
                        owner = owner_name(tr, owner),
                        cards = cards.len()
                    ));
                ui.scope_builder(list, |ui| {
                    for (k, &i) in cards.iter().enumerate() {
                        card_ui(ui, tr, catalog, running, i, (k, cards.len()), actions);
                    }
                });
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
/// The chosen card is egui's focused widget: Tab onto a card chooses it,
/// and choosing a card (a click, an arrow, placing the one before) focuses
/// it. `(n, of)` is its place in its list, for "3 of 12".
fn card_ui(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    running: &Running,
    i: usize,
    (n, of): (usize, usize),
    actions: &mut Vec<Action>,
) {
    let session = &running.session;
    let Some(card) = session.cards().get(i) else {
        return;
    };
    let Some(item) = catalog.item(card.card) else {
        return;
    };
    let id = card_id(i, session.round());
    let focused = running.focus == Some(i);
    // A sealed run's owners are placeholders: it never shows a mark.
    let mark = session.visible_mark(i).filter(|_| !running.sealed());
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
            .inner_margin(egui::Margin::symmetric(8, 4))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let text = ui.add(
                    egui::Label::new(RichText::new(&item.text).color(visuals.strong_text_color()))
                        .wrap()
                        .selectable(false),
                );
                // The card's own node says the text and the mark: a screen
                // reader would read them twice.
                ui.ctx()
                    .accesskit_node_builder(text.id, |node| node.set_hidden());
                if let Some(mark) = mark {
                    let line =
                        ui.horizontal_wrapped(|ui| mark_line(ui, tr, mark, card.owner, dark));
                    ui.ctx()
                        .accesskit_node_builder(line.inner.id, |node| node.set_hidden());
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
        let label = card_name(tr, &item.text, session.placement(i), mark, card.owner);
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, focused, &label));
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_position_in_set(n);
            node.set_size_of_set(of);
        });
        if response.gained_focus() {
            response.scroll_to_me(None);
        }
        // Tab (or a screen reader) moved the focus here, or it stayed on the
        // last card placed: choose it.
        if response.has_focus() && !focused && (response.gained_focus() || running.focus.is_none())
        {
            push(actions, SortAction::Focus(Some(i)));
        }
        if response.has_focus() {
            // The arrows go from card to card (see `keyboard`), not to
            // whatever widget egui finds that way.
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                );
            });
        }
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

/// The id of card `i`'s widget in round `round`.
fn card_id(i: usize, round: u32) -> Id {
    Id::unique(("sort-card", i, round))
}

/// A card's accessible name: its text, then the bin it is in and its mark,
/// so a screen reader says where it went: "…, in the AWS bin (right)".
fn card_name(
    tr: &Translator,
    text: &str,
    placed: Option<Owner>,
    mark: Option<Mark>,
    owner: Owner,
) -> String {
    let name = match placed {
        Some(bin) => tr!(
            tr,
            "sort-card-in-bin",
            text = text,
            bin = owner_name(tr, bin)
        ),
        None => text.to_owned(),
    };
    let owner = owner_name(tr, owner);
    match mark {
        Some(Mark::Right) => tr!(tr, "sort-card-right", name = name),
        Some(Mark::Wrong) => tr!(tr, "sort-card-wrong", name = name, owner = owner),
        Some(Mark::Unanswered) => tr!(tr, "sort-card-unanswered", name = name, owner = owner),
        None => name,
    }
}

/// What the placed count says to a screen reader: the last card placed,
/// where it went and its instant mark, then the count.
fn announcement(tr: &Translator, catalog: &Catalog, running: &Running) -> String {
    let session = &running.session;
    let last = running.last_marked.and_then(|i| {
        let card = session.cards().get(i)?;
        let text = catalog.item(card.card)?.text.as_str();
        let bin = owner_name(tr, session.placement(i)?);
        let placed = tr!(tr, "sort-announce-placed", text = text, bin = bin);
        let mark = match session.visible_mark(i).filter(|_| !running.sealed()) {
            Some(Mark::Right) => Some(tr!(tr, "sort-announce-right")),
            Some(Mark::Wrong) => Some(tr!(
                tr,
                "sort-announce-wrong",
                owner = owner_name(tr, card.owner)
            )),
            _ => None,
        };
        Some(match mark {
            Some(mark) => format!("{placed} {mark} "),
            None => format!("{placed} "),
        })
    });
    let count = tr!(
        tr,
        "sort-announce-count",
        placed = session.placed_count(),
        total = session.cards().len()
    );
    format!("{}{count}", last.unwrap_or_default())
}

/// Keeps egui's focus on the chosen card: when the choice changed since the
/// last frame (a placement, a click, an arrow, a new round), the card is
/// focused.
fn sync_focus(ui: &mut Ui, running: &Running) {
    let key = Id::unique(FOCUS_SYNCED);
    let round = running.session.round();
    let now = (round, running.focus);
    let before = ui.data(|d| d.get_temp::<(u32, Option<usize>)>(key));
    if before == Some(now) {
        return;
    }
    ui.data_mut(|d| d.insert_temp(key, now));
    if let Some(i) = running.focus {
        ui.memory_mut(|m| m.request_focus(card_id(i, round)));
    }
}

fn mark_line(ui: &mut Ui, tr: &Translator, mark: Mark, owner: Owner, dark: bool) -> egui::Response {
    let badge = owner_badge_text(tr, owner);
    let name = owner_name(tr, owner);
    // Shown with the owner's badge glyph; said with the owner's name alone.
    let (text, spoken, color) = match mark {
        Mark::Right => {
            let text = tr!(tr, "sort-mark-right");
            (text.clone(), text, good_color(dark))
        }
        Mark::Wrong => (
            tr!(tr, "sort-mark-wrong", owner = badge),
            tr!(tr, "sort-mark-wrong", owner = name),
            ui.visuals().error_fg_color,
        ),
        Mark::Unanswered => (
            tr!(tr, "sort-mark-unanswered", owner = badge),
            tr!(tr, "sort-mark-unanswered", owner = name),
            ui.visuals().warn_fg_color,
        ),
    };
    let label = ui.label(RichText::new(text).strong().color(color));
    let spoken = crate::text::without_markers(&spoken).to_owned();
    label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
    label
}

/// The question waiting for an answer, the explanation of the card just
/// marked (Instant mode) or a note; with none of them, how to play.
fn feedback_strip(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    if running.question.is_some() {
        question_ui(ui, tr, running, actions);
        return;
    }
    let mut shown = false;
    if let Some(note) = &running.note {
        let note = note.text(tr, running.class_run.as_ref());
        let label = ui.label(RichText::new(&note).color(ui.visuals().warn_fg_color));
        make_live(ui, &label, &note, Live::Polite);
        shown = true;
    }
    // A retake says so for the whole run.
    if let Some(retake) = running.class_run.as_ref().and_then(|r| r.retake_notice(tr))
        && running.note != Some(SortNote::Retake)
    {
        ui.label(RichText::new(retake).color(ui.visuals().warn_fg_color));
        shown = true;
    }
    let session = &running.session;
    let marked = running
        .last_marked
        .filter(|_| !running.sealed())
        .and_then(|i| Some((session.visible_mark(i)?, session.cards().get(i)?)))
        .and_then(|(mark, card)| Some((mark, card, catalog.item(card.card)?)));
    let Some((mark, card, item)) = marked else {
        if !shown {
            let how = tr!(tr, "sort-board-how-to-play");
            ui.add(egui::Label::new(RichText::new(how).small().weak()).wrap());
        }
        return;
    };
    let dark = ui.visuals().dark_mode;
    crate::ui::theme::note_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // The mark, then the explanation on the same lines: the card's text
        // is on the board already (and shows on hovering the mark), so a
        // long card never pushes its explanation out of the box.
        ui.horizontal_wrapped(|ui| {
            ui.scope(|ui| mark_line(ui, tr, mark, card.owner, dark))
                .response
                .on_hover_text(&item.text);
            ui.add(egui::Label::new(&item.explanation).wrap());
        });
    });
}

/// The feedback strip in a box of fixed height that scrolls inside, so a
/// long explanation or a question never moves the board under the pointer.
fn fixed_feedback_strip(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    let width = ui.available_width();
    // A seventh of what is left at most: on a projector's 512 points of
    // height the pile needs the rest for three whole cards (the strip's
    // text scrolls).
    let height = FEEDBACK_HEIGHT.min(ui.available_height() * 0.14);
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            egui::ScrollArea::vertical()
                .id_salt("feedback-strip")
                .max_height(height)
                .auto_shrink([false, false])
                .show(ui, |ui| feedback_strip(ui, tr, catalog, running, actions));
        },
    );
}

/// Where `sync_focus` keeps the choice it last gave the focus to.
const FOCUS_SYNCED: &str = "sort-focus-synced";

/// Forgets what had the focus on the board, while the board is not shown:
/// when it is next drawn (a new exercise, back from the results), the
/// chosen card takes the focus again.
pub(super) fn forget_board_focus(ui: &Ui) {
    ui.data_mut(|d| d.remove::<(u32, Option<usize>)>(Id::unique(FOCUS_SYNCED)));
}

/// The key under which the time of the last click on Check (and on the
/// buttons that take its place) is kept; see `repeated_click`.
pub(super) const CHECK_SLOT: &str = "sort-check-slot";

/// The height kept for the feedback strip, in points.
pub const FEEDBACK_HEIGHT: f32 = 86.0;

fn keyboard(ui: &mut Ui, running: &Running, actions: &mut Vec<Action>) {
    if ui.ctx().text_edit_focused() {
        return;
    }
    let bins = running.session.bins();
    let checked = running.session.is_checked();
    // Walk the key presses in order, so that fast typing (several keys in
    // one frame, or the same key twice) places every card.
    // Where each card was drawn last frame, for the arrow keys.
    let round = running.session.round();
    let rects: Vec<(usize, egui::Rect)> = (0..running.session.cards().len())
        .filter_map(|i| {
            ui.ctx()
                .read_response(card_id(i, round))
                .map(|r| (i, r.rect))
        })
        .collect();
    // The keys act on the chosen card only while the focus is on a card (or
    // nowhere): on a button, Enter presses that button and Tab and the
    // arrows move between widgets as everywhere else.
    let focused = ui.memory(|m| m.focused());
    let on_card =
        focused.is_none_or(|f| (0..running.session.cards().len()).any(|i| card_id(i, round) == f));
    if !on_card {
        return;
    }
    let mut focus = running.focus;
    let mut arrow = |direction: Direction| -> SortAction {
        let from = focus.and_then(|f| rects.iter().find(|(i, _)| *i == f).map(|(_, r)| *r));
        match from.and_then(|from| nearest_in_direction(from, &rects, direction)) {
            Some(next) => {
                focus = Some(next);
                SortAction::Focus(Some(next))
            }
            // Nothing chosen yet (or nothing that way): follow the list.
            None if focus.is_none() => SortAction::MoveFocus(1),
            None => SortAction::Focus(focus),
        }
    };
    let mut action_for = |key: Key| -> Option<SortAction> {
        let action = match key {
            Key::ArrowRight => arrow(Direction::Right),
            Key::ArrowLeft => arrow(Direction::Left),
            Key::ArrowDown => arrow(Direction::Down),
            Key::ArrowUp => arrow(Direction::Up),
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
                repeat,
                ..
            } = event
            else {
                return true;
            };
            let plain = modifiers.is_none() || *modifiers == egui::Modifiers::SHIFT;
            // A held key moves the focus on, but never places or checks again.
            let action = action_for(*key)
                .filter(|_| plain)
                .filter(|a| !*repeat || matches!(a, SortAction::MoveFocus(_)));
            match action {
                Some(action) => {
                    push(actions, action);
                    false
                }
                None => true,
            }
        });
    });
}

/// A direction of an arrow key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Towards the top of the window.
    Up,
    /// Towards the bottom.
    Down,
    /// Towards the left.
    Left,
    /// Towards the right.
    Right,
}

/// The card nearest to `from` in `direction`, as the eye sees the board:
/// only cards whose centre lies that way count, and a card straight ahead
/// wins over a closer one off to the side.
pub fn nearest_in_direction(
    from: egui::Rect,
    cards: &[(usize, egui::Rect)],
    direction: Direction,
) -> Option<usize> {
    let (dx, dy) = match direction {
        Direction::Up => (0.0, -1.0),
        Direction::Down => (0.0, 1.0),
        Direction::Left => (-1.0, 0.0),
        Direction::Right => (1.0, 0.0),
    };
    let origin = from.center();
    cards
        .iter()
        .filter(|(_, rect)| *rect != from)
        .filter_map(|(i, rect)| {
            let v = rect.center() - origin;
            let ahead = v.x * dx + v.y * dy;
            let aside = (v.x * dy - v.y * dx).abs();
            // Ahead means past the card's own edge, not just a nudge.
            let edge = if dx == 0.0 {
                from.height() / 2.0
            } else {
                from.width() / 2.0
            };
            // Within 45 degrees of the arrow: Up never jumps far sideways.
            (ahead > edge * 0.5 && aside <= ahead).then_some((*i, ahead + 2.0 * aside))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Rect, pos2, vec2};

    fn card(x: f32, y: f32) -> Rect {
        Rect::from_min_size(pos2(x, y), vec2(200.0, 60.0))
    }

    /// A pile at the left (cards 0, 1, 2 top to bottom) and three bins to
    /// its right, AWS (3), Customer (4, 5) and Shared (6).
    fn board() -> Vec<(usize, Rect)> {
        vec![
            (0, card(0.0, 0.0)),
            (1, card(0.0, 70.0)),
            (2, card(0.0, 140.0)),
            (3, card(220.0, 40.0)),
            (4, card(440.0, 40.0)),
            (5, card(440.0, 110.0)),
            (6, card(660.0, 40.0)),
        ]
    }

    #[test]
    fn arrows_go_to_the_nearest_card_that_way_on_screen() {
        let b = board();
        let at = |i: usize| b[i].1;
        assert_eq!(nearest_in_direction(at(1), &b, Direction::Up), Some(0));
        assert_eq!(nearest_in_direction(at(1), &b, Direction::Down), Some(2));
        assert_eq!(nearest_in_direction(at(1), &b, Direction::Right), Some(3));
        assert_eq!(nearest_in_direction(at(3), &b, Direction::Right), Some(4));
        assert_eq!(nearest_in_direction(at(4), &b, Direction::Down), Some(5));
        assert_eq!(nearest_in_direction(at(5), &b, Direction::Left), Some(3));
        assert_eq!(nearest_in_direction(at(6), &b, Direction::Right), None);
    }

    #[test]
    fn up_from_the_top_of_the_pile_never_jumps_into_a_bin() {
        let b = board();
        assert_eq!(nearest_in_direction(b[0].1, &b, Direction::Up), None);
        assert_eq!(nearest_in_direction(b[3].1, &b, Direction::Up), None);
    }
}

// ---------------------------------------------------------------------------
// Results

//! The editor's card list and card form: text, owner, topic, layer,
//! services and sources of the selected card.

use egui::{Key, RichText, Ui};

use super::action::{CardField, EditorAction};
use super::fields::{add_row, field, push, text_field, warning_label};
use super::state::EditorState;
use crate::model::deck_edit::EditDoc;
use crate::model::{Item, Owner};
use crate::text::{byte_size, clip_chars};
use crate::ui::action::Action;
use crate::ui::widgets::{owner_badge, problem_label, section};

pub(super) fn card_list_ui(
    ui: &mut Ui,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    let (response, new) = text_field(ui, "New card text", &editor.new_card, false);
    if let Some(text) = new {
        push(actions, EditorAction::SetNewCardText(text));
    }
    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    let add = ui.button("Add card (Enter)").clicked();
    if enter || add {
        push(actions, EditorAction::AddCard);
        if enter {
            response.request_focus();
        }
    }
    ui.separator();
    let (_, search) = text_field(ui, "Search cards", &editor.search, false);
    if let Some(text) = search {
        push(actions, EditorAction::SetSearch(text));
    }
    let visible = editor.visible_cards();
    ui.label(
        RichText::new(format!(
            "{} of {} cards",
            visible.len(),
            doc.deck.items.len()
        ))
        .weak(),
    );
    card_rows_ui(ui, editor, doc, &visible, actions);
}

/// The list of cards (those the search keeps). Only the rows on screen are
/// laid out, so a deck of 60,000 cards costs a frame what a screenful does.
/// Rows off screen have no widgets, so the keyboard moves through the list
/// with the arrow keys (Home and End for the first and last card) from the
/// selected card: the list scrolls to the card chosen and it takes the focus.
fn card_rows_ui(
    ui: &mut Ui,
    editor: &EditorState,
    doc: &EditDoc,
    visible: &[usize],
    actions: &mut Vec<Action>,
) {
    // The card chosen with the keyboard, to scroll to and focus once it is
    // selected (egui's memory of the view, not the editor's state).
    let follow_id = egui::Id::unique("editor-card-list-follow");
    let follow: Option<usize> = ui.data(|d| d.get_temp(follow_id));
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body) + 4.0)
        + 2.0;
    let spacing = ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("editor-card-list")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, visible.len(), |ui, range| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            let content_top = ui.max_rect().top() - range.start as f32 * (row_height + spacing);
            if let Some(pos) = follow
                .filter(|&f| editor.selected == Some(f))
                .and_then(|f| visible.iter().position(|&i| i == f))
                .filter(|pos| !range.contains(pos))
            {
                // Not laid out yet: scroll there; it is focused next frame.
                let top = content_top + pos as f32 * (row_height + spacing);
                let rect =
                    egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), top..=top + row_height);
                ui.scroll_to_rect(rect, None);
                ui.ctx().request_repaint();
            }
            for pos in range {
                let Some(&index) = visible.get(pos) else {
                    continue;
                };
                let Some(item) = doc.deck.items.get(index) else {
                    continue;
                };
                let response = card_row_ui(ui, editor, item, index, row_height, actions);
                if editor.selected != Some(index) {
                    continue;
                }
                if follow == Some(index) {
                    response.request_focus();
                    response.scroll_to_me(None);
                    ui.data_mut(|d| d.remove::<usize>(follow_id));
                }
                if response.has_focus() {
                    let key = |k| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, k));
                    let next = if key(Key::ArrowDown) {
                        visible.get(pos + 1)
                    } else if key(Key::ArrowUp) {
                        pos.checked_sub(1).and_then(|p| visible.get(p))
                    } else if key(Key::Home) {
                        visible.first()
                    } else if key(Key::End) {
                        visible.last()
                    } else {
                        None
                    };
                    if let Some(&next) = next.filter(|&&n| n != index) {
                        push(actions, EditorAction::Select(next));
                        ui.data_mut(|d| d.insert_temp(follow_id, next));
                    }
                }
            }
        });
}

/// One row of the card list: owner, problem mark and the text, cut to one
/// line.
fn card_row_ui(
    ui: &mut Ui,
    editor: &EditorState,
    item: &Item,
    index: usize,
    row_height: f32,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let errors = editor.problems.card_errors(&item.id).len();
    let warnings = editor.problems.card_warnings(&item.id, &item.topic).len();
    let mark = if errors > 0 {
        Some(("⚠", ui.visuals().error_fg_color, "has errors"))
    } else if warnings > 0 {
        Some(("!", ui.visuals().warn_fg_color, "has lint warnings"))
    } else {
        None
    };
    let text = if item.text.trim().is_empty() {
        "(no text yet)"
    } else {
        // Only a line's worth is shown: a card of megabytes is not laid out
        // whole in the list.
        clip_chars(&item.text, ROW_CHARS)
    };
    let width = ui.available_width();
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, row_height), layout, |ui| {
        ui.set_min_size(egui::vec2(width, row_height));
        owner_badge(ui, item.owner);
        if let Some((mark, color, hover)) = mark {
            ui.label(RichText::new(mark).color(color).strong())
                .on_hover_text(hover);
        }
        let selected = editor.selected == Some(index);
        let button = egui::Button::selectable(selected, text).truncate();
        let response = ui.add(button);
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, text));
        if response.clicked() {
            // The arrow keys go on from the card clicked.
            response.request_focus();
            if !selected {
                push(actions, EditorAction::Select(index));
            }
        }
        response
    })
    .inner
}

/// The most characters of a card's text a row of the list shows.
const ROW_CHARS: usize = 300;

pub(super) fn card_form_ui(
    ui: &mut Ui,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    let Some(index) = editor.selected else {
        ui.add_space(8.0);
        ui.label(
            "Add a card (type its text at the left and press Enter), or pick one in the list.",
        );
        return;
    };
    let Some(item) = doc.deck.items.get(index) else {
        return;
    };
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("Card {} of {}", index + 1, doc.deck.items.len())).strong());
        if ui
            .add_enabled(index > 0, egui::Button::new("Move up"))
            .clicked()
        {
            push(actions, EditorAction::MoveCard(true));
        }
        let last = index + 1 >= doc.deck.items.len();
        if ui
            .add_enabled(!last, egui::Button::new("Move down"))
            .clicked()
        {
            push(actions, EditorAction::MoveCard(false));
        }
        if ui.button("Duplicate").clicked() {
            push(actions, EditorAction::DuplicateCard);
        }
        if ui.button("Delete card").clicked() {
            push(actions, EditorAction::DeleteCard);
        }
    });
    let problems = &editor.problems;
    // Messages come and go as the person types: their room stays while
    // this card is shown, so that no field moves under the pointer.
    keep_room(ui, ("card-errors", index), |ui| {
        for error in problems.card_errors(&item.id) {
            problem_label(ui, &error);
        }
    });
    long_field(ui, "Card text", &item.text, CardField::Text, index, actions);
    keep_room(ui, ("card-warnings", index), |ui| {
        for warning in problems.card_warnings(&item.id, &item.topic) {
            warning_label(ui, &warning.message);
        }
    });
    owner_ui(ui, item, actions);
    if item.owner == Owner::Shared {
        field(
            ui,
            "AWS part",
            &item.aws_part,
            CardField::AwsPart,
            true,
            actions,
        );
        field(
            ui,
            "Customer part",
            &item.customer_part,
            CardField::CustomerPart,
            true,
            actions,
        );
    }
    long_field(
        ui,
        "Explanation",
        &item.explanation,
        CardField::Explanation,
        index,
        actions,
    );
    topic_ui(ui, editor, doc, item, actions);
    if !doc.deck.layers.is_empty() {
        layer_choice_ui(ui, doc, item, actions);
    }
    if !doc.deck.services.is_empty() {
        section(ui, "Services");
        for service in &doc.deck.services {
            let mut on = item.services.contains(&service.id);
            ui.horizontal(|ui| {
                if ui.checkbox(&mut on, service.shown_name()).changed() {
                    push(actions, EditorAction::ToggleService(service.id.clone()));
                }
                // What a deck file or a table names it by.
                ui.label(RichText::new(format!("id: {}", service.id)).small().weak());
            });
        }
    }
    sources_ui(ui, editor, doc, item, actions);
    let tags = match &editor.tags_typed {
        Some((i, typed)) if *i == index => typed.clone(),
        _ => item.tags.join(", "),
    };
    field(
        ui,
        "Tags (comma-separated)",
        &tags,
        CardField::Tags,
        false,
        actions,
    );
    field(ui, "Card id", &item.id, CardField::Id, false, actions);
    ui.label(
        RichText::new("Made from the text until the deck is saved; change it only if you care.")
            .small()
            .weak(),
    );
}

pub(super) fn owner_ui(ui: &mut Ui, item: &Item, actions: &mut Vec<Action>) {
    ui.label("Owner");
    ui.horizontal(|ui| {
        for owner in Owner::ALL {
            let selected = item.owner == owner;
            let response = ui.add(egui::Button::selectable(selected, owner.label()));
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Button,
                    true,
                    selected,
                    format!("Owner {}", owner.label()),
                )
            });
            if response.clicked() && !selected {
                push(actions, EditorAction::SetOwner(owner));
            }
        }
    });
}

pub(super) fn topic_ui(
    ui: &mut Ui,
    editor: &EditorState,
    doc: &EditDoc,
    item: &Item,
    actions: &mut Vec<Action>,
) {
    let label = ui.label("Topic");
    let current = doc
        .deck
        .topics
        .iter()
        .find(|t| t.id == item.topic)
        .map_or("(choose a topic)", |t| t.title.as_str());
    egui::ComboBox::from_id_salt("editor-topic")
        .selected_text(current)
        .show_ui(ui, |ui| {
            for topic in &doc.deck.topics {
                if ui
                    .selectable_label(topic.id == item.topic, &topic.title)
                    .clicked()
                {
                    push(actions, EditorAction::SetTopic(topic.id.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    let (changed, add) = add_row(ui, "New topic", &editor.new_topic, "Add topic");
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewTopic(text));
    }
    if add {
        push(actions, EditorAction::AddTopic);
    }
}

/// The layer of the stack the selected card sits on (or none).
pub(super) fn layer_choice_ui(ui: &mut Ui, doc: &EditDoc, item: &Item, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Layer");
        let current = doc
            .deck
            .layers
            .iter()
            .find(|l| l.id == item.layer)
            .map_or(NO_LAYER, |l| l.title.as_str());
        // Tall enough for a whole stack, listed top first as Browse draws it.
        egui::ComboBox::from_id_salt("editor-card-layer")
            .selected_text(current)
            .height(480.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(item.layer.is_empty(), NO_LAYER)
                    .clicked()
                {
                    push(actions, EditorAction::SetCardLayer(String::new()));
                }
                for layer in doc.deck.layers.iter().rev() {
                    if ui
                        .selectable_label(layer.id == item.layer, &layer.title)
                        .clicked()
                    {
                        push(actions, EditorAction::SetCardLayer(layer.id.clone()));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

pub(super) const NO_LAYER: &str = "(no layer)";

pub(super) fn sources_ui(
    ui: &mut Ui,
    editor: &EditorState,
    doc: &EditDoc,
    item: &Item,
    actions: &mut Vec<Action>,
) {
    section(ui, "Sources");
    for source in &doc.deck.sources {
        let mut on = item.sources.contains(&source.id);
        if ui.checkbox(&mut on, &source.title).changed() {
            push(actions, EditorAction::ToggleSource(source.id.clone()));
        }
    }
    let (title, url) = &editor.new_source;
    ui.horizontal(|ui| {
        let (_, t) = text_field(ui, "New source title", title, false);
        if let Some(t) = t {
            push(actions, EditorAction::SetNewSource(t, url.clone()));
        }
    });
    let (u, add) = add_row(ui, "New source URL", url, "Add source");
    if let Some(u) = u {
        push(actions, EditorAction::SetNewSource(title.clone(), u));
    }
    if add {
        push(actions, EditorAction::AddSource);
    }
}

/// Draws `add` and keeps the most room it has taken under `key` (for as
/// long as the same key is drawn): when a message goes, the space it took
/// stays, and what follows does not move.
fn keep_room(ui: &mut Ui, key: impl std::hash::Hash + std::fmt::Debug, add: impl FnOnce(&mut Ui)) {
    let id = ui.scope_id().with(("keep-room", key));
    let top = ui.cursor().top();
    add(ui);
    let used = ui.cursor().top() - top;
    let kept = ui.data(|d| d.get_temp::<f32>(id)).unwrap_or(0.0);
    if used < kept {
        ui.add_space(kept - used);
    } else if used > kept {
        ui.data_mut(|d| d.insert_temp(id, used));
    }
}

/// Texts longer than this (in bytes) are shown cut in the card form until
/// the person asks for all of it: laying out megabytes of text in a field
/// costs seconds a frame and gigabytes of memory.
pub const LONG_TEXT_BYTES: usize = 64 * 1024;

/// How much of a long text is shown cut, in characters.
const LONG_TEXT_SHOWN: usize = 2_000;

/// A card's text field, or for a text over [`LONG_TEXT_BYTES`] its first
/// [`LONG_TEXT_SHOWN`] characters with a note and a "Show all (SIZE)"
/// button that brings the whole text in an editable field.
fn long_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    which: CardField,
    index: usize,
    actions: &mut Vec<Action>,
) {
    let multiline = which != CardField::Text;
    if value.len() <= LONG_TEXT_BYTES {
        field(ui, label, value, which, multiline, actions);
        return;
    }
    // Whether the whole text was asked for: egui's memory of the view.
    let all_id = egui::Id::unique(("editor-show-all", label, index));
    let show_all = ui.data(|d| d.get_temp::<bool>(all_id)).unwrap_or(false);
    let size = byte_size(value.len());
    if show_all {
        if ui.button(format!("Show less of the {label}")).clicked() {
            ui.data_mut(|d| d.insert_temp(all_id, false));
        }
        field(ui, label, value, which, true, actions);
        return;
    }
    let heading = ui.label(label);
    let shown = clip_chars(value, LONG_TEXT_SHOWN);
    egui::ScrollArea::vertical()
        .id_salt(("long-text", label, index))
        .max_height(160.0)
        .show(ui, |ui| {
            ui.add(egui::Label::new(format!("{shown}…")).wrap())
                .labelled_by(heading.id);
        });
    ui.label(
        RichText::new(format!(
            "This text is {size}: only its first {} characters are shown, so the window \
             stays quick. Show all of it to read or change the rest (it may take seconds).",
            LONG_TEXT_SHOWN
        ))
        .weak(),
    );
    if ui.button(format!("Show all ({size})")).clicked() {
        ui.data_mut(|d| d.insert_temp(all_id, true));
    }
}

//! The editor's card list and card form: text, owner, topic, layer,
//! services and sources of the selected card.

use crate::ui::widgets::Plain;
use egui::{Key, RichText, Ui};

use super::action::{CardField, EditorAction};
use super::fields::{add_row, field, push, text_field, warning_label};
use super::state::{EditorState, TranslationEdit};
use crate::i18n::Translator;
use crate::i18n::format::number;
use crate::i18n::words::owner_name;
use crate::model::deck_edit::EditDoc;
use crate::model::overlay::{ItemPart, ItemState};
use crate::model::{Item, Owner};
use crate::text::clip_chars;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::widgets::{owner_badge, problem_label, section};

pub(super) fn card_list_ui(
    ui: &mut Ui,
    tr: &Translator,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    let label = tr!(tr, "editor-new-card");
    let (response, new) = text_field(ui, &label, &editor.new_card, false);
    if let Some(text) = new {
        push(actions, EditorAction::SetNewCardText(text));
    }
    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    let add = ui.button(tr!(tr, "editor-add-card")).clicked();
    if enter || add {
        push(actions, EditorAction::AddCard);
        if enter {
            response.request_focus();
        }
    }
    ui.separator();
    let label = tr!(tr, "editor-search");
    let (_, search) = text_field(ui, &label, &editor.search, false);
    if let Some(text) = search {
        push(actions, EditorAction::SetSearch(text));
    }
    let visible = editor.visible_cards();
    let (shown, cards) = (visible.len(), doc.deck.items.len());
    let text = tr!(tr, "editor-cards-shown", shown = shown, cards = cards);
    ui.label(RichText::new(text).weak());
    card_rows_ui(ui, tr, editor, doc, &visible, actions);
}

/// The list of cards (those the search keeps). Only the rows on screen are
/// laid out, so a deck of 60,000 cards costs a frame what a screenful does.
/// Rows off screen have no widgets, so the keyboard moves through the list
/// with the arrow keys (Home and End for the first and last card) from the
/// selected card: the list scrolls to the card chosen and it takes the focus.
fn card_rows_ui(
    ui: &mut Ui,
    tr: &Translator,
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
                let response = card_row_ui(ui, tr, (editor, item), index, row_height, actions);
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
    tr: &Translator,
    (editor, item): (&EditorState, &Item),
    index: usize,
    row_height: f32,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let errors = editor.problems.card_errors(&item.id).len();
    let warnings = editor.problems.card_warnings(&item.id, &item.topic).len();
    let mark = if errors > 0 {
        Some((
            "⚠",
            ui.visuals().error_fg_color,
            tr!(tr, "editor-card-has-errors"),
        ))
    } else if warnings > 0 {
        Some((
            "!",
            ui.visuals().warn_fg_color,
            tr!(tr, "editor-card-has-warnings"),
        ))
    } else {
        None
    };
    let no_text;
    let text = if item.text.trim().is_empty() {
        no_text = tr!(tr, "editor-card-no-text");
        no_text.as_str()
    } else {
        // Only a line's worth is shown: a card of megabytes is not laid out
        // whole in the list.
        clip_chars(&item.text, ROW_CHARS)
    };
    let width = ui.available_width();
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, row_height), layout, |ui| {
        ui.set_min_size(egui::vec2(width, row_height));
        owner_badge(ui, tr, item.owner, f32::INFINITY);
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
    tr: &Translator,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    let Some(index) = editor.selected else {
        ui.add_space(8.0);
        ui.add(egui::Label::new(tr!(tr, "editor-no-card")).wrap());
        return;
    };
    let Some(item) = doc.deck.items.get(index) else {
        return;
    };
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let (card, cards) = (index + 1, doc.deck.items.len());
        let text = tr!(tr, "editor-card-of", card = card, cards = cards);
        ui.label(RichText::new(text).strong());
        if ui
            .add_enabled(index > 0, egui::Button::new(tr!(tr, "editor-move-up")))
            .clicked()
        {
            push(actions, EditorAction::MoveCard(true));
        }
        let last = index + 1 >= doc.deck.items.len();
        if ui
            .add_enabled(!last, egui::Button::new(tr!(tr, "editor-move-down")))
            .clicked()
        {
            push(actions, EditorAction::MoveCard(false));
        }
        if ui.button(tr!(tr, "editor-duplicate")).clicked() {
            push(actions, EditorAction::DuplicateCard);
        }
        if ui.button(tr!(tr, "editor-delete-card")).clicked() {
            push(actions, EditorAction::DeleteCard);
        }
    });
    let problems = &editor.problems;
    // Messages come and go as the person types: their room stays while
    // this card is shown, so that no field moves under the pointer.
    keep_room(ui, ("card-errors", index), |ui| {
        for error in problems.card_errors(&item.id) {
            problem_label(ui, &error.localized(tr));
        }
    });
    let label = tr!(tr, "editor-card-text");
    long_field(
        ui,
        tr,
        (&label, &item.text),
        CardField::Text,
        index,
        actions,
    );
    keep_room(ui, ("card-warnings", index), |ui| {
        for warning in problems.card_warnings(&item.id, &item.topic) {
            warning_label(ui, tr, &warning.message.localized(tr));
        }
    });
    owner_ui(ui, tr, item, actions);
    if item.owner == Owner::Shared {
        let label = tr!(tr, "editor-aws-part");
        field(
            ui,
            &label,
            &item.aws_part,
            CardField::AwsPart,
            true,
            actions,
        );
        let label = tr!(tr, "editor-customer-part");
        let value = &item.customer_part;
        field(ui, &label, value, CardField::CustomerPart, true, actions);
    }
    let label = tr!(tr, "editor-explanation");
    let value = (label.as_str(), item.explanation.as_str());
    long_field(ui, tr, value, CardField::Explanation, index, actions);
    if let Some(edit) = &editor.translation {
        translation_ui(ui, tr, edit, item, actions);
    }
    topic_ui(ui, tr, (editor, doc), item, actions);
    if !doc.deck.layers.is_empty() {
        layer_choice_ui(ui, tr, doc, item, actions);
    }
    if !doc.deck.services.is_empty() {
        section(ui, &tr!(tr, "editor-services"));
        for service in &doc.deck.services {
            let mut on = item.services.contains(&service.id);
            ui.horizontal(|ui| {
                if ui.checkbox(&mut on, service.shown_name()).changed() {
                    push(actions, EditorAction::ToggleService(service.id.clone()));
                }
                // What a deck file or a table names it by.
                let id = service.id.as_str();
                ui.label(RichText::new(tr!(tr, "editor-id", id = id)).small().weak());
            });
        }
    }
    sources_ui(ui, tr, (editor, doc), item, actions);
    let tags = match &editor.tags_typed {
        Some((i, typed)) if *i == index => typed.clone(),
        _ => item.tags.join(", "),
    };
    let label = tr!(tr, "editor-tags");
    field(ui, &label, &tags, CardField::Tags, false, actions);
    let label = tr!(tr, "editor-card-id");
    field(ui, &label, &item.id, CardField::Id, false, actions);
    let hint = RichText::new(tr!(tr, "editor-card-id-hint")).small().weak();
    ui.add(egui::Label::new(hint).wrap());
}

/// The card's translation into the language chosen, under its English:
/// whether it is up to date, and a field for each part the card has.
fn translation_ui(
    ui: &mut Ui,
    tr: &Translator,
    edit: &TranslationEdit,
    item: &Item,
    actions: &mut Vec<Action>,
) {
    let language = edit.language.native_name();
    section(
        ui,
        &tr!(tr, "editor-translation-section", language = language),
    );
    let entry = edit.doc.item(&item.id);
    match edit.doc.item_state(item) {
        ItemState::Untranslated => {
            let text = tr!(tr, "editor-translation-untranslated", language = language);
            ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
        }
        ItemState::UpToDate => {
            let text = tr!(tr, "editor-translation-up-to-date");
            let color = crate::ui::widgets::good_color(ui.visuals().dark_mode);
            ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
        }
        ItemState::Stale => {
            let text = tr!(tr, "editor-translation-stale", language = language);
            warning_label(ui, tr, &text);
            if ui
                .button(tr!(tr, "editor-translation-mark"))
                .plain()
                .clicked()
            {
                push(actions, EditorAction::MarkTranslationUpToDate);
            }
        }
    }
    let mut parts = vec![ItemPart::Text, ItemPart::Explanation];
    if item.owner == Owner::Shared {
        parts.splice(1..1, [ItemPart::AwsPart, ItemPart::CustomerPart]);
    }
    for part in parts {
        let (field, multiline) = match part {
            ItemPart::Text => (tr!(tr, "editor-card-text"), false),
            ItemPart::AwsPart => (tr!(tr, "editor-aws-part"), true),
            ItemPart::CustomerPart => (tr!(tr, "editor-customer-part"), true),
            ItemPart::Explanation => (tr!(tr, "editor-explanation"), true),
        };
        let label = tr!(
            tr,
            "editor-translation-field",
            field = field,
            language = language
        );
        let value = entry.map_or("", |e| e.part(part));
        let (_, changed) = text_field(ui, &label, value, multiline);
        if let Some(text) = changed {
            push(actions, EditorAction::SetTranslation(part, text));
        }
    }
}

pub(super) fn owner_ui(ui: &mut Ui, tr: &Translator, item: &Item, actions: &mut Vec<Action>) {
    ui.label(tr!(tr, "editor-owner"));
    ui.horizontal(|ui| {
        for owner in Owner::ALL {
            let selected = item.owner == owner;
            let shown = owner_name(tr, owner);
            let response = ui.add(egui::Button::selectable(selected, &shown));
            let name = tr!(tr, "editor-owner-choice", owner = shown);
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name)
            });
            if response.clicked() && !selected {
                push(actions, EditorAction::SetOwner(owner));
            }
        }
    });
}

pub(super) fn topic_ui(
    ui: &mut Ui,
    tr: &Translator,
    (editor, doc): (&EditorState, &EditDoc),
    item: &Item,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(tr!(tr, "editor-topic"));
    let current = doc
        .deck
        .topics
        .iter()
        .find(|t| t.id == item.topic)
        .map_or_else(|| tr!(tr, "editor-choose-topic"), |t| t.title.clone());
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
    let (label, button) = (tr!(tr, "editor-new-topic"), tr!(tr, "editor-add-topic"));
    let (changed, add) = add_row(ui, &label, &editor.new_topic, &button);
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewTopic(text));
    }
    if add {
        push(actions, EditorAction::AddTopic);
    }
}

/// The layer of the stack the selected card sits on (or none).
pub(super) fn layer_choice_ui(
    ui: &mut Ui,
    tr: &Translator,
    doc: &EditDoc,
    item: &Item,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(tr, "editor-layer"));
        let no_layer = tr!(tr, "editor-no-layer");
        let current = doc
            .deck
            .layers
            .iter()
            .find(|l| l.id == item.layer)
            .map_or(no_layer.as_str(), |l| l.title.as_str());
        // Tall enough for a whole stack, listed top first as Browse draws it.
        egui::ComboBox::from_id_salt("editor-card-layer")
            .selected_text(current)
            .height(480.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(item.layer.is_empty(), &no_layer)
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

pub(super) fn sources_ui(
    ui: &mut Ui,
    tr: &Translator,
    (editor, doc): (&EditorState, &EditDoc),
    item: &Item,
    actions: &mut Vec<Action>,
) {
    section(ui, &tr!(tr, "editor-sources"));
    for source in &doc.deck.sources {
        let mut on = item.sources.contains(&source.id);
        if ui.checkbox(&mut on, &source.title).changed() {
            push(actions, EditorAction::ToggleSource(source.id.clone()));
        }
    }
    let (title, url) = &editor.new_source;
    ui.horizontal(|ui| {
        let label = tr!(tr, "editor-new-source-title");
        let (_, t) = text_field(ui, &label, title, false);
        if let Some(t) = t {
            push(actions, EditorAction::SetNewSource(t, url.clone()));
        }
    });
    let (label, button) = (
        tr!(tr, "editor-new-source-url"),
        tr!(tr, "editor-add-source"),
    );
    let (u, add) = add_row(ui, &label, url, &button);
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
    tr: &Translator,
    (label, value): (&str, &str),
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
    let all_id = egui::Id::unique(("editor-show-all", which, index));
    let show_all = ui.data(|d| d.get_temp::<bool>(all_id)).unwrap_or(false);
    let size = size_text(tr, value.len());
    if show_all {
        let less = match which {
            CardField::Text => tr!(tr, "editor-show-less-text"),
            _ => tr!(tr, "editor-show-less-explanation"),
        };
        if ui.button(less).clicked() {
            ui.data_mut(|d| d.insert_temp(all_id, false));
        }
        field(ui, label, value, which, true, actions);
        return;
    }
    let heading = ui.label(label);
    let shown = clip_chars(value, LONG_TEXT_SHOWN);
    egui::ScrollArea::vertical()
        .id_salt(("long-text", which, index))
        .max_height(160.0)
        .show(ui, |ui| {
            ui.add(egui::Label::new(format!("{shown}…")).wrap())
                .labelled_by(heading.id);
        });
    let note = tr!(
        tr,
        "editor-long-text",
        size = size.as_str(),
        shown = LONG_TEXT_SHOWN
    );
    ui.add(egui::Label::new(RichText::new(note).weak()).wrap());
    if ui
        .button(tr!(tr, "editor-show-all", size = size.as_str()))
        .clicked()
    {
        ui.data_mut(|d| d.insert_temp(all_id, true));
    }
}

/// A size in bytes as a person reads it: "512 bytes", "8.0 MB", "8,0 MB".
fn size_text(tr: &Translator, bytes: usize) -> String {
    let (value, unit) = match bytes {
        0..1_000 => return tr!(tr, "editor-size-bytes", bytes = bytes),
        1_000..1_000_000 => (bytes as f64 / 1e3, "KB"),
        _ => (bytes as f64 / 1e6, "MB"),
    };
    format!("{} {unit}", number(tr.language(), value, 1))
}

//! The deck editor page: choosing a deck, the deck's header, and which of
//! the cards, the stack or the paste panel is shown, with the "unsaved
//! changes" question. Drawing only: every change is an [`EditorAction`].

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use egui::{Key, Modifiers, RichText, Ui};

use super::action::{DeckField, EditorAction, NewDeckForm};
use super::cards::{card_form_ui, card_list_ui};
use super::fields::{push, text_field};
use super::guide::guide_ui;
use super::paste::paste_ui;
use super::stack::stack_ui;
use super::state::EditorState;
use super::translation::TRANSLATION_LANGUAGES;
use crate::i18n::Translator;
use crate::model::deck_edit::EditDoc;
use crate::model::{Catalog, Origin};
use crate::tr;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::widgets::{keep_together, note_ui, problem_label, section, text_width};

/// Draws the deck editor page.
pub fn editor_ui(ui: &mut Ui, ctx: &ViewCtx, editor: &EditorState, actions: &mut Vec<Action>) {
    let tr = ctx.tr;
    if editor.asking.is_some() {
        unsaved_modal(ui.ctx(), tr, actions);
    }
    if let Some(asked) = &editor.changed_on_disk {
        super::changed::changed_modal(ui.ctx(), tr, asked, actions);
    }
    let Some(doc) = &editor.doc else {
        egui::ScrollArea::vertical()
            .id_salt("editor-start")
            .show(ui, |ui| {
                if editor.guide_open {
                    guide_ui(ui, tr, actions);
                } else {
                    start_ui(ui, ctx, editor, actions);
                }
            });
        return;
    };
    shortcuts(ui, editor, actions);
    // The header scrolls within at most 40% of the page, so that the cards
    // (what the page is for) keep the rest, whatever the deck's details and
    // problems take (at 800x600 they pushed the card list off the window).
    let header_height = (ui.available_height() * HEADER_SHARE).max(HEADER_MIN);
    egui::Panel::top("editor-header")
        .frame(inner_side_panel(ui))
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("editor-header")
                .max_height(header_height)
                .show(ui, |ui| header_ui(ui, ctx, editor, doc, actions));
        });
    if editor.guide_open {
        egui::CentralPanel::default()
            .frame(inner_central_panel(ui))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-guide")
                    .show(ui, |ui| guide_ui(ui, tr, actions));
            });
        return;
    }
    if let Some(paste) = &editor.paste {
        egui::CentralPanel::default()
            .frame(inner_central_panel(ui))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-paste")
                    .show(ui, |ui| paste_ui(ui, tr, paste, actions));
            });
        return;
    }
    if editor.stack_open {
        egui::CentralPanel::default()
            .frame(inner_central_panel(ui))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-stack")
                    .show(ui, |ui| {
                        stack_ui(ui, tr, ctx.catalog, editor, doc, actions);
                    });
            });
        return;
    }
    egui::Panel::left("editor-cards")
        .frame(inner_side_panel(ui))
        .resizable(true)
        .default_size(320.0)
        .min_size(200.0)
        .max_size((ui.available_width() * 0.45).max(200.0))
        .show(ui, |ui| card_list_ui(ui, tr, editor, doc, actions));
    egui::CentralPanel::default()
        .frame(inner_central_panel(ui))
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("editor-card")
                .show(ui, |ui| card_form_ui(ui, tr, editor, doc, actions));
        });
}

/// "Translate into": the language whose translation of the deck shows
/// under each card's English (a deck not saved in a file yet cannot be
/// translated: its translation would name a deck the app does not load).
fn translate_picker_ui(
    ui: &mut Ui,
    tr: &Translator,
    editor: &EditorState,
    actions: &mut Vec<Action>,
) {
    let current = editor.translation.as_ref().map(|t| t.language);
    let none = tr!(tr, "editor-translate-none");
    let shown = current.map_or(none.clone(), |l| l.native_name().to_owned());
    let label_text = tr!(tr, "editor-translate-into");
    // The label and its dropdown go to the next row together.
    let names = TRANSLATION_LANGUAGES
        .iter()
        .map(|l| text_width(ui, l.native_name(), egui::TextStyle::Button))
        .fold(text_width(ui, &none, egui::TextStyle::Button), f32::max);
    let combo_width = names + ui.spacing().icon_width + 2.0 * ui.spacing().button_padding.x;
    let gap = ui.spacing().item_spacing.x;
    let label_width = text_width(ui, &label_text, egui::TextStyle::Body);
    keep_together(ui, label_width + gap + combo_width + gap);
    let label = ui.label(label_text);
    let enabled = editor.can_translate();
    let combo = ui.add_enabled_ui(enabled, |ui| {
        egui::ComboBox::from_id_salt("editor-translate-into")
            .width(combo_width)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), none).clicked() && current.is_some() {
                    push(actions, EditorAction::TranslateInto(None));
                }
                for language in TRANSLATION_LANGUAGES {
                    let chosen = current == Some(language);
                    if ui
                        .selectable_label(chosen, language.native_name())
                        .clicked()
                        && !chosen
                    {
                        push(actions, EditorAction::TranslateInto(Some(language)));
                    }
                }
            })
    });
    let response = combo.inner.response.labelled_by(label.id);
    if enabled {
        response.on_hover_text(tr!(tr, "editor-translate-hint"));
    } else {
        response.on_disabled_hover_text(tr!(tr, "editor-translate-save-first"));
    }
}

/// The share of the page's height the header may take before it scrolls.
const HEADER_SHARE: f32 = 0.4;
/// The header's height in the smallest window (its first two rows).
const HEADER_MIN: f32 = 120.0;

/// Ctrl+Z, Ctrl+Shift+Z (or Ctrl+Y) and Ctrl+S, taken before any text box
/// sees them, so undo is the deck's, not one field's.
fn shortcuts(ui: &mut Ui, editor: &EditorState, actions: &mut Vec<Action>) {
    if editor.is_asking() {
        return;
    }
    let shift = Modifiers::COMMAND | Modifiers::SHIFT;
    let redo =
        ui.input_mut(|i| i.consume_key(shift, Key::Z) || i.consume_key(Modifiers::COMMAND, Key::Y));
    let undo = ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::Z));
    let save = ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::S));
    if redo {
        push(actions, EditorAction::Redo);
    } else if undo {
        push(actions, EditorAction::Undo);
    }
    if save {
        push(actions, EditorAction::Save);
    }
}

fn start_ui(ui: &mut Ui, ctx: &ViewCtx, editor: &EditorState, actions: &mut Vec<Action>) {
    let tr = ctx.tr;
    ui.add_space(6.0);
    ui.heading(tr!(tr, "editor-title"));
    ui.add(egui::Label::new(tr!(tr, "editor-intro")).wrap());
    if ui
        .button(tr!(tr, "editor-guide"))
        .on_hover_text(tr!(tr, "editor-guide-hint"))
        .clicked()
    {
        push(actions, EditorAction::ShowGuide(true));
    }
    note_ui(ui, &editor.note.as_ref().map(|n| n.show(tr)));
    section(ui, &tr!(tr, "editor-new-deck"));
    let form = &editor.new_deck;
    let mut changed = None;
    ui.set_max_width(ui.available_width().min(640.0));
    let label = tr!(tr, "editor-new-deck-title");
    let (_, title) = text_field(ui, &label, &form.title, false);
    if let Some(title) = title {
        changed = Some(NewDeckForm {
            title,
            ..form.clone()
        });
    }
    let label = tr!(tr, "editor-new-deck-id");
    let (_, id) = text_field(ui, &label, &form.id, false);
    if let Some(id) = id {
        changed = Some(NewDeckForm { id, ..form.clone() });
    }
    let label = tr!(tr, "editor-new-deck-description");
    let (_, description) = text_field(ui, &label, &form.description, true);
    if let Some(description) = description {
        changed = Some(NewDeckForm {
            description,
            ..form.clone()
        });
    }
    let label = tr!(tr, "editor-new-deck-language");
    let (_, language) = text_field(ui, &label, &form.language, false);
    if let Some(language) = language {
        changed = Some(NewDeckForm {
            language,
            ..form.clone()
        });
    }
    if let Some(form) = changed {
        push(actions, EditorAction::SetNewDeck(form));
    }
    if ui
        .button(RichText::new(tr!(tr, "editor-create-deck")).strong())
        .clicked()
    {
        push(actions, EditorAction::CreateDeck);
    }
    section(ui, &tr!(tr, "editor-open-deck"));
    let catalog = ctx.catalog;
    open_list_ui(ui, tr, catalog, actions);
    if !editor.drafts.is_empty() {
        section(ui, &tr!(tr, "editor-drafts"));
        for path in &editor.drafts {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.horizontal(|ui| {
                ui.label(&name);
                let open = tr!(tr, "editor-open-draft", draft = name.as_str());
                if ui.button(open).clicked() {
                    push(actions, EditorAction::OpenDraft(path.clone()));
                }
            });
        }
    }
}

fn open_list_ui(ui: &mut Ui, tr: &Translator, catalog: &Catalog, actions: &mut Vec<Action>) {
    egui::Grid::new("editor-open")
        .num_columns(3)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for loaded in &catalog.decks {
                let deck = &loaded.deck;
                let (title, cards) = (deck.title.as_str(), deck.items.len());
                ui.label(tr!(
                    tr,
                    "editor-open-deck-row",
                    title = title,
                    cards = cards
                ));
                if matches!(loaded.origin, Origin::File(_)) {
                    let edit = ui
                        .button(tr!(tr, "editor-edit"))
                        .on_hover_text(tr!(tr, "editor-edit-hint"));
                    if edit.clicked() {
                        push(actions, EditorAction::OpenDeck(deck.id.clone()));
                    }
                } else {
                    ui.label(RichText::new(tr!(tr, "editor-built-in")).weak());
                }
                let id = deck.id.as_str();
                let copy = ui
                    .button(tr!(tr, "editor-edit-copy", id = id))
                    .on_hover_text(tr!(tr, "editor-edit-copy-hint"));
                if copy.clicked() {
                    push(actions, EditorAction::OpenCopy(deck.id.clone()));
                }
                ui.end_row();
            }
        });
}

fn header_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    let tr = ctx.tr;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(if doc.deck.title.trim().is_empty() {
            tr!(tr, "editor-untitled")
        } else {
            doc.deck.title.clone()
        });
        if editor.is_dirty() {
            ui.label(
                RichText::new(tr!(tr, "editor-unsaved-mark"))
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            );
        } else {
            ui.label(RichText::new(tr!(tr, "editor-saved")).weak());
        }
        let errors = editor.error_count();
        let text = tr!(tr, "editor-errors", errors = errors);
        let color = if errors == 0 {
            crate::ui::widgets::good_color(ui.visuals().dark_mode)
        } else {
            ui.visuals().error_fg_color
        };
        ui.label(RichText::new(text).color(color).strong())
            .on_hover_text(tr!(tr, "editor-errors-hint"));
        let warnings = editor.problems.warnings.len();
        ui.label(
            RichText::new(tr!(tr, "editor-warnings", warnings = warnings))
                .color(ui.visuals().warn_fg_color),
        )
        .on_hover_text(tr!(tr, "editor-warnings-hint"));
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(doc.can_undo(), egui::Button::new(tr!(tr, "editor-undo")))
            .clicked()
        {
            push(actions, EditorAction::Undo);
        }
        if ui
            .add_enabled(doc.can_redo(), egui::Button::new(tr!(tr, "editor-redo")))
            .clicked()
        {
            push(actions, EditorAction::Redo);
        }
        if ui
            .button(RichText::new(tr!(tr, "editor-save")).strong())
            .clicked()
        {
            push(actions, EditorAction::Save);
        }
        file_button(
            ui,
            ctx,
            &tr!(tr, "editor-export"),
            Purpose::ExportEditedDeck,
            true,
            actions,
        );
        if ui.button(tr!(tr, "editor-paste")).clicked() {
            push(actions, EditorAction::OpenPaste);
        }
        if ui
            .add(egui::Button::selectable(
                editor.guide_open,
                tr!(tr, "editor-guide"),
            ))
            .on_hover_text(tr!(tr, "editor-guide-hint"))
            .clicked()
        {
            push(actions, EditorAction::ShowGuide(!editor.guide_open));
        }
        if ui.button(tr!(tr, "editor-close-deck")).clicked() {
            push(actions, EditorAction::Close);
        }
        translate_picker_ui(ui, tr, editor, actions);
    });
    // The cards, or the stack the deck's services draw in Browse.
    if editor.paste.is_none() {
        ui.horizontal_wrapped(|ui| {
            let deck = &doc.deck;
            let cards = tr!(tr, "editor-cards-tab", cards = deck.items.len());
            if ui
                .add(egui::Button::selectable(!editor.stack_open, cards))
                .clicked()
            {
                push(actions, EditorAction::ShowStack(false));
            }
            let (layers, services) = (deck.layers.len(), deck.services.len());
            let stack = tr!(tr, "editor-stack-tab", layers = layers, services = services);
            if ui
                .add(egui::Button::selectable(editor.stack_open, stack))
                .clicked()
            {
                push(actions, EditorAction::ShowStack(true));
            }
        });
    }
    note_ui(ui, &editor.note.as_ref().map(|n| n.show(tr)));
    egui::CollapsingHeader::new(tr!(tr, "editor-details"))
        .id_salt("editor-details")
        .default_open(doc.deck.items.is_empty())
        .show(ui, |ui| {
            let deck = &doc.deck;
            let fields = [
                (DeckField::Title, tr!(tr, "editor-deck-title"), &deck.title),
                (DeckField::Id, tr!(tr, "editor-deck-id"), &deck.id),
                (
                    DeckField::Description,
                    tr!(tr, "editor-deck-description"),
                    &deck.description,
                ),
                (
                    DeckField::Language,
                    tr!(tr, "editor-deck-language"),
                    &deck.language,
                ),
            ];
            for (field, label, value) in fields {
                let (_, changed) = text_field(ui, &label, value, false);
                if let Some(value) = changed {
                    push(actions, EditorAction::SetDeckField(field, value));
                }
            }
        });
    for error in editor.problems.deck_errors() {
        problem_label(ui, &error.localized(tr));
    }
    if let Some(clash) = &editor.id_clash {
        let (id, origin) = (clash.id.as_str(), clash.origin.as_str());
        problem_label(ui, &tr!(tr, "editor-id-clash", id = id, origin = origin));
    }
    ui.add_space(4.0);
}

fn unsaved_modal(ctx: &egui::Context, tr: &Translator, actions: &mut Vec<Action>) {
    egui::Modal::new(egui::Id::unique("editor-unsaved")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(tr!(tr, "editor-unsaved-title"));
        ui.add(egui::Label::new(tr!(tr, "editor-unsaved-question")).wrap());
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let save = RichText::new(tr!(tr, "editor-unsaved-save")).strong();
            if ui.button(save).clicked() {
                push(actions, EditorAction::SaveAndGoOn);
            }
            if ui.button(tr!(tr, "editor-unsaved-discard")).clicked() {
                push(actions, EditorAction::DiscardAndGoOn);
            }
            if ui.button(tr!(tr, "editor-keep-editing")).clicked()
                || ui.input(|i| i.key_pressed(Key::Escape))
            {
                push(actions, EditorAction::KeepEditing);
            }
        });
    });
}

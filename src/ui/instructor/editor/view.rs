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
use crate::model::deck_edit::EditDoc;
use crate::model::{Catalog, Origin};
use crate::text::count;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::widgets::{note_ui, problem_label, section};

/// Draws the deck editor page.
pub fn editor_ui(ui: &mut Ui, ctx: &ViewCtx, editor: &EditorState, actions: &mut Vec<Action>) {
    if editor.asking.is_some() {
        unsaved_modal(ui.ctx(), actions);
    }
    if let Some(asked) = &editor.changed_on_disk {
        super::changed::changed_modal(ui.ctx(), asked, actions);
    }
    let Some(doc) = &editor.doc else {
        egui::ScrollArea::vertical()
            .id_salt("editor-start")
            .show(ui, |ui| {
                if editor.guide_open {
                    guide_ui(ui, actions);
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
                    .show(ui, |ui| guide_ui(ui, actions));
            });
        return;
    }
    if let Some(paste) = &editor.paste {
        egui::CentralPanel::default()
            .frame(inner_central_panel(ui))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-paste")
                    .show(ui, |ui| paste_ui(ui, paste, actions));
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
                        stack_ui(ui, ctx.catalog, editor, doc, actions);
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
        .show(ui, |ui| card_list_ui(ui, editor, doc, actions));
    egui::CentralPanel::default()
        .frame(inner_central_panel(ui))
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("editor-card")
                .show(ui, |ui| card_form_ui(ui, editor, doc, actions));
        });
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
    ui.add_space(6.0);
    ui.heading("Edit decks");
    ui.label(
        "Write a deck here, card by card or pasted from a spreadsheet. A deck with errors is \
         kept as a draft until it is fixed, so nothing you type is lost.",
    );
    if ui
        .button("Deck format")
        .on_hover_text("How to write a deck or a table: the guide, in the app")
        .clicked()
    {
        push(actions, EditorAction::ShowGuide(true));
    }
    note_ui(ui, &editor.note);
    section(ui, "New deck");
    let form = &editor.new_deck;
    let mut changed = None;
    ui.set_max_width(ui.available_width().min(640.0));
    let (_, title) = text_field(ui, "Title", &form.title, false);
    if let Some(title) = title {
        changed = Some(NewDeckForm {
            title,
            ..form.clone()
        });
    }
    let (_, id) = text_field(
        ui,
        "Deck id (made from the title when left empty)",
        &form.id,
        false,
    );
    if let Some(id) = id {
        changed = Some(NewDeckForm { id, ..form.clone() });
    }
    let (_, description) = text_field(ui, "Description", &form.description, true);
    if let Some(description) = description {
        changed = Some(NewDeckForm {
            description,
            ..form.clone()
        });
    }
    let (_, language) = text_field(
        ui,
        "Language (e.g. en, pt-BR; optional)",
        &form.language,
        false,
    );
    if let Some(language) = language {
        changed = Some(NewDeckForm {
            language,
            ..form.clone()
        });
    }
    if let Some(form) = changed {
        push(actions, EditorAction::SetNewDeck(form));
    }
    if ui.button(RichText::new("Create deck").strong()).clicked() {
        push(actions, EditorAction::CreateDeck);
    }
    section(ui, "Open a deck");
    let catalog = ctx.catalog;
    open_list_ui(ui, catalog, actions);
    if !editor.drafts.is_empty() {
        section(ui, "Drafts (not in Browse until they have no errors)");
        for path in &editor.drafts {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.horizontal(|ui| {
                ui.label(&name);
                if ui.button(format!("Open draft {name}")).clicked() {
                    push(actions, EditorAction::OpenDraft(path.clone()));
                }
            });
        }
    }
}

fn open_list_ui(ui: &mut Ui, catalog: &Catalog, actions: &mut Vec<Action>) {
    egui::Grid::new("editor-open")
        .num_columns(3)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for loaded in &catalog.decks {
                let deck = &loaded.deck;
                ui.label(format!("{} ({} cards)", deck.title, deck.items.len()));
                if matches!(loaded.origin, Origin::File(_)) {
                    let edit = ui
                        .button("Edit")
                        .on_hover_text("Change this deck in its file");
                    if edit.clicked() {
                        push(actions, EditorAction::OpenDeck(deck.id.clone()));
                    }
                } else {
                    ui.label(RichText::new("built in").weak());
                }
                let copy = ui
                    .button(format!("Edit a copy of {}", deck.id))
                    .on_hover_text("A new deck with these cards, saved under its own id");
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
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(if doc.deck.title.trim().is_empty() {
            "Untitled deck"
        } else {
            doc.deck.title.as_str()
        });
        if doc.is_dirty() {
            ui.label(
                RichText::new("* Unsaved changes")
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            );
        } else {
            ui.label(RichText::new("Saved").weak());
        }
        let errors = editor.error_count();
        let text = match errors {
            0 => "No errors".to_owned(),
            1 => "1 error".to_owned(),
            n => format!("{n} errors"),
        };
        let color = if errors == 0 {
            crate::ui::widgets::good_color(ui.visuals().dark_mode)
        } else {
            ui.visuals().error_fg_color
        };
        ui.label(RichText::new(text).color(color).strong())
            .on_hover_text(
                "What `srm-study validate` reports: a deck with errors is saved as a draft",
            );
        let warnings = editor.problems.warnings.len();
        ui.label(
            RichText::new(match warnings {
                1 => "1 warning".to_owned(),
                n => format!("{n} warnings"),
            })
            .color(ui.visuals().warn_fg_color),
        )
        .on_hover_text("The deck lint: never blocks saving");
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(doc.can_undo(), egui::Button::new("Undo (Ctrl+Z)"))
            .clicked()
        {
            push(actions, EditorAction::Undo);
        }
        if ui
            .add_enabled(doc.can_redo(), egui::Button::new("Redo (Ctrl+Shift+Z)"))
            .clicked()
        {
            push(actions, EditorAction::Redo);
        }
        if ui.button(RichText::new("Save (Ctrl+S)").strong()).clicked() {
            push(actions, EditorAction::Save);
        }
        file_button(ui, ctx, "Export…", Purpose::ExportEditedDeck, true, actions);
        if ui.button("Paste from a spreadsheet").clicked() {
            push(actions, EditorAction::OpenPaste);
        }
        if ui
            .add(egui::Button::selectable(editor.guide_open, "Deck format"))
            .on_hover_text("How to write a deck or a table: the guide, in the app")
            .clicked()
        {
            push(actions, EditorAction::ShowGuide(!editor.guide_open));
        }
        if ui.button("Close deck").clicked() {
            push(actions, EditorAction::Close);
        }
    });
    // The cards, or the stack the deck's services draw in Browse.
    if editor.paste.is_none() {
        ui.horizontal_wrapped(|ui| {
            let deck = &doc.deck;
            let cards = count(deck.items.len(), "card", "cards");
            if ui
                .add(egui::Button::selectable(!editor.stack_open, cards))
                .clicked()
            {
                push(actions, EditorAction::ShowStack(false));
            }
            let stack = format!(
                "Stack: {}, {}",
                count(deck.layers.len(), "layer", "layers"),
                count(deck.services.len(), "service", "services")
            );
            if ui
                .add(egui::Button::selectable(editor.stack_open, stack))
                .clicked()
            {
                push(actions, EditorAction::ShowStack(true));
            }
        });
    }
    note_ui(ui, &editor.note);
    egui::CollapsingHeader::new("Deck details: id, title, description, language")
        .default_open(doc.deck.items.is_empty())
        .show(ui, |ui| {
            let fields = [
                (DeckField::Title, "Deck title", doc.deck.title.as_str()),
                (DeckField::Id, "Deck id", doc.deck.id.as_str()),
                (
                    DeckField::Description,
                    "Deck description",
                    doc.deck.description.as_str(),
                ),
                (
                    DeckField::Language,
                    "Deck language",
                    doc.deck.language.as_str(),
                ),
            ];
            for (field, label, value) in fields {
                let (_, changed) = text_field(ui, label, value, false);
                if let Some(value) = changed {
                    push(actions, EditorAction::SetDeckField(field, value));
                }
            }
        });
    for error in editor.problems.deck_errors() {
        problem_label(ui, &error);
    }
    if let Some(clash) = &editor.id_clash {
        problem_label(ui, clash);
    }
    ui.add_space(4.0);
}

fn unsaved_modal(ctx: &egui::Context, actions: &mut Vec<Action>) {
    egui::Modal::new(egui::Id::unique("editor-unsaved")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading("Unsaved changes");
        ui.label("The deck has changes that are not saved. Save them first?");
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(RichText::new("Save").strong()).clicked() {
                push(actions, EditorAction::SaveAndGoOn);
            }
            if ui.button("Discard changes").clicked() {
                push(actions, EditorAction::DiscardAndGoOn);
            }
            if ui.button("Keep editing").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                push(actions, EditorAction::KeepEditing);
            }
        });
    });
}

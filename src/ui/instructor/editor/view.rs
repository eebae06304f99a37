//! The deck editor page: choosing a deck, the deck's header, the card list
//! and the card form, the paste panel and the "unsaved changes" question.
//! Drawing only: every change is an [`EditorAction`].

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use egui::{Key, Modifiers, RichText, Ui};

use super::action::{CardField, DeckField, EditorAction, NewDeckForm};
use super::state::EditorState;
use crate::model::deck_edit::EditDoc;
use crate::model::{Catalog, Item, Origin, Owner};
use crate::ui::action::{Action, Purpose};
use crate::ui::file_prompt::file_button;
use crate::ui::instructor::action::InstructorAction;
use crate::ui::state::AppState;
use crate::ui::widgets::{note_ui, owner_badge, problem_label, section};

fn push(actions: &mut Vec<Action>, action: EditorAction) {
    actions.push(Action::Instructor(InstructorAction::Editor(action)));
}

/// Draws the deck editor page.
pub fn editor_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let editor = &state.instructor.editor;
    if editor.asking.is_some() {
        unsaved_modal(ui.ctx(), actions);
    }
    let Some(doc) = &editor.doc else {
        egui::ScrollArea::vertical()
            .id_salt("editor-start")
            .show(ui, |ui| start_ui(ui, state, actions));
        return;
    };
    shortcuts(ui, editor, actions);
    egui::Panel::top("editor-header")
        .frame(inner_side_panel(ui))
        .show(ui, |ui| header_ui(ui, state, doc, actions));
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

/// Ctrl+Z, Ctrl+Shift+Z (or Ctrl+Y) and Ctrl+S, taken before any text box
/// sees them, so undo is the deck's, not one field's.
fn shortcuts(ui: &mut Ui, editor: &EditorState, actions: &mut Vec<Action>) {
    if editor.asking.is_some() {
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

/// A one-line text field with a visible, accessible label; pushes the new
/// text when it changes. Returns the field's response.
fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    multiline: bool,
) -> (egui::Response, Option<String>) {
    let label = ui.label(label);
    let mut text = value.to_owned();
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(edit.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let changed = response.changed().then_some(text);
    (response, changed)
}

fn start_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let editor = &state.instructor.editor;
    ui.add_space(6.0);
    ui.heading("Edit decks");
    ui.label(
        "Write a deck here, card by card or pasted from a spreadsheet. A deck with errors is \
         kept as a draft until it is fixed, so nothing you type is lost.",
    );
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
    let catalog = &state.shared.catalog;
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

fn header_ui(ui: &mut Ui, state: &AppState, doc: &EditDoc, actions: &mut Vec<Action>) {
    let editor = &state.instructor.editor;
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
        file_button(
            ui,
            &state.prompt,
            "Export…",
            Purpose::ExportEditedDeck,
            true,
            actions,
        );
        if ui.button("Paste from a spreadsheet").clicked() {
            push(actions, EditorAction::OpenPaste);
        }
        if ui.button("Close deck").clicked() {
            push(actions, EditorAction::Close);
        }
    });
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

fn card_list_ui(ui: &mut Ui, editor: &EditorState, doc: &EditDoc, actions: &mut Vec<Action>) {
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
    egui::ScrollArea::vertical()
        .id_salt("editor-card-list")
        .show(ui, |ui| {
            for index in visible {
                let item = &doc.deck.items[index];
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
                    item.text.as_str()
                };
                ui.horizontal(|ui| {
                    owner_badge(ui, item.owner);
                    if let Some((mark, color, hover)) = mark {
                        ui.label(RichText::new(mark).color(color).strong())
                            .on_hover_text(hover);
                    }
                    let selected = editor.selected == Some(index);
                    let button = egui::Button::selectable(selected, text).truncate();
                    let response = ui.add(button);
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, true, selected, text)
                    });
                    if response.clicked() && !selected {
                        push(actions, EditorAction::Select(index));
                    }
                });
            }
        });
}

fn card_form_ui(ui: &mut Ui, editor: &EditorState, doc: &EditDoc, actions: &mut Vec<Action>) {
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
    for error in problems.card_errors(&item.id) {
        problem_label(ui, error);
    }
    field(ui, "Card text", &item.text, CardField::Text, false, actions);
    for warning in problems.card_warnings(&item.id, &item.topic) {
        warning_label(ui, &warning.message);
    }
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
    field(
        ui,
        "Explanation",
        &item.explanation,
        CardField::Explanation,
        true,
        actions,
    );
    topic_ui(ui, editor, doc, item, actions);
    if !doc.deck.services.is_empty() {
        section(ui, "Services");
        for service in &doc.deck.services {
            let mut on = item.services.contains(&service.id);
            if ui.checkbox(&mut on, &service.name).changed() {
                push(actions, EditorAction::ToggleService(service.id.clone()));
            }
        }
    }
    sources_ui(ui, editor, doc, item, actions);
    let tags = item.tags.join(", ");
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

fn field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    which: CardField,
    multiline: bool,
    actions: &mut Vec<Action>,
) {
    let (_, changed) = text_field(ui, label, value, multiline);
    if let Some(value) = changed {
        push(actions, EditorAction::SetCardField(which, value));
    }
}

fn warning_label(ui: &mut Ui, text: &str) {
    let color = ui.visuals().warn_fg_color;
    ui.add(egui::Label::new(RichText::new(format!("Warning: {text}")).color(color)).wrap());
}

fn owner_ui(ui: &mut Ui, item: &Item, actions: &mut Vec<Action>) {
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

fn topic_ui(
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
    ui.horizontal(|ui| {
        let (response, changed) = text_field(ui, "New topic", &editor.new_topic, false);
        if let Some(text) = changed {
            push(actions, EditorAction::SetNewTopic(text));
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button("Add topic").clicked() || enter {
            push(actions, EditorAction::AddTopic);
        }
    });
}

fn sources_ui(
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
    ui.horizontal(|ui| {
        let (_, u) = text_field(ui, "New source URL", url, false);
        if let Some(u) = u {
            push(actions, EditorAction::SetNewSource(title.clone(), u));
        }
        if ui.button("Add source").clicked() {
            push(actions, EditorAction::AddSource);
        }
    });
}

fn paste_ui(ui: &mut Ui, paste: &super::state::PasteState, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    ui.heading("Paste from a spreadsheet");
    ui.label(
        "Columns: text, owner, topic, explanation, then optionally services, source URL, \
         aws_part, customer_part. A header row naming them may order them as it likes. \
         Tabs, semicolons or commas are detected. Rows with the text of a card already in \
         the deck update that card.",
    );
    let preview = &paste.preview;
    let good = preview.good();
    ui.horizontal_wrapped(|ui| {
        let updates = preview.updates();
        let text = if updates > 0 {
            format!("Add {good} cards ({updates} update existing cards)")
        } else {
            format!("Add {good} cards")
        };
        if ui
            .add_enabled(good > 0, egui::Button::new(RichText::new(text).strong()))
            .clicked()
        {
            push(actions, EditorAction::AddPasted);
        }
        if ui.button("Cancel paste").clicked() {
            push(actions, EditorAction::ClosePaste);
        }
        let create = paste.create_topics;
        let text = "Create the topics this deck does not have yet";
        let response = ui.add(egui::Button::selectable(create, text));
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, create, text));
        if response.clicked() {
            push(actions, EditorAction::SetCreateTopics(!create));
        }
    });
    let label = ui.label("Pasted table");
    let mut text = paste.text.clone();
    egui::ScrollArea::vertical()
        .id_salt("editor-paste-text")
        .max_height(180.0)
        .show(ui, |ui| {
            let response = ui
                .add(
                    egui::TextEdit::multiline(&mut text)
                        .desired_rows(6)
                        .desired_width(f32::INFINITY)
                        .code_editor(),
                )
                .labelled_by(label.id);
            if response.changed() {
                push(actions, EditorAction::SetPaste(text));
            }
        });
    if let Some(error) = &paste.error {
        problem_label(ui, error);
    }
    if !preview.new_topics.is_empty() {
        let names: Vec<&str> = preview
            .new_topics
            .iter()
            .map(|t| t.title.as_str())
            .collect();
        ui.label(format!("New topics to create: {}", names.join(", ")));
    }
    let bad = preview.rows.len() - good;
    if bad > 0 {
        problem_label(
            ui,
            &format!("{bad} rows have problems and will be left out:"),
        );
    }
    for row in &preview.rows {
        egui::Frame::new()
            .inner_margin(4.0)
            .stroke(egui::Stroke::new(
                1.0,
                ui.visuals().widgets.noninteractive.bg_stroke.color,
            ))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("Line {}", row.line)).weak());
                    if let Some(item) = &row.item {
                        owner_badge(ui, item.owner);
                        ui.label(RichText::new(&item.text).strong());
                    }
                });
                for problem in &row.problems {
                    problem_label(ui, &format!("Line {}: {problem}", row.line));
                }
                for note in &row.notes {
                    ui.label(RichText::new(format!("Note: {note}")).small());
                }
            });
    }
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

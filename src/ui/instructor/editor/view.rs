//! The deck editor page: choosing a deck, the deck's header, the card list
//! and the card form, the paste panel and the "unsaved changes" question.
//! Drawing only: every change is an [`EditorAction`].

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use egui::{Key, Modifiers, RichText, Ui};

use super::action::{CardField, DeckField, EditorAction, NewDeckForm, StackField};
use super::state::EditorState;
use crate::model::deck_edit::EditDoc;
use crate::model::{Catalog, Item, Origin, Owner};
use crate::ui::action::{Action, Purpose};
use crate::ui::file_prompt::file_button;
use crate::ui::instructor::action::InstructorAction;
use crate::ui::state::AppState;
use crate::ui::text::count;
use crate::ui::widgets::{note_ui, owner_badge, problem_label, section, text_width};

fn push(actions: &mut Vec<Action>, action: EditorAction) {
    actions.push(Action::Instructor(InstructorAction::Editor(action)));
}

/// Draws the deck editor page.
pub fn editor_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let editor = &state.instructor.editor;
    if editor.asking.is_some() {
        unsaved_modal(ui.ctx(), actions);
    }
    if let Some(asked) = &editor.changed_on_disk {
        super::changed::changed_modal(ui.ctx(), asked, actions);
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
    if editor.stack_open {
        egui::CentralPanel::default()
            .frame(inner_central_panel(ui))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-stack")
                    .show(ui, |ui| {
                        stack_ui(ui, &state.shared.catalog, editor, doc, actions);
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

/// A one-line text field and the button that adds what it holds, on one
/// row: the field takes the width the button leaves (a field as wide as the
/// row pushed "Add topic" and its like out of the window). Enter in the
/// field adds too, and keeps the keyboard there for the next one. Returns
/// the field's new text, if it changed, and whether to add.
fn add_row(ui: &mut Ui, label: &str, value: &str, button: &str) -> (Option<String>, bool) {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        let button_width = text_width(ui, button, egui::TextStyle::Button)
            + 2.0 * ui.spacing().button_padding.x
            + ui.spacing().item_spacing.x;
        let mut text = value.to_owned();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width((ui.available_width() - button_width).max(80.0)),
            )
            .labelled_by(label.id);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if enter {
            response.request_focus();
        }
        let clicked = ui.button(button).clicked();
        (response.changed().then_some(text), clicked || enter)
    })
    .inner
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
    if !doc.deck.layers.is_empty() {
        layer_choice_ui(ui, doc, item, actions);
    }
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
    let (changed, add) = add_row(ui, "New topic", &editor.new_topic, "Add topic");
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewTopic(text));
    }
    if add {
        push(actions, EditorAction::AddTopic);
    }
}

/// The layer of the stack the selected card sits on (or none).
fn layer_choice_ui(ui: &mut Ui, doc: &EditDoc, item: &Item, actions: &mut Vec<Action>) {
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

const NO_LAYER: &str = "(no layer)";
/// A service's choice for a layer that it does not have.
const NOT_APPLICABLE: &str = "Does not apply";

/// The deck's stack: its layers, top to bottom, and its services, each
/// with who owns each layer.
fn stack_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    let deck = &doc.deck;
    ui.add_space(6.0);
    ui.add(
        egui::Label::new(
            RichText::new(
                "Browse draws every service on one stack, the built-in decks' layers, from \
                 the customer's data at the top to AWS's facilities at the bottom, each \
                 coloured by who owns it for that service. Give your services owners for \
                 those layers; layers of your own show in this deck's cards only. Ids are \
                 made from the first title or name and stay fixed.",
            )
            .weak(),
        )
        .wrap(),
    );
    section(ui, "Layers, top to bottom");
    let missing = doc
        .missing_layers(crate::model::browse::stack_layers(catalog))
        .len();
    if missing > 0 {
        let text = if deck.layers.is_empty() {
            format!(
                "Use the built-in stack's {}",
                count(missing, "layer", "layers")
            )
        } else {
            format!(
                "Add the built-in stack's {} missing here",
                count(missing, "layer", "layers")
            )
        };
        if ui.button(text).clicked() {
            push(actions, EditorAction::UseBuiltinLayers);
        }
    }
    // The deck lists its layers bottom first; they show as Browse draws
    // them, the top first, numbered from the top.
    let top = deck.layers.len().saturating_sub(1);
    for (n, (i, layer)) in deck.layers.iter().enumerate().rev().enumerate() {
        let n = n + 1;
        ui.horizontal_wrapped(|ui| {
            // Fixed widths, so that the fields and buttons line up.
            ui.add_sized(
                [26.0, ui.spacing().interact_size.y],
                egui::Label::new(RichText::new(format!("{n}.")).strong()),
            );
            let name = format!("Title of layer {n}");
            if let Some(title) = unlabelled_field(ui, &layer.title, &name, ("", 300.0)) {
                let field = EditorAction::SetStackField(i, StackField::LayerTitle, title);
                push(actions, field);
            }
            let up = (i < top, format!("Move layer {n} up"));
            row_button(ui, "⬆", up, EditorAction::MoveLayer(i, true), actions);
            let down = (i > 0, format!("Move layer {n} down"));
            row_button(ui, "⬇", down, EditorAction::MoveLayer(i, false), actions);
            let remove = (true, format!("Remove layer {n}"));
            row_button(ui, "Remove", remove, EditorAction::RemoveLayer(i), actions);
            ui.label(RichText::new(format!("id: {}", layer.id)).small().weak());
        });
        // What it holds: Browse shows it over the layer, the stack drill
        // once the layer is checked.
        ui.horizontal(|ui| {
            ui.add_space(26.0 + ui.spacing().item_spacing.x);
            let name = format!("What layer {n} holds");
            let look = ("What it holds (optional)", ui.available_width());
            if let Some(summary) = unlabelled_field(ui, &layer.summary, &name, look) {
                let field = EditorAction::SetStackField(i, StackField::LayerSummary, summary);
                push(actions, field);
            }
        });
        ui.add_space(4.0);
    }
    if deck.layers.is_empty() {
        ui.label(RichText::new("No layers yet.").weak());
    }
    let (changed, add) = add_row(ui, "New layer title", &editor.new_layer, "Add layer on top");
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewLayer(text));
    }
    if add {
        push(actions, EditorAction::AddLayer);
    }

    section(ui, "Services");
    // One column of layer names, measured once, so the dropdowns line up.
    let label_width = deck
        .layers
        .iter()
        .map(|l| text_width(ui, l.title.as_str(), egui::TextStyle::Body))
        .fold(0.0, f32::max);
    for (i, service) in deck.services.iter().enumerate() {
        let name = service.shown_name();
        egui::CollapsingHeader::new(service.title())
            .id_salt(("editor-service", &service.id))
            .default_open(deck.services.len() <= 2)
            .show(ui, |ui| {
                let fields = [
                    (
                        StackField::ServiceName,
                        "Service name",
                        &service.name,
                        false,
                    ),
                    (
                        StackField::ServiceCategory,
                        "Category (IaaS, PaaS, SaaS, Abstracted…)",
                        &service.category,
                        false,
                    ),
                    (
                        StackField::ServiceSummary,
                        "How the line moves for it",
                        &service.summary,
                        true,
                    ),
                ];
                for (field, label, value, multiline) in fields {
                    let (_, changed) = text_field(ui, label, value, multiline);
                    if let Some(value) = changed {
                        push(actions, EditorAction::SetStackField(i, field, value));
                    }
                }
                ui.label(RichText::new("Who owns each layer").strong());
                for layer in deck.layers.iter().rev() {
                    let owner = service.layers.get(&layer.id).copied();
                    service_layer_ui(ui, (i, name), layer, owner, label_width, actions);
                }
                if deck.layers.is_empty() {
                    ui.label(RichText::new("Add layers above first.").weak());
                }
                let remove = (true, format!("Remove service {name}"));
                let action = EditorAction::RemoveService(i);
                row_button(ui, "Remove this service", remove, action, actions);
            });
    }
    if deck.services.is_empty() {
        ui.label(RichText::new("No services yet.").weak());
    }
    let (changed, add) = add_row(ui, "New service name", &editor.new_service, "Add service");
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewService(text));
    }
    if add {
        push(actions, EditorAction::AddService);
    }
}

/// One layer's owner for one service: a dropdown named "Owner of LAYER for
/// SERVICE".
fn service_layer_ui(
    ui: &mut Ui,
    (index, service): (usize, &str),
    layer: &crate::model::Layer,
    owner: Option<Owner>,
    label_width: f32,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let size = egui::vec2(label_width, ui.spacing().interact_size.y);
        let layout = egui::Layout::left_to_right(egui::Align::Center);
        let label = ui
            .allocate_ui_with_layout(size, layout, |ui| {
                ui.set_min_width(label_width);
                ui.label(&layer.title)
            })
            .inner;
        let current = owner.map_or(NOT_APPLICABLE, Owner::label);
        let response = egui::ComboBox::from_id_salt(("editor-service-layer", index, &layer.id))
            .selected_text(current)
            .width(150.0)
            .show_ui(ui, |ui| {
                let choices = [
                    None,
                    Some(Owner::Aws),
                    Some(Owner::Customer),
                    Some(Owner::Shared),
                ];
                for choice in choices {
                    let text = choice.map_or(NOT_APPLICABLE, Owner::label);
                    if ui.selectable_label(choice == owner, text).clicked() && choice != owner {
                        push(
                            actions,
                            EditorAction::SetServiceLayer(index, layer.id.clone(), choice),
                        );
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let name = format!("Owner of {} for {service}", layer.title);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    });
}

/// A button whose text is a glyph or a word that needs its context, so it
/// is named for a screen reader by `(enabled, name)`, e.g. "Remove layer
/// 3"; pushes `action` when clicked.
fn row_button(
    ui: &mut Ui,
    text: &str,
    (enabled, name): (bool, String),
    action: EditorAction,
    actions: &mut Vec<Action>,
) {
    let button = ui.add_enabled(enabled, egui::Button::new(text));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    if button.clicked() {
        push(actions, action);
    }
}

/// A one-line text field with no label beside it (a row of the stack says
/// what it is), named `name` for a screen reader, with a hint and a width.
/// Returns the new text when it changed.
fn unlabelled_field(
    ui: &mut Ui,
    value: &str,
    name: &str,
    (hint, width): (&str, f32),
) -> Option<String> {
    let mut text = value.to_owned();
    let edit = egui::TextEdit::singleline(&mut text)
        .hint_text(hint)
        .desired_width(width);
    let response = ui.add(edit);
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, value, text.as_str(), "");
        info.label = Some(name.to_owned());
        info
    });
    response.changed().then_some(text)
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
    let (u, add) = add_row(ui, "New source URL", url, "Add source");
    if let Some(u) = u {
        push(actions, EditorAction::SetNewSource(title.clone(), u));
    }
    if add {
        push(actions, EditorAction::AddSource);
    }
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

//! The editor's paste panel: rows from a spreadsheet, previewed with
//! their problems, taken in as cards.

use egui::{RichText, Ui};

use super::action::EditorAction;
use super::fields::push;
use crate::ui::action::Action;
use crate::ui::widgets::{owner_badge, problem_label};

pub(super) fn paste_ui(ui: &mut Ui, paste: &super::state::PasteState, actions: &mut Vec<Action>) {
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
                        .id_salt("paste-rows")
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

//! The editor's paste panel: rows from a spreadsheet, previewed with
//! their problems, taken in as cards.

use egui::{RichText, Ui};

use super::action::EditorAction;
use super::fields::push;
use crate::model::Owner;
use crate::model::deck_edit::table::Row;
use crate::ui::action::Action;
use crate::ui::widgets::{owner_badge, problem_label};

pub(super) fn paste_ui(ui: &mut Ui, paste: &super::state::PasteState, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    ui.heading("Paste from a spreadsheet");
    ui.label(
        "Columns: text, owner, topic, explanation, then optionally services, source URL, \
         aws_part, customer_part. A header row naming them may order them as it likes. \
         Tabs, semicolons or commas are detected. Rows with the text of a card already in \
         the deck update that card. Services and topics may be the built-in ones, by id or \
         name (\"ec2\", \"Amazon EBS\", \"KMS\", \"Route 53\"); a name that matches none \
         becomes a new one. A row left out can be fixed below; changing the pasted text \
         reads the rows again.",
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
    if !preview.new_services.is_empty() {
        let names: Vec<String> = preview
            .new_services
            .iter()
            .map(|s| format!("{} (id \"{}\")", s.name, s.id))
            .collect();
        ui.label(format!("Services to add to the deck: {}", names.join(", ")));
    }
    // Always one line here, so that fixing the last row does not move the
    // field being typed in.
    let bad = preview.rows.len() - good;
    if bad > 0 {
        problem_label(
            ui,
            &format!("{bad} rows have problems and will be left out unless fixed below:"),
        );
    } else if !preview.rows.is_empty() {
        ui.label(format!("All {} rows can be added.", preview.rows.len()));
    }
    for (index, row) in preview.rows.iter().enumerate() {
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
                if (!row.is_good() || paste.fixing.contains(&index))
                    && let Some(cells) = paste.rows.get(index)
                {
                    fix_row_ui(ui, index, row.line, row.needs_owner, cells, actions);
                }
                for problem in &row.problems {
                    problem_label(ui, &format!("Line {}: {problem}", row.line));
                }
                for note in &row.notes {
                    ui.label(RichText::new(format!("Note: {note}")).small());
                }
            });
    }
}

/// The cells a person may fix in a row that was left out, each checked
/// again as it is typed; the owner also by a choice of the three.
fn fix_row_ui(
    ui: &mut Ui,
    index: usize,
    line: usize,
    needs_owner: bool,
    row: &Row,
    actions: &mut Vec<Action>,
) {
    const FIELDS: [(&str, &str); 5] = [
        ("text", "Text"),
        ("owner", "Owner"),
        ("topic", "Topic"),
        ("explanation", "Explanation"),
        ("services", "Services"),
    ];
    egui::Grid::new(("paste-fix", index))
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            for (column, name) in FIELDS {
                let label = ui.label(format!("{name} (line {line})"));
                let mut value = row.cells.get(column).cloned().unwrap_or_default();
                ui.horizontal(|ui| {
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(&mut value)
                                .id_salt(("paste-cell", index, column))
                                .desired_width(if column == "owner" { 120.0 } else { 360.0 }),
                        )
                        .labelled_by(label.id);
                    if response.changed() {
                        push(
                            actions,
                            EditorAction::SetPasteCell(index, column, value.clone()),
                        );
                    }
                    if column == "owner" {
                        owner_choice(ui, index, line, needs_owner, &value, actions);
                    }
                });
                ui.end_row();
            }
        });
}

/// AWS, Customer, Shared: sets the owner cell of a row to the one chosen.
fn owner_choice(
    ui: &mut Ui,
    index: usize,
    line: usize,
    needs_owner: bool,
    value: &str,
    actions: &mut Vec<Action>,
) {
    if needs_owner {
        ui.label(RichText::new("Choose:").strong());
    }
    for owner in Owner::ALL {
        let selected = value.trim().eq_ignore_ascii_case(owner.label());
        let response = ui.add(egui::Button::selectable(selected, owner.label()));
        let name = format!("Owner of line {line}: {}", owner.label());
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &name)
        });
        if response.clicked() {
            push(
                actions,
                EditorAction::SetPasteCell(index, "owner", owner.label().to_owned()),
            );
        }
    }
}

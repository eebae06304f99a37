//! The editor's paste panel: rows from a spreadsheet, previewed with
//! their problems, taken in as cards.

use egui::{RichText, Ui};

use super::action::EditorAction;
use super::fields::push;
use crate::i18n::Translator;
use crate::i18n::words::owner_name;
use crate::model::Owner;
use crate::model::deck_edit::table::Row;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::widgets::{owner_badge, problem_label};

pub(super) fn paste_ui(
    ui: &mut Ui,
    tr: &Translator,
    paste: &super::state::PasteState,
    actions: &mut Vec<Action>,
) {
    ui.add_space(6.0);
    ui.heading(tr!(tr, "editor-paste"));
    ui.add(egui::Label::new(tr!(tr, "editor-paste-intro")).wrap());
    let preview = &paste.preview;
    let good = preview.good();
    ui.horizontal_wrapped(|ui| {
        let updates = preview.updates();
        let text = if updates > 0 {
            tr!(
                tr,
                "editor-paste-add-updating",
                cards = good,
                updates = updates
            )
        } else {
            tr!(tr, "editor-paste-add", cards = good)
        };
        if ui
            .add_enabled(good > 0, egui::Button::new(RichText::new(text).strong()))
            .clicked()
        {
            push(actions, EditorAction::AddPasted);
        }
        if ui.button(tr!(tr, "editor-paste-cancel")).clicked() {
            push(actions, EditorAction::ClosePaste);
        }
        let create = paste.create_topics;
        let text = tr!(tr, "editor-paste-create-topics");
        let response = ui.add(egui::Button::selectable(create, &text));
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, create, &text));
        if response.clicked() {
            push(actions, EditorAction::SetCreateTopics(!create));
        }
    });
    let label = ui.label(tr!(tr, "editor-paste-table"));
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
        problem_label(ui, &error.localized(tr));
    }
    if !preview.new_topics.is_empty() {
        let names: Vec<&str> = preview
            .new_topics
            .iter()
            .map(|t| t.title.as_str())
            .collect();
        let topics = names.join(", ");
        ui.label(tr!(tr, "editor-paste-new-topics", topics = topics));
    }
    if !preview.new_services.is_empty() {
        let names: Vec<String> = preview
            .new_services
            .iter()
            .map(|s| {
                let (name, id) = (s.name.as_str(), s.id.as_str());
                tr!(tr, "editor-paste-new-service", name = name, id = id)
            })
            .collect();
        let services = names.join(", ");
        ui.label(tr!(tr, "editor-paste-new-services", services = services));
    }
    // Always one line here, so that fixing the last row does not move the
    // field being typed in.
    let bad = preview.rows.len() - good;
    if bad > 0 {
        problem_label(ui, &tr!(tr, "editor-paste-bad-rows", rows = bad));
    } else if !preview.rows.is_empty() {
        let rows = preview.rows.len();
        ui.label(tr!(tr, "editor-paste-all-good", rows = rows));
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
                    let line = row.line;
                    ui.label(RichText::new(tr!(tr, "editor-paste-line", line = line)).weak());
                    if let Some(item) = &row.item {
                        owner_badge(ui, tr, item.owner, f32::INFINITY);
                        ui.label(RichText::new(&item.text).strong());
                    }
                });
                if (!row.is_good() || paste.fixing.contains(&index))
                    && let Some(cells) = paste.rows.get(index)
                {
                    fix_row_ui(ui, tr, index, (row.line, row.needs_owner), cells, actions);
                }
                let line = row.line;
                for problem in &row.problems {
                    let problem = problem.localized(tr);
                    let text = tr!(
                        tr,
                        "editor-paste-line-problem",
                        line = line,
                        problem = problem
                    );
                    problem_label(ui, &text);
                }
                for note in &row.notes {
                    let note = note.localized(tr);
                    let text = tr!(tr, "editor-paste-line-note", note = note);
                    ui.label(RichText::new(text).small());
                }
            });
    }
}

/// The cells a person may fix in a row that was left out, each checked
/// again as it is typed; the owner also by a choice of the three.
fn fix_row_ui(
    ui: &mut Ui,
    tr: &Translator,
    index: usize,
    (line, needs_owner): (usize, bool),
    row: &Row,
    actions: &mut Vec<Action>,
) {
    const FIELDS: [&str; 5] = ["text", "owner", "topic", "explanation", "services"];
    egui::Grid::new(("paste-fix", index))
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            for column in FIELDS {
                let name = match column {
                    "text" => tr!(tr, "editor-paste-fix-text", line = line),
                    "owner" => tr!(tr, "editor-paste-fix-owner", line = line),
                    "topic" => tr!(tr, "editor-paste-fix-topic", line = line),
                    "explanation" => tr!(tr, "editor-paste-fix-explanation", line = line),
                    _ => tr!(tr, "editor-paste-fix-services", line = line),
                };
                let label = ui.label(name);
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
                        owner_choice(ui, tr, (index, line), needs_owner, &value, actions);
                    }
                });
                ui.end_row();
            }
        });
}

/// AWS, Customer, Shared: sets the owner cell of a row to the one chosen.
fn owner_choice(
    ui: &mut Ui,
    tr: &Translator,
    (index, line): (usize, usize),
    needs_owner: bool,
    value: &str,
    actions: &mut Vec<Action>,
) {
    if needs_owner {
        ui.label(RichText::new(tr!(tr, "editor-paste-choose")).strong());
    }
    for owner in Owner::ALL {
        let selected = value.trim().eq_ignore_ascii_case(owner.label());
        // The cell keeps the file format's word; the button shows the name.
        let shown = owner_name(tr, owner);
        let response = ui.add(egui::Button::selectable(selected, &shown));
        let name = tr!(tr, "editor-paste-owner-of-line", line = line, owner = shown);
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

//! The editor's fields and buttons: labelled and unlabelled one-line
//! fields, an add row, a form field with its problems, a row button.

use egui::{Key, RichText, Ui};

use super::action::{CardField, EditorAction};
use crate::i18n::Translator;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::instructor::action::InstructorAction;
use crate::ui::widgets::text_width;

pub(super) fn push(actions: &mut Vec<Action>, action: EditorAction) {
    actions.push(Action::Instructor(InstructorAction::Editor(action)));
}

/// A one-line text field with a visible, accessible label; pushes the new
/// text when it changes. Returns the field's response.
pub(super) fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &str,
    multiline: bool,
) -> (egui::Response, Option<String>) {
    let name = label;
    let label = ui.label(label);
    let mut text = value.to_owned();
    let edit = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    // An id from the label, not from the field's place among the widgets:
    // a message that appears or goes above it must not take its focus.
    let edit = edit.id_salt(("field", name));
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
pub(super) fn add_row(
    ui: &mut Ui,
    label: &str,
    value: &str,
    button: &str,
) -> (Option<String>, bool) {
    ui.horizontal(|ui| {
        let label_text = label;
        let label = ui.label(label);
        let button_width = text_width(ui, button, egui::TextStyle::Button)
            + 2.0 * ui.spacing().button_padding.x
            + ui.spacing().item_spacing.x;
        let mut text = value.to_owned();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id_salt(("field", label_text))
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

pub(super) fn field(
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

/// A lint warning (the model's words, English for now) under a translated
/// "Warning:".
pub(super) fn warning_label(ui: &mut Ui, tr: &Translator, text: &str) {
    let color = ui.visuals().warn_fg_color;
    let text = tr!(tr, "editor-warning", warning = text);
    ui.add(egui::Label::new(RichText::new(text).color(color)).wrap());
}

/// A button whose text is a glyph or a word that needs its context, so it
/// is named for a screen reader by `(enabled, name)`, e.g. "Remove layer
/// 3"; pushes `action` when clicked.
pub(super) fn row_button(
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
pub(super) fn unlabelled_field(
    ui: &mut Ui,
    value: &str,
    name: &str,
    (hint, width): (&str, f32),
) -> Option<String> {
    let mut text = value.to_owned();
    let edit = egui::TextEdit::singleline(&mut text)
        .id_salt(("field", name))
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

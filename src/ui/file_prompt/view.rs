//! The file prompt on screen: the typed-path box, "waiting for the file
//! dialog", and every dialog button with its "Type a path" link.

use egui::{RichText, Ui};

use super::state::{FilePrompt, TypedPath};
use super::words::{field_label, path_problem, purpose_title};
use crate::i18n::Translator;
use crate::tr;
use crate::ui::action::{Action, PromptAction, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::widgets::{keep_together, problem_label, text_width};

/// The typed-path box, a modal so that it works from any area.
pub fn typed_path_modal(
    ctx: &egui::Context,
    tr: &Translator,
    typed: &TypedPath,
    actions: &mut Vec<Action>,
) {
    let purpose = typed.purpose;
    let push = |actions: &mut Vec<Action>, a| actions.push(Action::Prompt(a));
    egui::Modal::new(egui::Id::unique("typed-path")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.add(egui::Label::new(RichText::new(purpose_title(tr, purpose)).heading()).wrap());
        if typed.after_dialog {
            ui.add(egui::Label::new(tr!(tr, "file-nothing-chosen")).wrap());
        }
        let hint = if purpose.is_save() {
            tr!(tr, "file-hint-save")
        } else if purpose == Purpose::ReportResults {
            tr!(tr, "file-hint-results")
        } else {
            tr!(tr, "file-hint-open")
        };
        ui.add(egui::Label::new(RichText::new(hint).small().weak()).wrap());
        ui.add_space(4.0);
        let label = ui.label(field_label(tr, purpose));
        let mut text = typed.text.clone();
        let edit = egui::TextEdit::singleline(&mut text)
            .id_salt("typed-path")
            .hint_text("/home/me/file.ron")
            .desired_width(f32::INFINITY);
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            push(actions, PromptAction::SetTypedPath(text));
        }
        let enter = (response.lost_focus() || response.has_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        // The field takes the keyboard when the prompt opens (checked after
        // Enter, which hands the focus back).
        if !enter && ui.memory(|m| m.focused().is_none()) {
            response.request_focus();
        }
        if let Some(error) = &typed.error {
            problem_label(ui, &path_problem(tr, error));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!(tr, "file-ok")).clicked() || enter {
                push(actions, PromptAction::SubmitTypedPath);
            }
            let cancel = ui.button(tr!(tr, "file-cancel"));
            if cancel.clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                push(actions, PromptAction::CancelTypedPath);
            }
        });
    });
}

/// "Waiting for the file dialog" with a spinner and a way out.
pub fn waiting_ui(ui: &mut Ui, ctx: &ViewCtx, actions: &mut Vec<Action>) {
    let Some(waiting) = &ctx.prompt.waiting else {
        return;
    };
    let tr = ctx.tr;
    ui.horizontal_wrapped(|ui| {
        ui.spinner();
        ui.label(tr!(
            tr,
            "file-waiting",
            purpose = purpose_title(tr, waiting.purpose)
        ));
        if ui
            .button(tr!(tr, "file-stop-waiting"))
            .on_hover_text(tr!(tr, "file-stop-waiting-hint"))
            .clicked()
        {
            actions.push(Action::Prompt(PromptAction::StopWaiting));
        }
    });
}

/// A dialog button and its "Type a path" link. The button is disabled while
/// another dialog is open or when `enabled` is false.
pub fn file_button(
    ui: &mut Ui,
    ctx: &ViewCtx,
    text: &str,
    purpose: Purpose,
    enabled: bool,
    actions: &mut Vec<Action>,
) -> egui::Response {
    // The button and its link stay on one row: in a wrapping row that
    // cannot hold both, they start the next one.
    let (prompt, tr): (&FilePrompt, _) = (ctx.prompt, ctx.tr);
    let button_text = RichText::new(text).strong();
    let link_text = RichText::new(tr!(tr, "file-type-path")).small();
    let link_width = text_width(ui, link_text.clone(), egui::TextStyle::Small);
    let width = text_width(ui, button_text.clone(), egui::TextStyle::Button)
        + 2.0 * ui.spacing().button_padding.x
        + ui.spacing().item_spacing.x
        + link_width;
    keep_together(ui, width);
    // In a column too narrow for both even on a row of their own, the link
    // goes under the button rather than past the edge.
    ui.horizontal_wrapped(|ui| {
        let free = prompt.waiting.is_none();
        let button = ui.add_enabled(
            enabled && free,
            egui::Button::new(button_text).min_size(egui::vec2(0.0, 30.0)),
        );
        let button = crate::ui::widgets::Plain::plain(button);
        if button.clicked() {
            actions.push(Action::ChooseFile(purpose));
        }
        keep_together(ui, link_width);
        let link = ui.add_enabled(enabled, egui::Link::new(link_text));
        let link_label = tr!(
            tr,
            "file-type-path-for",
            purpose = purpose_title(tr, purpose)
        );
        link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, enabled, &link_label));
        if link.on_hover_text(tr!(tr, "file-type-path-hint")).clicked() {
            actions.push(Action::TypePath(purpose));
        }
        button
    })
    .inner
}

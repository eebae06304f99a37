//! The LRS settings page, the class report's LRS section, the progress of
//! a running job and the status bar's "waiting" marker.

use crate::ui::widgets::Plain;
use egui::{RichText, Ui};

use super::action::{LrsAction, LrsForm};
use super::state::{JobKind, LrsState, secret_place_text};
use crate::i18n::Translator;
use crate::io::lrs::SecretPlace;
use crate::tr;
use crate::ui::action::{Action, Note};
use crate::ui::instructor::action::{InstructorAction, Page, ReportAction};
use crate::ui::widgets::{note_ui, section};

fn push(actions: &mut Vec<Action>, action: LrsAction) {
    actions.push(Action::Lrs(action));
}

fn report_push(actions: &mut Vec<Action>, action: ReportAction) {
    actions.push(Action::Instructor(InstructorAction::Report(action)));
}

/// A labelled one-line field, the label above it (it fits any width).
fn field(
    ui: &mut Ui,
    id: &str,
    label: &str,
    hint: &str,
    text: &mut String,
    password: bool,
) -> bool {
    let label = ui.label(label);
    let edit = egui::TextEdit::singleline(text)
        .id_salt(("lrs-field", id))
        .hint_text(hint)
        .password(password)
        .desired_width(ui.available_width().min(520.0));
    let changed = ui.add(edit).labelled_by(label.id).changed();
    ui.add_space(4.0);
    changed
}

/// Draws the LRS settings page.
pub fn settings_ui(ui: &mut Ui, tr: &Translator, lrs: &LrsState, actions: &mut Vec<Action>) {
    if lrs.secret_place.is_none() && lrs.files.is_some() && !lrs.is_busy() {
        // The page is on screen: find out where the secret is kept.
        push(actions, LrsAction::FindSecret);
    }
    egui::ScrollArea::vertical()
        .id_salt("lrs-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading(tr!(tr, "lrs-heading"));
            ui.add(egui::Label::new(tr!(tr, "lrs-intro")).wrap());
            ui.add_space(6.0);
            let mut form = lrs.form.clone();
            let mut changed = ui.checkbox(&mut form.enabled, tr!(tr, "lrs-use")).changed();
            ui.add_space(4.0);
            changed |= field(
                ui,
                "endpoint",
                &tr!(tr, "lrs-endpoint"),
                "https://lrs.example.org/xAPI",
                &mut form.endpoint,
                false,
            );
            changed |= field(ui, "key", &tr!(tr, "lrs-key"), "", &mut form.key, false);
            let hint = if lrs.secret_saved {
                tr!(tr, "lrs-secret-hint-saved")
            } else {
                tr!(tr, "lrs-secret-hint")
            };
            let secret = tr!(tr, "lrs-secret");
            changed |= field(ui, "secret", &secret, &hint, &mut form.secret, true);
            secret_place_ui(ui, tr, lrs);
            changed |= field(
                ui,
                "class-uri",
                &tr!(tr, "lrs-class-uri"),
                "https://school.example/classes/cloud-101",
                &mut form.class_uri,
                false,
            );
            ui.add(
                egui::Label::new(RichText::new(tr!(tr, "lrs-class-uri-note")).small().weak())
                    .wrap(),
            );
            if changed {
                push(actions, LrsAction::SetForm(form.clone()));
            }
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                let idle = !lrs.is_busy();
                let unsaved = form_differs(&form, lrs);
                if ui
                    .add_enabled(idle && unsaved, egui::Button::new(tr!(tr, "lrs-save")))
                    .plain()
                    .clicked()
                {
                    push(actions, LrsAction::Save);
                }
                let can_test = idle && !form.endpoint.trim().is_empty();
                if ui
                    .add_enabled(can_test, egui::Button::new(tr!(tr, "lrs-test")))
                    .plain()
                    .on_hover_text(tr!(tr, "lrs-test-hint"))
                    .clicked()
                {
                    push(actions, LrsAction::Test);
                }
                if lrs.secret_saved
                    && ui
                        .add_enabled(idle, egui::Button::new(tr!(tr, "lrs-forget-secret")))
                        .clicked()
                {
                    push(actions, LrsAction::ForgetSecret);
                }
            });
            job_ui(ui, tr, lrs, actions);
            lrs_note_ui(ui, tr, lrs);
            section(ui, &tr!(tr, "lrs-waiting-heading"));
            waiting_section_ui(ui, tr, lrs, actions);
        });
}

/// Whether the form says something the saved settings do not.
fn form_differs(form: &LrsForm, lrs: &LrsState) -> bool {
    let saved = &lrs.saved;
    !form.secret.is_empty()
        || form.enabled != saved.enabled
        || form.endpoint.trim() != saved.endpoint
        || form.key.trim() != saved.key
        || form.class_uri.trim() != saved.class_uri
}

/// The note of the last LRS operation, or what could not be read when
/// the window opened.
fn lrs_note_ui(ui: &mut Ui, tr: &Translator, lrs: &LrsState) {
    match (&lrs.note, &lrs.startup_problem) {
        (None, Some(problem)) => note_ui(ui, &Some(Note::Problem(problem.text(tr)))),
        (note, _) => note_ui(ui, note),
    }
}

fn secret_place_ui(ui: &mut Ui, tr: &Translator, lrs: &LrsState) {
    let text = match (&lrs.files, &lrs.secret_place) {
        (None, _) => tr!(tr, "lrs-secret-nowhere"),
        (Some(_), None) => tr!(tr, "lrs-secret-looking"),
        (Some(_), Some(place)) => {
            let text = secret_place_text(tr, place);
            if matches!(place, SecretPlace::File(_)) && !lrs.use_keyring {
                tr!(tr, "lrs-secret-keyring-off", place = text)
            } else {
                text
            }
        }
    };
    ui.add(egui::Label::new(RichText::new(format!("🔑 {text}")).small()).wrap())
        .plain();
    ui.add_space(4.0);
}

fn waiting_section_ui(ui: &mut Ui, tr: &Translator, lrs: &LrsState, actions: &mut Vec<Action>) {
    if lrs.waiting == 0 {
        ui.add(egui::Label::new(tr!(tr, "lrs-nothing-waiting")).wrap());
        return;
    }
    let path = lrs
        .files
        .as_ref()
        .map(|f| f.queue.display().to_string())
        .unwrap_or_default();
    ui.add(egui::Label::new(tr!(tr, "lrs-waiting-kept", n = lrs.waiting, path = path)).wrap());
    ui.horizontal_wrapped(|ui| {
        let idle = !lrs.is_busy();
        if ui
            .add_enabled(
                idle && lrs.ready(tr).is_ok(),
                egui::Button::new(tr!(tr, "lrs-send-now-button")),
            )
            .plain()
            .clicked()
        {
            push(actions, LrsAction::SendWaiting);
        }
        if ui
            .add_enabled(idle, egui::Button::new(tr!(tr, "lrs-drop")))
            .on_hover_text(tr!(tr, "lrs-drop-hint"))
            .clicked()
        {
            push(actions, LrsAction::DiscardWaiting);
        }
    });
}

/// The running job: a progress bar (sending) or a spinner, and Cancel.
pub fn job_ui(ui: &mut Ui, tr: &Translator, lrs: &LrsState, actions: &mut Vec<Action>) {
    let Some(running) = &lrs.running else {
        return;
    };
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        match running.kind {
            JobKind::Send => {
                let fraction = if running.total == 0 {
                    0.0
                } else {
                    running.done as f32 / running.total as f32
                };
                let text = tr!(
                    tr,
                    "lrs-sending",
                    done = running.done,
                    total = running.total
                );
                let width = ui.available_width().min(320.0);
                crate::ui::widgets::share_bar(
                    ui,
                    fraction,
                    width,
                    &text,
                    &text,
                    egui::TextStyle::Body,
                );
            }
            kind => {
                ui.spinner();
                ui.label(match kind {
                    JobKind::Load if running.pages > 0 => {
                        tr!(tr, "lrs-loading-pages", pages = running.pages)
                    }
                    JobKind::Load => tr!(tr, "lrs-loading"),
                    JobKind::Test => tr!(tr, "lrs-testing"),
                    _ => tr!(tr, "lrs-asking-keyring"),
                });
            }
        }
        let cancellable = matches!(running.kind, JobKind::Send | JobKind::Load);
        if cancellable {
            let text = if running.cancelled {
                tr!(tr, "lrs-stopping")
            } else {
                tr!(tr, "lrs-cancel")
            };
            if ui
                .add_enabled(!running.cancelled, egui::Button::new(text))
                .clicked()
            {
                push(actions, LrsAction::Cancel);
            }
        }
    });
}

/// The class report's LRS section: send the results, load them back.
pub fn report_section_ui(
    ui: &mut Ui,
    tr: &Translator,
    lrs: &LrsState,
    has_students: bool,
    actions: &mut Vec<Action>,
) {
    section(ui, &tr!(tr, "lrs-report-heading"));
    let ready = lrs.ready(tr);
    if let Err(problem) = &ready {
        ui.add(egui::Label::new(RichText::new(problem).weak()).wrap());
        if ui.button(tr!(tr, "lrs-settings-button")).clicked() {
            actions.push(Action::Instructor(InstructorAction::ShowPage(Page::Lrs)));
        }
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let idle = !lrs.is_busy();
        if ui
            .add_enabled(
                idle && has_students,
                egui::Button::new(tr!(tr, "lrs-send-results")),
            )
            .plain()
            .on_hover_text(tr!(tr, "lrs-send-results-hint"))
            .clicked()
        {
            report_push(actions, ReportAction::SendToLrs);
        }
        if ui
            .add_enabled(idle, egui::Button::new(tr!(tr, "lrs-load-results")))
            .plain()
            .on_hover_text(tr!(tr, "lrs-load-results-hint"))
            .clicked()
        {
            report_push(actions, ReportAction::LoadFromLrs);
        }
        if lrs.waiting > 0
            && ui
                .add_enabled(
                    idle,
                    egui::Button::new(tr!(tr, "lrs-send-waiting", n = lrs.waiting)),
                )
                .clicked()
        {
            push(actions, LrsAction::SendWaiting);
        }
    });
    job_ui(ui, tr, lrs, actions);
    lrs_note_ui(ui, tr, lrs);
}

/// The status bar's marker while statements wait: how many, and Send now.
pub fn waiting_marker_ui(ui: &mut Ui, tr: &Translator, lrs: &LrsState, actions: &mut Vec<Action>) {
    if lrs.waiting == 0 && lrs.running.is_none() {
        return;
    }
    ui.separator();
    if let Some(running) = &lrs.running
        && running.kind == JobKind::Send
    {
        ui.label(tr!(
            tr,
            "lrs-marker-sending",
            done = running.done,
            total = running.total
        ))
        .plain();
        return;
    }
    if lrs.waiting == 0 {
        return;
    }
    ui.label(tr!(tr, "lrs-marker-waiting", n = lrs.waiting))
        .plain();
    if ui
        .add_enabled(
            !lrs.is_busy() && lrs.ready(tr).is_ok(),
            egui::Button::new(tr!(tr, "lrs-send-now")),
        )
        .on_hover_text(tr!(tr, "lrs-send-now-hint"))
        .clicked()
    {
        push(actions, LrsAction::SendWaiting);
    }
}

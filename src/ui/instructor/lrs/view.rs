//! The LRS settings page, the class report's LRS section, the progress of
//! a running job and the status bar's "waiting" marker.

use egui::{RichText, Ui};

use super::action::{LrsAction, LrsForm};
use super::state::{JobKind, LrsState};
use crate::io::lrs::SecretPlace;
use crate::text::count;
use crate::ui::action::Action;
use crate::ui::instructor::action::{InstructorAction, Page, ReportAction};
use crate::ui::widgets::{note_ui, section};

fn push(actions: &mut Vec<Action>, action: LrsAction) {
    actions.push(Action::Lrs(action));
}

fn report_push(actions: &mut Vec<Action>, action: ReportAction) {
    actions.push(Action::Instructor(InstructorAction::Report(action)));
}

/// A labelled one-line field, the label above it (it fits any width).
fn field(ui: &mut Ui, label: &str, hint: &str, text: &mut String, password: bool) -> bool {
    let name = label;
    let label = ui.label(name);
    let edit = egui::TextEdit::singleline(text)
        .id_salt(("lrs-field", name))
        .hint_text(hint)
        .password(password)
        .desired_width(ui.available_width().min(520.0));
    let changed = ui.add(edit).labelled_by(label.id).changed();
    ui.add_space(4.0);
    changed
}

/// Draws the LRS settings page.
pub fn settings_ui(ui: &mut Ui, lrs: &LrsState, actions: &mut Vec<Action>) {
    if lrs.secret_place.is_none() && lrs.files.is_some() && !lrs.is_busy() {
        // The page is on screen: find out where the secret is kept.
        push(actions, LrsAction::FindSecret);
    }
    egui::ScrollArea::vertical()
        .id_salt("lrs-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading("Learning Record Store (LRS)");
            ui.add(
                egui::Label::new(
                    "Send your class's results as xAPI statements to the LRS your school \
                     uses (Learning Locker, SQL LRS, Ralph, SCORM Cloud…), and load them back \
                     into the class report. Off unless you turn it on: nothing leaves this \
                     computer until you press Send.",
                )
                .wrap(),
            );
            ui.add_space(6.0);
            let mut form = lrs.form.clone();
            let mut changed = ui
                .checkbox(&mut form.enabled, "Use a Learning Record Store")
                .changed();
            ui.add_space(4.0);
            changed |= field(
                ui,
                "Endpoint",
                "https://lrs.example.org/xAPI",
                &mut form.endpoint,
                false,
            );
            changed |= field(ui, "Key (user name)", "", &mut form.key, false);
            let hint = if lrs.secret_saved {
                "•••••• saved; type to replace it"
            } else {
                "the LRS's secret (password)"
            };
            changed |= field(ui, "Secret", hint, &mut form.secret, true);
            secret_place_ui(ui, lrs);
            changed |= field(
                ui,
                "Class URI",
                "https://school.example/classes/cloud-101",
                &mut form.class_uri,
                false,
            );
            ui.label(
                RichText::new(
                    "The class URI names your class in the statements: the students' \
                     accounts and the exercises' ids are made from it.",
                )
                .small()
                .weak(),
            );
            if changed {
                push(actions, LrsAction::SetForm(form.clone()));
            }
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                let idle = !lrs.is_busy();
                let unsaved = form_differs(&form, lrs);
                if ui
                    .add_enabled(idle && unsaved, egui::Button::new("💾 Save settings"))
                    .clicked()
                {
                    push(actions, LrsAction::Save);
                }
                let can_test = idle && !form.endpoint.trim().is_empty();
                if ui
                    .add_enabled(can_test, egui::Button::new("🔌 Test connection"))
                    .on_hover_text("Checks the endpoint, key and secret as typed")
                    .clicked()
                {
                    push(actions, LrsAction::Test);
                }
                if lrs.secret_saved
                    && ui
                        .add_enabled(idle, egui::Button::new("Forget the secret"))
                        .clicked()
                {
                    push(actions, LrsAction::ForgetSecret);
                }
            });
            job_ui(ui, lrs, actions);
            note_ui(ui, &lrs.note);
            section(ui, "Waiting to be sent");
            waiting_section_ui(ui, lrs, actions);
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

fn secret_place_ui(ui: &mut Ui, lrs: &LrsState) {
    let text = match (&lrs.files, &lrs.secret_place) {
        (None, _) => "This window has no data folder: nothing is saved.".to_owned(),
        (Some(_), None) => "Looking for the desktop's keyring…".to_owned(),
        (Some(_), Some(place)) => {
            let mut text = place.sentence();
            if matches!(place, SecretPlace::File(_)) && !lrs.use_keyring {
                text = format!("{text} (SRM_STUDY_KEYRING=off)");
            }
            text
        }
    };
    ui.add(egui::Label::new(RichText::new(format!("🔑 {text}")).small()).wrap());
    ui.add_space(4.0);
}

fn waiting_section_ui(ui: &mut Ui, lrs: &LrsState, actions: &mut Vec<Action>) {
    if lrs.waiting == 0 {
        ui.label("Nothing is waiting: every statement made here has reached the LRS.");
        return;
    }
    ui.add(
        egui::Label::new(format!(
            "{} to be sent (kept in {} until the LRS takes them).",
            count(lrs.waiting, "statement waits", "statements wait"),
            lrs.files
                .as_ref()
                .map(|f| f.queue.display().to_string())
                .unwrap_or_default()
        ))
        .wrap(),
    );
    ui.horizontal_wrapped(|ui| {
        let idle = !lrs.is_busy();
        if ui
            .add_enabled(
                idle && lrs.ready().is_ok(),
                egui::Button::new("📤 Send now"),
            )
            .clicked()
        {
            push(actions, LrsAction::SendWaiting);
        }
        if ui
            .add_enabled(idle, egui::Button::new("Drop them"))
            .on_hover_text("Forget the waiting statements without sending them")
            .clicked()
        {
            push(actions, LrsAction::DiscardWaiting);
        }
    });
}

/// The running job: a progress bar (sending) or a spinner, and Cancel.
pub fn job_ui(ui: &mut Ui, lrs: &LrsState, actions: &mut Vec<Action>) {
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
                let text = format!(
                    "Sending: {} of {}",
                    running.done,
                    count(running.total, "statement", "statements")
                );
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(ui.available_width().min(320.0))
                        .text(text),
                );
            }
            kind => {
                ui.spinner();
                ui.label(match kind {
                    JobKind::Load if running.pages > 0 => {
                        format!("Loading: {} read…", count(running.pages, "page", "pages"))
                    }
                    JobKind::Load => "Loading…".to_owned(),
                    JobKind::Test => "Testing the connection…".to_owned(),
                    _ => "Asking the keyring…".to_owned(),
                });
            }
        }
        let cancellable = matches!(running.kind, JobKind::Send | JobKind::Load);
        if cancellable {
            let text = if running.cancelled {
                "Stopping…"
            } else {
                "Cancel"
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
    lrs: &LrsState,
    has_students: bool,
    actions: &mut Vec<Action>,
) {
    section(ui, "Learning Record Store");
    let ready = lrs.ready();
    if let Err(problem) = &ready {
        ui.add(egui::Label::new(RichText::new(problem).weak()).wrap());
        if ui.button("LRS settings…").clicked() {
            actions.push(Action::Instructor(InstructorAction::ShowPage(Page::Lrs)));
        }
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let idle = !lrs.is_busy();
        if ui
            .add_enabled(idle && has_students, egui::Button::new("📤 Send results"))
            .on_hover_text("Send every student's statements to the LRS")
            .clicked()
        {
            report_push(actions, ReportAction::SendToLrs);
        }
        if ui
            .add_enabled(idle, egui::Button::new("📥 Load results from LRS"))
            .on_hover_text(
                "Read this exercise's statements back from the LRS and grade them like \
                 result files",
            )
            .clicked()
        {
            report_push(actions, ReportAction::LoadFromLrs);
        }
        if lrs.waiting > 0
            && ui
                .add_enabled(
                    idle,
                    egui::Button::new(format!("Send {} waiting", lrs.waiting)),
                )
                .clicked()
        {
            push(actions, LrsAction::SendWaiting);
        }
    });
    job_ui(ui, lrs, actions);
    note_ui(ui, &lrs.note);
}

/// The status bar's marker while statements wait: how many, and Send now.
pub fn waiting_marker_ui(ui: &mut Ui, lrs: &LrsState, actions: &mut Vec<Action>) {
    if lrs.waiting == 0 && lrs.running.is_none() {
        return;
    }
    ui.separator();
    if let Some(running) = &lrs.running
        && running.kind == JobKind::Send
    {
        ui.label(format!("📤 Sending {} of {}…", running.done, running.total));
        return;
    }
    if lrs.waiting == 0 {
        return;
    }
    ui.label(format!(
        "📤 {} for the LRS",
        count(lrs.waiting, "statement waits", "statements wait")
    ));
    if ui
        .add_enabled(
            !lrs.is_busy() && lrs.ready().is_ok(),
            egui::Button::new("Send now"),
        )
        .on_hover_text("Send the statements that could not be sent before")
        .clicked()
    {
        push(actions, LrsAction::SendWaiting);
    }
}

//! The Instructor area: build an exercise file from cards, take an exercise
//! as a student, grade a class from its result files, and import or export
//! decks.
//!
//! Every file is chosen through a dialog that runs off the UI thread
//! (`io::dialogs`); when it answers nothing (cancelled, or no dialog could be
//! shown) a typed-path prompt takes over, and every dialog button has a
//! "Type a path" link that opens that prompt directly. The prompt is a modal,
//! so it also serves the Sort area's "Save result…".

mod builder;
mod decks;
mod report;
mod student;

use std::path::{Path, PathBuf};

use egui::{Color32, RichText, Ui};

pub use builder::{BuilderAction, BuilderForm, BuilderState, CardKey};
pub use decks::{DeckExport, DecksAction, DecksState, PendingImport};
pub use report::{ReportAction, ReportState, ResultFile};
pub use student::{LoadedExercise, StudentAction, StudentState, result_file_name, slug};

use super::app::{Action, AppState};
use crate::io::dialogs::{
    DialogBackend, DialogKind, DialogRequest, FileType, PendingDialog, typed_path,
    with_default_extension,
};

/// The Instructor area's pages, in the order of the page bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    /// Build an exercise file from cards.
    #[default]
    Builder,
    /// Open an exercise file and take it.
    Student,
    /// Grade a class from its result files.
    Report,
    /// Import and export decks.
    Decks,
}

impl Page {
    /// Every page in bar order.
    pub const ALL: [Page; 4] = [Page::Builder, Page::Student, Page::Report, Page::Decks];

    /// The name in the page bar.
    pub fn label(self) -> &'static str {
        match self {
            Page::Builder => "New exercise",
            Page::Student => "Take an exercise (student)",
            Page::Report => "Class report",
            Page::Decks => "Decks",
        }
    }
}

/// What a file is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Where to write the exercise being built.
    ExportExercise,
    /// The exercise a student takes.
    OpenExercise,
    /// Where to write the student's result.
    SaveResult,
    /// The exercise a class report grades against.
    ReportExercise,
    /// Students' result files (or folders of them) for the report.
    ReportResults,
    /// Where to write the class report as CSV.
    ExportCsv,
    /// A deck file to import.
    ImportDeck,
    /// Where to write an exported deck.
    ExportDeck,
}

impl Purpose {
    /// Open one, open many, or save.
    pub fn kind(self) -> DialogKind {
        match self {
            Purpose::OpenExercise | Purpose::ReportExercise | Purpose::ImportDeck => {
                DialogKind::OpenFile
            }
            Purpose::ReportResults => DialogKind::OpenFiles,
            Purpose::ExportExercise
            | Purpose::SaveResult
            | Purpose::ExportCsv
            | Purpose::ExportDeck => DialogKind::SaveFile,
        }
    }

    /// The kind of file.
    pub fn file_type(self) -> FileType {
        match self {
            Purpose::ExportCsv => FileType::Csv,
            _ => FileType::Ron,
        }
    }

    /// The dialog's title, and the heading of the typed-path prompt.
    pub fn title(self) -> &'static str {
        match self {
            Purpose::ExportExercise => "Export the exercise",
            Purpose::OpenExercise => "Open an exercise file",
            Purpose::SaveResult => "Save your result",
            Purpose::ReportExercise => "Choose the exercise to grade",
            Purpose::ReportResults => "Add students' result files",
            Purpose::ExportCsv => "Export the class report as CSV",
            Purpose::ImportDeck => "Import a deck file",
            Purpose::ExportDeck => "Export a deck",
        }
    }

    /// The accessible name of the typed-path field.
    pub fn field_label(self) -> &'static str {
        match self {
            Purpose::ReportResults => "Path of a result file or folder",
            _ => "Path of the file",
        }
    }

    /// Whether the file is written (rather than read).
    pub fn is_save(self) -> bool {
        self.kind() == DialogKind::SaveFile
    }
}

/// A message under a button: what happened, and what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Something was done.
    Done(String),
    /// Something went wrong.
    Problem(String),
}

/// A dialog that has not answered yet.
#[derive(Debug)]
pub struct Waiting {
    /// What the file is for.
    pub purpose: Purpose,
    /// The dialog.
    pub pending: PendingDialog,
}

/// The typed-path prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedPath {
    /// What the path is for.
    pub purpose: Purpose,
    /// What has been typed.
    pub text: String,
    /// True when a dialog answered nothing before the prompt opened.
    pub after_dialog: bool,
    /// Why the last path typed could not be used.
    pub error: Option<String>,
}

/// What the Instructor area remembers.
#[derive(Debug, Default)]
pub struct InstructorState {
    /// The page on screen.
    pub page: Page,
    /// The exercise builder.
    pub builder: BuilderState,
    /// The student's page.
    pub student: StudentState,
    /// The class report.
    pub report: ReportState,
    /// Deck import and export.
    pub decks: DecksState,
    /// Where dialog answers come from (tests script them).
    pub dialogs: DialogBackend,
    /// A dialog asked for this frame, started by [`poll`].
    pub queued: Option<(Purpose, DialogRequest)>,
    /// The dialog on screen, if any.
    pub waiting: Option<Waiting>,
    /// The typed-path prompt, if open.
    pub typed: Option<TypedPath>,
}

/// Something the Instructor area asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum InstructorAction {
    /// Save the finished exercise's result file.
    SaveResult,
    /// Show a page.
    ShowPage(Page),
    /// Choose a file for this purpose with a dialog.
    Choose(Purpose),
    /// Type the path for this purpose instead of using a dialog.
    TypePath(Purpose),
    /// Stop waiting for a dialog that does not answer.
    StopWaiting,
    /// Change the typed path.
    SetTypedPath(String),
    /// Use the typed path.
    SubmitTypedPath,
    /// Close the typed-path prompt.
    CancelTypedPath,
    /// Something for the builder.
    Builder(BuilderAction),
    /// Something for the student's page.
    Student(StudentAction),
    /// Something for the class report.
    Report(ReportAction),
    /// Something for the Decks page.
    Decks(DecksAction),
}

/// Carries out an Instructor action; returns follow-up actions.
pub fn apply(state: &mut AppState, action: InstructorAction) -> Vec<Action> {
    match action {
        InstructorAction::SaveResult => {
            ask(state, Purpose::SaveResult);
            Vec::new()
        }
        InstructorAction::ShowPage(page) => {
            state.instructor.page = page;
            Vec::new()
        }
        InstructorAction::Choose(purpose) => {
            ask(state, purpose);
            Vec::new()
        }
        InstructorAction::TypePath(purpose) => {
            if let Err(problem) = request_for(state, purpose) {
                set_note(state, purpose, Note::Problem(problem));
                return Vec::new();
            }
            state.instructor.waiting = None;
            state.instructor.queued = None;
            state.instructor.typed = Some(TypedPath {
                purpose,
                text: String::new(),
                after_dialog: false,
                error: None,
            });
            Vec::new()
        }
        InstructorAction::StopWaiting => {
            state.instructor.waiting = None;
            state.instructor.queued = None;
            Vec::new()
        }
        InstructorAction::SetTypedPath(text) => {
            if let Some(typed) = state.instructor.typed.as_mut() {
                typed.text = text;
                typed.error = None;
            }
            Vec::new()
        }
        InstructorAction::SubmitTypedPath => submit_typed(state),
        InstructorAction::CancelTypedPath => {
            state.instructor.typed = None;
            Vec::new()
        }
        InstructorAction::Builder(action) => builder::apply(state, action),
        InstructorAction::Student(action) => student::apply(state, action),
        InstructorAction::Report(action) => report::apply(state, action),
        InstructorAction::Decks(action) => decks::apply(state, action),
    }
}

/// Queues a dialog for `purpose`, unless one is already on screen or what
/// the file is for is not ready (then the page says why).
fn ask(state: &mut AppState, purpose: Purpose) {
    if state.instructor.waiting.is_some() || state.instructor.queued.is_some() {
        return;
    }
    match request_for(state, purpose) {
        Ok(request) => {
            state.instructor.typed = None;
            state.instructor.queued = Some((purpose, request));
        }
        Err(problem) => set_note(state, purpose, Note::Problem(problem)),
    }
}

/// The dialog to show for `purpose`, or why the file cannot be chosen yet.
fn request_for(state: &AppState, purpose: Purpose) -> Result<DialogRequest, String> {
    let file_name = match purpose {
        Purpose::ExportExercise => Some(builder::default_file_name(state)?),
        Purpose::SaveResult => Some(student::default_result_name(state)?),
        Purpose::ExportCsv => Some(report::default_csv_name(state)?),
        Purpose::ExportDeck => Some(decks::default_file_name(state)?),
        Purpose::OpenExercise
        | Purpose::ReportExercise
        | Purpose::ReportResults
        | Purpose::ImportDeck => None,
    };
    Ok(DialogRequest {
        kind: purpose.kind(),
        title: purpose.title().to_owned(),
        file_type: purpose.file_type(),
        file_name,
    })
}

/// Puts a note where the person who asked for `purpose` will see it.
fn set_note(state: &mut AppState, purpose: Purpose, note: Note) {
    if purpose == Purpose::SaveResult {
        student::result_note(state, note);
        return;
    }
    let instructor = &mut state.instructor;
    match purpose {
        Purpose::ExportExercise => instructor.builder.note = Some(note),
        Purpose::OpenExercise | Purpose::SaveResult => instructor.student.note = Some(note),
        Purpose::ReportExercise | Purpose::ReportResults | Purpose::ExportCsv => {
            instructor.report.note = Some(note);
        }
        Purpose::ImportDeck => instructor.decks.import_note = Some(note),
        Purpose::ExportDeck => instructor.decks.export_note = Some(note),
    }
}

fn submit_typed(state: &mut AppState) -> Vec<Action> {
    let Some(typed) = state.instructor.typed.clone() else {
        return Vec::new();
    };
    let purpose = typed.purpose;
    let Some(path) = typed_path(&typed.text) else {
        set_typed_error(
            state,
            "Type the path of a file first, e.g. /home/me/quiz.ron.",
        );
        return Vec::new();
    };
    if purpose.is_save() {
        let target = save_target(state, purpose, &path);
        if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            set_typed_error(
                state,
                &format!(
                    "The folder {} does not exist. Type the path of an existing folder.",
                    parent.display()
                ),
            );
            return Vec::new();
        }
    } else if !path.exists() {
        set_typed_error(
            state,
            &format!(
                "There is nothing at {}. Check the spelling, or give the full path.",
                path.display()
            ),
        );
        return Vec::new();
    } else if path.is_dir() && purpose != Purpose::ReportResults {
        set_typed_error(
            state,
            &format!(
                "{} is a folder. Type the path of a file in it.",
                path.display()
            ),
        );
        return Vec::new();
    }
    state.instructor.typed = None;
    carry_out(state, purpose, vec![path])
}

fn set_typed_error(state: &mut AppState, error: &str) {
    if let Some(typed) = state.instructor.typed.as_mut() {
        typed.error = Some(error.to_owned());
    }
}

/// Where a save goes: a folder gets the proposed file name, a name without
/// an extension gets the usual one.
fn save_target(state: &AppState, purpose: Purpose, path: &Path) -> PathBuf {
    if path.is_dir()
        && let Ok(request) = request_for(state, purpose)
        && let Some(name) = request.file_name
    {
        return path.join(name);
    }
    with_default_extension(path, purpose.file_type())
}

/// Does what the chosen paths were for; returns follow-up actions.
fn carry_out(state: &mut AppState, purpose: Purpose, paths: Vec<PathBuf>) -> Vec<Action> {
    let Some(first) = paths.first().cloned() else {
        return Vec::new();
    };
    let target = || save_target(state, purpose, &first);
    match purpose {
        Purpose::ExportExercise => {
            let target = target();
            builder::export(state, &target);
            Vec::new()
        }
        Purpose::OpenExercise => {
            student::open(state, &first);
            Vec::new()
        }
        Purpose::SaveResult => {
            let target = target();
            student::save_result(state, &target);
            Vec::new()
        }
        Purpose::ReportExercise => {
            report::choose_exercise(state, &first);
            Vec::new()
        }
        Purpose::ReportResults => {
            report::add_results(state, &paths);
            Vec::new()
        }
        Purpose::ExportCsv => {
            let target = target();
            report::export_csv(state, &target);
            Vec::new()
        }
        Purpose::ImportDeck => decks::import(state, &first),
        Purpose::ExportDeck => {
            let target = target();
            decks::export(state, &target);
            Vec::new()
        }
    }
}

/// Starts the dialog asked for this frame, picks up what dialogs running
/// off the UI thread have answered, and shows the typed-path prompt (a
/// modal, so that it works from any area). Called once per frame, after the
/// views.
pub fn poll(state: &mut AppState, ctx: &egui::Context) {
    if let Some((purpose, request)) = state.instructor.queued.take() {
        let repaint = ctx.clone();
        let pending = state
            .instructor
            .dialogs
            .start(request, move || repaint.request_repaint());
        state.instructor.waiting = Some(Waiting { purpose, pending });
    }
    let answered = state
        .instructor
        .waiting
        .as_ref()
        .and_then(|w| w.pending.try_answer().map(|answer| (w.purpose, answer)));
    if let Some((purpose, answer)) = answered {
        state.instructor.waiting = None;
        let follow_ups = match answer {
            Some(paths) => carry_out(state, purpose, paths),
            None => {
                state.instructor.typed = Some(TypedPath {
                    purpose,
                    text: String::new(),
                    after_dialog: true,
                    error: None,
                });
                Vec::new()
            }
        };
        for action in follow_ups {
            state.apply(action);
        }
        ctx.request_repaint();
    }
    if let Some(typed) = &state.instructor.typed {
        let mut actions = Vec::new();
        typed_path_modal(ctx, typed, &mut actions);
        if !actions.is_empty() {
            for action in actions {
                state.apply(Action::Instructor(action));
            }
            ctx.request_repaint();
        }
    }
}

fn typed_path_modal(ctx: &egui::Context, typed: &TypedPath, actions: &mut Vec<InstructorAction>) {
    let purpose = typed.purpose;
    egui::Modal::new(egui::Id::unique("instructor-typed-path")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(purpose.title());
        if typed.after_dialog {
            ui.add(
                egui::Label::new(
                    "No file was chosen. If no file dialog appeared (some desktops cannot \
                     show one), type the path here instead; otherwise press Cancel.",
                )
                .wrap(),
            );
        }
        let hint = if purpose.is_save() {
            "The file is written there; a file of the same name is replaced. \
             A folder gets the proposed file name."
        } else if purpose == Purpose::ReportResults {
            "A result file, or a folder: every .ron file in it is added."
        } else {
            "The full path of the file, e.g. /home/me/week-3-quiz.ron."
        };
        ui.label(RichText::new(hint).small().weak());
        ui.add_space(4.0);
        let label = ui.label(purpose.field_label());
        let mut text = typed.text.clone();
        let edit = egui::TextEdit::singleline(&mut text)
            .hint_text("/home/me/file.ron")
            .desired_width(f32::INFINITY);
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            actions.push(InstructorAction::SetTypedPath(text));
        }
        let enter = (response.lost_focus() || response.has_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        // The field takes the keyboard when the prompt opens (checked after
        // Enter, which hands the focus back).
        if !enter && ui.memory(|m| m.focused().is_none()) {
            response.request_focus();
        }
        if let Some(error) = &typed.error {
            problem_label(ui, error);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("OK").clicked() || enter {
                actions.push(InstructorAction::SubmitTypedPath);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                actions.push(InstructorAction::CancelTypedPath);
            }
        });
    });
}

/// Draws the Instructor area.
pub fn instructor_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let instructor = &state.instructor;
    egui::Panel::top("instructor-pages").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            for page in Page::ALL {
                let selected = instructor.page == page;
                let button = egui::Button::selectable(selected, RichText::new(page.label()));
                if ui.add(button).clicked() && !selected {
                    push(actions, InstructorAction::ShowPage(page));
                }
            }
        });
        if let Some(waiting) = &instructor.waiting {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!(
                    "Waiting for the file dialog: {}.",
                    waiting.purpose.title()
                ));
                if ui
                    .button("Stop waiting")
                    .on_hover_text("Use this if no dialog appeared; then type the path instead")
                    .clicked()
                {
                    push(actions, InstructorAction::StopWaiting);
                }
            });
        }
        ui.add_space(4.0);
    });
    egui::CentralPanel::default().show(ui, |ui| match instructor.page {
        Page::Builder => builder::builder_ui(ui, state, actions),
        Page::Student => student::student_ui(ui, state, actions),
        Page::Report => report::report_ui(ui, state, actions),
        Page::Decks => decks::decks_ui(ui, state, actions),
    });
}

fn push(actions: &mut Vec<Action>, action: InstructorAction) {
    actions.push(Action::Instructor(action));
}

/// A dialog button and its "Type a path" link. The button is disabled while
/// another dialog is open or when `enabled` is false.
fn file_button(
    ui: &mut Ui,
    state: &AppState,
    text: &str,
    purpose: Purpose,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let free = state.instructor.waiting.is_none();
        let button = ui.add_enabled(
            enabled && free,
            egui::Button::new(RichText::new(text).strong()).min_size(egui::vec2(0.0, 30.0)),
        );
        if button.clicked() {
            push(actions, InstructorAction::Choose(purpose));
        }
        let link = ui.add_enabled(
            enabled,
            egui::Link::new(RichText::new("Type a path").small()),
        );
        let link_label = format!("Type a path: {}", purpose.title());
        link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, enabled, &link_label));
        if link
            .on_hover_text("Type the file's path instead of using a file dialog")
            .clicked()
        {
            push(actions, InstructorAction::TypePath(purpose));
        }
    });
}

fn note_ui(ui: &mut Ui, note: &Option<Note>) {
    match note {
        Some(Note::Done(text)) => {
            let color = good_color(ui.visuals().dark_mode);
            ui.add(egui::Label::new(RichText::new(format!("✔ {text}")).color(color)).wrap());
        }
        Some(Note::Problem(text)) => problem_label(ui, text),
        None => {}
    }
}

fn problem_label(ui: &mut Ui, text: &str) {
    let color = ui.visuals().error_fg_color;
    ui.add(egui::Label::new(RichText::new(format!("⚠ {text}")).color(color)).wrap());
}

/// Load errors, one `file:line:col: message` per line.
fn errors_ui(ui: &mut Ui, intro: &str, errors: &[String]) {
    if errors.is_empty() {
        return;
    }
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(egui::Stroke::new(1.0, ui.visuals().error_fg_color))
        .corner_radius(6.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            problem_label(ui, intro);
            for error in errors {
                ui.add(egui::Label::new(RichText::new(error).monospace()).wrap());
            }
        });
}

fn good_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x6C, 0xD6, 0x8C)
    } else {
        Color32::from_rgb(0x1B, 0x7F, 0x3B)
    }
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).strong().size(17.0));
}

//! The class report's state: the exercise graded against, the result files
//! added, the report built from them, and its CSV export. It draws nothing.

use std::path::{Path, PathBuf};

use crate::i18n::Translator;
use crate::io::files::{FoundResult, find_results, is_an_input};
use crate::io::fs::write_atomic;
use crate::model::exercise::ExerciseResult;
use crate::model::export::xapi::{self, XapiOptions, check_class_uri, statements_json};
use crate::model::report::{AttemptRule, ClassReport, to_csv_with};
use crate::tr;
use crate::ui::action::{Action, Note};
use crate::ui::instructor::action::ReportAction;
use crate::ui::instructor::lrs::action::LrsAction;
use crate::ui::instructor::student::state::LoadedExercise;
use crate::ui::shared::AppData;

/// Where a result in the report came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultSource {
    /// A result file.
    File(PathBuf),
    /// Statements loaded from the LRS for this student.
    Lrs(String),
}

/// A result added to the report (from a file or the LRS), loaded or not.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultFile {
    /// Where it came from.
    pub source: ResultSource,
    /// The result, or why it could not be read (`file:line:col: ...`).
    pub loaded: Result<ExerciseResult, String>,
}

/// What the class report remembers.
#[derive(Debug, Clone, Default)]
pub struct ReportState {
    /// The exercise graded against.
    pub exercise: Option<LoadedExercise>,
    /// Why the last exercise file did not open.
    pub exercise_errors: Vec<String>,
    /// The result files, in the order added.
    pub results: Vec<ResultFile>,
    /// The report, once there is an exercise.
    pub report: Option<ClassReport>,
    /// What the last file operation did.
    pub note: Option<Note>,
    /// Whether the CSV gets a second row with the card texts.
    pub card_texts: bool,
    /// The class URI of the xAPI export.
    pub class_uri: String,
    /// Which attempt counts for a student with several (first by default).
    pub rule: AttemptRule,
}

/// Applies a class-report action; returns follow-up actions (what the LRS
/// is to send or load, and what it is to say).
pub fn apply(report: &mut ReportState, shared: &mut AppData, action: ReportAction) -> Vec<Action> {
    let tr = &shared.tr;
    match action {
        ReportAction::ClearResults => {
            report.results.clear();
            report.note = None;
            rebuild(report);
        }
        ReportAction::OpenExercise(path) => choose_exercise(report, tr, &path),
        ReportAction::AddResults(paths) => add_results(report, tr, &paths),
        ReportAction::ExportCsv(path) => export_csv(report, tr, &path),
        ReportAction::SetCardTexts(on) => report.card_texts = on,
        ReportAction::SetAttemptRule(rule) => {
            report.rule = rule;
            rebuild(report);
        }
        ReportAction::SetClassUri(uri) => report.class_uri = uri,
        ReportAction::ExportXapi(path) => export_xapi(report, tr, &path),
        ReportAction::SendToLrs => return vec![Action::Lrs(to_send(report, tr))],
        ReportAction::LoadFromLrs => return vec![Action::Lrs(to_load(report, tr))],
        ReportAction::LrsStatements { statements, from } => {
            let note = loaded_from_lrs(report, tr, &statements, &from);
            return vec![Action::Lrs(LrsAction::ShowNote(note))];
        }
        ReportAction::ClassUriSaved { old, new } => {
            let typed = report.class_uri.trim();
            if typed.is_empty() || typed == old {
                report.class_uri = new;
            }
        }
    }
    Vec::new()
}

/// What the LRS is to do for "Send results": send the class's results as
/// statements, or say why there is nothing to send.
fn to_send(report: &ReportState, tr: &Translator) -> LrsAction {
    let problem = |text: String| LrsAction::ShowNote(Note::Problem(text));
    let Some(loaded) = &report.exercise else {
        return problem(tr!(tr, "report-choose-exercise-first"));
    };
    let results = usable_results(report, &loaded.exercise.id);
    if results.is_empty() {
        return problem(tr!(tr, "report-nothing-to-send"));
    }
    let options = XapiOptions::new(&report.class_uri);
    match xapi::statements(&loaded.exercise, &results, &options) {
        Ok(statements) => LrsAction::Send(statements),
        Err(e) => problem(tr!(tr, "report-nothing-sent", problem = e.localized(tr))),
    }
}

/// What the LRS is to do for "Load results": load the statements of the
/// exercise's activity, or say what is missing.
fn to_load(report: &ReportState, tr: &Translator) -> LrsAction {
    let problem = |text: String| LrsAction::ShowNote(Note::Problem(text));
    let Some(loaded) = &report.exercise else {
        return problem(tr!(tr, "report-choose-exercise-first"));
    };
    let class_uri = report.class_uri.trim();
    if let Err(e) = check_class_uri(class_uri) {
        return problem(tr!(
            tr,
            "report-class-uri-problem",
            problem = e.localized(tr)
        ));
    }
    LrsAction::Load(xapi::exercise_activity_id(class_uri, &loaded.exercise.id))
}

/// A load ended: the statements become results in the report (their
/// names checked as a result file's are); the note says how many, and who
/// was left out.
fn loaded_from_lrs(
    report: &mut ReportState,
    tr: &Translator,
    statements: &[serde_json::Value],
    from: &str,
) -> Note {
    let Some(loaded) = &report.exercise else {
        return Note::Problem(tr!(tr, "report-exercise-closed"));
    };
    let options = XapiOptions::new(&report.class_uri);
    // Students by name (an LRS gives statements in an order of its own).
    let checked = xapi::checked_results_from_statements(&loaded.exercise, &options, statements);
    let students = checked.len();
    let refused: Vec<String> = checked
        .iter()
        .filter_map(|(label, r)| r.as_ref().err().map(|why| format!("{label}: {why}")))
        .collect();
    let results = checked.into_iter().filter_map(|(_, r)| r.ok()).collect();
    set_lrs_results(report, results);
    let loaded = tr!(
        tr,
        "report-loaded-from-lrs",
        statements = statements.len(),
        students = students,
        endpoint = from
    );
    if refused.is_empty() {
        Note::Done(loaded)
    } else {
        let left_out = tr!(tr, "report-loaded-left-out", refused = refused.join("; "));
        Note::Problem(format!("{loaded} {left_out}"))
    }
}

/// Opens the exercise to grade against.
fn choose_exercise(report: &mut ReportState, tr: &Translator, path: &Path) {
    report.note = None;
    let (exercise, errors) = LoadedExercise::open(path);
    report.exercise = exercise;
    report.exercise_errors = errors.iter().map(|e| e.localized(tr)).collect();
    if report
        .exercise
        .as_ref()
        .is_some_and(|e| e.exercise.owners_hidden())
    {
        report.exercise = None;
        report.exercise_errors = vec![tr!(
            tr,
            "report-sealed-file",
            path = path.display().to_string()
        )];
    }
    rebuild(report);
}

/// Adds result files; a folder adds every `.ron` file in it. A file added
/// before is not added twice.
fn add_results(report: &mut ReportState, tr: &Translator, paths: &[PathBuf]) {
    let exercise = report.exercise.as_ref().map(|e| e.path.clone());
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut skipped = Vec::new();
    for found in find_results(paths, exercise.as_deref()) {
        match found {
            FoundResult::Result(path, loaded) => files.push((path, loaded)),
            FoundResult::Skipped { path, .. } => {
                let shown = path.display().to_string();
                let is_the_exercise = exercise.as_deref().is_some_and(|e| same_file(e, &path));
                skipped.push(if is_the_exercise {
                    tr!(tr, "report-skipped-exercise", path = shown)
                } else {
                    tr!(tr, "report-skipped-exercise-file", path = shown)
                });
            }
            FoundResult::EmptyFolder(path) => problems.push(tr!(
                tr,
                "report-empty-folder",
                path = path.display().to_string()
            )),
            FoundResult::UnreadableFolder(_, e) => problems.push(e.to_string()),
        }
    }
    let mut added = 0;
    let mut again = 0;
    for (path, loaded) in files {
        if report
            .results
            .iter()
            .any(|r| r.source == ResultSource::File(path.clone()))
        {
            again += 1;
            continue;
        }
        let loaded = loaded.map_err(|errors| {
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        });
        report.results.push(ResultFile {
            source: ResultSource::File(path),
            loaded,
        });
        added += 1;
    }
    let mut text = tr!(tr, "report-added", files = added);
    if again > 0 {
        text.push(' ');
        text.push_str(&tr!(tr, "report-already-added", files = again));
    }
    for sentence in skipped {
        text.push_str(&format!(" {sentence}"));
    }
    report.note = Some(if problems.is_empty() {
        Note::Done(text)
    } else {
        Note::Problem(format!("{text} {}", problems.join(" ")))
    });
    rebuild(report);
}

/// Whether two paths name the same file (as far as the file system says).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The label of a result in the report: its file name, or its whole path
/// when two added files share a name; "NAME (LRS)" for one loaded from the
/// LRS.
fn label_of(results: &[ResultFile], file: &ResultFile) -> String {
    let path = match &file.source {
        ResultSource::File(path) => path,
        ResultSource::Lrs(student) => return format!("{student} (LRS)"),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let clash = results
        .iter()
        .filter(|r| matches!(&r.source, ResultSource::File(p) if p.file_name() == path.file_name()))
        .count()
        > 1;
    match name {
        Some(name) if !clash => name,
        _ => path.display().to_string(),
    }
}

/// The paths of the result files (not those loaded from the LRS).
fn result_paths(report: &ReportState) -> Vec<PathBuf> {
    report
        .results
        .iter()
        .filter_map(|r| match &r.source {
            ResultSource::File(path) => Some(path.clone()),
            ResultSource::Lrs(_) => None,
        })
        .collect()
}

/// Puts the results loaded from the LRS in the report, in place of those
/// loaded before; result files stay.
pub fn set_lrs_results(report: &mut ReportState, results: Vec<ExerciseResult>) {
    report
        .results
        .retain(|r| !matches!(r.source, ResultSource::Lrs(_)));
    report
        .results
        .extend(results.into_iter().map(|result| ResultFile {
            source: ResultSource::Lrs(result.student.clone()),
            loaded: Ok(result),
        }));
    rebuild(report);
}

fn rebuild(report: &mut ReportState) {
    report.report = report.exercise.as_ref().map(|loaded| {
        let results = report
            .results
            .iter()
            .map(|file| (label_of(&report.results, file), file.loaded.clone()))
            .collect();
        ClassReport::build_with(&loaded.exercise, results, report.rule)
    });
}

/// `<exercise-id>-report.csv`, or why there is nothing to export.
pub fn default_csv_name(report: &ReportState, tr: &Translator) -> Result<String, String> {
    match &report.report {
        Some(report) if !report.students.is_empty() => {
            Ok(format!("{}-report.csv", report.exercise_id))
        }
        Some(_) => Err(tr!(tr, "report-add-results-first")),
        None => Err(tr!(tr, "report-choose-exercise-then-results")),
    }
}

/// `<exercise-id>-xapi.json`, or why there is nothing to export.
pub fn default_xapi_name(report: &ReportState, tr: &Translator) -> Result<String, String> {
    let name = default_csv_name(report, tr)?;
    check_class_uri(report.class_uri.trim())
        .map_err(|e| tr!(tr, "report-class-uri-problem", problem = e.localized(tr)))?;
    Ok(name.replace("-report.csv", "-xapi.json"))
}

/// The results that load and are for the exercise, in the order added:
/// what `srm-study export xapi` exports for the same files.
pub fn usable_results(report: &ReportState, exercise_id: &str) -> Vec<ExerciseResult> {
    report
        .results
        .iter()
        .filter_map(|file| file.loaded.as_ref().ok())
        .filter(|result| result.exercise == exercise_id)
        .cloned()
        .collect()
}

/// Writes the results as xAPI statements.
fn export_xapi(report: &mut ReportState, tr: &Translator, path: &Path) {
    let notes = ExportNotes {
        over_input: |tr, path| tr!(tr, "report-xapi-over-input", path = path),
        not_written: |tr, path, problem| {
            tr!(
                tr,
                "report-xapi-not-written",
                path = path,
                problem = problem
            )
        },
    };
    write_export(report, tr, path, notes, |report, exercise| {
        let usable = usable_results(report, &exercise.exercise.id);
        let options = XapiOptions::new(&report.class_uri);
        let text =
            statements_json(&exercise.exercise, &usable, &options).map_err(|e| e.localized(tr))?;
        let path = path.display().to_string();
        let students = usable.len();
        Ok((
            text,
            tr!(tr, "report-xapi-saved", students = students, path = path),
        ))
    });
}

/// Writes the report as CSV.
fn export_csv(report: &mut ReportState, tr: &Translator, path: &Path) {
    // A report exists only with its exercise (see `rebuild`).
    if report.report.is_none() {
        report.note = Some(Note::Problem(tr!(tr, "report-choose-exercise-first")));
        return;
    }
    let notes = ExportNotes {
        over_input: |tr, path| tr!(tr, "report-csv-over-input", path = path),
        not_written: |tr, path, problem| {
            tr!(tr, "report-csv-not-written", path = path, problem = problem)
        },
    };
    write_export(report, tr, path, notes, |report, _| {
        let Some(class) = &report.report else {
            return Err(tr!(tr, "report-choose-exercise-first"));
        };
        let text = to_csv_with(class, report.card_texts).map_err(|e| e.localized(tr))?;
        let path = path.display().to_string();
        Ok((text, tr!(tr, "report-csv-saved", path = path)))
    });
}

/// The words of one kind of export's problems: the path is one of the
/// report's inputs (path), the file could not be written (path, problem).
struct ExportNotes {
    over_input: fn(&Translator, String) -> String,
    not_written: fn(&Translator, String, String) -> String,
}

/// Writes an export of the report to `path`, never over the exercise or a
/// result (that would lose an input): `make` gives the text and the note
/// shown once it is written, or why there is none.
fn write_export(
    report: &mut ReportState,
    tr: &Translator,
    path: &Path,
    notes: ExportNotes,
    make: impl FnOnce(&ReportState, &LoadedExercise) -> Result<(String, String), String>,
) {
    let Some(exercise) = &report.exercise else {
        report.note = Some(Note::Problem(tr!(tr, "report-choose-exercise-first")));
        return;
    };
    let mut inputs = result_paths(report);
    inputs.push(exercise.path.clone());
    let shown = path.display().to_string();
    if is_an_input(path, &inputs) {
        report.note = Some(Note::Problem((notes.over_input)(tr, shown)));
        return;
    }
    let written = make(report, exercise).and_then(|(text, saved)| {
        write_atomic(path, text.as_bytes())
            .map(|()| saved)
            .map_err(|e| (notes.not_written)(tr, shown, e.to_string()))
    });
    report.note = Some(match written {
        Ok(saved) => Note::Done(saved),
        Err(problem) => Note::Problem(problem),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Owner;
    use crate::model::exercise::{Answer, ExerciseResult, result_to_ron};
    use crate::ui::instructor::action::{BuilderAction, BuilderForm, CardKey};
    use crate::ui::instructor::builder::state::{BuilderState, apply as build};
    use crate::ui::test_support::shared;

    #[test]
    fn a_class_is_graded_from_a_folder_and_its_csv_never_replaces_an_input() {
        let dir = tempfile::tempdir().expect("tempdir");
        let class = dir.path().join("class");
        std::fs::create_dir(&class).expect("mkdir");
        let mut shared = shared();
        // The exercise, written by the builder, in the results folder too.
        let mut builder = BuilderState::default();
        let keys = ["guards", "guest"].map(|i| CardKey::new("t", i)).to_vec();
        build(&mut builder, &mut shared, BuilderAction::Add(keys));
        let form = BuilderForm {
            id: "quiz".into(),
            title: "Quiz".into(),
            ..BuilderForm::default()
        };
        build(&mut builder, &mut shared, BuilderAction::SetForm(form));
        let exercise = class.join("quiz.ron");
        build(
            &mut builder,
            &mut shared,
            BuilderAction::ExportTo(exercise.clone()),
        );
        for (name, placed) in [("Ana", Owner::Aws), ("Ben", Owner::Customer)] {
            let answers = vec![Answer {
                item: "guards".into(),
                placed,
            }];
            let result = ExerciseResult::new("quiz", name, answers, 60);
            let text = result_to_ron(&result).expect("ron");
            std::fs::write(class.join(format!("{name}.ron")), text).expect("write");
        }

        let mut report = ReportState::default();
        apply(
            &mut report,
            &mut shared,
            ReportAction::OpenExercise(exercise.clone()),
        );
        assert!(
            report.exercise_errors.is_empty(),
            "{:?}",
            report.exercise_errors
        );
        apply(
            &mut report,
            &mut shared,
            ReportAction::AddResults(vec![class.clone()]),
        );
        let graded = report.report.as_ref().expect("a report");
        let names: Vec<&str> = graded.students.iter().map(|s| s.student.as_str()).collect();
        assert_eq!(names, ["Ana", "Ben"], "the exercise file is not a student");

        // The CSV goes where it is asked, never over one of its inputs.
        let before = std::fs::read(&exercise).expect("read");
        apply(
            &mut report,
            &mut shared,
            ReportAction::ExportCsv(exercise.clone()),
        );
        assert!(
            matches!(report.note, Some(Note::Problem(_))),
            "{:?}",
            report.note
        );
        assert_eq!(std::fs::read(&exercise).expect("read"), before);
        let csv = dir.path().join("quiz.csv");
        apply(
            &mut report,
            &mut shared,
            ReportAction::ExportCsv(csv.clone()),
        );
        assert!(
            matches!(report.note, Some(Note::Done(_))),
            "{:?}",
            report.note
        );
        assert!(std::fs::read_to_string(&csv).expect("csv").contains("Ana"));

        apply(&mut report, &mut shared, ReportAction::ClearResults);
        assert!(report.results.is_empty());
    }
}

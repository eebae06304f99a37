//! `srm-study FILE` (and a double-click in a file manager): each kind of
//! file opens in its place. The files are told apart and turned into
//! actions as `main` does (`cli::open`), and the app starts through the
//! real `SrmApp::new` with them; the checks read what the window shows
//! (the AccessKit tree) and where the state is.

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::cli::open::{OpenKind, describe_screen, kind_of, start_actions};
use srm_study::io::paths::AppPaths;
use srm_study::ui::instructor::Page;
use srm_study::ui::{Area, SrmApp, StartOptions, theme};

/// The app started with `files` on the command line, its data in `data`.
fn started_with(files: &[PathBuf], data: &Path) -> Harness<'static, SrmApp> {
    let kinds: Vec<(PathBuf, OpenKind)> = files
        .iter()
        .map(|path| (path.clone(), kind_of(path).expect("a readable file")))
        .collect();
    let start = StartOptions {
        paths: Some(AppPaths {
            data_dir: data.to_path_buf(),
        }),
        actions: start_actions(&kinds),
        ..Default::default()
    };
    let catalog = common::gui::builtin_catalog();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(theme::apply)
        .build_eframe(move |cc| SrmApp::new(cc, catalog, start));
    harness.run();
    harness
}

/// Writes an exercise (with `--sealed`, also its key) with the real binary.
fn exercise(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let out_text = out.display().to_string();
    let mut args = vec!["exercise", "new", "--deck", "srm-core", "--count", "4"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--out", &out_text]);
    let (code, _, stderr) = common::run_bin(&args, dir);
    assert_eq!(code, 0, "{stderr}");
    out
}

#[test]
fn an_exercise_opens_in_sorts_take_an_exercise_ready_to_take() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = exercise(dir.path(), "week-4.ron", &["--title", "Week 4"]);
    let harness = started_with(&[file], dir.path());
    let state = &harness.state().state;
    assert_eq!(state.area, Area::Sort, "where a student takes an exercise");
    assert!(state.sort.taking);
    assert!(state.instructor.student.loaded.is_some());
    harness.get_by_label("Back to the start screen");
    harness.get_by_label_contains("Open the exercise file your instructor gave you");
    harness.get_by_label("Your name");
    assert!(harness.query_by_label_contains("Week 4").is_some());
    assert_eq!(describe_screen(state), "Sort > Take an exercise: “Week 4”");
}

#[test]
fn an_answer_key_and_results_open_in_the_class_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let student_file = exercise(
        dir.path(),
        "quiz.ron",
        &["--sealed", "--id", "quiz", "--title", "Quiz"],
    );
    let key = student_file.with_file_name("quiz.key.ron");
    let result = dir.path().join("ana-silva.ron");
    std::fs::write(
        &result,
        r#"ExerciseResult(exercise: "quiz", student: "Ana Silva", answers: [],
            seconds: 60, finished_at: "2026-11-20T10:15:00Z", app_version: "0.1.0")"#,
    )
    .expect("write");

    // The key alone: the report with its exercise, waiting for results.
    let harness = started_with(std::slice::from_ref(&key), dir.path());
    let state = &harness.state().state;
    assert_eq!(state.instructor.page, Page::Report);
    let report = &state.instructor.report;
    assert!(
        report
            .exercise
            .as_ref()
            .is_some_and(|e| e.exercise.is_key()),
        "{:?}",
        report.exercise_errors
    );
    harness.get_by_label_contains("Exercise: Quiz (quiz), 4 cards");
    harness.get_by_label("0 result files added.");

    // The key and a result, as a selection double-clicked together.
    let harness = started_with(&[result.clone(), key], dir.path());
    let report = &harness.state().state.instructor.report;
    assert_eq!(report.results.len(), 1);
    harness.get_by_label("1 result file added.");

    // A result alone still opens the report, with the file listed.
    let harness = started_with(&[result], dir.path());
    let state = &harness.state().state;
    assert_eq!(state.instructor.page, Page::Report);
    assert_eq!(state.instructor.report.results.len(), 1);
}

#[test]
fn a_deck_is_imported_on_the_decks_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let deck = dir.path().join("my-deck.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/deck/example-deck.ron"),
        &deck,
    )
    .expect("copy");
    let data = dir.path().join("data");
    let harness = started_with(&[deck], &data);
    let state = &harness.state().state;
    assert_eq!(state.area, Area::Instructor);
    assert_eq!(state.instructor.page, Page::Decks);
    assert!(data.join("content/example-deck.ron").exists());
    assert!(
        state
            .shared
            .catalog
            .decks
            .iter()
            .any(|d| d.deck.id == "example-deck"),
        "the imported deck is loaded"
    );
    assert!(harness.query_by_label_contains("Imported “").is_some());
}

#[test]
fn a_file_of_no_known_kind_says_why_on_the_students_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("notes.ron");
    std::fs::write(&file, "Notes(\"not an SRM Study file\")").expect("write");
    let harness = started_with(&[file], dir.path());
    let state = &harness.state().state;
    assert_eq!(state.area, Area::Sort);
    assert!(state.sort.taking);
    assert!(state.instructor.student.loaded.is_none());
    assert!(
        state
            .instructor
            .student
            .errors
            .iter()
            .any(|e| e.to_string().contains("notes.ron")),
        "{:?}",
        state.instructor.student.errors
    );
}

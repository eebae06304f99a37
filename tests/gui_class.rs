//! Students taking an instructor's exercise (plain and sealed) and the class
//! report grading their result files, driven the way a person does, with
//! scripted file dialogs answering paths in temporary folders.

mod common;

use std::path::Path;

use common::instructor::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::io::files::{load_exercise, load_result};
use srm_study::model::Owner;
use srm_study::model::exercise::Exercise;
use srm_study::model::report::grade;
use srm_study::model::report::{AttemptRule, LeftOut};
use srm_study::model::session::Mark;
use srm_study::ui::instructor::Page;
use srm_study::ui::sort::SortAction;
use srm_study::ui::{Action, AppState, Area};

/// How a student answers a card: given its owner and its place in the
/// exercise, the bin (or none).
type Plan = fn(usize, Owner) -> Option<Owner>;

fn all_right(_: usize, owner: Owner) -> Option<Owner> {
    Some(owner)
}

fn first_right_then_wrong(n: usize, owner: Owner) -> Option<Owner> {
    if n == 0 {
        Some(owner)
    } else {
        Some(if owner == Owner::Aws {
            Owner::Shared
        } else {
            Owner::Aws
        })
    }
}

fn half_unplaced(n: usize, owner: Owner) -> Option<Owner> {
    n.is_multiple_of(2).then_some(owner)
}

/// Takes the exercise as `name` following `plan`, saves the result to
/// `results/<file>` and checks it grades like the session did.
fn take_exercise(
    harness: &mut Harness<'static, AppState>,
    quiz: &Exercise,
    name: &str,
    plan: Plan,
    seconds: u64,
    result: &Path,
) {
    show_page(harness, Page::Student);
    if harness.state().instructor.student.loaded.is_none() {
        panic!("open the exercise first");
    }
    type_into(harness, "Your name", name);
    click(harness, "Start");
    assert_eq!(harness.state().area, Area::Sort);
    let cards: Vec<(usize, Owner)> = {
        let running = harness.state().sort.running.as_ref().expect("running");
        let run = running.class_run.as_ref().expect("an exercise run");
        assert_eq!(run.student, name);
        assert_eq!(run.exercise.id, quiz.id);
        running
            .session
            .cards()
            .iter()
            .map(|card| {
                let n = quiz
                    .deck
                    .items
                    .iter()
                    .position(|item| item.id == card.item_id)
                    .expect("the card is the exercise's");
                (n, card.owner)
            })
            .collect()
    };
    for (i, (n, owner)) in cards.iter().enumerate() {
        if let Some(bin) = plan(*n, *owner) {
            common::gui::place(harness, i, bin);
        }
    }
    harness.state().shared.clock.advance_ms(seconds * 1000);
    harness.run();
    click(harness, "Check (Enter)");
    if harness.query_by_label("Check anyway").is_some() {
        click(harness, "Check anyway");
    }
    assert!(
        harness
            .state()
            .sort
            .running
            .as_ref()
            .is_some_and(|r| r.show_results)
    );

    script(harness, vec![one(result)]);
    click(harness, "Save result");
    let saved = format!(
        "Saved to {}. Hand this file to your instructor.",
        result.display()
    );
    harness.get_by_label(&saved);
    let running = harness.state().sort.running.as_ref().expect("running");
    assert_eq!(
        running.class_run.as_ref().and_then(|r| r.saved_to.clone()),
        Some(result.display().to_string())
    );
    let first = running.session.first_attempt().expect("checked");
    let loaded = load_result(result).expect("the result file loads");
    assert_eq!(loaded.student, name);
    assert_eq!(loaded.seconds, seconds);
    assert_eq!(loaded.finished_at.len(), "2023-11-14T22:13:20Z".len());
    assert_eq!(loaded.app_version, env!("CARGO_PKG_VERSION"));
    let graded = grade(quiz, &loaded).expect("grades");
    assert_eq!(graded.score, first.score, "{name}");
}

#[test]
fn three_students_take_an_exercise_and_the_class_report_grades_them() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let quiz_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    let quiz = write_quiz(&state, &quiz_path);
    let mut harness = harness(state);
    harness.run();

    // The student opens the exercise.
    show_page(&mut harness, Page::Student);
    script(&mut harness, vec![one(&quiz_path)]);
    click(&mut harness, "Open exercise");
    harness.get_by_label("Pop quiz");
    harness.get_by_label_contains("4 cards");
    // Start waits for a name.
    click(&mut harness, "Start");
    assert_eq!(harness.state().area, Area::Instructor);

    let results = files.path().join("results");
    std::fs::create_dir(&results).expect("mkdir");
    let students: [(&str, Plan, u64); 3] = [
        ("Ana", all_right, 40),
        ("Bo", first_right_then_wrong, 65),
        ("Cy", half_unplaced, 90),
    ];
    let mut paths = Vec::new();
    for (name, plan, seconds) in students {
        let path = results.join(format!("quiz-{}.ron", name.to_lowercase()));
        take_exercise(&mut harness, &quiz, name, plan, seconds, &path);
        paths.push(path);
    }

    // The class report.
    show_page(&mut harness, Page::Report);
    script(&mut harness, vec![one(&quiz_path), Some(paths.clone())]);
    click(&mut harness, "Choose exercise");
    harness.get_by_label_contains("Exercise: Pop quiz (quiz), 4 cards");
    click(&mut harness, "Add result files");
    harness.get_by_label("3 result files added.");
    for (name, points, percent, seconds) in [
        ("Ana", 4, "100.0%", 40),
        ("Bo", 1, "25.0%", 65),
        ("Cy", 2, "50.0%", 90),
    ] {
        harness.get_by_label(&format!("{name}: score {points}"));
        harness.get_by_label(&format!("{name}: max 4"));
        harness.get_by_label(&format!("{name}: percent {percent}"));
        harness.get_by_label(&format!("{name}: seconds {seconds}"));
    }
    // The grid lays out only the rows on screen: scroll the page down to
    // it with the wheel, as a person does, until its last row shows.
    let over_page = harness
        .get_by_label("3 result files added.")
        .rect()
        .center();
    harness.hover_at(egui::pos2(over_page.x as f32, over_page.y as f32));
    for _ in 0..20 {
        if harness.query_by_label("Cy, card 1: right").is_some() {
            break;
        }
        common::gui::wheel(&mut harness, -100.0);
        harness.run();
    }
    for (n, item) in quiz.deck.items.iter().enumerate() {
        let card = n + 1;
        harness.get_by_label(&format!("Card {card}: {}", item.text));
        harness.get_by_label(&format!("Ana, card {card}: right"));
        let bo = if n == 0 { "right" } else { "wrong" };
        harness.get_by_label(&format!("Bo, card {card}: {bo}"));
        let cy = if n % 2 == 0 { "right" } else { "not placed" };
        harness.get_by_label(&format!("Cy, card {card}: {cy}"));
    }
    let report = harness
        .state()
        .instructor
        .report
        .report
        .clone()
        .expect("a report");
    assert_eq!(report.students.len(), 3);
    assert!(report.left_out.is_empty() && report.warnings.is_empty());
    // Most missed first: card 2 (one right of three).
    assert_eq!(report.per_card[0].item_id, quiz.deck.items[1].id);
    assert_eq!(report.students[2].per_card[1].1, Mark::Unanswered);

    // Back up to the buttons (the attempts line above the grid made the
    // page longer).
    for _ in 0..20 {
        common::gui::wheel(&mut harness, 100.0);
        harness.run();
    }
    // The same files again are not counted twice; a broken one is left out.
    let junk = results.join("junk.ron");
    std::fs::write(&junk, "ExerciseResult(exercise: \"quiz\",\n  student: 3)").expect("write");
    script(&mut harness, vec![Some(vec![results.clone()])]);
    click(&mut harness, "Add result files");
    harness.get_by_label("4 result files added.");
    harness.get_by_label_contains("3 were already in the report");
    harness.get_by_label_contains("Left out (1)");
    harness.get_by_label_contains(&format!("⚠ junk.ron: {}:2:", junk.display()));

    // Export CSV.
    let csv_path = files.path().join("report.csv");
    script(&mut harness, vec![one(&csv_path)]);
    click(&mut harness, "Export CSV");
    harness.get_by_label_contains(&format!("Saved to {}.", csv_path.display()));
    let text = std::fs::read_to_string(&csv_path).expect("csv opens");
    let (header, rows) = common::read_csv(&text);
    assert!(text.starts_with('\u{FEFF}'), "Excel's CSV UTF-8");
    let mut expected_header: Vec<String> = [
        "student",
        "score",
        "max",
        "percent",
        "seconds",
        "attempt",
        "date",
        "ended",
        "attempts",
        "other attempts",
    ]
    .map(str::to_owned)
    .to_vec();
    expected_header.extend(quiz.deck.items.iter().map(|i| i.id.clone()));
    expected_header.extend(quiz.deck.items.iter().map(|i| format!("{} chose", i.id)));
    assert_eq!(header, expected_header);
    let summary: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(
        summary,
        [("Ana", "4", "40"), ("Bo", "1", "65"), ("Cy", "2", "90")]
    );
    // Each saved result is a first attempt, dated and handed in.
    assert!(
        rows.iter()
            .all(|r| r[5] == "1" && !r[6].is_empty() && r[7] == "handed in" && r[8] == "1"),
        "{rows:?}"
    );
    assert_eq!(rows[1][10..14], ["1", "0", "0", "0"]);
    // What each student chose: Bo put every card in AWS, Cy left two.
    assert_eq!(rows[1][14..], ["A", "A", "A", "A"]);
    assert_eq!(rows[2][14..], ["A", "", "S", ""]);
}

#[test]
fn a_result_saved_through_a_typed_folder_gets_the_exercise_and_student_name() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let quiz_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    let quiz = write_quiz(&state, &quiz_path);
    let mut harness = harness(state);
    harness.run();
    show_page(&mut harness, Page::Student);

    // A typed path to an exercise that is not there is refused in the prompt.
    click(&mut harness, "Type a path: Open an exercise file");
    let missing = files.path().join("missing.ron");
    type_into(
        &mut harness,
        "Path of the file",
        &missing.display().to_string(),
    );
    click(&mut harness, "OK");
    harness.get_by_label_contains("There is nothing at");
    click(&mut harness, "Cancel");

    // A broken exercise shows file:line:col.
    let broken = files.path().join("broken.ron");
    std::fs::write(&broken, "Exercise(\n  id: \"quiz\",\n  title: 5,\n)").expect("write");
    script(&mut harness, vec![one(&broken)]);
    click(&mut harness, "Open exercise");
    harness.get_by_label_contains(&format!("{}:3:", broken.display()));
    assert!(harness.state().instructor.student.loaded.is_none());

    script(&mut harness, vec![one(&quiz_path)]);
    click(&mut harness, "Open exercise");
    type_into(&mut harness, "Your name", "  Zoë Ng ");
    click(&mut harness, "Start");
    click(&mut harness, "Check (Enter)");
    harness.get_by_label("4 cards are still in the pile: check anyway?");
    click(&mut harness, "Check anyway");

    // The dialog answers nothing: type a folder in the prompt, in the Sort area.
    script(&mut harness, vec![None]);
    click(&mut harness, "Save result");
    assert_eq!(harness.state().area, Area::Sort);
    harness.get_by_label_contains("No file was chosen");
    type_into(
        &mut harness,
        "Path of the file",
        &files.path().display().to_string(),
    );
    // Enter in the prompt saves; the results screen does not take it for
    // "Retry missed".
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().prompt.typed.is_none(), "the prompt closed");
    let running = harness.state().sort.running.as_ref().expect("running");
    assert!(running.show_results && running.session.round() == 1);
    let expected = files.path().join("quiz-zoë-ng.ron");
    let result = load_result(&expected).expect("saved under the default name");
    assert_eq!(result.student, "Zoë Ng");
    let graded = grade(&quiz, &result).expect("grades");
    assert_eq!(graded.score.unanswered, 4);
}

/// Opens the quiz on the student's page and starts it as `name`.
fn start_quiz(harness: &mut Harness<'static, AppState>, quiz_path: &Path, name: &str) {
    show_page(harness, Page::Student);
    script(harness, vec![one(quiz_path)]);
    click(harness, "Open exercise");
    type_into(harness, "Your name", name);
    click(harness, "Start");
    assert_eq!(harness.state().area, Area::Sort);
}

#[test]
fn a_graded_run_has_no_solution_or_retry_until_saved_and_stays_out_of_progress() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let quiz_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    write_quiz(&state, &quiz_path);
    let progress_before = state.shared.progress.clone();
    let mut harness = harness(state);
    harness.run();
    start_quiz(&mut harness, &quiz_path, "Ana");
    harness.get_by_label("Check (Enter)");
    assert!(harness.query_by_label("Show solution").is_none());
    // Leaving asks first.
    click(&mut harness, "Quit");
    harness.get_by_label("Your result is not saved: leave this exercise anyway?");
    click(&mut harness, "Stay");
    // Everything in the AWS bin: some cards are missed.
    for i in 0..4 {
        common::gui::place(&mut harness, i, Owner::Aws);
    }
    harness.run();
    click(&mut harness, "Check (Enter)");
    harness.get_by_label_contains("Missed cards");
    assert!(harness.query_by_label_contains("Retry missed").is_none());
    // Enter on the result screen retries nothing.
    harness.key_press(egui::Key::Enter);
    harness.run();
    let running = harness.state().sort.running.as_ref().expect("running");
    assert!(running.show_results && running.session.round() == 1);
    assert_eq!(harness.state().shared.progress, progress_before);
    assert!(
        !data.path().join("progress.ron").exists(),
        "a class run writes no personal progress"
    );

    let result = files.path().join("quiz-ana.ron");
    script(&mut harness, vec![one(&result)]);
    click(&mut harness, "Save result");
    assert!(result.is_file());
    // The app keeps its own copy in the data folder.
    let kept = data.path().join("results").join("quiz-ana.ron");
    assert_eq!(
        std::fs::read(&kept).expect("the app's copy"),
        std::fs::read(&result).expect("the result")
    );
    // Saved: learning aids are back.
    harness.get_by_label_contains("Retry missed");
}

#[test]
fn two_students_never_overwrite_each_other() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let quiz_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    write_quiz(&state, &quiz_path);
    let mut harness = harness(state);
    harness.run();
    let mut saved = Vec::new();
    for name in ["Дмитрий", "Ωμέγα"] {
        start_quiz(&mut harness, &quiz_path, name);
        click(&mut harness, "Check (Enter)");
        click(&mut harness, "Check anyway");
        let state = harness.state();
        let expected = state
            .sort
            .default_result_name(&state.shared.tr)
            .expect("a name");
        saved.push(expected);
    }
    assert_eq!(saved, ["quiz-дмитрий.ron", "quiz-ωμέγα.ron"]);

    // A typed path onto an existing file asks before replacing it.
    let taken = files.path().join("taken.ron");
    std::fs::write(&taken, "Bo's result").expect("write");
    script(&mut harness, vec![one(&taken)]);
    click(&mut harness, "Save result");
    harness.get_by_label_contains("already exists. Replace it with your result?");
    click(&mut harness, "Keep the old file");
    assert_eq!(
        std::fs::read_to_string(&taken).expect("read"),
        "Bo's result"
    );
    // Two results of the same name both stay in the app's own folder.
    let first = files.path().join("first.ron");
    let second = files.path().join("second.ron");
    script(&mut harness, vec![one(&first)]);
    click(&mut harness, "Save result");
    script(&mut harness, vec![one(&second)]);
    click(&mut harness, "Save result");
    let kept = std::fs::read_dir(data.path().join("results"))
        .expect("the app's results folder")
        .count();
    assert_eq!(kept, 2);
}

#[test]
fn a_sealed_run_from_the_sort_screen_shows_no_marks_and_the_key_grades_its_result() {
    use srm_study::io::exercise_files::write_exercise_files;
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let open_path = files.path().join("open.ron");
    let student_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    let quiz = write_quiz(&state, &open_path);
    let written = write_exercise_files(&student_path, &quiz, Some(7)).expect("sealed");
    let key_path = written.key.expect("a key");
    assert_eq!(key_path, files.path().join("quiz.key.ron"));
    let key = load_exercise(&key_path).expect("the key loads");
    let mut harness = harness(state);
    harness.state_mut().apply(Action::Navigate(Area::Sort));
    harness.run();

    // The Sort start screen opens the instructor's file.
    script(&mut harness, vec![one(&student_path)]);
    click(&mut harness, "Take an exercise");
    // Taking an exercise happens in Sort: the student never sees the
    // instructor's pages.
    assert_eq!(harness.state().area, Area::Sort);
    assert!(harness.query_by_label("Class report").is_none());
    assert!(harness.query_by_label("Edit decks").is_none());
    harness.get_by_label_contains("sealed: no marks, your instructor grades it");
    type_into(&mut harness, "Your name", "Ana");
    click(&mut harness, "Start");
    assert_eq!(harness.state().area, Area::Sort);
    harness.get_by_label_contains("Sealed: your instructor grades this exercise");
    assert!(harness.query_by_label("Show solution").is_none());

    // Every card into AWS: one right, three wrong, and not a mark shows.
    let n = common::gui::session(&harness).cards().len();
    for i in 0..n {
        common::gui::place(&mut harness, i, Owner::Aws);
        harness.run();
        assert!(
            harness
                .query_all_by_label_contains("belongs to")
                .next()
                .is_none()
        );
    }
    click(&mut harness, "Check (Enter)");
    assert!(
        harness
            .state()
            .sort
            .running
            .as_ref()
            .is_some_and(|r| r.session.is_checked())
    );
    harness.get_by_label_contains("Your instructor grades this exercise");
    assert!(harness.query_by_label_contains("Score").is_none());
    assert!(harness.query_by_label_contains("Missed cards").is_none());
    assert!(harness.query_by_label_contains("Retry missed").is_none());
    click(&mut harness, "See the board");
    for label in ["belongs to", "(right)", "Right", "Wrong", "Score"] {
        assert!(
            harness.query_all_by_label_contains(label).next().is_none(),
            "{label} on the board"
        );
    }
    assert!(harness.query_by_label("Show solution").is_none());
    harness
        .state_mut()
        .apply(Action::Sort(SortAction::ShowSolution));
    harness.run();
    assert!(
        !harness
            .state()
            .sort
            .running
            .as_ref()
            .is_some_and(|r| r.session.solution_shown())
    );
    click(&mut harness, "See results");

    // The result holds the choices and the key's fingerprint; the key grades it.
    let result_path = files.path().join("ana.ron");
    script(&mut harness, vec![one(&result_path)]);
    click(&mut harness, "Save result");
    let result = load_result(&result_path).expect("the result loads");
    assert_eq!(result.answers.len(), 4);
    assert!(result.answers.iter().all(|a| a.placed == Owner::Aws));
    assert_eq!(result.fingerprint, key.fingerprint());
    let graded = grade(&key, &result).expect("the key grades it");
    assert_eq!(graded.score.right, 1, "one AWS card of four");
    assert!(grade(&load_exercise(&student_path).expect("loads"), &result).is_err());

    // The class report refuses the student file and grades with the key.
    show_page(&mut harness, Page::Report);
    script(&mut harness, vec![one(&student_path), one(&key_path)]);
    click(&mut harness, "Choose exercise");
    harness.get_by_label_contains("this is a sealed student file");
    click(&mut harness, "Choose exercise");
    script(&mut harness, vec![Some(vec![result_path.clone()])]);
    click(&mut harness, "Add result files");
    harness.get_by_label("Ana: score 1");
    // Three cards went wrong, each into AWS: the matrix highlights AWS.
    assert_eq!(
        harness
            .query_all_by_label_contains("AWS 1 (most common mistake)")
            .count(),
        3
    );
    // The CSV, with the card texts and what Ana chose.
    click(&mut harness, "CSV: a second row with the card texts");
    let csv_path = files.path().join("sealed.csv");
    script(&mut harness, vec![one(&csv_path)]);
    click(&mut harness, "Export CSV");
    let (header, rows) = common::read_csv(&std::fs::read_to_string(&csv_path).expect("csv"));
    // (Five attempt columns follow `seconds`: attempt, date, ended...)
    assert_eq!(header[10], "card-1");
    assert_eq!(header[14], "card-1 chose");
    assert_eq!(rows[0][0], "card text");
    assert_eq!(rows[0][10], key.deck.items[0].text);
    assert_eq!(rows[1][..5], ["Ana", "1", "4", "25.0", "0"]);
    assert_eq!(rows[1][5], "1", "the first attempt");
    assert_eq!(rows[1][7], "handed in");
    assert_eq!(rows[1][14..], ["A", "A", "A", "A"]);
}

/// Opens `student_path` from Sort's "Take an exercise…" and starts it as `name`.
fn start_from_sort(harness: &mut Harness<'static, AppState>, student_path: &Path, name: &str) {
    harness.state_mut().apply(Action::Navigate(Area::Sort));
    if harness.state().sort.running.is_some() {
        harness.state_mut().apply(Action::Sort(SortAction::Quit));
    }
    harness.run();
    script(harness, vec![one(student_path)]);
    click(harness, "Take an exercise");
    type_into(harness, "Your name", name);
    click(harness, "Start");
    assert_eq!(harness.state().area, Area::Sort);
}

fn click_area(harness: &mut Harness<'static, AppState>, area: Area) {
    harness
        .query_all_by_label(area.label())
        .next()
        .expect("the area's tab")
        .click();
    harness.run();
}

#[test]
fn a_student_who_clicks_browse_mid_exam_stays_and_a_retake_is_named_in_the_report() {
    use srm_study::io::exercise_files::write_exercise_files;
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let student_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    let quiz = write_quiz(&state, &files.path().join("open.ron"));
    let written = write_exercise_files(&student_path, &quiz, Some(7)).expect("sealed");
    let key_path = written.key.expect("a key");
    let key = load_exercise(&key_path).expect("the key loads");
    let mut harness = harness(state);

    // First attempt: Browse is out of reach mid-exam.
    start_from_sort(&mut harness, &student_path, "Zoë Ångström");
    let owner_of = |harness: &Harness<'static, AppState>, i: usize| {
        let id = common::gui::session(harness).cards()[i].item_id.clone();
        key.item(&id).expect("card").owner
    };
    let right = owner_of(&harness, 0);
    common::gui::place(&mut harness, 0, right);
    harness.run();
    for area in [Area::Browse, Area::Progress, Area::Instructor] {
        click_area(&mut harness, area);
        assert_eq!(harness.state().area, Area::Sort, "{area:?} mid-exam");
        harness.get_by_label_contains("You are taking a sealed exercise");
    }
    assert!(
        common::gui::session(&harness).placed_count() == 1,
        "the run is kept"
    );
    // Quit asks to hand in; the run is handed in as left early.
    click(&mut harness, "Quit");
    harness.get_by_label_contains("Leave and hand in now?");
    click(&mut harness, "Leave and hand in now");
    assert!(common::gui::session(&harness).is_checked());
    let first_path = files.path().join("zoe-1.ron");
    script(&mut harness, vec![one(&first_path)]);
    click(&mut harness, "Save result");
    let first = load_result(&first_path).expect("saved");
    assert_eq!(first.attempt, 1);
    assert_eq!(
        first.ended,
        Some(srm_study::model::exercise::Ending::LeftEarly)
    );
    assert!(!first.finished_at.is_empty(), "dated");
    // Saved: the other areas open again.
    click_area(&mut harness, Area::Browse);
    assert_eq!(harness.state().area, Area::Browse);

    // The same student again on this machine: told, and marked a retake.
    start_from_sort(&mut harness, &student_path, "zoë  ångström");
    harness.get_by_label_contains("A result of this exercise was already saved");
    let n = common::gui::session(&harness).cards().len();
    for i in 0..n {
        let owner = owner_of(&harness, i);
        common::gui::place(&mut harness, i, owner);
        harness.run();
    }
    click(&mut harness, "Check (Enter)");
    let second_path = files.path().join("zoe-2.ron");
    script(&mut harness, vec![one(&second_path)]);
    click(&mut harness, "Save result");
    let second = load_result(&second_path).expect("saved");
    assert_eq!(second.attempt, 2);
    assert!(second.is_retake());
    assert_eq!(
        second.ended,
        Some(srm_study::model::exercise::Ending::HandedIn)
    );

    // The instructor's report: one student, the first attempt counted, the
    // retake named; the choice of rule changes the average.
    show_page(&mut harness, Page::Report);
    script(&mut harness, vec![one(&key_path)]);
    click(&mut harness, "Choose exercise");
    script(&mut harness, vec![Some(vec![first_path, second_path])]);
    click(&mut harness, "Add result files");
    let report = harness
        .state()
        .instructor
        .report
        .report
        .clone()
        .expect("report");
    assert_eq!(report.students.len(), 1, "one student, not two");
    assert_eq!(report.attempts.len(), 2);
    harness.get_by_label_contains("1 student · class average 25%");
    harness.get_by_label_contains("· attempt 2 ·");
    harness.get_by_label_contains("retake · not counted");
    let combo = if harness.query_by_label("first attempt").is_some() {
        "first attempt"
    } else {
        "Counted per student:"
    };
    click(&mut harness, combo);
    click(&mut harness, "best attempt");
    assert_eq!(harness.state().instructor.report.rule, AttemptRule::Best);
    harness.get_by_label_contains("1 student · class average 100%");
}

/// Issue #24: no owner of a sealed card can be read off the app during the
/// run. The student file holds the built-in cards' texts (the student needs
/// them to answer), so Browse, the drill, a review, practice on the built-in
/// cards and every other page that pairs a text with its owner must stay out
/// of reach: each way there is refused, the sealed run is kept, and no node
/// of the window pairs a card's text with an owner or a mark.
#[test]
fn during_a_sealed_run_nothing_the_app_shows_pairs_a_card_with_its_owner() {
    use egui_kittest::kittest::NodeT;
    use srm_study::io::exercise_files::write_exercise_files;
    use srm_study::model::CardRef;
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let student_path = files.path().join("quiz.ron");
    let state = disk_state(data.path());
    let quiz = write_quiz(&state, &files.path().join("open.ron"));
    write_exercise_files(&student_path, &quiz, Some(7)).expect("sealed");
    let catalog = state.shared.catalog.clone();
    let mut harness = harness(state);
    start_from_sort(&mut harness, &student_path, "Ana");
    let run_cards = |harness: &Harness<'static, AppState>| -> Vec<String> {
        common::gui::session(harness)
            .cards()
            .iter()
            .map(|c| c.item_id.clone())
            .collect()
    };
    let cards = run_cards(&harness);
    let texts: Vec<String> = quiz.deck.items.iter().map(|i| i.text.clone()).collect();
    // Something placed, so a mark could show if one were allowed.
    common::gui::place(&mut harness, 0, Owner::Customer);
    harness.run();
    let no_owner_shown = |harness: &Harness<'static, AppState>, route: &str| {
        for text in &texts {
            for node in harness.query_all_by(|node| {
                node.label()
                    .or_else(|| node.value())
                    .is_some_and(|l| l.contains(text.as_str()))
            }) {
                let node = node.accesskit_node();
                let label = node.label().or_else(|| node.value()).unwrap_or_default();
                // What the student did may be said (a screen reader says
                // which bin a card went to), never what is right.
                let own_move = Owner::ALL.iter().any(|bin| {
                    let bin = bin.label();
                    label == format!("{text}, in the {bin} bin")
                        || label.starts_with(&format!("{text}: placed in {bin}. "))
                });
                assert!(
                    label == *text || own_move,
                    "{route}: a node pairs the card with more: {label:?}"
                );
            }
        }
        for word in ["belongs to", "Right", "(right)", "Search"] {
            assert!(
                harness
                    .query_all_by(|node| node.label().is_some_and(|l| l.contains(word)))
                    .next()
                    .is_none(),
                "{route}: {word:?} is shown"
            );
        }
    };
    no_owner_shown(&harness, "the run");
    let all: Vec<CardRef> = catalog.cards().map(|(c, _)| c).collect();
    let deck = &catalog.decks[0].deck;
    let service = catalog
        .decks
        .iter()
        .find_map(|d| d.deck.services.first())
        .expect("a service")
        .id
        .clone();
    let routes = vec![
        Action::Navigate(Area::Browse),
        Action::Navigate(Area::Drill),
        Action::Navigate(Area::Progress),
        Action::Navigate(Area::Instructor),
        Action::StartSort(all, "Sort these".into()),
        Action::StartReview,
        Action::StartSortSetup,
        Action::StartDrill(service),
        Action::EditDeckCopy(deck.id.clone()),
        Action::Sort(SortAction::Start),
        Action::Sort(SortAction::TakeExercise(true)),
    ];
    for route in routes {
        let name = format!("{route:?}");
        harness.state_mut().apply(route);
        harness.run();
        assert_eq!(harness.state().area, Area::Sort, "{name}");
        assert!(harness.state().sort.in_exam(), "{name}: the exam goes on");
        assert_eq!(run_cards(&harness), cards, "{name}: the same run");
        harness.get_by_label_contains("You are taking a sealed exercise");
        no_owner_shown(&harness, &name);
    }
    for area in Area::ALL {
        click_area(&mut harness, area);
        assert_eq!(harness.state().area, Area::Sort, "{area:?} tab");
        no_owner_shown(&harness, area.label());
    }
    assert_eq!(common::gui::session(&harness).placed_count(), 1, "kept");
}

/// Two notes on one page (the report's and the LRS's) each keep their own
/// "new message" memory: with one shared key they took turns being new and
/// scrolled the page every frame, so the window never went idle.
#[test]
fn two_notes_on_one_page_let_the_window_settle() {
    use srm_study::model::lrs::LrsSettings;
    use srm_study::ui::{Note, Purpose};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(dir.path());
    let quiz = dir.path().join("quiz.ron");
    write_quiz(&state, &quiz);
    state.apply(Action::FileChosen {
        purpose: Purpose::ReportExercise,
        paths: vec![quiz],
    });
    state.instructor.lrs.saved = LrsSettings {
        enabled: true,
        endpoint: "http://127.0.0.1:9/xAPI".into(),
        key: "k".into(),
        class_uri: String::new(),
    };
    state.instructor.lrs.note = Some(Note::Problem("Cannot reach the LRS.".into()));
    state.instructor.report.note = Some(Note::Done("Added 0 result files.".into()));
    state.instructor.page = Page::Report;
    let mut harness = common::gui::sized_harness(state, (800.0, 600.0));
    // `run` fails when frames keep asking for more frames.
    harness.run();
    harness.get_by_label_contains("Cannot reach the LRS.");
    harness.get_by_label_contains("Added 0 result files.");
}

/// Fails with every visible text of the window that is not translated.
fn all_translated(harness: &Harness<'static, AppState>, step: &str, typed: &[&str]) {
    let left = common::pseudo::untranslated(harness, typed);
    assert!(left.is_empty(), "{step}: {left:#?}");
}

/// Fails with every visible text that is not translated or holds an
/// English word inside a translated sentence (a model's message left in
/// English).
fn all_translated_inside(harness: &Harness<'static, AppState>, step: &str, typed: &[&str]) {
    all_translated(harness, step, typed);
    let left = common::pseudo::english_inside(harness, typed);
    assert!(left.is_empty(), "{step}, inside: {left:#?}");
}

/// A student's result file: `right` cards placed right, the rest in the
/// wrong bin.
fn write_result(
    quiz: &Exercise,
    path: &Path,
    name: &str,
    right: usize,
    attempt: u32,
    ending: Option<srm_study::model::exercise::Ending>,
) {
    use srm_study::model::exercise::{Answer, ExerciseResult, result_to_ron};
    let answers = quiz
        .deck
        .items
        .iter()
        .enumerate()
        .map(|(n, item)| Answer {
            item: item.id.clone(),
            placed: if n < right {
                item.owner
            } else if item.owner == Owner::Aws {
                Owner::Customer
            } else {
                Owner::Aws
            },
        })
        .collect();
    let mut result = ExerciseResult::new(&quiz.id, name, answers, 60);
    result.attempt = attempt;
    result.finished_at = format!("2026-11-2{attempt}T09:00:00Z");
    result.ended = ending;
    std::fs::write(path, result_to_ron(&result).expect("ron")).expect("write result");
}

/// The report with its exercise and `results`, in a window tall enough to
/// show the whole page.
fn report_with(
    data: &Path,
    quiz_path: &Path,
    results: Vec<std::path::PathBuf>,
    language: srm_study::i18n::Language,
) -> Harness<'static, AppState> {
    use srm_study::ui::Purpose;
    let mut state = disk_state(data);
    state.apply(Action::SetLanguage(language));
    state.instructor.lrs.runner = srm_study::ui::instructor::lrs::Runner::Held;
    state.apply(Action::FileChosen {
        purpose: Purpose::ReportExercise,
        paths: vec![quiz_path.to_path_buf()],
    });
    state.apply(Action::FileChosen {
        purpose: Purpose::ReportResults,
        paths: results,
    });
    state.instructor.page = Page::Report;
    common::gui::sized_harness(state, (1280.0, 3200.0))
}

/// Issue #30: in the pseudo-locale, every text of the class report, the
/// LRS settings and the student's page is translated in each of their
/// states (the decks' content, typed names and paths, and the loader's
/// words for a file it could not read aside).
#[test]
fn pseudo_locale_walk_class_report_lrs_and_student_pages() {
    use srm_study::i18n::Language;
    use srm_study::io::lrs_worker::JobEvent;
    use srm_study::io::secret::SecretPlace;
    use srm_study::model::exercise::Ending;
    use srm_study::model::lrs::LrsSettings;
    use srm_study::ui::Purpose;
    use srm_study::ui::instructor::lrs::state::{JobKind, LrsJob, StartupProblem};
    use srm_study::ui::instructor::{InstructorAction, StudentAction};
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let quiz_path = files.path().join("quiz.ron");
    let quiz = write_quiz(&disk_state(data.path()), &quiz_path);
    let results = files.path().join("results");
    std::fs::create_dir(&results).expect("mkdir");
    write_result(&quiz, &results.join("ana.ron"), "Ana", 4, 1, None);
    write_result(
        &quiz,
        &results.join("bo-1.ron"),
        "Bo",
        1,
        1,
        Some(Ending::TimeUp),
    );
    write_result(
        &quiz,
        &results.join("bo-2.ron"),
        "Bo",
        3,
        2,
        Some(Ending::HandedIn),
    );
    let junk = results.join("junk.ron");
    std::fs::write(&junk, "ExerciseResult(exercise: \"quiz\",\n  student: 3)").expect("write");
    // A result for another exercise: left out with the model's reason.
    let other = results.join("other.ron");
    write_result(&quiz, &other, "Cy", 2, 1, None);
    let text = std::fs::read_to_string(&other).expect("read");
    let text = text.replacen("exercise: \"quiz\"", "exercise: \"week9\"", 1);
    assert!(text.contains("week9"), "{text}");
    std::fs::write(&other, text).expect("write");
    let quiz_shown = quiz_path.display().to_string();
    let results_shown = results.display().to_string();
    let mut typed = vec![
        "Pop quiz",
        "quiz",
        "week9",
        "Ana",
        "Bo",
        "junk.ron",
        "other.ron",
        quiz_shown.as_str(),
        results_shown.as_str(),
    ];

    // The class report: graded, a retake, a broken file and a result for
    // another exercise left out, the LRS not set up.
    let mut harness = report_with(
        data.path(),
        &quiz_path,
        vec![results.clone()],
        Language::Pseudo,
    );
    harness.run_steps(4);
    let class = harness
        .state()
        .instructor
        .report
        .report
        .clone()
        .expect("report");
    assert_eq!(class.left_out.len(), 2, "{:?}", class.left_out);
    assert_eq!(class.attempts.len(), 3);
    assert_eq!(class.warnings.len(), 1, "{:?}", class.warnings);
    // The loader's words for a file it could not read are set aside (the
    // load errors' own messages); the reasons a result cannot be graded
    // and the warnings are translated.
    let unreadable: Vec<String> = class
        .left_out
        .iter()
        .filter_map(|(_, reason)| match reason {
            LeftOut::Unreadable(words) => Some(words.clone()),
            LeftOut::Ungradable(_) => None,
        })
        .collect();
    assert_eq!(unreadable.len(), 1, "{:?}", class.left_out);
    let with_model: Vec<&str> = typed
        .iter()
        .copied()
        .chain(unreadable.iter().map(String::as_str))
        .collect();
    all_translated_inside(&harness, "the report", &with_model);

    // A CSV saved, then one refused (over an input).
    let csv = files.path().join("class.csv");
    let csv_shown = csv.display().to_string();
    typed.push(csv_shown.as_str());
    let with_model: Vec<&str> = typed
        .iter()
        .copied()
        .chain(unreadable.iter().map(String::as_str))
        .collect();
    for path in [csv.clone(), quiz_path.clone()] {
        harness.state_mut().apply(Action::FileChosen {
            purpose: Purpose::ExportCsv,
            paths: vec![path],
        });
        harness.run_steps(4);
        all_translated(&harness, "a CSV note", &with_model);
    }

    // The LRS ready: the report's LRS section, a send running, a send
    // that failed with statements waiting (the status bar says so).
    {
        let state = harness.state_mut();
        state.instructor.lrs.saved = LrsSettings {
            enabled: true,
            endpoint: "http://127.0.0.1:9/xAPI".into(),
            key: "k".into(),
            class_uri: "https://school.example/classes/cloud-101".into(),
        };
        state.instructor.lrs.waiting = 3;
        let mut job = LrsJob::new(JobKind::Send);
        job.total = 10;
        job.done = 4;
        state.instructor.lrs.running = Some(job);
    }
    harness.run_steps(4);
    all_translated(&harness, "a send running", &with_model);
    harness.state_mut().apply(Action::Lrs(
        srm_study::ui::instructor::lrs::LrsAction::Event(JobEvent::SendDone {
            statements: Vec::new(),
            sent: 0,
            conflicts: Vec::new(),
            error: Some(("cannot reach the LRS".into(), true)),
        }),
    ));
    harness.run_steps(4);
    let note = harness.state().instructor.lrs.note.clone().expect("a note");
    assert!(matches!(note, srm_study::ui::Note::Problem(_)), "{note:?}");
    all_translated(&harness, "a send failed", &with_model);
    harness.state_mut().instructor.lrs.waiting = 3;
    harness.run_steps(4);
    all_translated(&harness, "statements waiting", &with_model);

    // The LRS page: asking the keyring, the secret's place, a queue, a
    // test that failed, a load running, a file that could not be read.
    show_page_by_action(&mut harness, Page::Lrs);
    all_translated(&harness, "the LRS page, asking the keyring", &typed);
    let secret = data.path().join("lrs-secret");
    let secret_shown = secret.display().to_string();
    typed.push(secret_shown.as_str());
    let queue_shown = data.path().join("lrs-queue.ron").display().to_string();
    typed.push(queue_shown.as_str());
    for event in [
        JobEvent::SecretFound(Ok((SecretPlace::File(secret.clone()), true))),
        JobEvent::Tested(Err("connection refused".into())),
        JobEvent::Tested(Ok("the key and secret are accepted".into())),
    ] {
        harness.state_mut().instructor.lrs.running = Some(LrsJob::new(JobKind::Test));
        harness.run_steps(4);
        all_translated(&harness, "testing the connection", &typed);
        let done = format!("{event:?}");
        harness.state_mut().apply(Action::Lrs(
            srm_study::ui::instructor::lrs::LrsAction::Event(event),
        ));
        harness.run_steps(4);
        all_translated(&harness, &done, &typed);
    }
    let mut load = LrsJob::new(JobKind::Load);
    load.pages = 2;
    harness.state_mut().instructor.lrs.running = Some(load);
    harness.run_steps(4);
    all_translated(&harness, "a load running", &typed);
    {
        let lrs = &mut harness.state_mut().instructor.lrs;
        lrs.running = None;
        lrs.note = None;
        lrs.waiting = 0;
        lrs.startup_problem = Some(StartupProblem::Settings("lrs.ron:1:1: expected".into()));
    }
    harness.run_steps(4);
    all_translated(&harness, "settings unreadable", &typed);
    // Not configured: off, nothing waiting.
    {
        let lrs = &mut harness.state_mut().instructor.lrs;
        lrs.startup_problem = None;
        lrs.saved = LrsSettings::default();
        lrs.form = Default::default();
    }
    harness.run_steps(4);
    all_translated(&harness, "the LRS not set up", &typed);
    harness
        .state_mut()
        .apply(Action::Lrs(srm_study::ui::instructor::lrs::LrsAction::Save));
    harness.run_steps(4);
    all_translated(&harness, "settings saved", &typed);

    // The student's page: empty, a broken file, an exercise opened, a
    // start refused for want of a name.
    show_page_by_action(&mut harness, Page::Student);
    all_translated(&harness, "the student's page", &typed);
    let broken = files.path().join("broken.ron");
    std::fs::write(&broken, "Exercise(\n  id: \"quiz\",\n  deck: 3)").expect("write");
    let broken_path = broken.display().to_string();
    harness.state_mut().apply(Action::FileChosen {
        purpose: Purpose::OpenExercise,
        paths: vec![broken],
    });
    harness.run_steps(4);
    // Its problems are `file:line:col` lines from the model, translated:
    // only the path is passed through.
    let errors = harness.state().instructor.student.errors.clone();
    assert!(!errors.is_empty());
    let with_errors: Vec<&str> = typed
        .iter()
        .copied()
        .chain([broken_path.as_str()])
        .collect();
    all_translated(&harness, "a broken exercise", &with_errors);
    harness.state_mut().apply(Action::FileChosen {
        purpose: Purpose::OpenExercise,
        paths: vec![quiz_path.clone()],
    });
    harness.run_steps(4);
    all_translated(&harness, "an exercise opened", &typed);
    harness
        .state_mut()
        .apply(Action::Instructor(InstructorAction::Student(
            StudentAction::Start,
        )));
    harness.run_steps(4);
    all_translated(&harness, "no name", &typed);
}

fn show_page_by_action(harness: &mut Harness<'static, AppState>, page: Page) {
    use srm_study::ui::instructor::InstructorAction;
    harness
        .state_mut()
        .apply(Action::Instructor(InstructorAction::ShowPage(page)));
    harness.run_steps(4);
    assert_eq!(harness.state().instructor.page, page);
}

/// Issue #30: the class report in German, its percentages in German form.
#[test]
fn the_class_report_speaks_german_with_german_percentages() {
    use srm_study::i18n::Language;
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let quiz_path = files.path().join("quiz.ron");
    let quiz = write_quiz(&disk_state(data.path()), &quiz_path);
    let ana = files.path().join("ana.ron");
    let bo = files.path().join("bo.ron");
    write_result(&quiz, &ana, "Ana", 4, 1, None);
    write_result(&quiz, &bo, "Bo", 2, 1, None);
    let mut harness = report_with(data.path(), &quiz_path, vec![ana, bo], Language::German);
    harness.run();
    // The page's heading and its tab in the page bar.
    assert_eq!(harness.query_all_by_label("Klassenbericht").count(), 2);
    harness.get_by_label("2 Ergebnisdateien hinzugefügt.");
    harness.get_by_label("Bo: Prozent 50,0\u{a0}%");
    harness.get_by_label("Ana: Punkte 4");
    harness.get_by_label("2 Lernende · Klassendurchschnitt 75\u{a0}%");
    harness.get_by_label("Bo, Karte 3: falsch");
    harness.get_by_label_contains("Kunde oder Geteilt");
}

//! The Instructor area driven the way a person does, on the real app state,
//! with scripted file dialogs answering paths in temporary folders.

mod common;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use common::MINIMAL_DECK;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::io::content;
use srm_study::io::dialogs::{DialogAnswer, DialogBackend};
use srm_study::io::files::{load_deck, load_exercise, load_result};
use srm_study::io::paths::AppPaths;
use srm_study::model::browse::Filter;
use srm_study::model::clock::Clock;
use srm_study::model::exercise::{Exercise, exercise_to_ron};
use srm_study::model::report::AttemptRule;
use srm_study::model::report::grade;
use srm_study::model::session::{Feedback, Mark, SessionOptions};
use srm_study::model::{Catalog, Owner};
use srm_study::ui::browse::BrowseAction;
use srm_study::ui::instructor::Page;
use srm_study::ui::sort::SortAction;
use srm_study::ui::{Action, AppState, Area};

const START_MS: u64 = 1_700_000_000_000;

/// An app with its data folder in `data_dir`, on the Instructor area.
fn disk_state(data_dir: &Path) -> AppState {
    let paths = AppPaths {
        data_dir: data_dir.to_path_buf(),
    };
    let catalog = content::load_catalog(Some(&paths.content_dir()), &[]);
    AppState::with_storage(
        catalog,
        Area::Instructor,
        paths,
        vec![],
        Clock::manual(START_MS),
    )
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    common::gui::app_harness(state)
}

/// The next dialogs answer these, in order.
fn script(harness: &mut Harness<'static, AppState>, answers: Vec<DialogAnswer>) {
    harness.state_mut().prompt.dialogs = DialogBackend::Scripted(VecDeque::from(answers));
}

fn one(path: &Path) -> DialogAnswer {
    Some(vec![path.to_path_buf()])
}

fn click(harness: &mut Harness<'static, AppState>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks a text field (one line or several) and types into it.
fn type_into(harness: &mut Harness<'static, AppState>, label: &str, text: &str) {
    let role = if harness
        .query_by_role_and_label(Role::TextInput, label)
        .is_some()
    {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn show_page(harness: &mut Harness<'static, AppState>, page: Page) {
    if harness.state().area != Area::Instructor {
        harness
            .state_mut()
            .apply(Action::Navigate(Area::Instructor));
        harness.run();
    }
    click(harness, page.label());
    assert_eq!(harness.state().instructor.page, page);
}

fn card_text(state: &AppState, n: usize) -> String {
    state
        .shared
        .catalog
        .cards()
        .nth(n)
        .map(|(_, item)| item.text.clone())
        .expect("the catalog has this many cards")
}

// ---------------------------------------------------------------------------
// The builder

#[test]
fn builder_exports_the_ticked_cards_with_the_options_typed() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    harness.get_by_label("Cards (0 chosen)");

    // Two cards at the top of the list, one found with the search box.
    let first = card_text(harness.state(), 0);
    let second = card_text(harness.state(), 1);
    let far = card_text(harness.state(), 100);
    harness
        .get_by_role_and_label(Role::CheckBox, &first)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, &second)
        .click();
    harness.run();
    type_into(&mut harness, "Search cards", &far);
    harness.get_by_role_and_label(Role::CheckBox, &far).click();
    harness.run();
    harness.get_by_label("Cards (3 chosen)");
    harness.get_by_label("Preview: 3 cards");

    type_into(&mut harness, "Exercise id", "week-3-quiz");
    type_into(&mut harness, "Title", "Week 3: who patches what?");
    type_into(&mut harness, "Instructions (optional)", "Work alone.");
    click(&mut harness, "At the end (on Check)");
    click(
        &mut harness,
        "Penalty: −1 for a wrong card (total never below 0)",
    );
    click(&mut harness, "Shuffle the order of the bins");
    click(&mut harness, "Time limit");
    harness
        .get_by_role_and_label(Role::SpinButton, "minutes")
        .set_value_accesskit(15.0);
    harness.run();
    harness
        .get_by_role_and_label(Role::SpinButton, "Seed")
        .set_value_accesskit(7.0);
    harness.run();

    let target = out.path().join("week3.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "💾 Export exercise…");
    let saved = format!("Saved to {}.", target.display());
    assert!(
        harness.query_by_label_contains(&saved).is_some(),
        "{:?}",
        harness.state().instructor.builder.note
    );

    let exercise = load_exercise(&target).expect("the exported exercise loads");
    assert_eq!(exercise.id, "week-3-quiz");
    assert_eq!(exercise.title, "Week 3: who patches what?");
    assert_eq!(exercise.instructions, "Work alone.");
    assert_eq!(
        exercise.options(),
        SessionOptions {
            feedback: Feedback::AtEnd,
            penalty: true,
            time_limit_secs: Some(15 * 60),
            shuffle_bins: true,
            seed: 7,
        }
    );
    let mut texts: Vec<&str> = exercise
        .deck
        .items
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    texts.sort_unstable();
    let mut expected = vec![first.as_str(), second.as_str(), far.as_str()];
    expected.sort_unstable();
    assert_eq!(texts, expected);
}

#[test]
fn the_browse_filter_chooses_the_cards_and_a_typed_path_saves_when_no_dialog_answers() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    let filter = Filter {
        owners: [Owner::Shared].into(),
        ..Filter::default()
    };
    state.apply(Action::Browse(BrowseAction::SetFilter(filter)));
    let shared = state.shared.catalog.owner_count(Owner::Shared);
    assert_eq!(state.browse.matches.len(), shared);
    let mut harness = harness(state);
    harness.run();
    click(
        &mut harness,
        &format!("Use the Browse filter ({shared} cards)"),
    );
    harness.get_by_label(&format!("Cards ({shared} chosen)"));
    type_into(&mut harness, "Exercise id", "shared-duties");
    type_into(&mut harness, "Title", "Shared duties");

    // No dialog can be shown: the typed-path prompt takes over.
    harness.state_mut().prompt.dialogs = DialogBackend::Disabled;
    click(&mut harness, "💾 Export exercise…");
    harness.get_by_label_contains("No file was chosen");
    let target = out.path().join("typed.ron");
    type_into(
        &mut harness,
        "Path of the file",
        &target.display().to_string(),
    );
    click(&mut harness, "OK");
    assert!(harness.state().prompt.typed.is_none(), "the prompt closed");
    let exercise = load_exercise(&target).expect("the typed path was written");
    assert_eq!(exercise.deck.items.len(), shared);
    assert!(exercise.deck.items.iter().all(|i| i.owner == Owner::Shared));

    // The "Type a path" link opens the prompt directly; a folder gets the
    // proposed name.
    click(&mut harness, "Type a path: Export the exercise");
    harness.get_by_label("Export the exercise");
    assert!(
        harness
            .query_by_label_contains("No file was chosen")
            .is_none()
    );
    let folder = out.path().join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    type_into(
        &mut harness,
        "Path of the file",
        &folder.display().to_string(),
    );
    click(&mut harness, "OK");
    load_exercise(&folder.join("shared-duties.ron")).expect("written under its own name");

    // A path in a folder that does not exist is refused in the prompt.
    click(&mut harness, "Type a path: Export the exercise");
    let nowhere = out.path().join("no-such-folder").join("x.ron");
    type_into(
        &mut harness,
        "Path of the file",
        &nowhere.display().to_string(),
    );
    click(&mut harness, "OK");
    harness.get_by_label_contains("does not exist");
    click(&mut harness, "Cancel");
    assert!(harness.state().prompt.typed.is_none());
}

#[test]
fn the_export_confirmation_is_on_screen_in_a_small_window() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let state = disk_state(data.path());
    let cards: usize = state
        .shared
        .catalog
        .decks
        .iter()
        .map(|d| d.deck.items.len())
        .sum();
    let mut harness = common::gui::sized_harness(state, (800.0, 600.0));
    harness.run();
    click(
        &mut harness,
        &format!("Use the Browse filter ({cards} cards)"),
    );
    type_into(&mut harness, "Exercise id", "all-cards");
    type_into(&mut harness, "Title", "Everything");
    let target = out.path().join("all.ron");
    script(&mut harness, vec![one(&target)]);
    // The button is below the fold: bring it into view as a person would.
    harness.get_by_label("💾 Export exercise…").scroll_to_me();
    harness.run();
    click(&mut harness, "💾 Export exercise…");
    harness.run();
    let saved = format!("Saved to {}.", target.display());
    let window = harness.ctx.content_rect();
    let note = harness.get_by_label_contains(&saved).rect();
    assert!(
        window.contains_rect(note),
        "the confirmation at {note:?} is outside the window {window:?}"
    );
}

#[test]
fn export_waits_for_an_id_a_title_and_cards() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    harness.get_by_label_contains("Give the exercise an id");
    harness.get_by_label_contains("Choose at least one card");
    type_into(&mut harness, "Exercise id", "Week 3");
    assert!(
        harness
            .query_all_by_label_contains("lowercase letters, digits and '-'")
            .count()
            >= 2,
        "the id rule is shown inline and in the list"
    );
    // The export button stays disabled: a click does nothing.
    script(&mut harness, vec![one(Path::new("/nowhere.ron"))]);
    click(&mut harness, "💾 Export exercise…");
    assert!(harness.state().prompt.waiting.is_none());
    assert!(harness.state().instructor.builder.note.is_none());
}

// ---------------------------------------------------------------------------
// Students and the class report

/// Writes a four-card exercise (feedback at the end) built from the first
/// cards of each owner, and returns it.
fn write_quiz(state: &AppState, path: &Path) -> Exercise {
    let mut cards = Vec::new();
    for owner in [Owner::Aws, Owner::Customer, Owner::Shared, Owner::Customer] {
        let card = state
            .shared
            .catalog
            .cards()
            .filter(|(c, item)| item.owner == owner && !cards.contains(c))
            .map(|(c, _)| c)
            .next()
            .expect("a card of this owner");
        cards.push(card);
    }
    let options = SessionOptions {
        feedback: Feedback::AtEnd,
        ..SessionOptions::default()
    };
    let exercise = Exercise::from_cards("quiz", "Pop quiz", &state.shared.catalog, &cards, options)
        .expect("builds");
    let text = exercise_to_ron(&exercise).expect("ron");
    std::fs::write(path, text).expect("write quiz");
    exercise
}

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
    click(harness, "▶ Start");
    assert_eq!(harness.state().area, Area::Sort);
    let cards: Vec<(usize, Owner)> = {
        let running = harness.state().sort.running.as_ref().expect("running");
        let run = running.exercise.as_ref().expect("an exercise run");
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
    click(harness, "✔ Check (Enter)");
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
    click(harness, "💾 Save result…");
    let saved = format!(
        "✔ Saved to {}. Hand this file to your instructor.",
        result.display()
    );
    harness.get_by_label(&saved);
    let running = harness.state().sort.running.as_ref().expect("running");
    assert_eq!(
        running.exercise.as_ref().and_then(|r| r.saved_to.clone()),
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
    click(&mut harness, "🗁 Open exercise…");
    harness.get_by_label("Pop quiz");
    harness.get_by_label_contains("4 cards");
    // Start waits for a name.
    click(&mut harness, "▶ Start");
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
    click(&mut harness, "🗁 Choose exercise…");
    harness.get_by_label_contains("Exercise: Pop quiz (quiz), 4 cards");
    click(&mut harness, "🗁 Add result files…");
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
    click(&mut harness, "🗁 Add result files…");
    harness.get_by_label("4 result files added.");
    harness.get_by_label_contains("3 were already in the report");
    harness.get_by_label_contains("Left out (1)");
    harness.get_by_label_contains(&format!("⚠ junk.ron: {}:2:", junk.display()));

    // Export CSV.
    let csv_path = files.path().join("report.csv");
    script(&mut harness, vec![one(&csv_path)]);
    click(&mut harness, "💾 Export CSV…");
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
    click(&mut harness, "🗁 Open exercise…");
    harness.get_by_label_contains(&format!("{}:3:", broken.display()));
    assert!(harness.state().instructor.student.loaded.is_none());

    script(&mut harness, vec![one(&quiz_path)]);
    click(&mut harness, "🗁 Open exercise…");
    type_into(&mut harness, "Your name", "  Zoë Ng ");
    click(&mut harness, "▶ Start");
    click(&mut harness, "✔ Check (Enter)");
    harness.get_by_label("4 cards are still in the pile: check anyway?");
    click(&mut harness, "Check anyway");

    // The dialog answers nothing: type a folder in the prompt, in the Sort area.
    script(&mut harness, vec![None]);
    click(&mut harness, "💾 Save result…");
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
    click(harness, "🗁 Open exercise…");
    type_into(harness, "Your name", name);
    click(harness, "▶ Start");
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
    harness.get_by_label("✔ Check (Enter)");
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
    click(&mut harness, "✔ Check (Enter)");
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
    click(&mut harness, "💾 Save result…");
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
        click(&mut harness, "✔ Check (Enter)");
        click(&mut harness, "Check anyway");
        let expected = harness.state().sort.default_result_name().expect("a name");
        saved.push(expected);
    }
    assert_eq!(saved, ["quiz-дмитрий.ron", "quiz-ωμέγα.ron"]);

    // A typed path onto an existing file asks before replacing it.
    let taken = files.path().join("taken.ron");
    std::fs::write(&taken, "Bo's result").expect("write");
    script(&mut harness, vec![one(&taken)]);
    click(&mut harness, "💾 Save result…");
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
    click(&mut harness, "💾 Save result…");
    script(&mut harness, vec![one(&second)]);
    click(&mut harness, "💾 Save result…");
    let kept = std::fs::read_dir(data.path().join("results"))
        .expect("the app's results folder")
        .count();
    assert_eq!(kept, 2);
}

// ---------------------------------------------------------------------------
// Decks

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn importing_a_deck_checks_it_copies_it_and_asks_before_replacing() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    show_page(&mut harness, Page::Decks);
    let content_dir = data.path().join("content");

    // A valid deck is copied and loaded.
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    script(&mut harness, vec![one(&mini)]);
    click(&mut harness, "🗁 Import deck…");
    let copied = content_dir.join("mini.ron");
    assert_eq!(
        std::fs::read_to_string(&copied).expect("copied"),
        MINIMAL_DECK
    );
    let loaded = harness
        .state()
        .shared
        .catalog
        .deck("mini")
        .expect("in the catalog");
    assert_eq!(loaded.deck.title, "Mini deck");
    harness.get_by_label_contains("Imported “Mini deck” (1 cards)");

    // A broken deck shows file:line:col and copies nothing.
    let broken_text = MINIMAL_DECK.replace("owner: Aws", "owner: Nobody");
    let broken = write(files.path(), "broken.ron", &broken_text);
    script(&mut harness, vec![one(&broken)]);
    click(&mut harness, "🗁 Import deck…");
    harness.get_by_label_contains(&format!("{}:6:", broken.display()));
    let names: Vec<_> = std::fs::read_dir(&content_dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["mini.ron"]);

    // The same id again asks first; Cancel keeps the old deck.
    let renamed = MINIMAL_DECK.replace("Mini deck", "Mini deck, second edition");
    let second = write(files.path(), "mini-2.ron", &renamed);
    script(&mut harness, vec![one(&second), one(&second)]);
    click(&mut harness, "🗁 Import deck…");
    harness.get_by_label_contains("is already loaded");
    click(&mut harness, "Cancel");
    assert_eq!(
        std::fs::read_to_string(&copied).expect("kept"),
        MINIMAL_DECK
    );
    click(&mut harness, "🗁 Import deck…");
    click(&mut harness, "Replace");
    assert_eq!(std::fs::read_to_string(&copied).expect("replaced"), renamed);
    let title = &harness
        .state()
        .shared
        .catalog
        .deck("mini")
        .expect("loaded")
        .deck
        .title;
    assert_eq!(title, "Mini deck, second edition");

    // A built-in deck's id cannot be taken.
    let builtin = write(
        files.path(),
        "core.ron",
        &MINIMAL_DECK.replace("id: \"mini\"", "id: \"srm-core\""),
    );
    script(&mut harness, vec![one(&builtin)]);
    click(&mut harness, "🗁 Import deck…");
    harness.get_by_label_contains("built-in deck, which cannot be replaced");
    assert!(!content_dir.join("srm-core.ron").exists());
}

#[test]
fn without_a_data_folder_an_import_is_checked_but_not_copied() {
    let files = tempfile::tempdir().expect("tempdir");
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let mut harness = harness(AppState::new(catalog, Area::Instructor));
    harness.run();
    show_page(&mut harness, Page::Decks);
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    script(&mut harness, vec![one(&mini)]);
    click(&mut harness, "🗁 Import deck…");
    harness.get_by_label_contains("is a valid deck, but this window keeps no files");
    assert!(harness.state().shared.catalog.deck("mini").is_none());
}

#[test]
fn exporting_a_loaded_deck_and_the_browse_filter_as_a_new_deck() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    let filter = Filter {
        search: "patch".into(),
        ..Filter::default()
    };
    state.apply(Action::Browse(BrowseAction::SetFilter(filter)));
    let matches = state.browse.matches.len();
    assert!(matches > 0);
    let mut harness = harness(state);
    harness.run();
    show_page(&mut harness, Page::Decks);

    // The Browse filter as a new deck.
    type_into(&mut harness, "New deck id", "patching");
    type_into(&mut harness, "New deck title", "Patching");
    let target = files.path().join("patching.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "💾 Export deck…");
    let deck = load_deck(&target).expect("the new deck loads");
    assert_eq!(
        (deck.id.as_str(), deck.title.as_str()),
        ("patching", "Patching")
    );
    assert_eq!(deck.items.len(), matches);

    // A loaded deck, chosen in the list.
    harness.get_by_label("Deck to export").click();
    harness.run();
    let core = harness.state().shared.catalog.decks[0].deck.clone();
    let option = format!("{} ({}, {} cards)", core.title, core.id, core.items.len());
    harness.get_by_role_and_label(Role::Button, &option).click();
    harness.run();
    let target = files.path().join("core.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "💾 Export deck…");
    let exported = load_deck(&target).expect("the deck loads");
    assert_eq!(exported, core);

    // The same deck for other tools: the app writes what the command line
    // writes, byte for byte.
    for (label, format, cli, extra) in [
        ("Anki (text file)", "txt", "anki", None),
        ("Moodle XML", "xml", "moodle", None),
        (
            "Moodle XML, a question per topic",
            "xml",
            "moodle",
            Some(["--questions", "per-topic"]),
        ),
        (
            "Moodle XML, a question per card",
            "xml",
            "moodle",
            Some(["--questions", "per-card"]),
        ),
        (
            "IMS QTI 2.1 package (Canvas, Blackboard...)",
            "zip",
            "qti",
            None,
        ),
        (
            "IMS QTI 2.1 package, a question per card",
            "zip",
            "qti",
            Some(["--per-card", "--per-card"]),
        ),
        ("Quizlet (text to paste)", "txt", "quizlet", None),
    ] {
        harness.get_by_label("As").click();
        harness.run();
        harness.get_by_role_and_label(Role::Button, label).click();
        harness.run();
        let name = format!("{cli}-{}", extra.map_or("", |e| e[1]));
        let target = files.path().join(format!("app-{name}.{format}"));
        script(&mut harness, vec![one(&target)]);
        click(&mut harness, "💾 Export deck…");
        harness.get_by_label_contains(&format!("as {label} to"));
        let by_cli = files.path().join(format!("cli-{name}.{format}"));
        let mut args = vec!["export", cli, "--deck", &core.id];
        if let Some([flag, value]) = extra {
            args.push(flag);
            if value != flag {
                args.push(value);
            }
        }
        let status = std::process::Command::new(common::bin())
            .args(args)
            .arg("--out")
            .arg(&by_cli)
            .env("SRM_STUDY_DATA_DIR", data.path())
            .status()
            .expect("the command line runs");
        assert!(status.success());
        assert_eq!(
            std::fs::read(&target).expect("the app's file"),
            std::fs::read(&by_cli).expect("the command line's file"),
            "{cli}: the app and the command line differ"
        );
    }
}

// Sealed exercises

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
    click(&mut harness, "🗁 Take an exercise…");
    // Taking an exercise happens in Sort: the student never sees the
    // instructor's pages.
    assert_eq!(harness.state().area, Area::Sort);
    assert!(harness.query_by_label("Class report").is_none());
    assert!(harness.query_by_label("Edit decks").is_none());
    harness.get_by_label_contains("sealed: no marks, your instructor grades it");
    type_into(&mut harness, "Your name", "Ana");
    click(&mut harness, "▶ Start");
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
    click(&mut harness, "✔ Check (Enter)");
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
    click(&mut harness, "💾 Save result…");
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
    click(&mut harness, "🗁 Choose exercise…");
    harness.get_by_label_contains("this is a sealed student file");
    click(&mut harness, "🗁 Choose exercise…");
    script(&mut harness, vec![Some(vec![result_path.clone()])]);
    click(&mut harness, "🗁 Add result files…");
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
    click(&mut harness, "💾 Export CSV…");
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
    click(harness, "🗁 Take an exercise…");
    type_into(harness, "Your name", name);
    click(harness, "▶ Start");
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
    click(&mut harness, "💾 Save result…");
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
    click(&mut harness, "✔ Check (Enter)");
    let second_path = files.path().join("zoe-2.ron");
    script(&mut harness, vec![one(&second_path)]);
    click(&mut harness, "💾 Save result…");
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
    click(&mut harness, "🗁 Choose exercise…");
    script(&mut harness, vec![Some(vec![first_path, second_path])]);
    click(&mut harness, "🗁 Add result files…");
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
                assert_eq!(label, *text, "{route}: a node pairs the card with more");
            }
        }
        for word in ["belongs to", "✔ Right", "(right)", "🔍 Search"] {
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

#[test]
fn the_builder_seals_an_exercise_into_a_student_file_and_its_key() {
    use srm_study::model::catalog::CardKey;
    use srm_study::ui::instructor::{BuilderAction, InstructorAction};
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    let keys: Vec<CardKey> = {
        let catalog = &harness.state().shared.catalog;
        catalog
            .cards()
            .take(5)
            .filter_map(|(c, _)| CardKey::of(catalog, c))
            .collect()
    };
    harness
        .state_mut()
        .apply(Action::Instructor(InstructorAction::Builder(
            BuilderAction::ChooseExactly(keys),
        )));
    harness.run();
    type_into(&mut harness, "Exercise id", "week-5");
    type_into(&mut harness, "Title", "Week 5 test");
    click(
        &mut harness,
        "Sealed: students see no marks; you keep the answer key (NAME.key.ron) and grade",
    );
    let target = out.path().join("week-5.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "💾 Export exercise…");
    let key_path = out.path().join("week-5.key.ron");
    harness.get_by_label_contains(&format!("its answer key {}", key_path.display()));
    let student = load_exercise(&target).expect("the student file loads");
    let key = load_exercise(&key_path).expect("the key loads");
    assert!(student.owners_hidden());
    assert!(key.is_key());
    assert_eq!(student.fingerprint(), key.fingerprint());
    assert_eq!(key.deck.items.len(), 5);
    let text = std::fs::read_to_string(&target).expect("read");
    assert!(!text.contains("owner"), "{text}");
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

/// The builder lays out only the rows on screen; scrolling the list with the
/// mouse wheel still brings the last card into view, on its own row below
/// the one before it, where a click ticks it.
#[test]
fn the_last_card_of_the_builder_list_is_reached_by_scrolling() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    let count = harness.state().shared.catalog.cards().count();
    let last = card_text(harness.state(), count - 1);
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, &last)
            .is_none(),
        "the last card starts out of view"
    );
    let first = card_text(harness.state(), 0);
    let over_list = harness
        .get_by_role_and_label(Role::CheckBox, &first)
        .rect()
        .center();
    harness.hover_at(egui::pos2(over_list.x as f32, over_list.y as f32));
    for _ in 0..60 {
        common::gui::wheel(&mut harness, -400.0);
        harness.step();
    }
    // The pointer rests on the list: a tooltip opens after its delay.
    harness.run_steps(10);
    let row = harness.get_by_role_and_label(Role::CheckBox, &last);
    let rect = row.rect();
    assert!(rect.max.y <= 800.0, "on screen: {rect:?}");
    row.click();
    harness.run_steps(10);
    harness.get_by_label("Cards (1 chosen)");
    let penultimate = card_text(harness.state(), count - 2);
    let above = harness
        .get_by_role_and_label(Role::CheckBox, &penultimate)
        .rect();
    assert!(
        above.max.y <= rect.min.y + 1.0,
        "rows do not overlap: {above:?} above {rect:?}"
    );
}

/// "Export as" in the builder writes the exercise's cards for another tool:
/// chosen in its list like a person, proposed under the format's name, and
/// byte for byte what `srm-study export FORMAT --exercise` writes from the
/// exercise file.
#[test]
fn the_builder_exports_the_exercise_cards_for_another_tool_as_the_cli_does() {
    use srm_study::ui::instructor::{BuilderAction, InstructorAction};
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    for n in 0..3 {
        let text = card_text(harness.state(), n);
        harness.get_by_role_and_label(Role::CheckBox, &text).click();
        harness.run();
    }
    type_into(&mut harness, "Exercise id", "week-4");
    type_into(&mut harness, "Title", "Week 4 & <friends>");
    let exercise = out.path().join("week-4.ron");
    let export = |harness: &mut Harness<'static, AppState>, path: &Path| {
        harness
            .state_mut()
            .apply(Action::Instructor(InstructorAction::Builder(
                BuilderAction::ExportTo(path.to_path_buf()),
            )));
        harness.run();
    };
    export(&mut harness, &exercise);
    for (label, format, extension) in [
        ("Anki (text file)", "anki", "txt"),
        ("Moodle XML", "moodle", "xml"),
        ("Quizlet (text to paste)", "quizlet", "txt"),
        ("IMS QTI 2.1 package (Canvas, Blackboard...)", "qti", "zip"),
    ] {
        harness.get_by_label("Export as").click();
        harness.run();
        harness.get_by_label(label).click();
        harness.run();
        let request = harness
            .state()
            .instructor
            .builder
            .form
            .format
            .map(|f| f.extension());
        assert_eq!(request, Some(extension), "{label} is chosen");
        let state = harness.state();
        let proposed = srm_study::ui::instructor::builder::state::default_file_name(
            &state.instructor.builder,
            &state.shared.catalog,
        );
        assert_eq!(proposed, Ok(format!("week-4.{extension}")));
        let from_app = out.path().join(format!("app-{format}.{extension}"));
        export(&mut harness, &from_app);
        let note = harness.state().instructor.builder.note.clone();
        assert!(
            matches!(&note, Some(srm_study::ui::Note::Done(t)) if t.contains("3 cards")),
            "{note:?}"
        );
        let from_cli = out.path().join(format!("cli-{format}.{extension}"));
        let (code, _, err) = common::run_bin(
            &[
                "export",
                format,
                "--exercise",
                exercise.to_str().expect("utf-8"),
                "--out",
                from_cli.to_str().expect("utf-8"),
            ],
            data.path(),
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            std::fs::read(&from_app).expect("app file"),
            std::fs::read(&from_cli).expect("cli file"),
            "{format}: the app writes what the command line writes"
        );
    }
}

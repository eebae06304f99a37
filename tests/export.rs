//! `srm-study export` run as the real binary: every format for the built-in
//! deck and for an exercise file, filters, errors, and the Anki export
//! imported by the real Anki library (the `anki` package from PyPI).
//!
//! The Anki test skips with a message when Python or the `anki` module is
//! missing, except with CI=true, where it must run (`.ci/run` installs it and
//! sets SRM_STUDY_PYTHON).

mod common;

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::run_bin;
use common::xml_tree::parse;
use srm_study::io::content;
use srm_study::model::exercise::{
    Answer, Exercise, ExerciseResult, exercise_to_ron, result_to_ron,
};
use srm_study::model::export::{CardFilter, CardSet, ExportOptions, Format, export_cards};
use srm_study::model::session::SessionOptions;
use srm_study::model::{Catalog, Owner};

fn builtin() -> Catalog {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    catalog
}

/// Two cards of each owner from the built-in deck; the first card's text
/// is made awkward for every format.
fn exercise() -> Exercise {
    let catalog = builtin();
    let mut cards = Vec::new();
    for owner in Owner::ALL {
        cards.extend(
            catalog
                .cards()
                .filter(|(_, item)| item.owner == owner)
                .take(2)
                .map(|(card, _)| card),
        );
    }
    let mut exercise = Exercise::from_cards(
        "week2-quiz",
        "Week 2 quiz",
        &catalog,
        &cards,
        SessionOptions::default(),
    )
    .expect("an exercise");
    exercise.deck.items[0].text = "Keeping <script> & \"quotes\" 'safe' 🔐".into();
    exercise
}

fn write_exercise(dir: &Path, name: &str, exercise: &Exercise) -> String {
    let path = dir.join(name);
    std::fs::write(&path, exercise_to_ron(exercise).expect("ron")).expect("write");
    path.to_str().expect("utf-8").to_owned()
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn run_ok(args: &[&str], dir: &Path) -> String {
    let (code, out, err) = run_bin(args, dir);
    assert_eq!(code, 0, "{args:?}\n{out}\n{err}");
    out
}

#[test]
fn every_card_format_for_the_builtin_deck_is_what_the_library_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let catalog = builtin();
    let deck = &catalog.decks[0].deck;
    for (name, format) in [
        ("moodle", Format::Moodle),
        ("qti", Format::Qti),
        ("anki", Format::Anki),
        ("quizlet", Format::Quizlet),
    ] {
        let out = dir
            .path()
            .join(format!("sub/{name}.{}", format.extension()));
        let message = run_ok(
            &["export", name, "--deck", &deck.id, "--out", path_str(&out)],
            dir.path(),
        );
        assert!(
            message.contains(&format!("wrote {} cards", deck.items.len())),
            "{message}"
        );
        let expected = export_cards(format, &CardSet::from_deck(deck), &ExportOptions::default())
            .expect("library export");
        assert_eq!(std::fs::read(&out).expect("written"), expected, "{name}");
    }
    // A glance at each: Moodle has one gap per card.
    let moodle = std::fs::read_to_string(dir.path().join("sub/moodle.xml")).expect("moodle");
    let quiz = parse(&moodle).expect("well-formed");
    let dd = quiz
        .children_named("question")
        .find(|q| q.attr("type") == Some("ddwtos"))
        .expect("a ddwtos question");
    let text = dd.text_at("questiontext/text").expect("text");
    assert_eq!(text.matches("[[").count(), deck.items.len());
    let quizlet = std::fs::read_to_string(dir.path().join("sub/quizlet.txt")).expect("quizlet");
    assert_eq!(quizlet.lines().count(), deck.items.len());
    assert!(quizlet.lines().all(|l| l.split('\t').count() == 2));
}

#[test]
fn an_exercise_exports_with_filters_and_moodle_matching() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exercise = exercise();
    let ex = write_exercise(dir.path(), "week2.ron", &exercise);
    let topic = exercise.deck.items[0].topic.clone();
    let out = dir.path().join("week2.xml");
    run_ok(
        &[
            "export",
            "moodle",
            "--exercise",
            &ex,
            "--matching",
            "--out",
            path_str(&out),
        ],
        dir.path(),
    );
    let quiz = parse(&std::fs::read_to_string(&out).expect("read")).expect("well-formed");
    let category = quiz.children[0]
        .text_at("category/text")
        .unwrap_or_default();
    assert_eq!(category, "$course$/top/SRM Study/Week 2 quiz");
    let topics: std::collections::BTreeSet<&str> = exercise
        .deck
        .items
        .iter()
        .map(|i| i.topic.as_str())
        .collect();
    assert_eq!(
        quiz.children_named("question")
            .filter(|q| q.attr("type") == Some("matching"))
            .count(),
        topics.len()
    );
    assert!(
        !std::fs::read_to_string(&out)
            .expect("read")
            .contains("<script>")
    );

    // --topic narrows the cards, and the bytes match the library's.
    let qti = dir.path().join("week2.zip");
    let message = run_ok(
        &[
            "export",
            "qti",
            "--exercise",
            &ex,
            "--topic",
            &topic,
            "--out",
            path_str(&qti),
        ],
        dir.path(),
    );
    let filter = CardFilter {
        topics: vec![topic.clone()],
        ..Default::default()
    };
    let set = CardSet::from_exercise(&exercise).filtered(&filter);
    assert!(
        message.contains(&format!("wrote {} card", set.items.len())),
        "{message}"
    );
    let bytes = std::fs::read(&qti).expect("zip");
    assert_eq!(
        bytes,
        export_cards(Format::Qti, &set, &ExportOptions::default()).expect("lib")
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut item = String::new();
    archive
        .by_name(&format!("items/week2-quiz--topic-{topic}.xml"))
        .expect("the item")
        .read_to_string(&mut item)
        .expect("utf-8");
    let item = parse(&item).expect("well-formed item");
    let choices = item
        .path("itemBody/matchInteraction/simpleMatchSet")
        .expect("cards")
        .children_named("simpleAssociableChoice")
        .count();
    assert_eq!(choices, set.items.len());
}

#[test]
fn xapi_statements_for_a_class_leave_out_what_cannot_be_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exercise = exercise();
    let ex = write_exercise(dir.path(), "week2.ron", &exercise);
    let ana = ExerciseResult::new(
        "week2-quiz",
        "Ana Silva",
        exercise
            .deck
            .items
            .iter()
            .map(|i| Answer {
                item: i.id.clone(),
                placed: i.owner,
            })
            .collect(),
        312,
    );
    let bo = ExerciseResult::new("week2-quiz", "Bo", vec![], 20);
    let other = ExerciseResult::new("week9", "Cy", vec![], 20);
    let mut paths = Vec::new();
    for (name, result) in [("ana.ron", &ana), ("bo.ron", &bo), ("cy.ron", &other)] {
        let path = dir.path().join(name);
        std::fs::write(&path, result_to_ron(result).expect("ron")).expect("write");
        paths.push(path);
    }
    let out = dir.path().join("statements.json");
    let mut args = vec!["export", "xapi", "--exercise", ex.as_str()];
    args.extend(paths.iter().map(|p| path_str(p)));
    args.extend([
        "--class-uri",
        "https://school.example/classes/cloud-101",
        "--out",
        path_str(&out),
    ]);
    let (code, stdout, stderr) = run_bin(&args, dir.path());
    assert_eq!(
        code, 1,
        "cy.ron is for another exercise\n{stdout}\n{stderr}"
    );
    assert!(
        stderr.contains("left out") && stderr.contains("cy.ron"),
        "{stderr}"
    );
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("JSON");
    let statements = value.as_array().expect("an array");
    let per_student = exercise.deck.items.len() + 1;
    assert_eq!(statements.len(), 2 * per_student, "{stdout}");
    let completed: Vec<&serde_json::Value> = statements
        .iter()
        .filter(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed")
        .collect();
    assert_eq!(completed.len(), 2);
    assert_eq!(completed[0]["actor"]["account"]["name"], "Ana Silva");
    assert_eq!(
        completed[0]["result"]["score"]["raw"],
        exercise.deck.items.len()
    );
    assert_eq!(completed[1]["result"]["score"]["raw"], 0);

    // The same input gives the same statements (and ids) again.
    let again = dir.path().join("again.json");
    let last = args.len() - 1;
    args[last] = path_str(&again);
    run_bin(&args, dir.path());
    assert_eq!(
        std::fs::read(&out).expect("a"),
        std::fs::read(&again).expect("b")
    );
}

#[test]
fn mistakes_are_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ex = write_exercise(dir.path(), "week2.ron", &exercise());
    let out = dir.path().join("out.txt");
    let o = path_str(&out);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["export", "anki", "--deck", "nope", "--out", o],
            "no loaded deck has the id \"nope\"",
        ),
        (
            vec!["export", "anki", "--out", o],
            "--deck ID or --exercise FILE",
        ),
        (
            vec![
                "export", "anki", "--deck", "srm-core", "--topic", "nope", "--out", o,
            ],
            "topic \"nope\"",
        ),
        (
            vec![
                "export",
                "quizlet",
                "--exercise",
                &ex,
                "--service",
                "nope",
                "--out",
                o,
            ],
            "service \"nope\"",
        ),
        (
            vec![
                "export",
                "anki",
                "--deck",
                "srm-core",
                "--matching",
                "--out",
                o,
            ],
            "--matching",
        ),
        (
            vec!["export", "moodle", "--exercise", &ex, &ex, "--out", o],
            "export xapi",
        ),
        (
            vec!["export", "xapi", "--exercise", &ex, &ex, "--out", o],
            "--class-uri",
        ),
        (
            vec![
                "export",
                "xapi",
                "--exercise",
                &ex,
                "--class-uri",
                "https://x.example/c",
                "--out",
                o,
            ],
            "at least one result",
        ),
        (
            vec![
                "export",
                "xapi",
                "--exercise",
                &ex,
                &ex,
                "--class-uri",
                "not a uri",
                "--out",
                o,
            ],
            "not usable",
        ),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = run_bin(&args, dir.path());
        assert_ne!(code, 0, "{args:?}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}{stdout}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!out.exists(), "{args:?} wrote a file");
    }
}

/// The Python to run the Anki check with, if it can import `anki`.
fn python_with_anki() -> Option<String> {
    let python = std::env::var("SRM_STUDY_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let ok = Command::new(&python)
        .args(["-c", "import anki.collection"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(python)
}

/// The rows of an Anki export as (guid, front, back, tags), as Anki must store them.
fn anki_notes(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|row| {
            let c: Vec<&str> = row.split('\t').collect();
            assert_eq!(c.len(), 4, "{row}");
            let tags: Vec<&str> = c[2].split(' ').collect();
            serde_json::json!({ "front": c[0], "back": c[1], "tags": tags, "guid": c[3] })
        })
        .collect()
}

#[test]
fn anki_imports_the_export_and_updates_notes_in_place() {
    let Some(python) = python_with_anki() else {
        common::skip(
            "anki_imports_the_export_and_updates_notes_in_place",
            "a Python with the `anki` module",
            "python3 -m pip install anki, or set SRM_STUDY_PYTHON",
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut exercise = exercise();
    let ex = write_exercise(dir.path(), "week2.ron", &exercise);
    let first = dir.path().join("first.txt");
    run_ok(
        &[
            "export",
            "anki",
            "--exercise",
            &ex,
            "--out",
            path_str(&first),
        ],
        dir.path(),
    );

    // The instructor rewrites one explanation and exports again.
    exercise.deck.items[1].explanation = "A better reason & <why>.".into();
    let ex2 = write_exercise(dir.path(), "week2-v2.ron", &exercise);
    let second = dir.path().join("second.txt");
    run_ok(
        &[
            "export",
            "anki",
            "--exercise",
            &ex2,
            "--out",
            path_str(&second),
        ],
        dir.path(),
    );

    let first_text = std::fs::read_to_string(&first).expect("first");
    let second_text = std::fs::read_to_string(&second).expect("second");
    let (a, b) = (anki_notes(&first_text), anki_notes(&second_text));
    assert_eq!(a.len(), exercise.deck.items.len());
    assert_ne!(a[1]["back"], b[1]["back"]);
    assert!(
        b[1]["back"]
            .as_str()
            .unwrap_or_default()
            .contains("A better reason &amp; &lt;why&gt;.")
    );
    assert_eq!(
        a[0]["front"],
        "Keeping &lt;script&gt; &amp; &quot;quotes&quot; &#39;safe&#39; 🔐"
    );
    let expected = serde_json::json!({ "deck": "SRM Study::Week 2 quiz", "first": a, "second": b });
    let expected_path = dir.path().join("expected.json");
    std::fs::write(&expected_path, expected.to_string()).expect("write");
    let stdout = anki_check(&python, &first, &second, &expected_path);
    eprintln!("{stdout}");
}

/// Runs tests/anki/check_import.py (the real Anki imports `first`, again,
/// then `second`, and compares with `expected`); fails the test when Anki
/// disagrees; returns what the check printed.
fn anki_check(python: &str, first: &Path, second: &Path, expected: &Path) -> String {
    let script: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "anki",
        "check_import.py",
    ]
    .iter()
    .collect();
    let output = Command::new(python)
        .arg(&script)
        .args([first, second, expected])
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "Anki check failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.trim_end().ends_with("OK"), "{stdout}");
    stdout
}

/// The Python to run Ralph with, if it has Ralph's LRS installed.
fn python_with_ralph() -> Option<String> {
    let python = std::env::var("SRM_STUDY_RALPH_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let ok = Command::new(&python)
        .args([
            "-c",
            "import ralph.backends.lrs.fs, uvicorn, bcrypt, requests, fastapi",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(python)
}

#[test]
fn xapi_statements_go_through_a_real_lrs_and_grade_the_same() {
    let Some(python) = python_with_ralph() else {
        common::skip(
            "xapi_statements_go_through_a_real_lrs_and_grade_the_same",
            "a Python with Ralph's LRS",
            "see .ci/run, and set SRM_STUDY_RALPH_PYTHON",
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut exercise = exercise();
    exercise.penalty = true;
    let ex = write_exercise(dir.path(), "week2.ron", &exercise);
    // Seven students: student s places card c right when (s + c) % 3 != 0,
    // wrong when it is 0 and c is even, and leaves it out otherwise.
    let mut result_paths = Vec::new();
    for s in 0..7usize {
        let answers = exercise
            .deck
            .items
            .iter()
            .enumerate()
            .filter_map(|(c, item)| {
                let placed = if (s + c) % 3 != 0 {
                    item.owner
                } else if c % 2 == 0 {
                    Owner::ALL.into_iter().find(|o| *o != item.owner)?
                } else {
                    return None;
                };
                Some(Answer {
                    item: item.id.clone(),
                    placed,
                })
            })
            .collect();
        let mut result = ExerciseResult::new(
            "week2-quiz",
            &format!("Student {s}"),
            answers,
            60 + s as u64 * 7,
        );
        result.finished_at = format!("2026-11-20T10:{:02}:00Z", 10 + s);
        let path = dir.path().join(format!("s{s}.ron"));
        std::fs::write(&path, result_to_ron(&result).expect("ron")).expect("write");
        result_paths.push(path);
    }
    let class = "https://school.example/classes/cloud-101";
    let statements_path = dir.path().join("statements.json");
    let mut args = vec!["export", "xapi", "--exercise", ex.as_str()];
    args.extend(result_paths.iter().map(|p| path_str(p)));
    args.extend(["--class-uri", class, "--out", path_str(&statements_path)]);
    run_ok(&args, dir.path());

    let loaded_path = dir.path().join("loaded.json");
    let script: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "lrs",
        "ralph_roundtrip.py",
    ]
    .iter()
    .collect();
    let activity = srm_study::model::export::xapi::exercise_activity_id(class, &exercise.id);
    let output = Command::new(&python)
        .arg(&script)
        .args([
            path_str(&statements_path),
            activity.as_str(),
            path_str(&loaded_path),
        ])
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "LRS round trip failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    eprintln!("{stdout}");

    // What the LRS gives back grades exactly like the result files.
    let loaded: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&loaded_path).expect("loaded"))
            .expect("JSON");
    let options = srm_study::model::export::xapi::XapiOptions::new(class);
    let from_lrs =
        srm_study::model::export::xapi::results_from_statements(&exercise, &options, &loaded);
    assert_eq!(from_lrs.len(), 7);
    let from_files: Vec<(String, Result<ExerciseResult, String>)> = result_paths
        .iter()
        .map(|p| {
            let r = srm_study::io::files::load_result(p).map_err(|e| format!("{e:?}"));
            (p.display().to_string(), r)
        })
        .collect();
    let mut lrs_inputs: Vec<(String, Result<ExerciseResult, String>)> = from_lrs
        .into_iter()
        .map(|r| (r.student.clone(), Ok(r)))
        .collect();
    lrs_inputs.sort_by(|a, b| a.0.cmp(&b.0));
    use srm_study::model::report::ClassReport;
    let a = ClassReport::build(&exercise, from_files);
    let b = ClassReport::build(&exercise, lrs_inputs);
    let scores = |r: &ClassReport| -> Vec<(String, u32, u64)> {
        r.students
            .iter()
            .map(|g| (g.student.clone(), g.score.points, g.seconds))
            .collect()
    };
    assert_eq!(scores(&a), scores(&b));
    assert_eq!(a.per_card, b.per_card);
    assert!(
        a.students.iter().any(|g| g.score.wrong > 0)
            && a.students.iter().any(|g| g.score.unanswered > 0)
    );
}

#[test]
fn the_class_report_pages_xapi_export_writes_the_command_lines_bytes() {
    use srm_study::ui::AppState;
    use srm_study::ui::action::{Action, Area, Note};
    use srm_study::ui::instructor::action::{InstructorAction, ReportAction};

    let dir = tempfile::tempdir().expect("tempdir");
    let exercise = exercise();
    let ex = write_exercise(dir.path(), "week2.ron", &exercise);
    let mut results = Vec::new();
    for (s, name) in ["Ana", "Ben"].into_iter().enumerate() {
        let answers = exercise
            .deck
            .items
            .iter()
            .skip(s)
            .map(|item| Answer {
                item: item.id.clone(),
                placed: item.owner,
            })
            .collect();
        let result = ExerciseResult::new(&exercise.id, name, answers, 30);
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, result_to_ron(&result).expect("ron")).expect("write");
        results.push(path);
    }
    let class = "https://school.example/classes/cloud-101";
    let from_cli = dir.path().join("cli.json");
    let mut args = vec!["export", "xapi", "--exercise", ex.as_str()];
    args.extend(results.iter().map(|p| path_str(p)));
    args.extend(["--class-uri", class, "--out", path_str(&from_cli)]);
    run_ok(&args, dir.path());

    let mut state = AppState::new(builtin(), Area::Instructor);
    let report = |action| Action::Instructor(InstructorAction::Report(action));
    state.apply(report(ReportAction::OpenExercise(PathBuf::from(&ex))));
    state.apply(report(ReportAction::AddResults(results.clone())));
    let from_app = dir.path().join("app.json");
    // A bad class URI writes nothing and says why.
    state.apply(report(ReportAction::SetClassUri("not a uri".into())));
    state.apply(report(ReportAction::ExportXapi(from_app.clone())));
    assert!(
        matches!(state.instructor.report.note, Some(Note::Problem(_))),
        "{:?}",
        state.instructor.report.note
    );
    assert!(!from_app.exists());
    state.apply(report(ReportAction::SetClassUri(class.into())));
    state.apply(report(ReportAction::ExportXapi(from_app.clone())));
    assert!(
        matches!(state.instructor.report.note, Some(Note::Done(_))),
        "{:?}",
        state.instructor.report.note
    );
    assert_eq!(
        std::fs::read(&from_app).expect("app file"),
        std::fs::read(&from_cli).expect("cli file"),
        "the app writes the bytes `srm-study export xapi` writes"
    );
}

/// One character of every class XML 1.0 cannot hold (C0 controls but tab,
/// line feed and carriage return; ESC; U+FFFE, U+FFFF), and some it can.
const AWKWARD: &str = "a\u{0}b\u{1}c\u{8}d\u{b}e\u{c}f\u{e}g\u{1b}[31mh\u{1f}i\u{7f}j\u{85}k\u{fffe}l\u{ffff}m\tn\r\no\u{feff}p\u{10ffff}q <&>\"'";

/// Every text of a deck holds [`AWKWARD`]: every XML writer must give XML
/// that a strict parser (roxmltree, which refuses what XML 1.0 cannot
/// hold) reads, and the text formats keep no control character but tab and
/// line feed.
#[test]
fn control_characters_in_any_text_never_break_an_export() {
    let mut exercise = exercise();
    exercise.title = format!("Title {AWKWARD}");
    for item in &mut exercise.deck.items {
        item.text = format!("Text {AWKWARD}");
        item.explanation = format!("Why {AWKWARD}");
        item.aws_part = format!("AWS {AWKWARD}");
        item.customer_part = format!("Customer {AWKWARD}");
    }
    for topic in &mut exercise.deck.topics {
        topic.title = format!("Topic {AWKWARD}");
    }
    let set = CardSet::from_exercise(&exercise);
    for format in Format::ALL {
        for matching in [false, true] {
            let options = ExportOptions {
                moodle_matching_per_topic: matching,
            };
            let bytes = export_cards(format, &set, &options).expect("export");
            let texts: Vec<(String, String)> = if format.extension() == "zip" {
                let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
                (0..archive.len())
                    .map(|i| {
                        let mut file = archive.by_index(i).expect("entry");
                        let mut text = String::new();
                        file.read_to_string(&mut text).expect("utf-8");
                        (file.name().expect("name").into_owned(), text)
                    })
                    .collect()
            } else {
                vec![(
                    format.label().to_owned(),
                    String::from_utf8(bytes).expect("utf-8"),
                )]
            };
            for (name, text) in texts {
                if format.extension() == "txt" {
                    assert!(
                        !text
                            .chars()
                            .any(|c| c.is_control() && c != '\t' && c != '\n'),
                        "{name}: {text:?}"
                    );
                    assert!(
                        text.contains("a b c d e f g"),
                        "a space, never nothing: {text:?}"
                    );
                } else {
                    let doc = roxmltree::Document::parse(&text)
                        .unwrap_or_else(|e| panic!("{format:?} {name}: {e}\n{text}"));
                    assert!(doc.root_element().descendants().count() > 1);
                }
            }
        }
    }
}

/// Issue 31: the built-in deck exported for Anki in Spanish, German and
/// Japanese imports into the real Anki, and a student who studied it in
/// English and changes language keeps the same notes and cards (the
/// translation updates them in place, so their review history stays).
#[test]
fn anki_imports_the_deck_in_each_language_over_the_english_notes() {
    let Some(python) = python_with_anki() else {
        common::skip(
            "anki_imports_the_deck_in_each_language_over_the_english_notes",
            "a Python with the `anki` module",
            "python3 -m pip install anki, or set SRM_STUDY_PYTHON",
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let english = dir.path().join("en.txt");
    run_ok(
        &[
            "export",
            "anki",
            "--deck",
            "srm-core",
            "--out",
            path_str(&english),
        ],
        dir.path(),
    );
    let english_text = std::fs::read_to_string(&english).expect("english");
    let deck = english_text
        .lines()
        .find_map(|l| l.strip_prefix("#deck:"))
        .expect("a #deck: header")
        .to_owned();
    let first = anki_notes(&english_text);
    for language in ["es", "de", "ja"] {
        let translated = dir.path().join(format!("{language}.txt"));
        let (code, out, err) = common::run_bin_env(
            &[
                "export",
                "anki",
                "--deck",
                "srm-core",
                "--out",
                path_str(&translated),
            ],
            dir.path(),
            &[("SRM_STUDY_LANG", language)],
        );
        assert_eq!(code, 0, "{out}{err}");
        let second = anki_notes(&std::fs::read_to_string(&translated).expect("translated"));
        assert_eq!(second.len(), first.len());
        for (a, b) in first.iter().zip(&second) {
            assert_eq!(a["guid"], b["guid"], "{language}: one note per card");
            assert_ne!(a["front"], b["front"], "{language}: {}", a["guid"]);
        }
        let expected = serde_json::json!({ "deck": deck, "first": first, "second": second });
        let expected_path = dir.path().join(format!("expected-{language}.json"));
        std::fs::write(&expected_path, expected.to_string()).expect("write");
        anki_check(&python, &english, &translated, &expected_path);
    }
}

//! `srm-study report` and `validate` on exercise and result files, run as the
//! real binary.

mod common;

use std::path::{Path, PathBuf};

use common::{MINIMAL_DECK, run_bin};
use srm_study::io::content;
use srm_study::model::exercise::{
    Answer, Exercise, ExerciseResult, exercise_to_ron, result_to_ron,
};
use srm_study::model::session::SessionOptions;
use srm_study::model::{CardRef, Catalog, Owner};

/// An exercise of the first four built-in cards, and the owners of its cards.
fn exercise() -> Exercise {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let cards: Vec<CardRef> = (0..4).map(|item| CardRef { deck: 0, item }).collect();
    Exercise::from_cards(
        "week2-quiz",
        "Week 2 quiz",
        &catalog,
        &cards,
        SessionOptions::default(),
    )
    .expect("an exercise from built-in cards")
}

fn wrong(owner: Owner) -> Owner {
    match owner {
        Owner::Aws => Owner::Customer,
        Owner::Customer => Owner::Shared,
        Owner::Shared => Owner::Aws,
    }
}

/// Answers: `right[i]` says whether card i is placed right; cards past
/// `right.len()` are left unplaced.
fn answers(exercise: &Exercise, right: &[bool]) -> Vec<Answer> {
    exercise
        .deck
        .items
        .iter()
        .zip(right)
        .map(|(item, ok)| Answer {
            item: item.id.clone(),
            placed: if *ok { item.owner } else { wrong(item.owner) },
        })
        .collect()
}

fn write(path: &Path, text: &str) -> String {
    std::fs::write(path, text).expect("write");
    path.to_str().expect("utf-8 path").to_owned()
}

fn write_result(dir: &Path, name: &str, result: &ExerciseResult) -> String {
    write(&dir.join(name), &result_to_ron(result).expect("ron"))
}

/// A folder with the exercise and three usable results; returns the
/// exercise path and the result paths.
fn class(dir: &Path) -> (String, Vec<String>) {
    let exercise = exercise();
    let ex_path = write(
        &dir.join("week2-quiz.ron"),
        &exercise_to_ron(&exercise).expect("ron"),
    );
    let ana = ExerciseResult::new(
        "week2-quiz",
        "Ana Silva",
        answers(&exercise, &[true, true, true, true]),
        312,
    );
    let bo = ExerciseResult::new(
        "week2-quiz",
        "Bo",
        answers(&exercise, &[true, false, true]),
        95,
    );
    let mut cy_answers = answers(&exercise, &[false, true]);
    cy_answers.push(Answer {
        item: "no-such-card".into(),
        placed: Owner::Aws,
    });
    let cy = ExerciseResult::new("week2-quiz", "Cy", cy_answers, 1200);
    let results = vec![
        write_result(dir, "ana.ron", &ana),
        write_result(dir, "bo.ron", &bo),
        write_result(dir, "cy.ron", &cy),
    ];
    (ex_path, results)
}

/// The CSV without the five attempt columns after `seconds` (checked
/// here, and in `tests/cli_class_test.rs`).
fn without_attempt_columns(
    (header, rows): (Vec<String>, Vec<Vec<String>>),
) -> (Vec<String>, Vec<Vec<String>>) {
    assert_eq!(
        header[5..10],
        ["attempt", "date", "ended", "attempts", "other attempts"]
    );
    let cut = |row: Vec<String>| -> Vec<String> {
        row.into_iter()
            .enumerate()
            .filter(|(n, _)| !(5..10).contains(n))
            .map(|(_, cell)| cell)
            .collect()
    };
    (cut(header), rows.into_iter().map(cut).collect())
}

#[test]
fn report_grades_names_bad_files_and_writes_the_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, mut results) = class(dir.path());
    let other = ExerciseResult::new("week9", "Di", answers(&exercise(), &[true]), 10);
    results.push(write_result(dir.path(), "other.ron", &other));
    results.push(write(
        &dir.path().join("garbage.ron"),
        "\u{1}\u{2} not RON at all",
    ));
    let csv_path = dir.path().join("out/week2.csv");
    let mut args = vec!["report", "--exercise", ex_path.as_str()];
    args.extend(results.iter().map(String::as_str));
    args.extend(["--csv", csv_path.to_str().expect("utf-8")]);

    let (code, out, err) = run_bin(&args, dir.path());
    assert_eq!(code, 1, "a file was left out\n{out}\n{err}");
    assert!(!err.contains("panicked"), "{err}");

    // stderr names each unusable file with the reason, and the warning.
    let left_out: Vec<&str> = err.lines().filter(|l| l.starts_with("left out ")).collect();
    assert_eq!(left_out.len(), 2, "{err}");
    assert!(
        left_out[0].contains("other.ron") && left_out[0].contains("week9"),
        "{err}"
    );
    assert!(left_out[1].contains("garbage.ron"), "{err}");
    assert!(
        err.lines().any(|l| l.starts_with("warning: ")
            && l.contains("cy.ron")
            && l.contains("no-such-card")),
        "{err}"
    );

    // The table: aligned columns, one row per usable student.
    let lines: Vec<&str> = out.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("student"))
        .expect("a header row");
    let table = &lines[header..header + 4];
    assert_eq!(
        table[0].split_whitespace().collect::<Vec<_>>(),
        ["student", "score", "max", "percent", "seconds"]
    );
    assert!(table[1].starts_with("Ana Silva"), "{out}");
    assert!(table[1].ends_with("4    4   100.0%      312"), "{out}");
    assert!(
        table[2].starts_with("Bo ") && table[2].ends_with("2    4    50.0%       95"),
        "{out}"
    );
    assert!(
        table[3].starts_with("Cy ") && table[3].ends_with("1    4    25.0%     1200"),
        "{out}"
    );
    let width = table[0].len();
    assert!(table.iter().all(|l| l.len() == width), "aligned:\n{out}");
    // (Not `out.contains("Di")`: the temporary folder's random name, in
    // "wrote the CSV to ...", may hold those two letters.)
    assert!(!out.lines().any(|l| l.starts_with("Di ")), "{out}");

    // Per card, most missed first: card 3 is right for 1 of 3 students, the
    // others for 2 of 3.
    let per_card = lines
        .iter()
        .position(|l| l.starts_with("Per card"))
        .expect("the per-card section");
    let ex = exercise();
    let first_card = lines[per_card + 1];
    assert!(first_card.contains("33.3%"), "{out}");
    assert!(first_card.contains("1/3"), "{out}");
    assert!(first_card.contains(&ex.deck.items[3].id), "{out}");
    assert!(first_card.contains(&ex.deck.items[3].text), "{out}");
    assert!(
        lines[per_card + 2].contains(&ex.deck.items[0].id),
        "ties in exercise order\n{out}"
    );
    assert!(lines[per_card + 4].starts_with("  66.7%  2/3  "), "{out}");

    // The CSV, read back.
    let text = std::fs::read_to_string(&csv_path).expect("the CSV is written");
    let (header, rows) = without_attempt_columns(common::read_csv(&text));
    assert_eq!(header.len(), 5 + 4 + 4);
    assert_eq!(
        header[5..9],
        ex.deck
            .items
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()[..]
    );
    assert_eq!(
        header[9..],
        ex.deck
            .items
            .iter()
            .map(|i| format!("{} chose", i.id))
            .collect::<Vec<_>>()[..]
    );
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[1][..9],
        ["Bo", "2", "4", "50.0", "95", "1", "0", "1", "0"]
    );
    assert_eq!(
        rows[2][..9],
        ["Cy", "1", "4", "25.0", "1200", "0", "1", "0", "0"]
    );
    // Beside the 1/0 marks, the bin each student chose: the owner's letter
    // where the mark is 1, another letter (or nothing) where it is 0.
    let letter = |owner: Owner| match owner {
        Owner::Aws => "A",
        Owner::Customer => "C",
        Owner::Shared => "S",
    };
    for row in &rows {
        for (k, item) in ex.deck.items.iter().enumerate() {
            let chose = row[9 + k].as_str();
            assert!(["A", "C", "S", ""].contains(&chose), "{row:?}");
            assert_eq!(row[5 + k] == "1", chose == letter(item.owner), "{row:?}");
        }
    }
    assert_eq!(
        rows[1][9],
        letter(ex.deck.items[0].owner),
        "Bo's first card is right"
    );
    assert_eq!(
        rows[1][10],
        letter(wrong(ex.deck.items[1].owner)),
        "Bo's second is wrong"
    );
}

#[test]
fn report_exits_zero_when_every_file_is_used_and_takes_a_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, _) = class(dir.path());
    let folder = dir.path().to_str().expect("utf-8");
    let (code, out, err) = run_bin(&["report", "--exercise", &ex_path, folder], dir.path());
    assert_eq!(
        code, 0,
        "the exercise file in the folder is skipped\n{out}\n{err}"
    );
    assert!(out.contains("3 students"), "{out}");
    assert!(
        err.contains("warning: "),
        "the unknown card is still reported: {err}"
    );
}

#[test]
fn report_refuses_an_exercise_that_is_not_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, results) = class(dir.path());
    let (code, out, err) = run_bin(
        &["report", "--exercise", &results[0], &results[1]],
        dir.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("it is not an exercise file"), "{err}");
    let missing: PathBuf = dir.path().join("missing.ron");
    let (code, _, err) = run_bin(
        &[
            "report",
            "--exercise",
            missing.to_str().expect("utf-8"),
            &results[0],
        ],
        dir.path(),
    );
    assert_eq!(code, 1);
    assert!(err.contains("missing.ron"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn validate_accepts_exercise_and_result_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, results) = class(dir.path());
    let (code, out, err) = run_bin(&["validate", &ex_path], dir.path());
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.trim(), "OK: 0 decks, 0 items, 1 exercise");
    let (code, out, _) = run_bin(&["validate", &results[0]], dir.path());
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.trim(), "OK: 0 decks, 0 items, 1 result");
}

#[test]
fn validate_a_mixed_folder_counts_each_kind() {
    let dir = tempfile::tempdir().expect("tempdir");
    class(dir.path());
    write(&dir.path().join("mini.ron"), MINIMAL_DECK);
    let folder = dir.path().to_str().expect("utf-8");
    let (code, out, err) = run_bin(&["validate", folder], dir.path());
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.trim(), "OK: 1 deck, 1 item, 1 exercise, 3 results");

    write(
        &dir.path().join("bad-result.ron"),
        "ExerciseResult(exercise: \"week2-quiz\", student: \"\", answers: [], seconds: 1)",
    );
    let (code, out, _) = run_bin(&["validate", folder], dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("bad-result.ron: "), "{out}");
    assert!(out.contains("student name is empty"), "{out}");
    assert!(
        out.contains("1 deck loaded, 1 exercise, 3 results"),
        "{out}"
    );
}

#[test]
fn report_csv_onto_one_of_its_inputs_exits_1_and_leaves_it_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, results) = class(dir.path());
    for target in [ex_path.clone(), results[1].clone()] {
        let before = std::fs::read(&target).expect("read");
        let mut args = vec!["report", "--exercise", ex_path.as_str()];
        args.extend(results.iter().map(String::as_str));
        args.extend(["--csv", target.as_str()]);
        let (code, out, err) = run_bin(&args, dir.path());
        assert_eq!(code, 1, "{out}\n{err}");
        assert!(err.contains("one of the report's inputs"), "{err}");
        assert_eq!(std::fs::read(&target).expect("read"), before, "{target}");
    }
    // A result inside a folder given as input is an input too.
    let folder = dir.path().to_str().expect("utf-8");
    let before = std::fs::read(&results[0]).expect("read");
    let args = [
        "report",
        "--exercise",
        &ex_path,
        folder,
        "--csv",
        &results[0],
    ];
    let (code, _, err) = run_bin(&args, dir.path());
    assert_eq!(code, 1, "{err}");
    assert_eq!(std::fs::read(&results[0]).expect("read"), before);
}

#[test]
fn a_student_name_with_a_line_break_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, _) = class(dir.path());
    let fake = write(
        &dir.path().join("fake.ron"),
        "ExerciseResult(exercise: \"week2-quiz\", \
         student: \"\\nEve Evans    4  4  100.0%\\n\", answers: [], seconds: 1)",
    );
    let (code, out, err) = run_bin(&["report", "--exercise", &ex_path, &fake], dir.path());
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(!out.contains("Eve Evans"), "no fake row\n{out}");
    assert!(
        err.contains("fake.ron") && err.contains("line breaks"),
        "{err}"
    );
    let (code, out, _) = run_bin(&["validate", &fake], dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("line breaks"), "{out}");
}

// Sealed exercises and `exercise new`

/// The text of a file without its secret and fingerprint lines, which
/// differ from one sealing to the next.
fn without_secrets(text: &str) -> String {
    text.lines()
        .filter(|l| {
            !l.trim_start().starts_with("key: ") && !l.trim_start().starts_with("fingerprint: ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_sealed_student_file_has_no_owner_and_its_key_grades_only_its_own_results() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let student = dir.path().join("week-5.ron");
    let student_arg = student.to_str().expect("utf-8");
    let (code, out, err) = run_bin(
        &[
            "exercise",
            "new",
            "--deck",
            "srm-core",
            "--count",
            "8",
            "--seed",
            "4",
            "--sealed",
            "--out",
            student_arg,
        ],
        &data,
    );
    assert_eq!(code, 0, "{out}{err}");
    let key_path = dir.path().join("week-5.key.ron");
    assert!(out.contains("week-5.key.ron"), "{out}");

    // The student file: no owner, no explanation, no original id, no key.
    let text = std::fs::read_to_string(&student).expect("the student file");
    let key = srm_study::io::files::load_exercise(&key_path).expect("the key loads");
    assert_eq!(key.deck.items.len(), 8);
    for forbidden in [
        "owner",
        "Aws",
        ": Customer",
        ": Shared",
        "Customer,",
        "Shared,",
        "explanation",
        "aws_part",
        "customer_part",
        "key:",
        "tags",
    ] {
        assert!(
            !text.contains(forbidden),
            "{forbidden} in the student file:\n{text}"
        );
    }
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    for item in &key.deck.items {
        assert!(!text.contains(&item.explanation), "an explanation leaks");
        let original = catalog
            .cards()
            .find(|(_, i)| i.text == item.text)
            .map(|(_, i)| i.id.clone())
            .expect("the card comes from the deck");
        assert!(
            !text.contains(&format!("\"{original}\"")),
            "the id {original} leaks"
        );
    }
    let sealed = srm_study::io::files::load_exercise(&student).expect("the student file loads");
    assert!(sealed.owners_hidden());
    assert_eq!(sealed.fingerprint(), key.fingerprint());

    // Results: one made for this key, one for another version, one right
    // on every card.
    let results = dir.path().join("results");
    std::fs::create_dir(&results).expect("mkdir");
    let answers = |right: bool| -> Vec<Answer> {
        key.deck
            .items
            .iter()
            .map(|item| Answer {
                item: item.id.clone(),
                placed: if right { item.owner } else { wrong(item.owner) },
            })
            .collect()
    };
    let mut ana = ExerciseResult::new("week-5", "Ana", answers(true), 40);
    ana.fingerprint = sealed.fingerprint();
    let mut bo = ExerciseResult::new("week-5", "Bo", answers(false), 50);
    bo.fingerprint = sealed.fingerprint();
    let mut old = ExerciseResult::new("week-5", "Cy", answers(true), 60);
    old.fingerprint = srm_study::model::exercise::fingerprint_of("", [("card-1", Owner::Aws)]);
    write_result(&results, "ana.ron", &ana);
    write_result(&results, "bo.ron", &bo);
    write_result(&results, "cy.ron", &old);
    let csv = dir.path().join("report.csv");
    let (code, out, err) = run_bin(
        &[
            "report",
            "--exercise",
            key_path.to_str().expect("utf-8"),
            results.to_str().expect("utf-8"),
            "--csv",
            csv.to_str().expect("utf-8"),
            "--card-texts",
        ],
        &data,
    );
    assert_eq!(code, 1, "a result was left out:\n{out}{err}");
    assert!(
        err.lines().any(|l| l.starts_with("left out ")
            && l.contains("cy.ron")
            && l.contains("made for another version of this exercise")),
        "{err}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("Ana") && l.contains("100.0%")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("Bo") && l.contains("0.0%")),
        "{out}"
    );
    assert!(
        !out.lines().any(|l| l.starts_with("Cy")),
        "Cy is not graded:\n{out}"
    );
    // The matrix marks Bo's wrong bin on every card; the confusion table
    // counts 16 placements.
    assert!(out.contains("Misconceptions"), "{out}");
    assert_eq!(out.matches("1*").count(), 8, "{out}");
    assert!(out.contains("Confusion"), "{out}");
    let (header, rows) = without_attempt_columns(common::read_csv(
        &std::fs::read_to_string(&csv).expect("csv"),
    ));
    assert_eq!(header.len(), 5 + 8 + 8);
    assert_eq!(rows[0][0], "card text");
    assert_eq!(rows[0][5], key.deck.items[0].text);
    assert_eq!(rows.len(), 3, "the texts, Ana and Bo");

    // The student file itself grades nothing.
    let (code, _, err) = run_bin(
        &[
            "report",
            "--exercise",
            student_arg,
            results.to_str().expect("utf-8"),
        ],
        &data,
    );
    assert_eq!(code, 1);
    assert!(err.contains("sealed student file"), "{err}");
}

#[test]
fn exercise_new_writes_what_the_builder_writes() {
    use srm_study::model::catalog::CardKey;
    use srm_study::ui::instructor::{BuilderAction, BuilderForm, InstructorAction};
    use srm_study::ui::{Action, AppState, Area};

    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    // The builder: every patch-management card of srm-core, at the end, seed 9.
    let keys: Vec<CardKey> = catalog
        .cards()
        .filter(|(c, item)| c.deck == 0 && item.topic == "patch-management")
        .filter_map(|(c, _)| CardKey::of(&catalog, c))
        .collect();
    assert!(keys.len() > 2);
    for sealed in [false, true] {
        let name = if sealed { "sealed" } else { "open" };
        let from_builder = dir.path().join(format!("builder-{name}/patching.ron"));
        let from_cli = dir.path().join(format!("cli-{name}/patching.ron"));
        for path in [&from_builder, &from_cli] {
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        }
        let mut state = AppState::new(catalog.clone(), Area::Instructor);
        let mut form = BuilderForm {
            id: "patching".into(),
            title: "AWS Shared Responsibility Model".into(),
            sealed,
            ..BuilderForm::default()
        };
        form.options.feedback = srm_study::model::session::Feedback::AtEnd;
        form.options.seed = 9;
        for action in [
            BuilderAction::SetForm(form),
            BuilderAction::ChooseExactly(keys.clone()),
            BuilderAction::ExportTo(from_builder.clone()),
        ] {
            state.apply(Action::Instructor(InstructorAction::Builder(action)));
        }
        let mut args = vec![
            "exercise",
            "new",
            "--deck",
            "srm-core",
            "--topic",
            "patch-management",
            "--seed",
            "9",
            "--feedback",
            "end",
            "--out",
        ];
        args.push(from_cli.to_str().expect("utf-8"));
        if sealed {
            args.push("--sealed");
        }
        let (code, out, err) = run_bin(&args, &data);
        assert_eq!(code, 0, "{out}{err}");
        let read = |p: &Path| std::fs::read_to_string(p).expect("written");
        if sealed {
            // A sealed pair's card order is drawn from its secret: the same
            // cards, options and texts, in another order.
            let cards = |p: &Path| {
                let exercise = srm_study::io::files::load_exercise(p).expect("loads");
                let mut texts: Vec<String> =
                    exercise.deck.items.iter().map(|i| i.text.clone()).collect();
                texts.sort();
                (exercise.options(), exercise.title, texts)
            };
            assert_eq!(cards(&from_cli), cards(&from_builder), "{name}");
        } else {
            assert_eq!(
                without_secrets(&read(&from_cli)),
                without_secrets(&read(&from_builder)),
                "{name}"
            );
        }
        let key = |p: &Path| p.with_file_name("patching.key.ron");
        assert_eq!(key(&from_cli).exists(), sealed);
        assert_eq!(key(&from_builder).exists(), sealed);
        if sealed {
            let owners = |p: &Path| {
                let key = srm_study::io::files::load_exercise(&key(p)).expect("key loads");
                let mut pairs: Vec<(String, Owner)> = key
                    .deck
                    .items
                    .iter()
                    .map(|i| (i.text.clone(), i.owner))
                    .collect();
                pairs.sort_by(|a, b| a.0.cmp(&b.0));
                pairs
            };
            assert_eq!(owners(&from_cli), owners(&from_builder));
        } else {
            assert_eq!(read(&from_cli), read(&from_builder), "byte for byte");
        }
    }
}

/// Issue 28: a report whose every result is unusable says so, and prints
/// no "0.0% 0/0" row per card.
#[test]
fn a_report_with_no_usable_result_says_so_instead_of_zero_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, _) = class(dir.path());
    let other = ExerciseResult::new("week9", "Di", answers(&exercise(), &[true]), 10);
    let bad = write_result(dir.path(), "other.ron", &other);
    let (code, out, err) = run_bin(&["report", "--exercise", &ex_path, &bad], dir.path());
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(out.contains("no usable results"), "{out}");
    assert!(out.contains("no result file could be used"), "{out}");
    assert!(!out.contains("0/0"), "{out}");
    assert!(!out.contains("0.0%"), "{out}");
}

/// Issue 28: the students table lines up by display width: a name in
/// CJK characters (two cells each) keeps the numbers in their columns.
#[test]
fn the_report_table_lines_up_for_cjk_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, _) = class(dir.path());
    let wide = ExerciseResult::new(
        "week2-quiz",
        "山田太郎",
        answers(&exercise(), &[true, true]),
        40,
    );
    let narrow = ExerciseResult::new(
        "week2-quiz",
        "Bo",
        answers(&exercise(), &[true, false, true]),
        95,
    );
    let a = write_result(dir.path(), "wide.ron", &wide);
    let b = write_result(dir.path(), "narrow.ron", &narrow);
    let (_, out, err) = run_bin(&["report", "--exercise", &ex_path, &a, &b], dir.path());
    let column = |name: &str| -> usize {
        let line = out
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no row for {name}:\n{out}\n{err}"));
        // The display column where the percent ends.
        let end = line.find('%').expect("a percent");
        unicode_width::UnicodeWidthStr::width(&line[..end])
    };
    assert_eq!(column("山田太郎"), column("Bo"), "{out}");
}

/// Issue 28: `--count 80` with fewer matching cards writes those and says so.
#[test]
fn exercise_new_says_when_fewer_cards_match_than_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_path = dir.path().join("few.ron");
    let (code, out, err) = run_bin(
        &[
            "exercise",
            "new",
            "--deck",
            "srm-services",
            "--service",
            "eks",
            "--count",
            "80",
            "--seed",
            "1",
            "--out",
            out_path.to_str().expect("utf-8"),
        ],
        dir.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let exercise = srm_study::io::files::load_exercise(&out_path).expect("the exercise loads");
    let n = exercise.deck.items.len();
    assert!(n < 80, "{n}");
    assert!(
        out.contains(&format!("only {n} cards match")) && out.contains("not the 80 asked"),
        "{out}"
    );
}

/// Issue 28: the attempts list pads names by display width too.
#[test]
fn the_attempts_list_lines_up_for_cjk_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, _) = class(dir.path());
    let a = write_result(
        dir.path(),
        "wide.ron",
        &ExerciseResult::new("week2-quiz", "山田太郎", answers(&exercise(), &[true]), 40),
    );
    let b = write_result(
        dir.path(),
        "narrow.ron",
        &ExerciseResult::new("week2-quiz", "Bo", answers(&exercise(), &[true]), 40),
    );
    let (_, out, err) = run_bin(&["report", "--exercise", &ex_path, &a, &b], dir.path());
    let column = |name: &str| -> usize {
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("  {name}")) && l.contains("attempt"))
            .unwrap_or_else(|| panic!("no attempt line for {name}:\n{out}\n{err}"));
        let end = line.find("attempt").expect("attempt");
        unicode_width::UnicodeWidthStr::width(&line[..end])
    };
    assert_eq!(column("山田太郎"), column("Bo"), "{out}");
}

/// Issue #30: with `--lang de`, why a result file is left out and the
/// report's warnings are in German; in English they read as before.
#[test]
fn report_names_why_a_file_is_left_out_in_the_terminals_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (ex_path, mut results) = class(dir.path());
    let other = ExerciseResult::new("week9", "Di", answers(&exercise(), &[true]), 10);
    results.push(write_result(dir.path(), "other.ron", &other));
    let mut args = vec!["report", "--exercise", ex_path.as_str()];
    args.extend(results.iter().map(String::as_str));
    let other_path = &results[3];

    let (code, _, err) = run_bin(&args, dir.path());
    assert_eq!(code, 1, "{err}");
    let english = format!(
        "left out {other_path}: this result is for the exercise \"week9\", not \"week2-quiz\""
    );
    assert!(err.lines().any(|l| l == english), "{err}");
    assert!(
        err.lines().any(|l| l.starts_with("warning: ")
            && l.ends_with(
                "cy.ron: ignored answers for cards that are not in the exercise: no-such-card"
            )),
        "{err}"
    );

    let mut german_args = vec!["--lang", "de"];
    german_args.extend(args.iter().copied());
    let (code, _, err) = run_bin(&german_args, dir.path());
    assert_eq!(code, 1, "{err}");
    let german = format!(
        "{other_path} ausgelassen: Dieses Ergebnis gehört zur Übung „week9“, nicht zu \
         „week2-quiz“"
    );
    assert!(err.lines().any(|l| l == german), "{err}");
    assert!(
        err.lines().any(|l| l.starts_with("Warnung: ")
            && l.contains("Antworten zu Karten, die nicht in der Übung sind")
            && l.contains("no-such-card")),
        "{err}"
    );
    assert!(!err.contains("this result is for"), "{err}");
}

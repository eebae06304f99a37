//! Issue #24 on the command line, run as the real binary: no file is
//! replaced without `--force` and never one of a command's inputs; a
//! sealed pair is written whole and an old key never sits beside a new
//! file; `report` counts one attempt per student by `--attempts`; the CSV
//! starts with a byte-order mark and reads back with the csv crate.

mod common;

use std::path::Path;

use common::run_bin;
use srm_study::io::files::load_exercise;
use srm_study::model::Owner;
use srm_study::model::exercise::{Answer, ExerciseResult, result_to_ron};

fn arg(path: &Path) -> &str {
    path.to_str().expect("utf-8")
}

fn new_exercise(out: &Path, data: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "exercise", "new", "--deck", "srm-core", "--count", "4", "--seed", "7", "--out",
    ];
    args.push(arg(out));
    args.extend(extra);
    run_bin(&args, data)
}

#[test]
fn exercise_new_twice_refuses_and_force_never_leaves_an_old_key_looking_valid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let wk4 = dir.path().join("wk4.ron");
    let key = dir.path().join("wk4.key.ron");
    let (code, out, err) = new_exercise(&wk4, &data, &["--sealed"]);
    assert_eq!(code, 0, "{out}{err}");
    let student_before = std::fs::read(&wk4).expect("student");
    let key_before = std::fs::read(&key).expect("key");

    // The busy instructor runs it again: refused, both files unchanged.
    for extra in [&["--sealed"][..], &[][..]] {
        let (code, out, err) = new_exercise(&wk4, &data, extra);
        assert_eq!(code, 1, "{out}{err}");
        assert!(
            err.contains("already exists") && err.contains("--force"),
            "{err}"
        );
        assert_eq!(std::fs::read(&wk4).expect("student"), student_before);
        assert_eq!(std::fs::read(&key).expect("key"), key_before);
    }

    // Unsealed with --force over the pair: the old key is moved aside,
    // never left beside an unsealed file.
    let (code, out, err) = new_exercise(&wk4, &data, &["--force"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!key.exists(), "the old key beside an unsealed file:\n{out}");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("wk4.replaced-"))
        })
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(out.contains("wk4.replaced-"), "{out}");
    assert_eq!(std::fs::read(&aside[0]).expect("old key"), key_before);

    // Sealed with --force: a new pair with one fingerprint.
    let (code, out, err) = new_exercise(&wk4, &data, &["--sealed", "--force"]);
    assert_eq!(code, 0, "{out}{err}");
    let student = load_exercise(&wk4).expect("student");
    let new_key = load_exercise(&key).expect("key");
    assert_eq!(student.fingerprint(), new_key.fingerprint());
}

#[test]
fn no_command_writes_over_its_inputs_even_with_force_nor_over_a_file_without_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let ex = dir.path().join("ex.ron");
    let (code, out, err) = new_exercise(&ex, &data, &[]);
    assert_eq!(code, 0, "{out}{err}");
    let k2 = dir.path().join("k2.ron");
    let (code, out, err) = new_exercise(&k2, &data, &["--sealed"]);
    assert_eq!(code, 0, "{out}{err}");
    let k2_key = dir.path().join("k2.key.ron");
    let results = dir.path().join("results");
    std::fs::create_dir(&results).expect("mkdir");
    let exercise = load_exercise(&ex).expect("exercise");
    let bob = ExerciseResult::new("ex", "Bob", Vec::new(), 5);
    let bob_path = results.join("bob.ron");
    std::fs::write(&bob_path, result_to_ron(&bob).expect("ron")).expect("write");
    let table = dir.path().join("t.csv");
    std::fs::write(&table, "text,owner,topic,explanation\nA duty,AWS,t,Why\n").expect("write");
    let _ = exercise;

    let cases: Vec<(Vec<&str>, &Path)> = vec![
        (
            vec![
                "export",
                "moodle",
                "--exercise",
                arg(&ex),
                "--out",
                arg(&ex),
            ],
            &ex,
        ),
        (
            vec![
                "export",
                "anki",
                "--exercise",
                arg(&k2_key),
                "--out",
                arg(&k2_key),
            ],
            &k2_key,
        ),
        (
            vec![
                "export",
                "xapi",
                "--exercise",
                arg(&ex),
                "--class-uri",
                "https://school.example/c",
                arg(&results),
                "--out",
                arg(&bob_path),
            ],
            &bob_path,
        ),
        (
            vec![
                "report",
                "--exercise",
                arg(&ex),
                arg(&results),
                "--csv",
                arg(&bob_path),
            ],
            &bob_path,
        ),
        (
            vec![
                "import-table",
                arg(&table),
                "--deck",
                "mine",
                "--out",
                arg(&table),
            ],
            &table,
        ),
    ];
    for (args, input) in &cases {
        let before = std::fs::read(input).expect("read");
        for force in [false, true] {
            let mut args = args.clone();
            if force {
                args.push("--force");
            }
            let (code, out, err) = run_bin(&args, &data);
            assert_ne!(code, 0, "{args:?}\n{out}{err}");
            assert!(err.contains("one of the"), "{args:?}: {err}");
            assert_eq!(&std::fs::read(input).expect("read"), &before, "{args:?}");
        }
    }

    // An existing file that is no input: only with --force.
    let other = dir.path().join("other.xml");
    std::fs::write(&other, "keep me").expect("write");
    let deck = dir.path().join("deck.ron");
    std::fs::write(&deck, "keep me").expect("write");
    let outputs: Vec<(Vec<&str>, &Path)> = vec![
        (
            vec![
                "export",
                "moodle",
                "--exercise",
                arg(&ex),
                "--out",
                arg(&other),
            ],
            &other,
        ),
        (vec!["export-deck", "srm-core", "--out", arg(&deck)], &deck),
        (
            vec![
                "report",
                "--exercise",
                arg(&ex),
                arg(&bob_path),
                "--csv",
                arg(&other),
            ],
            &other,
        ),
        (
            vec![
                "import-table",
                arg(&table),
                "--deck",
                "mine",
                "--out",
                arg(&deck),
            ],
            &deck,
        ),
    ];
    for (args, file) in &outputs {
        let (code, out, err) = run_bin(args, &data);
        assert_ne!(code, 0, "{args:?}\n{out}{err}");
        assert!(err.contains("already exists"), "{args:?}: {err}");
        assert_eq!(
            std::fs::read_to_string(file).expect("read"),
            "keep me",
            "{args:?}"
        );
    }
    let mut forced = outputs[0].0.clone();
    forced.push("--force");
    let (code, out, err) = run_bin(&forced, &data);
    assert_eq!(code, 0, "{out}{err}");
    assert_ne!(std::fs::read_to_string(&other).expect("read"), "keep me");
}

/// A result of `exercise` for `student`: the first `right` cards placed
/// right, the rest wrong.
fn result_of(
    exercise: &srm_study::model::exercise::Exercise,
    student: &str,
    right: usize,
    attempt: u32,
    date: &str,
) -> ExerciseResult {
    let answers = exercise
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
    let mut result = ExerciseResult::new(&exercise.id, student, answers, 60);
    result.attempt = attempt;
    result.finished_at = date.into();
    result.fingerprint = exercise.fingerprint();
    result
}

#[test]
fn report_counts_one_attempt_per_student_and_the_csv_opens_in_excel() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let wk = dir.path().join("wk.ron");
    let (code, out, err) = new_exercise(&wk, &data, &["--sealed"]);
    assert_eq!(code, 0, "{out}{err}");
    let key_path = dir.path().join("wk.key.ron");
    let key = load_exercise(&key_path).expect("key");
    let results = dir.path().join("results");
    std::fs::create_dir(&results).expect("mkdir");
    let files = [
        (
            "zoe-1.ron",
            result_of(&key, "Zoë Ångström", 3, 1, "2026-11-20T10:15:00Z"),
        ),
        (
            "zoe-2.ron",
            result_of(&key, "zoë  ångström", 4, 2, "2026-11-21T09:00:00Z"),
        ),
        (
            "li.ron",
            result_of(&key, "李雷", 2, 1, "2026-11-20T10:20:00Z"),
        ),
    ];
    for (name, result) in &files {
        std::fs::write(results.join(name), result_to_ron(result).expect("ron")).expect("write");
    }
    let csv = dir.path().join("class.csv");
    let (code, out, err) = run_bin(
        &[
            "report",
            "--exercise",
            arg(&key_path),
            arg(&results),
            "--csv",
            arg(&csv),
        ],
        &data,
    );
    assert_eq!(code, 0, "{out}{err}");
    // First attempts: 75% and 50%.
    assert!(
        out.contains("2 students, average 62.5% (first attempt counted)"),
        "{out}"
    );
    assert!(out.contains("retake"), "{out}");
    assert!(
        out.contains("2026-11-21T09:00:00Z"),
        "every attempt's date:\n{out}"
    );
    assert!(err.contains("2 attempts"), "{err}");

    let bytes = std::fs::read(&csv).expect("csv");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "Excel's CSV UTF-8 starts with a BOM"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "student");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 2, "one row per student");
    let zoe = rows
        .iter()
        .find(|r| &r[0] == "Zoë Ångström")
        .expect("Zoë's row");
    assert_eq!(&zoe[3], "75.0", "her first attempt");
    assert_eq!(&zoe[6], "2026-11-20T10:15:00Z");
    assert!(
        zoe[9].contains("2026-11-21T09:00:00Z 100.0% retake"),
        "{zoe:?}"
    );
    assert!(rows.iter().any(|r| &r[0] == "李雷"), "{rows:?}");

    for (rule, average) in [("best", "75.0%"), ("latest", "75.0%"), ("first", "62.5%")] {
        let (code, out, err) = run_bin(
            &[
                "report",
                "--exercise",
                arg(&key_path),
                arg(&results),
                "--attempts",
                rule,
            ],
            &data,
        );
        assert_eq!(code, 0, "{out}{err}");
        assert!(
            out.contains(&format!("average {average} ({rule} attempt counted)")),
            "{rule}: {out}"
        );
    }
}

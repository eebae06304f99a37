//! Saved data, round two, through the real binary: `validate` sees the
//! data folder's decks, output names of any legal length, writers that stay
//! within what readers take, tables that are not UTF-8, control
//! characters in user data (refused, cleaned, never printed raw), tables
//! with multi-line and wide text, and FIFOs in the LRS files.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{MINIMAL_DECK, run_bin};

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// Whether `text` holds a control character other than tab and line feed.
fn has_raw_control(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
}

#[test]
fn validate_refuses_a_new_deck_whose_id_the_data_folders_content_has() {
    let data = tempfile::tempdir().expect("data");
    let content = data.path().join("content");
    std::fs::create_dir_all(&content).expect("content folder");
    std::fs::write(content.join("mini.ron"), MINIMAL_DECK).expect("write");
    let elsewhere = tempfile::tempdir().expect("elsewhere");
    let new = elsewhere.path().join("new.ron");
    std::fs::write(&new, MINIMAL_DECK.replace("Mini deck", "Another")).expect("write");

    let (code, out, err) = run_bin(&["validate", s(&new)], data.path());
    assert_eq!(code, 1, "the app would refuse it: {out}{err}");
    assert!(out.contains("mini"), "{out}");
    assert!(out.contains("content"), "says which file has the id: {out}");
    // The deck of content/ itself is no clash with itself.
    let (code, out, _) = run_bin(&["validate", s(&content.join("mini.ron"))], data.path());
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("OK: 1 deck,"), "{out}");
    let (code, out, _) = run_bin(&["validate", s(&content)], data.path());
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_legal_252_byte_output_name_is_written() {
    let data = tempfile::tempdir().expect("data");
    let name = format!("{}.ron", "d".repeat(248));
    assert_eq!(name.len(), 252);
    let out = data.path().join(&name);
    let (code, stdout, err) = run_bin(&["export-deck", "srm-core", "--out", s(&out)], data.path());
    assert_eq!(code, 0, "{stdout}{err}");
    let (code, stdout, _) = run_bin(&["validate", s(&out)], data.path());
    assert_eq!(code, 0, "{stdout}");
    let names: Vec<_> = std::fs::read_dir(data.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file stays: {names:?}");
}

/// A valid deck of `cards` cards, written compactly (one line per card).
fn big_deck(cards: usize, text_len: usize) -> String {
    let mut deck = String::from(
        "Deck(id:\"big\",title:\"Big\",topics:[Topic(id:\"t\",title:\"T\")],items:[\n",
    );
    let filler = "x".repeat(text_len);
    for i in 0..cards {
        deck.push_str(&format!(
            "Item(id:\"card-{i}\",text:\"Card {i} {filler}\",owner:Aws,topic:\"t\",explanation:\"E\"),\n"
        ));
    }
    deck.push_str("])\n");
    deck
}

#[test]
fn export_deck_refuses_before_writing_a_file_validate_would_refuse() {
    let data = tempfile::tempdir().expect("data");
    let content = data.path().join("content");
    std::fs::create_dir_all(&content).expect("content");
    // Under 8 MiB as written by hand, over it as pretty RON.
    let deck = big_deck(60_000, 60);
    assert!(deck.len() < 8 * 1024 * 1024, "{}", deck.len());
    std::fs::write(content.join("big.ron"), &deck).expect("write");
    let out = data.path().join("export.ron");
    let (code, stdout, err) = run_bin(&["export-deck", "big", "--out", s(&out)], data.path());
    assert_ne!(code, 0, "{stdout}{err}");
    assert!(err.contains("MiB"), "{err}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn import_table_refuses_before_writing_a_deck_its_next_run_could_not_read() {
    let data = tempfile::tempdir().expect("data");
    let mut table = String::from("text,owner,topic,explanation\n");
    for i in 0..52_000 {
        table.push_str(&format!(
            "Duty number {i} of the long table of shared duties,AWS,Topic,Why {i}\n"
        ));
    }
    let csv = data.path().join("table.csv");
    std::fs::write(&csv, table).expect("write");
    let out = data.path().join("deck.ron");
    let (code, stdout, err) = run_bin(
        &["import-table", s(&csv), "--deck", "big", "--out", s(&out)],
        data.path(),
    );
    assert_ne!(code, 0, "{stdout}{err}");
    assert!(err.contains("MiB") && err.contains("too large"), "{err}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn import_table_refuses_a_table_that_is_not_utf8_naming_its_encoding() {
    let data = tempfile::tempdir().expect("data");
    let text = "text,owner,topic,explanation\nGuards at the doors,AWS,Physical,AWS runs them\n";
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let csv = data.path().join("table.csv");
    std::fs::write(&csv, &utf16).expect("write");
    let out = data.path().join("deck.ron");
    let args = ["import-table", s(&csv), "--deck", "mine", "--out", s(&out)];
    let (code, stdout, err) = run_bin(&args, data.path());
    assert_ne!(code, 0, "{stdout}{err}");
    assert!(err.contains("UTF-16 LE"), "{err}");
    assert!(!out.exists());
    assert_eq!(has_raw_control(&err), None, "{err:?}");

    let binary: Vec<u8> = (0..=255u8).cycle().take(2000).collect();
    std::fs::write(&csv, &binary).expect("write");
    let (code, _, err) = run_bin(&args, data.path());
    assert_ne!(code, 0);
    assert!(err.contains("not UTF-8") || err.contains("binary"), "{err}");
    assert_eq!(has_raw_control(&err), None, "{err:?}");
}

#[test]
fn control_characters_are_refused_by_validate_and_cleaned_by_import_table() {
    let data = tempfile::tempdir().expect("data");
    let deck = MINIMAL_DECK.replace("Mini deck", "Mini\\u{1b}[31m deck\\u{7}");
    let file = data.path().join("escape.ron");
    std::fs::write(&file, deck).expect("write");
    let (code, out, _) = run_bin(&["validate", s(&file)], data.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("U+001B (escape)"), "{out}");
    assert_eq!(has_raw_control(&out), None, "{out:?}");

    let csv = data.path().join("table.csv");
    std::fs::write(
        &csv,
        "text,owner,topic,explanation\nGuards\u{1b}[2J at\u{0} the doors,AWS,Phys\u{7}ical,Why\u{c}\n",
    )
    .expect("write");
    let out_file = data.path().join("mine.ron");
    let (code, out, err) = run_bin(
        &[
            "import-table",
            s(&csv),
            "--deck",
            "mine",
            "--out",
            s(&out_file),
        ],
        data.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("turned into spaces"), "{err}");
    assert_eq!(has_raw_control(&err), None, "{err:?}");
    let (code, out, _) = run_bin(&["validate", s(&out_file)], data.path());
    assert_eq!(code, 0, "what import-table writes, validate takes: {out}");
}

#[test]
fn list_and_report_print_no_raw_control_characters_and_keep_tables_straight() {
    let data = tempfile::tempdir().expect("data");
    let content = data.path().join("content");
    std::fs::create_dir_all(&content).expect("content");
    // A deck title with an escape sequence and a bell: `list` used to
    // print it raw; now the deck is refused, and the refusal is printed
    // safely.
    let deck = MINIMAL_DECK.replace("Mini deck", "Mini\\u{1b}]0;owned\\u{7} deck");
    std::fs::write(content.join("bad.ron"), deck).expect("write");
    let (_, out, err) = run_bin(&["list"], data.path());
    assert_eq!(has_raw_control(&out), None, "{out:?}");
    assert_eq!(has_raw_control(&err), None, "{err:?}");
    assert!(out.contains('\u{241b}') || out.contains("U+001B"), "{out}");
}

#[test]
fn the_report_table_lays_out_multi_line_and_wide_text() {
    use srm_study::model::exercise::{
        Exercise, ExerciseResult, exercise_to_ron, load_exercise_bytes, result_to_ron,
    };
    let dir = tempfile::tempdir().expect("dir");
    let deck = r#"Deck(id: "d", title: "D", topics: [Topic(id: "t", title: "T")],
        items: [
            Item(id: "a", text: "Two\nlines", owner: Aws, topic: "t", explanation: "E"),
            Item(id: "b", text: "Plain", owner: Customer, topic: "t", explanation: "E"),
        ])"#;
    let text = format!("Exercise(id: \"q\", title: \"Q\", deck: {deck})");
    let exercise: Exercise = load_exercise_bytes("q.ron", text.as_bytes()).expect("exercise");
    let exercise_file = dir.path().join("q.ron");
    std::fs::write(&exercise_file, exercise_to_ron(&exercise).expect("ron")).expect("write");
    let results = dir.path().join("results");
    std::fs::create_dir_all(&results).expect("results");
    for (file, student) in [
        ("a.ron", "山田太郎"),
        ("b.ron", "Ana"),
        ("c.ron", "Eve\u{1b}[2J\u{7}"),
    ] {
        let result = ExerciseResult::new("q", student, Vec::new(), 3);
        std::fs::write(results.join(file), result_to_ron(&result).expect("ron")).expect("write");
    }
    let (code, out, err) = run_bin(
        &["report", "--exercise", s(&exercise_file), s(&results)],
        dir.path(),
    );
    assert!(code == 0 || code == 1, "{out}{err}");
    assert_eq!(has_raw_control(&out), None, "{out:?}");
    assert_eq!(has_raw_control(&err), None, "{err:?}");
    // The student table: every row's columns end at the same terminal
    // cell, a CJK character counting two.
    use unicode_width::UnicodeWidthStr;
    let rows: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("student"))
        .take_while(|l| !l.is_empty() && !l.contains("average"))
        .collect();
    assert!(
        rows.len() >= 3,
        "the header and at least two students: {out}"
    );
    let widths: Vec<usize> = rows.iter().map(|r| r.width()).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}\n{out}");
    // The card with a line break stays on its own line of the table.
    let card_lines: Vec<&str> = out.lines().filter(|l| l.contains("Two")).collect();
    assert_eq!(card_lines.len(), 1, "{out}");
    assert!(card_lines[0].contains("lines"), "{out}");
    assert!(!out.lines().any(|l| l.trim() == "lines"), "{out}");
}

/// Runs the binary, killing it after `limit`; returns whether it ended in
/// time, and its stderr.
fn ends_within(args: &[&str], data_dir: &Path, limit: Duration) -> (bool, String) {
    let mut child = common::command()
        .args(args)
        .env("SRM_STUDY_DATA_DIR", data_dir)
        .env("SRM_STUDY_LRS_SECRET", "secret")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = Instant::now();
    while started.elapsed() < limit {
        if child.try_wait().expect("wait").is_some() {
            let output = child.wait_with_output().expect("output");
            return (true, String::from_utf8_lossy(&output.stderr).into_owned());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    (false, String::new())
}

#[cfg(unix)]
#[test]
fn fifo_lrs_files_never_hang_lrs_send() {
    for name in ["lrs.ron", "lrs-queue.ron", "lrs-secret"] {
        let data = tempfile::tempdir().expect("data");
        let status = std::process::Command::new("mkfifo")
            .arg(data.path().join(name))
            .status()
            .expect("mkfifo");
        assert!(status.success());
        let (ended, err) = ends_within(
            &[
                "lrs",
                "send",
                "--endpoint",
                "http://127.0.0.1:9/xapi",
                "--key",
                "k",
            ],
            data.path(),
            Duration::from_secs(20),
        );
        assert!(ended, "a FIFO {name} hung `lrs send`");
        if name != "lrs-secret" {
            assert!(err.contains("not a regular file"), "{name}: {err}");
        }
    }
}

//! Hostile and oversized files: every parser (deck, exercise, result,
//! progress) returns cleanly, without a panic or a hang, on a large valid
//! deck, a file over the 8 MiB limit and 100,000 levels of nesting. Crashes
//! found by fuzzing (`fuzz/`, see BENCHMARKS.md) end up here as regression
//! tests.

use std::sync::mpsc;
use std::time::Duration;

use srm_study::io::files::load_deck;
use srm_study::model::exercise::{load_any, load_exercise_bytes, load_result_bytes};
use srm_study::model::load::{ErrorKind, LoadError, MAX_FILE_BYTES, load_deck_bytes};
use srm_study::model::progress::{Progress, ProgressError};

#[path = "../benches/support/mod.rs"]
mod support;

/// 2025-11-28 00:00:00 UTC.
const NOW: u64 = 1_764_288_000;

/// How deep the hostile files nest.
const DEPTH: usize = 100_000;

/// Runs `f` on a thread with a 2 MiB stack (a test thread's default, and
/// less than the main thread's 8 MiB), failing if it takes over `secs`
/// seconds instead of hanging, and passing on its panic if it panics.
fn within<T: Send + 'static>(secs: u64, what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("a thread starts");
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{what}: no answer in {secs} s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => panic!("{what}: the thread ended without an answer"),
        },
    }
}

/// The parsers under test, each reduced to "the errors, if it failed".
type Parser = fn(&[u8]) -> Result<(), Vec<LoadError>>;

fn deck(bytes: &[u8]) -> Result<(), Vec<LoadError>> {
    load_deck_bytes("deck.ron", bytes).map(drop)
}

fn exercise(bytes: &[u8]) -> Result<(), Vec<LoadError>> {
    load_exercise_bytes("exercise.ron", bytes).map(drop)
}

fn result(bytes: &[u8]) -> Result<(), Vec<LoadError>> {
    load_result_bytes("result.ron", bytes).map(drop)
}

fn any(bytes: &[u8]) -> Result<(), Vec<LoadError>> {
    load_any("any.ron", bytes).map(drop)
}

fn progress(bytes: &[u8]) -> Result<(), Vec<LoadError>> {
    match Progress::from_ron("progress.ron", bytes, NOW) {
        Ok(_) => Ok(()),
        Err(ProgressError::Load(e)) => Err(vec![e]),
        Err(other) => panic!("progress: expected a load error, got {other}"),
    }
}

const PARSERS: [(&str, Parser); 5] = [
    ("deck", deck),
    ("exercise", exercise),
    ("result", result),
    ("any file", any),
    ("progress", progress),
];

/// Each parser must refuse `text` with an error of `kind`, quickly.
fn refused_by_all(case: &str, text: Vec<u8>, kind: ErrorKind) {
    let text = std::sync::Arc::new(text);
    for (name, parse) in PARSERS {
        let bytes = std::sync::Arc::clone(&text);
        let what = format!("{name} parser, {case}");
        let outcome = within(60, &what, move || parse(&bytes));
        let errors = match outcome {
            Ok(()) => panic!("{what}: accepted"),
            Err(errors) => errors,
        };
        assert!(
            errors.iter().any(|e| e.kind == kind),
            "{what}: expected {kind:?}, got {errors:?}"
        );
        for e in &errors {
            assert!(e.to_string().len() < 2_000, "{what}: a huge message: {e}");
        }
    }
}

#[test]
fn a_ten_thousand_card_deck_loads() {
    let text = support::big_deck_ron(10_000);
    assert!(text.len() as u64 <= MAX_FILE_BYTES, "{} bytes", text.len());
    let deck = within(120, "10,000 cards", move || {
        load_deck_bytes("big.ron", text.as_bytes())
    })
    .unwrap_or_else(|e| panic!("the big deck loads: {e:?}"));
    assert_eq!(deck.items.len(), 10_000);
}

#[test]
fn files_over_eight_mebibytes_are_refused_cleanly() {
    // A deck that would be valid but for its size.
    let mut text = support::big_deck_ron(10_000).into_bytes();
    while text.len() as u64 <= MAX_FILE_BYTES {
        text.extend_from_slice(b"// padding to go over the limit\n");
    }
    refused_by_all("9 MiB", text.clone(), ErrorKind::TooLarge);

    // From disk too, before the file is read whole.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    std::fs::write(&path, &text).expect("write");
    let errors = load_deck(&path).expect_err("refused");
    assert_eq!(errors[0].kind, ErrorKind::TooLarge, "{errors:?}");
    assert!(errors[0].to_string().contains("8 MiB"), "{}", errors[0]);
}

/// `open` repeated [`DEPTH`] times inside `prefix`, then `close` as often.
fn nested(prefix: &str, open: &str, close: &str, suffix: &str) -> Vec<u8> {
    let mut text = String::with_capacity(prefix.len() + DEPTH * (open.len() + close.len()) + 8);
    text.push_str(prefix);
    for _ in 0..DEPTH {
        text.push_str(open);
    }
    for _ in 0..DEPTH {
        text.push_str(close);
    }
    text.push_str(suffix);
    text.into_bytes()
}

/// The start of each kind of file, up to a field whose value follows.
const HEADS: [&str; 4] = [
    "Deck(id: \"d\", title: \"D\", topics: ",
    "Exercise(id: \"e\", title: \"E\", deck: ",
    "ExerciseResult(exercise: \"e\", student: \"S\", answers: ",
    "Progress(version: 1, cards: ",
];

#[test]
fn deep_nesting_is_refused_cleanly() {
    // Lists, tuples, named structs, options and maps, nested in a field of
    // each kind of file (and bare), through every parser.
    let shapes = [
        ("[", "]"),
        ("(", ")"),
        ("A(", ")"),
        ("Some(", ")"),
        ("{\"k\":", "}"),
    ];
    for head in HEADS.into_iter().chain([""]) {
        let tail = if head.is_empty() { "" } else { ")" };
        for (open, close) in shapes {
            let case = format!("{head}{open}..{close}{tail}");
            refused_by_all(&case, nested(head, open, close, tail), ErrorKind::Syntax);
        }
    }
}

#[test]
fn deep_nesting_in_ignored_values_is_refused_cleanly() {
    // Values nobody reads still have to be parsed: the `score:` of a result
    // (ignored on purpose), and every field the progress file's version
    // probe skips.
    let cases = [
        (
            "an ignored score",
            nested(
                "ExerciseResult(exercise: \"e\", student: \"s\", answers: [], seconds: 1, score: ",
                "[",
                "]",
                ")",
            ),
        ),
        (
            "a skipped progress field",
            nested("Progress(version: 1, exercises: ", "[", "]", ")"),
        ),
        (
            "an unknown progress field",
            nested("Progress(version: 1, later: ", "(", ")", ")"),
        ),
    ];
    for (case, text) in cases {
        refused_by_all(case, text, ErrorKind::Syntax);
    }
}

#[test]
fn deeply_nested_comments_do_not_crash() {
    // Block comments nest in RON; 100,000 of them open and closed around a
    // valid deck, and 100,000 left open.
    let valid = "Deck(id: \"d\", title: \"D\", topics: [Topic(id: \"t\", title: \"T\")],
        items: [Item(id: \"a\", text: \"A\", owner: Aws, topic: \"t\", explanation: \"E\")])";
    let closed = nested("", "/*", "*/", valid);
    let open = nested("", "/*", "", "");
    for (case, text) in [("closed comments", closed), ("open comments", open)] {
        let text = std::sync::Arc::new(text);
        for (name, parse) in PARSERS {
            let bytes = std::sync::Arc::clone(&text);
            let what = format!("{name} parser, {case}");
            // Accepted or refused, but answered.
            let _ = within(60, &what, move || parse(&bytes));
        }
    }
}

//! The command line and odd files: `validate` applies the app's catalog
//! rules, `list` fails when a deck was refused, and FIFOs are refused at
//! once wherever a path is read.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{MINIMAL_DECK, run_bin};

/// [`MINIMAL_DECK`] under the id of the built-in `srm-core` deck.
fn clashing_deck() -> String {
    MINIMAL_DECK.replacen("id: \"mini\"", "id: \"srm-core\"", 1)
}

#[test]
fn validate_refuses_a_deck_whose_id_a_builtin_deck_has() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deck = clashing_deck();
    assert_ne!(deck, MINIMAL_DECK, "the test deck names its id");
    let file = dir.path().join("clash.ron");
    std::fs::write(&file, deck).expect("write");
    let (code, out, err) = run_bin(&["validate", file.to_str().expect("utf-8")], dir.path());
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("srm-core"), "{out}");
    assert!(!out.starts_with("OK"), "{out}");
}

#[test]
fn validate_refuses_two_given_decks_with_one_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["a.ron", "b.ron"] {
        std::fs::write(dir.path().join(name), MINIMAL_DECK).expect("write");
    }
    let data = tempfile::tempdir().expect("data");
    let (code, out, _) = run_bin(
        &["validate", dir.path().to_str().expect("utf-8")],
        data.path(),
    );
    assert_eq!(code, 1, "{out}");
    let (code, out, _) = run_bin(
        &[
            "validate",
            dir.path().join("a.ron").to_str().expect("utf-8"),
        ],
        data.path(),
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("OK: 1 deck,"),
        "only the file given counts: {out}"
    );
}

#[test]
fn validate_without_paths_includes_the_user_content_folder() {
    let data = tempfile::tempdir().expect("tempdir");
    let content = data.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    std::fs::write(content.join("clash.ron"), clashing_deck()).expect("write");
    let (code, out, _) = run_bin(&["validate"], data.path());
    assert_eq!(
        code, 1,
        "the app refuses this deck, so validate does: {out}"
    );
    assert!(out.contains("clash.ron"), "{out}");
}

#[test]
fn list_exits_one_when_a_deck_was_refused() {
    let data = tempfile::tempdir().expect("tempdir");
    let content = data.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    std::fs::write(content.join("clash.ron"), clashing_deck()).expect("write");
    let (code, out, _) = run_bin(&["list"], data.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not loaded"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("srm-core\t")), "{out}");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
}

/// Runs the binary, failing if it takes more than a few seconds (a FIFO
/// opened for reading would wait forever for a writer).
fn run_quickly(args: &[&str], data: &Path) -> (i32, String, String) {
    let started = Instant::now();
    let answer = run_bin(args, data);
    assert!(started.elapsed() < Duration::from_secs(20), "{args:?} hung");
    answer
}

#[cfg(unix)]
#[test]
fn validate_a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("fifo.ron");
    mkfifo(&fifo);
    let (code, out, err) = run_quickly(&["validate", fifo.to_str().expect("utf-8")], dir.path());
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("not a regular file"), "{out}");
}

#[cfg(unix)]
#[test]
fn report_with_a_fifo_exercise_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("fifo.ron");
    mkfifo(&fifo);
    let result = dir.path().join("result.ron");
    std::fs::write(&result, "()").expect("write");
    let (code, out, err) = run_quickly(
        &[
            "report",
            "--exercise",
            fifo.to_str().expect("utf-8"),
            result.to_str().expect("utf-8"),
        ],
        dir.path(),
    );
    assert_ne!(code, 0, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("not a regular file"),
        "{out}{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_among_results_or_as_a_deck_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    mkfifo(&content.join("deck.ron"));
    let (code, out, _) = run_quickly(&["list"], dir.path());
    assert_eq!(code, 1, "{out}");
    let (code, out, _) = run_quickly(&["validate"], dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not a regular file"), "{out}");
}

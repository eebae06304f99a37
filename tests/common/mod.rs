//! Helpers shared by the integration tests.
#![allow(dead_code)]

use srm_study::model::Deck;
use srm_study::model::load::{LoadError, load_deck_str};

pub mod gui;
pub mod instructor;
pub mod layout;
pub mod pseudo;
pub mod sizes;
pub mod xml_tree;

/// The smallest valid deck, for tests to break one piece at a time.
pub const MINIMAL_DECK: &str = r#"Deck(
    id: "mini",
    title: "Mini deck",
    topics: [Topic(id: "basics", title: "Basics")],
    items: [
        Item(id: "one", text: "Guarding the data centre", owner: Aws, topic: "basics",
             explanation: "AWS runs the buildings."),
    ],
)"#;

/// Loads deck text that must be valid, failing with every error shown.
pub fn load_ok(label: &str, text: &str) -> Deck {
    match load_deck_str(label, text) {
        Ok(deck) => deck,
        Err(errors) => panic!("{label} should load, got:\n{}", show(&errors)),
    }
}

/// Loads deck text that must fail, returning the errors.
pub fn load_err(label: &str, text: &str) -> Vec<LoadError> {
    match load_deck_str(label, text) {
        Ok(deck) => panic!("{label} should fail, but loaded deck {:?}", deck.id),
        Err(errors) => errors,
    }
}

/// Every error on its own line.
pub fn show(errors: &[LoadError]) -> String {
    errors.iter().map(|e| format!("  {e}\n")).collect()
}

/// The path of the built binary (`SRM_STUDY_TEST_BIN` names another copy,
/// for builds that share a target folder).
pub fn bin() -> &'static str {
    static BIN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        std::env::var("SRM_STUDY_TEST_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_srm-study").to_owned())
    })
}

/// The real binary as a command, its messages in English
/// (`SRM_STUDY_LANG=en`), so that the tests' English assertions do not
/// depend on the machine's locale; a test may set another language.
pub fn command() -> std::process::Command {
    let mut command = std::process::Command::new(bin());
    command.env("SRM_STUDY_LANG", "en");
    command
}

/// Runs the real binary with `args` and an isolated data folder, its
/// messages in English; returns (exit code, stdout, stderr).
pub fn run_bin(args: &[&str], data_dir: &std::path::Path) -> (i32, String, String) {
    run_bin_env(args, data_dir, &[])
}

/// [`run_bin`] with more environment variables (`SRM_STUDY_LANG=ja` for
/// Japanese messages).
pub fn run_bin_env(
    args: &[&str],
    data_dir: &std::path::Path,
    env: &[(&str, &str)],
) -> (i32, String, String) {
    let output = command()
        .args(args)
        .env("SRM_STUDY_DATA_DIR", data_dir)
        .envs(env.iter().copied())
        .output()
        .expect("the srm-study binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Reads CSV text back with the `csv` crate: the header and every row.
pub fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("the CSV has a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// A first attempt at one card, `item_id` of deck `deck` (topic `topic`),
/// which belongs to `owner` and was placed in `placed`, in 10 seconds: what
/// the progress tests record again and again.
pub fn one_card_attempt(
    item_id: String,
    owner: srm_study::model::Owner,
    placed: srm_study::model::Owner,
) -> srm_study::model::session::FirstAttempt {
    use srm_study::model::catalog::CardRef;
    use srm_study::model::session::{FirstAttempt, Score, SessionCard};
    FirstAttempt {
        cards: vec![(
            SessionCard {
                card: CardRef { deck: 0, item: 0 },
                deck_id: "deck".into(),
                item_id,
                topic: "topic".into(),
                owner,
            },
            Some(placed),
        )],
        score: Score::grade([(owner, Some(placed))], false),
        seconds: 10,
    }
}

/// Says that this test cannot run here, where a person sees it: under
/// `CI=true` the test fails (CI must run it); elsewhere one line,
/// `skipped: TEST: needs WHAT (install HOW)`, goes straight to the
/// terminal. (libtest hides what a passing test prints with `eprintln!`,
/// so a skipped test looked green; a direct write to stderr is not
/// captured.)
pub fn skip(test: &str, needs: &str, install: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI must run {test}, but it needs {needs} ({install})"
    );
    use std::io::Write;
    let line = format!("skipped: {test}: needs {needs} ({install})\n");
    let _ = std::io::stderr().write_all(line.as_bytes());
}

//! Never silent: while progress is not being saved, the status bar says so
//! and offers "Try again"; driven through egui_kittest.

mod common;

use egui_kittest::kittest::Queryable;
use srm_study::io::paths::AppPaths;
use srm_study::io::progress_store::{NEWER_READ_ONLY, load};
use srm_study::model::catalog::CardRef;
use srm_study::model::clock::Clock;
use srm_study::model::deck::Owner;
use srm_study::model::session::{FirstAttempt, Score, SessionCard};
use srm_study::ui::{AppState, Area};

use common::gui::{app_harness, builtin_catalog};

/// 2024-01-01 00:00:00 UTC, in milliseconds.
const START_MS: u64 = 1_704_067_200_000;

fn with_disk(dir: &std::path::Path) -> AppState {
    let paths = AppPaths {
        data_dir: dir.to_path_buf(),
    };
    AppState::with_storage(
        builtin_catalog(),
        Area::Progress,
        paths,
        vec![],
        Clock::manual(START_MS),
    )
}

fn attempt() -> FirstAttempt {
    FirstAttempt {
        cards: vec![(
            SessionCard {
                card: CardRef { deck: 0, item: 0 },
                deck_id: "srm-core".into(),
                item_id: "x".into(),
                topic: "t".into(),
                owner: Owner::Aws,
            },
            Some(Owner::Aws),
        )],
        score: Score::grade([(Owner::Aws, Some(Owner::Aws))], false),
        seconds: 5,
    }
}

#[test]
fn a_failed_save_stays_in_the_status_bar_until_try_again_works() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("progress.ron");
    let mut harness = app_harness(with_disk(dir.path()));
    harness.run();
    harness
        .state_mut()
        .shared
        .record_attempt(&attempt(), 1, "First");
    assert!(path.exists());
    // A folder where the backup goes makes the next save fail.
    std::fs::create_dir(dir.path().join("progress.ron.bak")).expect("mkdir");
    harness
        .state_mut()
        .shared
        .record_attempt(&attempt(), 1, "Second");
    harness.run();
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().shared.banner.is_none());
    harness.get_by_label_contains("Progress is not being saved");
    std::fs::remove_dir(dir.path().join("progress.ron.bak")).expect("rmdir");
    harness.get_by_label("Try again").click();
    harness.run();
    assert!(harness.query_by_label_contains("not being saved").is_none());
    assert!(harness.query_by_label("Try again").is_none());
    let titles: Vec<String> = load(&path, 0)
        .progress
        .exercises
        .into_iter()
        .map(|e| e.title)
        .collect();
    assert_eq!(
        titles,
        ["First", "Second"],
        "the failed save's exercise was kept"
    );
}

#[test]
fn a_newer_progress_file_is_shown_read_only_and_said_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("progress.ron");
    let newer = "Progress(version: 9, exercises: [], cards: {}, future: 1)\n";
    std::fs::write(&path, newer).expect("write");
    let mut harness = app_harness(with_disk(dir.path()));
    harness.run();
    harness.get_by_label_contains(NEWER_READ_ONLY);
    harness
        .state_mut()
        .shared
        .record_attempt(&attempt(), 1, "Ignored");
    harness.get_by_label("Try again").click();
    harness.run();
    harness.get_by_label_contains(NEWER_READ_ONLY);
    assert_eq!(std::fs::read_to_string(&path).expect("file"), newer);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".srm-study.lock")
        .collect();
    assert_eq!(names, ["progress.ron"], "nothing written beside it");
    // Once the newer file is gone (moved by the person), saving resumes.
    std::fs::remove_file(&path).expect("remove");
    harness.get_by_label("Try again").click();
    harness.run();
    assert!(harness.query_by_label_contains(NEWER_READ_ONLY).is_none());
    assert_eq!(load(&path, 0).progress.exercises.len(), 1);
}

#[test]
fn pseudo_locale_walk_shell_banner_and_progress_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = with_disk(dir.path());
    common::pseudo::pseudo(&mut state);
    let mut harness = app_harness(state);
    harness.run();
    harness
        .state_mut()
        .shared
        .record_attempt(&attempt(), 1, "First");
    // A folder where the backup goes makes the next save fail: the banner
    // says so, and the status bar keeps saying it with "Try again".
    std::fs::create_dir(dir.path().join("progress.ron.bak")).expect("mkdir");
    harness
        .state_mut()
        .shared
        .record_attempt(&attempt(), 1, "Second");
    harness.run();
    assert!(harness.state().shared.banner.is_some());
    assert!(harness.state().shared.progress_problem.is_some());
    let left = common::pseudo::untranslated(&harness, &["First", "Second"]);
    assert!(left.is_empty(), "the banner and the status bar: {left:#?}");
    // Inside the translated sentence, only the system's own words (the
    // end, after the last ": ") and the path stay as they are.
    let problem = harness
        .state()
        .shared
        .progress_problem
        .clone()
        .expect("a problem");
    let system = problem
        .rsplit(": ")
        .next()
        .unwrap_or_default()
        .trim_end_matches(']')
        .to_owned();
    let folder = dir.path().display().to_string();
    let inside = common::pseudo::english_inside(&harness, &["First", "Second", &system, &folder]);
    assert!(inside.is_empty(), "inside the banner: {inside:#?}");
}

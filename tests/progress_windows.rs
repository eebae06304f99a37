//! Two windows on one data folder: two processes record exercises into the
//! same `progress.ron` at the same time, through the app's own saving
//! (`Shared::record_attempt`), and every exercise of both is kept, once.
//!
//! The children are this same test binary, re-run on the ignored test
//! [`window_child`] with `SRM_WINDOW_CHILD` naming the data folder and
//! `SRM_WINDOW_NAME` the window.

mod common;

use std::path::PathBuf;
use std::process::Command;

use srm_study::io::paths::AppPaths;
use srm_study::io::progress_store::load;
use srm_study::model::Catalog;
use srm_study::model::clock::Clock;
use srm_study::model::deck::Owner;
use srm_study::model::session::FirstAttempt;
use srm_study::ui::action::Area;
use srm_study::ui::state::AppState;

const CHILD_ENV: &str = "SRM_WINDOW_CHILD";
const NAME_ENV: &str = "SRM_WINDOW_NAME";
/// Exercises each window records.
const EACH: usize = 200;

fn attempt(n: usize) -> FirstAttempt {
    let owner = Owner::ALL[n % 3];
    common::one_card_attempt(format!("card-{}", n % 11), owner, owner)
}

/// One window: opens the data folder as the app does and records
/// [`EACH`] exercises, each saved at once.
#[test]
#[ignore = "a child process of two_windows_recording_at_once_lose_nothing"]
fn window_child() {
    let (Some(dir), Some(name)) = (std::env::var_os(CHILD_ENV), std::env::var(NAME_ENV).ok())
    else {
        return;
    };
    let paths = AppPaths {
        data_dir: PathBuf::from(dir),
    };
    let mut state =
        AppState::with_storage(Catalog::new(), Area::Sort, paths, Vec::new(), Clock::System);
    for n in 0..EACH {
        state
            .shared
            .record_attempt(&attempt(n), 1, &format!("{name} {n}"));
        assert_eq!(state.shared.progress_problem, None, "{name}: a save failed");
    }
}

#[test]
fn two_windows_recording_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exe = std::env::current_exe().expect("this test binary");
    let children: Vec<_> = ["A", "B"]
        .into_iter()
        .map(|name| {
            Command::new(&exe)
                .args(["window_child", "--exact", "--ignored", "--nocapture"])
                .env(CHILD_ENV, dir.path())
                .env(NAME_ENV, name)
                .spawn()
                .expect("start a window")
        })
        .collect();
    for mut child in children {
        let status = child.wait().expect("wait for a window");
        assert!(status.success(), "a window failed: {status}");
    }
    let outcome = load(&dir.path().join("progress.ron"), 0);
    assert_eq!(outcome.notice, None);
    let progress = outcome.progress;
    let titles: std::collections::BTreeSet<&str> = progress
        .exercises
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    assert_eq!(progress.exercises.len(), 2 * EACH, "every exercise, once");
    for name in ["A", "B"] {
        for n in 0..EACH {
            assert!(
                titles.contains(format!("{name} {n}").as_str()),
                "{name} {n} is missing"
            );
        }
        let own: Vec<usize> = progress
            .exercises
            .iter()
            .filter_map(|e| e.title.strip_prefix(&format!("{name} ")))
            .map(|n| n.parse().expect("number"))
            .collect();
        assert_eq!(own, (0..EACH).collect::<Vec<_>>(), "{name}'s in order");
    }
    assert!(
        progress
            .exercises
            .windows(2)
            .all(|w| w[0].when <= w[1].when),
        "in time order"
    );
    let seen: u32 = progress.cards.values().map(|s| s.times_seen).sum();
    assert_eq!(seen as usize, 2 * EACH, "every card attempt counted once");
}

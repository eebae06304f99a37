//! The kill test: a process that saves progress in a loop is killed with
//! SIGKILL at random moments, hundreds of times. After every kill the file
//! must load without a notice and hold every exercise whose save had finished.
//!
//! The child is this same test binary, re-run on the ignored test
//! [`kill_child`] with `SRM_KILL_CHILD` naming the data folder. It appends one
//! exercise per save and prints `ready` after loading, then `saved N` after
//! each finished save. The parent kills it 0–30 ms (seeded) after `ready`.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use srm_study::io::progress_store::{backup_path, load, save};
use srm_study::model::deck::Owner;
use srm_study::model::progress::Progress;
use srm_study::model::session::FirstAttempt;

/// Names the child's data folder; unset, the child test does nothing.
const CHILD_ENV: &str = "SRM_KILL_CHILD";
/// How many times the child is killed.
const KILLS: usize = 200;
/// The clock of the test: 2024-01-01 00:00:00 UTC.
const NOW: u64 = 1_704_067_200;

/// The first attempt of exercise `n`: one card, right on even `n`.
fn attempt(n: usize) -> FirstAttempt {
    let owner = Owner::ALL[n % 3];
    let placed = if n.is_multiple_of(2) {
        owner
    } else {
        Owner::ALL[(n + 1) % 3]
    };
    common::one_card_attempt(format!("card-{}", n % 7), owner, placed)
}

/// The child: loads the progress, then saves forever, one more exercise
/// each time, printing `saved N` once save N has returned.
#[test]
#[ignore = "the child process of kill_during_save_never_loses_a_finished_save"]
fn kill_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let path = PathBuf::from(dir).join("progress.ron");
    let outcome = load(&path, NOW);
    if let Some(notice) = outcome.notice {
        eprintln!("child: the progress loaded with a notice: {notice}");
        std::process::exit(3);
    }
    let mut progress = outcome.progress;
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").expect("child: write stdout");
    out.flush().expect("child: flush stdout");
    loop {
        let n = progress.exercises.len() + 1;
        progress.record(&attempt(n), 1, &format!("save {n}"), NOW + n as u64);
        save(&path, &progress).expect("child: save");
        writeln!(out, "saved {n}").expect("child: write stdout");
        out.flush().expect("child: flush stdout");
    }
}

/// Loads `path` and checks it: no notice, exercises `save 1..=count` in
/// order. Returns the count.
fn check_file(path: &Path, round: usize) -> usize {
    let outcome = load(path, NOW);
    assert_eq!(
        outcome.notice,
        None,
        "round {round}: {} must load cleanly",
        path.display()
    );
    assert!(outcome.can_save, "round {round}");
    check_sequence(&outcome.progress, round);
    outcome.progress.exercises.len()
}

fn check_sequence(progress: &Progress, round: usize) {
    for (i, exercise) in progress.exercises.iter().enumerate() {
        assert_eq!(
            exercise.title,
            format!("save {}", i + 1),
            "round {round}: exercise {i} is out of order or missing"
        );
    }
}

#[test]
fn kill_during_save_never_loses_a_finished_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("progress.ron");
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut rng = ChaCha8Rng::seed_from_u64(0x5eed_f4b1);
    let started = Instant::now();
    let mut killed_mid_write = 0;
    let mut saved_unprinted = 0;
    let mut last_count = 0;

    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "kill_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
                "-q",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("the child's stdout");
        let read_before_kill = Arc::new(AtomicUsize::new(0));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let reader = {
            let read = Arc::clone(&read_before_kill);
            std::thread::spawn(move || {
                let mut max = 0;
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if line == "ready" {
                        let _ = ready_tx.send(());
                    } else if let Some(n) = line.strip_prefix("saved ") {
                        let n: usize = n.trim().parse().expect("a number after 'saved'");
                        max = max.max(n);
                        read.store(max, Ordering::SeqCst);
                    }
                }
                max
            })
        };

        // The random moment is counted from the end of the child's load, so
        // the kills land in the save loop rather than in process start-up.
        ready_rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|e| panic!("round {round}: the child never got ready: {e}"));
        std::thread::sleep(Duration::from_millis(rng.random_range(0..=30)));
        if let Some(status) = child.try_wait().expect("poll the child") {
            panic!("round {round}: the child stopped by itself: {status}");
        }
        let read_before = read_before_kill.load(Ordering::SeqCst);
        child.kill().expect("SIGKILL the child");
        child.wait().expect("reap the child");
        let printed = reader.join().expect("the reader thread");
        assert!(printed >= read_before);

        let leftovers = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().contains(".tmp-"));
        if leftovers {
            killed_mid_write += 1;
        }

        let count = check_file(&path, round);
        assert!(
            count >= printed,
            "round {round}: the file holds {count} exercises, but 'saved {printed}' was printed \
             ({read_before} read before the kill)"
        );
        assert!(count >= last_count, "round {round}: the file shrank");
        let known = printed.max(last_count);
        assert!(
            count <= known + 1,
            "round {round}: {count} exercises but only {known} finished saves known"
        );
        if count == known + 1 {
            saved_unprinted += 1;
        }
        last_count = count;

        let backup = backup_path(&path);
        if backup.exists() {
            let backup_outcome = load(&backup, NOW);
            assert_eq!(
                backup_outcome.notice, None,
                "round {round}: the backup loads"
            );
            check_sequence(&backup_outcome.progress, round);
            let in_backup = backup_outcome.progress.exercises.len();
            assert!(
                in_backup + 1 == count || in_backup == count,
                "round {round}: backup {in_backup} vs file {count}"
            );
        }
    }

    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![".srm-study.lock", "progress.ron", "progress.ron.bak"]
    );
    assert!(
        last_count > KILLS / 4,
        "the file should keep growing: {last_count}"
    );
    eprintln!(
        "kill test: {KILLS} kills in {:.1?}, {last_count} exercises saved, \
         {killed_mid_write} kills left a temporary file, \
         {saved_unprinted} kills fell between a save and its line",
        started.elapsed()
    );
}

//! The progress file on disk: round trips, backups, and what happens to
//! corrupt, truncated, newer-version and missing files.

use std::path::{Path, PathBuf};

use srm_study::io::progress_store::{LoadOutcome, backup_path, load, save};
use srm_study::model::catalog::CardRef;
use srm_study::model::deck::Owner;
use srm_study::model::progress::Progress;
use srm_study::model::session::{FirstAttempt, Score, SessionCard};

/// 2024-01-01 01:01:01 UTC.
const NOW: u64 = 1_704_067_200 + 3_661;
const STAMP: &str = "20240101-010101";

/// Progress with `n` exercises of two cards each, the second always missed.
fn sample(n: u64) -> Progress {
    let mut progress = Progress::new();
    for i in 0..n {
        let card = |item: &str, owner| SessionCard {
            card: CardRef { deck: 0, item: 0 },
            deck_id: "deck".into(),
            item_id: item.into(),
            topic: "topic".into(),
            owner,
        };
        let first = FirstAttempt {
            cards: vec![
                (card("right", Owner::Aws), Some(Owner::Aws)),
                (card("wrong", Owner::Shared), Some(Owner::Customer)),
            ],
            score: Score::grade(
                [
                    (Owner::Aws, Some(Owner::Aws)),
                    (Owner::Shared, Some(Owner::Customer)),
                ],
                false,
            ),
            seconds: 30 + i,
        };
        progress.record(&first, 1, &format!("Exercise {i}"), NOW - 86_400 + i * 60);
    }
    progress
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("progress.ron");
    (dir, path)
}

/// The names in the folder, sorted, but the data folder's lock file.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list the folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name != ".srm-study.lock")
        .collect();
    names.sort();
    names
}

fn notice(outcome: &LoadOutcome) -> &str {
    outcome
        .notice
        .as_deref()
        .unwrap_or_else(|| panic!("a notice was expected, got none: {outcome:?}"))
}

/// Whether `text` holds `name:LINE:COL:` for some numbers.
fn has_position(text: &str, name: &str) -> bool {
    text.match_indices(&format!("{name}:")).any(|(i, m)| {
        let rest = &text[i + m.len()..];
        let mut parts = rest.splitn(3, ':');
        let line = parts.next().unwrap_or("");
        let col = parts.next().unwrap_or("");
        !line.is_empty()
            && line.bytes().all(|b| b.is_ascii_digit())
            && !col.is_empty()
            && col.bytes().all(|b| b.is_ascii_digit())
    })
}

#[test]
fn round_trip_keeps_everything_and_needs_no_notice() {
    let (_dir, path) = setup();
    let progress = sample(3);
    save(&path, &progress).expect("save");
    let outcome = load(&path, NOW);
    assert_eq!(outcome.notice, None);
    assert!(outcome.can_save);
    assert_eq!(outcome.progress, progress);
}

#[test]
fn missing_file_is_empty_progress_without_notice_and_writes_nothing() {
    let (dir, path) = setup();
    let outcome = load(&path, NOW);
    assert_eq!(outcome.progress, Progress::new());
    assert_eq!(outcome.notice, None);
    assert!(outcome.can_save);
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn backup_rotation_keeps_the_previous_save() {
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("first save");
    assert!(
        !backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    save(&path, &sample(2)).expect("second save");
    assert_eq!(load(&backup_path(&path), NOW).progress, sample(1));
    assert_eq!(load(&path, NOW).progress, sample(2));
    save(&path, &sample(3)).expect("third save");
    assert_eq!(load(&backup_path(&path), NOW).progress, sample(2));
    assert_eq!(
        listing(dir.path()),
        vec!["progress.ron", "progress.ron.bak"],
        "no temporary files are left"
    );
}

#[test]
fn corrupt_file_is_kept_aside_and_the_backup_used() {
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    save(&path, &sample(2)).expect("save");
    let garbage = b"Progress(version: 1, exercises: [ExerciseRecord(when: oops)])\n";
    std::fs::write(&path, garbage).expect("corrupt the file");

    let outcome = load(&path, NOW);
    assert_eq!(outcome.progress, sample(1), "the backup is used");
    assert!(outcome.can_save);
    let text = notice(&outcome);
    let kept = dir.path().join(format!("progress.corrupt-{STAMP}.ron"));
    assert!(text.contains(&kept.display().to_string()), "{text}");
    assert!(
        text.contains(&backup_path(&path).display().to_string()),
        "{text}"
    );
    assert!(
        has_position(text, "progress.ron"),
        "file:line:col in {text}"
    );
    assert_eq!(
        std::fs::read(&kept).expect("kept file"),
        garbage,
        "untouched"
    );
    assert!(!path.exists(), "moved, not copied");

    // Saving now never touches the kept file.
    save(&path, &outcome.progress).expect("save after recovery");
    assert_eq!(std::fs::read(&kept).expect("kept file"), garbage);
    assert_eq!(load(&path, NOW).progress, sample(1));
}

#[test]
fn truncated_file_is_kept_aside_and_the_backup_used() {
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    save(&path, &sample(4)).expect("save");
    let full = std::fs::read(&path).expect("read");
    // Cut at a line end in the middle, as a write stopped between two blocks.
    let cut = full[..full.len() / 2]
        .iter()
        .rposition(|b| *b == b'\n')
        .expect("a line end in the first half");
    let half = &full[..=cut];
    std::fs::write(&path, half).expect("truncate");

    let outcome = load(&path, NOW);
    assert_eq!(outcome.progress, sample(1));
    let text = notice(&outcome);
    assert!(text.contains("ends too early"), "{text}");
    assert!(has_position(text, "progress.ron"), "{text}");
    let kept = dir.path().join(format!("progress.corrupt-{STAMP}.ron"));
    assert_eq!(std::fs::read(&kept).expect("kept file"), half);
}

#[test]
fn empty_file_counts_as_corrupt() {
    let (dir, path) = setup();
    std::fs::write(&path, b"").expect("write");
    let outcome = load(&path, NOW);
    assert_eq!(outcome.progress, Progress::new());
    let text = notice(&outcome);
    assert!(text.contains("empty"), "{text}");
    assert!(text.contains("no backup"), "{text}");
    assert!(
        dir.path()
            .join(format!("progress.corrupt-{STAMP}.ron"))
            .exists()
    );
}

#[test]
fn newer_version_stays_where_it_is_and_is_shown_read_only() {
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    save(&path, &sample(2)).expect("save");
    let newer = format!(
        "{}\n",
        sample(3).to_ron().expect("ron").trim_end().replacen(
            "version: 1,",
            "version: 2, future_field: Something(1),",
            1
        )
    );
    std::fs::write(&path, &newer).expect("write a newer file");
    let backup_before = std::fs::read(backup_path(&path)).expect("backup");

    let outcome = load(&path, NOW);
    let text = notice(&outcome);
    assert!(text.contains("newer SRM Study"), "{text}");
    assert!(text.contains("version 2"), "{text}");
    assert!(!outcome.can_save);
    assert_eq!(
        outcome.blocked.as_deref(),
        Some(srm_study::io::progress_store::NEWER_READ_ONLY)
    );
    assert_eq!(outcome.progress.exercises, sample(3).exercises, "shown");
    assert_eq!(
        listing(dir.path()),
        vec!["progress.ron", "progress.ron.bak"],
        "nothing moved aside"
    );

    let err = save(&path, &sample(4)).expect_err("a newer file is never replaced");
    assert!(err.to_string().contains("newer SRM Study"), "{err}");
    let merged = srm_study::io::progress_store::save_merged(&path, &sample(4), &[], NOW);
    assert!(merged.is_err());
    assert_eq!(std::fs::read_to_string(&path).expect("file"), newer);
    assert_eq!(
        std::fs::read(backup_path(&path)).expect("backup"),
        backup_before
    );
}

#[test]
fn unreadable_newer_layout_starts_empty_and_still_writes_nothing() {
    let (dir, path) = setup();
    let newer = b"Progress(version: 2, exercises: 5)\n";
    std::fs::write(&path, newer).expect("write");
    let outcome = load(&path, NOW);
    assert!(!outcome.can_save);
    assert_eq!(outcome.progress, Progress::new());
    assert_eq!(listing(dir.path()), vec!["progress.ron"]);
}

#[test]
fn two_failures_in_the_same_second_keep_both_files() {
    let (dir, path) = setup();
    std::fs::write(&path, b"(").expect("write");
    let _ = load(&path, NOW);
    std::fs::write(&path, b")").expect("write");
    let outcome = load(&path, NOW);
    let second = dir.path().join(format!("progress.corrupt-{STAMP}-2.ron"));
    assert!(notice(&outcome).contains(&second.display().to_string()));
    assert_eq!(std::fs::read(second).expect("second kept file"), b")");
}

#[test]
fn missing_file_with_a_backup_is_restored_from_it() {
    let (_dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    save(&path, &sample(2)).expect("save");
    std::fs::remove_file(&path).expect("remove");
    let outcome = load(&path, NOW);
    assert_eq!(outcome.progress, sample(1));
    let text = notice(&outcome);
    assert!(text.contains("missing"), "{text}");
    assert!(
        text.contains(&backup_path(&path).display().to_string()),
        "{text}"
    );
}

#[test]
fn corrupt_file_and_corrupt_backup_are_both_kept_and_progress_starts_empty() {
    let (dir, path) = setup();
    std::fs::write(&path, b"Progress(version: 1,").expect("write");
    std::fs::write(backup_path(&path), b"\xff\xfe not text").expect("write");
    let outcome = load(&path, NOW);
    assert_eq!(outcome.progress, Progress::new());
    assert!(outcome.can_save);
    let text = notice(&outcome);
    assert!(text.contains("starts empty"), "{text}");
    assert!(text.contains("UTF-8"), "{text}");
    assert_eq!(
        listing(dir.path()),
        vec![
            format!("progress.bak-corrupt-{STAMP}.ron"),
            format!("progress.corrupt-{STAMP}.ron"),
        ]
    );
}

#[test]
fn version_zero_file_loads_migrated_without_notice() {
    let (_dir, path) = setup();
    std::fs::write(
        &path,
        r#"Progress(cards: {"deck/a": CardStats(times_seen: 2, times_right: 1, last_seen: 5, last_right: false)})"#,
    )
    .expect("write");
    let outcome = load(&path, NOW);
    assert_eq!(outcome.notice, None);
    let stats = &outcome.progress.cards["deck/a"];
    assert_eq!((stats.leitner_box, stats.due), (1, NOW));
    save(&path, &outcome.progress).expect("save");
    assert!(
        std::fs::read_to_string(backup_path(&path))
            .expect("backup")
            .contains("last_right"),
        "the old layout stays in the backup"
    );
}

#[test]
fn stale_temporary_files_of_dead_saves_are_removed() {
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    for name in [
        ".progress.ron.tmp-999999999",
        ".progress.ron.bak.tmp-999999998",
        ".other.ron.tmp-1",
    ] {
        std::fs::write(dir.path().join(name), b"half").expect("write");
    }
    let outcome = load(&path, NOW);
    assert_eq!(outcome.notice, None);
    assert_eq!(
        listing(dir.path()),
        vec![".other.ron.tmp-1", "progress.ron"],
        "only this file's temporaries go"
    );
}

#[cfg(unix)]
#[test]
fn a_bad_file_that_cannot_be_moved_blocks_saving() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = setup();
    std::fs::write(&path, b"garbage(").expect("write");
    let set_mode = |mode| {
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    set_mode(0o555);
    let probe = dir.path().join("probe");
    if std::fs::write(&probe, b"").is_ok() {
        // Running as root: permissions do not stop renames; nothing to test.
        let _ = std::fs::remove_file(probe);
        set_mode(0o755);
        return;
    }
    let outcome = load(&path, NOW);
    set_mode(0o755);
    assert!(!outcome.can_save);
    assert!(notice(&outcome).contains("will not be saved"));
    assert_eq!(std::fs::read(&path).expect("still there"), b"garbage(");
}

/// A file the app may read but never rename, even as root: /proc.
#[cfg(target_os = "linux")]
#[test]
fn a_bad_file_in_a_folder_that_refuses_renames_blocks_saving() {
    let path = Path::new("/proc/version");
    let before = std::fs::read(path).expect("read /proc/version");
    let outcome = load(path, NOW);
    assert!(!outcome.can_save, "{outcome:?}");
    assert_eq!(outcome.progress, Progress::new());
    let text = notice(&outcome);
    assert!(text.contains("will not be saved"), "{text}");
    assert!(text.contains("/proc/version:1:"), "{text}");
    assert_eq!(std::fs::read(path).expect("still there"), before);
}

#[test]
fn reset_keeps_the_old_progress_beside_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("progress.ron");
    assert_eq!(
        srm_study::io::progress_store::reset(&path, 0).expect("reset of nothing"),
        None
    );
    let mut progress = srm_study::model::progress::Progress::new();
    progress.version = srm_study::model::progress::CURRENT_VERSION;
    srm_study::io::progress_store::save(&path, &progress).expect("save");
    let before = std::fs::read(&path).expect("read");
    let kept = srm_study::io::progress_store::reset(&path, 1_764_300_000)
        .expect("reset")
        .expect("kept file");
    assert_eq!(std::fs::read(&kept).expect("kept"), before);
    assert!(
        kept.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("progress.reset-"))
    );
    let outcome = srm_study::io::progress_store::load(&path, 1_764_300_001);
    assert!(outcome.notice.is_none());
    assert!(outcome.progress.exercises.is_empty());
}

/// An exercise over `count` cards of a `catalog`-card catalog starting at
/// `start`, every third answered wrong.
fn wide_attempt(start: usize, count: usize, catalog: usize) -> FirstAttempt {
    let cards: Vec<_> = (0..count)
        .map(|k| {
            let i = (start + k) % catalog;
            let owner = Owner::ALL[i % 3];
            let placed = if i.is_multiple_of(3) {
                Owner::ALL[(i + 1) % 3]
            } else {
                owner
            };
            (
                SessionCard {
                    card: CardRef { deck: 0, item: 0 },
                    deck_id: format!("deck-{:03}", i / 100),
                    item_id: format!("item-{i:05}"),
                    topic: "topic".into(),
                    owner,
                },
                Some(placed),
            )
        })
        .collect();
    let score = Score::grade(cards.iter().map(|(c, p)| (c.owner, *p)), false);
    FirstAttempt {
        cards,
        score,
        seconds: 60,
    }
}

#[test]
fn five_hundred_exercises_over_ten_thousand_cards_reopen() {
    const CATALOG: usize = 10_000;
    let (_dir, path) = setup();
    let mut progress = Progress::new();
    for n in 0..500 {
        // 100 cards each, the whole catalog five times over, and now and
        // then an exercise with every card ("All" ticked).
        let count = if n % 100 == 99 { CATALOG } else { 100 };
        progress.record(
            &wide_attempt(n * 100, count, CATALOG),
            1,
            "Practice",
            NOW + n as u64,
        );
    }
    save(&path, &progress).expect("save");
    let size = std::fs::metadata(&path).expect("file").len();
    assert!(
        size < 2 * 1024 * 1024,
        "{size} bytes: the goal is under 2 MiB for 10,000 cards seen"
    );
    let outcome = load(&path, NOW);
    assert_eq!(outcome.notice, None, "the file written is one that reads");
    assert_eq!(outcome.progress.exercises.len(), 500);
    assert_eq!(
        outcome.progress.cards.len(),
        CATALOG,
        "one entry per card seen"
    );
    let detailed: usize = outcome
        .progress
        .exercises
        .iter()
        .map(|e| e.cards.len())
        .sum();
    assert!(
        detailed <= srm_study::model::progress::MAX_DETAILED_CARD_ATTEMPTS,
        "{detailed} card attempts kept"
    );
    eprintln!("500 exercises over {CATALOG} cards: {size} bytes");
}

#[cfg(unix)]
#[test]
fn saves_go_through_a_symlink_and_keep_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = setup();
    let synced = tempfile::tempdir().expect("synced folder");
    let target = synced.path().join("progress.ron");
    save(&target, &sample(1)).expect("save the target");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    std::os::unix::fs::symlink(&target, &path).expect("symlink");

    let progress = load(&path, NOW).progress;
    srm_study::io::progress_store::save_merged(&path, &progress, &sample(2).exercises[1..], NOW)
        .expect("save through the link");
    let meta = std::fs::symlink_metadata(&path).expect("link");
    assert!(meta.file_type().is_symlink(), "the link stays a link");
    assert_eq!(
        load(&target, NOW).progress,
        sample(2),
        "the target is updated"
    );
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&target), 0o600, "the file keeps its permissions");
    assert_eq!(mode(&backup_path(&path)), 0o600, "the backup gets the same");
    assert_eq!(
        listing(dir.path()),
        vec!["progress.ron", "progress.ron.bak"]
    );
}

#[cfg(unix)]
#[test]
fn temporary_files_of_running_saves_are_kept() {
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    let mut running = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .expect("a running process");
    let name = format!(".progress.ron.tmp-{}", running.id());
    std::fs::write(dir.path().join(&name), b"half").expect("write");
    let _ = load(&path, NOW);
    let kept = dir.path().join(&name).exists();
    running.kill().expect("stop sleep");
    let _ = running.wait();
    assert!(kept, "a live process's temporary file stays");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_progress_ron_loads_at_once() {
    let (_dir, path) = setup();
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let started = std::time::Instant::now();
    let outcome = load(&path, NOW);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let text = notice(&outcome);
    assert!(text.contains("not a regular file"), "{text}");
    assert_eq!(outcome.progress, Progress::new());
}

/// A drill record with `id`, added to `progress`.
fn drill(progress: &mut Progress, id: u64) -> srm_study::model::progress::ExerciseRecord {
    let score = Score::grade([(Owner::Aws, Some(Owner::Aws))], false);
    progress.record_drill_with_id(&format!("Drill {id}"), score, 5, NOW + id, id)
}

#[test]
fn a_save_skips_reading_the_file_it_wrote_itself() {
    use srm_study::io::progress_store::save_merged_known;
    let (_dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    let outcome = load(&path, NOW);
    let stamp = outcome.stamp.clone().expect("a clean load has a stamp");
    // Garble the file in place, keeping its size, inode and time: the
    // stamp still matches, so the save trusts memory and does not parse it
    // (a save that read the file would stop at the garbled bytes).
    let before = std::fs::metadata(&path).expect("meta");
    let garbled = vec![b'#'; before.len() as usize];
    {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .expect("open");
        file.write_all(&garbled).expect("write");
        file.set_modified(before.modified().expect("mtime"))
            .expect("set mtime");
    }
    let mut memory = outcome.progress.clone();
    let record = drill(&mut memory, 7);
    let new_stamp = save_merged_known(&path, &mut memory, &[record], NOW, Some(&stamp))
        .expect("saved without reading")
        .stamp;
    assert_eq!(memory.exercises.len(), 2);
    assert_eq!(load(&path, NOW).progress, memory);
    assert_ne!(new_stamp, Some(stamp), "a new file, a new stamp");
}

#[test]
fn a_file_another_window_wrote_is_read_and_merged_despite_a_stamp() {
    use srm_study::io::progress_store::{save_merged, save_merged_known};
    let (_dir, path) = setup();
    save(&path, &sample(1)).expect("save");
    let first = load(&path, NOW);
    let second = load(&path, NOW);
    // The second window saves one exercise.
    let mut other = second.progress.clone();
    let theirs = drill(&mut other, 2);
    save_merged(&path, &other, &[theirs], NOW).expect("their save");
    // The first window saves with its old stamp: the file changed, so it
    // is read and both exercises are kept.
    let mut memory = first.progress.clone();
    let ours = drill(&mut memory, 3);
    let _saved = save_merged_known(&path, &mut memory, &[ours], NOW, first.stamp.as_ref())
        .expect("our save");
    let titles: Vec<_> = memory.exercises.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["Exercise 0", "Drill 2", "Drill 3"]);
    assert_eq!(load(&path, NOW).progress, memory);
}

#[test]
fn the_backup_is_the_previous_file_whole() {
    let (_dir, path) = setup();
    save(&path, &sample(1)).expect("first");
    let first = std::fs::read(&path).expect("read");
    save(&path, &sample(2)).expect("second");
    assert_eq!(std::fs::read(backup_path(&path)).expect("bak"), first);
    save(&path, &sample(3)).expect("third");
    assert_eq!(load(&backup_path(&path), NOW).progress, sample(2));
    assert_eq!(load(&path, NOW).progress, sample(3));
}

#[cfg(unix)]
#[test]
fn a_symlinked_progress_file_is_locked_beside_its_target() {
    use srm_study::io::fs::FileLock;
    use srm_study::io::progress_store::{lock_path, save_merged};
    let (dir, link) = setup();
    let other = tempfile::tempdir().expect("the target's folder");
    let target = other.path().join("progress.ron");
    save(&target, &sample(1)).expect("save the target");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    assert_eq!(
        lock_path(&link),
        lock_path(&target),
        "one lock for both names"
    );

    // While another process holds the target's lock, a save through the
    // link waits for it.
    let held = FileLock::acquire(&lock_path(&target)).expect("lock");
    let (done_tx, done) = std::sync::mpsc::channel();
    let saver = {
        let link = link.clone();
        std::thread::spawn(move || {
            let mut memory = Progress::new();
            let record = drill(&mut memory, 11);
            let result = save_merged(&link, &memory, &[record], NOW);
            let _ = done_tx.send(());
            result
        })
    };
    assert!(
        done.recv_timeout(std::time::Duration::from_millis(400))
            .is_err(),
        "the save through the link did not wait for the target's lock"
    );
    drop(held);
    saver.join().expect("saver").expect("saved");
    assert_eq!(load(&target, NOW).progress.exercises.len(), 2);
    assert!(
        !dir.path().join(".srm-study.lock").exists(),
        "no lock is taken beside the link"
    );
}

#[cfg(unix)]
#[test]
fn saves_through_a_link_and_to_its_target_at_once_lose_nothing() {
    use srm_study::io::progress_store::save_merged;
    let (_dir, link) = setup();
    let other = tempfile::tempdir().expect("the target's folder");
    let target = other.path().join("progress.ron");
    save(&target, &Progress::new()).expect("the target exists");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let per_writer = 40u64;
    let writers: Vec<_> = [link.clone(), target.clone()]
        .into_iter()
        .enumerate()
        .map(|(w, path)| {
            std::thread::spawn(move || {
                for i in 0..per_writer {
                    let mut memory = Progress::new();
                    let record = drill(&mut memory, 1 + w as u64 * 1000 + i);
                    save_merged(&path, &memory, &[record], NOW).expect("save");
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().expect("writer");
    }
    assert_eq!(
        load(&target, NOW).progress.exercises.len() as u64,
        2 * per_writer,
        "every record of both writers is kept"
    );
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_reported_and_left_as_it_is() {
    use srm_study::io::progress_store::save_merged;
    let (dir, link) = setup();
    let missing = dir.path().join("unmounted").join("progress.ron");
    std::os::unix::fs::symlink(&missing, &link).expect("symlink");
    let outcome = load(&link, NOW);
    let text = notice(&outcome);
    assert!(text.contains("does not exist"), "{text}");
    assert!(!outcome.can_save && outcome.blocked.is_some());
    let mut memory = Progress::new();
    let record = drill(&mut memory, 5);
    let err = save_merged(&link, &memory, &[record], NOW).expect_err("not saved");
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("still there")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert!(!missing.exists() && !missing.parent().expect("parent").exists());
    assert_eq!(listing(dir.path()), vec!["progress.ron"]);
}

#[cfg(unix)]
#[test]
fn a_backup_left_as_a_second_name_of_the_file_leaves_no_temporary_link() {
    // A save that failed on a full disk after keeping the backup leaves
    // progress.ron.bak as a hard link to progress.ron; renaming a link over
    // another name of the same file does nothing, which left
    // `.progress.ron.bak.tmp-PID` behind at the next save.
    let (dir, path) = setup();
    save(&path, &sample(1)).expect("first save");
    let backup = backup_path(&path);
    std::fs::hard_link(&path, &backup).expect("the backup is the file");
    save(&path, &sample(2)).expect("next save");
    assert_eq!(
        listing(dir.path()),
        vec!["progress.ron", "progress.ron.bak"]
    );
    assert_eq!(load(&backup, NOW).progress, sample(1));
    assert_eq!(load(&path, NOW).progress, sample(2));
}

#[test]
fn a_save_that_must_leave_history_out_to_fit_says_so() {
    use srm_study::io::progress_store::save_merged_known;
    use srm_study::model::catalog::CardKey;
    const LIMIT: usize = 8 * 1024 * 1024;
    let (_dir, path) = setup();
    let mut progress = sample(4000);
    let with_history = progress.to_ron().expect("ron").len();
    let mut cards_only = progress.clone();
    cards_only.exercises.clear();
    let base = cards_only.to_ron().expect("ron").len();
    let stats = progress.cards.values().next().cloned().expect("stats");
    let pad = "x".repeat(200);
    let key = |n: usize| CardKey::new("a-deck-with-long-card-ids", &format!("{pad}-{n:08}"));
    cards_only.cards.insert(key(0), stats.clone());
    let one = cards_only.to_ron().expect("ron").len() - base;
    // Card statistics just under the limit, the history on top of them.
    let n = (LIMIT - base - 64 * 1024) / one;
    for i in 0..n {
        progress.cards.insert(key(i), stats.clone());
    }
    assert!(
        with_history - base + n * one > LIMIT,
        "the history does not fit"
    );

    let exercises = progress.exercises.len();
    let saved = save_merged_known(&path, &mut progress, &[], NOW, None).expect("saved");
    let said = saved.trimmed.expect("what was left out is said");
    assert!(said.contains("left out"), "{said}");
    assert!(said.contains("oldest exercise"), "{said}");
    let loaded = load(&path, NOW);
    assert_eq!(loaded.notice, None);
    assert!(loaded.progress.exercises.len() < exercises);
    assert_eq!(loaded.progress.cards.len(), progress.cards.len());
}

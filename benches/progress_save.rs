//! Saving progress over a huge catalog: 500 exercises over 10,000 cards
//! (100 cards each, plus an "All" exercise of every card each 100), then one
//! more exercise saved: by `save_merged` (lock, read and parse the file,
//! merge, keep the backup, write the file, fsync) and the way the app saves
//! (`save_merged_known`: the same, but the file this window wrote last is
//! not read again). Prints the file size.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use srm_study::io::fs::FileStamp;
use srm_study::io::progress_store::{load, save, save_merged, save_merged_known};
use srm_study::model::catalog::CardRef;
use srm_study::model::deck::Owner;
use srm_study::model::progress::Progress;
use srm_study::model::session::{FirstAttempt, Score, SessionCard};

const CATALOG: usize = 10_000;
/// 2024-01-01 00:00:00 UTC.
const NOW: u64 = 1_704_067_200;

fn attempt(start: usize, count: usize) -> FirstAttempt {
    let cards: Vec<_> = (0..count)
        .map(|k| {
            let i = (start + k) % CATALOG;
            let owner = Owner::ALL[i % 3];
            let placed = if i.is_multiple_of(3) {
                Owner::ALL[(i + 1) % 3]
            } else {
                owner
            };
            let card = SessionCard {
                card: CardRef { deck: 0, item: 0 },
                deck_id: format!("deck-{:03}", i / 100),
                item_id: format!("item-{i:05}"),
                topic: "topic".into(),
                owner,
            };
            (card, Some(placed))
        })
        .collect();
    let score = Score::grade(cards.iter().map(|(c, p)| (c.owner, *p)), false);
    FirstAttempt {
        cards,
        score,
        seconds: 60,
    }
}

fn progress_save(c: &mut Criterion) {
    let mut progress = Progress::new();
    for n in 0..500 {
        let count = if n % 100 == 99 { CATALOG } else { 100 };
        progress.record(&attempt(n * 100, count), 1, "Practice", NOW + n as u64);
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("progress.ron");
    save(&path, &progress).expect("save");
    let size = std::fs::metadata(&path).expect("file").len();
    println!("progress.ron: 500 exercises over {CATALOG} cards, {size} bytes");

    let mut group = c.benchmark_group("progress save");
    group.sample_size(20);
    let mut n = 500;
    group.bench_function(
        "save_merged (file read and merged), one new exercise, 10,000 cards seen",
        |b| {
            b.iter(|| {
                n += 1;
                let mut memory = progress.clone();
                let record = memory.record_with_id(
                    &attempt(n * 100, 20),
                    1,
                    "Practice",
                    NOW + n as u64,
                    n as u64,
                );
                let saved = save_merged(&path, &memory, &[record], NOW).expect("save");
                black_box(saved.exercises.len())
            });
        },
    );
    // The app's save: the window knows the file it wrote last, so nothing
    // is read back unless another window wrote since.
    let mut memory = load(&path, NOW).progress;
    let mut stamp = FileStamp::of(&path);
    group.bench_function(
        "save_merged_known (the app's save), one new exercise, 10,000 cards seen",
        |b| {
            b.iter(|| {
                n += 1;
                let record = memory.record_with_id(
                    &attempt(n * 100, 20),
                    1,
                    "Practice",
                    NOW + n as u64,
                    n as u64,
                );
                stamp = save_merged_known(&path, &mut memory, &[record], NOW, stamp.as_ref())
                    .expect("save")
                    .stamp;
                black_box(memory.exercises.len())
            });
        },
    );
    group.bench_function("Progress::to_ron, 10,000 cards seen", |b| {
        b.iter(|| black_box(progress.to_ron().expect("ron").len()));
    });
    group.finish();
}

criterion_group!(benches, progress_save);
criterion_main!(benches);

//! Loading and validating decks: the built-in content and a generated
//! 10,000-card deck (goal: under 50 ms).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use srm_study::io::content::BUILTIN_DECKS;
use srm_study::model::browse::CardIndex;
use srm_study::model::load::load_deck_str;

mod support;

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("builtin decks (load_deck_str)", |b| {
        b.iter(|| {
            for (name, text) in BUILTIN_DECKS {
                let deck = load_deck_str(name, black_box(text));
                assert!(deck.is_ok());
            }
        });
    });
    let big = support::big_deck_ron(10_000);
    println!("generated deck: 10,000 cards, {} bytes of RON", big.len());
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("10k-card deck (load_deck_str)", |b| {
        b.iter(|| {
            let deck = load_deck_str("big.ron", black_box(&big));
            assert!(deck.is_ok());
        });
    });
    let catalog = support::big_catalog(10_000);
    group.bench_function("10k-card search index (CardIndex::new)", |b| {
        b.iter(|| CardIndex::new(black_box(&catalog)));
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);

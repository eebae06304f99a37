//! Loading and validating decks: the built-in content and a generated
//! 10,000-card deck (goal: under 50 ms).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use srm_study::io::content::BUILTIN_DECKS;
use srm_study::model::browse::CardIndex;
use srm_study::model::load::load_deck_str;
use srm_study::ui::{AppState, Area};

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
    // What the window does with the decks before its first frame: the
    // Browse index and the lint of user decks (none here: the built-in
    // decks are checked by the tests, not at every start).
    let builtin = support::builtin_catalog();
    group.bench_function("app state over the built-in decks (AppState::new)", |b| {
        b.iter(|| AppState::new(black_box(builtin.clone()), Area::Browse));
    });
    let mut with_user_deck = support::builtin_catalog();
    let user = support::big_deck_ron(100).replace("id: \"big\"", "id: \"user\"");
    let origin = srm_study::model::Origin::File("user.ron".into());
    assert!(with_user_deck.add_bytes("user.ron", origin, user.as_bytes()));
    group.bench_function("lint a 100-card user deck beside the built-in decks", |b| {
        b.iter(|| srm_study::ui::state::user_lint(black_box(&with_user_deck)));
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);

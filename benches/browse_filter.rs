//! Browse filtering and search over 10,000 cards, one keystroke at a time
//! (goal: under 1 ms per keystroke).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use srm_study::model::Owner;
use srm_study::model::browse::{CardIndex, Filter};

mod support;

fn filter(c: &mut Criterion) {
    let catalog = support::big_catalog(10_000);
    let index = CardIndex::new(&catalog);
    let mut group = c.benchmark_group("browse filter 10k");
    // Each prefix is what the list is filtered with after one keystroke.
    for search in ["l", "la", "lam", "lamb", "lambd", "lambda", "lambda p"] {
        let f = Filter {
            search: search.into(),
            ..Filter::default()
        };
        let hits = index.filter(&catalog, &f).len();
        group.bench_with_input(
            BenchmarkId::new("search", format!("{search:?} ({hits} hits)")),
            &f,
            |b, f| b.iter(|| index.filter(black_box(&catalog), black_box(f))),
        );
    }
    let mut f = Filter::default();
    group.bench_function("no filter", |b| {
        b.iter(|| index.filter(black_box(&catalog), black_box(&f)));
    });
    f.toggle_owner(Owner::Customer);
    f.topic = Some("patch-management".into());
    f.search = "os".into();
    group.bench_function("owner + topic + search", |b| {
        b.iter(|| index.filter(black_box(&catalog), black_box(&f)));
    });
    group.finish();
}

criterion_group!(benches, filter);
criterion_main!(benches);

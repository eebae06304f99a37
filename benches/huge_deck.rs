//! Huge decks (issue 26): validating a 60,000-card deck (goal: under 2 s),
//! importing a 250,000-row table (goal: linear, seconds), and the deck
//! editor on a 60,000-card deck: opening it (goal: under 1 s) and one
//! keystroke in a card's text (goal: within a frame, 16 ms). The lint of
//! that deck (goal: with validation, under 2 s) is sampled too.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use srm_study::model::deck_edit::table::{add_rows, parse_rows, preview};
use srm_study::model::deck_edit::{CardField, EditDoc};
use srm_study::model::lint::lint_deck;
use srm_study::model::load::load_deck_str;

mod support;

/// A table of `rows` distinct cards, with a source URL each (the worst
/// case for finding sources) and a few topics.
fn table(rows: usize) -> String {
    let mut text = String::from("text,owner,topic,explanation,services,source\n");
    for i in 0..rows {
        text.push_str(&format!(
            "Duty number {i} of the shared model,{},Topic {},Why {i},,https://example.com/doc/{i}\n",
            ["AWS", "Customer", "Shared"][i % 3],
            i % 7
        ));
    }
    text
}

fn huge(c: &mut Criterion) {
    let mut group = c.benchmark_group("huge");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));

    // Written compactly, one card a line, as a 60,000-card deck must be to
    // stay within the 8 MiB a deck file may have.
    let mut ron = String::from(
        "Deck(id:\"big\",title:\"Big\",topics:[Topic(id:\"t\",title:\"T\")],items:[\n",
    );
    for i in 0..60_000 {
        ron.push_str(&format!(
            "Item(id:\"card-{i}\",text:\"Card {i}: patching the guest OS\",\
             owner:Customer,topic:\"t\",explanation:\"The customer does.\"),\n"
        ));
    }
    ron.push_str("])\n");
    println!("60,000-card deck: {} bytes of RON", ron.len());
    assert!(ron.len() < 8 * 1024 * 1024);
    group.bench_function("validate a 60,000-card deck (load_deck_str)", |b| {
        b.iter(|| assert!(load_deck_str("big.ron", black_box(&ron)).is_ok()));
    });
    let deck = support::big_deck(60_000);
    let text = support::big_deck_ron(60_000);
    let warnings = lint_deck("big.ron", &deck, &text).len();
    println!("lint of the 60,000-card deck: {warnings} warnings");
    group.bench_function("lint a 60,000-card deck with positions (lint_deck)", |b| {
        b.iter(|| black_box(lint_deck("big.ron", black_box(&deck), &text).len()))
    });

    for rows in [25_000, 250_000] {
        let text = table(rows);
        group.bench_function(
            format!("import a {rows}-row table (parse, preview, add)"),
            |b| {
                b.iter(|| {
                    let rows = parse_rows(black_box(&text)).expect("rows");
                    let mut doc = EditDoc::new_deck("d", "D", "");
                    let table = preview(&doc.deck, &rows);
                    add_rows(&mut doc.deck, &table);
                    black_box(doc.deck.items.len())
                });
            },
        );
    }

    group.bench_function("editor: EditDoc::new over a 60,000-card deck", |b| {
        b.iter(|| black_box(EditDoc::new(black_box(deck.clone()), true).revision()));
    });
    let opened = EditDoc::new(deck.clone(), true);
    group.bench_function("editor: problems of a 60,000-card deck", |b| {
        b.iter(|| black_box(opened.problems("big.ron").errors.len()));
    });
    group.bench_function(
        "editor: open a 60,000-card deck (EditDoc::new, problems)",
        |b| {
            b.iter(|| {
                let doc = EditDoc::new(black_box(deck.clone()), true);
                black_box(doc.problems("big.ron").errors.len())
            });
        },
    );
    // As the editor does: the problems of the last revision are known, so
    // only the card typed in is checked again.
    let mut doc = EditDoc::new(deck.clone(), true);
    let mut text = doc.deck.items[30_000].text.clone();
    let mut problems = doc.problems("big.ron");
    let mut revision = doc.revision();
    group.bench_function(
        "editor: one keystroke in a card of a 60,000-card deck (edit, dirty, problems_since)",
        |b| {
            b.iter(|| {
                text.push('x');
                doc.set_card_field(30_000, CardField::Text, text.clone());
                black_box(doc.is_dirty());
                problems = doc.problems_since("big.ron", &problems, revision);
                revision = doc.revision();
                black_box(problems.errors.len())
            });
        },
    );
    group.finish();
}

criterion_group!(benches, huge);
criterion_main!(benches);

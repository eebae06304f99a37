//! Writes a progress file with simulated study history, for screenshots and
//! benchmarks: `cargo run --example seed_progress -- DATA_DIR [DAYS]`.
//!
//! A simulated student does one or two exercises a day (a review when cards
//! are due, else 12 new cards) and gets better at the cards they have seen.

use std::path::PathBuf;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use srm_study::io::{content, paths::AppPaths, progress_store};
use srm_study::model::progress::{DEFAULT_NEW_CARDS, Progress, card_key};
use srm_study::model::session::{
    ExerciseOptions, Feedback, Selection, Session, SessionCard, choose_cards,
};
use srm_study::model::{Catalog, Owner};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: seed_progress DATA_DIR [DAYS]")?);
    let days: u64 = args.next().map_or(Ok(30), |d| d.parse())?;
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let mut progress = Progress::new();
    let today = srm_study::model::clock::Clock::System.now_secs() / 86_400 * 86_400;
    let start = today - days * 86_400;
    for day in 0..days {
        if rng.random_bool(0.2) {
            continue; // a day off
        }
        for session_of_day in 0..rng.random_range(1..=2u64) {
            let now = start + day * 86_400 + 18 * 3600 + session_of_day * 1800;
            let due = progress.due_count(now);
            let (cards, title) = if due >= 6 {
                (
                    progress.review_queue(&catalog, now, DEFAULT_NEW_CARDS),
                    "Review",
                )
            } else {
                let selection = Selection {
                    count: Some(12),
                    ..Selection::default()
                };
                (choose_cards(&catalog, &selection, now), "Practice")
            };
            let cards = SessionCard::from_catalog(&catalog, &cards);
            let options = ExerciseOptions {
                feedback: Feedback::AtEnd,
                seed: now,
                ..ExerciseOptions::default()
            };
            let mut session = Session::new(cards, options, now * 1000);
            for i in 0..session.cards().len() {
                let card = session.cards()[i].clone();
                let seen = progress
                    .cards
                    .get(&card_key(&card.deck_id, &card.item_id))
                    .map_or(0, |s| s.times_seen);
                let skill = (0.45 + 0.12 * f64::from(seen) + 0.01 * day as f64).min(0.97);
                let owner = if rng.random_bool(skill) {
                    card.owner
                } else {
                    Owner::ALL[(rng.random_range(1..3) + card.owner as usize) % 3]
                };
                session.place(i, owner)?;
            }
            let secs = rng.random_range(90..400);
            session.check((now + secs) * 1000);
            if let Some(first) = session.first_attempt() {
                progress.record(first, 1, title, now + secs);
            }
        }
    }
    let paths = AppPaths { data_dir: dir };
    progress_store::save(&paths.progress_file(), &progress)?;
    println!(
        "wrote {} exercises over {days} days to {}",
        progress.exercises.len(),
        paths.progress_file().display()
    );
    Ok(())
}

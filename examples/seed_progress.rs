//! Writes a progress file with simulated study history, for screenshots:
//! `cargo run --example seed_progress -- DATA_DIR [DAYS]`.
//!
//! The history ends today and comes from the benchmarks' generator
//! (`benches/support`): one or two exercises on most days, by a student who
//! gets better at the cards they have seen.

use std::path::PathBuf;

use srm_study::io::{paths::AppPaths, progress_store};
use srm_study::model::clock::Clock;

#[path = "../benches/support/mod.rs"]
mod support;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: seed_progress DATA_DIR [DAYS]")?);
    let days: u64 = args.next().map_or(Ok(30), |d| d.parse())?;
    let catalog = support::builtin_catalog();
    let today = Clock::System.now_secs() / 86_400 * 86_400;
    let progress = support::study_history(&catalog, days, today, true);
    let paths = AppPaths { data_dir: dir };
    progress_store::save(&paths.progress_file(), &progress)?;
    println!(
        "wrote {} exercises over {days} days to {}",
        progress.exercises.len(),
        paths.progress_file().display()
    );
    Ok(())
}

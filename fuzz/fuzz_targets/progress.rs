//! Any bytes as a progress file: reading never panics, and progress that
//! loads saves to text that loads back equal (a save must never produce a
//! file the next start cannot read).
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_study::model::progress::Progress;

/// 2025-11-28 00:00:00 UTC.
const NOW: u64 = 1_764_288_000;

fuzz_target!(|data: &[u8]| {
    let Ok(progress) = Progress::from_ron("progress.ron", data, NOW) else {
        return;
    };
    let text = progress.to_ron().expect("loaded progress serialises");
    let again = Progress::from_ron("again.ron", text.as_bytes(), NOW)
        .unwrap_or_else(|e| panic!("saved progress loads back: {e}\n{text}"));
    assert_eq!(progress, again, "saved progress loads back equal");
});

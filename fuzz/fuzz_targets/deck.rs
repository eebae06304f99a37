//! Any bytes as a deck file: loading never panics, and a deck that loads
//! writes back (as `export-deck` does) to text that loads equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_study::model::load::{deck_to_ron, load_deck_bytes};

fuzz_target!(|data: &[u8]| {
    let Ok(deck) = load_deck_bytes("fuzz.ron", data) else {
        return;
    };
    let text = deck_to_ron(&deck).expect("a loaded deck serialises");
    let again = load_deck_bytes("again.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("an exported deck loads back: {e:?}\n{text}"));
    assert_eq!(deck, again, "an exported deck loads back equal");
});

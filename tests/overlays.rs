//! The built-in decks' translations (content/i18n/<language>/<deck>.ron):
//! each reads, names a built-in deck and its own folder's language, and has
//! no entry for an unknown id, no duplicate, no empty text and nothing
//! stale. Entries still missing are counted, not failed, while the
//! translations are being written (issue 31).

use std::path::Path;

use srm_study::io::content;
use srm_study::model::Catalog;
use srm_study::model::load::parse_ron_str;
use srm_study::model::overlay::{DeckTranslation, OverlayProblem, check, translate};

#[test]
fn every_built_in_translation_is_valid_against_its_deck() {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/i18n");
    let Ok(languages) = std::fs::read_dir(&root) else {
        return; // No translation yet.
    };
    let mut problems = Vec::new();
    for language in languages.flatten() {
        let tag = language.file_name().to_string_lossy().into_owned();
        let Ok(files) = std::fs::read_dir(language.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            let label = format!("content/i18n/{tag}/{}", file.file_name().to_string_lossy());
            let text = std::fs::read_to_string(&path).expect("a translation file reads");
            let overlay: DeckTranslation = match parse_ron_str(&label, &text) {
                Ok(overlay) => overlay,
                Err(e) => {
                    problems.push(e.to_string());
                    continue;
                }
            };
            if overlay.language != tag {
                problems.push(format!(
                    "{label}: language \"{}\" in the folder {tag}",
                    overlay.language
                ));
            }
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            if stem.as_deref() != Some(overlay.deck.as_str()) {
                problems.push(format!(
                    "{label}: translates \"{}\"; name the file after it",
                    overlay.deck
                ));
            }
            let Some(base) = catalog.decks.iter().find(|d| d.deck.id == overlay.deck) else {
                problems.push(format!("{label}: no built-in deck \"{}\"", overlay.deck));
                continue;
            };
            let mut missing = 0;
            for problem in check(&base.deck, &overlay) {
                match problem {
                    OverlayProblem::Missing(_) => missing += 1,
                    other => problems.push(format!("{label}: {other:?}")),
                }
            }
            let shown = translate(&base.deck, &overlay).deck;
            for (translated, english) in shown.items.iter().zip(&base.deck.items) {
                assert_eq!(translated.owner, english.owner, "{label}: {}", english.id);
            }
            println!(
                "{label}: {} cards translated, {missing} entries missing",
                overlay.items.len()
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

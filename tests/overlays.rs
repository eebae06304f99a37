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

mod common;

use common::{run_bin, run_bin_env};
use srm_study::io::files::load_exercise;
use srm_study::model::exercise::{Answer, ExerciseResult, result_to_ron};
use srm_study::model::lint::lint_catalog;

fn built_in() -> Catalog {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    catalog
}

fn has_kana_or_kanji(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

/// Every built-in card shows in Spanish, German and Japanese: the text and
/// the explanation translated, nothing stale, the owner, topic, services
/// and layer the English card's; and `validate --lint` finds nothing in
/// the translations (leak words of each language, the glossary, service
/// names, entries missing or stale).
#[test]
fn every_built_in_card_shows_translated_with_its_owner_and_the_lint_is_clean() {
    let catalog = built_in();
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    assert_eq!(catalog.languages(), ["de", "es", "ja"]);
    for language in ["es", "de", "ja"] {
        let shown = catalog.in_language(language);
        for (written, translated) in catalog.decks.iter().zip(&shown.decks) {
            assert!(
                translated.stale.is_empty(),
                "{language}: {:?}",
                translated.stale
            );
            assert_eq!(translated.deck.language, language);
            for (english, card) in written.deck.items.iter().zip(&translated.deck.items) {
                assert_eq!(
                    (
                        &card.id,
                        card.owner,
                        &card.topic,
                        &card.services,
                        &card.layer
                    ),
                    (
                        &english.id,
                        english.owner,
                        &english.topic,
                        &english.services,
                        &english.layer
                    )
                );
                assert_ne!(card.text, english.text, "{language} {}", card.id);
                assert_ne!(
                    card.explanation, english.explanation,
                    "{language} {}",
                    card.id
                );
                if language == "ja" {
                    assert!(has_kana_or_kanji(&card.text), "{}: {}", card.id, card.text);
                }
            }
        }
    }
    let warnings: Vec<String> = lint_catalog(&catalog)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
}

/// The translation lint catches what a translator gets wrong: a stale
/// entry, a leak word of the language, an unknown id, a card left in
/// English, a missing entry; each at its file:line:col.
#[test]
fn the_translation_lint_names_stale_leaking_unknown_and_untranslated_entries() {
    let mut catalog = built_in();
    let text = content::BUILTIN_TRANSLATIONS
        .iter()
        .find(|(name, _)| *name == "content/i18n/es/srm-core.ron")
        .map(|(_, text)| *text)
        .expect("the Spanish core translation");
    let mut overlay: DeckTranslation = parse_ron_str("es.ron", text).expect("reads");
    let base = catalog.deck("srm-core").expect("core").deck.clone();
    // Stale: made from other English.
    overlay.items[0].from = "0000000000000000".into();
    // A leak: "tu" ("your") in a card.
    overlay.items[1].text = format!("Cifrar tu {}", overlay.items[1].text);
    // Left in English.
    overlay.items[2].text = base
        .items
        .iter()
        .find(|i| i.id == overlay.items[2].id)
        .expect("card")
        .text
        .clone();
    // An id the deck does not have, and so one entry missing.
    let missing = overlay.items[3].id.clone();
    overlay.items[3].id = "no-such-card".into();
    let ids: Vec<String> = overlay.items[..4].iter().map(|e| e.id.clone()).collect();
    let written = srm_study::model::load::to_pretty_ron(&overlay).expect("ron");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("i18n/es/srm-core.ron");
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, &written).expect("write");
    content::add_translations(&mut catalog, dir.path());
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    let label = path.display().to_string();
    let warnings: Vec<String> = lint_catalog(&catalog)
        .iter()
        .map(ToString::to_string)
        .filter(|w| w.starts_with(&label))
        .collect();
    let find = |id: &str, words: &str| {
        warnings
            .iter()
            .find(|w| w.contains(&format!("\"{id}\"")) && w.contains(words))
            .unwrap_or_else(|| {
                panic!(
                    "no warning on {id} with {words:?}:\n{}",
                    warnings.join("\n")
                )
            })
    };
    let stale = find(&ids[0], "the English changed");
    assert!(
        stale.starts_with(&format!("{label}:")) && stale.contains(": warning: "),
        "{stale}"
    );
    assert!(
        stale[label.len() + 1..]
            .split(':')
            .next()
            .is_some_and(|line| line.parse::<usize>().is_ok()),
        "{stale}"
    );
    find(&ids[1], "\"tu\"");
    find(&ids[2], "the same as the English");
    find("no-such-card", "no such entry");
    find(&missing, "not translated into es");
    // The stale card shows in English; the rest in Spanish.
    let shown = catalog.in_language("es");
    let core = shown.deck("srm-core").expect("core");
    let english = base.items.iter().find(|i| i.id == ids[0]).expect("card");
    let stale_card = core
        .deck
        .items
        .iter()
        .find(|i| i.id == ids[0])
        .expect("card");
    assert_eq!(stale_card.text, english.text);
}

/// A translation can never move a duty: one that names an owner is
/// refused where it says so, with its file, line and column.
#[test]
fn a_translation_file_with_an_owner_is_refused_with_its_position() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("i18n/de/srm-core.ron");
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &path,
        "(\n    deck: \"srm-core\",\n    language: \"de\",\n    items: [\n        (id: \"root-mfa\", from: \"x\", text: \"T\", explanation: \"E\", owner: Aws),\n    ],\n)\n",
    )
    .expect("write");
    let mut catalog = built_in();
    content::add_translations(&mut catalog, dir.path());
    assert_eq!(
        catalog.translations.len(),
        content::BUILTIN_TRANSLATIONS.len()
    );
    let errors: Vec<String> = catalog.errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("{}:5:", path.display())) && errors[0].contains("owner"),
        "{errors:?}"
    );
}

fn answers_for(key: &srm_study::model::exercise::Exercise, wrong: usize) -> Vec<Answer> {
    key.deck
        .items
        .iter()
        .enumerate()
        .map(|(n, item)| Answer {
            item: item.id.clone(),
            placed: if n < wrong {
                match item.owner {
                    srm_study::model::Owner::Aws => srm_study::model::Owner::Customer,
                    _ => srm_study::model::Owner::Aws,
                }
            } else {
                item.owner
            },
        })
        .collect()
}

/// Done when of issue 31: an exercise made in Japanese and one in Spanish
/// (`exercise new --also-in`), taken by two students, grade in one English
/// class report from the one answer key.
#[test]
fn a_sealed_exercise_in_japanese_and_spanish_grades_in_one_english_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let out = dir.path().join("week4.ron");
    let out_arg = out.to_str().expect("utf-8");
    let (code, stdout, stderr) = run_bin(
        &[
            "exercise",
            "new",
            "--deck",
            "srm-core",
            "--count",
            "6",
            "--seed",
            "3",
            "--sealed",
            "--also-in",
            "ja",
            "--also-in",
            "es",
            "--out",
            out_arg,
        ],
        &data,
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("week4.ja.ron") && stdout.contains("week4.es.ron"),
        "{stdout}"
    );
    let english = load_exercise(&out).expect("the English student file");
    let key = load_exercise(&dir.path().join("week4.key.ron")).expect("the key");
    let japanese = load_exercise(&dir.path().join("week4.ja.ron")).expect("the Japanese file");
    let spanish = load_exercise(&dir.path().join("week4.es.ron")).expect("the Spanish file");
    for copy in [&english, &japanese, &spanish] {
        assert!(copy.owners_hidden(), "a copy is sealed like the first");
        assert_eq!(copy.fingerprint(), key.fingerprint());
        assert_eq!(copy.id, key.id);
        let ids: Vec<&str> = copy.deck.items.iter().map(|i| i.id.as_str()).collect();
        let key_ids: Vec<&str> = key.deck.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, key_ids);
    }
    for (ja, en) in japanese.deck.items.iter().zip(&key.deck.items) {
        assert!(has_kana_or_kanji(&ja.text), "{}", ja.text);
        assert_ne!(ja.text, en.text);
    }
    for (es, en) in spanish.deck.items.iter().zip(&key.deck.items) {
        assert_ne!(es.text, en.text, "{}", en.id);
    }
    // No owner in any student file, in any language.
    for name in ["week4.ja.ron", "week4.es.ron"] {
        let text = std::fs::read_to_string(dir.path().join(name)).expect("read");
        for word in ["Aws", "Customer", "Shared", "owner", "explanation"] {
            assert!(!text.contains(word), "{name} holds {word}");
        }
    }
    let results = dir.path().join("results");
    std::fs::create_dir(&results).expect("mkdir");
    for (student, copy, wrong) in [("Aiko", &japanese, 0), ("Carlos", &spanish, 2)] {
        let mut result = ExerciseResult::new(&copy.id, student, answers_for(&key, wrong), 300);
        result.fingerprint = copy.fingerprint();
        std::fs::write(
            results.join(format!("{student}.ron")),
            result_to_ron(&result).expect("ron"),
        )
        .expect("write");
    }
    let key_arg = dir.path().join("week4.key.ron");
    let (code, stdout, stderr) = run_bin(
        &[
            "report",
            "--exercise",
            key_arg.to_str().expect("utf-8"),
            results.to_str().expect("utf-8"),
        ],
        &data,
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    let line = |name: &str| {
        stdout
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no {name} in\n{stdout}"))
            .to_owned()
    };
    assert!(line("Aiko").contains("100.0%"), "{stdout}");
    assert!(line("Carlos").contains("66.7%"), "{stdout}");
    assert!(stdout.contains("2 students"), "{stdout}");
    assert!(!stderr.contains("left out"), "{stderr}");
}

/// `export` and `exercise new` write the cards in `--lang`'s language
/// (xAPI statements tag theirs `ja-JP`); the messages follow it too.
#[test]
fn exports_and_exercises_follow_lang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let catalog = built_in();
    let japanese = catalog.in_language("ja");
    let first = &japanese.deck("srm-core").expect("core").deck.items[0];
    let quizlet = dir.path().join("core.tsv");
    let (code, stdout, stderr) = run_bin_env(
        &[
            "export",
            "quizlet",
            "--deck",
            "srm-core",
            "--out",
            quizlet.to_str().expect("utf-8"),
        ],
        &data,
        &[("SRM_STUDY_LANG", "ja")],
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    let written = std::fs::read_to_string(&quizlet).expect("read");
    assert!(written.contains(first.text.trim()), "{written:.400}");
    // The same command in English writes the English card.
    let (code, _, stderr) = run_bin(
        &[
            "export",
            "quizlet",
            "--deck",
            "srm-core",
            "--force",
            "--out",
            quizlet.to_str().expect("utf-8"),
        ],
        &data,
    );
    assert_eq!(code, 0, "{stderr}");
    let english = &catalog.deck("srm-core").expect("core").deck.items[0];
    assert!(
        std::fs::read_to_string(&quizlet)
            .expect("read")
            .contains(english.text.trim())
    );

    // An exercise made in German carries its language, and its xAPI
    // statements say so.
    let ex = dir.path().join("wk.ron");
    let (code, stdout, stderr) = run_bin(
        &[
            "--lang",
            "de",
            "exercise",
            "new",
            "--deck",
            "srm-core",
            "--count",
            "3",
            "--out",
            ex.to_str().expect("utf-8"),
        ],
        &data,
    );
    assert_eq!(code, 0, "{stdout}{stderr}");
    let exercise = load_exercise(&ex).expect("exercise");
    assert_eq!(exercise.deck.language, "de");
    let result = ExerciseResult::new(&exercise.id, "Lena", answers_for(&exercise, 1), 60);
    let options = srm_study::model::export::xapi::XapiOptions::new("https://school.example/class");
    let statements =
        srm_study::model::export::xapi::statements(&exercise, &[result], &options).expect("xapi");
    let card = &statements[0];
    let item = &exercise.deck.items[0];
    assert_eq!(
        card["object"]["definition"]["name"]["de-DE"],
        item.text.trim()
    );
    assert!(card["object"]["definition"]["name"].get("en-US").is_none());
    assert_eq!(card["verb"]["display"]["en-US"], "answered");
    assert_eq!(card["verb"]["display"]["de-DE"], "beantwortete");
    assert_eq!(card["context"]["language"], "de-DE");
}

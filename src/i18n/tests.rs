//! Every language has every English message and nothing else, each message
//! formats without a Fluent error, and the macro shows what the files say.

use std::collections::BTreeSet;

use super::*;

#[test]
fn every_language_has_every_english_message_and_no_other() {
    let english: BTreeSet<String> = Translator::message_ids(Language::English)
        .into_iter()
        .collect();
    assert!(english.len() > 10, "{english:?}");
    for language in [Language::Spanish, Language::German, Language::Japanese] {
        let ids: BTreeSet<String> = Translator::message_ids(language).into_iter().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in English {extra:?}",
            language.tag()
        );
    }
}

#[test]
fn every_file_parses_and_every_message_formats_without_an_error() {
    use fluent::{FluentArgs, FluentBundle, FluentResource};
    for language in Language::ALL {
        let source = Translator::source(language).expect("embedded");
        let resource = FluentResource::try_new(source.clone())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", language.tag()));
        let mut bundle = FluentBundle::new(vec![language.id()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("one resource");
        let mut args = FluentArgs::new();
        // Every variable the file names (`{ $x }`), as a number.
        let names: BTreeSet<String> = source
            .split('$')
            .skip(1)
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect()
            })
            .collect();
        for name in names {
            args.set(name, 2);
        }
        for id in Translator::message_ids(language) {
            let message = bundle.get_message(&id).expect("listed");
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} {id}: {errors:?}", language.tag());
        }
    }
}

#[test]
fn the_macro_shows_each_languages_text_with_plurals() {
    let mut tr = Translator::new(Language::English);
    assert_eq!(crate::tr!(tr, "area-browse"), "Browse");
    assert_eq!(crate::tr!(tr, "status-cards", cards = 1), "1 card");
    assert_eq!(crate::tr!(tr, "status-cards", cards = 245), "245 cards");
    tr.set_language(Language::German);
    assert_eq!(tr.language(), Language::German);
    assert_eq!(crate::tr!(tr, "area-progress"), "Fortschritt");
    assert_eq!(crate::tr!(tr, "status-cards", cards = 1), "1 Karte");
    tr.set_language(Language::Japanese);
    assert_eq!(crate::tr!(tr, "status-cards", cards = 3), "3 枚のカード");
    tr.set_language(Language::Spanish);
    assert_eq!(crate::tr!(tr, "area-sort"), "Clasificar");
}

#[test]
fn the_pseudo_locale_brackets_and_accents_every_message() {
    let tr = Translator::new(Language::Pseudo);
    let browse = crate::tr!(tr, "area-browse");
    assert!(browse.starts_with('[') && browse.ends_with(']'), "{browse}");
    assert!(!browse.contains("Browse"), "{browse}");
    let cards = crate::tr!(tr, "status-cards", cards = 245);
    assert!(
        cards.starts_with("[245 "),
        "the number stays a number: {cards}"
    );
}

/// Every message of the English file is shown somewhere: `tr!` takes a
/// literal id, so each used id is written as `"id"` in a source file. A
/// message no code uses is a string a translator works on for nothing (or
/// one whose use was lost in a change).
#[test]
fn every_message_is_used_by_the_code() {
    fn sources(dir: &std::path::Path, out: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                out.push_str(&text);
            }
        }
    }
    let mut code = String::new();
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    // `--help`'s messages are looked up by ids made from the clap tree
    // (`cli::help::texts` lists them), not written in the code.
    let derived: std::collections::HashSet<String> = crate::cli::help::texts()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let unused: Vec<String> = Translator::message_ids(Language::English)
        .into_iter()
        .filter(|id| !derived.contains(id) && !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

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
        // Every variable a message of the file uses (`{ $name }`), as 2.
        let used: BTreeSet<String> = source
            .split('$')
            .skip(1)
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect::<String>()
            })
            .filter(|name| !name.is_empty())
            .collect();
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", language.tag()));
        let mut bundle = FluentBundle::new(vec![language.id()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("one resource");
        let mut args = FluentArgs::new();
        for name in [
            "decks", "cards", "count", "n", "total", "name", "path", "title",
        ]
        .into_iter()
        .chain(used.iter().map(String::as_str))
        {
            args.set(name.to_owned(), 2);
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

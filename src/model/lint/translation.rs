//! The lint of a deck's translations (`content/i18n/<language>/<deck>.ron`):
//! what [`overlay::check`] finds (an unknown id, a duplicate, an empty
//! text, a stale entry, a missing one), the owner give-aways of the
//! translation's language in a card's text, the glossary's terms in the
//! explanations, topics and layers, service names kept as they are, and a
//! card left in English.

use crate::i18n::Language;
use crate::i18n::glossary::Glossary;
use crate::model::catalog::{Catalog, LoadedTranslation};
use crate::model::deck::Deck;
use crate::model::overlay::{self, EntryKind, EntryRef, OverlayProblem};
use crate::msg;

use super::positions::IdPositions;
use super::words::words_with_spans;
use super::{LintRule, LintWarning, origin_label};

/// Single words that name or hint at an owner, per language, lowercase
/// (Spanish and German; Japanese has no spaces and uses [`JA_TERMS`]).
const ES_WORDS: &[&str] = &[
    "tú",
    "tu",
    "tus",
    "usted",
    "ustedes",
    "vuestro",
    "vuestra",
    "vuestros",
    "vuestras",
    "propio",
    "propia",
    "propios",
    "propias",
    "cliente",
    "clientes",
    "compartido",
    "compartida",
    "compartidos",
    "compartidas",
    "conjuntamente",
];
const ES_PHRASES: &[&[&str]] = &[
    &["por", "aws"],
    &["ambas", "partes"],
    &["de", "extremo", "a", "extremo"],
];

const DE_WORDS: &[&str] = &[
    "du",
    "dein",
    "deine",
    "deinen",
    "deinem",
    "deiner",
    "deines",
    "eigene",
    "eigenen",
    "eigener",
    "eigenes",
    "eigenem",
    "kunde",
    "kunden",
    "kundin",
    "kundinnen",
    "geteilt",
    "geteilte",
    "geteilten",
    "geteilter",
    "geteiltes",
    "gemeinsam",
    "gemeinsame",
    "gemeinsamen",
    "amazons",
];
const DE_PHRASES: &[&[&str]] = &[
    &["von", "aws"],
    &["durch", "aws"],
    &["beide", "seiten"],
    &["ende", "zu", "ende"],
];
/// German's polite "you" and "your": only with a capital, and not as a
/// text's first word (where "Sie" may be "they").
const DE_POLITE: &[&str] = &["Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"];

/// Japanese: text that names or hints at an owner.
const JA_TERMS: &[&str] = &[
    "お客様",
    "顧客",
    "あなた",
    "自分",
    "自社",
    "共有",
    "双方",
    "両者",
    "AWS が",
    "AWS によ",
    "AWS の責任",
];

/// The owner give-aways of `text` in `language`, as written, in order.
pub fn give_away_terms_in(language: &str, text: &str) -> Vec<String> {
    let primary = language.split('-').next().unwrap_or(language);
    let mut found: Vec<(usize, String)> = Vec::new();
    match primary {
        "ja" => {
            for term in JA_TERMS {
                if let Some(at) = text.find(term) {
                    found.push((at, (*term).to_owned()));
                }
            }
        }
        "es" | "de" => {
            let (single, phrases) = if primary == "es" {
                (ES_WORDS, ES_PHRASES)
            } else {
                (DE_WORDS, DE_PHRASES)
            };
            let words = words_with_spans(text);
            for (i, (word, start, end)) in words.iter().enumerate() {
                if single.contains(&word.as_str()) {
                    found.push((*start, text[*start..*end].to_owned()));
                }
                if primary == "de" && i > 0 && DE_POLITE.contains(&&text[*start..*end]) {
                    found.push((*start, text[*start..*end].to_owned()));
                }
                for phrase in phrases {
                    let matches = phrase
                        .iter()
                        .enumerate()
                        .all(|(k, p)| words.get(i + k).is_some_and(|(w, _, _)| w == p));
                    // "von AWS Lambda" names a service, not who does it.
                    let names_service = phrase.last() == Some(&"aws")
                        && words.get(i + phrase.len()).is_some_and(|(_, s, _)| {
                            text[*s..].chars().next().is_some_and(char::is_uppercase)
                                && text[words[i + phrase.len() - 1].2..*s].trim().is_empty()
                        });
                    if matches && !names_service {
                        let last = words[i + phrase.len() - 1].2;
                        found.push((*start, text[*start..last].to_owned()));
                    }
                }
            }
        }
        _ => {}
    }
    found.sort();
    let mut seen = std::collections::BTreeSet::new();
    found
        .into_iter()
        .map(|(_, term)| term)
        .filter(|t| seen.insert(t.to_lowercase()))
        .collect()
}

/// Lints every translation of `catalog` (the decks as written) whose deck
/// `report` accepts.
pub fn lint_translations(
    catalog: &Catalog,
    report: impl Fn(&LoadedTranslation) -> bool,
) -> Vec<LintWarning> {
    let glossary = crate::i18n::glossary::embedded().ok();
    let services: Vec<String> = catalog
        .decks
        .iter()
        .flat_map(|d| d.deck.services.iter().map(|s| s.name.clone()))
        .filter(|name| !name.trim().is_empty())
        .collect();
    let mut warnings = Vec::new();
    for loaded in catalog.translations.iter().filter(|t| report(t)) {
        let Some(base) = catalog.deck(&loaded.translation.deck) else {
            continue;
        };
        warnings.extend(lint_translation(
            loaded,
            &base.deck,
            glossary.as_ref(),
            &services,
        ));
    }
    warnings
}

/// Lints one translation against the deck it translates.
pub fn lint_translation(
    loaded: &LoadedTranslation,
    base: &Deck,
    glossary: Option<&Glossary>,
    services: &[String],
) -> Vec<LintWarning> {
    let file = origin_label(&loaded.origin);
    let positions = IdPositions::scan(loaded.text.as_deref().unwrap_or(""));
    let translation = &loaded.translation;
    let language = translation.language.as_str();
    let position = |entry: &EntryRef| match entry.kind {
        EntryKind::Item => positions.item(&entry.id),
        EntryKind::Topic => positions.topic(&entry.id),
        _ => None,
    };
    let warn = |entry: &EntryRef, message| LintWarning {
        rule: LintRule::Translation,
        file: file.clone(),
        position: position(entry),
        id: entry.id.clone(),
        message,
    };
    let mut warnings = Vec::new();
    for problem in overlay::check(base, translation) {
        let (entry, message) = match &problem {
            OverlayProblem::WrongDeck { named, base } => (
                EntryRef::about(),
                msg!("lint-translation-wrong-deck", named = named, base = base),
            ),
            OverlayProblem::UnknownId(entry) => (
                entry.clone(),
                msg!(
                    "lint-translation-unknown",
                    what = entry.kind.word(),
                    id = &entry.id
                ),
            ),
            OverlayProblem::Duplicate(entry) => (
                entry.clone(),
                msg!(
                    "lint-translation-duplicate",
                    what = entry.kind.word(),
                    id = &entry.id
                ),
            ),
            OverlayProblem::Stale(entry) => (
                entry.clone(),
                msg!(
                    "lint-translation-stale",
                    what = entry.kind.word(),
                    id = &entry.id
                ),
            ),
            OverlayProblem::Empty(entry) => (
                entry.clone(),
                msg!(
                    "lint-translation-empty",
                    what = entry.kind.word(),
                    id = &entry.id
                ),
            ),
            OverlayProblem::Missing(entry) => (
                entry.clone(),
                msg!(
                    "lint-translation-missing",
                    what = entry.kind.word(),
                    id = &entry.id,
                    language = language
                ),
            ),
        };
        warnings.push(warn(&entry, message));
    }
    let glossary_language = Language::from_tag(language)
        .filter(|l| matches!(l, Language::Spanish | Language::German | Language::Japanese));
    for entry in &translation.items {
        let Some(english) = base.items.iter().find(|i| i.id == entry.id) else {
            continue;
        };
        let at = EntryRef::item(&entry.id);
        let terms = give_away_terms_in(language, &entry.text);
        if !terms.is_empty() {
            let quoted: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
            warnings.push(warn(
                &at,
                msg!(
                    "lint-translation-give-away",
                    id = &entry.id,
                    listed = quoted.join(", "),
                    count = quoted.len(),
                    language = language
                ),
            ));
        }
        // A card left as it was: a text of several words, the same as the
        // English.
        if entry.text.trim() == english.text.trim() && english.text.split_whitespace().count() > 2 {
            warnings.push(warn(
                &at,
                msg!(
                    "lint-translation-english",
                    id = &entry.id,
                    language = language
                ),
            ));
        }
        let pairs = [
            (&english.explanation, &entry.explanation),
            (&english.aws_part, &entry.aws_part),
            (&english.customer_part, &entry.customer_part),
            (&english.text, &entry.text),
        ];
        if let (Some(glossary), Some(lang)) = (glossary, glossary_language) {
            for (en, translated) in pairs {
                if translated.is_empty() {
                    continue;
                }
                let message = (entry.id.clone(), en.clone(), translated.clone());
                for problem in glossary_problems(glossary, lang, services, &message) {
                    warnings.push(warn(&at, problem));
                }
            }
        }
    }
    if let (Some(glossary), Some(lang)) = (glossary, glossary_language) {
        for entry in &translation.topics {
            let Some(english) = base.topics.iter().find(|t| t.id == entry.id) else {
                continue;
            };
            let at = EntryRef::topic(&entry.id);
            for (en, translated) in [
                (&english.title, &entry.title),
                (&english.summary, &entry.summary),
            ] {
                if translated.is_empty() {
                    continue;
                }
                let message = (entry.id.clone(), en.clone(), translated.clone());
                for problem in glossary_problems(glossary, lang, services, &message) {
                    warnings.push(warn(&at, problem));
                }
            }
        }
    }
    warnings.sort_by_key(|w| (w.position.unwrap_or((usize::MAX, 0)), w.id.clone()));
    warnings
}

/// The glossary's problems with one text, as messages.
fn glossary_problems(
    glossary: &Glossary,
    language: Language,
    services: &[String],
    (id, english, translated): &(String, String, String),
) -> Vec<crate::i18n::Msg> {
    let mut out = Vec::new();
    for term in crate::i18n::glossary::missing_terms(glossary, language, english, translated) {
        out.push(msg!(
            "lint-translation-glossary",
            id = id,
            term = term.english.as_str(),
            words = term.words_in(language).join(", ")
        ));
    }
    for service in services {
        // The name's own words ("Amazon", "ECS", "AWS", "Fargate") stay as
        // they are; the English around them ("on", "instances") may not.
        let kept = service
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .all(|w| translated.contains(w));
        if english.contains(service.as_str()) && !kept {
            out.push(msg!(
                "lint-translation-service",
                id = id,
                service = service.as_str()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::give_away_terms_in;

    #[test]
    fn each_language_has_its_own_give_away_words() {
        assert_eq!(
            give_away_terms_in("es", "Cifrar tus datos por AWS"),
            ["tus", "por AWS"]
        );
        assert_eq!(
            give_away_terms_in("es", "Configurar el cliente de Amazon S3"),
            ["cliente"]
        );
        assert!(give_away_terms_in("es", "Eventos enviados por AWS Lambda").is_empty());
        assert_eq!(
            give_away_terms_in("de", "Ihre Daten in eigenen Buckets sichern"),
            ["eigenen"],
            "a capital Ihre as the first word may be 'their'"
        );
        assert_eq!(
            give_away_terms_in("de", "Daten in Ihren Buckets von AWS sichern lassen"),
            ["Ihren", "von AWS"]
        );
        assert!(give_away_terms_in("de", "Protokolle von AWS CloudTrail lesen").is_empty());
        assert_eq!(
            give_away_terms_in("ja", "お客様のデータを暗号化すること"),
            ["お客様"]
        );
        assert_eq!(
            give_away_terms_in("ja-JP", "スナップショットを共有する設定"),
            ["共有"]
        );
        assert!(give_away_terms_in("ja", "ゲスト OS にパッチを適用すること").is_empty());
        assert!(give_away_terms_in("fr", "votre client").is_empty());
    }
}

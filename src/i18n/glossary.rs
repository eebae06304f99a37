//! The glossary (`i18n/glossary.ron`): one terminology per language, AWS's
//! own, and the service names that are never translated. [`check`] holds a
//! language's messages to it.

use serde::Deserialize;

use super::Language;

/// The glossary file.
#[derive(Debug, Deserialize)]
pub struct Glossary {
    /// The terms and their words in each language.
    pub terms: Vec<Term>,
}

/// A term and the words each language may use for it.
#[derive(Debug, Deserialize)]
pub struct Term {
    /// The English term, matched without regard to case.
    pub english: String,
    /// Spanish words.
    pub es: Vec<String>,
    /// German words.
    pub de: Vec<String>,
    /// Japanese words.
    pub ja: Vec<String>,
}

impl Term {
    /// The words `language` may use for the term (none for English).
    pub fn words_in(&self, language: Language) -> &[String] {
        self.words(language)
    }

    fn words(&self, language: Language) -> &[String] {
        match language {
            Language::Spanish => &self.es,
            Language::German => &self.de,
            Language::Japanese => &self.ja,
            Language::English | Language::Pseudo => &[],
        }
    }
}

/// The glossary the binary embeds.
pub fn embedded() -> Result<Glossary, ron::error::SpannedError> {
    ron::from_str(include_str!("../../i18n/glossary.ron"))
}

/// The terms `english` uses whose translation uses none of their words
/// in `language`.
pub fn missing_terms<'a>(
    glossary: &'a Glossary,
    language: Language,
    english: &str,
    translated: &str,
) -> Vec<&'a Term> {
    let english_lower = english.to_lowercase();
    let translated_lower = translated.to_lowercase();
    glossary
        .terms
        .iter()
        .filter(|term| {
            let words = term.words(language);
            !words.is_empty()
                && english_lower.contains(&term.english.to_lowercase())
                && !words
                    .iter()
                    .any(|word| translated_lower.contains(&word.to_lowercase()))
        })
        .collect()
}

/// Where `messages` (id, English text, translated text) break the
/// glossary in `language`: a term whose translation uses none of its
/// words, or a service name not kept as it is. One line each.
pub fn check(
    glossary: &Glossary,
    language: Language,
    services: &[String],
    messages: &[(String, String, String)],
) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, english, translated) in messages {
        for term in missing_terms(glossary, language, english, translated) {
            problems.push(format!(
                "{} {id}: “{}” should be one of {:?}",
                language.tag(),
                term.english,
                term.words(language)
            ));
        }
        for service in services {
            if english.contains(service.as_str()) && !translated.contains(service.as_str()) {
                problems.push(format!(
                    "{} {id}: keep the service name “{service}” as it is",
                    language.tag()
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Translator;

    fn message(id: &str, english: &str, translated: &str) -> (String, String, String) {
        (id.into(), english.into(), translated.into())
    }

    #[test]
    fn a_term_translated_another_way_or_a_translated_service_name_is_named() {
        let glossary = embedded().expect("the glossary reads");
        let services = vec!["Amazon EC2".to_owned()];
        let problems = check(
            &glossary,
            Language::German,
            &services,
            &[
                message("a", "What the customer secures", "Was der Kunde sichert"),
                message(
                    "b",
                    "What the customer secures",
                    "Was der Auftraggeber sichert",
                ),
                message("c", "Patching Amazon EC2", "Amazon EC2 patchen"),
                message("d", "Patching Amazon EC2", "Amazons Rechenwolke patchen"),
            ],
        );
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].contains("de b:") && problems[0].contains("customer"));
        assert!(problems[1].contains("de d:") && problems[1].contains("Amazon EC2"));
    }

    /// Every message of every language keeps the glossary's terms and the
    /// built-in services' names.
    #[test]
    fn every_message_keeps_the_glossary() {
        let glossary = embedded().expect("the glossary reads");
        let mut catalog = crate::model::Catalog::default();
        crate::io::content::add_builtin(&mut catalog);
        let services: Vec<String> = catalog
            .decks
            .iter()
            .flat_map(|d| d.deck.services.iter().map(|s| s.name.clone()))
            .collect();
        assert!(services.iter().any(|s| s.contains("EC2")), "{services:?}");
        let english = Translator::new(Language::English);
        for language in [Language::Spanish, Language::German, Language::Japanese] {
            let translated = Translator::new(language);
            let messages: Vec<_> = Translator::message_ids(Language::English)
                .into_iter()
                .map(|id| {
                    let en = english.loader().get(&id);
                    let tr = translated.loader().get(&id);
                    (id, en, tr)
                })
                .collect();
            let problems = check(&glossary, language, &services, &messages);
            assert!(problems.is_empty(), "{problems:#?}");
        }
    }
}

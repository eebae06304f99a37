//! The pseudo-locale walk's judge: with `en-XA` on, every text a person
//! reads is accented and in brackets, except what comes from the decks
//! (card texts, titles, topics, services, sources: translated with the
//! decks, not the window) and what a person typed. A visible text that,
//! once its bracketed parts and its deck content are taken out, still has
//! a letter is a string someone forgot to move to the translation files.
#![allow(dead_code)]

use egui_kittest::Harness;
use srm_study::i18n::Language;
use srm_study::model::Catalog;
use srm_study::ui::{Action, AppState};

use super::layout::labelled_controls;

/// Turns the pseudo-locale on.
pub fn pseudo(state: &mut AppState) {
    state.apply(Action::SetLanguage(Language::Pseudo));
}

/// Every text of the catalog's decks that the window may show as it is,
/// longest first (so a card text goes before a topic name inside it).
pub fn deck_texts(catalog: &Catalog) -> Vec<String> {
    let mut texts = Vec::new();
    for loaded in &catalog.decks {
        let deck = &loaded.deck;
        texts.extend([
            deck.id.clone(),
            deck.title.clone(),
            deck.description.clone(),
        ]);
        for source in &deck.sources {
            texts.extend([source.id.clone(), source.title.clone(), source.url.clone()]);
        }
        for layer in &deck.layers {
            texts.extend([layer.id.clone(), layer.title.clone(), layer.summary.clone()]);
        }
        for service in &deck.services {
            texts.extend([
                service.id.clone(),
                service.name.clone(),
                service.category.clone(),
                service.summary.clone(),
            ]);
        }
        for topic in &deck.topics {
            texts.extend([topic.id.clone(), topic.title.clone(), topic.summary.clone()]);
        }
        for item in &deck.items {
            texts.extend([
                item.id.clone(),
                item.text.clone(),
                item.explanation.clone(),
                item.aws_part.clone(),
                item.customer_part.clone(),
            ]);
            texts.extend(item.tags.iter().cloned());
        }
    }
    texts.retain(|t| t.chars().any(char::is_alphabetic));
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts.dedup();
    texts
}

/// What is left of `label` once the bracketed (translated) parts and the
/// given texts are taken out.
pub fn leftover(label: &str, content: &[String]) -> String {
    // Brackets may nest (a translated message with a translated argument).
    let mut out = String::new();
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    for text in content {
        if out.contains(text.as_str()) {
            out = out.replace(text.as_str(), " ");
        }
    }
    // A text cut to fit ends with "…": its start is content too.
    for text in content {
        if let Some(cut) = out.find('…') {
            let start = out[..cut]
                .char_indices()
                .map(|(i, _)| i)
                .find(|&i| text.starts_with(&out[i..cut]) && cut - i >= 12);
            if let Some(start) = start {
                out.replace_range(start..cut + '…'.len_utf8(), " ");
            }
        }
    }
    out
}

/// The visible texts in the window that are not translated: each as
/// "label at rect". `typed` are texts the test itself typed (names, paths).
/// egui's red id-clash warnings count too (English painted over the
/// window, and two widgets sharing one state): every walk of every page
/// looks for them.
pub fn untranslated(harness: &Harness<'_, AppState>, typed: &[&str]) -> Vec<String> {
    let mut content = deck_texts(&harness.state().shared.catalog);
    content.extend(typed.iter().map(|t| t.to_string()));
    content.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let size = harness.ctx.content_rect().size();
    labelled_controls(harness)
        .into_iter()
        .filter(|c| c.visible.is_positive() && c.rect.max.y <= size.y + 1.0)
        .filter(|c| {
            leftover(&c.label, &content)
                .chars()
                .any(char::is_alphabetic)
        })
        .map(|c| format!("{:?} at {:?}", c.label, c.rect))
        .chain(super::layout::id_clashes(harness))
        .collect()
}

/// The visible texts that still hold an English word (four ASCII letters
/// in a row) once the deck content and `typed` are taken out, inside the
/// brackets too. In the pseudo-locale every letter of a message is
/// accented, so an ASCII word inside a translated sentence is a value put
/// in as it is: a model's message left in English (a reason, an error)
/// shows up here though the sentence around it is bracketed.
pub fn english_inside(harness: &Harness<'_, AppState>, typed: &[&str]) -> Vec<String> {
    let mut content = deck_texts(&harness.state().shared.catalog);
    content.extend(typed.iter().map(|t| t.to_string()));
    content.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let size = harness.ctx.content_rect().size();
    labelled_controls(harness)
        .into_iter()
        .filter(|c| c.visible.is_positive() && c.rect.max.y <= size.y + 1.0)
        .filter(|c| has_english_word(&c.label, &content))
        .map(|c| format!("{:?} at {:?}", c.label, c.rect))
        .collect()
}

/// Whether `label`, with `content` taken out, has four ASCII letters in a
/// row.
pub fn has_english_word(label: &str, content: &[String]) -> bool {
    let mut rest = label.to_owned();
    for text in content {
        if rest.contains(text.as_str()) {
            rest = rest.replace(text.as_str(), " ");
        }
    }
    let mut run = 0;
    rest.chars().any(|c| {
        run = if c.is_ascii_alphabetic() { run + 1 } else { 0 };
        run >= 4
    })
}

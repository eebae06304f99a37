//! The "Deck format" guide: `content/README.md` and its translations
//! (`content/README.es.md`, `.de.md`, `.ja.md`), carried in the binary, so
//! that a person with only the app can read how to write a deck by hand
//! or as a table, in the window's language. Drawing only.

use egui::{RichText, Ui};

use super::action::EditorAction;
use super::fields::push;
use crate::i18n::{Language, Translator};
use crate::tr;
use crate::ui::action::Action;

/// The guide to writing decks (`content/README.md`), as the binary carries it.
pub const DECK_GUIDE: &str = include_str!("../../../../content/README.md");

/// The guide in Spanish (`content/README.es.md`).
pub const DECK_GUIDE_ES: &str = include_str!("../../../../content/README.es.md");

/// The guide in German (`content/README.de.md`).
pub const DECK_GUIDE_DE: &str = include_str!("../../../../content/README.de.md");

/// The guide in Japanese (`content/README.ja.md`).
pub const DECK_GUIDE_JA: &str = include_str!("../../../../content/README.ja.md");

/// The guide a window in `language` shows. The pseudo-locale shows the
/// English guide as it is: the guide is a document, like a deck's cards,
/// not the window's text (its title, button and introduction are).
pub fn deck_guide(language: Language) -> &'static str {
    match language {
        Language::English | Language::Pseudo => DECK_GUIDE,
        Language::Spanish => DECK_GUIDE_ES,
        Language::German => DECK_GUIDE_DE,
        Language::Japanese => DECK_GUIDE_JA,
    }
}

/// Draws the guide in the window's language, its Markdown shown plainly:
/// headings, paragraphs, list items and code blocks (the code blocks are
/// the same in every language).
pub(super) fn guide_ui(ui: &mut Ui, tr: &Translator, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!(tr, "editor-guide-title"));
        if ui.button(tr!(tr, "editor-guide-close")).clicked() {
            push(actions, EditorAction::ShowGuide(false));
        }
    });
    ui.add(egui::Label::new(tr!(tr, "editor-guide-intro")).wrap());
    ui.separator();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut code: Option<Vec<&str>> = None;
    for line in deck_guide(tr.language()).lines() {
        if line.trim_start().starts_with("```") {
            flush(ui, &mut paragraph);
            match code.take() {
                Some(block) => {
                    ui.add(egui::Label::new(RichText::new(block.join("\n")).monospace()).wrap());
                }
                None => code = Some(Vec::new()),
            }
            continue;
        }
        if let Some(block) = &mut code {
            block.push(line);
            continue;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(ui, &mut paragraph);
        } else if let Some(title) = trimmed.strip_prefix('#') {
            flush(ui, &mut paragraph);
            let level = title.chars().take_while(|&c| c == '#').count() + 1;
            let title = title.trim_start_matches('#').trim();
            ui.add_space(6.0);
            let text = RichText::new(title).strong();
            ui.label(if level <= 2 { text.heading() } else { text });
        } else if let Some(item) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
        {
            flush(ui, &mut paragraph);
            ui.add(egui::Label::new(format!("• {item}")).wrap());
        } else if trimmed.starts_with('|') {
            flush(ui, &mut paragraph);
            ui.add(egui::Label::new(RichText::new(trimmed).monospace()).wrap());
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(ui, &mut paragraph);
    if let Some(block) = code {
        ui.add(egui::Label::new(RichText::new(block.join("\n")).monospace()).wrap());
    }
}

/// Shows the lines of a paragraph gathered so far as one wrapped label.
fn flush(ui: &mut Ui, paragraph: &mut Vec<&str>) {
    if !paragraph.is_empty() {
        ui.add(egui::Label::new(paragraph.join(" ")).wrap());
        paragraph.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::glossary;

    const TRANSLATED: [Language; 3] = [Language::Spanish, Language::German, Language::Japanese];

    /// The fenced code blocks of a guide, fences included, in order.
    fn code_blocks(guide: &str) -> Vec<String> {
        let mut blocks = Vec::new();
        let mut block: Option<Vec<&str>> = None;
        for line in guide.lines() {
            let fence = line.trim_start().starts_with("```");
            match (&mut block, fence) {
                (None, true) => block = Some(vec![line]),
                (Some(lines), true) => {
                    lines.push(line);
                    blocks.push(lines.join("\n"));
                    block = None;
                }
                (Some(lines), false) => lines.push(line),
                (None, false) => {}
            }
        }
        assert!(block.is_none(), "a code block is not closed");
        blocks
    }

    /// The guide's lines outside code blocks.
    fn prose_lines(guide: &str) -> Vec<&str> {
        let mut inside = false;
        guide
            .lines()
            .filter(|line| {
                if line.trim_start().starts_with("```") {
                    inside = !inside;
                    return false;
                }
                !inside
            })
            .collect()
    }

    /// The level of each heading (`#` is 1), in order.
    fn heading_levels(guide: &str) -> Vec<usize> {
        prose_lines(guide)
            .into_iter()
            .filter(|line| line.starts_with('#'))
            .map(|line| line.chars().take_while(|&c| c == '#').count())
            .collect()
    }

    /// The prose of each section (a heading and what follows it up to the
    /// next heading), without code blocks and inline code: what a person
    /// reads, not what a program reads.
    fn sections(guide: &str) -> Vec<String> {
        let mut sections: Vec<String> = Vec::new();
        for line in prose_lines(guide) {
            if line.starts_with('#') || sections.is_empty() {
                sections.push(String::new());
            }
            let mut prose = String::new();
            for (i, part) in line.split('`').enumerate() {
                if i % 2 == 0 {
                    prose.push_str(part);
                }
            }
            if let Some(section) = sections.last_mut() {
                section.push_str(&prose);
                section.push('\n');
            }
        }
        sections
    }

    #[test]
    fn each_language_shows_its_own_guide_and_the_pseudo_locale_the_english_one() {
        assert_eq!(deck_guide(Language::English), DECK_GUIDE);
        assert_eq!(deck_guide(Language::Pseudo), DECK_GUIDE);
        assert!(deck_guide(Language::Spanish).starts_with("# Cómo escribir mazos"));
        assert!(deck_guide(Language::German).starts_with("# Stapel für SRM Study"));
        assert!(deck_guide(Language::Japanese).starts_with("# SRM Study のデッキ"));
    }

    /// The examples stay the English guide's, byte for byte and in the same
    /// order (so they stay valid), and the headings keep its outline.
    #[test]
    fn every_translation_has_the_english_code_blocks_and_headings() {
        let english_blocks = code_blocks(DECK_GUIDE);
        let english_levels = heading_levels(DECK_GUIDE);
        assert!(english_blocks.len() > 10, "{}", english_blocks.len());
        assert!(english_levels.len() > 20, "{english_levels:?}");
        for language in TRANSLATED {
            let guide = deck_guide(language);
            let blocks = code_blocks(guide);
            assert_eq!(
                blocks.len(),
                english_blocks.len(),
                "{}: code blocks",
                language.tag()
            );
            for (i, (block, english)) in blocks.iter().zip(&english_blocks).enumerate() {
                let first_difference = block
                    .lines()
                    .zip(english.lines())
                    .find(|(line, english_line)| line != english_line);
                assert!(
                    block == english,
                    "{}: code block {} differs from the English one: {first_difference:?}",
                    language.tag(),
                    i + 1
                );
            }
            assert_eq!(
                heading_levels(guide),
                english_levels,
                "{}: heading levels",
                language.tag()
            );
            // The note at the top names the English original.
            let note = guide.lines().nth(2).unwrap_or_default();
            assert!(
                note.starts_with("> ") && note.contains("(README.md)"),
                "{}: {note}",
                language.tag()
            );
        }
    }

    /// GitHub's anchor for a heading: lower case, spaces as hyphens, other
    /// punctuation dropped.
    fn slug(heading: &str) -> String {
        heading
            .trim_start_matches('#')
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
            .map(|c| if c == ' ' { '-' } else { c })
            .collect()
    }

    /// Every link to a section of the same guide (`](#anchor)`) names one of
    /// its headings, in every language.
    #[test]
    fn every_guides_links_to_its_own_sections_lead_somewhere() {
        for language in [
            Language::English,
            Language::Spanish,
            Language::German,
            Language::Japanese,
        ] {
            let guide = deck_guide(language);
            let lines = prose_lines(guide);
            let anchors: Vec<String> = lines
                .iter()
                .filter(|line| line.starts_with('#'))
                .map(|line| slug(line))
                .collect();
            let links: Vec<&str> = lines
                .iter()
                .flat_map(|line| line.split("](#").skip(1))
                .filter_map(|rest| rest.split(')').next())
                .collect();
            assert!(links.len() >= 3, "{}: {links:?}", language.tag());
            for link in links {
                assert!(
                    anchors.iter().any(|a| a == link),
                    "{}: no heading for #{link}",
                    language.tag()
                );
            }
        }
    }

    /// Section by section, a translation uses AWS's terms where the English
    /// uses the glossary's (the customer, security of and in the cloud, the
    /// shared responsibility model, deck, card) and keeps the built-in
    /// services' names.
    #[test]
    fn every_translated_guide_keeps_the_glossary() {
        let glossary = glossary::embedded().expect("the glossary reads");
        let mut catalog = crate::model::Catalog::default();
        crate::io::content::add_builtin(&mut catalog);
        let services: Vec<String> = catalog
            .decks
            .iter()
            .flat_map(|d| d.deck.services.iter().map(|s| s.name.clone()))
            .collect();
        let english = sections(DECK_GUIDE);
        let mut problems = Vec::new();
        for language in TRANSLATED {
            let translated = sections(deck_guide(language));
            assert_eq!(translated.len(), english.len(), "{}", language.tag());
            let pairs: Vec<(String, String, String)> = english
                .iter()
                .zip(translated)
                .map(|(en, tr)| {
                    let heading = en.lines().next().unwrap_or_default().to_owned();
                    (format!("guide section {heading:?}"), en.clone(), tr)
                })
                .collect();
            problems.extend(glossary::check(&glossary, language, &services, &pairs));
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// The check above finds a section that words the customer otherwise.
    #[test]
    fn a_guide_section_without_the_glossarys_word_is_named() {
        let glossary = glossary::embedded().expect("the glossary reads");
        let english = sections("# Title\n\nThe customer patches `Customer` cards.\n");
        let german = sections("# Titel\n\nDer Auftraggeber patcht `Customer`-Karten.\n");
        let pairs = vec![("s".to_owned(), english[0].clone(), german[0].clone())];
        let problems = glossary::check(&glossary, Language::German, &[], &pairs);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(problems[0].contains("customer"), "{problems:#?}");
    }
}

//! The "Deck format" guide: `content/README.md`, carried in the binary, so
//! that a person with only the app can read how to write a deck by hand
//! or as a table. Drawing only.

use egui::{RichText, Ui};

use super::action::EditorAction;
use super::fields::push;
use crate::i18n::Translator;
use crate::tr;
use crate::ui::action::Action;

/// The guide to writing decks (`content/README.md`), as the binary carries it.
pub const DECK_GUIDE: &str = include_str!("../../../../content/README.md");

/// Draws the guide, its Markdown shown plainly: headings, paragraphs,
/// list items and code blocks. The guide itself is in English for now (its
/// heading, button and introduction are translated; the introduction says
/// so in the other languages).
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
    for line in DECK_GUIDE.lines() {
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

//! The owner badge: colour, glyph and word, the same everywhere.

use egui::{Response, RichText, Ui};

use super::theme::{owner_color, owner_glyph};
use crate::model::Owner;

/// The text of a badge, e.g. "☁ AWS".
pub fn badge_text(owner: Owner) -> String {
    format!("{} {}", owner_glyph(owner), owner.label())
}

/// Shows an owner badge: a coloured pill with the glyph and the word. Its
/// accessible label is the same text, e.g. "☁ AWS".
pub fn owner_badge(ui: &mut Ui, owner: Owner) -> Response {
    let color = owner_color(owner, ui.visuals().dark_mode);
    let text = RichText::new(badge_text(owner))
        .strong()
        .color(egui::Color32::WHITE);
    let fill = if ui.visuals().dark_mode {
        color.gamma_multiply(0.55)
    } else {
        color
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.add(egui::Label::new(text).selectable(false)))
        .response
}

//! The owner badge: colour, glyph and word, the same everywhere.

use egui::{Response, Sense, TextStyle, Ui, WidgetInfo, WidgetText};

use super::theme::{owner_color, owner_glyph};
use crate::model::Owner;

/// The text of a badge, e.g. "☁ AWS".
pub fn badge_text(owner: Owner) -> String {
    format!("{} {}", owner_glyph(owner), owner.label())
}

/// Shows an owner badge: a coloured pill with the glyph and the word, sized
/// to its text whatever the layout. Its accessible label is the same text,
/// e.g. "☁ AWS", so a screen reader says the owner's name.
pub fn owner_badge(ui: &mut Ui, owner: Owner) -> Response {
    let dark = ui.visuals().dark_mode;
    let color = owner_color(owner, dark);
    let fill = if dark {
        color.gamma_multiply(0.55)
    } else {
        color
    };
    let text = badge_text(owner);
    let rich = egui::RichText::new(&text)
        .strong()
        .color(egui::Color32::WHITE);
    let galley = WidgetText::from(rich).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Body,
    );
    let padding = egui::vec2(7.0, 2.0);
    let (rect, response) = ui.allocate_exact_size(galley.size() + 2.0 * padding, Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, 8.0, fill);
        ui.painter()
            .galley(rect.min + padding, galley, egui::Color32::WHITE);
    }
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &text));
    response
}

//! The owners as the Sort views show them, in the window's language: the
//! badge (glyph and name) and its text. `crate::ui::widgets` draws the
//! same badge with the model's English word; these take the translator.

use egui::{Response, Sense, TextStyle, Ui, WidgetInfo, WidgetText};

use crate::i18n::Translator;
use crate::i18n::words::owner_name;
use crate::model::Owner;
use crate::ui::theme::{owner_color, owner_glyph};

/// The text of a badge, e.g. "☁ AWS", "👤 Kunde".
pub(super) fn badge_text(tr: &Translator, owner: Owner) -> String {
    format!("{} {}", owner_glyph(owner), owner_name(tr, owner))
}

/// An owner badge: a coloured pill with the glyph and the name, sized to
/// its text but never wider than `max_width` (a long name, "Compartido" in
/// a narrow bin, is cut with "…"). Its accessible label is the owner's name
/// alone.
pub(super) fn owner_badge(ui: &mut Ui, tr: &Translator, owner: Owner, max_width: f32) -> Response {
    let dark = ui.visuals().dark_mode;
    let color = owner_color(owner, dark);
    let fill = if dark {
        color.gamma_multiply(0.55)
    } else {
        color
    };
    let rich = egui::RichText::new(badge_text(tr, owner))
        .strong()
        .color(egui::Color32::WHITE);
    let padding = egui::vec2(7.0, 2.0);
    let galley = WidgetText::from(rich).into_galley(
        ui,
        Some(egui::TextWrapMode::Truncate),
        (max_width - 2.0 * padding.x).max(24.0),
        TextStyle::Body,
    );
    let cut = galley.elided;
    let (rect, response) = ui.allocate_exact_size(galley.size() + 2.0 * padding, Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, 8.0, fill);
        ui.painter()
            .galley(rect.min + padding, galley, egui::Color32::WHITE);
    }
    let name = owner_name(tr, owner);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &name));
    if cut {
        response.on_hover_text(name)
    } else {
        response
    }
}

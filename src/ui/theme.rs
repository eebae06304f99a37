//! Colours and text styles shared by every view.

use egui::{Color32, FontId, TextStyle};

use crate::model::Owner;

/// The colour that marks an owner everywhere (badges, bins, stack). Chosen
/// from the Okabe-Ito palette so the three stay apart for colour-blind eyes;
/// every use also carries the owner's glyph and word.
pub fn owner_color(owner: Owner, dark_mode: bool) -> Color32 {
    match (owner, dark_mode) {
        (Owner::Aws, false) => Color32::from_rgb(0xC2, 0x5E, 0x00),
        (Owner::Aws, true) => Color32::from_rgb(0xE6, 0x9F, 0x00),
        (Owner::Customer, false) => Color32::from_rgb(0x00, 0x5F, 0x9E),
        (Owner::Customer, true) => Color32::from_rgb(0x56, 0xB4, 0xE9),
        (Owner::Shared, false) => Color32::from_rgb(0x00, 0x7A, 0x5A),
        (Owner::Shared, true) => Color32::from_rgb(0x3D, 0xC2, 0x9A),
    }
}

/// A glyph per owner, so the badge reads without colour: a cloud for AWS,
/// a person for the customer, a balance for shared. Every glyph is in the
/// fonts egui embeds (checked by the kittest harness, which fails on tofu).
pub fn owner_glyph(owner: Owner) -> &'static str {
    match owner {
        Owner::Aws => "☁",
        Owner::Customer => "👤",
        Owner::Shared => "⚖",
    }
}

/// Applies the app's text sizes and spacing.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style
            .text_styles
            .insert(TextStyle::Body, FontId::proportional(15.0));
        style
            .text_styles
            .insert(TextStyle::Button, FontId::proportional(15.0));
        style
            .text_styles
            .insert(TextStyle::Heading, FontId::proportional(22.0));
        style
            .text_styles
            .insert(TextStyle::Small, FontId::proportional(12.0));
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

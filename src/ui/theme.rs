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

/// The frame of a note: a missed card with its explanation, the feedback
/// strip, a card of the class report. One look everywhere.
pub fn note_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(6.0)
        .inner_margin(8.0)
}

/// The frame of a question that needs an answer before anything changes
/// (reset progress, replace a deck): a note with a warning-coloured edge.
pub fn question_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(egui::Stroke::new(1.5, ui.visuals().warn_fg_color))
        .corner_radius(8.0)
        .inner_margin(10.0)
}

/// Applies the app's text sizes and spacing.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for (text_style, size) in [
            (TextStyle::Body, 15.0),
            (TextStyle::Button, 15.0),
            (TextStyle::Heading, 22.0),
            (TextStyle::Small, 12.0),
        ] {
            style
                .text_styles
                .insert(text_style, FontId::proportional(size));
        }
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        // No fades or slides: every change shows at once, and the window
        // paints no extra frames after an input (at start, scroll bars
        // fading in cost five more frames, each 30-40 ms of CPU under
        // software rendering).
        style.animation_time = 0.0;
    });
}

/// Switches projector mode (large type, high contrast) on or off. Cheap to
/// call every frame: it changes the style only when the mode changes.
pub fn set_projector(ctx: &egui::Context, on: bool) {
    let id = egui::Id::unique("srm-study-projector-mode");
    let current = ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false);
    if current == on {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(id, on));
    ctx.set_zoom_factor(if on { PROJECTOR_ZOOM } else { 1.0 });
    ctx.all_styles_mut(|style| {
        let dark = style.visuals.dark_mode;
        if on {
            style.visuals.override_text_color =
                Some(if dark { Color32::WHITE } else { Color32::BLACK });
            style.visuals.panel_fill = if dark { Color32::BLACK } else { Color32::WHITE };
            style.visuals.widgets.noninteractive.bg_stroke.width = 1.5;
            style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(
                1.5,
                if dark {
                    Color32::GRAY
                } else {
                    Color32::DARK_GRAY
                },
            );
        } else {
            let base = if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            };
            style.visuals.override_text_color = base.override_text_color;
            style.visuals.panel_fill = base.panel_fill;
            style.visuals.widgets = base.widgets;
        }
    });
}

/// Labels are text to a screen reader, not controls: while an assistive
/// technology reads the window (AccessKit is on), they are not selectable,
/// so none offers a "click" action that does nothing. Without one, the
/// text of a label can be selected and copied with the mouse. Cheap to call
/// every frame: it changes the style only when that changes.
pub fn set_screen_reader(ctx: &egui::Context, on: bool) {
    let id = egui::Id::unique("srm-study-screen-reader");
    if ctx.data(|d| d.get_temp::<bool>(id)) == Some(on) {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(id, on));
    ctx.all_styles_mut(|style| style.interaction.selectable_labels = !on);
}

/// The frame of a side or top panel inside another panel: the usual
/// margins and no fill, as the outer panel has painted that colour already.
/// (Every fill is a layer of pixels to paint each frame, which software
/// rendering pays for: the app's frames cost about 40 ms under llvmpipe
/// against 25 for a bare window.)
pub fn inner_side_panel(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::side_top_panel(ui.style()).fill(Color32::TRANSPARENT)
}

/// The frame of a central panel inside another panel (see
/// [`inner_side_panel`]).
pub fn inner_central_panel(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::central_panel(ui.style()).fill(Color32::TRANSPARENT)
}

/// How much projector mode enlarges everything.
pub const PROJECTOR_ZOOM: f32 = 1.5;

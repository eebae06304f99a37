//! Widgets every area uses: the owner badge (colour, glyph and word, the
//! same everywhere), notes under buttons, problem lists, the content error
//! list, section headings and the one "good" colour.

use egui::{Color32, Response, RichText, Sense, TextStyle, Ui, WidgetInfo, WidgetText};

use super::action::Note;
use super::theme::{owner_color, owner_glyph};
use crate::i18n::Translator;
use crate::i18n::words::owner_name;
use crate::model::progress::{DEFAULT_NEW_CARDS, Progress};
use crate::model::{Catalog, LoadError, Owner};
use crate::tr;

/// The text of a badge in the window's language, e.g. "☁ AWS", "👤 Kunde".
pub fn owner_badge_text(tr: &Translator, owner: Owner) -> String {
    format!("{} {}", owner_glyph(owner), owner_name(tr, owner))
}

/// A control or label named for a screen reader without the pictograph,
/// arrow or dot its text starts or ends with ("🔍 Search" is said
/// "Search"): the marker helps the eye, and read out ("magnifying glass")
/// it only delays the word.
pub trait Plain {
    /// The same response, its accessible name (a label's value) without
    /// markers.
    fn plain(self) -> Self;
}

impl Plain for Response {
    fn plain(self) -> Self {
        self.ctx.accesskit_node_builder(self.id, |node| {
            if let Some(label) = node.label() {
                let plain = crate::text::without_markers(label);
                if plain.len() != label.len() {
                    let plain = plain.to_owned();
                    node.set_label(plain);
                }
            }
            if let Some(value) = node.value() {
                let plain = crate::text::without_markers(value);
                if plain.len() != value.len() {
                    let plain = plain.to_owned();
                    node.set_value(plain);
                }
            }
        });
        self
    }
}

/// Shows an owner badge: a coloured pill with the glyph and the name in the
/// window's language, sized to its text but never wider than `max_width`
/// (`f32::INFINITY`: no limit; a long name, "Compartido" in a narrow bin,
/// is cut with "…" and shown whole on hover). Its accessible label is the
/// owner's name alone, e.g. "AWS": a screen reader does not read the glyph
/// out.
pub fn owner_badge(ui: &mut Ui, tr: &Translator, owner: Owner, max_width: f32) -> Response {
    let dark = ui.visuals().dark_mode;
    let color = owner_color(owner, dark);
    let fill = if dark {
        color.gamma_multiply(0.55)
    } else {
        color
    };
    let rich = RichText::new(owner_badge_text(tr, owner))
        .strong()
        .color(Color32::WHITE);
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
            .galley(rect.min + padding, galley, Color32::WHITE);
    }
    let name = owner_name(tr, owner);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &name));
    if cut {
        response.on_hover_text(name)
    } else {
        response
    }
}

/// Shows every load error on its own line, `file:line:col: message`, with a
/// hint on how to fix and re-check, then the deck lint's warnings.
pub fn load_errors_ui(
    ui: &mut Ui,
    tr: &Translator,
    errors: &[LoadError],
    warnings: &[crate::model::lint::LintWarning],
) {
    if !warnings.is_empty() {
        ui.label(RichText::new(tr!(tr, "app-lint-intro", warnings = warnings.len())).strong());
        egui::ScrollArea::vertical()
            .id_salt("lint-warnings")
            .max_height(160.0)
            .show(ui, |ui| {
                for warning in warnings {
                    ui.add(
                        egui::Label::new(RichText::new(warning.localized(tr)).monospace())
                            .wrap_mode(egui::TextWrapMode::Wrap),
                    );
                }
            });
        ui.add_space(4.0);
    }
    if errors.is_empty() {
        return;
    }
    ui.label(RichText::new(tr!(tr, "app-errors-intro", errors = errors.len())).strong());
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("load-errors")
        .max_height(260.0)
        .show(ui, |ui| {
            for error in errors {
                ui.add(
                    egui::Label::new(RichText::new(error.localized(tr)).monospace())
                        .wrap_mode(egui::TextWrapMode::Wrap),
                );
            }
        });
}

/// A note under the button that caused it: green for done, red for a
/// problem.
pub fn note_ui(ui: &mut Ui, note: &Option<Note>) {
    // Each note of a page remembers its own last text: a key shared by two
    // notes in one scope would flip between them and scroll every frame.
    let key = ui.next_auto_id().with("note-last-shown");
    let response = match note {
        Some(Note::Done(text)) => {
            let color = good_color(ui.visuals().dark_mode);
            ui.add(egui::Label::new(RichText::new(format!("✔ {text}")).color(color)).wrap())
        }
        Some(Note::Problem(text)) => problem_label(ui, text),
        None => return,
    };
    // A new message ("Saved to ...") is scrolled into view once: it often
    // lands below the fold of a long form.
    let text = note.as_ref().map(|n| n.text().to_owned());
    let is_new = ui.data_mut(|d| {
        let last: Option<Option<String>> = d.get_temp(key);
        d.insert_temp(key, text.clone());
        last.flatten() != text
    });
    if is_new {
        response.scroll_to_me(Some(egui::Align::BOTTOM));
    }
}

/// A problem, in the error colour, with a warning sign.
pub fn problem_label(ui: &mut Ui, text: &str) -> egui::Response {
    let color = ui.visuals().error_fg_color;
    ui.add(egui::Label::new(RichText::new(format!("⚠ {text}")).color(color)).wrap())
}

/// Load errors, one `file:line:col: message` per line, under an intro.
pub fn errors_ui(ui: &mut Ui, intro: &str, errors: &[String]) {
    if errors.is_empty() {
        return;
    }
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(egui::Stroke::new(1.0, ui.visuals().error_fg_color))
        .corner_radius(6.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            problem_label(ui, intro);
            for error in errors {
                ui.add(egui::Label::new(RichText::new(error).monospace()).wrap());
            }
        });
}

/// The colour of "right" and "done", readable on the dark and light themes.
pub fn good_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x6C, 0xD6, 0x8C)
    } else {
        Color32::from_rgb(0x1B, 0x7F, 0x3B)
    }
}

/// A section heading inside a page.
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).strong().size(17.0));
}

/// Whether this click comes within the double-click delay of the last click
/// recorded under `key`; records this click's time either way. Call it only
/// for a click. Buttons that take one another's place (Check, then "See
/// results") share a key, so one double-click never presses both; egui's
/// own double-click flag is not enough, as it also fires for a quick click
/// on another widget.
pub(crate) fn repeated_click(ui: &egui::Ui, key: egui::Id) -> bool {
    let now = ui.input(|i| i.time);
    let delay = ui.ctx().options(|o| o.input_options.max_double_click_delay);
    let last: Option<f64> = ui.data_mut(|d| {
        let last = d.get_temp(key);
        d.insert_temp(key, now);
        last
    });
    last.is_some_and(|t| now - t < delay)
}

/// The width `text` takes on one line in `font` (a text style such as
/// `TextStyle::Button`, or a font and size).
pub fn text_width(
    ui: &Ui,
    text: impl Into<WidgetText>,
    font: impl Into<egui::FontSelection>,
) -> f32 {
    text.into()
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, font)
        .size()
        .x
}

/// In a wrapping row, starts the next row unless `width` more points fit on
/// this one, so that a group drawn next (a label and its dropdown, a button
/// and its "Type a path" link) moves to the next row whole instead of being
/// cut by the window or split in two. The width is measured by the caller
/// from the texts themselves, so the very first frame wraps as every later
/// one does.
pub fn keep_together(ui: &mut Ui, width: f32) {
    let wraps = ui.layout().main_wrap && ui.layout().is_horizontal();
    let row_started = ui.cursor().min.x > ui.max_rect().min.x + 0.5;
    if wraps && row_started && ui.available_size_before_wrap().x < width {
        ui.end_row();
    }
}

/// What the review button says, counting the cards the review will really
/// hold: "🔁 Review due (4) + 5 new", never a 9-card review labelled 4.
pub fn review_label(tr: &Translator, catalog: &Catalog, progress: &Progress, now: u64) -> String {
    let queue = progress.review_queue(catalog, now, DEFAULT_NEW_CARDS);
    let new = queue
        .iter()
        .filter(|card| {
            let deck = &catalog.decks[card.deck].deck;
            let seen = deck.items.get(card.item).is_some_and(|item| {
                progress
                    .cards
                    .contains_key(&crate::model::progress::card_key(&deck.id, &item.id))
            });
            !seen
        })
        .count();
    let due = queue.len() - new;
    match (due, new) {
        (0, 0) => tr!(tr, "progress-review-nothing"),
        (0, new) => tr!(tr, "progress-review-new", new = new),
        (due, 0) => tr!(tr, "progress-review-due", due = due),
        (due, new) => tr!(tr, "progress-review-due-new", due = due, new = new),
    }
}

/// Makes the label behind `response` a live region that says `spoken`: a
/// screen reader reads it out whenever it changes, wherever the focus is
/// (AccessKit's `live`; on Linux an AT-SPI announcement). `spoken` may say
/// more than the screen shows, e.g. which card went where.
pub fn make_live(ui: &Ui, response: &Response, spoken: &str, live: egui::accesskit::Live) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_value(spoken);
        node.set_live(live);
    });
}

/// A bar filled to `share` (0 is empty: no stub, as egui's progress bar
/// draws one), `width` wide, with `shown` on it in `text` and `name` for a
/// screen reader. The bars of Progress, the results and the LRS's sending.
pub fn share_bar(
    ui: &mut Ui,
    share: f32,
    width: f32,
    shown: &str,
    name: &str,
    text: TextStyle,
) -> Response {
    let font = text.resolve(ui.style());
    let height = ui.spacing().interact_size.y.max(font.size + 4.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let visuals = ui.visuals();
    let painter = ui.painter();
    painter.rect_filled(rect, 4.0, visuals.extreme_bg_color);
    let fill = bar_fill_width(share, rect.width());
    if fill > 0.0 {
        let filled = egui::Rect::from_min_size(rect.min, egui::vec2(fill, rect.height()));
        painter.rect_filled(filled, 4.0, visuals.selection.bg_fill);
    }
    painter.text(
        rect.left_center() + egui::vec2(6.0, 0.0),
        egui::Align2::LEFT_CENTER,
        shown,
        font,
        visuals.text_color(),
    );
    response.widget_info(|| WidgetInfo::labeled(egui::Role::ProgressIndicator, true, name));
    response
}

/// How much of a bar `width` wide a `share` fills: nothing at 0.
fn bar_fill_width(share: f32, width: f32) -> f32 {
    if share.is_nan() || share <= 0.0 {
        0.0
    } else {
        share.min(1.0) * width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_share_bar_is_empty() {
        assert_eq!(bar_fill_width(0.0, 200.0), 0.0);
        assert_eq!(bar_fill_width(f32::NAN, 200.0), 0.0);
        assert_eq!(bar_fill_width(0.5, 200.0), 100.0);
        assert_eq!(bar_fill_width(1.5, 200.0), 200.0);
    }
}

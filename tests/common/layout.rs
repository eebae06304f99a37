//! The layout checker of the layout tests: every labelled widget egui laid
//! out (controls, text labels, progress bars), and what is wrong with where
//! they are (cut by the window, squeezed, crossing another).

use std::collections::HashMap;

use egui::{Rect, Sense};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use srm_study::ui::AppState;

/// One labelled widget as egui laid it out, in points.
#[derive(Debug, Clone)]
pub struct Control {
    pub label: String,
    pub layer: egui::LayerId,
    pub rect: Rect,
    /// The part not clipped away (by a scroll area or the window).
    pub visible: Rect,
    pub interactive: bool,
    /// Its accessibility role.
    pub role: egui::accesskit::Role,
}

pub fn labelled_controls(harness: &Harness<'_, AppState>) -> Vec<Control> {
    let mut labels = HashMap::new();
    for node in harness.root().children_recursive() {
        let ak = node.accesskit_node();
        if ak.is_hidden() {
            continue;
        }
        // A control names itself in its label, a text label in its value.
        let is_text = ak.role() == egui::accesskit::Role::Label;
        let name = ak.label().or_else(|| ak.value());
        if let Some(label) = name.filter(|l| !l.trim().is_empty()) {
            labels.insert(ak.locate().0.0, (label, is_text, ak.role()));
        }
    }
    harness.ctx.viewport(|viewport| {
        let mut controls = Vec::new();
        for (layer, widgets) in viewport.prev_pass.widgets.layers() {
            for widget in widgets {
                let Some((label, is_text, role)) = labels.get(&widget.id.value()) else {
                    continue;
                };
                let sense = widget.sense;
                controls.push(Control {
                    label: label.clone(),
                    layer: *layer,
                    rect: widget.rect,
                    visible: widget.interact_rect,
                    // A text label senses drags to select its text; it is
                    // still text, not a control.
                    interactive: !is_text
                        && (sense.senses_click()
                            || sense.senses_drag()
                            || sense.contains(Sense::FOCUSABLE)),
                    role: *role,
                });
            }
        }
        controls
    })
}

/// What is wrong with the layout on screen, one line per problem.
pub fn layout_problems(harness: &Harness<'_, AppState>) -> Vec<String> {
    let window = harness.ctx.content_rect();
    let controls = labelled_controls(harness);
    let mut problems = Vec::new();
    const SLACK: f32 = 1.0;
    let shows = |c: &Control| c.visible.width() > 0.0 && c.visible.height() > 0.0;
    for c in &controls {
        if !shows(c) {
            // Scrolled out of view, or cut sideways. egui keeps the part of
            // a widget inside its clip as the plain intersection, so it
            // tells which: past the top or bottom of a scroll area, the
            // height is gone; wholly past a side of its clip (a button a
            // full-width text field pushes out of a panel), only the
            // width is. Nothing scrolls sideways there, so it cannot be
            // reached; only the cells of a grid that scrolls sideways (the
            // class report's) may be out of view that way.
            let sideways_grid = matches!(
                c.role,
                egui::accesskit::Role::Cell | egui::accesskit::Role::ColumnHeader
            );
            if c.visible.height() > 0.0 && c.visible.width() <= 0.0 && !sideways_grid {
                problems.push(format!(
                    "“{}” at {:?} is cut off at the side of its panel, out of reach",
                    c.label, c.rect
                ));
            }
            continue;
        }
        // Cut by the window: the control goes past an edge and what shows
        // of it reaches that edge (a scroll area clips well inside it).
        let cut = (c.rect.min.x < window.min.x - SLACK && c.visible.min.x <= window.min.x + 2.0)
            || (c.rect.min.y < window.min.y - SLACK && c.visible.min.y <= window.min.y + 2.0)
            || (c.rect.max.x > window.max.x + SLACK && c.visible.max.x >= window.max.x - 2.0)
            || (c.rect.max.y > window.max.y + SLACK && c.visible.max.y >= window.max.y - 2.0);
        // Cut sideways: a scroll area here scrolls up and down only, so a
        // control clipped at its side cannot be reached at all.
        let clipped_x =
            c.rect.min.x < c.visible.min.x - SLACK || c.rect.max.x > c.visible.max.x + SLACK;
        if cut || clipped_x || !window.expand(SLACK).contains_rect(c.visible) {
            problems.push(format!(
                "“{}” at {:?} goes outside the window {:?}",
                c.label, c.rect, window
            ));
        }
    }
    // A panel's resize handle (a splitter, named in any language) is thin
    // by design.
    for c in controls
        .iter()
        .filter(|c| c.interactive && c.role != egui::accesskit::Role::Splitter)
    {
        if c.visible.width() > 0.0 && c.visible.height() > 0.0 && c.rect.width() < 24.0 {
            problems.push(format!(
                "“{}” at {:?} is squeezed too narrow",
                c.label, c.rect
            ));
        }
    }
    // Any two labelled widgets (controls, labels, progress bars) on the same
    // layer: they may nest (a label inside a clickable card), never cross.
    let shown: Vec<&Control> = controls
        .iter()
        .filter(|c| c.visible.width() > 0.0 && c.visible.height() > 0.0)
        .collect();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            if a.layer != b.layer {
                continue;
            }
            let nested = a.visible.expand(SLACK).contains_rect(b.visible)
                || b.visible.expand(SLACK).contains_rect(a.visible);
            if nested && !(a.interactive && b.interactive) {
                continue;
            }
            let overlap = a.visible.intersect(b.visible);
            if overlap.width() > 2.0 && overlap.height() > 2.0 {
                problems.push(format!(
                    "“{}” {:?} and “{}” {:?} overlap",
                    a.label, a.rect, b.label, b.rect
                ));
            }
        }
    }
    problems.extend(id_clashes(harness));
    problems
}

/// The widget id clashes egui found in the last frame. Two widgets with one
/// id share their state (a click on one is the other's), and debug builds
/// paint a red warning over the window: egui's "Second use of widget ID"
/// texts, read off the frame's shapes.
pub fn id_clashes(harness: &Harness<'_, AppState>) -> Vec<String> {
    fn texts(shape: &egui::Shape, found: &mut Vec<String>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| texts(s, found)),
            egui::Shape::Text(text) if text.galley.text().contains("use of widget ID") => {
                found.push(format!(
                    "egui warns “{}” at {:?}",
                    text.galley.text(),
                    text.pos
                ));
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    for clipped in &harness.output().shapes {
        texts(&clipped.shape, &mut found);
    }
    found
}

/// The rectangles the last frame filled with `color` (the fill of bars and
/// selections), in points.
pub fn filled_rects(harness: &Harness<'_, AppState>, color: egui::Color32) -> Vec<Rect> {
    fn walk(shape: &egui::Shape, color: egui::Color32, found: &mut Vec<Rect>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, color, found)),
            egui::Shape::Rect(rect) if rect.fill == color => found.push(rect.rect),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, color, &mut found);
    }
    found
}

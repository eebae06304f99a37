//! The Stack drill area: the picker, the stack without owners, and the
//! checked stack with explanations.

use crate::ui::widgets::Plain;
use egui::{RichText, Ui};

use super::action::DrillAction;
use super::state::DrillState;
use crate::i18n::Translator;
use crate::i18n::words::owner_name;
use crate::model::Owner;
use crate::model::browse::services;
use crate::model::drill::StackDrill;
use crate::model::session::Mark;
use crate::tr;
use crate::ui::action::{Action, Area};
use crate::ui::context::ViewCtx;
use crate::ui::theme::owner_color;
use crate::ui::widgets::{good_color, owner_badge, owner_badge_text, repeated_click};

/// Draws the Stack drill area.
pub fn drill_ui(ui: &mut Ui, ctx: &ViewCtx, state: &DrillState, actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical()
        .id_salt("drill-scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(8.0);
            match &state.drill {
                None => picker_ui(ui, ctx, actions),
                Some(drill) => {
                    keys(ui, drill, state.focused, actions);
                    drill_body(ui, ctx.tr, drill, state.focused, actions);
                }
            }
        });
}

fn picker_ui(ui: &mut Ui, ctx: &ViewCtx, actions: &mut Vec<Action>) {
    let tr = ctx.tr;
    ui.heading(tr!(tr, "drill-heading"));
    ui.label(tr!(tr, "drill-intro"));
    ui.add_space(8.0);
    let all = services(ctx.catalog);
    if all.is_empty() {
        ui.label(tr!(tr, "drill-no-stack"));
    }
    ui.horizontal_wrapped(|ui| {
        for service in all {
            let text = tr!(tr, "drill-service-button", service = service.name.as_str());
            if ui.button(text).clicked() {
                actions.push(Action::Drill(DrillAction::Start(service.id.clone())));
            }
        }
    });
    ui.add_space(8.0);
    if ui.button(tr!(tr, "drill-back-to-browse")).clicked() {
        actions.push(Action::Navigate(Area::Browse));
    }
}

/// Up and Down move the focus (the stack is drawn top first); 1, 2 and 3
/// set the focused layer to AWS, Customer and Shared.
fn keys(ui: &mut Ui, drill: &StackDrill, focused: usize, actions: &mut Vec<Action>) {
    if drill.score.is_some() || drill.layers.is_empty() {
        return;
    }
    let none = egui::Modifiers::NONE;
    ui.input_mut(|i| {
        if i.consume_key(none, egui::Key::ArrowUp) {
            actions.push(Action::Drill(DrillAction::Focus(focused + 1)));
        }
        if i.consume_key(none, egui::Key::ArrowDown) {
            actions.push(Action::Drill(DrillAction::Focus(focused.saturating_sub(1))));
        }
        for (key, owner) in [
            (egui::Key::Num1, Owner::Aws),
            (egui::Key::Num2, Owner::Customer),
            (egui::Key::Num3, Owner::Shared),
        ] {
            if i.consume_key(none, key) {
                actions.push(Action::Drill(DrillAction::Set(focused, owner)));
            }
        }
    });
}

fn drill_body(
    ui: &mut Ui,
    tr: &Translator,
    drill: &StackDrill,
    focused: usize,
    actions: &mut Vec<Action>,
) {
    let service = drill.service_name.as_str();
    ui.heading(tr!(tr, "drill-title", service = service));
    let checked = drill.score.is_some();
    if let Some(score) = drill.score {
        let text = tr!(tr, "drill-score", right = score.right, total = score.max);
        ui.label(RichText::new(text).strong().size(18.0));
        if !drill.service_summary.is_empty() {
            ui.add(egui::Label::new(&drill.service_summary).wrap());
        }
    } else {
        ui.add(egui::Label::new(tr!(tr, "drill-instructions")).wrap());
        // The owners to drag; the same three, in the same order, always.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!(tr, "drill-drag")).weak());
            for owner in Owner::ALL {
                let id = egui::Id::unique(("drill-owner-chip", owner as usize));
                let chip = ui.dnd_drag_source(id, DraggedOwner(owner), |ui| {
                    owner_badge(ui, tr, owner, f32::INFINITY);
                });
                let name = tr!(tr, "drill-drag-owner", owner = owner_name(tr, owner));
                chip.response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            }
        });
    }
    ui.add_space(8.0);
    let dark = ui.visuals().dark_mode;
    let width = ui.available_width().min(900.0);
    // Every title button as wide as the longest title (up to half the
    // row, cut with "…" beyond), so the owner buttons line up in columns.
    let padding = 2.0 * ui.spacing().button_padding.x + 4.0;
    let title_width = drill
        .layers
        .iter()
        .map(|l| {
            crate::ui::widgets::text_width(
                ui,
                RichText::new(&l.title).strong(),
                egui::TextStyle::Button,
            )
        })
        .fold(220.0_f32, |w, t| w.max(t + padding))
        .min(width * 0.5);
    for i in (0..drill.layers.len()).rev() {
        let layer = &drill.layers[i];
        let answer = drill.answers[i];
        let is_focused = !checked && i == focused;
        let stroke = if is_focused {
            ui.visuals().selection.stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        let fill = match (checked, answer) {
            (true, _) => owner_color(layer.owner, dark).gamma_multiply(0.25),
            (false, Some(owner)) => owner_color(owner, dark).gamma_multiply(0.25),
            (false, None) => ui.visuals().faint_bg_color,
        };
        let frame = egui::Frame::new()
            .fill(fill)
            .stroke(stroke)
            .corner_radius(4.0)
            .inner_margin(6.0);
        // Each row takes an owner dropped on it (until checked).
        let (_, dropped) = ui.dnd_drop_zone::<DraggedOwner, _>(frame, |ui| {
            ui.set_width(width);
            // Wrapped: in a narrow window the mark moves to a line of its own.
            ui.horizontal_wrapped(|ui| {
                let title = RichText::new(&layer.title).strong();
                let focus = ui.add_sized(
                    egui::vec2(title_width, 24.0),
                    egui::Button::selectable(is_focused, title).truncate(),
                );
                if focus.clicked() && !checked {
                    actions.push(Action::Drill(DrillAction::Focus(i)));
                }
                for owner in Owner::ALL {
                    let on = answer == Some(owner);
                    let label = tr!(
                        tr,
                        "drill-set-layer",
                        layer = layer.title.as_str(),
                        owner = owner_name(tr, owner)
                    );
                    let text = RichText::new(owner_badge_text(tr, owner));
                    let response = ui.add_enabled(!checked, egui::Button::selectable(on, text));
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, !checked, on, &label)
                    });
                    if response.clicked() {
                        actions.push(Action::Drill(DrillAction::Set(i, owner)));
                    }
                }
                if let Some(mark) = drill.mark(i) {
                    mark_ui(ui, tr, mark, layer.owner, dark);
                }
            });
            if checked && !layer.summary.is_empty() {
                ui.add(egui::Label::new(RichText::new(&layer.summary).small()).wrap());
            }
        });
        if let Some(dropped) = dropped
            && !checked
        {
            actions.push(Action::Drill(DrillAction::Set(i, dropped.0)));
        }
        ui.add_space(2.0);
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        // "Drill it again" takes Check's place and the buttons beside it
        // move: the second click of a double-click on Check must not start
        // the drill over or leave it.
        let slot = egui::Id::unique("drill-check-slot");
        if !checked {
            let text = tr!(
                tr,
                "drill-check",
                set = drill.answered(),
                total = drill.layers.len()
            );
            if ui.button(text).clicked() && !repeated_click(ui, slot) {
                actions.push(Action::Drill(DrillAction::Check));
            }
        } else if ui.button(tr!(tr, "drill-again")).clicked() && !repeated_click(ui, slot) {
            actions.push(Action::Drill(DrillAction::Start(drill.service_id.clone())));
        }
        if ui.button(tr!(tr, "drill-another")).clicked() && !repeated_click(ui, slot) {
            actions.push(Action::Drill(DrillAction::Choose));
        }
        if ui.button(tr!(tr, "drill-back-to-browse")).clicked() && !repeated_click(ui, slot) {
            actions.push(Action::Navigate(Area::Browse));
        }
    });
}

/// What is dragged in the drill: an owner, onto a layer.
#[derive(Debug, Clone, Copy)]
struct DraggedOwner(Owner);

fn mark_ui(ui: &mut Ui, tr: &Translator, mark: Mark, owner: Owner, dark: bool) {
    match mark {
        Mark::Right => {
            let word = tr!(tr, "drill-mark-right");
            ui.add(egui::Label::new(RichText::new(word).color(good_color(dark)).strong()).extend())
                .plain();
        }
        Mark::Wrong | Mark::Unanswered => {
            let word = if mark == Mark::Wrong {
                tr!(tr, "drill-mark-wrong")
            } else {
                tr!(tr, "drill-mark-not-set")
            };
            ui.add(
                egui::Label::new(
                    RichText::new(word)
                        .color(ui.visuals().error_fg_color)
                        .strong(),
                )
                .extend(),
            )
            .plain();
            ui.add(egui::Label::new(tr!(tr, "drill-mark-answer")).extend())
                .plain();
            owner_badge(ui, tr, owner, f32::INFINITY);
        }
    }
}

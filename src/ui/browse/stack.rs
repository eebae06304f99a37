//! Browse's stack panel: the layers of one service with their owners and
//! the line where AWS's part ends, two services compared side by side, and
//! the owners' legend.

use crate::ui::widgets::Plain;
use egui::{Color32, RichText, Ui};

use super::action::BrowseAction;
use super::state::BrowseState;
use crate::i18n::Translator;
use crate::i18n::words::{owner_name, owner_tagline};
use crate::model::Owner;
use crate::model::browse::{
    StackRow, aws_boundary, owners_differ, services, stack_for, stack_layers,
};
use crate::model::{Layer, Service};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::context::ViewCtx;
use crate::ui::theme::owner_color;
use crate::ui::widgets::{owner_badge, owner_badge_text, text_width};

pub(super) fn stack_ui(ui: &mut Ui, ctx: &ViewCtx, state: &BrowseState, actions: &mut Vec<Action>) {
    let (catalog, tr) = (ctx.catalog, ctx.tr);
    ui.add_space(6.0);
    ui.heading(tr!(tr, "browse-stack-heading"));
    let all = services(catalog);
    let layers = stack_layers(catalog);
    if all.is_empty() || layers.is_empty() {
        ui.label(tr!(tr, "browse-no-stack"));
        return;
    }
    let current = state
        .stack_service
        .as_deref()
        .and_then(|id| all.iter().find(|s| s.id == id))
        .unwrap_or(&all[0]);
    ui.horizontal(|ui| {
        let label = ui.label(tr!(tr, "browse-stack-for"));
        egui::ComboBox::from_id_salt("stack-service")
            .selected_text(&current.name)
            .width(ui.available_width() - 8.0)
            .height(480.0)
            .show_ui(ui, |ui| {
                for service in &all {
                    if ui
                        .selectable_label(service.id == current.id, service.title())
                        .clicked()
                    {
                        actions.push(Action::Browse(BrowseAction::PickService(
                            service.id.clone(),
                        )));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if !current.summary.is_empty() {
        ui.add(egui::Label::new(RichText::new(&current.summary).small()).wrap());
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr!(tr, "browse-drill-stack"))
            .plain()
            .on_hover_text(tr!(tr, "browse-drill-stack-hint"))
            .clicked()
        {
            actions.push(Action::StartDrill(current.id.clone()));
        }
        let compare = ui
            .add(egui::Button::selectable(
                state.compare.is_some(),
                tr!(tr, "browse-compare"),
            ))
            .on_hover_text(tr!(tr, "browse-compare-hint"));
        if compare.clicked() {
            let other = if state.compare.is_some() {
                None
            } else {
                all.iter()
                    .find(|s| s.id != current.id)
                    .map(|s| s.id.clone())
            };
            actions.push(Action::Browse(BrowseAction::CompareWith(other)));
        }
    });
    ui.add_space(6.0);

    let rows = stack_for(layers, current);
    let boundary = aws_boundary(&rows);
    let dark = ui.visuals().dark_mode;
    // Top of the stack first, as the diagram reads: customer data on top,
    // the physical facilities at the bottom.
    for (i, row) in rows.iter().enumerate().rev() {
        if boundary == Some(i) && i + 1 < rows.len() {
            boundary_line(ui, tr, dark);
        }
        layer_row(ui, tr, row, &current.id, state, actions, dark);
    }
    ui.add_space(6.0);
    legend_ui(ui, tr);
    ui.add_space(4.0);
    ui.label(RichText::new(tr!(tr, "browse-stack-hint")).small().weak());
}

pub(super) fn service_combo(
    ui: &mut Ui,
    label: &str,
    all: &[&Service],
    current: &Service,
    make: impl Fn(String) -> BrowseAction,
    actions: &mut Vec<Action>,
) {
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(label.id)
        .selected_text(&current.name)
        .width(240.0)
        .height(480.0)
        .show_ui(ui, |ui| {
            for service in all {
                if ui
                    .selectable_label(service.id == current.id, &service.name)
                    .clicked()
                {
                    actions.push(Action::Browse(make(service.id.clone())));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// Two services' stacks side by side, layers aligned by row, the line drawn
/// on both, the rows whose owner differs marked.
pub(super) fn compare_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    state: &BrowseState,
    actions: &mut Vec<Action>,
) {
    let (catalog, tr) = (ctx.catalog, ctx.tr);
    let all = services(catalog);
    let layers = stack_layers(catalog);
    let find = |id: Option<&str>| id.and_then(|id| all.iter().copied().find(|s| s.id == id));
    let (Some(left), Some(right)) = (
        find(state.stack_service.as_deref()).or(all.first().copied()),
        find(state.compare.as_deref()),
    ) else {
        return;
    };
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!(tr, "browse-compare-heading"));
        if ui.button(tr!(tr, "browse-compare-close")).clicked() {
            actions.push(Action::Browse(BrowseAction::CompareWith(None)));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let left_label = tr!(tr, "browse-compare-left");
        service_combo(
            ui,
            &left_label,
            &all,
            left,
            BrowseAction::PickService,
            actions,
        );
        service_combo(
            ui,
            &tr!(tr, "browse-compare-right"),
            &all,
            right,
            |id| BrowseAction::CompareWith(Some(id)),
            actions,
        );
    });
    ui.label(
        RichText::new(tr!(tr, "browse-compare-explained"))
            .small()
            .weak(),
    );
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt("compare-scroll")
        .show(ui, |ui| compare_rows(ui, tr, layers, left, right));
}

fn compare_rows(ui: &mut Ui, tr: &Translator, layers: &[Layer], left: &Service, right: &Service) {
    let dark = ui.visuals().dark_mode;
    let rows = [stack_for(layers, left), stack_for(layers, right)];
    let bounds = [aws_boundary(&rows[0]), aws_boundary(&rows[1])];
    // The column between the stacks holds "differs", as long as the
    // language makes it.
    let differs = RichText::new(tr!(tr, "browse-differs")).small().strong();
    let marker = (text_width(ui, differs.clone(), egui::TextStyle::Small) + 8.0).max(52.0);
    let spacing = ui.spacing().item_spacing.x;
    let col = ((ui.available_width() - marker - 2.0 * spacing) / 2.0).max(120.0);
    // A layer name too long for one line beside its owner takes two (every
    // cell grows alike), rather than being cut where there is room.
    let font = egui::TextStyle::Button.resolve(ui.style());
    let owner_room = Owner::ALL
        .iter()
        .map(|o| {
            crate::ui::widgets::text_width(ui, owner_badge_text(tr, *o), egui::TextStyle::Button)
        })
        .fold(0.0_f32, f32::max)
        + 3.0 * CELL_PAD;
    let two_lines = layers.iter().any(|l| {
        crate::ui::widgets::text_width(ui, l.title.as_str(), egui::TextStyle::Button)
            > col - owner_room
    });
    let cell_height = if two_lines {
        2.0 * ui.ctx().fonts_mut(|f| f.row_height(&font)) + 12.0
    } else {
        30.0
    };
    ui.horizontal(|ui| {
        for (side, service) in [left, right].into_iter().enumerate() {
            ui.allocate_ui(egui::vec2(col, 20.0), |ui| {
                ui.set_width(col);
                ui.label(RichText::new(&service.name).strong());
            });
            if side == 0 {
                ui.add_space(marker);
            }
        }
    });
    for i in (0..layers.len()).rev() {
        // The line sits above the highest layer that is wholly AWS's.
        let lines = [0, 1].map(|s| bounds[s] == Some(i) && i + 1 < layers.len());
        if lines[0] || lines[1] {
            ui.horizontal(|ui| {
                for (side, line) in lines.into_iter().enumerate() {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(col, 4.0), egui::Sense::hover());
                    if line {
                        ui.painter()
                            .rect_filled(rect, 1.0, ui.visuals().strong_text_color());
                    }
                    if side == 0 {
                        ui.add_space(marker);
                    }
                }
            });
        }
        let differ = owners_differ(&rows[0], &rows[1], i);
        ui.horizontal(|ui| {
            for side in 0..2 {
                let row = &rows[side];
                compare_cell(
                    ui,
                    tr,
                    &row[i],
                    [left, right][side],
                    (col, cell_height),
                    differ,
                    dark,
                );
                if side == 0 {
                    ui.allocate_ui(egui::vec2(marker, 30.0), |ui| {
                        ui.set_width(marker);
                        if differ {
                            ui.label(differs.clone())
                                .on_hover_text(tr!(tr, "browse-differs-hint"));
                        }
                    });
                }
            }
        });
    }
}

fn compare_cell(
    ui: &mut Ui,
    tr: &Translator,
    row: &StackRow<'_>,
    service: &Service,
    (width, height): (f32, f32),
    differ: bool,
    dark: bool,
) {
    let (fill, owner_text) = match row.owner {
        Some(owner) => (
            owner_color(owner, dark).gamma_multiply(if dark { 0.45 } else { 0.22 }),
            owner_badge_text(tr, owner),
        ),
        None => (
            ui.visuals().faint_bg_color,
            tr!(tr, "browse-not-applicable"),
        ),
    };
    let stroke = if differ {
        egui::Stroke::new(2.0, ui.visuals().warn_fg_color)
    } else {
        egui::Stroke::NONE
    };
    // Drawn at exactly `width`, so both columns line up whatever the
    // texts: a long layer name is cut with "…" (whole in its tooltip).
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect(rect, 4.0, fill, stroke, egui::StrokeKind::Inside);
    let color = ui.visuals().strong_text_color();
    let font = egui::TextStyle::Button.resolve(ui.style());
    let pad = CELL_PAD;
    let owner = painter.layout_no_wrap(owner_text, font.clone(), color);
    let owner_size = owner.size();
    let mut job = egui::text::LayoutJob::simple_singleline(row.layer.title.clone(), font, color);
    let rows = if height > 40.0 { 2 } else { 1 };
    job.wrap = egui::text::TextWrapping {
        max_width: (width - owner_size.x - 3.0 * pad).max(16.0),
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    let title = painter.layout_job(job);
    let elided = title.elided;
    let title_size = title.size();
    painter.galley(
        egui::pos2(rect.left() + pad, rect.center().y - title_size.y / 2.0),
        title,
        color,
    );
    painter.galley(
        egui::pos2(
            rect.right() - pad - owner_size.x,
            rect.center().y - owner_size.y / 2.0,
        ),
        owner,
        color,
    );
    let response = if elided {
        response.on_hover_text(&row.layer.title)
    } else {
        response
    };
    let owner = owner_or_none(tr, row.owner);
    let (service, layer) = (service.name.as_str(), row.layer.title.as_str());
    let label = if differ {
        tr!(
            tr,
            "browse-compare-cell-differs",
            service = service,
            layer = layer,
            owner = owner
        )
    } else {
        tr!(
            tr,
            "browse-compare-cell",
            service = service,
            layer = layer,
            owner = owner
        )
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
}

/// The padding inside a cell of the compared stacks.
const CELL_PAD: f32 = 8.0;

fn boundary_line(ui: &mut Ui, tr: &Translator, dark: bool) {
    ui.add_space(2.0);
    let text = RichText::new(tr!(tr, "browse-boundary"))
        .small()
        .strong()
        .color(if dark { Color32::WHITE } else { Color32::BLACK });
    ui.vertical_centered(|ui| ui.label(text).plain());
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 3.0), egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, 1.0, ui.visuals().strong_text_color());
    ui.add_space(2.0);
}

fn layer_row(
    ui: &mut Ui,
    tr: &Translator,
    row: &StackRow<'_>,
    service: &str,
    state: &BrowseState,
    actions: &mut Vec<Action>,
    dark: bool,
) {
    let selected = state.filter.layer.as_deref() == Some(row.layer.id.as_str());
    let (fill, owner_text) = match row.owner {
        Some(owner) => {
            let c = owner_color(owner, dark);
            (
                if dark {
                    c.gamma_multiply(0.45)
                } else {
                    c.gamma_multiply(0.22)
                },
                owner_badge_text(tr, owner),
            )
        }
        None => (
            ui.visuals().faint_bg_color,
            tr!(tr, "browse-not-applicable"),
        ),
    };
    let title = RichText::new(&row.layer.title).strong();
    let right = RichText::new(owner_text).strong();
    let button = egui::Button::new(title)
        .right_text(right)
        .fill(fill)
        .selected(selected)
        .min_size(egui::vec2(ui.available_width(), 30.0));
    let mut response = ui.add(button);
    let label = tr!(
        tr,
        "browse-layer-owner",
        layer = row.layer.title.as_str(),
        owner = owner_or_none(tr, row.owner)
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    if !row.layer.summary.is_empty() {
        response = response.on_hover_text(&row.layer.summary);
    }
    if response.clicked() {
        let mut filter = state.filter.clone();
        if selected {
            filter.layer = None;
            filter.layer_service = None;
        } else {
            filter.layer = Some(row.layer.id.clone());
            filter.layer_service = Some(service.to_owned());
        }
        actions.push(Action::Browse(BrowseAction::SetFilter(filter)));
    }
}

/// An owner's name, or "not applicable" for a layer no one owns here.
fn owner_or_none(tr: &Translator, owner: Option<Owner>) -> String {
    match owner {
        Some(owner) => owner_name(tr, owner),
        None => tr!(tr, "browse-no-owner"),
    }
}

pub(super) fn legend_ui(ui: &mut Ui, tr: &Translator) {
    for owner in Owner::ALL {
        // Wrapped: a long tagline (German, the pseudo-locale) takes a second
        // line rather than widening the panel after its first frame.
        ui.horizontal_wrapped(|ui| {
            owner_badge(ui, tr, owner, f32::INFINITY);
            ui.label(RichText::new(owner_tagline(tr, owner)).small());
        });
    }
}

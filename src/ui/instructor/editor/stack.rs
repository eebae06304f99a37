//! The editor's Stack tab: the deck's layers, top to bottom, and its
//! services with who owns each layer.

use egui::{RichText, Ui};

use super::action::{EditorAction, StackField};
use super::fields::{add_row, push, row_button, text_field, unlabelled_field};
use super::state::EditorState;
use crate::i18n::Translator;
use crate::i18n::words::owner_name;
use crate::model::deck_edit::EditDoc;
use crate::model::{Catalog, Owner};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::widgets::{section, text_width};

/// The deck's stack: its layers, top to bottom, and its services, each
/// with who owns each layer.
pub(super) fn stack_ui(
    ui: &mut Ui,
    tr: &Translator,
    catalog: &Catalog,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    let deck = &doc.deck;
    ui.add_space(6.0);
    ui.add(egui::Label::new(RichText::new(tr!(tr, "editor-stack-intro")).weak()).wrap());
    section(ui, &tr!(tr, "editor-stack-layers"));
    let missing = doc
        .missing_layers(crate::model::browse::stack_layers(catalog))
        .len();
    if missing > 0 {
        let text = if deck.layers.is_empty() {
            tr!(tr, "editor-stack-use-builtin", layers = missing)
        } else {
            tr!(tr, "editor-stack-add-missing", layers = missing)
        };
        if ui.button(text).clicked() {
            push(actions, EditorAction::UseBuiltinLayers);
        }
    }
    // The deck lists its layers bottom first; they show as Browse draws
    // them, the top first, numbered from the top.
    let top = deck.layers.len().saturating_sub(1);
    for (n, (i, layer)) in deck.layers.iter().enumerate().rev().enumerate() {
        let n = n + 1;
        ui.horizontal_wrapped(|ui| {
            // Fixed widths, so that the fields and buttons line up.
            ui.add_sized(
                [26.0, ui.spacing().interact_size.y],
                egui::Label::new(RichText::new(format!("{n}.")).strong()),
            );
            let name = tr!(tr, "editor-stack-layer-title", n = n);
            if let Some(title) = unlabelled_field(ui, &layer.title, &name, ("", 300.0)) {
                let field = EditorAction::SetStackField(i, StackField::LayerTitle, title);
                push(actions, field);
            }
            let up = (i < top, tr!(tr, "editor-stack-layer-up", n = n));
            row_button(ui, "⬆", up, EditorAction::MoveLayer(i, true), actions);
            let down = (i > 0, tr!(tr, "editor-stack-layer-down", n = n));
            row_button(ui, "⬇", down, EditorAction::MoveLayer(i, false), actions);
            let remove = (true, tr!(tr, "editor-stack-layer-remove", n = n));
            let button = tr!(tr, "editor-stack-remove");
            row_button(ui, &button, remove, EditorAction::RemoveLayer(i), actions);
            let id = layer.id.as_str();
            ui.label(RichText::new(tr!(tr, "editor-id", id = id)).small().weak());
        });
        // What it holds: Browse shows it over the layer, the stack drill
        // once the layer is checked.
        ui.horizontal(|ui| {
            ui.add_space(26.0 + ui.spacing().item_spacing.x);
            let name = tr!(tr, "editor-stack-layer-summary", n = n);
            let hint = tr!(tr, "editor-stack-layer-summary-hint");
            let look = (hint.as_str(), ui.available_width());
            if let Some(summary) = unlabelled_field(ui, &layer.summary, &name, look) {
                let field = EditorAction::SetStackField(i, StackField::LayerSummary, summary);
                push(actions, field);
            }
        });
        ui.add_space(4.0);
    }
    if deck.layers.is_empty() {
        ui.label(RichText::new(tr!(tr, "editor-stack-no-layers")).weak());
    }
    let (label, button) = (
        tr!(tr, "editor-stack-new-layer"),
        tr!(tr, "editor-stack-add-layer"),
    );
    let (changed, add) = add_row(ui, &label, &editor.new_layer, &button);
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewLayer(text));
    }
    if add {
        push(actions, EditorAction::AddLayer);
    }

    section(ui, &tr!(tr, "editor-services"));
    // One column of layer names, measured once, so the dropdowns line up.
    let label_width = deck
        .layers
        .iter()
        .map(|l| text_width(ui, l.title.as_str(), egui::TextStyle::Body))
        .fold(0.0, f32::max);
    for (i, service) in deck.services.iter().enumerate() {
        let name = service.shown_name();
        egui::CollapsingHeader::new(service.title())
            .id_salt(("editor-service", &service.id))
            .default_open(deck.services.len() <= 2)
            .show(ui, |ui| {
                let id = service.id.as_str();
                let text = tr!(tr, "editor-stack-service-id", id = id);
                ui.label(RichText::new(text).small().weak());
                let fields = [
                    (
                        StackField::ServiceName,
                        tr!(tr, "editor-stack-service-name"),
                        &service.name,
                        false,
                    ),
                    (
                        StackField::ServiceCategory,
                        tr!(tr, "editor-stack-service-category"),
                        &service.category,
                        false,
                    ),
                    (
                        StackField::ServiceSummary,
                        tr!(tr, "editor-stack-service-summary"),
                        &service.summary,
                        true,
                    ),
                ];
                for (field, label, value, multiline) in fields {
                    let (_, changed) = text_field(ui, &label, value, multiline);
                    if let Some(value) = changed {
                        push(actions, EditorAction::SetStackField(i, field, value));
                    }
                }
                ui.label(RichText::new(tr!(tr, "editor-stack-who-owns")).strong());
                for layer in deck.layers.iter().rev() {
                    let owner = service.layers.get(&layer.id).copied();
                    service_layer_ui(ui, tr, (i, name), layer, owner, label_width, actions);
                }
                if deck.layers.is_empty() {
                    ui.label(RichText::new(tr!(tr, "editor-stack-layers-first")).weak());
                }
                let remove = (
                    true,
                    tr!(tr, "editor-stack-service-remove-name", service = name),
                );
                let action = EditorAction::RemoveService(i);
                let button = tr!(tr, "editor-stack-service-remove");
                row_button(ui, &button, remove, action, actions);
            });
    }
    if deck.services.is_empty() {
        ui.label(RichText::new(tr!(tr, "editor-stack-no-services")).weak());
    }
    let (label, button) = (
        tr!(tr, "editor-stack-new-service"),
        tr!(tr, "editor-stack-add-service"),
    );
    let (changed, add) = add_row(ui, &label, &editor.new_service, &button);
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewService(text));
    }
    if add {
        push(actions, EditorAction::AddService);
    }
}

/// One layer's owner for one service: a dropdown named "Owner of LAYER for
/// SERVICE".
pub(super) fn service_layer_ui(
    ui: &mut Ui,
    tr: &Translator,
    (index, service): (usize, &str),
    layer: &crate::model::Layer,
    owner: Option<Owner>,
    label_width: f32,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let size = egui::vec2(label_width, ui.spacing().interact_size.y);
        let layout = egui::Layout::left_to_right(egui::Align::Center);
        let label = ui
            .allocate_ui_with_layout(size, layout, |ui| {
                ui.set_min_width(label_width);
                ui.label(&layer.title)
            })
            .inner;
        let not_applicable = tr!(tr, "editor-stack-not-applicable");
        let shown =
            |owner: Option<Owner>| owner.map_or(not_applicable.clone(), |o| owner_name(tr, o));
        let current = shown(owner);
        let response = egui::ComboBox::from_id_salt(("editor-service-layer", index, &layer.id))
            .selected_text(current)
            .width(150.0)
            .show_ui(ui, |ui| {
                let choices = [
                    None,
                    Some(Owner::Aws),
                    Some(Owner::Customer),
                    Some(Owner::Shared),
                ];
                for choice in choices {
                    let text = shown(choice);
                    if ui.selectable_label(choice == owner, text).clicked() && choice != owner {
                        push(
                            actions,
                            EditorAction::SetServiceLayer(index, layer.id.clone(), choice),
                        );
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let layer_title = layer.title.as_str();
        let name = tr!(
            tr,
            "editor-stack-owner-of",
            layer = layer_title,
            service = service
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    });
}

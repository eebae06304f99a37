//! The editor's Stack tab: the deck's layers, top to bottom, and its
//! services with who owns each layer.

use egui::{RichText, Ui};

use super::action::{EditorAction, StackField};
use super::fields::{add_row, push, row_button, text_field, unlabelled_field};
use super::state::EditorState;
use crate::model::deck_edit::EditDoc;
use crate::model::{Catalog, Owner};
use crate::text::count;
use crate::ui::action::Action;
use crate::ui::widgets::{section, text_width};

/// A service's choice for a layer that it does not have.
pub(super) const NOT_APPLICABLE: &str = "Does not apply";

/// The deck's stack: its layers, top to bottom, and its services, each
/// with who owns each layer.
pub(super) fn stack_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    editor: &EditorState,
    doc: &EditDoc,
    actions: &mut Vec<Action>,
) {
    let deck = &doc.deck;
    ui.add_space(6.0);
    ui.add(
        egui::Label::new(
            RichText::new(
                "Browse draws every service on one stack, the built-in decks' layers, from \
                 the customer's data at the top to AWS's facilities at the bottom, each \
                 coloured by who owns it for that service. Give your services owners for \
                 those layers; layers of your own show in this deck's cards only. Ids are \
                 made from the first title or name and stay fixed.",
            )
            .weak(),
        )
        .wrap(),
    );
    section(ui, "Layers, top to bottom");
    let missing = doc
        .missing_layers(crate::model::browse::stack_layers(catalog))
        .len();
    if missing > 0 {
        let text = if deck.layers.is_empty() {
            format!(
                "Use the built-in stack's {}",
                count(missing, "layer", "layers")
            )
        } else {
            format!(
                "Add the built-in stack's {} missing here",
                count(missing, "layer", "layers")
            )
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
            let name = format!("Title of layer {n}");
            if let Some(title) = unlabelled_field(ui, &layer.title, &name, ("", 300.0)) {
                let field = EditorAction::SetStackField(i, StackField::LayerTitle, title);
                push(actions, field);
            }
            let up = (i < top, format!("Move layer {n} up"));
            row_button(ui, "⬆", up, EditorAction::MoveLayer(i, true), actions);
            let down = (i > 0, format!("Move layer {n} down"));
            row_button(ui, "⬇", down, EditorAction::MoveLayer(i, false), actions);
            let remove = (true, format!("Remove layer {n}"));
            row_button(ui, "Remove", remove, EditorAction::RemoveLayer(i), actions);
            ui.label(RichText::new(format!("id: {}", layer.id)).small().weak());
        });
        // What it holds: Browse shows it over the layer, the stack drill
        // once the layer is checked.
        ui.horizontal(|ui| {
            ui.add_space(26.0 + ui.spacing().item_spacing.x);
            let name = format!("What layer {n} holds");
            let look = ("What it holds (optional)", ui.available_width());
            if let Some(summary) = unlabelled_field(ui, &layer.summary, &name, look) {
                let field = EditorAction::SetStackField(i, StackField::LayerSummary, summary);
                push(actions, field);
            }
        });
        ui.add_space(4.0);
    }
    if deck.layers.is_empty() {
        ui.label(RichText::new("No layers yet.").weak());
    }
    let (changed, add) = add_row(ui, "New layer title", &editor.new_layer, "Add layer on top");
    if let Some(text) = changed {
        push(actions, EditorAction::SetNewLayer(text));
    }
    if add {
        push(actions, EditorAction::AddLayer);
    }

    section(ui, "Services");
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
                ui.label(
                    RichText::new(format!(
                        "id: {} (a deck file or a table names the service by this id or its name)",
                        service.id
                    ))
                    .small()
                    .weak(),
                );
                let fields = [
                    (
                        StackField::ServiceName,
                        "Service name",
                        &service.name,
                        false,
                    ),
                    (
                        StackField::ServiceCategory,
                        "Category (IaaS, PaaS, SaaS, Abstracted…)",
                        &service.category,
                        false,
                    ),
                    (
                        StackField::ServiceSummary,
                        "How the line moves for it",
                        &service.summary,
                        true,
                    ),
                ];
                for (field, label, value, multiline) in fields {
                    let (_, changed) = text_field(ui, label, value, multiline);
                    if let Some(value) = changed {
                        push(actions, EditorAction::SetStackField(i, field, value));
                    }
                }
                ui.label(RichText::new("Who owns each layer").strong());
                for layer in deck.layers.iter().rev() {
                    let owner = service.layers.get(&layer.id).copied();
                    service_layer_ui(ui, (i, name), layer, owner, label_width, actions);
                }
                if deck.layers.is_empty() {
                    ui.label(RichText::new("Add layers above first.").weak());
                }
                let remove = (true, format!("Remove service {name}"));
                let action = EditorAction::RemoveService(i);
                row_button(ui, "Remove this service", remove, action, actions);
            });
    }
    if deck.services.is_empty() {
        ui.label(RichText::new("No services yet.").weak());
    }
    let (changed, add) = add_row(ui, "New service name", &editor.new_service, "Add service");
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
        let current = owner.map_or(NOT_APPLICABLE, Owner::label);
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
                    let text = choice.map_or(NOT_APPLICABLE, Owner::label);
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
        let name = format!("Owner of {} for {service}", layer.title);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    });
}

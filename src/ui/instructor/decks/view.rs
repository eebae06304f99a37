//! The Decks page: import a deck file, export a deck or the Browse filter.

use egui::{RichText, Ui};

use super::state::{DecksState, export_problem};
use crate::model::export::Format;
use crate::text::count;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::instructor::action::{DeckExport, DecksAction, InstructorAction};
use crate::ui::widgets::{errors_ui, note_ui, section};

/// Draws the Decks page.
pub fn decks_ui(ui: &mut Ui, ctx: &ViewCtx, decks: &DecksState, actions: &mut Vec<Action>) {
    let decks_push =
        |actions: &mut Vec<Action>, a| actions.push(Action::Instructor(InstructorAction::Decks(a)));
    egui::ScrollArea::vertical()
        .id_salt("decks-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading("Decks");
            section(ui, "Import a deck");
            let where_to = match ctx.data {
                Some(data) => format!(
                    "The file is checked, then copied into {} and loaded.",
                    data.paths.content_dir().display()
                ),
                None => "The file is checked; this window keeps no files, so it is not copied."
                    .to_owned(),
            };
            ui.label(format!(
                "Write a deck by hand (Edit decks > Deck format explains how). {where_to}"
            ));
            file_button(
                ui,
                ctx.prompt,
                "🗁 Import deck…",
                Purpose::ImportDeck,
                true,
                actions,
            );
            errors_ui(
                ui,
                "This deck was not imported. Fix these lines and import it again:",
                &decks.import_errors,
            );
            if let Some(pending) = &decks.pending {
                crate::ui::theme::question_frame(ui).show(ui, |ui| {
                    ui.add(egui::Label::new(RichText::new(&pending.question).strong()).wrap());
                    ui.label(format!(
                        "The new file: “{}”, {} cards, from {}.",
                        pending.title,
                        pending.cards,
                        pending.source.display()
                    ));
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new("Replace").color(ui.visuals().warn_fg_color))
                            .clicked()
                        {
                            decks_push(actions, DecksAction::ConfirmReplace);
                        }
                        if ui.button("Cancel").clicked() {
                            decks_push(actions, DecksAction::CancelReplace);
                        }
                    });
                });
            }
            note_ui(ui, &decks.import_note);

            section(ui, "Export a deck");
            export_ui(ui, ctx, decks, actions);
        });
}

fn export_ui(ui: &mut Ui, ctx: &ViewCtx, decks: &DecksState, actions: &mut Vec<Action>) {
    let decks_push =
        |actions: &mut Vec<Action>, a| actions.push(Action::Instructor(InstructorAction::Decks(a)));
    let filter_text = format!(
        "The current Browse filter as a new deck ({} cards)",
        ctx.selection.len()
    );
    let choice_text = match &decks.export {
        DeckExport::BrowseFilter => filter_text.clone(),
        DeckExport::Deck(id) => ctx.catalog.deck(id).map_or_else(
            || id.clone(),
            |d| {
                format!(
                    "{} ({}, {} cards)",
                    d.deck.title,
                    d.deck.id,
                    d.deck.items.len()
                )
            },
        ),
    };
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Deck to export");
        egui::ComboBox::from_id_salt("export-deck")
            .selected_text(choice_text)
            .width(440.0_f32.min(ui.available_width() - 24.0).max(120.0))
            .height(420.0)
            .show_ui(ui, |ui| {
                for loaded in &ctx.catalog.decks {
                    let deck = &loaded.deck;
                    let text = format!(
                        "{} ({}, {})",
                        deck.title,
                        deck.id,
                        count(deck.items.len(), "card", "cards")
                    );
                    let selected = decks.export == DeckExport::Deck(deck.id.clone());
                    if ui.selectable_label(selected, text).clicked() {
                        decks_push(
                            actions,
                            DecksAction::SetExport(DeckExport::Deck(deck.id.clone())),
                        );
                    }
                }
                let selected = decks.export == DeckExport::BrowseFilter;
                if ui.selectable_label(selected, &filter_text).clicked() {
                    decks_push(actions, DecksAction::SetExport(DeckExport::BrowseFilter));
                }
            })
            .response
            .labelled_by(label.id);
    });
    if decks.export == DeckExport::BrowseFilter {
        let mut id = decks.new_id.clone();
        let mut title = decks.new_title.clone();
        egui::Grid::new("export-new-deck")
            .num_columns(2)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label("New deck id");
                let edit = egui::TextEdit::singleline(&mut id)
                    .id_salt("new-deck-id")
                    .hint_text("my-patching-cards")
                    .desired_width(280.0);
                ui.add(edit).labelled_by(label.id);
                ui.end_row();
                let label = ui.label("New deck title");
                let edit = egui::TextEdit::singleline(&mut title)
                    .id_salt("new-deck-title")
                    .hint_text("Patching: who does what")
                    .desired_width(380.0);
                ui.add(edit).labelled_by(label.id);
                ui.end_row();
            });
        if id != decks.new_id || title != decks.new_title {
            decks_push(actions, DecksAction::SetNewDeck(id, title));
        }
    }
    // What to write: the deck itself, or its cards for another tool (the
    // same files as `srm-study export FORMAT`).
    ui.horizontal(|ui| {
        let label = ui.label("As");
        let name = |format: Option<Format>| format.map_or("SRM Study deck (.ron)", Format::label);
        egui::ComboBox::from_id_salt("export-format")
            // Every format in view, without scrolling.
            .height(f32::INFINITY)
            .selected_text(name(decks.format))
            .show_ui(ui, |ui| {
                for format in std::iter::once(None).chain(Format::ALL.map(Some)) {
                    if ui
                        .selectable_label(decks.format == format, name(format))
                        .clicked()
                    {
                        decks_push(actions, DecksAction::SetFormat(format));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let problem = export_problem(decks, ctx.catalog, ctx.selection);
    file_button(
        ui,
        ctx.prompt,
        "💾 Export deck…",
        Purpose::ExportDeck,
        problem.is_none(),
        actions,
    );
    if let Some(problem) = &problem {
        ui.label(RichText::new(format!("• {problem}")).weak());
    }
    note_ui(ui, &decks.export_note);
}

//! The Decks page: import a deck file, export a deck or the Browse filter.

use egui::{RichText, Ui};

use super::state::{DecksState, Replaces, export_problem, export_problem_text};
use crate::model::export::Format;
use crate::tr;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::file_prompt::words::format_name;
use crate::ui::instructor::action::{DeckExport, DecksAction, InstructorAction};
use crate::ui::widgets::{errors_ui, note_ui, section};

/// Draws the Decks page.
pub fn decks_ui(ui: &mut Ui, ctx: &ViewCtx, decks: &DecksState, actions: &mut Vec<Action>) {
    let decks_push =
        |actions: &mut Vec<Action>, a| actions.push(Action::Instructor(InstructorAction::Decks(a)));
    let tr = ctx.tr;
    egui::ScrollArea::vertical()
        .id_salt("decks-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading(tr!(tr, "decks-heading"));
            section(ui, &tr!(tr, "decks-import-section"));
            let intro = match ctx.data {
                Some(data) => tr!(
                    tr,
                    "decks-import-intro",
                    folder = data.paths.content_dir().display().to_string()
                ),
                None => tr!(tr, "decks-import-intro-no-folder"),
            };
            ui.add(egui::Label::new(intro).wrap());
            file_button(
                ui,
                ctx,
                &tr!(tr, "decks-import-button"),
                Purpose::ImportDeck,
                true,
                actions,
            );
            let errors: Vec<String> = (decks.import_errors.iter())
                .map(|e| e.localized(tr))
                .collect();
            errors_ui(ui, &tr!(tr, "decks-import-errors"), &errors);
            if let Some(pending) = &decks.pending {
                crate::ui::theme::question_frame(ui).show(ui, |ui| {
                    let question = match &pending.replaces {
                        Some(Replaces::Deck {
                            id: old_id,
                            title: old_title,
                            cards: old_cards,
                            path: old_path,
                        }) => tr!(
                            tr,
                            "decks-replace-deck",
                            id = old_id.as_str(),
                            title = old_title.as_str(),
                            cards = (*old_cards),
                            path = old_path.display().to_string()
                        ),
                        // A file of the same name: the target itself.
                        Some(Replaces::File(_)) | None => tr!(
                            tr,
                            "decks-replace-file",
                            path = pending.target.display().to_string()
                        ),
                    };
                    ui.add(egui::Label::new(RichText::new(question).strong()).wrap());
                    ui.add(
                        egui::Label::new(tr!(
                            tr,
                            "decks-new-file",
                            title = pending.title.clone(),
                            cards = pending.cards,
                            path = pending.source.display().to_string()
                        ))
                        .wrap(),
                    );
                    ui.horizontal(|ui| {
                        let replace = RichText::new(tr!(tr, "decks-replace"))
                            .color(ui.visuals().warn_fg_color);
                        if ui.button(replace).clicked() {
                            decks_push(actions, DecksAction::ConfirmReplace);
                        }
                        if ui.button(tr!(tr, "decks-cancel")).clicked() {
                            decks_push(actions, DecksAction::CancelReplace);
                        }
                    });
                });
            }
            note_ui(ui, &decks.import_note);

            section(ui, &tr!(tr, "decks-export-section"));
            export_ui(ui, ctx, decks, actions);
        });
}

fn export_ui(ui: &mut Ui, ctx: &ViewCtx, decks: &DecksState, actions: &mut Vec<Action>) {
    let decks_push =
        |actions: &mut Vec<Action>, a| actions.push(Action::Instructor(InstructorAction::Decks(a)));
    let tr = ctx.tr;
    let filter_text = tr!(tr, "decks-filter-choice", cards = ctx.selection.len());
    let deck_text = |deck: &crate::model::Deck| {
        tr!(
            tr,
            "decks-deck-choice",
            title = deck.title.clone(),
            id = deck.id.clone(),
            cards = deck.items.len()
        )
    };
    let choice_text = match &decks.export {
        DeckExport::BrowseFilter => filter_text.clone(),
        DeckExport::Deck(id) => ctx
            .catalog
            .deck(id)
            .map_or_else(|| id.clone(), |d| deck_text(&d.deck)),
    };
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(tr, "decks-export-choice"));
        egui::ComboBox::from_id_salt("export-deck")
            .selected_text(choice_text)
            .width(440.0_f32.min(ui.available_width() - 24.0).max(120.0))
            .height(420.0)
            .show_ui(ui, |ui| {
                for loaded in &ctx.catalog.decks {
                    let deck = &loaded.deck;
                    let text = deck_text(deck);
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
                let label = ui.label(tr!(tr, "decks-new-id"));
                let edit = egui::TextEdit::singleline(&mut id)
                    .id_salt("new-deck-id")
                    .hint_text("my-patching-deck")
                    .desired_width(280.0);
                ui.add(edit).labelled_by(label.id);
                ui.end_row();
                let label = ui.label(tr!(tr, "decks-new-title"));
                let edit = egui::TextEdit::singleline(&mut title)
                    .id_salt("new-deck-title")
                    .hint_text(tr!(tr, "decks-new-title-hint"))
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
        let label = ui.label(tr!(tr, "decks-export-as"));
        let name = |format: Option<Format>| match format {
            None => tr!(tr, "decks-format-deck"),
            Some(format) => format_name(tr, format),
        };
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
        ctx,
        &tr!(tr, "decks-export-button"),
        Purpose::ExportDeck,
        problem.is_none(),
        actions,
    );
    if let Some(problem) = &problem {
        let text = format!("• {}", export_problem_text(tr, problem));
        ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
    }
    note_ui(ui, &decks.export_note);
}

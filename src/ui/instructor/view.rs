//! The Instructor area's page bar and the page on screen.

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use egui::{RichText, Ui};

use super::action::{InstructorAction, Page};
use super::builder::view::builder_ui;
use super::decks::view::decks_ui;
use super::editor::view::editor_ui;
use super::lrs::view::settings_ui;
use super::report::view::report_ui;
use super::state::InstructorState;
use super::student::view::student_ui;
use crate::i18n::Translator;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::waiting_ui;

/// A page's name in the page bar, in the window's language
/// (`Page::label` stays the English name the command line prints).
pub fn page_name(tr: &Translator, page: Page) -> String {
    match page {
        Page::Builder => tr!(tr, "instructor-page-builder"),
        Page::Student => tr!(tr, "instructor-page-student"),
        Page::Report => tr!(tr, "instructor-page-report"),
        Page::Decks => tr!(tr, "instructor-page-decks"),
        Page::Editor => tr!(tr, "instructor-page-editor"),
        Page::Lrs => tr!(tr, "instructor-page-lrs"),
    }
}

/// Draws the Instructor area.
pub fn instructor_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    instructor: &InstructorState,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("instructor-pages")
        .frame(inner_side_panel(ui))
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                for page in Page::ALL {
                    let selected = instructor.page == page;
                    let button =
                        egui::Button::selectable(selected, RichText::new(page_name(ctx.tr, page)));
                    if ui.add(button).clicked() && !selected {
                        actions.push(Action::Instructor(InstructorAction::ShowPage(page)));
                    }
                }
            });
            waiting_ui(ui, ctx, actions);
            ui.add_space(4.0);
        });
    egui::CentralPanel::default()
        .frame(inner_central_panel(ui))
        .show(ui, |ui| match instructor.page {
            Page::Builder => builder_ui(ui, ctx, &instructor.builder, actions),
            Page::Student => student_ui(ui, ctx, &instructor.student, actions),
            Page::Report => {
                let (report, lrs) = (&instructor.report, &instructor.lrs);
                report_ui(ui, ctx, report, lrs, actions);
            }
            Page::Decks => decks_ui(ui, ctx, &instructor.decks, actions),
            Page::Editor => editor_ui(ui, ctx, &instructor.editor, actions),
            Page::Lrs => settings_ui(ui, ctx.tr, &instructor.lrs, actions),
        });
}

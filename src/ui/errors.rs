//! The list of content files that failed to load.

use egui::{RichText, Ui};

use crate::model::LoadError;

/// Shows every load error on its own line, `file:line:col: message`, with a
/// hint on how to fix and re-check.
pub fn load_errors_ui(ui: &mut Ui, errors: &[LoadError]) {
    ui.label(
        RichText::new(format!(
            "{} problem(s) in content files. The decks that loaded are available; \
             fix these files and reload, or check them with `srm-study validate FILE`.",
            errors.len()
        ))
        .strong(),
    );
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("load-errors")
        .max_height(260.0)
        .show(ui, |ui| {
            for error in errors {
                ui.add(
                    egui::Label::new(RichText::new(error.to_string()).monospace())
                        .wrap_mode(egui::TextWrapMode::Wrap),
                );
            }
        });
}

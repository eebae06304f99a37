//! The file prompt's words in the window's language: what each file is
//! for (the dialog's title, the typed-path box's heading), the name of
//! each file format a card export writes, and why a typed path was
//! refused. No egui: the shell names its dialogs with these too.

use crate::i18n::Translator;
use crate::io::dialogs::{FileType, FilterNames};
use crate::model::export::Format;
use crate::tr;
use crate::ui::action::Purpose;

use super::state::PathProblem;

/// The dialog's title, and the heading of the typed-path box: "Export the
/// exercise".
pub fn purpose_title(tr: &Translator, purpose: Purpose) -> String {
    match purpose {
        Purpose::ExportExercise => tr!(tr, "file-purpose-export-exercise"),
        Purpose::OpenExercise => tr!(tr, "file-purpose-open-exercise"),
        Purpose::SaveResult => tr!(tr, "file-purpose-save-result"),
        Purpose::ReportExercise => tr!(tr, "file-purpose-report-exercise"),
        Purpose::ReportResults => tr!(tr, "file-purpose-report-results"),
        Purpose::ExportCsv => tr!(tr, "file-purpose-export-csv"),
        Purpose::ExportXapi => tr!(tr, "file-purpose-export-xapi"),
        Purpose::ImportDeck => tr!(tr, "file-purpose-import-deck"),
        Purpose::ExportDeck => tr!(tr, "file-purpose-export-deck"),
        Purpose::ExportEditedDeck => tr!(tr, "file-purpose-export-edited-deck"),
    }
}

/// The accessible name of the typed-path field.
pub fn field_label(tr: &Translator, purpose: Purpose) -> String {
    match purpose {
        Purpose::ReportResults => tr!(tr, "file-field-results"),
        _ => tr!(tr, "file-field-path"),
    }
}

/// A card export's format as a person reads it: "Anki (text file)".
/// (`Format::label` stays the English name the command line prints.)
pub fn format_name(tr: &Translator, format: Format) -> String {
    match format {
        Format::Moodle => tr!(tr, "file-format-moodle"),
        Format::MoodlePerTopic => tr!(tr, "file-format-moodle-per-topic"),
        Format::MoodlePerCard => tr!(tr, "file-format-moodle-per-card"),
        Format::Qti => tr!(tr, "file-format-qti"),
        Format::QtiPerCard => tr!(tr, "file-format-qti-per-card"),
        Format::Anki => tr!(tr, "file-format-anki"),
        Format::Quizlet => tr!(tr, "file-format-quizlet"),
    }
}

/// The names a file dialog shows for its filters: the kind of file asked
/// for ("SRM Study files (.ron)") and every file.
pub fn filter_names(tr: &Translator, file_type: FileType) -> FilterNames {
    let file_type = match file_type {
        FileType::Ron => tr!(tr, "file-filter-ron"),
        FileType::Csv => tr!(tr, "file-filter-csv"),
        FileType::Json => tr!(tr, "file-filter-json"),
        FileType::Cards(format) => format_name(tr, format),
    };
    FilterNames {
        file_type,
        all_files: tr!(tr, "file-filter-all"),
    }
}

/// Why a typed path cannot be used, as advice.
pub fn path_problem(tr: &Translator, problem: &PathProblem) -> String {
    match problem {
        PathProblem::Empty => tr!(tr, "file-path-empty"),
        PathProblem::NoFolder(folder) => {
            tr!(
                tr,
                "file-path-no-folder",
                folder = folder.display().to_string()
            )
        }
        PathProblem::Nothing(path) => {
            tr!(tr, "file-path-nothing", path = path.display().to_string())
        }
        PathProblem::IsFolder(path) => {
            tr!(tr, "file-path-is-folder", path = path.display().to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn every_purpose_and_format_is_named_in_each_language() {
        let en = Translator::new(Language::English);
        assert_eq!(
            purpose_title(&en, Purpose::ExportExercise),
            "Export the exercise"
        );
        assert_eq!(format_name(&en, Format::Anki), Format::Anki.label());
        let de = Translator::new(Language::German);
        assert_eq!(
            purpose_title(&de, Purpose::ImportDeck),
            "Stapeldatei importieren"
        );
        let ja = Translator::new(Language::Japanese);
        let problem = PathProblem::Nothing("/tmp/x.ron".into());
        assert!(path_problem(&ja, &problem).contains("/tmp/x.ron"));
        for format in Format::ALL {
            assert_eq!(format_name(&en, format), format.label(), "{format:?}");
        }
        let names = filter_names(&de, FileType::Csv);
        assert_eq!(
            (names.file_type.as_str(), names.all_files.as_str()),
            ("CSV-Tabelle (.csv)", "Alle Dateien")
        );
    }
}

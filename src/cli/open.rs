//! The files named on the command line, `srm-study FILE...` (which is also
//! how a file manager opens a double-clicked file, through the desktop
//! entry's `Exec=srm-study %F`): each opens where the matching dialog would
//! have put it, as the same [`Action::FileChosen`] the dialog produces,
//! applied once the window's state is built.
//!
//! - an exercise: Sort > "Take an exercise", loaded (where a student
//!   opens one from Sort's start screen);
//! - an answer key (`NAME.key.ron`, a sealed exercise with its owners), or
//!   result files: the class report, with the key or the exercise given
//!   beside the results as what they are graded against;
//! - a deck: Instructor > Decks, imported as "Import deck…" does.

use std::path::{Path, PathBuf};

use crate::i18n::{Language, Translator};
use crate::io::files::read_limited;
use crate::model::exercise::{FileKind, Sniffed, load_exercise_bytes, sniff};
use crate::tr;
use crate::ui::AppState;
use crate::ui::action::{Action, Area, Purpose};
use crate::ui::instructor::action::{InstructorAction, Page};
use crate::ui::sort::action::SortAction;

/// What a file given on the command line holds, as far as where it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenKind {
    /// An exercise a student takes (or a sealed student file).
    Exercise,
    /// The answer key of a sealed exercise.
    Key,
    /// A student's result.
    Result,
    /// A deck.
    Deck,
}

/// Why a file named on the command line cannot be opened.
/// [`OpenError::text`] says it in the terminal's language; `Display` in
/// English.
#[derive(Debug)]
pub enum OpenError {
    /// The file is missing, too large or unreadable.
    Unreadable(crate::model::load::LoadError),
    /// The path is a folder.
    Folder(String),
}

impl OpenError {
    /// Why, and what to give instead, in `tr`'s language.
    pub fn text(&self, tr: &Translator) -> String {
        let problem = match self {
            OpenError::Unreadable(problem) => problem.localized(tr),
            OpenError::Folder(path) => tr!(tr, "cli-open-folder", path = path.as_str()),
        };
        tr!(tr, "cli-open-unreadable", problem = problem)
    }
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&Translator::new(Language::English)))
    }
}

impl std::error::Error for OpenError {}

/// Reads enough of `path` to say where it opens. A file of no known kind
/// opens as an exercise, so that the student's page shows what is wrong
/// with it (in the words of the file dialog's check).
pub fn kind_of(path: &Path) -> Result<OpenKind, OpenError> {
    if path.is_dir() {
        return Err(OpenError::Folder(path.display().to_string()));
    }
    let bytes = read_limited(path).map_err(OpenError::Unreadable)?;
    Ok(kind_of_bytes(&path.display().to_string(), &bytes))
}

/// [`kind_of`] on the bytes of a file named `label`.
pub fn kind_of_bytes(label: &str, bytes: &[u8]) -> OpenKind {
    match sniff(bytes) {
        Sniffed::Known(FileKind::Result) => OpenKind::Result,
        Sniffed::Known(FileKind::Deck) => OpenKind::Deck,
        Sniffed::Known(FileKind::Exercise) => match load_exercise_bytes(label, bytes) {
            Ok(exercise) if exercise.is_key() => OpenKind::Key,
            _ => OpenKind::Exercise,
        },
        // A file that starts with no name is read as a deck elsewhere too.
        Sniffed::Nothing => OpenKind::Deck,
        Sniffed::Other(..) => OpenKind::Exercise,
    }
}

/// The actions that open `files` (each with its kind) at start.
///
/// Decks are imported first, each as "Import deck…" would. Then, with
/// result files or an answer key among the files, the class report opens:
/// its exercise is the first key, or else the first exercise, and every
/// result file is added. Otherwise the first exercise opens on the
/// student's page under Sort's "Take an exercise". With decks alone, the Decks page shows what the import
/// did.
pub fn start_actions(files: &[(PathBuf, OpenKind)]) -> Vec<Action> {
    let of = |kind: OpenKind| -> Vec<PathBuf> {
        files
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(path, _)| path.clone())
            .collect()
    };
    let (exercises, keys, results, decks) = (
        of(OpenKind::Exercise),
        of(OpenKind::Key),
        of(OpenKind::Result),
        of(OpenKind::Deck),
    );
    let mut actions = Vec::new();
    let show = |actions: &mut Vec<Action>, page: Page| {
        actions.push(Action::Navigate(Area::Instructor));
        actions.push(Action::Instructor(InstructorAction::ShowPage(page)));
    };
    let chosen = |purpose: Purpose, paths: Vec<PathBuf>| Action::FileChosen { purpose, paths };
    if !decks.is_empty() {
        show(&mut actions, Page::Decks);
        for deck in decks {
            actions.push(chosen(Purpose::ImportDeck, vec![deck]));
        }
    }
    if !results.is_empty() || !keys.is_empty() {
        show(&mut actions, Page::Report);
        if let Some(exercise) = keys.first().or(exercises.first()) {
            actions.push(chosen(Purpose::ReportExercise, vec![exercise.clone()]));
        }
        if !results.is_empty() {
            actions.push(chosen(Purpose::ReportResults, results));
        }
    } else if let Some(exercise) = exercises.first() {
        actions.push(Action::Navigate(Area::Sort));
        actions.push(Action::Sort(SortAction::TakeExercise(true)));
        actions.push(chosen(Purpose::OpenExercise, vec![exercise.clone()]));
    }
    actions
}

/// Where the window is and what it opened, in one line: what
/// `SRM_STUDY_TRACE_START` prints once the files named on the command line
/// are open (the packaging check reads it), e.g. `Sort > Take an
/// exercise: “Week 4”`.
pub fn describe_screen(state: &AppState) -> String {
    let area = state.area.label();
    let loaded_title = || {
        let loaded = state.instructor.student.loaded.as_ref();
        loaded.map(|loaded| format!("“{}”", loaded.exercise.title))
    };
    if state.area == Area::Sort && state.sort.taking && state.sort.running.is_none() {
        return match loaded_title() {
            Some(title) => format!("{area} > Take an exercise: {title}"),
            None => format!("{area} > Take an exercise"),
        };
    }
    if state.area != Area::Instructor {
        return area.to_owned();
    }
    let instructor = &state.instructor;
    let page = instructor.page.label();
    let what = match instructor.page {
        Page::Student => loaded_title(),
        Page::Report => {
            let report = &instructor.report;
            report.exercise.as_ref().map(|loaded| {
                format!(
                    "“{}”, {} result files",
                    loaded.exercise.title,
                    report.results.len()
                )
            })
        }
        Page::Decks => instructor
            .decks
            .import_note
            .as_ref()
            .map(|note| note.text().to_owned()),
        _ => None,
    };
    match what {
        Some(what) => format!("{area} > {page}: {what}"),
        None => format!("{area} > {page}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXERCISE: &str = r#"Exercise(id: "w4", title: "Week 4", deck: Deck(id: "d", title: "D",
        topics: [Topic(id: "t", title: "T")],
        items: [Item(id: "a", text: "Patch the guest OS", owner: Customer, topic: "t", explanation: "E")]))"#;

    #[test]
    fn each_kind_of_file_is_told_apart_by_its_content() {
        assert_eq!(
            kind_of_bytes("x.ron", EXERCISE.as_bytes()),
            OpenKind::Exercise
        );
        let key = EXERCISE.replace(
            r#"title: "Week 4","#,
            r#"title: "Week 4", sealed: true, key: "0123456789abcdef","#,
        );
        assert_eq!(kind_of_bytes("x.key.ron", key.as_bytes()), OpenKind::Key);
        assert_eq!(
            kind_of_bytes("r.ron", b"// a result\nExerciseResult(exercise: \"w4\")"),
            OpenKind::Result
        );
        assert_eq!(kind_of_bytes("d.ron", b"Deck(id: \"d\")"), OpenKind::Deck);
        assert_eq!(kind_of_bytes("d.ron", b"(id: \"d\")"), OpenKind::Deck);
        assert_eq!(
            kind_of_bytes("n.ron", b"Nonsense(1)"),
            OpenKind::Exercise,
            "an unknown file goes where its problem is explained"
        );
    }

    #[test]
    fn results_and_a_key_open_the_report_and_an_exercise_sorts_take_an_exercise() {
        let p = PathBuf::from;
        let report = start_actions(&[
            (p("r1.ron"), OpenKind::Result),
            (p("w4.key.ron"), OpenKind::Key),
            (p("r2.ron"), OpenKind::Result),
        ]);
        assert_eq!(
            report,
            vec![
                Action::Navigate(Area::Instructor),
                Action::Instructor(InstructorAction::ShowPage(Page::Report)),
                Action::FileChosen {
                    purpose: Purpose::ReportExercise,
                    paths: vec![p("w4.key.ron")]
                },
                Action::FileChosen {
                    purpose: Purpose::ReportResults,
                    paths: vec![p("r1.ron"), p("r2.ron")]
                },
            ]
        );
        let take = start_actions(&[(p("w4.ron"), OpenKind::Exercise)]);
        assert_eq!(
            take.last(),
            Some(&Action::FileChosen {
                purpose: Purpose::OpenExercise,
                paths: vec![p("w4.ron")]
            })
        );
        assert_eq!(
            take[..2],
            [
                Action::Navigate(Area::Sort),
                Action::Sort(SortAction::TakeExercise(true))
            ],
            "an exercise opens where a student takes one: Sort's “Take an exercise”"
        );
        let graded = start_actions(&[
            (p("w4.ron"), OpenKind::Exercise),
            (p("r1.ron"), OpenKind::Result),
        ]);
        assert!(graded.contains(&Action::FileChosen {
            purpose: Purpose::ReportExercise,
            paths: vec![p("w4.ron")]
        }));
        let deck = start_actions(&[(p("d.ron"), OpenKind::Deck)]);
        assert_eq!(
            deck.last(),
            Some(&Action::FileChosen {
                purpose: Purpose::ImportDeck,
                paths: vec![p("d.ron")]
            })
        );
        assert!(start_actions(&[]).is_empty());
    }

    #[test]
    fn a_missing_file_or_a_folder_is_refused_with_its_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("week-4.ron");
        let error = kind_of(&missing).expect_err("missing").to_string();
        assert!(error.contains("week-4.ron"), "{error}");
        let error = kind_of(dir.path()).expect_err("folder").to_string();
        assert!(error.contains("is a folder"), "{error}");
    }
}

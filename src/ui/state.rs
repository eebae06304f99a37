//! The app's state and [`AppState::apply`], the one place where an
//! [`Action`] changes anything: it hands each area's actions to that area's
//! `apply` (which returns follow-ups), routes chosen files to whoever asked
//! for them, and runs the timer. It draws nothing.

use std::path::{Path, PathBuf};

use super::action::{Action, Area, Note, Purpose};
use super::browse::state::{self as browse, BrowseState};
use super::context::ViewCtx;
use super::drill::action::DrillAction;
use super::drill::state::{self as drill, DrillState};
use super::file_prompt::state::{FilePrompt, PathProblem};
use super::file_prompt::words::{filter_names, purpose_title};
use super::instructor::action::{
    BuilderAction, DecksAction, EditorAction, InstructorAction, ReportAction, StudentAction,
};
use super::instructor::builder::state as builder;
use super::instructor::decks::state as decks;
use super::instructor::editor::state as editor;
use super::instructor::lrs::state::{self as lrs, LrsState};
use super::instructor::report::state as report;
use super::instructor::state::{self as instructor, InstructorState};
use super::progress::action::ProgressAction;
use super::progress::state::{self as progress, ProgressState};
pub use super::shared::{AppData, DataFolder};
use super::sort::action::SortAction;
use super::sort::state::{self as sort, SortState};
use crate::io::dialogs::{DialogRequest, FileType, with_default_extension};
use crate::io::paths::AppPaths;
use crate::io::{content, progress_store};
use crate::model::Catalog;
use crate::model::clock::Clock;

/// Everything the views read.
#[derive(Debug)]
pub struct AppState {
    /// What the areas share: decks, progress, clock, storage, banner.
    pub shared: AppData,
    /// The area on screen.
    pub area: Area,
    /// Whether the content error list is open.
    pub show_load_errors: bool,
    /// The deck lint's warnings for user decks (`file:line:col: warning:
    /// ...`), computed when the catalog loads.
    pub lint: Vec<crate::model::lint::LintWarning>,
    /// Projector mode: large type and high contrast.
    pub projector: bool,
    /// The Browse area.
    pub browse: BrowseState,
    /// The Sort area.
    pub sort: SortState,
    /// The Stack drill area.
    pub drill: DrillState,
    /// The Progress area.
    pub progress: ProgressState,
    /// The Instructor area.
    pub instructor: InstructorState,
    /// File dialogs and the typed-path box.
    pub prompt: FilePrompt,
    /// Set when the window should close (the shell closes it).
    pub quit: bool,
    /// Full screen on or off, asked for the n-th time: the shell carries
    /// out each request once.
    pub full_screen: Option<(u64, bool)>,
}

impl AppState {
    /// A state on `area` over `catalog`, with empty progress kept in memory
    /// only. Content errors start open so that a broken deck is noticed.
    pub fn new(catalog: Catalog, area: Area) -> Self {
        let show_load_errors = !catalog.errors.is_empty();
        let browse = BrowseState::new(&catalog);
        let lint = user_lint(&catalog);
        Self {
            shared: AppData::new(catalog),
            area,
            show_load_errors,
            lint,
            projector: false,
            browse,
            sort: SortState::default(),
            drill: DrillState::default(),
            progress: ProgressState::default(),
            instructor: InstructorState::default(),
            prompt: FilePrompt::default(),
            quit: false,
            full_screen: None,
        }
    }

    /// A state that reads and saves its files in `paths`: the user content
    /// folder, `extra_content` and the progress file, which is loaded now.
    /// Anything wrong with the progress file ends in the banner.
    pub fn with_storage(
        catalog: Catalog,
        area: Area,
        paths: AppPaths,
        extra_content: Vec<PathBuf>,
        clock: Clock,
    ) -> Self {
        let outcome = progress_store::load(&paths.progress_file(), clock.now_secs());
        Self::with_loaded_storage(catalog, area, paths, extra_content, clock, outcome)
    }

    /// As [`AppState::with_storage`], with the progress file already loaded
    /// (the window loads it on a thread while it opens).
    pub fn with_loaded_storage(
        catalog: Catalog,
        area: Area,
        paths: AppPaths,
        extra_content: Vec<PathBuf>,
        clock: Clock,
        outcome: progress_store::LoadOutcome,
    ) -> Self {
        let mut state = Self::new(catalog, area);
        state.shared.progress = outcome.progress;
        state.shared.banner = outcome.notice;
        state.shared.progress_problem = outcome.blocked;
        state.shared.clock = clock;
        let files = crate::io::lrs::LrsFiles::in_dir(&paths.data_dir);
        let lrs = LrsState::load(files, crate::io::secret::keyring_allowed());
        state.instructor.report.class_uri = lrs.saved.class_uri.clone();
        state.instructor.lrs = lrs;
        state.shared.storage = Some(DataFolder {
            extra_content,
            can_save_progress: outcome.can_save,
            progress_stamp: outcome.stamp,
            ..DataFolder::in_folder(paths)
        });
        state
    }

    /// What the views read besides their own area's state.
    pub fn view_ctx(&self) -> ViewCtx<'_> {
        ViewCtx {
            catalog: &self.shared.catalog,
            progress: &self.shared.progress,
            clock: &self.shared.clock,
            data: self.shared.storage.as_ref(),
            prompt: &self.prompt,
            selection: &self.browse.matches,
            index: &self.browse.index,
            projector: self.projector,
            tr: &self.shared.tr,
        }
    }

    /// Carries out one action and every follow-up it leads to; returns how
    /// many actions that was (the shell asks for a new frame when polling
    /// carried out any answer).
    pub fn apply(&mut self, action: Action) -> usize {
        let mut done = 0;
        let mut queue = vec![action];
        while let Some(action) = queue.pop() {
            let follow_ups = self.apply_one(action);
            done += 1;
            // Follow-ups run in the order given, before older queued ones.
            queue.extend(follow_ups.into_iter().rev());
        }
        done
    }

    fn apply_one(&mut self, action: Action) -> Vec<Action> {
        let shared = &mut self.shared;
        match action {
            // Exam mode: a sealed run keeps the student in Sort until the
            // result is saved (`SortState::refuse_leaving` says why).
            Action::Navigate(area) => {
                if area == Area::Sort || !self.sort.refuse_leaving() {
                    self.area = area;
                }
            }
            Action::ToggleLoadErrors => self.show_load_errors = !self.show_load_errors,
            Action::Browse(action) => return browse::apply(&mut self.browse, shared, action),
            Action::StartSort(cards, title) => {
                self.area = Area::Sort;
                if self.sort.refuse_leaving() {
                    return Vec::new();
                }
                return sort::apply(&mut self.sort, shared, SortAction::StartWith(cards, title));
            }
            Action::Sort(action) => return sort::apply(&mut self.sort, shared, action),
            Action::Drill(action) => return drill::apply(&mut self.drill, shared, action),
            Action::Tick => return sort::apply(&mut self.sort, shared, SortAction::Tick),
            Action::Progress(action) => {
                return progress::apply(&mut self.progress, shared, action);
            }
            Action::Instructor(action) => {
                return instructor::apply(&mut self.instructor, shared, action);
            }
            Action::Lrs(action) => return lrs::apply(&mut self.instructor.lrs, shared, action),
            Action::StartDrill(service) => {
                return drill::apply(&mut self.drill, shared, DrillAction::Start(service));
            }
            Action::EditDeckCopy(deck) => {
                let open = InstructorAction::Editor(EditorAction::OpenCopy(deck));
                return instructor::apply(&mut self.instructor, shared, open);
            }
            Action::StartReview => {
                return progress::apply(&mut self.progress, shared, ProgressAction::StartReview);
            }
            Action::StartSortSetup => {
                self.area = Area::Sort;
                return sort::apply(&mut self.sort, shared, SortAction::Start);
            }
            Action::StartClassRun(exercise, student) => {
                let start = SortAction::StartExercise(exercise, student);
                return sort::apply(&mut self.sort, shared, start);
            }
            Action::ReloadContent => self.reload_content(),
            Action::ToggleProjector => self.projector = !self.projector,
            Action::SetLanguage(language) => self.set_language(language),
            Action::ToggleProjectorFullScreen => {
                self.projector = !self.projector;
                let asked = self.full_screen.map_or(1, |(n, _)| n + 1);
                self.full_screen = Some((asked, self.projector));
            }
            Action::Quit => self.quit = true,
            Action::StartJobs(waker) => {
                let (dialog, save) = (waker.clone(), waker.clone());
                self.prompt.start_queued(move || dialog.wake());
                self.instructor.lrs.start_queued(move || waker.wake());
                shared.start_save(move || save.wake());
            }
            Action::PollJobs => {
                let mut answers: Vec<Action> = self.prompt.poll().into_iter().collect();
                answers.extend(self.instructor.lrs.poll());
                if shared.save_answered() {
                    answers.push(Action::TakeSavedProgress);
                }
                return answers;
            }
            Action::TakeSavedProgress => shared.take_saved_progress(),
            Action::DismissBanner => shared.banner = None,
            Action::RetrySaveProgress => shared.retry_progress(),
            Action::ChooseFile(purpose) => match self.request_for(purpose) {
                Ok(request) => self.prompt.ask(purpose, request),
                Err(problem) => return self.set_note(purpose, Note::Problem(problem)),
            },
            Action::TypePath(purpose) => match self.request_for(purpose) {
                Ok(_) => self.prompt.open_typed(purpose, false),
                Err(problem) => return self.set_note(purpose, Note::Problem(problem)),
            },
            Action::NothingChosen(purpose) => self.prompt.open_typed(purpose, true),
            Action::Prompt(action) => {
                if let Some((purpose, path)) = self.prompt.apply(action) {
                    return self.submit_typed(purpose, path);
                }
            }
            Action::FileChosen { purpose, paths } => return self.file_chosen(purpose, paths),
            Action::CloseWindow => {
                let ask = InstructorAction::Editor(EditorAction::BeforeClosing);
                return instructor::apply(&mut self.instructor, shared, ask);
            }
            Action::Terminate => {
                let keep = InstructorAction::Editor(EditorAction::KeepUnsavedAndQuit);
                return instructor::apply(&mut self.instructor, shared, keep);
            }
        }
        Vec::new()
    }

    /// Loads every deck again from disk and rebuilds the Browse index.
    fn reload_content(&mut self) {
        let Some(storage) = &self.shared.storage else {
            return;
        };
        let catalog =
            content::load_catalog(Some(&storage.paths.content_dir()), &storage.extra_content);
        self.show_load_errors = !catalog.errors.is_empty();
        self.lint = user_lint(&catalog);
        self.shared.set_catalog(catalog);
        self.browse = BrowseState::new(&self.shared.catalog);
    }

    /// Whether Japanese text is on screen or may be, whatever the window's
    /// language: decks that hold it, the deck editor's Japanese
    /// translation, an exercise file in Japanese. The window then loads
    /// its Japanese font (once).
    pub fn shows_japanese(&self) -> bool {
        self.shared.tr.language() == crate::i18n::Language::Japanese
            || self.shared.decks_have_japanese
            || self
                .instructor
                .editor
                .translation
                .as_ref()
                .is_some_and(|t| t.language == crate::i18n::Language::Japanese)
            || self
                .sort
                .running
                .as_ref()
                .and_then(|r| r.class_run.as_ref())
                .is_some_and(|r| crate::text::deck_has_japanese(&r.exercise.deck))
    }

    /// Switches the window's language: its words, the decks' texts and
    /// Browse's search index over them (the filter and the selection stay).
    pub fn set_language(&mut self, language: crate::i18n::Language) {
        self.shared.set_language(language);
        self.browse.reindex(&self.shared.catalog);
    }

    /// The dialog to show for `purpose`, or why the file cannot be chosen
    /// yet (e.g. the exercise has no id).
    fn request_for(&self, purpose: Purpose) -> Result<DialogRequest, String> {
        let catalog = &self.shared.catalog;
        let instructor = &self.instructor;
        let file_name = match purpose {
            Purpose::ExportExercise => Some(builder::default_file_name(
                &instructor.builder,
                catalog,
                &self.shared.tr,
            )?),
            Purpose::SaveResult => Some(self.sort.default_result_name(&self.shared.tr)?),
            Purpose::ExportCsv => Some(report::default_csv_name(
                &instructor.report,
                &self.shared.tr,
            )?),
            Purpose::ExportXapi => Some(report::default_xapi_name(
                &instructor.report,
                &self.shared.tr,
            )?),
            Purpose::ExportDeck => Some(decks::default_file_name(
                &instructor.decks,
                catalog,
                &self.browse.matches,
                &self.shared.tr,
            )?),
            Purpose::ExportEditedDeck => Some(editor::default_file_name(
                &instructor.editor,
                &self.shared.tr,
            )?),
            Purpose::OpenExercise
            | Purpose::ReportExercise
            | Purpose::ReportResults
            | Purpose::ImportDeck => None,
        };
        let file_type = self.file_type(purpose);
        Ok(DialogRequest {
            kind: purpose.kind(),
            title: purpose_title(&self.shared.tr, purpose),
            file_type,
            filter_names: filter_names(&self.shared.tr, file_type),
            file_name,
        })
    }

    /// Puts a note where the person who asked for `purpose` will see it.
    fn set_note(&mut self, purpose: Purpose, note: Note) -> Vec<Action> {
        if purpose == Purpose::SaveResult {
            if self.sort.running.is_some() {
                let action = SortAction::Note(note.text().to_owned());
                return sort::apply(&mut self.sort, &mut self.shared, action);
            } else if let Note::Problem(text) = note {
                self.shared.banner = Some(text);
            }
            return Vec::new();
        }
        self.instructor.set_note(purpose, note);
        Vec::new()
    }

    /// Checks a typed path: a file to read must exist (a folder only for
    /// result files); a file to write needs an existing folder.
    fn submit_typed(&mut self, purpose: Purpose, path: PathBuf) -> Vec<Action> {
        let problem = if purpose.is_save() {
            let target = self.save_target(purpose, &path);
            target
                .parent()
                .filter(|p| !p.as_os_str().is_empty() && !p.is_dir())
                .map(|parent| PathProblem::NoFolder(parent.to_path_buf()))
        } else if !path.exists() {
            Some(PathProblem::Nothing(path.clone()))
        } else if path.is_dir() && purpose != Purpose::ReportResults {
            Some(PathProblem::IsFolder(path.clone()))
        } else {
            None
        };
        if let Some(problem) = problem {
            self.prompt.set_typed_error(problem);
            return Vec::new();
        }
        self.prompt.typed = None;
        vec![Action::FileChosen {
            purpose,
            paths: vec![path],
        }]
    }

    /// The kind of file `purpose` writes or reads: a deck exported for
    /// another tool is not a `.ron` file.
    fn file_type(&self, purpose: Purpose) -> FileType {
        match (
            purpose,
            self.instructor.decks.format,
            self.instructor.builder.form.format,
        ) {
            (Purpose::ExportDeck, Some(format), _) | (Purpose::ExportExercise, _, Some(format)) => {
                FileType::Cards(format)
            }
            _ => purpose.file_type(),
        }
    }

    /// Where a save goes: a folder gets the proposed file name, a name
    /// without an extension gets the usual one.
    fn save_target(&self, purpose: Purpose, path: &Path) -> PathBuf {
        if path.is_dir()
            && let Ok(request) = self.request_for(purpose)
            && let Some(name) = request.file_name
        {
            return path.join(name);
        }
        with_default_extension(path, self.file_type(purpose))
    }

    /// Hands the chosen paths to the area that asked for them.
    fn file_chosen(&mut self, purpose: Purpose, paths: Vec<PathBuf>) -> Vec<Action> {
        let Some(first) = paths.first().cloned() else {
            return Vec::new();
        };
        let target = if purpose.is_save() {
            self.save_target(purpose, &first)
        } else {
            first
        };
        let instructor = |action| vec![Action::Instructor(action)];
        match purpose {
            Purpose::SaveResult => vec![Action::Sort(SortAction::SaveResult(target))],
            Purpose::ExportExercise => {
                instructor(InstructorAction::Builder(BuilderAction::ExportTo(target)))
            }
            Purpose::OpenExercise => {
                instructor(InstructorAction::Student(StudentAction::Open(target)))
            }
            Purpose::ReportExercise => {
                instructor(InstructorAction::Report(ReportAction::OpenExercise(target)))
            }
            Purpose::ReportResults => {
                instructor(InstructorAction::Report(ReportAction::AddResults(paths)))
            }
            Purpose::ExportCsv => {
                instructor(InstructorAction::Report(ReportAction::ExportCsv(target)))
            }
            Purpose::ExportXapi => {
                instructor(InstructorAction::Report(ReportAction::ExportXapi(target)))
            }
            Purpose::ImportDeck => instructor(InstructorAction::Decks(DecksAction::Import(target))),
            Purpose::ExportEditedDeck => {
                instructor(InstructorAction::Editor(EditorAction::ExportTo(target)))
            }
            Purpose::ExportDeck => instructor(InstructorAction::Decks(DecksAction::ExportTo(
                target,
                self.browse.matches.clone(),
            ))),
        }
    }
}

/// The lint warnings of the user decks (built-in decks are checked by the
/// test suite, not in front of students), one `file:line:col: warning: ...`
/// each.
pub fn user_lint(catalog: &Catalog) -> Vec<crate::model::lint::LintWarning> {
    crate::model::lint::lint_catalog_reporting(catalog, |deck| {
        !matches!(deck.origin, crate::model::Origin::BuiltIn(_))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::dialogs::DialogBackend;
    use crate::ui::action::PromptAction;
    use crate::ui::test_support::catalog;

    fn state() -> AppState {
        let mut state = AppState::new(catalog(), Area::Browse);
        state.shared.clock = Clock::manual(1_700_000_000_000);
        state
    }

    #[test]
    fn start_sort_opens_the_sort_area_with_those_cards() {
        let mut state = state();
        let cards = state.browse.matches.clone();
        state.apply(Action::StartSort(cards, "Browse selection".into()));
        assert_eq!(state.area, Area::Sort);
        let running = state.sort.running.as_ref().expect("running");
        assert_eq!(running.session.cards().len(), 4);
        assert_eq!(running.title, "Browse selection");
    }

    #[test]
    fn follow_ups_run_in_order() {
        let mut state = state();
        // A review returns StartSort, which navigates and starts.
        state.apply(Action::StartReview);
        assert_eq!(state.area, Area::Sort);
        assert_eq!(
            state.sort.running.as_ref().map(|r| r.title.as_str()),
            Some("Review")
        );
    }

    #[test]
    fn a_file_not_ready_to_save_gets_a_note_instead_of_a_dialog() {
        let mut state = state();
        state.apply(Action::ChooseFile(Purpose::ExportExercise));
        assert!(state.prompt.queued.is_none());
        assert!(matches!(
            state.instructor.builder.note,
            Some(Note::Problem(_))
        ));
        state.apply(Action::ChooseFile(Purpose::ImportDeck));
        assert!(state.prompt.queued.is_some());
    }

    #[test]
    fn a_typed_path_is_checked_before_it_is_used() {
        let mut state = state();
        state.prompt.dialogs = DialogBackend::Disabled;
        state.apply(Action::TypePath(Purpose::ImportDeck));
        assert!(state.prompt.typed.is_some());
        state.apply(Action::Prompt(PromptAction::SubmitTypedPath));
        let error = state.prompt.typed.as_ref().and_then(|t| t.error.clone());
        assert_eq!(error, Some(PathProblem::Empty));
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("nothing.ron");
        let text = missing.display().to_string();
        state.apply(Action::Prompt(PromptAction::SetTypedPath(text)));
        state.apply(Action::Prompt(PromptAction::SubmitTypedPath));
        let error = state.prompt.typed.as_ref().and_then(|t| t.error.clone());
        assert_eq!(error, Some(PathProblem::Nothing(missing)));
        state.apply(Action::Prompt(PromptAction::CancelTypedPath));
        assert!(state.prompt.typed.is_none());
    }

    #[test]
    fn a_chosen_file_goes_to_the_page_that_asked_for_it() {
        let mut state = state();
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("broken.ron");
        std::fs::write(&path, "Deck(").expect("write");
        state.apply(Action::FileChosen {
            purpose: Purpose::ImportDeck,
            paths: vec![path.clone()],
        });
        assert!(!state.instructor.decks.import_errors.is_empty());
        state.apply(Action::FileChosen {
            purpose: Purpose::ReportExercise,
            paths: vec![path],
        });
        assert!(!state.instructor.report.exercise_errors.is_empty());
        state.apply(Action::NothingChosen(Purpose::OpenExercise));
        let typed = state
            .prompt
            .typed
            .as_ref()
            .expect("the typed-path box opens");
        assert!(typed.after_dialog && typed.purpose == Purpose::OpenExercise);
    }

    #[test]
    fn user_decks_are_linted_once_when_the_catalog_loads() {
        let deck = r#"Deck(id: "u", title: "U", topics: [Topic(id: "t", title: "T")], items: [
            Item(id: "a", text: "Encrypting your own data", owner: Customer, topic: "t", explanation: "E"),
            Item(id: "b", text: "Guards at the doors", owner: Aws, topic: "t", explanation: "E"),
        ])"#;
        let mut catalog = Catalog::new();
        let origin = crate::model::Origin::File("u.ron".into());
        assert!(catalog.add_bytes("u.ron", origin, deck.as_bytes()));
        let state = AppState::new(catalog, Area::Browse);
        assert!(!state.lint.is_empty(), "{:?}", state.lint);
        assert!(
            state
                .lint
                .iter()
                .map(ToString::to_string)
                .all(|w| w.starts_with("u.ron:") && w.contains(": warning: "))
        );
        let mut builtin = Catalog::new();
        content::add_builtin(&mut builtin);
        assert!(user_lint(&builtin).is_empty());
    }

    #[test]
    fn banner_and_projector_toggle_by_action() {
        let mut state = state();
        state.shared.banner = Some("hello".into());
        state.apply(Action::DismissBanner);
        assert!(state.shared.banner.is_none());
        state.apply(Action::ToggleProjector);
        assert!(state.projector);
        state.apply(Action::Navigate(Area::Progress));
        assert_eq!(state.area, Area::Progress);
    }
}

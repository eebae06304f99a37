//! The app shell: navigation among the areas, the state they share, and the
//! one place where actions change that state.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::browse::{self, BrowseAction, BrowseState};
use super::instructor::{self, InstructorAction, InstructorState};
use super::progress::{self, ProgressAction, ProgressView};
use super::sort::{self, SortAction, SortState};
use super::{errors::load_errors_ui, theme};
use crate::io::paths::AppPaths;
use crate::io::{content, progress_store};
use crate::model::clock::Clock;
use crate::model::progress::Progress;
use crate::model::{CardRef, Catalog};

/// The areas of the app, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Area {
    /// The responsibility browser.
    #[default]
    Browse,
    /// Sorting exercises.
    Sort,
    /// History and spaced review.
    Progress,
    /// Exercise files and class reports.
    Instructor,
}

impl Area {
    /// Every area in navigation order.
    pub const ALL: [Area; 4] = [Area::Browse, Area::Sort, Area::Progress, Area::Instructor];

    /// The name in the navigation bar.
    pub fn label(self) -> &'static str {
        match self {
            Area::Browse => "Browse",
            Area::Sort => "Sort",
            Area::Progress => "Progress",
            Area::Instructor => "Instructor",
        }
    }
}

/// Something a view asks for; [`AppState::apply`] carries it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another area.
    Navigate(Area),
    /// Show or hide the list of content errors.
    ToggleLoadErrors,
    /// Something for the Browse area.
    Browse(BrowseAction),
    /// Start a sorting exercise on these cards.
    SortCards(Vec<CardRef>),
    /// Something for the Sort area.
    Sort(SortAction),
    /// Something for the Progress area.
    Progress(ProgressAction),
    /// Something for the Instructor area.
    Instructor(InstructorAction),
    /// Load the decks again from disk (after an import).
    ReloadContent,
    /// Turn projector mode (large type, high contrast) on or off.
    ToggleProjector,
    /// Hide the message banner.
    DismissBanner,
}

/// Where the app keeps its files; absent in tests that need no disk.
#[derive(Debug, Clone)]
pub struct Storage {
    /// The data folder and the files in it.
    pub paths: AppPaths,
    /// Extra content folders from `--content`.
    pub extra_content: Vec<PathBuf>,
    /// False when a bad progress file could not be moved aside: saving would
    /// overwrite it.
    pub can_save_progress: bool,
}

/// Everything the views read.
#[derive(Debug)]
pub struct AppState {
    /// The loaded decks.
    pub catalog: Catalog,
    /// The area on screen.
    pub area: Area,
    /// Whether the content error list is open.
    pub show_load_errors: bool,
    /// The Browse area.
    pub browse: BrowseState,
    /// The Sort area.
    pub sort: SortState,
    /// The student's history and review schedule.
    pub progress: Progress,
    /// The Progress area's own view state.
    pub progress_view: ProgressView,
    /// The Instructor area.
    pub instructor: InstructorState,
    /// Projector mode: large type and high contrast.
    pub projector: bool,
    /// A message for the person (e.g. what happened to a broken progress
    /// file), shown until dismissed.
    pub banner: Option<String>,
    /// Where files live; `None` keeps everything in memory.
    pub storage: Option<Storage>,
    /// Where "now" comes from.
    pub clock: Clock,
}

impl AppState {
    /// A state on `area` over `catalog`, with empty progress kept in memory
    /// only. Content errors start open so that a broken deck is noticed.
    pub fn new(catalog: Catalog, area: Area) -> Self {
        let show_load_errors = !catalog.errors.is_empty();
        let browse = BrowseState::new(&catalog);
        Self {
            catalog,
            area,
            show_load_errors,
            browse,
            sort: SortState::default(),
            progress: Progress::new(),
            progress_view: ProgressView::default(),
            instructor: InstructorState::default(),
            projector: false,
            banner: None,
            storage: None,
            clock: Clock::System,
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
        let mut state = Self::new(catalog, area);
        let outcome = progress_store::load(&paths.progress_file(), clock.now_secs());
        state.progress = outcome.progress;
        state.banner = outcome.notice;
        state.clock = clock;
        state.storage = Some(Storage {
            paths,
            extra_content,
            can_save_progress: outcome.can_save,
        });
        state
    }

    /// Carries out one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Navigate(area) => self.area = area,
            Action::ToggleLoadErrors => self.show_load_errors = !self.show_load_errors,
            Action::Browse(action) => browse::apply(&mut self.browse, &self.catalog, action),
            Action::SortCards(cards) => {
                let now = self.clock.now_ms();
                let action = SortAction::StartWith(cards, "Browse selection".into());
                sort::apply(&mut self.sort, &self.catalog, action, now);
                self.area = Area::Sort;
            }
            Action::Sort(action) => {
                let now = self.clock.now_ms();
                sort::apply(&mut self.sort, &self.catalog, action, now);
                self.record_finished_exercise();
            }
            Action::Progress(action) => {
                for follow_up in progress::apply(self, action) {
                    self.apply(follow_up);
                }
            }
            Action::Instructor(action) => {
                for follow_up in instructor::apply(self, action) {
                    self.apply(follow_up);
                }
            }
            Action::ReloadContent => self.reload_content(),
            Action::ToggleProjector => self.projector = !self.projector,
            Action::DismissBanner => self.banner = None,
        }
    }

    /// Records the first attempt of a just-checked exercise in progress and
    /// saves it. Runs once per exercise.
    fn record_finished_exercise(&mut self) {
        let Some(running) = self.sort.running.as_mut() else {
            return;
        };
        if running.recorded {
            return;
        }
        let Some(first) = running.session.first_attempt() else {
            return;
        };
        let title = match &running.exercise {
            Some(run) => run.exercise.id.clone(),
            None => running.title.clone(),
        };
        self.progress.record(
            first,
            running.session.round(),
            &title,
            self.clock.now_secs(),
        );
        running.recorded = true;
        self.save_progress();
    }

    /// Saves progress (when the app has storage); a failure ends in the
    /// banner, never in a crash.
    pub fn save_progress(&mut self) {
        let Some(storage) = &self.storage else {
            return;
        };
        if !storage.can_save_progress {
            return;
        }
        if let Err(e) = progress_store::save(&storage.paths.progress_file(), &self.progress) {
            self.banner = Some(format!("Your progress could not be saved: {e}"));
        }
    }

    /// Loads every deck again from disk and rebuilds the Browse index.
    fn reload_content(&mut self) {
        let Some(storage) = &self.storage else {
            return;
        };
        let catalog =
            content::load_catalog(Some(&storage.paths.content_dir()), &storage.extra_content);
        self.show_load_errors = !catalog.errors.is_empty();
        self.browse = BrowseState::new(&catalog);
        self.catalog = catalog;
    }

    /// Draws the whole app into `ui` and applies what the views asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        global_keys(ui, self, &mut actions);
        theme::set_projector(ui.ctx(), self.projector);
        egui::Panel::top("nav").show(ui, |ui| nav_ui(ui, self, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, self, &mut actions));
        if let Some(banner) = &self.banner {
            egui::Panel::top("banner").show(ui, |ui| banner_ui(ui, banner, &mut actions));
        }
        if self.show_load_errors && !self.catalog.errors.is_empty() {
            egui::Panel::top("load-errors").show(ui, |ui| {
                ui.add_space(4.0);
                load_errors_ui(ui, &self.catalog.errors);
                if self.storage.is_some() {
                    let reload = ui.button("⟲ Reload content");
                    if reload
                        .on_hover_text("Load every deck again, after fixing a file")
                        .clicked()
                    {
                        actions.push(Action::ReloadContent);
                    }
                }
                ui.add_space(4.0);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.area {
            Area::Browse => browse::browse_ui(ui, &self.catalog, &self.browse, &mut actions),
            Area::Sort => {
                let now = self.clock.now_ms();
                let due = self.progress.due_count(self.clock.now_secs());
                sort::sort_ui(ui, &self.catalog, &self.sort, now, due, &mut actions);
            }
            Area::Progress => progress::progress_ui(ui, self, &mut actions),
            Area::Instructor => instructor::instructor_ui(ui, self, &mut actions),
        });
        for action in actions {
            self.apply(action);
        }
        instructor::poll(self, ui.ctx());
        self.tick(ui.ctx());
    }

    /// Runs the exercise timer: checks the round when time is up, and asks
    /// for a repaint each second only while a timed round is running.
    fn tick(&mut self, ctx: &egui::Context) {
        let now = self.clock.now_ms();
        if sort::tick(&mut self.sort, now) {
            self.record_finished_exercise();
        }
        let timed = self.sort.running.as_ref().is_some_and(|r| {
            !r.session.is_checked() && r.session.options().time_limit_secs.is_some()
        });
        if timed {
            ctx.request_repaint_after(std::time::Duration::from_millis(1000 - now % 1000));
        }
    }
}

fn global_keys(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Q)) {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
    }
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F11)) {
        let fullscreen = ui.ctx().input(|i| i.viewport().fullscreen.unwrap_or(false));
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
        if !state.projector && !fullscreen {
            actions.push(Action::ToggleProjector);
        }
    }
}

fn nav_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.add_space(4.0);
        ui.label(egui::RichText::new("SRM Study").heading().strong());
        ui.add_space(12.0);
        for area in Area::ALL {
            let selected = state.area == area;
            let text = egui::RichText::new(area.label()).size(16.0);
            if ui.selectable_label(selected, text).clicked() && !selected {
                actions.push(Action::Navigate(area));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            egui::widgets::global_theme_preference_buttons(ui);
            ui.separator();
            let projector = ui
                .add(egui::Button::selectable(state.projector, "📽 Projector"))
                .on_hover_text(
                    "Large type and high contrast for a classroom (F11: full screen too)",
                );
            if projector.clicked() {
                actions.push(Action::ToggleProjector);
            }
        });
    });
}

fn banner_ui(ui: &mut egui::Ui, banner: &str, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new("⚠")
                .color(ui.visuals().warn_fg_color)
                .size(18.0),
        );
        ui.add(egui::Label::new(banner).wrap());
    });
    if ui.button("Dismiss").clicked() {
        actions.push(Action::DismissBanner);
    }
    ui.add_space(4.0);
}

fn status_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let catalog = &state.catalog;
        ui.label(format!(
            "{} deck(s) · {} cards",
            catalog.decks.len(),
            catalog.item_count()
        ));
        if !catalog.errors.is_empty() {
            let text = format!("⚠ {} content problem(s)", catalog.errors.len());
            let button =
                egui::Button::new(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
            if ui
                .add(button)
                .on_hover_text("Show or hide the problems")
                .clicked()
            {
                actions.push(Action::ToggleLoadErrors);
            }
        }
    });
}

/// How the app was started from the command line.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// The area asked for with `--area`; overrides the remembered one.
    pub area: Option<Area>,
    /// Where the app keeps its files.
    pub paths: Option<AppPaths>,
    /// Extra content folders from `--content`.
    pub extra_content: Vec<PathBuf>,
}

/// Storage keys of what the window remembers.
const AREA_KEY: &str = "srm-study-area";
const PROJECTOR_KEY: &str = "srm-study-projector";

/// The eframe application.
pub struct SrmApp {
    /// The state the views read.
    pub state: AppState,
}

impl SrmApp {
    /// Builds the app from loaded content, the remembered area and the
    /// command line.
    pub fn new(cc: &eframe::CreationContext<'_>, catalog: Catalog, start: StartOptions) -> Self {
        theme::apply(&cc.egui_ctx);
        let remembered = cc
            .storage
            .and_then(|storage| eframe::get_value::<Area>(storage, AREA_KEY));
        let projector = cc
            .storage
            .and_then(|storage| eframe::get_value::<bool>(storage, PROJECTOR_KEY))
            .unwrap_or(false);
        let area = start.area.or(remembered).unwrap_or_default();
        let mut state = match start.paths {
            Some(paths) => {
                AppState::with_storage(catalog, area, paths, start.extra_content, Clock::System)
            }
            None => AppState::new(catalog, area),
        };
        state.projector = projector;
        Self { state }
    }
}

impl eframe::App for SrmApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, AREA_KEY, &self.state.area);
        eframe::set_value(storage, PROJECTOR_KEY, &self.state.projector);
    }
}

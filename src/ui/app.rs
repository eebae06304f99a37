//! The app shell: navigation among the areas, the state they share, and the
//! one place where actions change that state.

use serde::{Deserialize, Serialize};

use super::browse::{self, BrowseAction, BrowseState};
use super::sort::{self, SortAction, SortState};
use super::{errors::load_errors_ui, theme};
use crate::model::clock::Clock;
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
}

/// Everything the views read.
#[derive(Debug, Clone)]
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
    /// Where "now" comes from.
    pub clock: Clock,
}

impl AppState {
    /// A state on `area` over `catalog`. Content errors start open so that a
    /// broken deck is noticed.
    pub fn new(catalog: Catalog, area: Area) -> Self {
        let show_load_errors = !catalog.errors.is_empty();
        let browse = BrowseState::new(&catalog);
        Self {
            catalog,
            area,
            show_load_errors,
            browse,
            sort: SortState::default(),
            clock: Clock::System,
        }
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
            }
        }
    }

    /// Draws the whole app into `ui` and applies what the views asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Q)) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        egui::Panel::top("nav").show(ui, |ui| nav_ui(ui, self, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, self, &mut actions));
        if self.show_load_errors && !self.catalog.errors.is_empty() {
            egui::Panel::top("load-errors").show(ui, |ui| {
                ui.add_space(4.0);
                load_errors_ui(ui, &self.catalog.errors);
                ui.add_space(4.0);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.area {
            Area::Browse => browse::browse_ui(ui, &self.catalog, &self.browse, &mut actions),
            Area::Sort => {
                let now = self.clock.now_ms();
                sort::sort_ui(ui, &self.catalog, &self.sort, now, &mut actions);
            }
            Area::Progress => placeholder_ui(ui, "Progress", "your history and spaced review"),
            Area::Instructor => {
                placeholder_ui(ui, "Instructor", "exercise files and class reports")
            }
        });
        for action in actions {
            self.apply(action);
        }
        self.tick(ui.ctx());
    }

    /// Runs the exercise timer: checks the round when time is up, and asks
    /// for a repaint each second only while a timed round is running.
    fn tick(&mut self, ctx: &egui::Context) {
        let now = self.clock.now_ms();
        sort::tick(&mut self.sort, now);
        let timed = self.sort.running.as_ref().is_some_and(|r| {
            !r.session.is_checked() && r.session.options().time_limit_secs.is_some()
        });
        if timed {
            ctx.request_repaint_after(std::time::Duration::from_millis(1000 - now % 1000));
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
        });
    });
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

fn placeholder_ui(ui: &mut egui::Ui, title: &str, what: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.heading(title);
        ui.label(format!("This area, {what}, is not built yet."));
    });
}

/// How the app was started from the command line.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// The area asked for with `--area`; overrides the remembered one.
    pub area: Option<Area>,
}

/// Storage key of the last area.
const AREA_KEY: &str = "srm-study-area";

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
        let area = start.area.or(remembered).unwrap_or_default();
        Self {
            state: AppState::new(catalog, area),
        }
    }
}

impl eframe::App for SrmApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, AREA_KEY, &self.state.area);
    }
}

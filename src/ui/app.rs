//! The eframe shell: the navigation bar, the status bar, the banner and the
//! content-error panel around the area on screen. Each frame it draws the
//! views, which push [`Action`]s, starts and polls file dialogs, runs the
//! timer tick, and hands every action to [`AppState::apply`].

use crate::ui::widgets::Plain;
use std::path::PathBuf;

use super::action::{Action, Area, Waker};
use super::browse::browse_ui;
use super::drill::drill_ui;
use super::file_prompt::view::typed_path_modal;
use super::fonts;
use super::instructor::instructor_ui;
use super::instructor::student::view::student_ui;
use super::progress::progress_ui;
use super::sort::state::timer_running;
use super::sort::{Kind, RememberedSetup, SortSetup, sort_ui};
use super::state::AppState;
use super::theme;
use super::widgets::{load_errors_ui, text_width};
use crate::i18n::{Language, Translator};
use crate::io::paths::AppPaths;
use crate::model::Catalog;
use crate::model::clock::Clock;
use crate::tr;

impl AppState {
    /// Draws the whole app into `ui` and applies what the views asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        app_ui(ui, self);
    }
}

/// Draws the whole app into `ui` and applies what the views asked for.
pub fn app_ui(ui: &mut egui::Ui, state: &mut AppState) {
    let mut actions = Vec::new();
    // The window's name for a screen reader (the title bar is not in the tree).
    let screen_reader = ui
        .ctx()
        .accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(tr!(state.shared.tr, "app-name"))
        })
        .is_some();
    theme::set_screen_reader(ui.ctx(), screen_reader);
    // The style above applies from the next frame; this one too.
    ui.style_mut().interaction.selectable_labels = !screen_reader;
    global_keys(ui, state, &mut actions);
    theme::set_projector(ui.ctx(), state.projector);
    fonts::use_fonts_for(ui.ctx(), state.shared.tr.language());
    if state.shows_japanese() {
        fonts::use_fonts_for(ui.ctx(), crate::i18n::Language::Japanese);
    }
    egui::Panel::top("nav").show(ui, |ui| nav_ui(ui, state, &mut actions));
    egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, state, &mut actions));
    if let Some(banner) = &state.shared.banner {
        let tr = &state.shared.tr;
        egui::Panel::top("banner").show(ui, |ui| banner_ui(ui, tr, banner, &mut actions));
    }
    let errors = &state.shared.catalog.errors;
    if state.show_load_errors && !(errors.is_empty() && state.lint.is_empty()) {
        egui::Panel::top("load-errors").show(ui, |ui| {
            ui.add_space(4.0);
            let tr = &state.shared.tr;
            load_errors_ui(ui, tr, errors, &state.lint);
            if state.shared.storage.is_some() {
                let reload = ui.button(tr!(tr, "app-reload")).plain();
                if reload.on_hover_text(tr!(tr, "app-reload-hint")).clicked() {
                    actions.push(Action::ReloadContent);
                }
            }
            ui.add_space(4.0);
        });
    }
    let ctx = state.view_ctx();
    egui::CentralPanel::default().show(ui, |ui| match state.area {
        Area::Browse => browse_ui(ui, &ctx, &state.browse, &mut actions),
        Area::Sort => {
            let student = &state.instructor.student;
            let take_page = |ui: &mut egui::Ui, actions: &mut Vec<Action>| {
                student_ui(ui, &ctx, student, actions);
            };
            sort_ui(ui, &ctx, &state.sort, take_page, &mut actions);
        }
        Area::Progress => progress_ui(ui, &ctx, &state.progress, &mut actions),
        Area::Instructor => instructor_ui(ui, &ctx, &state.instructor, &mut actions),
        Area::Drill => drill_ui(ui, &ctx, &state.drill, &mut actions),
    });
    if let Some(typed) = &state.prompt.typed {
        typed_path_modal(ui.ctx(), &state.shared.tr, typed, &mut actions);
    }
    let had_actions = !actions.is_empty();
    for action in actions {
        state.apply(action);
    }
    window_commands(ui.ctx(), state);
    // A dialog or an LRS job asked for this frame starts now, off the UI
    // thread; it wakes the window when it answers (or reports), and its
    // answers become actions.
    let ctx = ui.ctx().clone();
    state.apply(Action::StartJobs(Waker::new(move || ctx.request_repaint())));
    let answered = state.apply(Action::PollJobs) > 1;
    state.apply(Action::Tick);
    if had_actions || answered {
        // What the actions or the dialog's answer changed shows at once.
        ui.ctx().request_repaint();
    }
    if timer_running(&state.sort) {
        let now = state.shared.clock.now_ms();
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(1000 - now % 1000));
    }
}

/// Carries out what the state asks of the window, each request once:
/// closing, and full screen on or off.
fn window_commands(ctx: &egui::Context, state: &AppState) {
    let closing = egui::Id::unique("srm-close-sent");
    let sent = ctx.data(|d| d.get_temp::<bool>(closing).unwrap_or(false));
    if state.quit != sent {
        ctx.data_mut(|d| d.insert_temp(closing, state.quit));
        if state.quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
    if let Some((asked, on)) = state.full_screen {
        let id = egui::Id::unique("srm-full-screen-done");
        let done = ctx.data(|d| d.get_temp::<u64>(id));
        if done != Some(asked) {
            ctx.data_mut(|d| d.insert_temp(id, asked));
            let full_screen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
            if full_screen != on {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
            }
        }
    }
}

fn global_keys(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Q)) {
        actions.push(Action::CloseWindow);
    }
    // The window's close button: with unsaved changes in the deck editor,
    // the window stays and the question is asked.
    if ui.ctx().input(|i| i.viewport().close_requested())
        && state.instructor.editor.is_dirty()
        && !state.quit
    {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::CancelClose);
        actions.push(Action::CloseWindow);
    }
    // F11 switches projector mode (and full screen with it) on and off;
    // Escape leaves it, unless a text box or the typed-path box has it.
    let f11 = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::F11));
    let escape = state.projector
        && state.prompt.typed.is_none()
        && !ui.ctx().text_edit_focused()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if f11 || escape {
        actions.push(Action::ToggleProjectorFullScreen);
    }
}

fn nav_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    // One row at every width and in every language (a projector's rows are
    // precious): what does not fit goes, widest first: the app's name (the
    // title bar has it), the theme buttons and the projector button's word,
    // then the language's name (its code stays) and the tabs' large type.
    let tr = &state.shared.tr;
    let fit = NavFit::measure(ui, tr);
    ui.horizontal(|ui| {
        ui.add_space(4.0);
        if fit >= NavFit::Full {
            ui.label(egui::RichText::new(tr!(tr, "app-name")).heading().strong());
            ui.add_space(12.0);
        }
        let tabs = |ui: &mut egui::Ui, actions: &mut Vec<Action>| {
            for area in Area::ALL {
                let selected = state.area == area;
                let text = egui::RichText::new(area_name(tr, area)).size(fit.tab_size());
                if ui.selectable_label(selected, text).clicked() && !selected {
                    actions.push(Action::Navigate(area));
                }
            }
        };
        if fit == NavFit::Compact {
            // The tabs wrap to a second row in the room the buttons leave
            // when even that is not enough (the pseudo-locale at 800x600
            // in projector mode); German and Japanese fit on one.
            let room = (ui.available_width() - COMPACT_BUTTONS_WIDTH).max(120.0);
            ui.allocate_ui_with_layout(
                egui::vec2(room, ui.spacing().interact_size.y),
                egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                |ui| tabs(ui, actions),
            );
        } else {
            tabs(ui, actions);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            display_buttons_ui(ui, state, fit, actions);
        });
    });
}

/// The room the projector's icon and the language's code take at the right
/// of a compact top bar, in points (at most: "EN-XA" is the longest code).
const COMPACT_BUTTONS_WIDTH: f32 = 150.0;

/// How much of the top bar fits on its one row, from the least to all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NavFit {
    /// The tabs in body type, the projector's icon, the language's code.
    Compact,
    /// The tabs in large type, the projector's icon, the language's name.
    Medium,
    /// Everything: the app's name, the projector's word, the themes.
    Full,
}

impl NavFit {
    /// The most that fits the width left, measured in the window's
    /// language and type (German's and the pseudo-locale's words are long).
    fn measure(ui: &egui::Ui, tr: &Translator) -> Self {
        let body = egui::TextStyle::Body.resolve(ui.style());
        let button = ui.spacing().button_padding.x * 2.0 + ui.spacing().item_spacing.x;
        let tabs = |size: f32| -> f32 {
            Area::ALL
                .iter()
                .map(|area| {
                    text_width(ui, area_name(tr, *area), egui::FontId::proportional(size)) + button
                })
                .sum()
        };
        let named_picker =
            text_width(ui, tr.language().native_name(), body.clone()) + button + 24.0;
        let separator = 12.0;
        let icon = text_width(ui, "📽", body.clone()) + button;
        let available = ui.available_width() - 8.0;
        let name = text_width(
            ui,
            tr!(tr, "app-name"),
            egui::TextStyle::Heading.resolve(ui.style()),
        ) + 12.0
            + ui.spacing().item_spacing.x;
        let full = name
            + tabs(16.0)
            + text_width(ui, tr!(tr, "projector-button"), body.clone())
            + button
            + 2.0 * separator
            + named_picker
            + 3.0 * icon;
        let medium = tabs(16.0) + icon + separator + named_picker;
        if available >= full {
            NavFit::Full
        } else if available >= medium {
            NavFit::Medium
        } else {
            NavFit::Compact
        }
    }

    /// The tabs' type size.
    fn tab_size(self) -> f32 {
        if self == NavFit::Compact { 14.0 } else { 16.0 }
    }
}

fn display_buttons_ui(ui: &mut egui::Ui, state: &AppState, fit: NavFit, actions: &mut Vec<Action>) {
    let wide = fit == NavFit::Full;
    let tr = &state.shared.tr;
    // A narrow window (800x600 in projector mode is 533 points wide) keeps
    // the projector button's icon only, and leaves the theme to the system.
    let name = tr!(tr, "projector-button");
    let text = if wide {
        name.clone()
    } else {
        "📽".to_owned()
    };
    let projector = ui
        .add(egui::Button::selectable(state.projector, text))
        .on_hover_text(tr!(tr, "projector-hint"));
    // Said "Projector", without the glyph.
    let name = crate::text::without_markers(&name).to_owned();
    projector.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::Button, true, state.projector, &name)
    });
    if projector.clicked() {
        actions.push(Action::ToggleProjector);
    }
    ui.separator();
    language_picker_ui(ui, tr, fit != NavFit::Compact, actions);
    if wide {
        ui.separator();
        theme_buttons(ui, tr);
    }
}

/// The language picker: each language by its own name, so that a person
/// finds theirs whatever the window shows now.
fn language_picker_ui(ui: &mut egui::Ui, tr: &Translator, named: bool, actions: &mut Vec<Action>) {
    let current = tr.language();
    // Where the row is short, the language's code ("DE"); the list always
    // names each language in full.
    let shown = if named {
        current.native_name().to_owned()
    } else {
        current.tag().to_uppercase()
    };
    let mut picker = egui::ComboBox::from_id_salt("language-picker");
    if !named {
        // As narrow as the code (a combo box is 100 points wide otherwise).
        let code = text_width(ui, shown.clone(), egui::TextStyle::Button);
        picker = picker.width(code + ui.spacing().icon_width + 12.0);
    }
    let picker = picker.selected_text(shown).show_ui(ui, |ui| {
        for language in Language::PICKABLE {
            let chosen = ui.selectable_label(current == language, language.native_name());
            if chosen.clicked() && current != language {
                actions.push(Action::SetLanguage(language));
            }
        }
    });
    picker
        .response
        .on_hover_text(tr!(tr, "language-picker-hint"))
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                format!("{}: {}", tr!(tr, "language-picker"), current.native_name()),
            )
        });
}

/// An area's name in the window's language.
pub fn area_name(tr: &Translator, area: Area) -> String {
    match area {
        Area::Browse => tr!(tr, "area-browse"),
        Area::Sort => tr!(tr, "area-sort"),
        Area::Progress => tr!(tr, "area-progress"),
        Area::Instructor => tr!(tr, "area-instructor"),
        Area::Drill => tr!(tr, "area-drill"),
    }
}

/// egui's three theme buttons, each named for a screen reader (egui's say
/// only their emoji).
fn theme_buttons(ui: &mut egui::Ui, tr: &Translator) {
    use egui::ThemePreference;
    let current = ui.ctx().options(|o| o.theme_preference);
    for (preference, icon, name) in [
        (ThemePreference::System, "💻", tr!(tr, "theme-system")),
        (ThemePreference::Dark, "🌙", tr!(tr, "theme-dark")),
        (ThemePreference::Light, "☀", tr!(tr, "theme-light")),
    ] {
        let on = current == preference;
        let button = ui
            .add(egui::Button::selectable(on, icon))
            .on_hover_text(&name);
        button.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, on, &name));
        if button.clicked() {
            ui.ctx().set_theme(preference);
        }
    }
}

fn banner_ui(ui: &mut egui::Ui, tr: &Translator, banner: &str, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new("⚠")
                .color(ui.visuals().warn_fg_color)
                .size(18.0),
        );
        ui.add(egui::Label::new(banner).wrap());
    });
    if ui.button(tr!(tr, "app-dismiss")).clicked() {
        actions.push(Action::DismissBanner);
    }
    ui.add_space(4.0);
}

fn status_ui(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let catalog = &state.shared.catalog;
        ui.label(format!(
            "{} · {}",
            tr!(state.shared.tr, "status-decks", decks = catalog.decks.len()),
            tr!(
                state.shared.tr,
                "status-cards",
                cards = catalog.item_count()
            )
        ));
        if !catalog.errors.is_empty() || !state.lint.is_empty() {
            let tr = &state.shared.tr;
            let mut text = format!(
                "⚠ {}",
                tr!(tr, "app-content-problems", problems = catalog.errors.len())
            );
            if !state.lint.is_empty() {
                text = format!(
                    "{text} · {}",
                    tr!(tr, "app-lint-warnings", warnings = state.lint.len())
                );
            }
            let button =
                egui::Button::new(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
            if ui
                .add(button)
                .on_hover_text(tr!(tr, "app-problems-hint"))
                .clicked()
            {
                actions.push(Action::ToggleLoadErrors);
            }
        }
        let (tr, lrs) = (&state.shared.tr, &state.instructor.lrs);
        crate::ui::instructor::lrs::view::waiting_marker_ui(ui, tr, lrs, actions);
        if let Some(problem) = &state.shared.progress_problem {
            progress_problem_ui(ui, &state.shared.tr, problem, actions);
        }
    });
}

/// The marker that stays while progress is not being saved: the reason
/// (cut to fit, whole on hover) and "Try again".
fn progress_problem_ui(
    ui: &mut egui::Ui,
    tr: &Translator,
    problem: &str,
    actions: &mut Vec<Action>,
) {
    ui.separator();
    if ui
        .button(tr!(tr, "app-retry-save"))
        .on_hover_text(tr!(tr, "app-retry-save-hint"))
        .clicked()
    {
        actions.push(Action::RetrySaveProgress);
    }
    let warn = ui.visuals().warn_fg_color;
    ui.add(egui::Label::new(egui::RichText::new(format!("⚠ {problem}")).color(warn)).truncate())
        .on_hover_text(problem);
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
    /// The start-up trace (`SRM_STUDY_TRACE_START=1`).
    pub trace: StartTrace,
    /// The progress file, when it was loaded already (with `paths`).
    pub progress: Option<crate::io::progress_store::LoadOutcome>,
    /// Applied once the state is built: the files named on the command
    /// line, opened as their dialogs would (`cli::open::start_actions`).
    pub actions: Vec<Action>,
    /// The language asked for with `--lang` or `SRM_STUDY_LANG`; overrides
    /// the remembered one.
    pub language: Option<Language>,
    /// The system's language, shown on the first run (English in tests).
    pub system_language: Language,
}

/// With `SRM_STUDY_TRACE_START=N`, prints on stderr the milliseconds since
/// the program started at each step of opening the window and around each
/// of its first N frames: where the start time goes (see BENCHMARKS.md).
#[derive(Debug, Clone, Copy, Default)]
pub struct StartTrace {
    started: Option<std::time::Instant>,
    frames: u32,
    traced: u32,
}

impl StartTrace {
    /// A trace from `started` when the environment asks for one.
    pub fn from_env(started: Option<std::time::Instant>) -> Self {
        let traced = std::env::var("SRM_STUDY_TRACE_START")
            .ok()
            .and_then(|v| v.trim().parse::<u32>().ok())
            .unwrap_or(0);
        Self {
            started: started.filter(|_| traced > 0),
            frames: 0,
            traced,
        }
    }

    /// Prints `what` with the time since the start.
    pub fn mark(&self, what: &str) {
        if let Some(started) = self.started {
            eprintln!(
                "trace {:8.1} ms  {what}",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }

    fn frame(&mut self, what: &str) {
        if self.started.is_some() && self.frames < self.traced {
            self.mark(&format!("frame {} {what}", self.frames + 1));
        }
    }

    fn frame_done(&mut self) {
        self.frame("end");
        self.frames = self.frames.saturating_add(1);
    }
}

/// Storage keys of what the window remembers.
const AREA_KEY: &str = "srm-study-area";
const PROJECTOR_KEY: &str = "srm-study-projector";
const SORT_SETUP_KEY: &str = "srm-study-sort-setup";
const LANGUAGE_KEY: &str = "srm-study-language";
/// The window's inner size in logical points (as at zoom 1), whatever the
/// projector zoom was when the app closed.
pub const WINDOW_SIZE_KEY: &str = "srm-study-window-size";

/// The window's size as if no zoom were applied: egui measures the window
/// in zoomed points, so 800x600 at the projector's 1.5 reads 533x400.
pub fn logical_window_size(zoomed_points: egui::Vec2, zoom: f32) -> egui::Vec2 {
    (zoomed_points * zoom).round()
}

/// The window size the app stored, read from eframe's storage file
/// (`window.ron`: a RON map of keys to RON values). `None` when it is
/// missing, unreadable, or not a sensible size.
pub fn stored_window_size(window_ron: &str) -> Option<egui::Vec2> {
    let map: std::collections::HashMap<String, String> = ron::from_str(window_ron).ok()?;
    let [w, h]: [f32; 2] = ron::from_str(map.get(WINDOW_SIZE_KEY)?).ok()?;
    (w.is_finite() && h.is_finite() && w >= 200.0 && h >= 150.0).then(|| egui::vec2(w, h))
}

/// The eframe application.
pub struct SrmApp {
    /// The state the views read.
    pub state: AppState,
    trace: StartTrace,
    /// The window's inner size in logical points, as last seen.
    window_size: Option<egui::Vec2>,
    /// Set from a signal handler when the system asks the app to quit.
    terminate: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl SrmApp {
    /// Builds the app from loaded content, the remembered area and the
    /// command line.
    pub fn new(cc: &eframe::CreationContext<'_>, catalog: Catalog, start: StartOptions) -> Self {
        start.trace.mark("window and renderer ready");
        theme::apply(&cc.egui_ctx);
        let remembered = cc
            .storage
            .and_then(|storage| eframe::get_value::<Area>(storage, AREA_KEY));
        let projector = cc
            .storage
            .and_then(|storage| eframe::get_value::<bool>(storage, PROJECTOR_KEY))
            .unwrap_or(false);
        let area = start.area.or(remembered).unwrap_or_default();
        let mut state = match (start.paths, start.progress) {
            (Some(paths), Some(progress)) => AppState::with_loaded_storage(
                catalog,
                area,
                paths,
                start.extra_content,
                Clock::System,
                progress,
            ),
            (Some(paths), None) => {
                AppState::with_storage(catalog, area, paths, start.extra_content, Clock::System)
            }
            (None, _) => AppState::new(catalog, area),
        };
        state.projector = projector;
        let remembered_language = cc
            .storage
            .and_then(|storage| eframe::get_value::<Language>(storage, LANGUAGE_KEY));
        let system = start.system_language;
        state.set_language(Language::choose(
            start.language,
            None,
            remembered_language,
            || system,
        ));
        // The window never waits on the disk: progress is saved on a
        // thread of its own.
        if let Some(storage) = &mut state.shared.storage {
            storage.saver.mode = crate::io::progress_saver::SaveMode::OnThread;
        }
        if let Some(storage) = cc.storage {
            restore_settings(&mut state, storage);
        }
        for action in start.actions {
            state.apply(action);
        }
        start.trace.mark("app created");
        Self {
            state,
            window_size: None,
            trace: start.trace,
            terminate: Default::default(),
        }
    }

    /// The flag a signal handler sets when the system asks the app to quit
    /// (then wake the window): the next frame keeps unsaved deck edits as a
    /// draft and closes without asking ([`Action::Terminate`]).
    pub fn terminate_flag(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        std::sync::Arc::clone(&self.terminate)
    }
}

/// Puts back what the last run remembered of the settings: the Sort start
/// screen's choices (minus decks, topics and services that are gone).
fn restore_settings(state: &mut AppState, storage: &dyn eframe::Storage) {
    let Some(remembered) = eframe::get_value::<RememberedSetup>(storage, SORT_SETUP_KEY) else {
        return;
    };
    let catalog = &state.shared.catalog;
    state.sort.setup = SortSetup::from_remembered(remembered, |kind, id| {
        catalog.decks.iter().any(|loaded| {
            let deck = &loaded.deck;
            match kind {
                Kind::Deck => deck.id == id,
                Kind::Topic => deck.topics.iter().any(|t| t.id == id),
                Kind::Service => deck.services.iter().any(|s| s.id == id),
            }
        })
    });
}

/// Writes what the next run should remember of the settings.
fn remember_settings(state: &AppState, storage: &mut dyn eframe::Storage) {
    eframe::set_value(storage, AREA_KEY, &state.area);
    eframe::set_value(storage, PROJECTOR_KEY, &state.projector);
    eframe::set_value(storage, LANGUAGE_KEY, &state.shared.tr.language());
    eframe::set_value(storage, SORT_SETUP_KEY, &state.sort.setup.remembered());
}

impl eframe::App for SrmApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.trace.started.is_some() {
            let causes = ui.ctx().repaint_causes();
            self.trace.frame(&format!("start, asked by {causes:?}"));
        }
        let zoom = ui.ctx().zoom_factor();
        if let Some(rect) = ui.ctx().input(|i| i.viewport().inner_rect) {
            self.window_size = Some(logical_window_size(rect.size(), zoom));
        }
        if self
            .terminate
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            self.state.apply(Action::Terminate);
        }
        self.state.ui(ui);
        self.trace.frame_done();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The last save finishes, and what is left is saved, before the
        // process ends.
        self.state.shared.finish_saving();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        remember_settings(&self.state, storage);
        if let Some(size) = self.window_size {
            eframe::set_value(storage, WINDOW_SIZE_KEY, &[size.x, size.y]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// eframe's storage as a map, for the settings round trip.
    #[derive(Default)]
    struct MapStorage(std::collections::HashMap<String, String>);

    impl eframe::Storage for MapStorage {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    fn builtin_state() -> AppState {
        let mut catalog = crate::model::Catalog::new();
        crate::io::content::add_builtin(&mut catalog);
        AppState::new(catalog, Area::Sort)
    }

    #[test]
    fn the_sort_settings_are_remembered_between_runs() {
        use crate::model::session::Feedback;
        let mut first = builtin_state();
        first.sort.setup.selection.count = Some(6);
        first.sort.setup.options.feedback = Feedback::AtEnd;
        first.sort.setup.selection.decks.insert("srm-core".into());
        first
            .sort
            .setup
            .selection
            .decks
            .insert("a-deck-removed-since".into());
        first.sort.setup.fixed_seed = Some(9);
        let mut storage = MapStorage::default();
        remember_settings(&first, &mut storage);

        let mut next = builtin_state();
        restore_settings(&mut next, &storage);
        let setup = &next.sort.setup;
        assert_eq!(setup.selection.count, Some(6));
        assert_eq!(setup.options.feedback, Feedback::AtEnd);
        assert_eq!(
            setup.selection.decks.iter().collect::<Vec<_>>(),
            ["srm-core"],
            "a deck that is gone is dropped"
        );
        assert_eq!(setup.fixed_seed, None);
    }

    #[test]
    fn settings_from_a_garbled_storage_are_ignored() {
        let mut storage = MapStorage::default();
        eframe::Storage::set_string(&mut storage, SORT_SETUP_KEY, "(nonsense".into());
        let mut state = builtin_state();
        restore_settings(&mut state, &storage);
        assert_eq!(state.sort.setup, SortSetup::default());
    }

    #[test]
    fn the_window_size_is_kept_in_logical_points_whatever_the_zoom() {
        let zoomed = egui::vec2(800.0, 600.0) / theme::PROJECTOR_ZOOM;
        let size = logical_window_size(zoomed, theme::PROJECTOR_ZOOM);
        assert_eq!(size, egui::vec2(800.0, 600.0));
        assert_eq!(
            logical_window_size(egui::vec2(1280.0, 800.0), 1.0),
            egui::vec2(1280.0, 800.0)
        );
    }

    #[test]
    fn the_stored_size_is_read_back_from_eframes_file() {
        let mut map = std::collections::HashMap::new();
        map.insert(
            WINDOW_SIZE_KEY.to_owned(),
            ron::to_string(&[800.0_f32, 600.0]).expect("ron"),
        );
        map.insert(AREA_KEY.to_owned(), "Sort".to_owned());
        let text = ron::ser::to_string_pretty(&map, Default::default()).expect("ron");
        assert_eq!(stored_window_size(&text), Some(egui::vec2(800.0, 600.0)));
        assert_eq!(stored_window_size("not ron"), None);
        assert_eq!(stored_window_size("{}"), None);
    }
}

//! Entry point: parses the command line, runs a headless command or opens the
//! window.

use std::io::Write as _;
use std::process::ExitCode;

use anyhow::Context as _;
use srm_study::cli::{self, AreaArg, Cli, Command};
use srm_study::i18n::Translator;
use srm_study::io::{content, paths::AppPaths, progress_store, window_file};
use srm_study::model::clock::Clock;
use srm_study::terminal::SafeWriter;
use srm_study::tr;
use srm_study::ui::app::{StartTrace, stored_window_size};
use srm_study::ui::{Area, SrmApp, StartOptions};

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    STARTED.get_or_init(|| started);
    // --help in the messages' language (English is clap's own).
    let cli = cli::help::parse();
    // The messages' language: --lang, SRM_STUDY_LANG, the system's.
    let tr = cli::translator(&cli);
    match run(cli, &tr) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            // User data in an error (a deck id, a file name) never sends
            // raw control characters to the terminal.
            let mut stderr = SafeWriter::new(std::io::stderr().lock());
            let _ = writeln!(stderr, "srm-study: {}", error_text(&error, &tr));
            ExitCode::from(1)
        }
    }
}

/// An error as the terminal shows it: the command line's own errors in
/// the messages' language, any other with its causes.
fn error_text(error: &anyhow::Error, tr: &Translator) -> String {
    if let Some(error) = error.downcast_ref::<cli::CliError>() {
        error.text(tr)
    } else if let Some(error) = error.downcast_ref::<cli::open::OpenError>() {
        error.text(tr)
    } else {
        format!("{error:#}")
    }
}

fn run(cli: Cli, tr: &Translator) -> anyhow::Result<u8> {
    // Every command prints through SafeWriter: no raw control character
    // from a deck, a result or a table reaches the terminal.
    let mut stdout = SafeWriter::new(std::io::stdout().lock());
    match &cli.command {
        Some(Command::Validate { paths, lint }) => Ok(exit(cli::validate(
            paths,
            Some(&AppPaths::resolve(cli.data_dir.clone()).content_dir()),
            &cli.content,
            *lint,
            tr,
            &mut stdout,
        ))),
        Some(Command::Report {
            exercise,
            results,
            csv,
            card_texts,
            attempts,
            force,
        }) => {
            let mut stderr = SafeWriter::new(std::io::stderr().lock());
            let options = cli::ReportOptions {
                csv: csv.as_deref(),
                card_texts: *card_texts,
                rule: attempts.rule(),
                force: *force,
            };
            let code = cli::report_with(exercise, results, &options, tr, &mut stdout, &mut stderr)?;
            Ok(exit(code))
        }
        Some(Command::Exercise {
            command: cli::exercise::ExerciseCommand::New(args),
        }) => {
            // The cards in the language of the command's words (--lang).
            let catalog = cli::catalog_for(&cli).for_language(tr.language());
            let message = cli::exercise::exercise_new(&catalog, args, tr)?;
            let _ = writeln!(stdout, "{message}");
            Ok(0)
        }
        Some(Command::List) => Ok(exit(cli::list(&cli::catalog_for(&cli), tr, &mut stdout))),
        Some(Command::ExportDeck { id, out, force }) => {
            let message = cli::export_deck(&cli::catalog_for(&cli), id, out, *force, tr)?;
            let _ = writeln!(stdout, "{message}");
            Ok(0)
        }
        Some(Command::ImportTable {
            file,
            deck,
            out,
            force,
            refused,
        }) => {
            let mut stderr = SafeWriter::new(std::io::stderr().lock());
            let catalog = cli::catalog_for(&cli);
            let code = cli::import_table::import_table(
                &catalog,
                file,
                deck,
                out,
                *force,
                refused.as_deref(),
                tr,
                &mut stdout,
                &mut stderr,
            )?;
            Ok(exit(code))
        }
        Some(Command::Export(args)) => {
            let mut stderr = SafeWriter::new(std::io::stderr().lock());
            let catalog = || cli::catalog_for(&cli).for_language(tr.language());
            let code = cli::export::export(args, catalog, tr, &mut stdout, &mut stderr)?;
            Ok(exit(code))
        }
        Some(Command::Generate { command }) => {
            let man_language = cli.lang.unwrap_or_default();
            cli::generate::run(command, man_language, tr, &mut stdout)?;
            Ok(0)
        }
        Some(Command::Lrs { command }) => {
            let mut stderr = SafeWriter::new(std::io::stderr().lock());
            let data_dir = AppPaths::resolve(cli.data_dir.clone()).data_dir;
            let code = cli::lrs::run(command, &data_dir, tr, &mut stdout, &mut stderr)?;
            Ok(exit(code))
        }
        None => {
            drop(stdout);
            open_window(&cli, tr)?;
            Ok(0)
        }
    }
}

/// When the program started, for `SRM_STUDY_TRACE_START`.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

fn exit(code: i32) -> u8 {
    u8::try_from(code).unwrap_or(1)
}

fn open_window(cli: &Cli, tr: &Translator) -> anyhow::Result<()> {
    // The files to open are checked before the window, so that a mistyped
    // path is an error in the terminal, not a window that shows nothing.
    let files = cli
        .files
        .iter()
        .map(|path| Ok((path.clone(), cli::open::kind_of(path)?)))
        .collect::<Result<Vec<_>, cli::open::OpenError>>()?;
    let paths = AppPaths::resolve(cli.data_dir.clone());
    // The decks and the progress file load on their own thread while
    // eframe opens the window and its renderer (about 100 ms), which come
    // first anyway (a year of study history is 10 to 20 ms of parsing).
    let content_dir = paths.content_dir();
    let extra = cli.content.clone();
    let progress_file = paths.progress_file();
    let loader = std::thread::Builder::new()
        .name("content".into())
        .spawn(move || {
            let catalog = content::load_catalog(Some(&content_dir), &extra);
            let progress = progress_store::load(&progress_file, Clock::System.now_secs());
            (catalog, progress)
        });
    let mut start = StartOptions {
        area: cli.area.map(|a| match a {
            AreaArg::Browse => Area::Browse,
            AreaArg::Sort => Area::Sort,
            AreaArg::Progress => Area::Progress,
            AreaArg::Instructor => Area::Instructor,
        }),
        paths: Some(paths.clone()),
        extra_content: cli.content.clone(),
        trace: StartTrace::from_env(STARTED.get().copied()),
        progress: None,
        actions: cli::open::start_actions(&files),
        language: cli.lang.or_else(|| {
            let tag = std::env::var("SRM_STUDY_LANG").ok()?;
            srm_study::i18n::Language::from_tag(&tag)
        }),
        system_language: srm_study::i18n::Language::from_system(),
    };
    // window.ron is read the safe way (a FIFO never blocks) and eframe
    // works on a copy, put back atomically when the window closes.
    let window_file = window_file::WindowFile::open(&paths.data_dir);
    if let Some(notice) = window_file.notice() {
        eprintln!("srm-study: {notice}");
    }
    let fallback_dir = paths.content_dir();
    let fallback_extra = cli.content.clone();
    // The size the app stored in logical points (eframe's own would be
    // divided by the projector zoom), else the default.
    let size = window_file
        .text()
        .and_then(stored_window_size)
        .unwrap_or(egui::vec2(1280.0, 800.0));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("SRM Study")
            .with_app_id(APP_ID)
            .with_icon(window_icon())
            .with_inner_size(size)
            .with_min_inner_size([560.0, 400.0]),
        persistence_path: window_file.eframe_path(),
        persist_window: false,
        renderer: renderer_from_env(),
        ..Default::default()
    };
    let ran = eframe::run_native(
        "SRM Study",
        options,
        Box::new(move |cc| {
            // A loader that could not start or failed loads here instead
            // (the progress file then loads as the app is created).
            let catalog = match loader.map(|thread| thread.join()) {
                Ok(Ok((catalog, progress))) => {
                    start.progress = Some(progress);
                    catalog
                }
                _ => content::load_catalog(Some(&fallback_dir), &fallback_extra),
            };
            start.trace.mark("content loaded");
            let (trace, opening) = (start.trace, !start.actions.is_empty());
            let app = SrmApp::new(cc, catalog, start);
            if opening {
                // Where the files opened: the package check reads this line.
                let screen = cli::open::describe_screen(&app.state);
                trace.mark(&format!("opened: {screen}"));
            }
            // SIGTERM (and Ctrl+C) close the window the ordinary way, so
            // eframe saves the last area and the window size first; unsaved
            // deck edits are kept as a draft, as nobody is there to answer.
            let ctx = cc.egui_ctx.clone();
            let terminate = app.terminate_flag();
            let _ = ctrlc::set_handler(move || {
                terminate.store(true, std::sync::atomic::Ordering::SeqCst);
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                ctx.request_repaint();
            });
            Ok(Box::new(app))
        }),
    );
    if let Err(e) = window_file.finish() {
        eprintln!("srm-study: {e}");
    }
    ran.map_err(|e| anyhow::anyhow!("{e}"))
        .context(tr!(tr, "cli-window-failed"))
}

/// The app's icon, for the window (the task bar, Alt+Tab): the 128-pixel
/// PNG of `packaging/icons/io.github.srm_study.SrmStudy.svg` that the
/// package installs too.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

const ICON_PNG: &[u8] =
    include_bytes!("../packaging/icons/hicolor/128x128/apps/io.github.srm_study.SrmStudy.png");

/// The window's application id: Wayland's app_id and the class of X11's
/// WM_CLASS (the desktop entry's StartupWMClass). It is the AppStream id,
/// which names the desktop entry and the icon too, so the desktop matches
/// the window to its menu entry and icon.
const APP_ID: &str = "io.github.srm_study.SrmStudy";

/// The renderer: OpenGL through glow, or wgpu when `SRM_STUDY_RENDERER=wgpu`.
/// Glow is the default because it opens the window in about half the time
/// of wgpu (eframe's default) and uses about 10 MiB less memory, measured
/// under Xvfb with Mesa (see BENCHMARKS.md); wgpu stays built in for a
/// machine whose OpenGL setup fails.
fn renderer_from_env() -> eframe::Renderer {
    match std::env::var("SRM_STUDY_RENDERER").as_deref() {
        Ok("wgpu") => eframe::Renderer::Wgpu,
        _ => eframe::Renderer::Glow,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_the_apps_icon_decoded() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        // Not a blank square: the corners are transparent, the middle is not.
        assert_eq!(icon.rgba[3], 0, "the corner is transparent");
        let middle = (64 * 128 + 64) * 4;
        assert_eq!(icon.rgba[middle + 3], 255, "the middle is opaque");
    }
}

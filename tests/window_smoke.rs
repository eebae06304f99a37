//! A real window under Xvfb: start the real binary, wait for its window,
//! screenshot it, check the picture is not blank, close it. And the native
//! save dialog, for real: with no desktop portal, rfd shows `zenity`, which
//! the test types a path into.
//!
//! Outside CI they skip with a message when Xvfb, the X tools or zenity are
//! missing; with CI=true they must run.

mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The window tests take turns on the screen: one app, one dialog and one
/// pointer at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// An X server that stops the way it should when dropped: SIGTERM, so that
/// it removes its lock file and socket (a killed one leaves both behind,
/// and a machine that runs the tests often runs out of display numbers),
/// then SIGKILL if it is still there after 5 s.
struct XServer(Child);

/// Sends SIGTERM to `child`; true when `kill` did.
fn sigterm(child: &Child) -> bool {
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .is_ok_and(|s| s.success())
}

impl Drop for XServer {
    fn drop(&mut self) {
        sigterm(&self.0);
        let stopped = wait_for(Duration::from_secs(5), || {
            matches!(self.0.try_wait(), Ok(Some(_)))
        });
        if !stopped {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Polls `check` every 100 ms for up to `limit`.
fn wait_for(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// True when every tool is there. When one is missing the test is skipped
/// with a message, except under CI=true, where it fails.
fn have_all(tools: &[&str], packages: &str) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !have(t)).collect();
    if missing.is_empty() {
        return true;
    }
    let test = std::thread::current()
        .name()
        .unwrap_or("a real-window test")
        .to_owned();
    common::skip(
        &test,
        &missing.join(", "),
        &format!("apt-get install {packages}"),
    );
    false
}

/// Takes this test's turn and starts Xvfb at 1280x800; returns the display
/// name once the server takes connections, and the server with the turn
/// (the server stops, then the turn passes, when dropped). Xvfb picks a
/// free display number itself and writes it when it is ready
/// (`-displayfd`): no race with another server for a number, and no
/// guessing from a socket file that may be stale or not listening yet.
fn start_xvfb() -> (String, (XServer, std::sync::MutexGuard<'static, ()>)) {
    use std::io::BufRead;
    let turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let stdout = child.stdout.take().expect("Xvfb's stdout");
    let server = XServer(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let number = rx
        .recv_timeout(Duration::from_secs(20))
        .ok()
        .and_then(|line| line.trim().parse::<u32>().ok())
        .expect("Xvfb did not report a display within 20 s");
    (format!(":{number}"), (server, turn))
}

/// Starts the app from `command` (the binary, its arguments and
/// environment) on `display`, its stderr in `log`, and waits for its
/// window; panics with the log when none shows within 30 s.
///
/// Now and then (seen three times in some forty runs, each time in the first run
/// after a build) the app's very first connection to a fresh Xvfb is
/// refused although the server is up and answers other clients. When the
/// app exits that way before any window, it is started again, at most
/// twice, and the test says so on stderr; any other early exit fails the
/// test at once.
fn launch(mut command: Command, display: &str, log: &Path) -> KillOnDrop {
    command
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null());
    let read_log = || std::fs::read_to_string(log).unwrap_or_default();
    for attempt in 1..=3 {
        let mut app = KillOnDrop(
            command
                .stderr(std::fs::File::create(log).expect("log file"))
                .spawn()
                .expect("the app starts"),
        );
        let mut exited = false;
        let shown = wait_for(Duration::from_secs(30), || {
            exited = matches!(app.0.try_wait(), Ok(Some(_)));
            exited || find_window(display, "^SRM Study$").is_some()
        });
        if shown && !exited {
            return app;
        }
        let refused = read_log().contains("Failed to open connection to X server");
        assert!(
            exited && refused && attempt < 3,
            "no window titled \"SRM Study\" appeared (attempt {attempt}); app log:\n{}",
            read_log()
        );
        let answers = Command::new("xdpyinfo")
            .env("DISPLAY", display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        eprintln!(
            "window_smoke: the app's connection to {display} was refused (attempt {attempt}; \
             the server answers xdpyinfo: {answers}); starting it again"
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    unreachable!("the loop returns or fails")
}

/// Starts the app on `display` in `area`, with a fresh data folder: the
/// folder (its `app.log` holds the app's stderr) and the app.
fn launch_in_area(display: &str, area: &str) -> (tempfile::TempDir, KillOnDrop) {
    let data = tempfile::tempdir().expect("tempdir");
    let mut command = common::command();
    command
        .args(["--area", area])
        .env("SRM_STUDY_DATA_DIR", data.path());
    let app = launch(command, display, &data.path().join("app.log"));
    (data, app)
}

#[test]
fn the_real_window_opens_and_draws_the_app() {
    if !have_all(
        &["Xvfb", "xdotool", "import", "identify"],
        "xvfb xdotool imagemagick",
    ) {
        return;
    }
    let (display, _xvfb) = start_xvfb();
    let (data, app) = launch_in_area(&display, "browse");
    let log = data.path().join("app.log");
    let app_log = || std::fs::read_to_string(&log).unwrap_or_default();

    // Give the first frames time to reach the screen, then take a picture.
    let shot = data.path().join("shot.png");
    let mut colours = 0;
    let drawn = wait_for(Duration::from_secs(20), || {
        let ok = Command::new("import")
            .args(["-window", "root", shot.to_str().unwrap_or("shot.png")])
            .env("DISPLAY", &display)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return false;
        }
        colours = Command::new("identify")
            .args(["-format", "%k", shot.to_str().unwrap_or("shot.png")])
            .output()
            .ok()
            .and_then(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .trim()
                    .parse::<u32>()
                    .ok()
            })
            .unwrap_or(0);
        colours > 50
    });
    if let Ok(dir) = std::env::var("SRM_STUDY_SCREENSHOT_DIR") {
        let _ = std::fs::copy(&shot, Path::new(&dir).join("window-smoke.png"));
    }
    assert!(
        drawn,
        "the window looks blank ({colours} colours); app log:\n{}",
        app_log()
    );

    // Close the app with its Ctrl+Q shortcut and expect a clean exit that
    // saves the window state.
    let mut app = app;
    let _ = Command::new("xdotool")
        .args([
            "search",
            "--name",
            "^SRM Study$",
            "windowfocus",
            "--sync",
            "key",
            "ctrl+q",
        ])
        .env("DISPLAY", &display)
        .status();
    let exited = wait_for(Duration::from_secs(15), || {
        matches!(app.0.try_wait(), Ok(Some(_)))
    });
    assert!(exited, "Ctrl+Q did not close the app; log:\n{}", app_log());
    let status = app.0.try_wait().ok().flatten();
    assert!(
        status.is_some_and(|s| s.success()),
        "exit status {status:?}; log:\n{}",
        app_log()
    );
    assert!(
        data.path().join("window.ron").exists(),
        "window state was not saved"
    );
}

/// Runs `xdotool ARGS` on `display`; true when it succeeded.
fn xdotool(display: &str, args: &[&str]) -> bool {
    Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The first window on `display` whose title matches `pattern`, if any.
fn find_window(display: &str, pattern: &str) -> Option<String> {
    let output = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", pattern])
        .env("DISPLAY", display)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(str::to_owned)
}

/// Where the test clicks in a 1280×800 window, found on a screenshot (a
/// changed layout moves them; the test then fails at the step that finds
/// nothing happening).
mod spot {
    /// An empty spot of the status bar.
    pub const NOTHING: (i32, i32) = (900, 788);
    /// Instructor > Decks.
    pub const DECKS_PAGE: (i32, i32) = (456, 59);
    /// Decks > "Import deck…".
    pub const IMPORT: (i32, i32) = (80, 204);
    /// The Progress tab of the top bar.
    pub const PROGRESS_TAB: (i32, i32) = (307, 15);
}

/// The native open dialog, for real: Instructor > Decks > Import deck…
/// shows zenity (rfd's fallback when no portal answers), a path typed
/// there comes back to the app, which copies the deck into its content
/// folder; the window still answers afterwards.
///
/// The test drives egui only with clicks, never by typing: under Xvfb
/// without a window manager, xdotool's keys into an egui text field lose
/// characters, and the first click on a freshly shown widget may only
/// focus it. So it clicks once on nothing first, then clicks the Decks page
/// and Import (both harmless twice) again until the dialog shows.
#[test]
fn the_native_file_dialog_imports_a_deck() {
    if !have_all(&["Xvfb", "xdotool", "zenity"], "xvfb xdotool zenity") {
        return;
    }
    let (display, _xvfb) = start_xvfb();

    let data = tempfile::tempdir().expect("tempdir");
    // The window at the top left, 1280×800, so that the clicks land.
    std::fs::write(
        data.path().join("window.ron"),
        r#"{"egui":"(window:(inner_position:Some((0.0,0.0)),inner_size:Some((1280.0,800.0)),fullscreen:false,maximized:false))"}"#,
    )
    .expect("window.ron");
    let home = data.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    // The deck to import, outside the app's folders.
    let source = data.path().join("handed in").join("mini deck.ron");
    std::fs::create_dir_all(source.parent().expect("a parent")).expect("source dir");
    std::fs::write(&source, common::MINIMAL_DECK).expect("the deck file");
    let log = data.path().join("app.log");
    let with_env = |command: &mut Command| {
        command
            .env("DISPLAY", &display)
            .env("SRM_STUDY_DATA_DIR", data.path())
            // No session bus: rfd's portal request fails at once and it
            // falls back to zenity, as on a desktop without a portal; GTK
            // then wants no accessibility bus and no dconf either.
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("WAYLAND_DISPLAY")
            .env("NO_AT_BRIDGE", "1")
            .env("GSETTINGS_BACKEND", "memory")
            // zenity's recent files stay in the test's folder.
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"));
    };
    let mut command = common::command();
    with_env(&mut command);
    command.args(["--area", "instructor"]);
    let app = launch(command, &display, &log);
    let app_log = || std::fs::read_to_string(&log).unwrap_or_default();
    // Let the first frames settle before clicking.
    std::thread::sleep(Duration::from_millis(1500));

    let click = |(x, y): (i32, i32)| {
        let (x, y) = (x.to_string(), y.to_string());
        assert!(
            xdotool(&display, &["mousemove", &x, &y]),
            "xdotool could not move to {x},{y}"
        );
        std::thread::sleep(Duration::from_millis(400));
        assert!(xdotool(&display, &["mousedown", "1"]), "mouse down");
        std::thread::sleep(Duration::from_millis(150));
        assert!(xdotool(&display, &["mouseup", "1"]), "mouse up");
        std::thread::sleep(Duration::from_millis(600));
    };
    click(spot::NOTHING);

    // rfd runs zenity on the app's dialog thread. rfd 0.17 passes zenity
    // no --title, so the dialog's window is called "zenity".
    let title = "^zenity$";
    let mut dialog = None;
    for _ in 0..5 {
        click(spot::DECKS_PAGE);
        click(spot::IMPORT);
        if wait_for(Duration::from_secs(8), || {
            dialog = find_window(&display, title);
            dialog.is_some()
        }) {
            break;
        }
    }
    let Some(dialog) = dialog else {
        panic!(
            "no zenity window appeared after clicking Import 5 times; \
             app log:\n{}",
            app_log()
        );
    };
    // No window manager: give the dialog the keyboard ourselves. Ctrl+L
    // opens the location field of GTK's file chooser; Return opens the file
    // typed there. A dialog still busy starting may drop the keys: then the
    // file does not arrive and the test types again (up to 3 times).
    let path = source.to_str().expect("a UTF-8 temp path");
    let copied = data.path().join("content").join("mini.ron");
    let mut imported = false;
    for _ in 0..3 {
        if find_window(&display, title).is_none() {
            break;
        }
        std::thread::sleep(Duration::from_millis(1000));
        let typed = xdotool(&display, &["windowfocus", "--sync", &dialog])
            && xdotool(&display, &["key", "--clearmodifiers", "ctrl+l"])
            && xdotool(&display, &["key", "--clearmodifiers", "ctrl+a"])
            && xdotool(&display, &["type", "--delay", "30", path]);
        std::thread::sleep(Duration::from_millis(500));
        assert!(
            typed && xdotool(&display, &["key", "Return"]),
            "could not type into the dialog"
        );
        imported = wait_for(Duration::from_secs(10), || {
            std::fs::read_to_string(&copied).is_ok_and(|text| !text.is_empty())
        });
        if imported {
            break;
        }
    }
    assert!(
        imported,
        "the deck chosen in the dialog was not copied to {}; app log:\n{}",
        copied.display(),
        app_log()
    );
    assert!(
        wait_for(Duration::from_secs(10), || find_window(&display, title)
            .is_none()),
        "the dialog stayed open"
    );
    let text = std::fs::read_to_string(&copied).expect("read the copy");
    let deck = common::load_ok("the copied deck", &text);
    assert_eq!(deck.id, "mini");
    assert_eq!(deck.items.len(), 1);

    // The window still answers: Ctrl+Q closes it cleanly.
    let mut app = app;
    let Some(main) = find_window(&display, "^SRM Study$") else {
        panic!("the app's window is gone; log:\n{}", app_log());
    };
    assert!(
        xdotool(&display, &["windowfocus", "--sync", &main, "key", "ctrl+q"]),
        "could not press Ctrl+Q"
    );
    let exited = wait_for(Duration::from_secs(15), || {
        matches!(app.0.try_wait(), Ok(Some(_)))
    });
    assert!(
        exited,
        "Ctrl+Q did not close the app after the dialog; log:\n{}",
        app_log()
    );
    let status = app.0.try_wait().ok().flatten();
    assert!(
        status.is_some_and(|s| s.success()),
        "exit status {status:?}; log:\n{}",
        app_log()
    );

    // And the app loads the deck it copied, as any later start will.
    let mut command = common::command();
    with_env(&mut command);
    let list = command.arg("list").output().expect("srm-study list runs");
    let listed = String::from_utf8_lossy(&list.stdout);
    assert!(
        list.status.success() && listed.contains("mini"),
        "the imported deck does not load: {listed}"
    );
}

/// SIGTERM, as a session sends at logout: the app closes the ordinary way,
/// exits with success, and remembers the area it was on (the next start
/// opens there), as the close button would.
#[test]
fn sigterm_closes_the_window_and_remembers_the_area() {
    if !have_all(&["Xvfb", "xdotool"], "xvfb xdotool") {
        return;
    }
    let (display, _xvfb) = start_xvfb();
    let (data, mut app) = launch_in_area(&display, "sort");
    let log = data.path().join("app.log");
    let app_log = || std::fs::read_to_string(&log).unwrap_or_default();
    // Click the Progress tab until the app is there: the first click on a
    // fresh window may only focus it. The window state is written at exit
    // (and every 30 s), so the area shows in it only after SIGTERM.
    let window_ron = data.path().join("window.ron");
    let (x, y) = spot::PROGRESS_TAB;
    for _ in 0..3 {
        xdotool(
            &display,
            &["mousemove", &x.to_string(), &y.to_string(), "click", "1"],
        );
        std::thread::sleep(Duration::from_millis(400));
    }
    assert!(sigterm(&app.0), "kill -TERM failed");
    let exited = wait_for(Duration::from_secs(15), || {
        matches!(app.0.try_wait(), Ok(Some(_)))
    });
    assert!(exited, "SIGTERM did not close the app; log:\n{}", app_log());
    let status = app.0.try_wait().ok().flatten();
    assert!(
        status.is_some_and(|s| s.success()),
        "exit status {status:?}; log:\n{}",
        app_log()
    );
    let saved = std::fs::read_to_string(&window_ron).unwrap_or_default();
    assert!(
        saved.contains("srm-study-area") && saved.contains("Progress"),
        "the area was not remembered: {saved}"
    );
}

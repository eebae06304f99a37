//! A real window under Xvfb: start the real binary, wait for its window,
//! screenshot it, check the picture is not blank, close it.
//!
//! Outside CI it skips with a message when Xvfb or the X tools are missing;
//! with CI=true it must run.

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

fn free_display() -> u32 {
    (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("a free X display number")
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

#[test]
fn the_real_window_opens_and_draws_the_app() {
    let tools = ["Xvfb", "xdotool", "import", "identify"];
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !have(t)).collect();
    if !missing.is_empty() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI must run the window test, but these are missing: {missing:?}"
        );
        eprintln!(
            "SKIPPED: the real-window test needs {missing:?} (apt-get install xvfb xdotool imagemagick)"
        );
        return;
    }
    let display = format!(":{}", free_display());
    let _xvfb = KillOnDrop(
        Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts"),
    );
    let socket = format!("/tmp/.X11-unix/X{}", &display[1..]);
    assert!(
        wait_for(Duration::from_secs(10), || Path::new(&socket).exists()),
        "Xvfb did not start"
    );

    let data = tempfile::tempdir().expect("tempdir");
    let log = data.path().join("app.log");
    let app = KillOnDrop(
        Command::new(common::bin())
            .args(["--area", "browse"])
            .env("DISPLAY", &display)
            .env_remove("WAYLAND_DISPLAY")
            .env("SRM_STUDY_DATA_DIR", data.path())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log file"))
            .spawn()
            .expect("the app starts"),
    );

    let found = wait_for(Duration::from_secs(30), || {
        Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "^SRM Study$"])
            .env("DISPLAY", &display)
            .output()
            .is_ok_and(|o| o.status.success() && !o.stdout.is_empty())
    });
    let app_log = || std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        found,
        "no window titled \"SRM Study\" appeared; app log:\n{}",
        app_log()
    );

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

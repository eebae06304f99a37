//! The app as a screen reader meets it on Linux: through the real AT-SPI
//! bus. `tests/atspi/exercise.py` starts Xvfb, a private D-Bus session and
//! the AT-SPI bus, turns the accessibility flag on as Orca does, starts the
//! real binary and does a whole exercise by keyboard with `pyatspi`,
//! checking what has the focus before and after each key, that every card
//! in Browse can be reached, and that no focusable node is without a name.
//!
//! Outside CI it is skipped with a message when a tool is missing; with
//! CI=true it must run (`.ci/run` installs the tools).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The Python with `pyatspi` (Debian's python3-pyatspi lives in the
/// system's Python): `SRM_STUDY_ATSPI_PYTHON`, else /usr/bin/python3.
fn python() -> String {
    std::env::var("SRM_STUDY_ATSPI_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".to_owned())
}

fn launcher() -> String {
    std::env::var("SRM_STUDY_ATSPI_LAUNCHER")
        .unwrap_or_else(|_| "/usr/libexec/at-spi-bus-launcher".to_owned())
}

#[test]
fn a_whole_exercise_by_keyboard_through_the_real_atspi_bus() {
    let test = "a_whole_exercise_by_keyboard_through_the_real_atspi_bus";
    let install = "apt-get install xvfb xdotool dbus at-spi2-core python3-pyatspi";
    let mut missing: Vec<String> = ["Xvfb", "xdotool", "dbus-daemon", "dbus-send"]
        .into_iter()
        .filter(|t| !have(t))
        .map(str::to_owned)
        .collect();
    if !Path::new(&launcher()).exists() {
        missing.push(launcher());
    }
    let pyatspi = Command::new(python())
        .args(["-c", "import pyatspi"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !pyatspi {
        missing.push(format!("pyatspi for {}", python()));
    }
    if !missing.is_empty() {
        common::skip(test, &missing.join(", "), install);
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/atspi/exercise.py");
    let output = Command::new(python())
        .arg(&script)
        .arg(common::bin())
        .env("SRM_STUDY_ATSPI_LAUNCHER", launcher())
        .output()
        .expect("the AT-SPI script runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("atspi: PASS"),
        "the AT-SPI check failed:\n{stdout}\n{stderr}"
    );
}

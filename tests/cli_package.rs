//! The command line as the package uses it: `--version`, the files given
//! to open (refused in the terminal when they cannot be), and the hidden
//! `generate` the package's man pages and completions come from.

mod common;

use common::run_bin;

#[test]
fn version_names_the_program_and_its_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, stdout, _) = run_bin(&["--version"], dir.path());
    assert_eq!(code, 0);
    assert_eq!(
        stdout.trim(),
        format!("srm-study {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_file_that_cannot_be_opened_is_refused_before_any_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("week-4.ron");
    let output = common::command()
        .arg(&missing)
        .env("SRM_STUDY_DATA_DIR", dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("week-4.ron"), "{stderr}");
    assert!(
        !stderr.contains("could not open the window"),
        "the file is checked first: {stderr}"
    );
    let (code, _, stderr) = run_bin(&[&dir.path().display().to_string()], dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("is a folder"), "{stderr}");
}

/// After a file, a subcommand's name is one more file to open (clap reads
/// the files first), and is refused as such, before any window.
#[test]
fn a_subcommand_after_a_file_is_read_as_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("deck.ron");
    std::fs::write(&file, "Deck(id: \"d\")").expect("write");
    let (code, _, stderr) = run_bin(&[&file.display().to_string(), "list"], dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("list: cannot read the file"), "{stderr}");
}

#[test]
fn generate_writes_the_man_pages_and_the_completions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let man = dir.path().join("man1");
    let (code, _, stderr) = run_bin(&["generate", "man", &man.display().to_string()], dir.path());
    assert_eq!(code, 0, "{stderr}");
    for page in [
        "srm-study.1",
        "srm-study-report.1",
        "srm-study-exercise-new.1",
    ] {
        assert!(man.join(page).is_file(), "{page}");
    }
    let (code, bash, _) = run_bin(&["generate", "completions", "bash"], dir.path());
    assert_eq!(code, 0);
    assert!(bash.contains("complete -F _srm__study"));
    let (_, help, _) = run_bin(&["--help"], dir.path());
    assert!(!help.contains("generate"), "hidden from --help: {help}");
}

/// The AppStream id names the desktop entry, the metainfo, every icon and
/// the window's app id (Wayland's app_id, the class in X11's WM_CLASS, so
/// StartupWMClass too). A desktop matches a running window to its menu
/// entry and icon only when they agree.
#[test]
fn the_appstream_id_names_the_desktop_entry_the_icons_and_the_window() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| {
        std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let metainfo = read("packaging/io.github.srm_study.SrmStudy.metainfo.xml");
    let id = metainfo
        .split_once("<id>")
        .and_then(|(_, rest)| rest.split_once("</id>"))
        .map(|(id, _)| id.trim().to_owned())
        .expect("an <id> in the metainfo");
    assert_eq!(id, "io.github.srm_study.SrmStudy");
    assert!(
        metainfo.contains(&format!(
            "<launchable type=\"desktop-id\">{id}.desktop</launchable>"
        )),
        "the metainfo launches {id}.desktop"
    );
    let desktop = read(&format!("packaging/{id}.desktop"));
    for line in [format!("Icon={id}"), format!("StartupWMClass={id}")] {
        assert!(
            desktop.lines().any(|l| l == line),
            "{line} in the desktop entry"
        );
    }
    assert!(root.join(format!("packaging/icons/{id}.svg")).is_file());
    for size in [16, 22, 24, 32, 48, 64, 128, 256, 512] {
        let png = format!("packaging/icons/hicolor/{size}x{size}/apps/{id}.png");
        assert!(root.join(&png).is_file(), "{png}");
    }
    let main = read("src/main.rs");
    assert!(
        main.contains(&format!("const APP_ID: &str = \"{id}\";"))
            && main.contains(".with_app_id(APP_ID)"),
        "the window's app id is {id}"
    );
    // The Debian maintainer is a real address, not a placeholder domain.
    let changelog = read("packaging/debian/changelog");
    assert!(!changelog.contains(".invalid>"), "{changelog}");
}

//! `--help` on the real binary, in each language: the language comes from
//! `--lang` (read before clap parses), then `SRM_STUDY_LANG`; English is
//! clap's own output, as it was before the help was translated.

mod common;

use common::{run_bin, run_bin_env};

fn help(args: &[&str], env: &[(&str, &str)]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, out, err) = run_bin_env(args, dir.path(), env);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn lang_de_help_is_german_with_german_headings() {
    let out = help(&["--lang", "de", "--help"], &[]);
    assert!(
        out.starts_with("Offline-Lern-App für das Modell der geteilten Verantwortung von AWS\n"),
        "{out}"
    );
    for words in [
        "\nAufruf: ",
        "\nBefehle:\n",
        "\nArgumente:\n",
        "\nOptionen:\n",
        "Hilfe anzeigen (kurz mit '-h')",
        "Version anzeigen",
        "Mögliche Werte:",
        "- browse:     Der Verantwortungs-Browser",
        "  list          Die geladenen Stapel auflisten",
    ] {
        assert!(out.contains(words), "{words}: {out}");
    }
    for english in ["Usage", "Commands:", "Options:", "Print help", "Also load"] {
        assert!(!out.contains(english), "{english}: {out}");
    }
    // --lang=de, after the subcommand, and -h.
    let out = help(&["report", "--lang=de", "-h"], &[]);
    assert!(out.starts_with("Ergebnisdateien der Lernenden"), "{out}");
    assert!(
        out.contains("[Standard: first] [mögliche Werte: first, best, latest]"),
        "{out}"
    );
}

#[test]
fn lang_ja_exercise_help_is_japanese() {
    let out = help(&["--lang", "ja", "exercise", "--help"], &[]);
    assert!(out.starts_with("演習ファイルを作成します"), "{out}");
    for words in ["使い方: ", "コマンド:", "オプション:", "ヘルプを表示"] {
        assert!(out.contains(words), "{words}: {out}");
    }
    // The subcommand's names, flags and value names stay as they are.
    assert!(out.contains("  new   読み込んだデッキ"), "{out}");
    assert!(out.contains("--data-dir <DIR>"), "{out}");
    let out = help(&["--lang", "ja", "help", "exercise", "new"], &[]);
    assert!(out.contains("--sealed\n          封印します"), "{out}");
}

#[test]
fn srm_study_lang_es_help_is_spanish_and_the_flag_wins() {
    let out = help(&["--help"], &[("SRM_STUDY_LANG", "es")]);
    assert!(
        out.starts_with("Aplicación de estudio sin conexión"),
        "{out}"
    );
    assert!(
        out.contains("\nUso: ") && out.contains("\nÓrdenes:\n"),
        "{out}"
    );
    let out = help(&["--lang", "de", "--help"], &[("SRM_STUDY_LANG", "es")]);
    assert!(out.starts_with("Offline-Lern-App"), "{out}");
}

/// English is what clap printed before the help was translated (a few key
/// lines of it, as they were).
#[test]
fn english_help_is_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, out, _) = run_bin(&["--help"], dir.path());
    assert_eq!(code, 0);
    let name = std::path::Path::new(common::bin())
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    for line in [
        "Offline desktop study app for the AWS Shared Responsibility Model".to_owned(),
        format!("Usage: {name} [OPTIONS] [FILE]... [COMMAND]"),
        "Commands:".into(),
        "  validate      Check deck, exercise and result files or folders (default: the built-in decks and --content)".into(),
        "  help          Print this message or the help of the given subcommand(s)".into(),
        "Arguments:".into(),
        "Options:".into(),
        "      --content <DIR>".into(),
        "          Also load the decks in this folder (may be given more than once)".into(),
        "          Possible values:".into(),
        "          - browse:     The responsibility browser".into(),
        "  -h, --help".into(),
        "          Print help (see a summary with '-h')".into(),
        "          Print version".into(),
    ] {
        assert!(out.lines().any(|l| l == line), "{line:?} in:\n{out}");
    }
    let (_, out, _) = run_bin(&["report", "-h"], dir.path());
    assert!(
        out.contains("results [default: first] [possible values: first, best, latest]\n"),
        "{out}"
    );
    assert!(out.contains("Print help (see more with '--help')"), "{out}");
}

/// The text of `line` outside brackets (nested ones too).
fn outside_brackets(line: &str) -> String {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// In the pseudo-locale every line of help that is text is in brackets:
/// what is left outside them is flags, value names, `<...>`, commands'
/// and values' names and the program's name.
#[test]
fn in_the_pseudo_locale_every_help_line_is_bracketed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = std::path::Path::new(common::bin())
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    let names = [
        "validate",
        "report",
        "exercise",
        "new",
        "export-deck",
        "list",
        "import-table",
        "export",
        "lrs",
        "send",
        "load",
        "test",
        "set-secret",
        "help",
        "browse",
        "sort",
        "progress",
        "instructor",
        "first",
        "best",
        "latest",
        "instant",
        "end",
        "moodle",
        "qti",
        "anki",
        "quizlet",
        "xapi",
        "one",
        "per-topic",
        "per-card",
        "generate",
        "man",
        "completions",
    ];
    let untranslated = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|line| {
                let outside = outside_brackets(line);
                outside.split_whitespace().any(|word| {
                    let word = word.trim_end_matches([':', ',', '.']);
                    word.chars().any(|c| c.is_ascii_alphabetic())
                        && !word.starts_with('-')
                        && !word.starts_with('<')
                        && word != name
                        && !names.contains(&word)
                })
            })
            .map(str::to_owned)
            .collect()
    };
    let mut checked = 0;
    for args in [
        &["--help"][..],
        &["-h"],
        &["report", "--help"],
        &["exercise", "new", "--help"],
        &["export", "--help"],
        &["export", "-h"],
        &["lrs", "--help"],
        &["lrs", "send", "--help"],
        &["help", "import-table"],
        &["generate", "--help"],
    ] {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let (code, out, err) = run_bin(&all, dir.path());
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.lines().count() > 4, "{out}");
        assert_eq!(untranslated(&out), [] as [String; 0], "{args:?}:\n{out}");
        checked += out.lines().count();
    }
    assert!(checked > 150, "{checked}");
    // The check bites: English help is caught on nearly every line.
    let (_, out, _) = run_bin(&["--help"], dir.path());
    assert!(untranslated(&out).len() > 20, "{out}");
}

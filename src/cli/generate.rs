//! `srm-study generate`, hidden, for packagers: the man pages (one per
//! subcommand, as git has) and the bash, zsh and fish completions, made
//! from the clap definitions of the binary itself, so they never drift
//! from `--help`. `scripts/build-deb.sh` runs it and installs the files.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Subcommand, ValueEnum};

use super::{Cli, CliError};
use crate::i18n::{Language, Translator};
use crate::tr;

/// What `generate` writes.
#[derive(Debug, Clone, Subcommand)]
pub enum GenerateCommand {
    /// Write the man pages (`srm-study.1` and `srm-study-SUBCOMMAND.1`)
    /// into a folder (in the language of --lang, else English).
    Man {
        /// The folder (created if missing).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Print the completion script for a shell.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: ShellArg,
    },
}

/// The shells completions are made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    /// bash (with the bash-completion package).
    Bash,
    /// zsh.
    Zsh,
    /// fish.
    Fish,
}

/// Runs `generate`: writes the man pages into their folder (in
/// `man_language`: `--lang`, never the system's, so that a package built
/// on a German machine has English pages in `man1`), or the completion
/// script to `out`.
pub fn run(
    command: &GenerateCommand,
    man_language: Language,
    tr: &Translator,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match command {
        GenerateCommand::Man { dir } => write_man_pages(dir, man_language),
        GenerateCommand::Completions { shell } => {
            let shell = match shell {
                ShellArg::Bash => clap_complete::Shell::Bash,
                ShellArg::Zsh => clap_complete::Shell::Zsh,
                ShellArg::Fish => clap_complete::Shell::Fish,
            };
            // clap_complete panics when its writer fails (a closed pipe):
            // it writes into memory, and the error is ours to report.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut public_command(), "srm-study", &mut script);
            out.write_all(&script)
                .and_then(|()| out.flush())
                .map_err(|e| CliError::Write {
                    path: tr!(tr, "cli-standard-output"),
                    message: e.to_string(),
                })
        }
    }
}

/// Writes `srm-study.1` and one page per subcommand (and per nested
/// subcommand, `srm-study-exercise-new.1`) into `dir`, in `language`
/// (the texts of `--help` in it, and man's section titles).
pub fn write_man_pages(dir: &Path, language: Language) -> Result<(), CliError> {
    let failed = |e: std::io::Error| CliError::Write {
        path: dir.display().to_string(),
        message: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    if language == Language::English {
        return clap_mangen::generate_to(public_command(), dir).map_err(failed);
    }
    let tr = Translator::new(language);
    let mut full = Cli::command().disable_help_subcommand(true);
    full.build();
    let mut public = public_command_of(&super::help::localize(full, &tr));
    public.build();
    write_translated_pages(&public, dir, &tr).map_err(failed)
}

/// clap_mangen's pages of `command` and its public subcommands, with the
/// section titles in `tr`'s language and marked as UTF-8 for man-db
/// (which otherwise reads a Japanese page as EUC-JP).
fn write_translated_pages(
    command: &clap::Command,
    dir: &Path,
    tr: &Translator,
) -> std::io::Result<()> {
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_translated_pages(sub, dir, tr)?;
    }
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    let titles = [
        ("NAME", tr!(tr, "cli-man-name")),
        ("SYNOPSIS", tr!(tr, "cli-man-synopsis")),
        ("DESCRIPTION", tr!(tr, "cli-man-description")),
        ("OPTIONS", tr!(tr, "cli-man-options")),
        ("SUBCOMMANDS", tr!(tr, "cli-man-commands")),
        ("VERSION", tr!(tr, "cli-man-version")),
    ];
    let mut text = String::from("'\\\" -*- coding: UTF-8 -*-\n");
    for line in page.lines() {
        let title = line
            .strip_prefix(".SH ")
            .and_then(|name| titles.iter().find(|(english, _)| *english == name));
        match title {
            Some((_, translated)) => text.push_str(&format!(".SH \"{translated}\"")),
            // The possible values `cli::help` lists, one a line (roff
            // would fill them into one paragraph).
            None if line.starts_with("\\- ") => {
                text.push_str(".br\n");
                text.push_str(line);
            }
            None => text.push_str(line),
        }
        text.push('\n');
    }
    crate::io::fs::write_atomic(&dir.join(man.get_filename()), text.as_bytes())
}

/// The command line as people see it: [`Cli`] without its hidden
/// subcommands and options (clap's generators list hidden ones too).
pub fn public_command() -> clap::Command {
    public_command_of(&Cli::command())
}

/// [`public_command`] of `full` (built or not: a built one brings its
/// own help and version flags).
fn public_command_of(full: &clap::Command) -> clap::Command {
    let mut public = clap::Command::new("srm-study")
        .version(env!("CARGO_PKG_VERSION"))
        .args(full.get_arguments().filter(|a| !a.is_hide_set()).cloned())
        .subcommands(full.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    if full.get_arguments().any(|a| a.get_id() == "help") {
        public = public.disable_help_flag(true);
    }
    if full.get_arguments().any(|a| a.get_id() == "version") {
        public = public.disable_version_flag(true);
    }
    if full.is_disable_help_subcommand_set() {
        public = public.disable_help_subcommand(true);
    }
    if let Some(about) = full.get_about() {
        public = public.about(about.clone());
    }
    if let Some(about) = full.get_long_about() {
        public = public.long_about(about.clone());
    }
    if let Some(after) = full.get_after_help() {
        public = public.after_help(after.clone());
    }
    public
}

#[cfg(test)]
mod tests {
    use super::*;

    fn completions(shell: ShellArg) -> String {
        let mut out = Vec::new();
        run(
            &GenerateCommand::Completions { shell },
            Language::English,
            &Translator::default(),
            &mut out,
        )
        .expect("written");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn completions_know_every_subcommand_but_the_hidden_one() {
        for shell in [ShellArg::Bash, ShellArg::Zsh, ShellArg::Fish] {
            let script = completions(shell);
            for name in ["exercise", "export", "export-deck", "import-table", "lrs"] {
                assert!(script.contains(name), "{shell:?} lacks {name}");
            }
            assert!(!script.contains("generate"), "{shell:?} offers `generate`");
            assert!(script.contains("data-dir"), "{shell:?} lacks the options");
        }
        assert!(completions(ShellArg::Bash).contains("complete -F _srm__study"));
    }

    #[test]
    fn a_man_page_for_the_command_and_each_subcommand() {
        let dir = tempfile::tempdir().expect("temp dir");
        write_man_pages(dir.path(), Language::English).expect("written");
        let mut pages: Vec<String> = std::fs::read_dir(dir.path())
            .expect("listed")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        pages.sort();
        let mut expected = vec!["srm-study.1".to_owned()];
        for sub in Cli::command()
            .get_subcommands()
            .filter(|s| !s.is_hide_set())
        {
            expected.push(format!("srm-study-{}.1", sub.get_name()));
            for nested in sub.get_subcommands() {
                expected.push(format!(
                    "srm-study-{}-{}.1",
                    sub.get_name(),
                    nested.get_name()
                ));
            }
        }
        expected.sort();
        assert_eq!(pages, expected);
        let main = std::fs::read_to_string(dir.path().join("srm-study.1")).expect("read");
        let title = format!(
            ".TH srm-study 1  \"srm-study {}\"",
            env!("CARGO_PKG_VERSION")
        );
        assert!(main.contains(&title), "{main}");
        assert!(main.contains("srm\\-study\\-export\\-deck(1)"), "{main}");
        assert!(!main.contains("generate"));
    }

    fn page_names(dir: &Path) -> Vec<String> {
        let mut pages: Vec<String> = std::fs::read_dir(dir)
            .expect("listed")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        pages.sort();
        pages
    }

    #[test]
    fn translated_man_pages_are_the_same_pages_in_the_language() {
        let english = tempfile::tempdir().expect("temp dir");
        write_man_pages(english.path(), Language::English).expect("written");
        for (language, title, about) in [
            (
                Language::German,
                ".SH \"BEZEICHNUNG\"",
                "Modell der geteilten Verantwortung",
            ),
            (
                Language::Spanish,
                ".SH \"NOMBRE\"",
                "modelo de responsabilidad compartida",
            ),
            (Language::Japanese, ".SH \"名前\"", "責任共有モデル"),
        ] {
            let dir = tempfile::tempdir().expect("temp dir");
            write_man_pages(dir.path(), language).expect("written");
            assert_eq!(page_names(dir.path()), page_names(english.path()));
            let main = std::fs::read_to_string(dir.path().join("srm-study.1")).expect("read");
            assert!(main.starts_with("'\\\" -*- coding: UTF-8 -*-\n"), "{main}");
            assert!(main.contains(title) && main.contains(about), "{main}");
            assert!(
                !main.contains(".SH NAME") && !main.contains("Print help"),
                "{main}"
            );
            assert!(!main.contains("generate"), "{main}");
            // The values of --area, one a line.
            assert!(main.contains(".br\n\\- browse: "), "{main}");
            let report =
                std::fs::read_to_string(dir.path().join("srm-study-report.1")).expect("read");
            assert!(!report.contains("[default:"), "{report}");
        }
    }

    #[test]
    fn the_public_command_keeps_the_options_and_the_file_argument() {
        let public = public_command();
        let names: Vec<&str> = public
            .get_arguments()
            .map(|a| a.get_id().as_str())
            .collect();
        for name in ["content", "data_dir", "area", "files"] {
            assert!(names.contains(&name), "{names:?}");
        }
        assert_eq!(public.get_version(), Some(env!("CARGO_PKG_VERSION")));
    }
}

//! `srm-study generate`, hidden, for packagers: the man pages (one per
//! subcommand, as git has) and the bash, zsh and fish completions, made
//! from the clap definitions of the binary itself, so they never drift
//! from `--help`. `scripts/build-deb.sh` runs it and installs the files.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Subcommand, ValueEnum};

use super::{Cli, CliError};
use crate::i18n::Translator;
use crate::tr;

/// What `generate` writes.
#[derive(Debug, Clone, Subcommand)]
pub enum GenerateCommand {
    /// Write the man pages (`srm-study.1` and `srm-study-SUBCOMMAND.1`)
    /// into a folder.
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

/// Runs `generate`: writes the man pages into their folder, or the
/// completion script to `out`.
pub fn run(
    command: &GenerateCommand,
    tr: &Translator,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    match command {
        GenerateCommand::Man { dir } => write_man_pages(dir),
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
/// subcommand, `srm-study-exercise-new.1`) into `dir`.
pub fn write_man_pages(dir: &Path) -> Result<(), CliError> {
    let failed = |e: std::io::Error| CliError::Write {
        path: dir.display().to_string(),
        message: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    clap_mangen::generate_to(public_command(), dir).map_err(failed)
}

/// The command line as people see it: [`Cli`] without its hidden
/// subcommands and options (clap's generators list hidden ones too).
pub fn public_command() -> clap::Command {
    let full = Cli::command();
    let mut public = clap::Command::new("srm-study")
        .version(env!("CARGO_PKG_VERSION"))
        .args(full.get_arguments().filter(|a| !a.is_hide_set()).cloned())
        .subcommands(full.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
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
        write_man_pages(dir.path()).expect("written");
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

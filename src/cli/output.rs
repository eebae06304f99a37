//! One rule for every file a command writes (`--out`, `--csv`): a command
//! never writes over one of its own inputs, not even with `--force`, and
//! replaces an existing file only with `--force`. Every writing command
//! (`exercise new`, `export`, `export-deck`, `import-table`, `report --csv`)
//! calls [`check_output`] before it writes anything.

use crate::i18n::{Language, Translator};
use crate::io::files::is_an_input;
use crate::tr;
use std::path::{Path, PathBuf};

/// Why a command refused to write its output. [`OutputError::text`] says
/// it in the terminal's language; `Display` in English.
#[derive(Debug)]
pub enum OutputError {
    /// The output is one of the command's inputs.
    OverInput {
        /// The file.
        path: String,
        /// The command ("report", "export"...).
        command: String,
        /// The option that named it ("--out", "--csv").
        flag: String,
    },
    /// The output exists and `--force` was not given.
    Exists {
        /// The file.
        path: String,
        /// The option that named it.
        flag: String,
    },
}

impl OutputError {
    /// The refusal, and what to do, in `tr`'s language.
    pub fn text(&self, tr: &Translator) -> String {
        match self {
            OutputError::OverInput {
                path,
                command,
                flag,
            } => tr!(
                tr,
                "cli-output-over-input",
                path = path.as_str(),
                command = command.as_str(),
                flag = flag.as_str()
            ),
            OutputError::Exists { path, flag } => tr!(
                tr,
                "cli-output-exists",
                path = path.as_str(),
                flag = flag.as_str()
            ),
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&Translator::new(Language::English)))
    }
}

impl std::error::Error for OutputError {}

/// What a command reads and where it writes, for [`check_output`].
#[derive(Debug, Clone)]
pub struct Output<'a> {
    /// The command's name as a user types it ("report", "export").
    pub command: &'a str,
    /// The option naming the file ("--out", "--csv").
    pub flag: &'a str,
    /// Whether `--force` was given.
    pub force: bool,
    /// The files the command reads, and folders whose `.ron` files it
    /// reads (a `.ron` output inside one of them is an input).
    pub inputs: Vec<PathBuf>,
}

/// Refuses `out` when it is one of the inputs (even with `--force`), or
/// when it exists and `--force` was not given. Symbolic links and other
/// names of the same file are seen through.
pub fn check_output(out: &Path, spec: &Output<'_>) -> Result<(), OutputError> {
    if is_an_input(out, &spec.inputs) {
        return Err(OutputError::OverInput {
            path: out.display().to_string(),
            command: spec.command.to_owned(),
            flag: spec.flag.to_owned(),
        });
    }
    // `symlink_metadata`: a dangling link is something there too.
    if !spec.force && std::fs::symlink_metadata(out).is_ok() {
        return Err(OutputError::Exists {
            path: out.display().to_string(),
            flag: spec.flag.to_owned(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(force: bool, inputs: Vec<PathBuf>) -> Output<'static> {
        Output {
            command: "export",
            flag: "--out",
            force,
            inputs,
        }
    }

    #[test]
    fn an_input_is_never_replaced_and_an_existing_file_only_with_force() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("ex.ron");
        let results = dir.path().join("results");
        std::fs::create_dir(&results).expect("mkdir");
        let result = results.join("bob.ron");
        let other = dir.path().join("other.xml");
        for file in [&input, &result, &other] {
            std::fs::write(file, "x").expect("write");
        }
        let inputs = vec![input.clone(), results.clone()];
        for force in [false, true] {
            let error = check_output(&input, &spec(force, inputs.clone())).expect_err("input");
            assert!(
                error.to_string().contains("one of the export's inputs"),
                "{error}"
            );
            let error = check_output(&result, &spec(force, inputs.clone())).expect_err("in folder");
            assert!(matches!(error, OutputError::OverInput { .. }), "{error}");
            // Another name of the same file is the same file.
            let dotted = dir.path().join(".").join("ex.ron");
            assert!(check_output(&dotted, &spec(force, inputs.clone())).is_err());
        }
        let error = check_output(&other, &spec(false, inputs.clone())).expect_err("exists");
        assert!(error.to_string().contains("--force"), "{error}");
        assert!(check_output(&other, &spec(true, inputs.clone())).is_ok());
        let new = dir.path().join("new.xml");
        assert!(check_output(&new, &spec(false, inputs)).is_ok());
    }
}

//! The command line: options, and the headless subcommands. None of these
//! open a window or need a display.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::io::{content, fs::write_atomic, paths::AppPaths};
use crate::model::Catalog;
use crate::model::load::deck_to_ron;

/// SRM Study: learn the AWS Shared Responsibility Model offline.
#[derive(Debug, Parser)]
#[command(name = "srm-study", version, about)]
pub struct Cli {
    /// Also load the decks in this folder (may be given more than once).
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Vec<PathBuf>,

    /// Keep progress and user content in this folder instead of the
    /// platform data folder (also: SRM_STUDY_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Open the app on this area.
    #[arg(long, value_enum)]
    pub area: Option<AreaArg>,

    /// What to do; without a command the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The areas `--area` can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AreaArg {
    /// The responsibility browser.
    Browse,
    /// Sorting exercises.
    Sort,
    /// History and spaced review.
    Progress,
    /// Exercise files and class reports.
    Instructor,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check deck files or folders (default: the built-in decks and --content).
    Validate {
        /// Files or folders to check.
        paths: Vec<PathBuf>,
    },
    /// Write a loaded deck as pretty RON.
    ExportDeck {
        /// The id of the deck (see `srm-study list`).
        id: String,
        /// Where to write it.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// List the loaded decks.
    List,
}

/// What a headless command decided: its exit code.
pub type ExitCode = i32;

/// Runs `validate`, writing the report to `out`. Returns the exit code.
pub fn validate(paths: &[PathBuf], extra_content: &[PathBuf], out: &mut dyn Write) -> ExitCode {
    let catalog = if paths.is_empty() {
        let mut catalog = Catalog::new();
        content::add_builtin(&mut catalog);
        for dir in extra_content {
            content::add_path(&mut catalog, dir);
        }
        catalog
    } else {
        let mut catalog = Catalog::new();
        for path in paths {
            if !path.exists() {
                catalog.errors.push(crate::model::LoadError {
                    kind: crate::model::ErrorKind::Io,
                    path: path.display().to_string(),
                    position: None,
                    context: String::new(),
                    message: "no such file or folder".into(),
                });
                continue;
            }
            content::add_path(&mut catalog, path);
        }
        catalog
    };
    report_catalog(&catalog, out)
}

fn report_catalog(catalog: &Catalog, out: &mut dyn Write) -> ExitCode {
    if catalog.errors.is_empty() && !catalog.decks.is_empty() {
        let _ = writeln!(
            out,
            "OK: {} decks, {} items",
            catalog.decks.len(),
            catalog.item_count()
        );
        0
    } else {
        for error in &catalog.errors {
            let _ = writeln!(out, "{error}");
        }
        if catalog.errors.is_empty() {
            let _ = writeln!(out, "no deck files found (decks are .ron files)");
        } else {
            let _ = writeln!(
                out,
                "{} error(s); {} deck(s) loaded",
                catalog.errors.len(),
                catalog.decks.len()
            );
        }
        1
    }
}

/// Runs `list`: one line per loaded deck.
pub fn list(catalog: &Catalog, out: &mut dyn Write) -> ExitCode {
    for loaded in &catalog.decks {
        let _ = writeln!(
            out,
            "{}\t{}\t{} items\t{}",
            loaded.deck.id,
            loaded.deck.title,
            loaded.deck.items.len(),
            loaded.origin
        );
    }
    for error in &catalog.errors {
        let _ = writeln!(out, "not loaded: {error}");
    }
    0
}

/// Runs `export-deck`: writes the deck `id` to `path`.
pub fn export_deck(catalog: &Catalog, id: &str, path: &Path) -> Result<String, CliError> {
    let Some(loaded) = catalog.deck(id) else {
        let known: Vec<&str> = catalog.decks.iter().map(|d| d.deck.id.as_str()).collect();
        return Err(CliError::UnknownDeck {
            id: id.to_owned(),
            known: known.join(", "),
        });
    };
    let text = deck_to_ron(&loaded.deck).map_err(|e| CliError::Serialize(e.to_string()))?;
    write_atomic(path, text.as_bytes()).map_err(|e| CliError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(format!(
        "wrote deck \"{id}\" ({} items) to {}",
        loaded.deck.items.len(),
        path.display()
    ))
}

/// The catalog for commands that use loaded decks (list, export-deck).
pub fn catalog_for(cli: &Cli) -> Catalog {
    let paths = AppPaths::resolve(cli.data_dir.clone());
    content::load_catalog(Some(&paths.content_dir()), &cli.content)
}

/// A headless command that could not do its work.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// No loaded deck has the id asked for.
    #[error("no loaded deck has the id \"{id}\" (loaded: {known}); see `srm-study list`")]
    UnknownDeck {
        /// The id asked for.
        id: String,
        /// The ids that are loaded.
        known: String,
    },
    /// The data could not be turned into RON.
    #[error("cannot write the data as RON: {0}")]
    Serialize(String),
    /// The output file could not be written.
    #[error("{path}: cannot write the file: {message}")]
    Write {
        /// The file.
        path: String,
        /// The OS error.
        message: String,
    },
}

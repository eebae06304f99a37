//! The command line: options, and the headless subcommands. None of these
//! open a window or need a display.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

pub mod exercise;
pub mod export;
pub mod generate;
pub mod help;
pub mod import_table;
pub mod lrs;
pub mod open;
pub mod output;
pub mod report;

use crate::i18n::format::percent;
use crate::i18n::words::owner_name;
use crate::i18n::{Language, Translator};
use crate::io::files::{FoundResult, find_results, load_exercise, read_limited};
use crate::io::{
    content,
    fs::{write_atomic, write_readable},
    paths::AppPaths,
};
use crate::model::exercise::Ending;
use crate::model::exercise::{
    AnyFile, Exercise, ExerciseResult, FileKind, Sniffed, describe_error, load_any, sniff,
};
use crate::model::lint::{LintWarning, lint_catalog};
use crate::model::load::deck_to_ron;
use crate::model::report::{
    AttemptRule, ClassReport, GradeError, LeftOut, owner_index, to_csv_with,
};
use crate::model::{Catalog, LoadError, Origin, Owner};
use crate::terminal::{self, one_line, pad_left, pad_right};
use crate::tr;
use output::{Output, check_output};
pub(crate) use report::{load_exercise_arg, show_report, usable_results};
pub use report::{report, report_with};

/// A `--lang` value: a language the window speaks. Refused in the
/// language `SRM_STUDY_LANG` or the system names (the flag has none yet).
fn parse_language(text: &str) -> Result<Language, String> {
    Language::from_tag(text).ok_or_else(|| {
        let tr = Translator::new(language(None));
        tr!(tr, "cli-lang-unknown", tag = text)
    })
}

/// The language of the command line's messages: `--lang`, then
/// `SRM_STUDY_LANG`, then the system's, then English.
pub fn language(flag: Option<Language>) -> Language {
    let env = std::env::var("SRM_STUDY_LANG").ok();
    Language::choose(flag, env.as_deref(), None, Language::from_system)
}

/// The translator of the command line's messages ([`language`]).
pub fn translator(cli: &Cli) -> Translator {
    Translator::new(language(cli.lang))
}

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

    /// The language of the window, of the messages, of this help and of the
    /// cards `exercise new` and `export` write: en, es, de, ja, or en-XA
    /// (pseudo-translated, to find untranslated text).
    /// Also: SRM_STUDY_LANG. Without either, the window shows the language
    /// picked last time (on the first run the system's), and the commands
    /// the system's.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<crate::i18n::Language>,

    /// Exercise, answer key, result or deck files to open in the window:
    /// an exercise on the student's page, a key or results in the class
    /// report, a deck imported on the Decks page.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

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
    /// Check deck, exercise and result files or folders (default: the
    /// built-in decks and --content).
    Validate {
        /// Also run the deck lint: cards whose text gives their owner
        /// away, near-duplicate cards, topics whose cards all have one owner.
        #[arg(long)]
        lint: bool,
        /// Files or folders to check.
        paths: Vec<PathBuf>,
    },
    /// Grade students' result files against an exercise or the answer key
    /// of a sealed one: a table per student, the cards most missed, the
    /// misconception matrix, the confusion table, and optionally a CSV.
    Report {
        /// The exercise file the results are for, or the answer key
        /// (NAME.key.ron) of a sealed exercise.
        #[arg(long, value_name = "EXERCISE.ron")]
        exercise: PathBuf,
        /// Result files, or folders of them.
        #[arg(required = true, value_name = "RESULT.ron")]
        results: Vec<PathBuf>,
        /// Also write the report as CSV to this file.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// In the CSV, a second row with the card texts.
        #[arg(long, requires = "csv")]
        card_texts: bool,
        /// Which attempt counts for a student with several results.
        #[arg(long, value_enum, default_value_t = AttemptsArg::First)]
        attempts: AttemptsArg,
        /// Replace the CSV file if it exists (never one of the inputs).
        #[arg(long, requires = "csv")]
        force: bool,
    },
    /// Make exercise files (as the Instructor's builder does).
    Exercise {
        /// What to do.
        #[command(subcommand)]
        command: exercise::ExerciseCommand,
    },
    /// Write a loaded deck as pretty RON.
    ExportDeck {
        /// The id of the deck (see `srm-study list`).
        id: String,
        /// Where to write it.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the file if it exists (never the deck's own file).
        #[arg(long)]
        force: bool,
    },
    /// List the loaded decks.
    List,
    /// Add the rows of a CSV/TSV table (text, owner, topic, explanation,
    /// services, source URL, aws_part, customer_part) as cards to a deck
    /// file; rows whose text matches a card update it.
    ImportTable {
        /// The table: CSV, TSV or semicolon-separated.
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
        /// The deck's id (the deck in --out, a loaded deck, or a new one).
        #[arg(long, value_name = "ID")]
        deck: String,
        /// The deck file to write.
        #[arg(long, value_name = "DECK.ron")]
        out: PathBuf,
        /// Add the rows to the deck already in --out (it is replaced by the
        /// deck with the rows); never the table itself.
        #[arg(long)]
        force: bool,
        /// Write the rows left out to this CSV file, each with why, to fix
        /// and import again (replaced only with --force).
        #[arg(long, value_name = "FILE.csv")]
        refused: Option<PathBuf>,
    },
    /// Export cards to Moodle XML, a QTI 2.1 package, Anki or Quizlet, or
    /// students' results to xAPI statements.
    Export(export::ExportArgs),
    /// Send results to a Learning Record Store (xAPI), load them back into
    /// a class report, or test the connection. The secret is read from
    /// SRM_STUDY_LRS_SECRET.
    Lrs {
        /// What to do.
        #[command(subcommand)]
        command: lrs::LrsCommand,
    },
    /// Write the man pages or the shell completions (for packagers).
    #[command(hide = true)]
    Generate {
        /// What to write.
        #[command(subcommand)]
        command: generate::GenerateCommand,
    },
}

/// `report --attempts`: which attempt counts for a student with several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AttemptsArg {
    /// The first attempt (by attempt number, then date).
    First,
    /// The attempt with the most points.
    Best,
    /// The last attempt.
    Latest,
}

impl AttemptsArg {
    /// The report's rule.
    pub fn rule(self) -> AttemptRule {
        match self {
            AttemptsArg::First => AttemptRule::First,
            AttemptsArg::Best => AttemptRule::Best,
            AttemptsArg::Latest => AttemptRule::Latest,
        }
    }
}

/// `report`'s options beyond its inputs.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions<'a> {
    /// Also write the CSV here.
    pub csv: Option<&'a Path>,
    /// A second CSV row with the card texts.
    pub card_texts: bool,
    /// Which attempt counts per student.
    pub rule: AttemptRule,
    /// Replace an existing CSV file.
    pub force: bool,
}

/// What a headless command decided: its exit code.
pub type ExitCode = i32;

/// Runs `validate`, writing the report to `out`. Returns the exit code.
///
/// Without paths it checks what the app loads: the built-in decks, the user
/// content folder `user_content` (when it exists) and the `--content`
/// folders. Given paths, each file (or each `.ron` file of a folder) may be
/// a deck, an exercise or a result: decks are loaded into a catalog after
/// the built-in decks, as the app does (so an id taken by a built-in deck
/// or another file is an error); exercises and results are validated and
/// counted.
///
/// With `lint`, the decks that loaded are also linted (`model::lint`): the
/// warnings follow the errors. Warnings alone keep the exit code 0 but
/// replace the `OK` line by a count.
pub fn validate(
    paths: &[PathBuf],
    user_content: Option<&Path>,
    extra_content: &[PathBuf],
    lint: bool,
    tr: &Translator,
    out: &mut dyn Write,
) -> ExitCode {
    let mut counts = OtherFiles::default();
    if paths.is_empty() {
        let catalog = content::load_catalog(user_content, extra_content);
        let warnings = lint.then(|| lint_catalog(&catalog));
        return report_catalog(&catalog, &counts, warnings.as_deref(), tr, out);
    }
    // The decks the app loads come first, for their ids: a given deck
    // whose id one of them has is refused, as the app refuses it.
    let mut catalog = content::load_catalog(user_content, extra_content);
    catalog.errors.clear();
    let mut loaded = catalog.decks.len();
    let loaded_translations = catalog.translations.len();
    for path in paths {
        if !path.exists() {
            catalog.errors.push(LoadError::new(
                crate::model::ErrorKind::Io,
                &path.display().to_string(),
                crate::msg!("cli-validate-missing"),
            ));
        } else if path.is_dir() {
            match content::ron_files_in(path) {
                Ok(files) => files
                    .iter()
                    .for_each(|f| validate_file(&mut catalog, &mut loaded, &mut counts, f)),
                Err(e) => catalog.errors.push(e),
            }
        } else {
            validate_file(&mut catalog, &mut loaded, &mut counts, path);
        }
    }
    // The translations given are linted against the decks they translate,
    // before those that were only there for their ids go.
    let translation_warnings = lint.then(|| {
        let given = &catalog.translations[loaded_translations..];
        let base = Catalog {
            translations: given.to_vec(),
            ..catalog.clone()
        };
        crate::model::lint::lint_translations(&base, |_| true)
    });
    // The decks the app loads were there for their ids; the report is
    // about the files given.
    catalog.decks.drain(..loaded);
    catalog.translations.drain(..loaded_translations);
    let warnings = lint.then(|| {
        let mut warnings = crate::model::lint::lint_catalog_reporting(&catalog, |_| true);
        // Translations here now lost their decks: linted above.
        warnings.retain(|w| w.rule != crate::model::lint::LintRule::Translation);
        warnings.extend(translation_warnings.unwrap_or_default());
        warnings
    });
    report_catalog(&catalog, &counts, warnings.as_deref(), tr, out)
}

/// Exercise and result files that `validate` found valid.
#[derive(Debug, Default)]
struct OtherFiles {
    exercises: usize,
    results: usize,
    translations: usize,
}

impl OtherFiles {
    /// `text` followed by `, 1 exercise, 3 results` (nothing when there
    /// are none).
    fn after(&self, tr: &Translator, text: String) -> String {
        let mut text = text;
        if self.exercises > 0 {
            let more = tr!(tr, "cli-count-exercises", exercises = self.exercises);
            text = tr!(tr, "cli-list-more", list = text, more = more);
        }
        if self.results > 0 {
            let more = tr!(tr, "cli-count-results", results = self.results);
            text = tr!(tr, "cli-list-more", list = text, more = more);
        }
        if self.translations > 0 {
            let more = tr!(
                tr,
                "cli-count-translations",
                translations = self.translations
            );
            text = tr!(tr, "cli-list-more", list = text, more = more);
        }
        text
    }
}

/// Checks one file given to `validate`; `loaded` counts the decks at the
/// start of the catalog that the app loads (not given).
fn validate_file(catalog: &mut Catalog, loaded: &mut usize, counts: &mut OtherFiles, path: &Path) {
    let label = path.display().to_string();
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            catalog.errors.push(e);
            return;
        }
    };
    // A deck's translation lives in i18n/<language>/ of a content folder.
    let in_i18n = path
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .is_some_and(|name| name == "i18n");
    if in_i18n && sniff(&bytes) == Sniffed::Nothing {
        let given = path.canonicalize().ok();
        // The same file loaded with the content folder is itself.
        catalog.translations.retain(|t| match &t.origin {
            Origin::File(p) => p.canonicalize().ok() != given,
            Origin::BuiltIn(_) => true,
        });
        if catalog.add_translation_bytes(&label, Origin::File(path.to_path_buf()), &bytes) {
            counts.translations += 1;
        }
        return;
    }
    if matches!(
        sniff(&bytes),
        Sniffed::Known(FileKind::Deck) | Sniffed::Nothing
    ) {
        add_given_deck(catalog, loaded, path, &label, &bytes);
        return;
    }
    match load_any(&label, &bytes) {
        Ok(AnyFile::Deck(_)) => add_given_deck(catalog, loaded, path, &label, &bytes),
        Ok(AnyFile::Exercise(_)) => counts.exercises += 1,
        Ok(AnyFile::Result(_)) => counts.results += 1,
        Err(errors) => catalog.errors.extend(errors),
    }
}

/// Adds a deck file given to `validate` to a catalog that starts with the
/// `loaded` decks the app loads (built-in, the data folder's `content/`,
/// `--content`): its id must be free, as in the app, except that a file
/// the app loads is itself, not a clash, and so is the very deck of a
/// built-in (its source, or an export of it).
fn add_given_deck(
    catalog: &mut Catalog,
    loaded: &mut usize,
    path: &Path,
    label: &str,
    bytes: &[u8],
) {
    let deck = crate::model::load::load_deck_bytes(label, bytes).ok();
    let given = path.canonicalize().ok();
    let mut index = 0;
    catalog.decks.retain(|other| {
        let is_loaded = index < *loaded;
        index += 1;
        let same = match &other.origin {
            Origin::BuiltIn(_) => deck.as_ref() == Some(&other.deck),
            Origin::File(file) => given.is_some() && file.canonicalize().ok() == given,
        };
        let keep = !(is_loaded && same);
        if !keep {
            *loaded -= 1;
        }
        keep
    });
    catalog.add_bytes(label, Origin::File(path.to_path_buf()), bytes);
}

fn report_catalog(
    catalog: &Catalog,
    counts: &OtherFiles,
    warnings: Option<&[LintWarning]>,
    tr: &Translator,
    out: &mut dyn Write,
) -> ExitCode {
    let found = catalog.decks.len() + counts.exercises + counts.results;
    let warning_count = warnings.map(|w| w.len());
    // The model's errors and lint warnings: `file:line:col:` as it is,
    // the message in the reader's language.
    for error in &catalog.errors {
        let _ = writeln!(out, "{}", one_line(&error.localized(tr)));
    }
    for warning in warnings.unwrap_or_default() {
        let _ = writeln!(out, "{}", one_line(&warning.localized(tr)));
    }
    let loaded = counts.after(
        tr,
        tr!(
            tr,
            "cli-validate-loaded",
            decks = catalog.decks.len(),
            items = catalog.item_count()
        ),
    );
    if catalog.errors.is_empty() && found > 0 {
        let line = match warning_count {
            None => tr!(tr, "cli-validate-ok", loaded = loaded),
            Some(0) => tr!(tr, "cli-validate-ok-no-warnings", loaded = loaded),
            Some(n) => tr!(tr, "cli-validate-warnings", warnings = n, loaded = loaded),
        };
        let _ = writeln!(out, "{line}");
        0
    } else {
        if catalog.errors.is_empty() {
            let _ = writeln!(out, "{}", tr!(tr, "cli-validate-nothing-found"));
        } else {
            let errors = tr!(tr, "cli-count-errors", errors = catalog.errors.len());
            let problems = match warning_count {
                Some(n) => {
                    let more = tr!(tr, "cli-count-warnings", warnings = n);
                    tr!(tr, "cli-list-more", list = errors, more = more)
                }
                None => errors,
            };
            let decks = tr!(tr, "cli-validate-decks-loaded", decks = catalog.decks.len());
            let loaded = counts.after(tr, decks);
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    tr,
                    "cli-validate-failed",
                    problems = problems,
                    loaded = loaded
                )
            );
        }
        1
    }
}

/// Runs `list`: one line per loaded deck (its cards and its service stacks,
/// the services that map layers), then the decks that were refused; exits 1
/// when any was.
pub fn list(catalog: &Catalog, tr: &Translator, out: &mut dyn Write) -> ExitCode {
    for loaded in &catalog.decks {
        let stacks = loaded
            .deck
            .services
            .iter()
            .filter(|s| !s.layers.is_empty())
            .count();
        let origin = match &loaded.origin {
            Origin::BuiltIn(name) => {
                let name: &str = name;
                tr!(tr, "cli-list-built-in", name = name)
            }
            Origin::File(path) => path.display().to_string(),
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            one_line(&loaded.deck.id),
            one_line(&loaded.deck.title),
            tr!(
                tr,
                "cli-list-counts",
                items = loaded.deck.items.len(),
                stacks = stacks
            ),
            one_line(&origin)
        );
    }
    for error in &catalog.errors {
        let error = one_line(&error.to_string()).into_owned();
        let _ = writeln!(out, "{}", tr!(tr, "cli-list-not-loaded", error = error));
    }
    i32::from(!catalog.errors.is_empty())
}

/// Runs `export-deck`: writes the deck `id` to `path`.
pub fn export_deck(
    catalog: &Catalog,
    id: &str,
    path: &Path,
    force: bool,
    tr: &Translator,
) -> Result<String, CliError> {
    let Some(loaded) = catalog.deck(id) else {
        let known: Vec<&str> = catalog.decks.iter().map(|d| d.deck.id.as_str()).collect();
        return Err(CliError::UnknownDeck {
            id: id.to_owned(),
            known: known.join(", "),
        });
    };
    let inputs = match &loaded.origin {
        Origin::File(file) => vec![file.clone()],
        Origin::BuiltIn(_) => Vec::new(),
    };
    check_output(
        path,
        &Output {
            command: "export-deck",
            flag: "--out",
            force,
            inputs,
        },
    )?;
    let text = deck_to_ron(&loaded.deck).map_err(|e| CliError::Serialize(e.to_string()))?;
    // Refused before writing when `validate` and the app could not read
    // the file back.
    write_readable(path, text.as_bytes()).map_err(|e| CliError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(tr!(
        tr,
        "cli-export-deck-wrote",
        id = id,
        items = loaded.deck.items.len(),
        path = path.display().to_string()
    ))
}

/// The catalog for commands that use loaded decks (list, export-deck).
pub fn catalog_for(cli: &Cli) -> Catalog {
    let paths = AppPaths::resolve(cli.data_dir.clone());
    content::load_catalog(Some(&paths.content_dir()), &cli.content)
}

/// A headless command that could not do its work. [`CliError::text`] says
/// it in the terminal's language; `Display` says it in English.
#[derive(Debug)]
pub enum CliError {
    /// No loaded deck has the id asked for.
    UnknownDeck {
        /// The id asked for.
        id: String,
        /// The ids that are loaded.
        known: String,
    },
    /// The exercise given to `report` could not be used (the model's
    /// errors, in its words).
    Exercise(String),
    /// `export` was asked for something it cannot do (already in the
    /// terminal's language).
    Export(String),
    /// Talking to the LRS failed, or `lrs` was asked for something it
    /// cannot do (already in the terminal's language).
    Lrs(String),
    /// `lrs load --csv` was given one of its own inputs.
    CsvOverInput(String),
    /// An output file would replace an input, or an existing file without
    /// `--force` (`cli::output`).
    Output(output::OutputError),
    /// The data could not be turned into RON.
    Serialize(String),
    /// The output file could not be written.
    Write {
        /// The file.
        path: String,
        /// The OS error.
        message: String,
    },
}

impl CliError {
    /// The error as the terminal shows it, in `tr`'s language.
    pub fn text(&self, tr: &Translator) -> String {
        match self {
            CliError::UnknownDeck { id, known } => {
                tr!(
                    tr,
                    "cli-error-unknown-deck",
                    id = id.as_str(),
                    known = known.as_str()
                )
            }
            CliError::Exercise(errors) => {
                tr!(tr, "cli-error-exercise", errors = errors.as_str())
            }
            CliError::Export(text) | CliError::Lrs(text) => text.clone(),
            CliError::CsvOverInput(path) => {
                tr!(tr, "cli-error-csv-over-input", path = path.as_str())
            }
            CliError::Output(error) => error.text(tr),
            CliError::Serialize(error) => tr!(tr, "cli-error-serialize", error = error.as_str()),
            CliError::Write { path, message } => tr!(
                tr,
                "cli-error-write",
                path = path.as_str(),
                error = message.as_str()
            ),
        }
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(&Translator::new(Language::English)))
    }
}

impl std::error::Error for CliError {}

impl From<output::OutputError> for CliError {
    fn from(error: output::OutputError) -> Self {
        CliError::Output(error)
    }
}

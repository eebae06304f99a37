//! The command line: options, and the headless subcommands. None of these
//! open a window or need a display.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

pub mod exercise;
pub mod export;
pub mod generate;
pub mod import_table;
pub mod lrs;
pub mod open;
pub mod output;

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
use crate::model::report::{AttemptRule, ClassReport, GradeError, owner_index, to_csv_with};
use crate::model::{Catalog, LoadError, Origin, Owner};
use crate::terminal::{self, one_line, pad_left, pad_right};
use crate::tr;
use output::{Output, check_output};

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

    /// The language of the window and of the messages: en, es, de, ja, or
    /// en-XA (pseudo-translated, to find untranslated text). Also:
    /// SRM_STUDY_LANG. Without either, the window shows the language picked
    /// last time (on the first run the system's), and the messages of the
    /// commands the system's. `--help` stays in English.
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
    for path in paths {
        if !path.exists() {
            catalog.errors.push(LoadError {
                kind: crate::model::ErrorKind::Io,
                path: path.display().to_string(),
                position: None,
                context: String::new(),
                message: tr!(tr, "cli-validate-missing"),
            });
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
    // The decks the app loads were there for their ids; the report is
    // about the files given.
    catalog.decks.drain(..loaded);
    let warnings = lint.then(|| lint_catalog(&catalog));
    report_catalog(&catalog, &counts, warnings.as_deref(), tr, out)
}

/// Exercise and result files that `validate` found valid.
#[derive(Debug, Default)]
struct OtherFiles {
    exercises: usize,
    results: usize,
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
    // The model's errors and lint warnings stay in its words (English).
    for error in &catalog.errors {
        let _ = writeln!(out, "{}", one_line(&error.to_string()));
    }
    for warning in warnings.unwrap_or_default() {
        let _ = writeln!(out, "{}", one_line(&warning.to_string()));
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

/// Runs `report`: grades every result file against the exercise, prints a
/// table per student and the cards most missed first to `out`, names every
/// file left out (and every warning) on `err`, and writes the CSV when
/// asked. The exercise file met in a folder of results is skipped, with a
/// sentence on `err`. Returns 1 when a file was left out, else 0. An exercise that does
/// not load is an error.
pub fn report(
    exercise_path: &Path,
    results: &[PathBuf],
    csv: Option<&Path>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let options = ReportOptions {
        csv,
        ..ReportOptions::default()
    };
    report_with(exercise_path, results, &options, tr, out, err)
}

/// [`report`] with its options: the CSV with a card-text row, the attempt
/// rule, `--force`.
pub fn report_with(
    exercise_path: &Path,
    results: &[PathBuf],
    options: &ReportOptions<'_>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let csv = options.csv;
    if let Some(path) = csv {
        let mut inputs = vec![exercise_path.to_path_buf()];
        inputs.extend(results.iter().cloned());
        check_output(
            path,
            &Output {
                command: "report",
                flag: "--csv",
                force: options.force,
                inputs,
            },
        )?;
    }
    let exercise = load_exercise_arg(exercise_path)?;
    let (inputs, skipped) = gather_results(exercise_path, results, tr);
    let report = ClassReport::build_with(&exercise, inputs, options.rule);

    for sentence in &skipped {
        let _ = writeln!(err, "{sentence}");
    }
    show_report(&report, options.card_texts, csv, tr, out, err)
}

/// Shows a class report as `report` and `lrs load` do: what was left out
/// and the warnings on `err`, the table on `out`, and with `csv` the CSV
/// written there. Exit code 1 when a result was left out.
pub(crate) fn show_report(
    report: &ClassReport,
    card_texts: bool,
    csv: Option<&Path>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    // Why a file was left out, and the warnings, are the model's words.
    for (label, reason) in &report.left_out {
        let _ = writeln!(err, "{}", left_out(tr, label, reason));
    }
    for warning in &report.warnings {
        let warning = one_line(warning).into_owned();
        let _ = writeln!(err, "{}", tr!(tr, "cli-report-warning", warning = warning));
    }
    print_report(report, tr, out);
    if let Some(path) = csv {
        let text =
            to_csv_with(report, card_texts).map_err(|e| CliError::Serialize(e.to_string()))?;
        write_atomic(path, text.as_bytes()).map_err(|e| CliError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let _ = writeln!(out);
        let path = path.display().to_string();
        let _ = writeln!(out, "{}", tr!(tr, "cli-report-wrote-csv", path = path));
    }
    Ok(if report.left_out.is_empty() { 0 } else { 1 })
}

/// `left out FILE: why`.
fn left_out(tr: &Translator, label: &str, reason: &str) -> String {
    let label = one_line(label).into_owned();
    let reason = one_line(reason).into_owned();
    tr!(tr, "cli-report-left-out", file = label, reason = reason)
}

/// Loads the exercise (or answer key) a command grades or exports with;
/// a sealed student file, which has no owners, is refused.
fn load_exercise_arg(path: &Path) -> Result<Exercise, CliError> {
    let exercise = load_exercise(path).map_err(|errors| {
        CliError::Exercise(
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    if exercise.owners_hidden() {
        return Err(CliError::Exercise(format!(
            "{}: {}",
            path.display(),
            GradeError::Sealed
        )));
    }
    Ok(exercise)
}

/// A result file's label, and its result or why it cannot be used.
type ResultInput = (String, Result<ExerciseResult, String>);

/// Every result file named (folders give their `.ron` files), each loaded
/// or with why it cannot be used, and a sentence for each file skipped
/// because it is the exercise itself.
fn gather_results(
    exercise_path: &Path,
    paths: &[PathBuf],
    tr: &Translator,
) -> (Vec<ResultInput>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    for found in find_results(paths, Some(exercise_path)) {
        match found {
            FoundResult::Result(path, loaded) => {
                let loaded = loaded.map_err(|errors| {
                    errors
                        .iter()
                        .map(describe_error)
                        .collect::<Vec<_>>()
                        .join("; ")
                });
                inputs.push((path.display().to_string(), loaded));
            }
            FoundResult::Skipped { sentence, .. } => skipped.push(sentence),
            FoundResult::EmptyFolder(path) => inputs.push((
                path.display().to_string(),
                Err(tr!(tr, "cli-report-empty-folder")),
            )),
            FoundResult::UnreadableFolder(path, e) => {
                inputs.push((path.display().to_string(), Err(describe_error(&e))));
            }
        }
    }
    (inputs, skipped)
}

/// The results of the files named that can be graded against `exercise`
/// (for `export xapi` and `lrs send`), with a sentence on `err` for each
/// file skipped or left out (and why); returns them and how many were left
/// out.
fn usable_results(
    exercise: &Exercise,
    exercise_path: &Path,
    paths: &[PathBuf],
    tr: &Translator,
    err: &mut dyn Write,
) -> (Vec<ExerciseResult>, usize) {
    let (inputs, skipped) = gather_results(exercise_path, paths, tr);
    for sentence in &skipped {
        let _ = writeln!(err, "{sentence}");
    }
    let mut results = Vec::new();
    let mut left_out_count = 0;
    for (label, result) in inputs {
        let graded = result.and_then(|r| {
            crate::model::report::grade(exercise, &r)
                .map(|_| r)
                .map_err(|e| e.to_string())
        });
        match graded {
            Ok(result) => results.push(result),
            Err(reason) => {
                let _ = writeln!(err, "{}", left_out(tr, &label, &reason));
                left_out_count += 1;
            }
        }
    }
    (results, left_out_count)
}

/// An attempt rule in words: "first attempt".
fn rule_words(tr: &Translator, rule: AttemptRule) -> String {
    match rule {
        AttemptRule::First => tr!(tr, "cli-rule-first"),
        AttemptRule::Best => tr!(tr, "cli-rule-best"),
        AttemptRule::Latest => tr!(tr, "cli-rule-latest"),
    }
}

/// How a run ended, in words: "time up".
fn ending_words(tr: &Translator, ending: Ending) -> String {
    match ending {
        Ending::HandedIn => tr!(tr, "cli-ending-handed-in"),
        Ending::TimeUp => tr!(tr, "cli-ending-time-up"),
        Ending::LeftEarly => tr!(tr, "cli-ending-left-early"),
        Ending::ShowedSolution => tr!(tr, "cli-ending-showed-solution"),
    }
}

/// The owners' names in the terminal's language, in `Owner::ALL`'s order,
/// and the widest one's width.
fn owner_names(tr: &Translator) -> ([String; 3], usize) {
    let names = Owner::ALL.map(|owner| owner_name(tr, owner));
    let width = names.iter().map(|n| terminal::width(n)).max().unwrap_or(0);
    (names, width)
}

fn print_report(report: &ClassReport, tr: &Translator, out: &mut dyn Write) {
    let language = tr.language();
    let title = one_line(&report.exercise_title).into_owned();
    let id = one_line(&report.exercise_id).into_owned();
    let penalty = if report.penalty { "on" } else { "off" };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-report-title",
            title = title,
            id = id,
            cards = report.card_ids.len(),
            penalty = penalty
        )
    );
    let _ = writeln!(out);
    let rows: Vec<[String; 5]> = report
        .students
        .iter()
        .map(|g| {
            [
                g.student.clone(),
                g.score.points.to_string(),
                g.score.max.to_string(),
                percent(language, f64::from(g.score.percent())),
                g.seconds.to_string(),
            ]
        })
        .collect();
    let header = [
        tr!(tr, "cli-report-student"),
        tr!(tr, "cli-report-score"),
        tr!(tr, "cli-report-max"),
        tr!(tr, "cli-report-percent"),
        tr!(tr, "cli-report-seconds"),
    ];
    let mut widths = header.clone().map(|h| terminal::width(&h));
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(terminal::width(cell));
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = pad_right(&row[0], widths[0]);
        for (cell, width) in row.iter().zip(widths).skip(1) {
            line.push_str("  ");
            line.push_str(&pad_left(cell, width));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if rows.is_empty() {
        let _ = writeln!(out, "{}", tr!(tr, "cli-report-no-results"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                tr,
                "cli-report-average",
                students = rows.len(),
                average = percent(language, f64::from(report.average_percent())),
                rule = rule_words(tr, report.rule)
            )
        );
        print_attempts(report, tr, out);
    }

    let _ = writeln!(out);
    if report.students.is_empty() {
        // No "0.0% 0/0" rows: nothing was counted.
        let _ = writeln!(out, "{}", tr!(tr, "cli-report-per-card-none"));
        return;
    }
    let _ = writeln!(out, "{}", tr!(tr, "cli-report-per-card"));
    let id_width = report
        .per_card
        .iter()
        .map(|c| terminal::width(&c.item_id))
        .max()
        .unwrap_or(0);
    let fractions: Vec<String> = report
        .per_card
        .iter()
        .map(|c| format!("{}/{}", c.right, c.total))
        .collect();
    let fraction_width = fractions.iter().map(String::len).max().unwrap_or(0);
    let (owners, owner_width) = owner_names(tr);
    for (card, fraction) in report.per_card.iter().zip(&fractions) {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad_left(&percent(language, f64::from(card.percent)), 7),
            pad_left(fraction, fraction_width),
            pad_right(&card.item_id, id_width),
            pad_right(&owners[owner_index(card.owner)], owner_width),
            one_line(&card.text)
        );
    }
    print_matrix(report, tr, out);
}

/// Every attempt with its date, the retakes named, and the rule that
/// chose the counted one (`--attempts`).
fn print_attempts(report: &ClassReport, tr: &Translator, out: &mut dyn Write) {
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-report-attempts",
            rule = rule_words(tr, report.rule)
        )
    );
    // Names padded by display width, so the columns after them line up
    // for CJK names too.
    let name_width = report
        .attempts
        .iter()
        .map(|g| terminal::width(&g.student))
        .max()
        .unwrap_or(0);
    for graded in &report.attempts {
        let date = if graded.finished_at.is_empty() {
            tr!(tr, "cli-report-no-date")
        } else {
            graded.finished_at.clone()
        };
        let mut line = format!(
            "  {}  {}  {date}  {}",
            pad_right(&graded.student, name_width),
            tr!(tr, "cli-report-attempt", attempt = graded.attempt),
            percent(tr.language(), f64::from(graded.score.percent()))
        );
        if let Some(ended) = graded.ended {
            line.push_str(&format!("  {}", ending_words(tr, ended)));
        }
        if graded.retake {
            line.push_str(&format!("  {}", tr!(tr, "cli-report-retake")));
        }
        let counted = if graded.counted {
            tr!(tr, "cli-report-counted")
        } else {
            tr!(tr, "cli-report-not-counted")
        };
        line.push_str(&format!("  {counted}"));
        let _ = writeln!(out, "{line}");
    }
}

/// The misconception matrix (a `*` after the most common wrong bin of each
/// card) and the class's confusion table.
fn print_matrix(report: &ClassReport, tr: &Translator, out: &mut dyn Write) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(tr, "cli-report-misconceptions"));
    let card_heading = tr!(tr, "cli-report-card");
    let owner_heading = tr!(tr, "cli-report-owner");
    let unplaced = tr!(tr, "cli-report-unplaced");
    let (owners, owner_width) = owner_names(tr);
    let id_width = report
        .per_card
        .iter()
        .map(|c| terminal::width(&c.item_id))
        .max()
        .unwrap_or(0)
        .max(terminal::width(&card_heading));
    let owner_width = owner_width.max(terminal::width(&owner_heading));
    // A bin's count is followed by a `*` or a space.
    let bin_widths = owners
        .clone()
        .map(|name| (terminal::width(&name) + 1).max(5));
    let unplaced_width = terminal::width(&unplaced).max(5);
    let mut line = format!(
        "{}  {}",
        pad_right(&card_heading, id_width),
        pad_right(&owner_heading, owner_width)
    );
    for (name, width) in owners.iter().zip(bin_widths) {
        line.push_str(&format!("  {}", pad_left(name, width)));
    }
    line.push_str(&format!("  {}", pad_left(&unplaced, unplaced_width)));
    let _ = writeln!(out, "{line}");
    for card in &report.per_card {
        let cell = |bin: Owner| {
            let star = if card.most_common_wrong == Some(bin) {
                "*"
            } else {
                " "
            };
            format!("{}{star}", card.placed_in(bin))
        };
        let left = card.total - card.placed.iter().sum::<u32>();
        let mut line = format!(
            "{}  {}",
            pad_right(&card.item_id, id_width),
            pad_right(&owners[owner_index(card.owner)], owner_width)
        );
        for (owner, width) in Owner::ALL.into_iter().zip(bin_widths) {
            line.push_str(&format!("  {}", pad_left(&cell(owner), width)));
        }
        line.push_str(&format!(
            "  {}",
            pad_left(&format!("{left} "), unplaced_width)
        ));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(tr, "cli-report-confusion"));
    let column_widths = owners.clone().map(|name| terminal::width(&name).max(5));
    let mut line = pad_right("", owner_width);
    for (name, width) in owners.iter().zip(column_widths) {
        line.push_str(&format!("  {}", pad_left(name, width)));
    }
    line.push_str(&format!("  {}", pad_left(&unplaced, unplaced_width)));
    let _ = writeln!(out, "{line}");
    for owner in Owner::ALL {
        let row = &report.confusion.counts[owner_index(owner)];
        let mut line = pad_right(&owners[owner_index(owner)], owner_width);
        for (value, width) in row.iter().zip(column_widths) {
            line.push_str(&format!("  {}", pad_left(&value.to_string(), width)));
        }
        line.push_str(&format!(
            "  {}",
            pad_left(&row[3].to_string(), unplaced_width)
        ));
        let _ = writeln!(out, "{line}");
    }
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

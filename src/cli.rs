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

use crate::io::files::{FoundResult, find_results, load_exercise, read_limited};
use crate::io::{
    content,
    fs::{write_atomic, write_readable},
    paths::AppPaths,
};
use crate::model::exercise::{
    AnyFile, Exercise, ExerciseResult, FileKind, Sniffed, describe_error, load_any, sniff,
};
use crate::model::lint::{LintWarning, lint_catalog};
use crate::model::load::deck_to_ron;
use crate::model::report::{AttemptRule, ClassReport, GradeError, owner_index, to_csv_with};
use crate::model::{Catalog, LoadError, Origin, Owner};
use crate::terminal::{self, one_line, pad_left, pad_right};
use crate::text::count;
use output::{Output, check_output};

/// A `--lang` value: a language the window speaks.
fn parse_language(text: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::from_tag(text).ok_or_else(|| {
        format!("SRM Study speaks en, es, de and ja (and en-XA, the pseudo-locale), not “{text}”")
    })
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
    /// last time, or on the first run the system's.
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
    out: &mut dyn Write,
) -> ExitCode {
    let mut counts = OtherFiles::default();
    if paths.is_empty() {
        let catalog = content::load_catalog(user_content, extra_content);
        let warnings = lint.then(|| lint_catalog(&catalog));
        return report_catalog(&catalog, &counts, warnings.as_deref(), out);
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
                message: "no such file or folder".into(),
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
    report_catalog(&catalog, &counts, warnings.as_deref(), out)
}

/// Exercise and result files that `validate` found valid.
#[derive(Debug, Default)]
struct OtherFiles {
    exercises: usize,
    results: usize,
}

impl OtherFiles {
    /// `, 1 exercise, 3 results`: empty when there are none.
    fn summary(&self) -> String {
        let mut text = String::new();
        if self.exercises > 0 {
            let s = if self.exercises == 1 { "" } else { "s" };
            text.push_str(&format!(", {} exercise{s}", self.exercises));
        }
        if self.results > 0 {
            let s = if self.results == 1 { "" } else { "s" };
            text.push_str(&format!(", {} result{s}", self.results));
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
    out: &mut dyn Write,
) -> ExitCode {
    let found = catalog.decks.len() + counts.exercises + counts.results;
    let warning_count = warnings.map(|w| w.len());
    let warning_summary = |n: usize| count(n, "warning", "warnings");
    for error in &catalog.errors {
        let _ = writeln!(out, "{}", one_line(&error.to_string()));
    }
    for warning in warnings.unwrap_or_default() {
        let _ = writeln!(out, "{}", one_line(&warning.to_string()));
    }
    let loaded = format!(
        "{}, {}{}",
        count(catalog.decks.len(), "deck", "decks"),
        count(catalog.item_count(), "item", "items"),
        counts.summary()
    );
    if catalog.errors.is_empty() && found > 0 {
        match warning_count {
            None => {
                let _ = writeln!(out, "OK: {loaded}");
            }
            Some(0) => {
                let _ = writeln!(out, "OK: {loaded}, 0 warnings");
            }
            Some(n) => {
                let _ = writeln!(out, "{}; {loaded}", warning_summary(n));
            }
        }
        0
    } else {
        if catalog.errors.is_empty() {
            let _ = writeln!(
                out,
                "no deck, exercise or result files found (they are .ron files)"
            );
        } else {
            let warned = warning_count
                .map(|n| format!(", {}", warning_summary(n)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}{warned}; {} loaded{}",
                count(catalog.errors.len(), "error", "errors"),
                count(catalog.decks.len(), "deck", "decks"),
                counts.summary()
            );
        }
        1
    }
}

/// Runs `list`: one line per loaded deck (its cards and its service stacks,
/// the services that map layers), then the decks that were refused; exits 1
/// when any was.
pub fn list(catalog: &Catalog, out: &mut dyn Write) -> ExitCode {
    for loaded in &catalog.decks {
        let stacks = loaded
            .deck
            .services
            .iter()
            .filter(|s| !s.layers.is_empty())
            .count();
        let _ = writeln!(
            out,
            "{}\t{}\t{}, {}\t{}",
            one_line(&loaded.deck.id),
            one_line(&loaded.deck.title),
            count(loaded.deck.items.len(), "item", "items"),
            count(stacks, "service stack", "service stacks"),
            one_line(&loaded.origin.to_string())
        );
    }
    for error in &catalog.errors {
        let _ = writeln!(out, "not loaded: {}", one_line(&error.to_string()));
    }
    i32::from(!catalog.errors.is_empty())
}

/// Runs `export-deck`: writes the deck `id` to `path`.
pub fn export_deck(
    catalog: &Catalog,
    id: &str,
    path: &Path,
    force: bool,
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
    Ok(format!(
        "wrote deck \"{id}\" ({}) to {}",
        count(loaded.deck.items.len(), "item", "items"),
        path.display()
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
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let options = ReportOptions {
        csv,
        ..ReportOptions::default()
    };
    report_with(exercise_path, results, &options, out, err)
}

/// [`report`] with its options: the CSV with a card-text row, the attempt
/// rule, `--force`.
pub fn report_with(
    exercise_path: &Path,
    results: &[PathBuf],
    options: &ReportOptions<'_>,
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
    let (inputs, skipped) = gather_results(exercise_path, results);
    let report = ClassReport::build_with(&exercise, inputs, options.rule);

    for sentence in &skipped {
        let _ = writeln!(err, "{sentence}");
    }
    show_report(&report, options.card_texts, csv, out, err)
}

/// Shows a class report as `report` and `lrs load` do: what was left out
/// and the warnings on `err`, the table on `out`, and with `csv` the CSV
/// written there. Exit code 1 when a result was left out.
pub(crate) fn show_report(
    report: &ClassReport,
    card_texts: bool,
    csv: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    for (label, reason) in &report.left_out {
        let _ = writeln!(err, "left out {}: {}", one_line(label), one_line(reason));
    }
    for warning in &report.warnings {
        let _ = writeln!(err, "warning: {}", one_line(warning));
    }
    print_report(report, out);
    if let Some(path) = csv {
        let text =
            to_csv_with(report, card_texts).map_err(|e| CliError::Serialize(e.to_string()))?;
        write_atomic(path, text.as_bytes()).map_err(|e| CliError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let _ = writeln!(out, "\nwrote the CSV to {}", path.display());
    }
    Ok(if report.left_out.is_empty() { 0 } else { 1 })
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
fn gather_results(exercise_path: &Path, paths: &[PathBuf]) -> (Vec<ResultInput>, Vec<String>) {
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
                Err("no .ron files in this folder".to_owned()),
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
    err: &mut dyn Write,
) -> (Vec<ExerciseResult>, usize) {
    let (inputs, skipped) = gather_results(exercise_path, paths);
    for sentence in &skipped {
        let _ = writeln!(err, "{sentence}");
    }
    let mut results = Vec::new();
    let mut left_out = 0;
    for (label, result) in inputs {
        let graded = result.and_then(|r| {
            crate::model::report::grade(exercise, &r)
                .map(|_| r)
                .map_err(|e| e.to_string())
        });
        match graded {
            Ok(result) => results.push(result),
            Err(reason) => {
                let _ = writeln!(err, "left out {label}: {reason}");
                left_out += 1;
            }
        }
    }
    (results, left_out)
}

fn print_report(report: &ClassReport, out: &mut dyn Write) {
    let _ = writeln!(
        out,
        "{} ({}): {} card{}, penalty {}",
        one_line(&report.exercise_title),
        one_line(&report.exercise_id),
        report.card_ids.len(),
        if report.card_ids.len() == 1 { "" } else { "s" },
        if report.penalty { "on" } else { "off" }
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
                format!("{:.1}%", g.score.percent()),
                g.seconds.to_string(),
            ]
        })
        .collect();
    let header = ["student", "score", "max", "percent", "seconds"].map(str::to_owned);
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
        let _ = writeln!(out, "(no usable results)");
    } else {
        let _ = writeln!(
            out,
            "{}, average {:.1}% ({} counted)",
            count(rows.len(), "student", "students"),
            report.average_percent(),
            report.rule.label()
        );
        print_attempts(report, out);
    }

    let _ = writeln!(out);
    if report.students.is_empty() {
        // No "0.0% 0/0" rows: nothing was counted.
        let _ = writeln!(
            out,
            "Per card: nothing to count, as no result file could be used (see why above)."
        );
        return;
    }
    let _ = writeln!(out, "Per card, most missed first:");
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
    for (card, fraction) in report.per_card.iter().zip(&fractions) {
        let _ = writeln!(
            out,
            "{:>6.1}%  {}  {}  {:<8}  {}",
            card.percent,
            pad_left(fraction, fraction_width),
            pad_right(&card.item_id, id_width),
            card.owner.label(),
            one_line(&card.text)
        );
    }
    print_matrix(report, out);
}

/// Every attempt with its date, the retakes named, and the rule that
/// chose the counted one (`--attempts`).
fn print_attempts(report: &ClassReport, out: &mut dyn Write) {
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Attempts (one counted per student: the {}; change with --attempts first|best|latest):",
        report.rule.label()
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
            "no date"
        } else {
            graded.finished_at.as_str()
        };
        let mut line = format!(
            "  {}  attempt {}  {date}  {:.1}%",
            pad_right(&graded.student, name_width),
            graded.attempt,
            graded.score.percent()
        );
        if let Some(ended) = graded.ended {
            line.push_str(&format!("  {}", ended.label()));
        }
        if graded.retake {
            line.push_str("  retake");
        }
        line.push_str(if graded.counted {
            "  counted"
        } else {
            "  not counted"
        });
        let _ = writeln!(out, "{line}");
    }
}

/// The misconception matrix (a `*` after the most common wrong bin of each
/// card) and the class's confusion table.
fn print_matrix(report: &ClassReport, out: &mut dyn Write) {
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Misconceptions: where the class put each card (* the most common wrong bin):"
    );
    let id_width = report
        .per_card
        .iter()
        .map(|c| terminal::width(&c.item_id))
        .max()
        .unwrap_or(0)
        .max(4);
    let _ = writeln!(
        out,
        "{}  {:<8}  {:>5}  {:>9}  {:>7}  {:>8}",
        pad_right("card", id_width),
        "owner",
        "AWS",
        "Customer",
        "Shared",
        "unplaced"
    );
    for card in &report.per_card {
        let cell = |bin: Owner| {
            let star = if card.most_common_wrong == Some(bin) {
                "*"
            } else {
                " "
            };
            format!("{}{star}", card.placed_in(bin))
        };
        let unplaced = card.total - card.placed.iter().sum::<u32>();
        let line = format!(
            "{}  {:<8}  {:>5}  {:>9}  {:>7}  {:>8}",
            pad_right(&card.item_id, id_width),
            card.owner.label(),
            cell(Owner::Aws),
            cell(Owner::Customer),
            cell(Owner::Shared),
            format!("{unplaced} ")
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Confusion (rows: the right owner; columns: where the cards were put):"
    );
    let _ = writeln!(
        out,
        "{:<8}  {:>5}  {:>8}  {:>6}  {:>8}",
        "", "AWS", "Customer", "Shared", "unplaced"
    );
    for owner in Owner::ALL {
        let row = &report.confusion.counts[owner_index(owner)];
        let _ = writeln!(
            out,
            "{:<8}  {:>5}  {:>8}  {:>6}  {:>8}",
            owner.label(),
            row[0],
            row[1],
            row[2],
            row[3]
        );
    }
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
    /// The exercise given to `report` could not be used.
    #[error("cannot use the exercise:\n{0}")]
    Exercise(String),
    /// `export` was asked for something it cannot do.
    #[error("{0}")]
    Export(String),
    /// Talking to the LRS failed, or `lrs` was asked for something it
    /// cannot do.
    #[error("{0}")]
    Lrs(String),
    /// `lrs load --csv` was given one of its own inputs.
    #[error(
        "{0} is one of the report's inputs; it was left unchanged. Choose another file for the CSV"
    )]
    CsvOverInput(String),
    /// An output file would replace an input, or an existing file without
    /// `--force` (`cli::output`).
    #[error(transparent)]
    Output(#[from] output::OutputError),
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

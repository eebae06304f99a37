//! `srm-study export`: cards of a deck or an exercise to Moodle XML, a QTI
//! package, Anki or Quizlet, and results of an exercise to xAPI statements.
//! The bytes come from `model::export`, as in the app; this only loads the
//! input and writes the file atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::{CliError, ExitCode, load_exercise_arg, usable_results};
use crate::i18n::Translator;
use crate::io::fs::write_atomic;
use crate::model::Catalog;
use crate::model::exercise::Exercise;
use crate::model::export::xapi::{self, XapiOptions};
use crate::model::export::{CardFilter, CardSet, ExportOptions, Format, export_cards};
use crate::tr;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Moodle XML: a drag-and-drop-into-text question (question bank import).
    Moodle,
    /// An IMS QTI 2.1 package (zip) with one matching item.
    Qti,
    /// A text file for Anki's File > Import (notes update on re-import).
    Anki,
    /// Term and definition rows for Quizlet's import box.
    Quizlet,
    /// xAPI 1.0.3 statements (JSON) of students' results.
    Xapi,
}

impl ExportFormat {
    /// The card format, or `None` for xAPI.
    pub fn card_format(self) -> Option<Format> {
        match self {
            ExportFormat::Moodle => Some(Format::Moodle),
            ExportFormat::Qti => Some(Format::Qti),
            ExportFormat::Anki => Some(Format::Anki),
            ExportFormat::Quizlet => Some(Format::Quizlet),
            ExportFormat::Xapi => None,
        }
    }
}

/// `export moodle --questions`: which questions the file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MoodleQuestions {
    /// One drag-and-drop-into-text question with every card.
    One,
    /// One matching question per topic (a three-choice question for a
    /// topic of one card).
    PerTopic,
    /// One three-choice question per card.
    PerCard,
}

/// The options of `export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// The format to write.
    #[arg(value_enum)]
    pub format: ExportFormat,
    /// Export the cards of this loaded deck (see `srm-study list`).
    #[arg(long, value_name = "ID", conflicts_with = "exercise")]
    pub deck: Option<String>,
    /// Export the cards of this exercise file (for xapi: the exercise the
    /// results are for).
    #[arg(long, value_name = "EXERCISE.ron")]
    pub exercise: Option<PathBuf>,
    /// xapi only: the students' result files, or folders of them.
    #[arg(value_name = "RESULT.ron")]
    pub results: Vec<PathBuf>,
    /// Only cards of this topic (id or title; may be repeated).
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// Only cards about this service (id or name; may be repeated).
    #[arg(long = "service", value_name = "SERVICE")]
    pub services: Vec<String>,
    /// moodle only: also write one matching question per topic (next to
    /// the drag-and-drop question).
    #[arg(long)]
    pub matching: bool,
    /// moodle: which questions: one drag-and-drop question (default), one
    /// per topic, or one per card.
    #[arg(long, value_enum, value_name = "LAYOUT")]
    pub questions: Option<MoodleQuestions>,
    /// qti only: one three-choice item per card (with the explanation as
    /// feedback) instead of one matching item.
    #[arg(long)]
    pub per_card: bool,
    /// xapi only: the class, an http(s) URI: the students' account homePage
    /// and the base of the activity ids.
    #[arg(long, value_name = "URI")]
    pub class_uri: Option<String>,
    /// xapi only: which attempt these results are; another number gives new
    /// statement ids.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub attempt: u32,
    /// The file to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace the file if it exists (never one of the inputs).
    #[arg(long)]
    pub force: bool,
}

/// What `export` reads and where it writes, for `cli::output`.
fn output_spec(args: &ExportArgs, inputs: Vec<PathBuf>) -> super::output::Output<'static> {
    super::output::Output {
        command: "export",
        flag: "--out",
        force: args.force,
        inputs,
    }
}

/// A format's name, and its kind of questions, in the terminal's language
/// (the model's `Format::label` is English).
fn format_words(tr: &Translator, format: Format) -> String {
    match format {
        Format::Moodle => tr!(tr, "cli-format-moodle"),
        Format::MoodlePerTopic => tr!(tr, "cli-format-moodle-per-topic"),
        Format::MoodlePerCard => tr!(tr, "cli-format-moodle-per-card"),
        Format::Qti => tr!(tr, "cli-format-qti"),
        Format::QtiPerCard => tr!(tr, "cli-format-qti-per-card"),
        Format::Anki => tr!(tr, "cli-format-anki"),
        Format::Quizlet => tr!(tr, "cli-format-quizlet"),
    }
}

fn usage(message: impl Into<String>) -> CliError {
    CliError::Export(message.into())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    write_atomic(path, bytes).map_err(|e| CliError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

/// Runs `export`. `catalog` is asked for only when a deck is exported.
/// Returns 1 when some result file was left out (the others are written),
/// else 0.
pub fn export(
    args: &ExportArgs,
    catalog: impl FnOnce() -> Catalog,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let mut inputs: Vec<PathBuf> = args.exercise.iter().cloned().collect();
    inputs.extend(args.results.iter().cloned());
    super::output::check_output(&args.out, &output_spec(args, inputs))?;
    match args.format.card_format() {
        Some(format) => export_card_format(format, args, catalog, tr, out).map(|()| 0),
        None => export_xapi(args, tr, out, err),
    }
}

fn export_card_format(
    format: Format,
    args: &ExportArgs,
    catalog: impl FnOnce() -> Catalog,
    tr: &Translator,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if !args.results.is_empty() || args.class_uri.is_some() {
        return Err(usage(tr!(tr, "cli-export-xapi-options")));
    }
    if (args.matching || args.questions.is_some()) && format != Format::Moodle {
        return Err(usage(tr!(tr, "cli-export-moodle-options")));
    }
    if args.per_card && format != Format::Qti {
        return Err(usage(tr!(tr, "cli-export-qti-option")));
    }
    if args.matching && args.questions.is_some_and(|q| q != MoodleQuestions::One) {
        return Err(usage(tr!(tr, "cli-export-matching")));
    }
    let format = match (format, args.questions, args.per_card) {
        (Format::Moodle, Some(MoodleQuestions::PerTopic), _) => Format::MoodlePerTopic,
        (Format::Moodle, Some(MoodleQuestions::PerCard), _) => Format::MoodlePerCard,
        (Format::Qti, _, true) => Format::QtiPerCard,
        (format, _, _) => format,
    };
    let filter = CardFilter {
        topics: args.topics.clone(),
        services: args.services.clone(),
    };
    let catalog_holder;
    let exercise_holder: Exercise;
    let set = match (&args.deck, &args.exercise) {
        (Some(id), None) => {
            catalog_holder = catalog();
            let Some(loaded) = catalog_holder.deck(id) else {
                let known: Vec<&str> = catalog_holder
                    .decks
                    .iter()
                    .map(|d| d.deck.id.as_str())
                    .collect();
                return Err(CliError::UnknownDeck {
                    id: id.clone(),
                    known: known.join(", "),
                });
            };
            if let crate::model::Origin::File(file) = &loaded.origin {
                super::output::check_output(&args.out, &output_spec(args, vec![file.clone()]))?;
            }
            CardSet::from_deck(&loaded.deck)
        }
        (None, Some(path)) => {
            exercise_holder = load_exercise_arg(path, tr)?;
            CardSet::from_exercise(&exercise_holder)
        }
        _ => return Err(usage(tr!(tr, "cli-export-what"))),
    };
    let unknown = filter.unknown(set.deck);
    if !unknown.is_empty() {
        return Err(usage(tr!(
            tr,
            "cli-export-unknown-filter",
            unknown = (unknown.iter())
                .map(|u| u.localized(tr))
                .collect::<Vec<_>>()
                .join(", "),
            id = set.deck.id.as_str(),
            topics = set
                .deck
                .topics
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            services = set
                .deck
                .services
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )));
    }
    let set = set.filtered(&filter);
    let options = ExportOptions {
        moodle_matching_per_topic: args.matching,
    };
    let bytes = export_cards(format, &set, &options).map_err(|e| usage(e.localized(tr)))?;
    write(&args.out, &bytes)?;
    let n = set.items.len();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-export-wrote-cards",
            cards = n,
            title = set.title.as_str(),
            format = format_words(tr, format),
            path = args.out.display().to_string()
        )
    );
    Ok(())
}

fn export_xapi(
    args: &ExportArgs,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    if args.deck.is_some()
        || !args.topics.is_empty()
        || !args.services.is_empty()
        || args.matching
        || args.questions.is_some()
        || args.per_card
    {
        return Err(usage(tr!(tr, "cli-export-xapi-takes")));
    }
    let Some(exercise_path) = &args.exercise else {
        return Err(usage(tr!(tr, "cli-export-xapi-needs-exercise")));
    };
    let Some(class_uri) = &args.class_uri else {
        return Err(usage(tr!(tr, "cli-export-xapi-needs-class")));
    };
    if args.results.is_empty() {
        return Err(usage(tr!(tr, "cli-export-xapi-needs-results")));
    }
    let options = XapiOptions {
        attempt: args.attempt,
        ..XapiOptions::new(class_uri)
    };
    xapi::check_class_uri(&options.class_uri).map_err(|e| usage(e.localized(tr)))?;
    let exercise = load_exercise_arg(exercise_path, tr)?;
    let (results, left_out) = usable_results(&exercise, exercise_path, &args.results, tr, err);
    if results.is_empty() {
        return Err(usage(tr!(tr, "cli-export-xapi-nothing")));
    }
    let text =
        xapi::statements_json(&exercise, &results, &options).map_err(|e| usage(e.localized(tr)))?;
    write(&args.out, text.as_bytes())?;
    let n = results.len();
    let statements = n * (exercise.deck.items.len() + 1);
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-export-wrote-xapi",
            statements = statements,
            students = n,
            cards = exercise.deck.items.len(),
            path = args.out.display().to_string()
        )
    );
    Ok(if left_out == 0 { 0 } else { 1 })
}

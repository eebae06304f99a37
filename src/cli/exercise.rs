//! `srm-study exercise new`: the builder's exercise files from the command
//! line. The cards are chosen as the Sort start screen chooses them
//! (`model::session::choose_cards`), then put back in deck order, as the
//! builder lists them, and written by `io::exercise_files`, as the builder
//! writes them.

use std::collections::BTreeSet;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::CliError;
use super::output::{Output, check_output};
use crate::i18n::Translator;
use crate::io::exercise_files::{
    copy_path_for, key_path_for, random_salt, write_exercise_files, write_student_copy,
};
use crate::model::exercise::Exercise;
use crate::model::load::is_valid_id;
use crate::model::session::{Feedback, Selection, SessionOptions, choose_cards};
use crate::model::{Catalog, Origin};
use crate::tr;

/// What `exercise` does.
#[derive(Debug, Clone, Subcommand)]
pub enum ExerciseCommand {
    /// Write a new exercise file from cards of a loaded deck (with
    /// --sealed: a student file without owners and its answer key
    /// FILE.key.ron).
    New(NewArgs),
}

/// When marks appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FeedbackArg {
    /// After each placement.
    Instant,
    /// After the check.
    End,
}

/// The options of `exercise new`.
#[derive(Debug, Clone, Args)]
pub struct NewArgs {
    /// The loaded deck the cards come from (see `srm-study list`).
    #[arg(long, value_name = "ID")]
    pub deck: String,
    /// Only cards of this topic id (may be repeated).
    #[arg(long = "topic", value_name = "T")]
    pub topics: Vec<String>,
    /// Only cards about this service id (may be repeated).
    #[arg(long = "service", value_name = "S")]
    pub services: Vec<String>,
    /// How many cards (default: all that match), chosen at random by --seed.
    #[arg(long, value_name = "N")]
    pub count: Option<usize>,
    /// The seed that chooses the cards and the exercise's seed.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub seed: u64,
    /// When marks appear.
    #[arg(long, value_enum, default_value_t = FeedbackArg::Instant)]
    pub feedback: FeedbackArg,
    /// Seal it: the student file has no owners, the answer key FILE.key.ron
    /// stays with you and grades the results.
    #[arg(long)]
    pub sealed: bool,
    /// A wrong placement costs a point.
    #[arg(long)]
    pub penalty: bool,
    /// A time limit in seconds.
    #[arg(long, value_name = "SECS")]
    pub time_limit: Option<u32>,
    /// The exercise id (default: the file name without .ron).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The title students see (default: the deck's title).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Instructions shown before the student starts.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub instructions: String,
    /// The exercise file to write.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace the file (and its answer key) if they exist; the old key is
    /// kept as FILE.replaced-FINGERPRINT.key.ron to grade the copies already
    /// handed out.
    #[arg(long)]
    pub force: bool,
    /// Also write the student file in this language, as FILE.LANG.ron: the
    /// same cards, order, options and answer key, so one class report
    /// grades every copy (may be repeated).
    #[arg(long = "also-in", value_name = "LANG", value_parser = super::parse_language)]
    pub also_in: Vec<crate::i18n::Language>,
}

/// Runs `exercise new` over the decks as written: the exercise's cards are
/// in the language of `tr` (the command's `--lang`), and each `--also-in`
/// language gets a student file of its own. Returns what was written, as
/// a sentence.
pub fn exercise_new(
    written: &Catalog,
    args: &NewArgs,
    tr: &Translator,
) -> Result<String, CliError> {
    let catalog = &written.for_language(tr.language());
    let exercise = build(catalog, args, tr)?;
    // Each copy is built the same way from the decks in its language, and
    // keeps the first one's id: the same cards in the same order, so the
    // same fingerprint once sealed with the same salt.
    let mut copies = Vec::new();
    for language in &args.also_in {
        if *language == tr.language() || copies.iter().any(|(l, _, _)| l == language) {
            continue;
        }
        let mut copy = build(&written.for_language(*language), args, tr)?;
        copy.id = exercise.id.clone();
        let path = copy_path_for(&args.out, language.tag());
        copies.push((*language, copy, path));
    }
    // The deck's own file is an input; the file and its key are outputs.
    let inputs: Vec<PathBuf> = match catalog.deck(&args.deck).map(|d| &d.origin) {
        Some(Origin::File(file)) => vec![file.clone()],
        _ => Vec::new(),
    };
    let outputs = [args.out.clone(), key_path_for(&args.out)]
        .into_iter()
        .chain(copies.iter().map(|(_, _, path)| path.clone()));
    for out in outputs {
        let exists_as_key = out == key_path_for(&args.out);
        // A key beside an unsealed file is moved aside, not replaced: only
        // a sealed write replaces one, so only then does it need --force.
        if exists_as_key && !args.sealed {
            continue;
        }
        check_output(
            &out,
            &Output {
                command: "exercise new",
                flag: "--out",
                force: args.force,
                inputs: inputs.clone(),
            },
        )?;
    }
    let salt = args.sealed.then(random_salt);
    let written = write_exercise_files(&args.out, &exercise, salt)
        .map_err(|e| CliError::Export(e.localized(tr)))?;
    let mut copies_written = Vec::new();
    for (_, copy, path) in &copies {
        write_student_copy(path, copy, salt).map_err(|e| CliError::Export(e.localized(tr)))?;
        copies_written.push(path.display().to_string());
    }
    let cards = exercise.deck.items.len();
    let mut sentence = match written.key {
        Some(key) => tr!(
            tr,
            "cli-exercise-wrote-sealed",
            file = written.exercise.display().to_string(),
            cards = cards,
            key = key.display().to_string()
        ),
        None => tr!(
            tr,
            "cli-exercise-wrote",
            file = written.exercise.display().to_string(),
            cards = cards
        ),
    };
    // Fewer cards than asked is said, never done silently.
    if let Some(asked) = args.count.filter(|&asked| asked > cards) {
        sentence = tr!(
            tr,
            "cli-exercise-fewer-cards",
            sentence = sentence,
            cards = cards,
            asked = asked
        );
    }
    if !copies_written.is_empty() {
        sentence = tr!(
            tr,
            "cli-exercise-copies",
            sentence = sentence,
            files = copies_written.join(", ")
        );
    }
    if let Some(aside) = &written.old_key {
        sentence = tr!(
            tr,
            "cli-exercise-old-key",
            sentence = sentence,
            key = aside.display().to_string()
        );
    }
    Ok(sentence)
}

/// The exercise `exercise new` writes (before sealing).
pub fn build(catalog: &Catalog, args: &NewArgs, tr: &Translator) -> Result<Exercise, CliError> {
    let Some(loaded) = catalog.deck(&args.deck) else {
        let known: Vec<&str> = catalog.decks.iter().map(|d| d.deck.id.as_str()).collect();
        return Err(CliError::UnknownDeck {
            id: args.deck.clone(),
            known: known.join(", "),
        });
    };
    let deck = &loaded.deck;
    for topic in &args.topics {
        if !deck.topics.iter().any(|t| &t.id == topic) {
            let known: Vec<&str> = deck.topics.iter().map(|t| t.id.as_str()).collect();
            return Err(CliError::Export(tr!(
                tr,
                "cli-exercise-no-topic",
                deck = deck.id.as_str(),
                topic = topic.as_str(),
                known = known.join(", ")
            )));
        }
    }
    for service in &args.services {
        if !deck.services.iter().any(|s| &s.id == service) {
            let known: Vec<&str> = deck.services.iter().map(|s| s.id.as_str()).collect();
            return Err(CliError::Export(tr!(
                tr,
                "cli-exercise-no-service",
                deck = deck.id.as_str(),
                service = service.as_str(),
                known = known.join(", ")
            )));
        }
    }
    let selection = Selection {
        decks: BTreeSet::from([args.deck.clone()]),
        topics: args.topics.iter().cloned().collect(),
        services: args.services.iter().cloned().collect(),
        count: args.count,
    };
    let mut cards = choose_cards(catalog, &selection, args.seed);
    // The builder lists its chosen cards in deck order.
    cards.sort();
    if cards.is_empty() {
        return Err(CliError::Export(tr!(tr, "cli-exercise-no-cards")));
    }
    let id = match &args.id {
        Some(id) => id.clone(),
        None => {
            let name = args
                .out
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let stem = name.strip_suffix(".ron").unwrap_or(&name).to_owned();
            if !is_valid_id(&stem) {
                return Err(CliError::Export(tr!(
                    tr,
                    "cli-exercise-bad-id",
                    stem = stem.as_str()
                )));
            }
            stem
        }
    };
    let title = args.title.clone().unwrap_or_else(|| deck.title.clone());
    let options = SessionOptions {
        feedback: match args.feedback {
            FeedbackArg::Instant => Feedback::Instant,
            FeedbackArg::End => Feedback::AtEnd,
        },
        penalty: args.penalty,
        time_limit_secs: args.time_limit,
        seed: args.seed,
        ..SessionOptions::default()
    };
    let mut exercise = Exercise::from_cards(id.trim(), title.trim(), catalog, &cards, options)
        .map_err(|e| {
            CliError::Export(tr!(tr, "cli-exercise-not-built", error = e.localized(tr)))
        })?;
    exercise.instructions = args.instructions.trim().to_owned();
    Ok(exercise)
}

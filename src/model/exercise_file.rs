//! The instructor's two file formats: an [`Exercise`] (a titled set of cards
//! with the options to run it, self-contained) and an [`ExerciseResult`] (one
//! student's first attempt at it).
//!
//! Both are plain serde data read with [`parse_ron`] and checked by
//! [`validate_exercise`] and [`validate_result`], which report every problem at
//! once. The formats are a public contract documented in `content/README.md`.
//! A result never carries a trusted score: scores are always computed by
//! grading its placements against the exercise's own cards (see
//! `model::report`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer, Serialize};
use thiserror::Error;

use super::catalog::{CardRef, Catalog};
use super::deck::{Deck, Item, Layer, Owner, Service, Source, Topic};
use super::load::{
    ErrorKind, LoadError, MAX_ID_LEN, is_valid_id, load_deck_bytes, parse_ron, read_limited,
    to_pretty_ron, validate_deck,
};
use super::session::{ExerciseOptions, Feedback, FirstAttempt};

/// Longest student name accepted, in characters.
pub const MAX_STUDENT_LEN: usize = 200;

/// An exercise an instructor hands out: the cards travel with it, so a
/// student needs nothing else to take it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Names the exercise; results refer to it. Lowercase letters, digits, '-'.
    pub id: String,
    /// Shown to the student.
    pub title: String,
    /// Optional text shown before the student starts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub instructions: String,
    /// Optional time limit in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_secs: Option<u32>,
    /// When marks appear (default: `Instant`).
    #[serde(default)]
    pub feedback: Feedback,
    /// Whether a wrong placement costs a point (default: false).
    #[serde(default)]
    pub penalty: bool,
    /// Whether the order of the three bins is shuffled (default: false).
    #[serde(default)]
    pub shuffle_bins: bool,
    /// The seed of the shuffle: every student gets the same order (default: 0).
    #[serde(default)]
    pub seed: u64,
    /// The cards, with the topics, sources, layers and services they use; written
    /// last so the options stay at the top of the file.
    pub deck: Deck,
}

impl Exercise {
    /// The options to run a [`super::session::Session`] with.
    pub fn options(&self) -> ExerciseOptions {
        ExerciseOptions {
            feedback: self.feedback,
            penalty: self.penalty,
            time_limit_secs: self.time_limit_secs,
            shuffle_bins: self.shuffle_bins,
            seed: self.seed,
        }
    }

    /// Sets the run options from an [`ExerciseOptions`].
    pub fn set_options(&mut self, options: &ExerciseOptions) {
        self.feedback = options.feedback;
        self.penalty = options.penalty;
        self.time_limit_secs = options.time_limit_secs;
        self.shuffle_bins = options.shuffle_bins;
        self.seed = options.seed;
    }

    /// Builds a self-contained exercise from cards of the catalog: its deck
    /// holds only the chosen items (in the order given, repeats dropped) and
    /// the topics, sources, layers and services they refer to.
    ///
    /// Cards from one deck keep that deck's id and title. Cards from several
    /// decks are merged into one deck with the exercise's id and title; an id
    /// that two decks use for different entries gets the deck id as a prefix
    /// (`srm-core-root-mfa`), so every id stays unique.
    pub fn from_cards(
        id: &str,
        title: &str,
        catalog: &Catalog,
        cards: &[CardRef],
        options: ExerciseOptions,
    ) -> Result<Exercise, BuildError> {
        if cards.is_empty() {
            return Err(BuildError::NoCards);
        }
        let mut seen = HashSet::new();
        let mut chosen: Vec<CardRef> = Vec::new();
        for card in cards {
            if catalog.item(*card).is_none() {
                return Err(BuildError::UnknownCard(*card));
            }
            if seen.insert(*card) {
                chosen.push(*card);
            }
        }
        let deck_indices: Vec<usize> = {
            let mut v: Vec<usize> = chosen.iter().map(|c| c.deck).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let deck = if let [only] = deck_indices.as_slice() {
            let source = &catalog.decks[*only].deck;
            let mut merger = Merger::new(source.id.clone(), source.title.clone());
            merger.deck.description = source.description.clone();
            merger.add_cards(catalog, &chosen);
            merger.deck
        } else {
            let names: Vec<&str> = deck_indices
                .iter()
                .filter_map(|d| catalog.decks.get(*d).map(|l| l.deck.id.as_str()))
                .collect();
            let mut merger = Merger::new(id.to_owned(), title.to_owned());
            merger.deck.description = format!("Cards from the decks {}.", names.join(", "));
            merger.add_cards(catalog, &chosen);
            merger.deck
        };
        let mut exercise = Exercise {
            id: id.to_owned(),
            title: title.to_owned(),
            instructions: String::new(),
            deck,
            time_limit_secs: None,
            feedback: Feedback::default(),
            penalty: false,
            shuffle_bins: false,
            seed: 0,
        };
        exercise.set_options(&options);
        let errors = validate_exercise("new exercise", &exercise);
        if errors.is_empty() {
            Ok(exercise)
        } else {
            Err(BuildError::Invalid(errors))
        }
    }

    /// The item with this id, if the exercise has it.
    pub fn item(&self, item_id: &str) -> Option<&Item> {
        self.deck.items.iter().find(|i| i.id == item_id)
    }
}

/// Why [`Exercise::from_cards`] could not build an exercise.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BuildError {
    /// No card was chosen.
    #[error("choose at least one card for the exercise")]
    NoCards,
    /// A card reference does not point into the catalog.
    #[error("card {} of deck {} is not in the catalog", .0.item, .0.deck)]
    UnknownCard(CardRef),
    /// The exercise breaks a rule (a bad id, an empty title...).
    #[error("{}", join_errors(.0))]
    Invalid(Vec<LoadError>),
}

fn join_errors(errors: &[LoadError]) -> String {
    errors
        .iter()
        .map(describe_error)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A [`LoadError`] without its file name: `line 3, column 5: message` or
/// `item "x": message`, for places that already name the file.
pub fn describe_error(error: &LoadError) -> String {
    match (error.position, error.context.is_empty()) {
        (Some((line, col)), _) => format!("line {line}, column {col}: {}", error.message),
        (None, true) => error.message.clone(),
        (None, false) => format!("{}: {}", error.context, error.message),
    }
}

/// Copies items from catalog decks into one new deck, carrying along what
/// they refer to and renaming ids that clash.
struct Merger {
    deck: Deck,
    /// (source deck, kind, old id) -> new id.
    renames: HashMap<(usize, Kind, String), String>,
    taken: HashMap<Kind, HashSet<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Item,
    Layer,
    Service,
    Source,
    Topic,
}

impl Merger {
    fn new(id: String, title: String) -> Self {
        Self {
            deck: Deck {
                id,
                title,
                description: String::new(),
                sources: Vec::new(),
                layers: Vec::new(),
                services: Vec::new(),
                topics: Vec::new(),
                items: Vec::new(),
            },
            renames: HashMap::new(),
            taken: HashMap::new(),
        }
    }

    fn add_cards(&mut self, catalog: &Catalog, cards: &[CardRef]) {
        // Per source deck, the entries the chosen items need.
        let mut needs: BTreeMap<usize, Needs> = BTreeMap::new();
        for card in cards {
            let Some(item) = catalog.item(*card) else {
                continue;
            };
            let need = needs.entry(card.deck).or_default();
            need.topics.insert(item.topic.clone());
            need.sources.extend(item.sources.iter().cloned());
            need.services.extend(item.services.iter().cloned());
            if !item.layer.is_empty() {
                need.layers.insert(item.layer.clone());
            }
        }
        // Services bring the layers their maps name.
        for (d, need) in &mut needs {
            let Some(loaded) = catalog.decks.get(*d) else {
                continue;
            };
            for service in &loaded.deck.services {
                if need.services.contains(&service.id) {
                    need.layers.extend(service.layers.keys().cloned());
                }
            }
        }
        // Entries in each source deck's own order, so the stack stays bottom to top.
        for (d, need) in &needs {
            let Some(loaded) = catalog.decks.get(*d) else {
                continue;
            };
            let deck = &loaded.deck;
            for layer in deck.layers.iter().filter(|l| need.layers.contains(&l.id)) {
                if let Some(new_id) = self.place(*d, &deck.id, Kind::Layer, &layer.id, |m, id| {
                    m.deck.layers.iter().any(|l| l.id == id && l == layer)
                }) {
                    self.deck.layers.push(Layer {
                        id: new_id,
                        ..layer.clone()
                    });
                }
            }
            for source in deck.sources.iter().filter(|s| need.sources.contains(&s.id)) {
                if let Some(new_id) = self.place(*d, &deck.id, Kind::Source, &source.id, |m, id| {
                    m.deck.sources.iter().any(|s| s.id == id && s == source)
                }) {
                    self.deck.sources.push(Source {
                        id: new_id,
                        ..source.clone()
                    });
                }
            }
            for topic in deck.topics.iter().filter(|t| need.topics.contains(&t.id)) {
                if let Some(new_id) = self.place(*d, &deck.id, Kind::Topic, &topic.id, |m, id| {
                    m.deck.topics.iter().any(|t| t.id == id && t == topic)
                }) {
                    self.deck.topics.push(Topic {
                        id: new_id,
                        ..topic.clone()
                    });
                }
            }
            for service in deck
                .services
                .iter()
                .filter(|s| need.services.contains(&s.id))
            {
                let layers: BTreeMap<String, Owner> = service
                    .layers
                    .iter()
                    .map(|(l, o)| (self.renamed(*d, Kind::Layer, l), *o))
                    .collect();
                let renamed = Service {
                    layers,
                    ..service.clone()
                };
                if let Some(new_id) =
                    self.place(*d, &deck.id, Kind::Service, &service.id, |m, id| {
                        m.deck.services.iter().any(|s| s.id == id && *s == renamed)
                    })
                {
                    self.deck.services.push(Service {
                        id: new_id,
                        ..renamed
                    });
                }
            }
        }
        // Items last, in the order chosen.
        for card in cards {
            let (Some(item), Some(loaded)) = (catalog.item(*card), catalog.decks.get(card.deck))
            else {
                continue;
            };
            let d = card.deck;
            let new_id = self.fresh_id(Kind::Item, &loaded.deck.id, &item.id);
            self.renames
                .insert((d, Kind::Item, item.id.clone()), new_id.clone());
            let copy = Item {
                id: new_id,
                topic: self.renamed(d, Kind::Topic, &item.topic),
                layer: if item.layer.is_empty() {
                    String::new()
                } else {
                    self.renamed(d, Kind::Layer, &item.layer)
                },
                services: item
                    .services
                    .iter()
                    .map(|s| self.renamed(d, Kind::Service, s))
                    .collect(),
                sources: item
                    .sources
                    .iter()
                    .map(|s| self.renamed(d, Kind::Source, s))
                    .collect(),
                ..item.clone()
            };
            self.deck.items.push(copy);
        }
    }

    /// Decides the id of an entry of deck `d`. Returns `None` when an equal
    /// entry with the same id is already in the new deck (it is shared), or
    /// the id to add it under.
    fn place(
        &mut self,
        d: usize,
        deck_id: &str,
        kind: Kind,
        id: &str,
        same_exists: impl Fn(&Self, &str) -> bool,
    ) -> Option<String> {
        if same_exists(self, id) {
            self.renames.insert((d, kind, id.to_owned()), id.to_owned());
            return None;
        }
        let new_id = self.fresh_id(kind, deck_id, id);
        self.renames
            .insert((d, kind, id.to_owned()), new_id.clone());
        Some(new_id)
    }

    /// `id` if free, else `deck-id`, else `deck-id-2`, `-3`... (at most
    /// [`MAX_ID_LEN`] characters); marks the result taken.
    fn fresh_id(&mut self, kind: Kind, deck_id: &str, id: &str) -> String {
        let taken = self.taken.entry(kind).or_default();
        let prefixed = clip(&format!("{deck_id}-{id}"), MAX_ID_LEN);
        let mut candidate = id.to_owned();
        if taken.contains(&candidate) {
            candidate = prefixed.clone();
        }
        let mut n = 2u32;
        while taken.contains(&candidate) {
            let suffix = format!("-{n}");
            candidate = format!(
                "{}{suffix}",
                clip(&prefixed, MAX_ID_LEN.saturating_sub(suffix.len()))
            );
            n += 1;
        }
        taken.insert(candidate.clone());
        candidate
    }

    fn renamed(&self, d: usize, kind: Kind, id: &str) -> String {
        self.renames
            .get(&(d, kind, id.to_owned()))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }
}

fn clip(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars).collect()
}

#[derive(Default)]
struct Needs {
    layers: HashSet<String>,
    services: HashSet<String>,
    sources: HashSet<String>,
    topics: HashSet<String>,
}

/// One placement of a student's first attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The id of an item of the exercise's deck.
    pub item: String,
    /// The bin the student put it in.
    pub placed: Owner,
}

/// One student's first attempt at an exercise, as handed back to the
/// instructor. Cards the student did not place have no [`Answer`].
///
/// A `score:` field written by other tools is accepted and ignored: the
/// score is always computed from the answers. Build one with
/// [`ExerciseResult::new`] or [`ExerciseResult::from_attempt`].
// The private field is the ignored `score:`, not a non-exhaustive marker.
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseResult {
    /// The id of the exercise taken.
    pub exercise: String,
    /// Who took it.
    pub student: String,
    /// The cards placed in the first attempt; unplaced cards are absent.
    pub answers: Vec<Answer>,
    /// Seconds from start to the first check.
    pub seconds: u64,
    /// Optional: when the attempt was checked, e.g. `2026-11-20T10:15:00Z`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub finished_at: String,
    /// Optional: the version of the app that wrote the file.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    /// A score written into the file is never trusted; it is skipped.
    #[serde(
        default,
        rename = "score",
        skip_serializing,
        deserialize_with = "skip_value"
    )]
    ignored_score: (),
}

fn skip_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<(), D::Error> {
    IgnoredAny::deserialize(deserializer).map(|_| ())
}

impl ExerciseResult {
    /// A result with the required fields; the optional ones are empty.
    pub fn new(exercise: &str, student: &str, answers: Vec<Answer>, seconds: u64) -> Self {
        Self {
            exercise: exercise.to_owned(),
            student: student.to_owned(),
            answers,
            seconds,
            finished_at: String::new(),
            app_version: String::new(),
            ignored_score: (),
        }
    }

    /// The result of a first attempt at the exercise `exercise_id`. The
    /// session must have been built from the exercise's own deck, so the
    /// item ids match. `finished_at` and `app_version` may be empty.
    pub fn from_attempt(
        exercise_id: &str,
        student: &str,
        first: &FirstAttempt,
        finished_at: &str,
        app_version: &str,
    ) -> Self {
        let answers = first
            .cards
            .iter()
            .filter_map(|(card, placed)| {
                placed.map(|placed| Answer {
                    item: card.item_id.clone(),
                    placed,
                })
            })
            .collect();
        Self {
            finished_at: finished_at.to_owned(),
            app_version: app_version.to_owned(),
            ..Self::new(exercise_id, student.trim(), answers, first.seconds)
        }
    }
}

/// What a `.ron` file turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyFile {
    /// A deck (`Deck(...)`).
    Deck(Deck),
    /// An exercise (`Exercise(...)`).
    Exercise(Exercise),
    /// A student's result (`ExerciseResult(...)`).
    Result(ExerciseResult),
}

/// The kinds of file [`sniff_kind`] recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Starts with `Deck(`.
    Deck,
    /// Starts with `Exercise(`.
    Exercise,
    /// Starts with `ExerciseResult(`.
    Result,
}

impl FileKind {
    /// The type name the file starts with.
    pub fn type_name(self) -> &'static str {
        match self {
            FileKind::Deck => "Deck",
            FileKind::Exercise => "Exercise",
            FileKind::Result => "ExerciseResult",
        }
    }
}

/// What the first identifier of a RON file is, skipping a byte-order mark,
/// white space, comments and `#![enable(..)]` attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sniffed {
    /// One of the known file types.
    Known(FileKind),
    /// Some other name, with its one-based line and column.
    Other(String, (usize, usize)),
    /// No name comes first (empty, or an unnamed `(...)`).
    Nothing,
}

/// Looks at the first identifier of a RON file to tell a deck, an exercise
/// and a result apart without parsing the whole file.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut i = 0;
    let at = |i: usize| bytes.get(i).copied();
    loop {
        match (at(i), at(i + 1)) {
            (Some(c), _) if c.is_ascii_whitespace() => i += 1,
            (Some(b'/'), Some(b'/')) => {
                while at(i).is_some_and(|c| c != b'\n') {
                    i += 1;
                }
            }
            (Some(b'/'), Some(b'*')) => {
                // Block comments nest in RON.
                let mut depth = 0usize;
                loop {
                    match (at(i), at(i + 1)) {
                        (Some(b'/'), Some(b'*')) => {
                            depth += 1;
                            i += 2;
                        }
                        (Some(b'*'), Some(b'/')) => {
                            depth -= 1;
                            i += 2;
                            if depth == 0 {
                                break;
                            }
                        }
                        (Some(_), _) => i += 1,
                        (None, _) => return Sniffed::Nothing,
                    }
                }
            }
            (Some(b'#'), Some(b'!')) => {
                while at(i).is_some_and(|c| c != b']') {
                    i += 1;
                }
                i += 1;
            }
            _ => break,
        }
    }
    let start = i;
    while at(i).is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_') {
        i += 1;
    }
    let Some(word) = bytes.get(start..i).filter(|w| !w.is_empty()) else {
        return Sniffed::Nothing;
    };
    match word {
        b"Deck" => Sniffed::Known(FileKind::Deck),
        b"Exercise" => Sniffed::Known(FileKind::Exercise),
        b"ExerciseResult" => Sniffed::Known(FileKind::Result),
        other => {
            let before = String::from_utf8_lossy(&bytes[..start]);
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Sniffed::Other(String::from_utf8_lossy(other).into_owned(), (line, col))
        }
    }
}

/// The kind of file, if its first identifier names one.
pub fn sniff_kind(bytes: &[u8]) -> Option<FileKind> {
    match sniff(bytes) {
        Sniffed::Known(kind) => Some(kind),
        _ => None,
    }
}

/// Parses and validates a deck, an exercise or a result, whichever the file
/// starts with. A file that starts with no name is read as a deck.
pub fn load_any(label: &str, bytes: &[u8]) -> Result<AnyFile, Vec<LoadError>> {
    match sniff(bytes) {
        Sniffed::Known(FileKind::Exercise) => {
            load_exercise_bytes(label, bytes).map(AnyFile::Exercise)
        }
        Sniffed::Known(FileKind::Result) => load_result_bytes(label, bytes).map(AnyFile::Result),
        Sniffed::Known(FileKind::Deck) | Sniffed::Nothing => {
            load_deck_bytes(label, bytes).map(AnyFile::Deck)
        }
        Sniffed::Other(word, position) => Err(vec![LoadError {
            kind: ErrorKind::Syntax,
            path: label.to_owned(),
            position: Some(position),
            context: String::new(),
            message: format!(
                "the file starts with `{word}`; SRM Study files start with `Deck(`, \
                 `Exercise(` or `ExerciseResult(` (see content/README.md)"
            ),
        }]),
    }
}

/// Parses and validates an exercise. All semantic problems are reported at once.
pub fn load_exercise_bytes(label: &str, bytes: &[u8]) -> Result<Exercise, Vec<LoadError>> {
    let exercise: Exercise = parse_ron(label, bytes).map_err(|e| vec![e])?;
    let errors = validate_exercise(label, &exercise);
    if errors.is_empty() {
        Ok(exercise)
    } else {
        Err(errors)
    }
}

/// Parses and validates a student's result. All semantic problems are
/// reported at once.
pub fn load_result_bytes(label: &str, bytes: &[u8]) -> Result<ExerciseResult, Vec<LoadError>> {
    let result: ExerciseResult = parse_ron(label, bytes).map_err(|e| vec![e])?;
    let errors = validate_result(label, &result);
    if errors.is_empty() {
        Ok(result)
    } else {
        Err(errors)
    }
}

/// Reads, parses and validates an exercise file.
pub fn load_exercise_file(path: &Path) -> Result<Exercise, Vec<LoadError>> {
    let bytes = read_limited(path).map_err(|e| vec![e])?;
    load_exercise_bytes(&path.display().to_string(), &bytes)
}

/// Reads, parses and validates a result file.
pub fn load_result_file(path: &Path) -> Result<ExerciseResult, Vec<LoadError>> {
    let bytes = read_limited(path).map_err(|e| vec![e])?;
    load_result_bytes(&path.display().to_string(), &bytes)
}

fn semantic(label: &str, context: &str, message: impl Into<String>) -> LoadError {
    LoadError {
        kind: ErrorKind::Semantic,
        path: label.to_owned(),
        position: None,
        context: context.to_owned(),
        message: message.into(),
    }
}

fn bad_id(what: &str, id: &str) -> String {
    format!(
        "the {what} \"{id}\" is not valid: use lowercase letters, digits and '-', \
         starting with a letter, at most {MAX_ID_LEN} characters"
    )
}

/// Checks an exercise: its id and title, its options, and its deck with
/// the same rules as any deck.
pub fn validate_exercise(label: &str, exercise: &Exercise) -> Vec<LoadError> {
    let ctx = format!("exercise \"{}\"", exercise.id);
    let mut errors = Vec::new();
    if !is_valid_id(&exercise.id) {
        errors.push(semantic(label, &ctx, bad_id("id", &exercise.id)));
    }
    if exercise.title.trim().is_empty() {
        errors.push(semantic(label, &ctx, "the title is empty"));
    }
    if exercise.time_limit_secs == Some(0) {
        errors.push(semantic(
            label,
            &ctx,
            "time_limit_secs is 0; leave it out for no time limit",
        ));
    }
    errors.extend(validate_deck(label, &exercise.deck));
    errors
}

/// Checks a result: the exercise id, the student's name, and that no card
/// is answered twice. Whether the answers name cards of the exercise is
/// checked when grading, against the exercise.
pub fn validate_result(label: &str, result: &ExerciseResult) -> Vec<LoadError> {
    let ctx = format!("result of \"{}\"", result.student.trim());
    let mut errors = Vec::new();
    if !is_valid_id(&result.exercise) {
        errors.push(semantic(
            label,
            &ctx,
            bad_id("exercise id", &result.exercise),
        ));
    }
    let student = result.student.trim();
    if student.is_empty() {
        errors.push(semantic(label, &ctx, "the student name is empty"));
    } else if student.chars().any(char::is_control) {
        errors.push(semantic(
            label,
            &ctx,
            "the student name must be on one line, without tabs or control characters",
        ));
    } else if student.chars().count() > MAX_STUDENT_LEN {
        errors.push(semantic(
            label,
            &ctx,
            format!("the student name is longer than {MAX_STUDENT_LEN} characters"),
        ));
    }
    let mut seen = HashSet::new();
    for answer in &result.answers {
        let answer_ctx = format!("{ctx}: answer \"{}\"", answer.item);
        if !is_valid_id(&answer.item) {
            errors.push(semantic(
                label,
                &answer_ctx,
                bad_id("item id", &answer.item),
            ));
        } else if !seen.insert(answer.item.as_str()) {
            errors.push(semantic(
                label,
                &answer_ctx,
                "this card is answered twice; a result holds one answer per card",
            ));
        }
    }
    errors
}

/// Writes an exercise as pretty RON that loads back equal.
pub fn exercise_to_ron(exercise: &Exercise) -> Result<String, ron::Error> {
    to_pretty_ron(exercise)
}

/// Writes a result as pretty RON that loads back equal.
pub fn result_to_ron(result: &ExerciseResult) -> Result<String, ron::Error> {
    to_pretty_ron(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::Origin;
    use crate::model::session::{Score, SessionCard};

    const DECK: &str = r#"Deck(id: "d", title: "D",
        sources: [Source(id: "s", title: "S")],
        layers: [Layer(id: "l1", title: "L1"), Layer(id: "l2", title: "L2")],
        services: [Service(id: "ec2", name: "EC2", layers: {"l1": Aws, "l2": Customer})],
        topics: [Topic(id: "a", title: "A"), Topic(id: "b", title: "B")],
        items: [
            Item(id: "i1", text: "1", owner: Aws, topic: "a", explanation: "e", services: ["ec2"]),
            Item(id: "i2", text: "2", owner: Customer, topic: "a", explanation: "e", sources: ["s"]),
            Item(id: "i3", text: "3", owner: Shared, topic: "b", explanation: "e", layer: "l2"),
        ])"#;

    fn catalog_of(decks: &[&str]) -> Catalog {
        let mut catalog = Catalog::new();
        for (n, text) in decks.iter().enumerate() {
            let label = format!("deck{n}");
            assert!(
                catalog.add_bytes(&label, Origin::File(label.clone().into()), text.as_bytes()),
                "{:?}",
                catalog.errors
            );
        }
        catalog
    }

    fn card(deck: usize, item: usize) -> CardRef {
        CardRef { deck, item }
    }

    fn sample_exercise() -> Exercise {
        let catalog = catalog_of(&[DECK]);
        Exercise::from_cards(
            "week2-quiz",
            "Week 2 quiz",
            &catalog,
            &[card(0, 2), card(0, 0)],
            ExerciseOptions {
                feedback: Feedback::AtEnd,
                penalty: true,
                time_limit_secs: Some(600),
                shuffle_bins: true,
                seed: 42,
            },
        )
        .expect("builds")
    }

    #[test]
    fn from_cards_keeps_only_what_the_chosen_items_use() {
        let exercise = sample_exercise();
        let deck = &exercise.deck;
        assert_eq!(deck.id, "d");
        let ids: Vec<&str> = deck.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["i3", "i1"], "the order chosen");
        let topics: Vec<&str> = deck.topics.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(topics, ["a", "b"]);
        assert!(deck.sources.is_empty(), "i2 was not chosen");
        assert_eq!(deck.services.len(), 1);
        let layers: Vec<&str> = deck.layers.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(
            layers,
            ["l1", "l2"],
            "the service's map needs both, in order"
        );
        assert_eq!(exercise.options().seed, 42);
        assert_eq!(exercise.options().time_limit_secs, Some(600));
    }

    #[test]
    fn from_cards_merges_decks_and_prefixes_clashing_ids() {
        let other = DECK
            .replace("id: \"d\"", "id: \"e\"")
            .replace("title: \"A\"", "title: \"Another A\"");
        let catalog = catalog_of(&[DECK, &other]);
        let exercise = Exercise::from_cards(
            "mix",
            "Mix",
            &catalog,
            &[card(0, 0), card(1, 0), card(1, 1), card(0, 0)],
            ExerciseOptions::default(),
        )
        .expect("builds");
        let deck = &exercise.deck;
        assert_eq!(deck.id, "mix");
        let ids: Vec<&str> = deck.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["i1", "e-i1", "i2"]);
        let topics: Vec<(&str, &str)> = deck
            .topics
            .iter()
            .map(|t| (t.id.as_str(), t.title.as_str()))
            .collect();
        assert_eq!(topics, [("a", "A"), ("e-a", "Another A")]);
        assert_eq!(deck.items[1].topic, "e-a");
        assert_eq!(deck.items[2].topic, "e-a");
        assert_eq!(deck.services.len(), 1, "equal services are shared");
        assert_eq!(deck.layers.len(), 2, "equal layers are shared");
        assert!(validate_deck("mix", deck).is_empty());
    }

    #[test]
    fn from_cards_refuses_nothing_unknown_cards_and_bad_ids() {
        let catalog = catalog_of(&[DECK]);
        let options = ExerciseOptions::default();
        assert_eq!(
            Exercise::from_cards("x", "X", &catalog, &[], options.clone()),
            Err(BuildError::NoCards)
        );
        assert_eq!(
            Exercise::from_cards("x", "X", &catalog, &[card(0, 9)], options.clone()),
            Err(BuildError::UnknownCard(card(0, 9)))
        );
        let Err(BuildError::Invalid(errors)) =
            Exercise::from_cards("Bad Id", " ", &catalog, &[card(0, 0)], options)
        else {
            panic!("a bad id and an empty title are refused");
        };
        assert_eq!(errors.len(), 2, "{errors:?}");
    }

    #[test]
    fn exercise_round_trips_and_writes_plain_options() {
        let exercise = sample_exercise();
        let text = exercise_to_ron(&exercise).expect("serialises");
        assert!(text.starts_with("Exercise("), "{text}");
        assert!(text.contains("time_limit_secs: 600"), "{text}");
        assert!(!text.contains("Some("), "{text}");
        let back = load_exercise_bytes("x.ron", text.as_bytes()).expect("loads");
        assert_eq!(back, exercise);
    }

    #[test]
    fn minimal_exercise_uses_defaults() {
        let text = format!("Exercise(id: \"q\", title: \"Q\", deck: {DECK})");
        let exercise = load_exercise_bytes("q.ron", text.as_bytes()).expect("loads");
        assert_eq!(exercise.options(), ExerciseOptions::default());
    }

    #[test]
    fn exercise_errors_are_all_reported_with_the_file() {
        let text = format!(
            "Exercise(id: \"Q!\", title: \"\", time_limit_secs: 0, deck: {})",
            DECK.replace("topic: \"b\"", "topic: \"zz\"")
        );
        let errors = load_exercise_bytes("q.ron", text.as_bytes()).expect_err("invalid");
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors.iter().all(|e| e.path == "q.ron"));
        assert!(errors[3].to_string().starts_with("q.ron: item \"i3\": "));

        let unknown = format!("Exercise(id: \"q\", title: \"Q\", colour: 3, deck: {DECK})");
        let errors = load_exercise_bytes("q.ron", unknown.as_bytes()).expect_err("unknown field");
        assert_eq!(errors[0].kind, ErrorKind::Syntax);
        assert!(errors[0].message.contains("colour"), "{errors:?}");
    }

    fn attempt() -> FirstAttempt {
        let cards = [
            ("i1", Owner::Aws),
            ("i2", Owner::Customer),
            ("i3", Owner::Shared),
        ]
        .iter()
        .enumerate()
        .map(|(n, (id, owner))| SessionCard {
            card: card(0, n),
            deck_id: "d".into(),
            item_id: (*id).into(),
            topic: "a".into(),
            owner: *owner,
        })
        .collect::<Vec<_>>();
        FirstAttempt {
            cards: vec![
                (cards[0].clone(), Some(Owner::Aws)),
                (cards[1].clone(), None),
                (cards[2].clone(), Some(Owner::Aws)),
            ],
            score: Score::default(),
            seconds: 75,
        }
    }

    #[test]
    fn result_from_attempt_leaves_out_unplaced_cards_and_round_trips() {
        let result = ExerciseResult::from_attempt(
            "week2-quiz",
            "  Ana Silva ",
            &attempt(),
            "2026-11-20T10:15:00Z",
            "0.1.0",
        );
        assert_eq!(result.student, "Ana Silva");
        assert_eq!(
            result.answers,
            vec![
                Answer {
                    item: "i1".into(),
                    placed: Owner::Aws
                },
                Answer {
                    item: "i3".into(),
                    placed: Owner::Aws
                },
            ]
        );
        assert_eq!(result.seconds, 75);
        let text = result_to_ron(&result).expect("serialises");
        assert!(text.starts_with("ExerciseResult("), "{text}");
        assert!(!text.contains("score"), "{text}");
        assert_eq!(
            load_result_bytes("r.ron", text.as_bytes()).expect("loads"),
            result
        );
    }

    #[test]
    fn a_result_file_with_an_added_score_field_loads_and_ignores_it() {
        for score in [
            "score: 99",
            "score: 87.5",
            "score: Score(points: 3, max: 3)",
        ] {
            let text = format!(
                "ExerciseResult(exercise: \"q\", student: \"Ana\", {score}, \
                 answers: [Answer(item: \"i1\", placed: Aws)], seconds: 3)"
            );
            let result = load_result_bytes("r.ron", text.as_bytes()).expect("loads");
            assert_eq!(
                result,
                ExerciseResult::new(
                    "q",
                    "Ana",
                    vec![Answer {
                        item: "i1".into(),
                        placed: Owner::Aws
                    }],
                    3
                )
            );
        }
        let typo = "ExerciseResult(exercise: \"q\", student: \"A\", answer: [], seconds: 3)";
        assert!(load_result_bytes("r.ron", typo.as_bytes()).is_err());
    }

    #[test]
    fn result_errors_are_all_reported() {
        let text = "ExerciseResult(exercise: \"Week 2\", student: \" \", seconds: 1, answers: [
            Answer(item: \"a\", placed: Aws), Answer(item: \"a\", placed: Shared),
            Answer(item: \"B\", placed: Aws)])";
        let errors = load_result_bytes("r.ron", text.as_bytes()).expect_err("invalid");
        assert_eq!(errors.len(), 4, "{errors:?}");
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            shown[2].starts_with("r.ron: result of \"\": answer \"a\": "),
            "{shown:?}"
        );
    }

    #[test]
    fn sniff_skips_bom_comments_and_attributes() {
        assert_eq!(sniff(b"Deck(id: \"x\")"), Sniffed::Known(FileKind::Deck));
        assert_eq!(
            sniff(b"\xEF\xBB\xBF// a note\n/* block /* nested */ */\n  Exercise("),
            Sniffed::Known(FileKind::Exercise)
        );
        assert_eq!(
            sniff(b"#![enable(implicit_some)]\r\nExerciseResult ("),
            Sniffed::Known(FileKind::Result)
        );
        assert_eq!(
            sniff(b"\n  hello world"),
            Sniffed::Other("hello".into(), (2, 3))
        );
        assert_eq!(sniff(b"(id: \"x\")"), Sniffed::Nothing);
        assert_eq!(sniff(b"/* never closed"), Sniffed::Nothing);
        assert_eq!(sniff(b""), Sniffed::Nothing);
    }

    #[test]
    fn load_any_tells_the_three_kinds_apart() {
        assert!(matches!(
            load_any("d.ron", DECK.as_bytes()),
            Ok(AnyFile::Deck(_))
        ));
        let exercise = exercise_to_ron(&sample_exercise()).expect("ron");
        assert!(matches!(
            load_any("e.ron", exercise.as_bytes()),
            Ok(AnyFile::Exercise(_))
        ));
        let result = result_to_ron(&ExerciseResult::new("q", "Ana", vec![], 0)).expect("ron");
        assert!(matches!(
            load_any("r.ron", result.as_bytes()),
            Ok(AnyFile::Result(_))
        ));
        let errors = load_any("g.ron", b"garbage here").expect_err("garbage");
        assert_eq!(errors[0].to_string().split(':').nth(1), Some("1"));
        assert!(errors[0].message.contains("garbage"), "{errors:?}");
    }
}

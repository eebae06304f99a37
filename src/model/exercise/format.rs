//! The exercise file format, validating and writing exercise and result
//! files, and telling the kinds of file apart by their first name.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::result::{ExerciseResult, normalize_name};
use super::sealed_card::{SealedCard, fingerprint_of, sealed_card, sealed_item};
use crate::i18n::Msg;
use crate::model::deck::{Deck, Item};
use crate::model::load::{
    About, ErrorKind, LoadError, bad_id, is_valid_id, load_deck_bytes, parse_ron, to_pretty_ron,
    validate_deck,
};
use crate::model::session::{Feedback, SessionOptions};
use crate::msg;

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
    /// Sealed: the run shows no marks and no score; the instructor grades
    /// the results against the answer key (default: false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub sealed: bool,
    /// Only in an answer key (`NAME.key.ron`): the secret, 16 hex digits,
    /// that goes into the fingerprint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    /// Only in a sealed student file: the fingerprint of its answer key,
    /// which the student's result carries.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// The cards, with the topics, sources, layers and services they use; written
    /// last so the options stay at the top of the file. In a sealed student
    /// file its `items` list is empty: the cards are in `cards`.
    pub deck: Deck,
    /// Only in a sealed student file on disk: the cards without owners.
    /// Loading moves them into `deck.items` (with a placeholder owner that
    /// [`Exercise::owners_hidden`] says not to use), and writing moves them back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cards: Vec<SealedCard>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Exercise {
    /// The options to run a [`Session`](crate::model::session::Session) with.
    pub fn options(&self) -> SessionOptions {
        SessionOptions {
            feedback: self.feedback,
            penalty: self.penalty,
            time_limit_secs: self.time_limit_secs,
            shuffle_bins: self.shuffle_bins,
            seed: self.seed,
        }
    }

    /// Sets the run options from an [`SessionOptions`].
    pub fn set_options(&mut self, options: &SessionOptions) {
        self.feedback = options.feedback;
        self.penalty = options.penalty;
        self.time_limit_secs = options.time_limit_secs;
        self.shuffle_bins = options.shuffle_bins;
        self.seed = options.seed;
    }

    /// The item with this id, if the exercise has it.
    pub fn item(&self, item_id: &str) -> Option<&Item> {
        self.deck.items.iter().find(|i| i.id == item_id)
    }

    /// Whether this is a sealed student file: its owners are not known
    /// here, so a run shows no marks and nothing can be graded against it.
    pub fn owners_hidden(&self) -> bool {
        self.sealed && self.key.is_empty()
    }

    /// Whether this is an answer key (a sealed exercise with its owners).
    pub fn is_key(&self) -> bool {
        self.sealed && !self.key.is_empty()
    }

    /// The fingerprint a result of this exercise carries: the one written
    /// in a sealed student file, else computed from the cards, the owners
    /// and (for a key) its secret.
    pub fn fingerprint(&self) -> String {
        if self.owners_hidden() {
            return self.fingerprint.clone();
        }
        fingerprint_of(
            &self.key,
            self.deck.items.iter().map(|i| (i.id.as_str(), i.owner)),
        )
    }
}

/// A [`LoadError`] without its file name: `line 3, column 5: message` or
/// `item "x": message`, for places that already name the file.
pub fn describe_error(error: &LoadError) -> String {
    describe_error_msg(error).to_string()
}

/// [`describe_error`] as a message, worded when shown.
pub fn describe_error_msg(error: &LoadError) -> Msg {
    match (error.position, error.context.as_deref()) {
        (Some((line, col)), _) => msg!(
            "exercise-file-at",
            line = line,
            col = col,
            message = error.message.clone()
        ),
        (None, None) => error.message.clone(),
        (None, Some(about)) => msg!(
            "exercise-file-about",
            about = about.msg(),
            message = error.message.clone()
        ),
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

    /// The key the messages select "a deck file", "an exercise file", "a
    /// result file" by.
    fn key(self) -> &'static str {
        match self {
            FileKind::Deck => "deck",
            FileKind::Exercise => "exercise",
            FileKind::Result => "result",
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
        Sniffed::Other(word, (line, col)) => Err(vec![
            LoadError::new(
                ErrorKind::Syntax,
                label,
                msg!("exercise-file-starts-with", word = word),
            )
            .at(line, col),
        ]),
    }
}

/// Parses and validates an exercise. All semantic problems are reported at once.
pub fn load_exercise_bytes(label: &str, bytes: &[u8]) -> Result<Exercise, Vec<LoadError>> {
    let mut exercise: Exercise = parse_ron(label, bytes).map_err(|e| vec![e])?;
    let ctx = About::Exercise(exercise.id.clone());
    let mut errors = Vec::new();
    if !exercise.cards.is_empty() {
        if !exercise.sealed || !exercise.key.is_empty() {
            errors.push(semantic(
                label,
                &ctx,
                msg!("exercise-file-cards-not-sealed"),
            ));
        } else if !exercise.deck.items.is_empty() {
            errors.push(semantic(label, &ctx, msg!("exercise-file-cards-and-items")));
        }
        let cards = std::mem::take(&mut exercise.cards);
        exercise.deck.items = cards.iter().map(sealed_item).collect();
    }
    errors.extend(validate_exercise(label, &exercise));
    if errors.is_empty() {
        Ok(exercise)
    } else {
        Err(errors)
    }
}

/// Parses and validates a student's result. All semantic problems are
/// reported at once.
pub fn load_result_bytes(label: &str, bytes: &[u8]) -> Result<ExerciseResult, Vec<LoadError>> {
    let mut result: ExerciseResult = parse_ron(label, bytes).map_err(|e| vec![e])?;
    let errors = validate_result(label, &result);
    if errors.is_empty() {
        result.student = normalize_name(&result.student);
        result.ignored_fields = unknown_result_fields(bytes);
        Ok(result)
    } else {
        Err(errors)
    }
}

/// The fields of a result file this version does not know, sorted
/// (read once more as plain RON; empty when that fails).
fn unknown_result_fields(bytes: &[u8]) -> Vec<String> {
    const KNOWN: [&str; 9] = [
        "exercise",
        "student",
        "answers",
        "seconds",
        "finished_at",
        "app_version",
        "fingerprint",
        "attempt",
        "ended",
    ];
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Vec::new();
    };
    let Ok(ron::Value::Map(map)) = ron::Options::default().from_str::<ron::Value>(text) else {
        return Vec::new();
    };
    map.iter()
        .filter_map(|(key, _)| match key {
            ron::Value::String(name) if !KNOWN.contains(&name.as_str()) => Some(name.clone()),
            _ => None,
        })
        .collect()
}

/// Refuses, with a plain sentence, a file that starts with the name of
/// another kind than `wanted` ("this file starts with `Exercise(`, not
/// `ExerciseResult(`: it is not a result file"). A file that starts with no
/// known name passes: parsing it says where it goes wrong.
pub fn expect_kind(label: &str, bytes: &[u8], wanted: FileKind) -> Result<(), LoadError> {
    match sniff(bytes) {
        Sniffed::Known(kind) if kind != wanted => Err(LoadError::new(
            ErrorKind::Syntax,
            label,
            msg!(
                "exercise-file-wrong-kind",
                found = kind.type_name(),
                wanted = wanted.type_name(),
                kind = wanted.key()
            ),
        )),
        _ => Ok(()),
    }
}

fn semantic(label: &str, context: &About, message: Msg) -> LoadError {
    LoadError::semantic(label, context.clone(), message)
}

/// Checks an exercise: its id and title, its options, and its deck with
/// the same rules as any deck.
pub fn validate_exercise(label: &str, exercise: &Exercise) -> Vec<LoadError> {
    let ctx = About::Exercise(exercise.id.clone());
    let mut errors = Vec::new();
    if !is_valid_id(&exercise.id) {
        errors.push(semantic(label, &ctx, bad_id("id", &exercise.id)));
    }
    if exercise.title.trim().is_empty() {
        errors.push(semantic(label, &ctx, msg!("load-title-empty")));
    }
    if exercise.time_limit_secs == Some(0) {
        errors.push(semantic(label, &ctx, msg!("exercise-file-time-limit-zero")));
    }
    if exercise.owners_hidden() && exercise.fingerprint.trim().is_empty() {
        errors.push(semantic(label, &ctx, msg!("exercise-file-no-fingerprint")));
    }
    if !exercise.sealed && !exercise.key.is_empty() {
        errors.push(semantic(label, &ctx, msg!("exercise-file-key-not-sealed")));
    }
    errors.extend(validate_deck(label, &exercise.deck));
    errors
}

/// Checks a result: the exercise id, the student's name, and that no card
/// is answered twice. Whether the answers name cards of the exercise is
/// checked when grading, against the exercise.
pub fn validate_result(label: &str, result: &ExerciseResult) -> Vec<LoadError> {
    let student = result.student.trim().escape_debug().to_string();
    let ctx = About::Result(student.clone());
    let mut errors = Vec::new();
    if !is_valid_id(&result.exercise) {
        errors.push(semantic(
            label,
            &ctx,
            bad_id("exercise-id", &result.exercise),
        ));
    }
    // One rule for every name (`model::names`): control characters and
    // bidi controls refused, NFC, invisible characters removed.
    if let Err(problem) = crate::model::names::check_name(&result.student) {
        errors.push(semantic(label, &ctx, problem.msg()));
    }
    let mut seen = HashSet::new();
    for answer in &result.answers {
        let answer_ctx = About::Answer(Box::new((student.clone(), answer.item.clone())));
        if !is_valid_id(&answer.item) {
            errors.push(semantic(
                label,
                &answer_ctx,
                bad_id("item-id", &answer.item),
            ));
        } else if !seen.insert(answer.item.as_str()) {
            errors.push(semantic(
                label,
                &answer_ctx,
                msg!("exercise-file-answered-twice"),
            ));
        }
    }
    errors
}

/// Writes an exercise as pretty RON that loads back equal.
/// A sealed student file writes its cards in `cards:`, with no owner.
pub fn exercise_to_ron(exercise: &Exercise) -> Result<String, ron::Error> {
    if exercise.owners_hidden() {
        let mut on_disk = exercise.clone();
        on_disk.cards = exercise.deck.items.iter().map(sealed_card).collect();
        on_disk.deck.items = Vec::new();
        return to_pretty_ron(&on_disk);
    }
    to_pretty_ron(exercise)
}

/// Writes a result as pretty RON that loads back equal.
pub fn result_to_ron(result: &ExerciseResult) -> Result<String, ron::Error> {
    to_pretty_ron(result)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{DECK, sample_exercise};
    use super::*;

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
        assert_eq!(exercise.options(), SessionOptions::default());
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
        assert!(
            errors[0].message.to_string().contains("colour"),
            "{errors:?}"
        );
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
        assert!(
            errors[0].message.to_string().contains("garbage"),
            "{errors:?}"
        );
    }

    #[test]
    fn expect_kind_names_the_kind_found_and_lets_unnamed_files_through() {
        let exercise = exercise_to_ron(&sample_exercise()).expect("ron");
        assert!(expect_kind("e.ron", exercise.as_bytes(), FileKind::Exercise).is_ok());
        let error = expect_kind("e.ron", exercise.as_bytes(), FileKind::Result).expect_err("kind");
        assert_eq!(
            error.to_string(),
            "e.ron: this file starts with `Exercise(`, not `ExerciseResult(`: it is not a result file"
        );
        assert_eq!(
            describe_error(&error),
            "this file starts with `Exercise(`, not `ExerciseResult(`: it is not a result file"
        );
        let error = expect_kind("d.ron", DECK.as_bytes(), FileKind::Exercise).expect_err("kind");
        assert!(
            error
                .message
                .to_string()
                .ends_with("it is not an exercise file"),
            "{error}"
        );
        assert!(expect_kind("x.ron", b"(id: 1)", FileKind::Result).is_ok());
        assert!(expect_kind("x.ron", b"Garbage(", FileKind::Result).is_ok());
    }
}

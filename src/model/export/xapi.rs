//! xAPI 1.0.3 statements from an exercise and students' results, for any
//! Learning Record Store.
//!
//! Per result: one `answered` statement per card of the exercise (a
//! `matching` interaction whose source is the card and whose targets are the
//! three bins, with `correctResponsesPattern` `card[.]BIN`, the student's
//! `response`, a score of 1 or 0 and `success`), then one `completed`
//! statement for the exercise with the graded total (`scaled`, `raw`, `min`,
//! `max`, penalty included) and the time taken as an ISO 8601 duration.
//!
//! The actor is an account: `homePage` is the class URI the instructor gives,
//! `name` the student's name. Activity ids live under the class URI:
//! `<class>/exercises/<exercise id>` and `.../cards/<item id>`. Every
//! statement id is a UUID v5 of (class URI; exercise id, student, card,
//! attempt), so sending the same results twice stores nothing new, and the
//! statements of one attempt share a `registration` UUID made the same way.
//!
//! Each result's own attempt number (its `attempt:`, 1 for a first
//! attempt, 2 and up for a retake on the student's machine) travels in the
//! context extension [`ATTEMPT_EXTENSION`], so the report rebuilt from an
//! LRS counts attempts as the report of the files does; a retake's
//! statements get ids and a registration of their own, so a class with
//! retakes is sent whole. A first attempt's ids are those it always had.
//!
//! A statement's content is deterministic too, so that sending the same
//! result twice, from any machine, is an exact duplicate that an LRS
//! accepts: its `timestamp` is the result's `finished_at`, or
//! [`UNKNOWN_TIME`] (the Unix epoch, read back as "unknown") for a result
//! without one, never the time of sending. Every statement carries the
//! result's exercise fingerprint in the context extension
//! [`FINGERPRINT_EXTENSION`], so results loaded back can be graded
//! against the answer key of a sealed exercise.

use std::collections::HashSet;

use serde_json::{Value, json};
use uuid::Uuid;

use super::ExportError;
use super::qti::bin_identifier;
use crate::model::deck::{Item, Owner};
use crate::model::exercise::{Answer, Exercise, ExerciseResult, validate_result};
use crate::model::report::grade;

/// The xAPI version the statements follow (the `X-Experience-API-Version` header).
pub const XAPI_VERSION: &str = "1.0.3";
/// The verb of a card's statement.
pub const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// The verb of the exercise's statement.
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
/// The activity type of the exercise.
pub const TYPE_ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
/// The activity type of a card.
pub const TYPE_INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
/// The context extension holding the result's exercise fingerprint.
pub const FINGERPRINT_EXTENSION: &str = "urn:srm-study:xapi:fingerprint";
/// The context extension holding the result's own attempt number (1 for a
/// first attempt, 2 and up for a retake); left out for an older result that
/// records none.
pub const ATTEMPT_EXTENSION: &str = "urn:srm-study:xapi:attempt";
/// The `timestamp` of the statements of a result without a `finished_at`
/// (written before results had one): a fixed time, so that the statements
/// are the same at every send. Read back as an empty `finished_at`.
pub const UNKNOWN_TIME: &str = "1970-01-01T00:00:00Z";
/// The tag of English in the statements' language maps.
const ENGLISH: &str = "en-US";

/// The tag of a deck's language in a language map (RFC 5646, as xAPI
/// 1.0.3 asks): a language with its usual region (`ja` is `ja-JP`, `es`
/// `es-ES`, `de` `de-DE`, an empty one or `en` is `en-US`); a tag that
/// already names a region is kept.
pub fn language_map_tag(language: &str) -> String {
    let language = language.trim();
    if language.contains('-') {
        return language.to_owned();
    }
    match language.to_ascii_lowercase().as_str() {
        "" | "en" => ENGLISH.to_owned(),
        "es" => "es-ES".to_owned(),
        "de" => "de-DE".to_owned(),
        "ja" => "ja-JP".to_owned(),
        "fr" => "fr-FR".to_owned(),
        "pt" => "pt-BR".to_owned(),
        other => other.to_owned(),
    }
}

/// The language of an exercise's texts and the words SRM Study adds
/// (verbs, bins, the question), in that language and in English.
struct Words {
    /// The tag of the exercise's texts.
    tag: String,
    /// The window's words in the exercise's language, when SRM Study
    /// speaks it and it is not English.
    tr: Option<crate::i18n::Translator>,
}

impl Words {
    fn of(exercise: &Exercise) -> Self {
        let tag = language_map_tag(&exercise.deck.language);
        let tr = crate::i18n::Language::from_tag(&tag)
            .filter(|l| *l != crate::i18n::Language::English)
            .map(crate::i18n::Translator::new);
        Self { tag, tr }
    }

    /// A text of the exercise, in its language.
    fn text(&self, text: &str) -> Value {
        let mut map = serde_json::Map::new();
        map.insert(self.tag.clone(), json!(text));
        Value::Object(map)
    }

    /// A word of SRM Study's: in English, and in the exercise's language.
    fn word(&self, english: &str, id: &str) -> Value {
        let mut map = serde_json::Map::new();
        map.insert(ENGLISH.to_owned(), json!(english));
        if let Some(tr) = &self.tr
            && let Some(word) = tr.message(id)
        {
            map.insert(self.tag.clone(), json!(word));
        }
        Value::Object(map)
    }
}

/// The namespace of statement ids (a fixed random UUID); each class URI
/// gets its own namespace inside it.
const NAMESPACE: Uuid = Uuid::from_u128(0x00cf_6318_7dcb_46cd_9cdc_10e6_97f9_b983);

/// What the instructor chooses for an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XapiOptions {
    /// The class, an absolute http(s) URI: the actors' `homePage` and the
    /// base of the activity ids.
    pub class_uri: String,
    /// Which sending of the results this is (1 for a first hand-in); a new
    /// number gives new statement ids. Each result's own attempt number
    /// (a retake) is told apart besides this ([`ATTEMPT_EXTENSION`]).
    pub attempt: u32,
}

impl XapiOptions {
    /// Options for the first attempt of a class.
    pub fn new(class_uri: &str) -> Self {
        Self {
            class_uri: class_uri.trim().to_owned(),
            attempt: 1,
        }
    }
}

/// Checks that a class URI is an absolute http(s) address with a host and
/// no white space, query or fragment.
pub fn check_class_uri(uri: &str) -> Result<(), ExportError> {
    let bad = || ExportError::BadClassUri(uri.to_owned());
    let rest = uri
        .strip_prefix("https://")
        .or_else(|| uri.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty()
        || uri.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>')
        })
    {
        return Err(bad());
    }
    Ok(())
}

fn base(class_uri: &str) -> &str {
    class_uri.trim_end_matches('/')
}

/// The activity id of an exercise.
pub fn exercise_activity_id(class_uri: &str, exercise_id: &str) -> String {
    format!("{}/exercises/{exercise_id}", base(class_uri))
}

/// The activity id of a card of an exercise.
pub fn card_activity_id(class_uri: &str, exercise_id: &str, item_id: &str) -> String {
    format!(
        "{}/cards/{item_id}",
        exercise_activity_id(class_uri, exercise_id)
    )
}

fn class_namespace(class_uri: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, class_uri.as_bytes())
}

/// The id of a statement: UUID v5 of (exercise, student, card, attempt) in
/// the class's namespace. The `completed` statement uses the card `#completed`
/// (item ids never hold `#`).
pub fn statement_id(
    class_uri: &str,
    exercise_id: &str,
    student: &str,
    card: &str,
    attempt: u32,
) -> Uuid {
    statement_id_of(class_uri, exercise_id, student, card, &attempt.to_string())
}

fn statement_id_of(
    class_uri: &str,
    exercise_id: &str,
    student: &str,
    card: &str,
    tag: &str,
) -> Uuid {
    let name = format!(
        "statement\n{exercise_id}\n{}\n{card}\n{tag}",
        student.trim()
    );
    Uuid::new_v5(&class_namespace(class_uri), name.as_bytes())
}

/// The registration of one attempt: shared by all its statements.
pub fn registration(class_uri: &str, exercise_id: &str, student: &str, attempt: u32) -> Uuid {
    registration_of(class_uri, exercise_id, student, &attempt.to_string())
}

fn registration_of(class_uri: &str, exercise_id: &str, student: &str, tag: &str) -> Uuid {
    let name = format!("registration\n{exercise_id}\n{}\n{tag}", student.trim());
    Uuid::new_v5(&class_namespace(class_uri), name.as_bytes())
}

/// What names an attempt in ids and registrations: the sending's `attempt`
/// and, for a retake (a result whose own attempt is 2 or more), that
/// number too. A first attempt, and an older result that records none,
/// keep the ids they always had.
fn attempt_tag(attempt: u32, result_attempt: u32) -> String {
    if result_attempt > 1 {
        format!("{attempt}\nresult attempt {result_attempt}")
    } else {
        attempt.to_string()
    }
}

/// Seconds as an ISO 8601 duration: `PT5M12S`, `PT1H0M3S`, `PT0S`.
pub fn iso_duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    match (h, m) {
        (0, 0) => format!("PT{s}S"),
        (0, _) => format!("PT{m}M{s}S"),
        _ => format!("PT{h}H{m}M{s}S"),
    }
}

/// Reads back an [`iso_duration`] (hours, minutes and whole seconds).
pub fn parse_iso_duration(text: &str) -> Option<u64> {
    let mut rest = text.strip_prefix("PT")?;
    let mut total = 0u64;
    for (unit, factor) in [('H', 3600u64), ('M', 60), ('S', 1)] {
        if let Some((number, after)) = rest.split_once(unit) {
            let value: f64 = number.parse().ok()?;
            total += (value * factor as f64).round() as u64;
            rest = after;
        }
    }
    rest.is_empty().then_some(total)
}

/// Whether `text` is an RFC 3339 / ISO 8601 timestamp with a time zone, as
/// xAPI requires (`2026-11-20T10:15:00Z`, `2026-11-20T10:15:00.5+01:00`).
pub fn is_timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19))
    {
        return false;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn actor(class_uri: &str, student: &str) -> Value {
    json!({
        "objectType": "Agent",
        "name": student.trim(),
        "account": { "homePage": class_uri, "name": student.trim() },
    })
}

fn verb(words: &Words, id: &str, display: &str, message: &str) -> Value {
    json!({ "id": id, "display": words.word(display, message) })
}

fn exercise_activity(class_uri: &str, exercise: &Exercise, words: &Words) -> Value {
    let mut definition = json!({
        "type": TYPE_ASSESSMENT,
        "name": words.text(exercise.title.trim()),
    });
    if !exercise.instructions.trim().is_empty() {
        definition["description"] = words.text(exercise.instructions.trim());
    }
    json!({
        "objectType": "Activity",
        "id": exercise_activity_id(class_uri, &exercise.id),
        "definition": definition,
    })
}

fn card_activity(class_uri: &str, exercise: &Exercise, item: &Item, words: &Words) -> Value {
    let targets: Vec<Value> = Owner::ALL
        .iter()
        .map(|o| {
            let message = match o {
                Owner::Aws => "owner-aws",
                Owner::Customer => "owner-customer",
                Owner::Shared => "owner-shared",
            };
            json!({ "id": bin_identifier(*o), "description": words.word(o.label(), message) })
        })
        .collect();
    json!({
        "objectType": "Activity",
        "id": card_activity_id(class_uri, &exercise.id, &item.id),
        "definition": {
            "type": TYPE_INTERACTION,
            "name": words.text(item.text.trim()),
            "description": words.word(
                "Who is responsible for this duty: AWS, Customer or Shared?",
                "xapi-card-question",
            ),
            "interactionType": "matching",
            "correctResponsesPattern": [response(&item.id, item.owner)],
            "source": [{ "id": item.id, "description": words.text(item.text.trim()) }],
            "target": targets,
        },
    })
}

/// The response of a card placed in a bin: `card[.]BIN`.
pub fn response(item_id: &str, placed: Owner) -> String {
    format!("{item_id}[.]{}", bin_identifier(placed))
}

fn context(
    registration: Uuid,
    parent: Option<Value>,
    fingerprint: &str,
    attempt: u32,
    words: &Words,
) -> Value {
    let mut context = json!({
        "registration": registration.to_string(),
        "platform": "SRM Study",
        "language": words.tag,
    });
    let mut extensions = serde_json::Map::new();
    if !fingerprint.is_empty() {
        extensions.insert(FINGERPRINT_EXTENSION.to_owned(), json!(fingerprint));
    }
    if attempt > 0 {
        extensions.insert(ATTEMPT_EXTENSION.to_owned(), json!(attempt));
    }
    if !extensions.is_empty() {
        context["extensions"] = Value::Object(extensions);
    }
    if let Some(parent) = parent {
        context["contextActivities"] = json!({ "parent": [parent] });
    }
    context
}

/// The statements of one student's result: one `answered` per card of the
/// exercise (in exercise order), then the `completed` one.
pub fn result_statements(
    exercise: &Exercise,
    result: &ExerciseResult,
    options: &XapiOptions,
) -> Result<Vec<Value>, ExportError> {
    check_class_uri(&options.class_uri)?;
    let graded = grade(exercise, result).map_err(|_| ExportError::OtherExercise {
        student: result.student.trim().to_owned(),
        expected: exercise.id.clone(),
        found: result.exercise.clone(),
    })?;
    let class = options.class_uri.as_str();
    let student = result.student.trim();
    let tag = attempt_tag(options.attempt, result.attempt);
    let registration = registration_of(class, &exercise.id, student, &tag);
    let actor = actor(class, student);
    let finished = result.finished_at.trim();
    let timestamp = if is_timestamp(finished) {
        finished
    } else {
        UNKNOWN_TIME
    };
    let fingerprint = result.fingerprint.trim();
    let parent = json!({
        "objectType": "Activity",
        "id": exercise_activity_id(class, &exercise.id),
    });
    let words = Words::of(exercise);
    let mut statements = Vec::with_capacity(exercise.deck.items.len() + 1);
    for item in &exercise.deck.items {
        // The first answer for a card counts, as in grading.
        let placed = result
            .answers
            .iter()
            .find(|a| a.item == item.id)
            .map(|a| a.placed);
        let right = placed == Some(item.owner);
        let statement = json!({
            "id": statement_id_of(class, &exercise.id, student, &item.id, &tag).to_string(),
            "actor": actor,
            "verb": verb(&words, VERB_ANSWERED, "answered", "xapi-verb-answered"),
            "object": card_activity(class, exercise, item, &words),
            "result": {
                "response": placed.map(|p| response(&item.id, p)).unwrap_or_default(),
                "success": right,
                "score": {
                    "scaled": if right { 1 } else { 0 },
                    "raw": if right { 1 } else { 0 },
                    "min": 0,
                    "max": 1,
                },
            },
            "context": context(
                registration,
                Some(parent.clone()),
                fingerprint,
                result.attempt,
                &words,
            ),
            "timestamp": timestamp,
        });
        statements.push(statement);
    }
    let score = graded.score;
    let scaled = if score.max == 0 {
        0.0
    } else {
        f64::from(score.points) / f64::from(score.max)
    };
    let completed = json!({
        "id": statement_id_of(class, &exercise.id, student, "#completed", &tag).to_string(),
        "actor": actor,
        "verb": verb(&words, VERB_COMPLETED, "completed", "xapi-verb-completed"),
        "object": exercise_activity(class, exercise, &words),
        "result": {
            "score": {
                "scaled": scaled,
                "raw": score.points,
                "min": 0,
                "max": score.max,
            },
            "completion": true,
            "duration": iso_duration(result.seconds),
        },
        "context": context(registration, None, fingerprint, result.attempt, &words),
        "timestamp": timestamp,
    });
    statements.push(completed);
    Ok(statements)
}

/// The statements of every result, one student after another. Two results
/// of the same student (same name) and the same attempt would share
/// statement ids: that is an error, as is a result for another exercise. A
/// first attempt and a retake of one student are two sets of statements.
pub fn statements(
    exercise: &Exercise,
    results: &[ExerciseResult],
    options: &XapiOptions,
) -> Result<Vec<Value>, ExportError> {
    check_class_uri(&options.class_uri)?;
    let mut seen = HashSet::new();
    let mut all = Vec::new();
    for result in results {
        let student = result.student.trim();
        if !seen.insert((student.to_owned(), result.attempt_number())) {
            return Err(ExportError::DuplicateStudent(student.to_owned()));
        }
        all.extend(result_statements(exercise, result, options)?);
    }
    Ok(all)
}

/// [`statements`] as a pretty JSON array, ending in a new line.
pub fn statements_json(
    exercise: &Exercise,
    results: &[ExerciseResult],
    options: &XapiOptions,
) -> Result<String, ExportError> {
    let statements = statements(exercise, results, options)?;
    let mut text =
        serde_json::to_string_pretty(&statements).map_err(|e| ExportError::Json(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Rebuilds results from statements of an exercise, e.g. loaded back from an
/// LRS: the inverse of [`statements`]. Only statements of this class (the
/// actor's account `homePage`) and this sending (the `registration`) count;
/// other statements are skipped. Every attempt of a student comes back as a
/// result of its own, with the attempt number its statements carry
/// ([`ATTEMPT_EXTENSION`]; 0 without one, as an older result file), so the
/// report counts them by its rule. Students come in the order of their first
/// statement, answers in exercise order; `seconds` and `finished_at` come
/// from the `completed` statement (0 and empty without one).
pub fn results_from_statements(
    exercise: &Exercise,
    options: &XapiOptions,
    statements: &[Value],
) -> Vec<ExerciseResult> {
    let class = options.class_uri.as_str();
    let cards_prefix = format!("{}/cards/", exercise_activity_id(class, &exercise.id));
    let exercise_activity = exercise_activity_id(class, &exercise.id);
    let mut students: Vec<ExerciseResult> = Vec::new();
    for statement in statements {
        let account = &statement["actor"]["account"];
        let (Some(home), Some(student)) = (account["homePage"].as_str(), account["name"].as_str())
        else {
            continue;
        };
        let attempt = statement["context"]["extensions"][ATTEMPT_EXTENSION]
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(0);
        let tag = attempt_tag(options.attempt, attempt);
        let expected_registration = registration_of(class, &exercise.id, student, &tag).to_string();
        if home != class
            || statement["context"]["registration"].as_str() != Some(expected_registration.as_str())
        {
            continue;
        }
        let index = match students
            .iter()
            .position(|s| s.student == student && s.attempt == attempt)
        {
            Some(index) => index,
            None => {
                let mut result = ExerciseResult::new(&exercise.id, student, Vec::new(), 0);
                result.attempt = attempt;
                students.push(result);
                students.len() - 1
            }
        };
        let entry = &mut students[index];
        let object_id = statement["object"]["id"].as_str().unwrap_or_default();
        match statement["verb"]["id"].as_str() {
            Some(VERB_ANSWERED) => {
                let Some(item_id) = object_id.strip_prefix(&cards_prefix) else {
                    continue;
                };
                let response = statement["result"]["response"].as_str().unwrap_or_default();
                let placed = response.split_once("[.]").and_then(|(card, bin)| {
                    (card == item_id)
                        .then(|| Owner::ALL.into_iter().find(|o| bin_identifier(*o) == bin))
                        .flatten()
                });
                if let Some(placed) = placed
                    && !entry.answers.iter().any(|a| a.item == item_id)
                {
                    entry.answers.push(Answer {
                        item: item_id.to_owned(),
                        placed,
                    });
                }
            }
            Some(VERB_COMPLETED) if object_id == exercise_activity => {
                entry.seconds = statement["result"]["duration"]
                    .as_str()
                    .and_then(parse_iso_duration)
                    .unwrap_or(0);
                entry.finished_at = statement["timestamp"]
                    .as_str()
                    .filter(|t| *t != UNKNOWN_TIME)
                    .unwrap_or_default()
                    .to_owned();
            }
            _ => {}
        }
        if entry.fingerprint.is_empty()
            && let Some(fingerprint) =
                statement["context"]["extensions"][FINGERPRINT_EXTENSION].as_str()
        {
            entry.fingerprint = fingerprint.to_owned();
        }
    }
    let order = |id: &str| exercise.deck.items.iter().position(|i| i.id == id);
    for result in &mut students {
        result.answers.sort_by_key(|a| order(&a.item));
    }
    students
}

/// [`results_from_statements`], each result checked as a result file is
/// ([`validate_result`]: a name with a line break, a control character or
/// too many characters is refused), labelled for a report by the
/// student's name (shown safely). Students in the order of their names.
pub fn checked_results_from_statements(
    exercise: &Exercise,
    options: &XapiOptions,
    statements: &[Value],
) -> Vec<(String, Result<ExerciseResult, String>)> {
    let mut results = results_from_statements(exercise, options, statements);
    results.sort_by(|a, b| (&a.student, a.attempt).cmp(&(&b.student, b.attempt)));
    results
        .into_iter()
        .map(|result| {
            let shown: String = result.student.escape_debug().take(60).collect();
            let label = if result.is_retake() {
                format!("\"{shown}\" (attempt {}, from the LRS)", result.attempt)
            } else {
                format!("\"{shown}\" (from the LRS)")
            };
            let errors = validate_result(&label, &result);
            if errors.is_empty() {
                (label, Ok(result))
            } else {
                let reasons: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
                (label, Err(reasons.join("; ")))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::export::test_support::deck;

    const CLASS: &str = "https://school.example/classes/cloud-101";

    fn exercise(penalty: bool) -> Exercise {
        Exercise {
            id: "week2-quiz".into(),
            title: "Week 2 quiz".into(),
            instructions: "Sort them.".into(),
            time_limit_secs: None,
            feedback: Default::default(),
            penalty,
            shuffle_bins: false,
            seed: 0,
            sealed: false,
            key: String::new(),
            fingerprint: String::new(),
            deck: deck(),
            cards: Vec::new(),
        }
    }

    /// Ana: tricky right (AWS), guest-os wrong (Shared), patching unplaced.
    fn ana() -> ExerciseResult {
        let mut result = ExerciseResult::new(
            "week2-quiz",
            " Ana Silva ",
            vec![
                Answer {
                    item: "tricky".into(),
                    placed: Owner::Aws,
                },
                Answer {
                    item: "guest-os".into(),
                    placed: Owner::Shared,
                },
            ],
            312,
        );
        result.finished_at = "2026-11-20T10:15:00Z".into();
        result
    }

    #[test]
    fn one_answered_statement_per_card_then_completed() {
        let exercise = exercise(false);
        let text = statements_json(&exercise, &[ana()], &XapiOptions::new(CLASS)).expect("export");
        let value: Value = serde_json::from_str(&text).expect("valid JSON");
        let all = value.as_array().expect("an array");
        assert_eq!(all.len(), 4);
        let registration = all[0]["context"]["registration"].clone();
        for (statement, item) in all.iter().zip(&exercise.deck.items) {
            assert_eq!(statement["verb"]["id"], VERB_ANSWERED);
            assert_eq!(statement["verb"]["display"]["en-US"], "answered");
            assert_eq!(statement["actor"]["objectType"], "Agent");
            assert_eq!(statement["actor"]["account"]["homePage"], CLASS);
            assert_eq!(statement["actor"]["account"]["name"], "Ana Silva");
            assert_eq!(statement["timestamp"], "2026-11-20T10:15:00Z");
            let object = &statement["object"];
            assert_eq!(object["objectType"], "Activity");
            assert_eq!(
                object["id"],
                format!("{CLASS}/exercises/week2-quiz/cards/{}", item.id)
            );
            let definition = &object["definition"];
            assert_eq!(definition["type"], TYPE_INTERACTION);
            assert_eq!(definition["interactionType"], "matching");
            assert_eq!(definition["name"]["en-US"], item.text.trim());
            assert_eq!(
                definition["correctResponsesPattern"],
                json!([format!("{}[.]{}", item.id, bin_identifier(item.owner))])
            );
            assert_eq!(
                definition["source"],
                json!([{ "id": item.id, "description": { "en-US": item.text.trim() } }])
            );
            assert_eq!(
                definition["target"],
                json!([
                    { "id": "AWS", "description": { "en-US": "AWS" } },
                    { "id": "CUSTOMER", "description": { "en-US": "Customer" } },
                    { "id": "SHARED", "description": { "en-US": "Shared" } },
                ])
            );
            assert_eq!(statement["context"]["registration"], registration);
            assert_eq!(
                statement["context"]["contextActivities"]["parent"][0]["id"],
                format!("{CLASS}/exercises/week2-quiz")
            );
            let id = statement["id"].as_str().expect("an id");
            let uuid = Uuid::parse_str(id).expect("a UUID");
            assert_eq!(uuid.get_version_num(), 5);
            assert_eq!(
                uuid,
                statement_id(CLASS, "week2-quiz", "Ana Silva", &item.id, 1)
            );
        }
        assert_eq!(
            all[0]["result"],
            json!({ "response": "tricky[.]AWS", "success": true, "score": { "scaled": 1, "raw": 1, "min": 0, "max": 1 } })
        );
        assert_eq!(all[1]["result"]["response"], "guest-os[.]SHARED");
        assert_eq!(all[1]["result"]["success"], false);
        assert_eq!(all[1]["result"]["score"]["raw"], 0);
        assert_eq!(all[2]["result"]["response"], "", "unplaced");
        assert_eq!(all[2]["result"]["success"], false);

        let completed = &all[3];
        assert_eq!(completed["verb"]["id"], VERB_COMPLETED);
        assert_eq!(
            completed["object"]["id"],
            format!("{CLASS}/exercises/week2-quiz")
        );
        assert_eq!(completed["object"]["definition"]["type"], TYPE_ASSESSMENT);
        assert_eq!(
            completed["object"]["definition"]["name"]["en-US"],
            "Week 2 quiz"
        );
        let score = &completed["result"]["score"];
        assert_eq!(score["raw"], 1);
        assert_eq!(score["min"], 0);
        assert_eq!(score["max"], 3);
        assert!((score["scaled"].as_f64().unwrap_or(-1.0) - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(completed["result"]["duration"], "PT5M12S");
        assert_eq!(completed["result"]["completion"], true);
        assert_eq!(completed["context"]["registration"], registration);
        assert!(completed["context"].get("contextActivities").is_none());

        let ids: HashSet<&str> = all.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(ids.len(), all.len(), "distinct ids");
    }

    #[test]
    fn the_total_counts_the_penalty() {
        let text =
            statements_json(&exercise(true), &[ana()], &XapiOptions::new(CLASS)).expect("export");
        let value: Value = serde_json::from_str(&text).expect("JSON");
        let score = &value[3]["result"]["score"];
        assert_eq!(score["raw"], 0, "one right minus one wrong");
        assert_eq!(score["scaled"], 0.0);
    }

    #[test]
    fn ids_are_deterministic_and_differ_by_every_part() {
        let exercise = exercise(false);
        let options = XapiOptions::new(CLASS);
        let once = statements_json(&exercise, &[ana()], &options).expect("once");
        assert_eq!(
            once,
            statements_json(&exercise, &[ana()], &options).expect("twice")
        );
        let base = statement_id(CLASS, "e", "Ana", "c", 1);
        assert_ne!(
            base,
            statement_id("https://other.example/c", "e", "Ana", "c", 1)
        );
        assert_ne!(base, statement_id(CLASS, "f", "Ana", "c", 1));
        assert_ne!(base, statement_id(CLASS, "e", "Bo", "c", 1));
        assert_ne!(base, statement_id(CLASS, "e", "Ana", "d", 1));
        assert_ne!(base, statement_id(CLASS, "e", "Ana", "c", 2));
        assert_eq!(base, statement_id(CLASS, "e", " Ana ", "c", 1));
        let second = XapiOptions {
            attempt: 2,
            ..options
        };
        let again = statements_json(&exercise, &[ana()], &second).expect("attempt 2");
        assert_ne!(once, again);
    }

    #[test]
    fn bad_input_is_refused() {
        let exercise = exercise(false);
        for bad in [
            "",
            "school.example",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x/?q=1",
        ] {
            assert!(
                matches!(
                    statements(&exercise, &[ana()], &XapiOptions::new(bad)),
                    Err(ExportError::BadClassUri(_))
                ),
                "{bad:?}"
            );
        }
        let mut other = ana();
        other.exercise = "other".into();
        assert!(matches!(
            statements(&exercise, &[other], &XapiOptions::new(CLASS)),
            Err(ExportError::OtherExercise { .. })
        ));
        assert_eq!(
            statements(&exercise, &[ana(), ana()], &XapiOptions::new(CLASS)),
            Err(ExportError::DuplicateStudent("Ana Silva".into()))
        );
    }

    #[test]
    fn without_finished_at_the_timestamp_is_the_fixed_unknown_time() {
        let mut result = ana();
        result.finished_at = "yesterday".into();
        let all =
            result_statements(&exercise(false), &result, &XapiOptions::new(CLASS)).expect("export");
        assert!(
            all.iter().all(|s| s["timestamp"] == UNKNOWN_TIME),
            "{all:?}"
        );
        let again =
            result_statements(&exercise(false), &result, &XapiOptions::new(CLASS)).expect("again");
        assert_eq!(all, again, "the same statements at every send");
        let back = results_from_statements(&exercise(false), &XapiOptions::new(CLASS), &all);
        assert_eq!(back[0].finished_at, "", "read back as unknown");
    }

    #[test]
    fn the_fingerprint_travels_with_the_statements() {
        let exercise = exercise(false);
        let mut result = ana();
        result.fingerprint = exercise.fingerprint();
        let options = XapiOptions::new(CLASS);
        let all = result_statements(&exercise, &result, &options).expect("export");
        assert!(
            all.iter().all(
                |s| s["context"]["extensions"][FINGERPRINT_EXTENSION] == exercise.fingerprint()
            )
        );
        let back = results_from_statements(&exercise, &options, &all);
        assert_eq!(back[0].fingerprint, exercise.fingerprint());
        assert!(grade(&exercise, &back[0]).is_ok());
    }

    #[test]
    fn names_from_the_lrs_obey_the_rules_of_result_files() {
        let exercise = exercise(false);
        let options = XapiOptions::new(CLASS);
        let mut all = Vec::new();
        for name in [
            "Eve\nMallory  5  5  100.0%",
            "Esc\u{1b}[31mred",
            &"x".repeat(300),
            "Bo",
        ] {
            let mut result = ana();
            result.student = name.to_owned();
            all.extend(result_statements(&exercise, &result, &options).expect("export"));
        }
        let checked = checked_results_from_statements(&exercise, &options, &all);
        assert_eq!(checked.len(), 4);
        let ok: Vec<&str> = checked
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok().map(|r| r.student.as_str()))
            .collect();
        assert_eq!(ok, ["Bo"]);
        for (label, result) in &checked {
            assert!(!label.chars().any(char::is_control), "{label:?}");
            assert!(label.chars().count() < 100, "{label}");
            if let Err(reason) = result {
                assert!(
                    reason.contains("one line") || reason.contains("longer than"),
                    "{reason}"
                );
            }
        }
    }

    #[test]
    fn durations_and_timestamps() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(59), "PT59S");
        assert_eq!(iso_duration(312), "PT5M12S");
        assert_eq!(iso_duration(3603), "PT1H0M3S");
        for secs in [0, 59, 312, 3603, 90061] {
            assert_eq!(parse_iso_duration(&iso_duration(secs)), Some(secs));
        }
        assert_eq!(parse_iso_duration("PT1.5S"), Some(2));
        assert_eq!(parse_iso_duration("P1D"), None);
        assert!(is_timestamp("2026-11-20T10:15:00Z"));
        assert!(is_timestamp("2026-11-20T10:15:00.123+01:00"));
        assert!(!is_timestamp("2026-11-20 10:15:00"));
        assert!(!is_timestamp("2026-11-20T10:15:00"));
        assert!(!is_timestamp("2026-11-20T10:15:00.Z"));
    }

    /// Issue #24: a retake's statements carry its attempt number, have
    /// ids of their own (a class with a retake is sent whole), and come
    /// back from the LRS as two attempts the report counts by its rule.
    #[test]
    fn each_statement_carries_the_results_attempt_and_retakes_come_back_apart() {
        let exercise = exercise(false);
        let options = XapiOptions::new(CLASS);
        let mut first = ana();
        first.attempt = 1;
        let mut retake = ana();
        retake.attempt = 2;
        retake.answers[1].placed = Owner::Customer;
        retake.finished_at = "2026-11-21T09:00:00Z".into();
        let all = statements(&exercise, &[first.clone(), retake.clone()], &options)
            .expect("a first attempt and a retake are sent together");
        assert_eq!(all.len(), 8);
        for (statements, attempt) in [(&all[..4], 1), (&all[4..], 2)] {
            for statement in statements {
                assert_eq!(
                    statement["context"]["extensions"][ATTEMPT_EXTENSION], attempt,
                    "{statement}"
                );
            }
        }
        let ids: HashSet<&str> = all.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(ids.len(), 8, "every statement has an id of its own");
        assert_ne!(
            all[0]["context"]["registration"],
            all[4]["context"]["registration"]
        );
        // A first attempt keeps the ids it had before attempts were sent.
        assert_eq!(
            all[0]["id"],
            statement_id(CLASS, "week2-quiz", "Ana Silva", "tricky", 1).to_string()
        );
        // The same attempt twice would share ids: refused.
        assert!(matches!(
            statements(&exercise, &[retake.clone(), retake.clone()], &options),
            Err(ExportError::DuplicateStudent(_))
        ));
        // Back from the LRS: two results, each with its attempt, which the
        // report counts one of (the first, by default).
        let back = checked_results_from_statements(&exercise, &options, &all);
        let attempts: Vec<(u32, &str)> = back
            .iter()
            .map(|(label, r)| (r.as_ref().expect("usable").attempt, label.as_str()))
            .collect();
        assert_eq!(
            attempts,
            [
                (1, "\"Ana Silva\" (from the LRS)"),
                (2, "\"Ana Silva\" (attempt 2, from the LRS)")
            ]
        );
        let report = crate::model::report::ClassReport::build(&exercise, back);
        assert_eq!(report.students.len(), 1, "one attempt counted per student");
        assert_eq!(report.attempts.len(), 2, "every attempt shown");
        assert_eq!(report.students[0].attempt, 1);
    }

    #[test]
    fn results_come_back_from_the_statements() {
        let exercise = exercise(true);
        let mut bo = ExerciseResult::new(
            "week2-quiz",
            "Bo",
            vec![Answer {
                item: "patching".into(),
                placed: Owner::Shared,
            }],
            3700,
        );
        bo.finished_at = String::new();
        let results = vec![ana(), bo];
        let options = XapiOptions::new(CLASS);
        let mut all = statements(&exercise, &results, &options).expect("export");
        // Statements of another class or attempt are not these results.
        all.extend(
            statements(
                &exercise,
                &[ana()],
                &XapiOptions {
                    attempt: 2,
                    ..options.clone()
                },
            )
            .expect("attempt 2"),
        );
        all.extend(
            statements(
                &exercise,
                &[ana()],
                &XapiOptions::new("https://other.example/c"),
            )
            .expect("other class"),
        );
        all.reverse();
        let back = results_from_statements(&exercise, &options, &all);
        let mut expected = results;
        expected[0].student = "Ana Silva".into();
        let names: Vec<&str> = back.iter().map(|r| r.student.as_str()).collect();
        assert_eq!(names, ["Bo", "Ana Silva"], "first statement first");
        assert_eq!(back[0], expected[1]);
        assert_eq!(back[1], expected[0]);
        for (result, original) in back.iter().zip([&expected[1], &expected[0]]) {
            assert_eq!(grade(&exercise, result), grade(&exercise, original));
        }
    }
}

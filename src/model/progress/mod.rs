//! Study progress: every finished exercise, per-card statistics, spaced
//! review (Leitner boxes) and the numbers the Progress view shows.
//!
//! Plain data that draws nothing and opens no file; `io::progress_store` reads and writes
//! it. Deterministic: every function that depends on time takes `now`, the
//! current time in **unix seconds** (UTC). The sort session counts in
//! milliseconds; callers pass `Clock::now_secs()` (or `now_ms / 1000`).
//!
//! By job:
//! - this file: the [`Progress`] data, recording a finished exercise, and
//!   the names of cards (`"deck/item"` keys);
//! - `format`: the versioned file layout and the migration of older files;
//! - `review`: the Leitner boxes, what is due and the Review queue (the rules
//!   are written at the top of that file);
//! - `stats`: the numbers of the Progress view (series, mastery per topic,
//!   most missed, streak, summary).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

pub use super::catalog::CardKey;
use super::catalog::{CardRef, Catalog};
use super::deck::Owner;
use super::session::{FirstAttempt, Mark, Score, mark_of};

mod accuracy;
mod format;
mod review;
mod stats;

pub use super::clock::SECS_PER_DAY;
pub use accuracy::{GroupAccuracy, GroupKind};
pub use format::{CURRENT_VERSION, ProgressError};
pub use review::{CardStats, DEFAULT_NEW_CARDS, MAX_BOX, RECENT_LEN, interval_days};
pub use stats::{MissedCard, ProgressSummary, TopicMastery};

/// How many of the newest exercises keep their card lists. Older records
/// keep their date, title, score and time (the score series and streak stay
/// whole) but drop the cards, whose results already live in
/// [`Progress::cards`]; this keeps the file far below the 8 MiB read limit
/// after years of study.
pub const MAX_DETAILED_EXERCISES: usize = 500;

/// How many card attempts the exercises keep in their card lists, all
/// together: newer exercises first, so a few exercises over a huge catalog
/// cannot grow the file without bound (history capped by size as well as by
/// count).
pub const MAX_DETAILED_CARD_ATTEMPTS: usize = 1_000;

/// How many exercises the history keeps; older ones are dropped (the
/// per-card statistics keep what they taught).
pub const MAX_EXERCISES: usize = 10_000;

/// The key of a card in [`Progress::cards`]: `"deck_id/item_id"`. Ids never
/// contain '/', so the key is unambiguous.
pub fn card_key(deck_id: &str, item_id: &str) -> CardKey {
    CardKey::new(deck_id, item_id)
}

/// The catalog card a key names, if its deck is loaded and still has the item.
pub fn find_card(catalog: &Catalog, key: &str) -> Option<CardRef> {
    let (deck_id, item_id) = key.split_once('/')?;
    let deck = catalog.decks.iter().position(|d| d.deck.id == deck_id)?;
    let item = catalog.decks[deck]
        .deck
        .items
        .iter()
        .position(|i| i.id == item_id)?;
    Some(CardRef { deck, item })
}

/// Every catalog card by key, for many look-ups.
fn card_index(catalog: &Catalog) -> HashMap<CardKey, CardRef> {
    catalog
        .cards()
        .map(|(card, item)| {
            let deck_id = &catalog.decks[card.deck].deck.id;
            (card_key(deck_id, &item.id), card)
        })
        .collect()
}

/// One card of an exercise's first attempt, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardAttempt {
    /// The deck's id.
    pub deck: String,
    /// The item's id.
    pub item: String,
    /// The item's topic id.
    pub topic: String,
    /// The right answer.
    pub owner: Owner,
    /// Where the student put it; `None` when left unplaced.
    pub placed: Option<Owner>,
}

impl CardAttempt {
    /// The card's key in [`Progress::cards`].
    pub fn key(&self) -> CardKey {
        card_key(&self.deck, &self.item)
    }

    /// Right, wrong or unanswered.
    pub fn mark(&self) -> Mark {
        mark_of(self.owner, self.placed)
    }
}

/// One finished exercise in the history: its first attempt, which is the
/// score that counts. The same name in the progress file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseRecord {
    /// A number that names this record across windows and runs, so that
    /// merging the saves of two windows never counts it twice; 0 in files
    /// written before records had ids (see [`Progress::merge_new`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub id: u64,
    /// When it was recorded, unix seconds.
    pub when: u64,
    /// What it was: "Practice", "Review", or an instructor exercise's id.
    pub title: String,
    /// Every card of the first attempt and where it was placed; empty for
    /// exercises older than the newest [`MAX_DETAILED_EXERCISES`].
    #[serde(default)]
    pub cards: Vec<CardAttempt>,
    /// The first attempt's score.
    pub score: Score,
    /// Seconds from the start to the first check.
    pub seconds: u64,
    /// How many rounds were played, first attempt included (1 = no retry);
    /// what `Session::round` says at the end.
    pub rounds: u32,
}

fn is_zero(id: &u64) -> bool {
    *id == 0
}

impl ExerciseRecord {
    /// Whether `other` is this same exercise: the same id, or for records
    /// without ids, the same record.
    pub fn same_as(&self, other: &ExerciseRecord) -> bool {
        if self.id != 0 || other.id != 0 {
            self.id == other.id
        } else {
            self == other
        }
    }
}

/// Everything the app remembers about a student's study: versioned, stored
/// as `progress.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The layout version; [`CURRENT_VERSION`] when written by this build.
    pub version: u32,
    /// Every finished exercise, oldest first.
    #[serde(default)]
    pub exercises: Vec<ExerciseRecord>,
    /// Per-card statistics by [`card_key`].
    #[serde(default)]
    pub cards: BTreeMap<CardKey, CardStats>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: CURRENT_VERSION,
            exercises: Vec::new(),
            cards: BTreeMap::new(),
        }
    }
}

impl Progress {
    /// Empty progress in the current layout.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a finished exercise at `now` (unix seconds): appends its
    /// record and updates every card's statistics and review state.
    /// `rounds` is how many rounds were played (`Session::round()`); `title`
    /// says what the exercise was ("Practice", "Review", an exercise id).
    pub fn record(&mut self, first: &FirstAttempt, rounds: u32, title: &str, now: u64) {
        self.record_with_id(first, rounds, title, now, 0);
    }

    /// [`Progress::record`] with the record's `id` (unique across windows,
    /// see [`ExerciseRecord::id`]); returns the record as added, card list
    /// whole, for saving it later with [`Progress::merge_new`].
    pub fn record_with_id(
        &mut self,
        first: &FirstAttempt,
        rounds: u32,
        title: &str,
        now: u64,
        id: u64,
    ) -> ExerciseRecord {
        let cards: Vec<CardAttempt> = first
            .cards
            .iter()
            .map(|(card, placed)| CardAttempt {
                deck: card.deck_id.clone(),
                item: card.item_id.clone(),
                topic: card.topic.clone(),
                owner: card.owner,
                placed: *placed,
            })
            .collect();
        let record = ExerciseRecord {
            id,
            when: now,
            title: title.to_owned(),
            cards,
            score: first.score,
            seconds: first.seconds,
            rounds: rounds.max(1),
        };
        self.add(record.clone());
        record
    }

    /// Adds a finished exercise: applies its cards to their statistics (at
    /// its time), puts it in the history in time order and keeps the
    /// history bounded ([`Progress::compact`]).
    fn add(&mut self, record: ExerciseRecord) {
        for attempt in &record.cards {
            self.cards
                .entry(attempt.key())
                .or_insert_with(|| CardStats::unseen(record.when))
                .apply(attempt.mark(), record.when);
        }
        let at = self
            .exercises
            .iter()
            .rposition(|e| e.when <= record.when)
            .map_or(0, |i| i + 1);
        self.exercises.insert(at, record);
        self.compact();
    }

    /// Merges exercises recorded elsewhere (another window's unsaved ones,
    /// or this window's onto what another window saved): each record not
    /// already here is added as if recorded here, in time order, so the
    /// records of every window survive and none counts twice.
    pub fn merge_new(&mut self, records: &[ExerciseRecord]) {
        for record in records {
            if !self.exercises.iter().any(|e| e.same_as(record)) {
                self.add(record.clone());
            }
        }
    }

    /// Records a checked stack drill at `now` (unix seconds) as an exercise
    /// of one round with no cards: its layers are not deck cards, so they
    /// take no part in per-card statistics or review, but the score counts
    /// in the history, the series and the streak like a sort exercise.
    /// Returns the record as added, for saving it with
    /// [`Progress::merge_new`].
    pub fn record_drill(
        &mut self,
        title: &str,
        score: Score,
        seconds: u64,
        now: u64,
    ) -> ExerciseRecord {
        self.record_drill_with_id(title, score, seconds, now, 0)
    }

    /// [`Progress::record_drill`] with the record's unique `id`.
    pub fn record_drill_with_id(
        &mut self,
        title: &str,
        score: Score,
        seconds: u64,
        now: u64,
        id: u64,
    ) -> ExerciseRecord {
        let record = ExerciseRecord {
            id,
            when: now,
            title: title.to_owned(),
            cards: Vec::new(),
            score,
            seconds,
            rounds: 1,
        };
        self.add(record.clone());
        record
    }

    /// Keeps the history bounded: at most [`MAX_EXERCISES`] exercises, and
    /// card lists only on the newest [`MAX_DETAILED_EXERCISES`] while they
    /// hold at most [`MAX_DETAILED_CARD_ATTEMPTS`] cards together. The
    /// per-card statistics keep one entry per card seen, whatever the
    /// history holds.
    pub fn compact(&mut self) {
        let extra = self.exercises.len().saturating_sub(MAX_EXERCISES);
        self.exercises.drain(..extra);
        let mut kept_exercises = 0;
        let mut kept_cards = 0;
        for exercise in self.exercises.iter_mut().rev() {
            if exercise.cards.is_empty() {
                continue;
            }
            if kept_exercises < MAX_DETAILED_EXERCISES
                && kept_cards + exercise.cards.len() <= MAX_DETAILED_CARD_ATTEMPTS
            {
                kept_exercises += 1;
                kept_cards += exercise.cards.len();
            } else {
                exercise.cards = Vec::new();
            }
        }
    }
}

#[cfg(test)]
mod test_support {
    use super::*;
    use crate::model::catalog::Origin;
    use crate::model::session::{Feedback, Session, SessionCard, SessionOptions};

    pub(super) const DAY: u64 = SECS_PER_DAY;
    /// 2024-01-01 00:00:00 UTC.
    pub(super) const T0: u64 = 1_704_067_200;

    /// A deck with `n` items split over topics "a" (even) and "b" (odd).
    pub(super) fn catalog(n: usize) -> Catalog {
        let items: String = (0..n)
            .map(|i| {
                let owner = ["Aws", "Customer", "Shared"][i % 3];
                let topic = if i % 2 == 0 { "a" } else { "b" };
                format!(
                    r#"Item(id: "i{i}", text: "Card {i}", owner: {owner}, topic: "{topic}", explanation: "E"),"#
                )
            })
            .collect();
        let deck = format!(
            r#"Deck(id: "d", title: "D", topics: [Topic(id: "a", title: "Topic A"),
                Topic(id: "b", title: "Topic B"), Topic(id: "empty", title: "Empty")],
                items: [{items}])"#
        );
        let mut catalog = Catalog::new();
        assert!(
            catalog.add_bytes("d.ron", Origin::File("d.ron".into()), deck.as_bytes()),
            "{:?}",
            catalog.errors
        );
        catalog
    }

    pub(super) fn wrong_owner(owner: Owner) -> Owner {
        match owner {
            Owner::Aws => Owner::Customer,
            Owner::Customer => Owner::Shared,
            Owner::Shared => Owner::Aws,
        }
    }

    /// Runs a real session on `cards` at `now` (seconds), placing each card
    /// right when `knows` says so, and returns its first attempt.
    pub(super) fn play(
        catalog: &Catalog,
        cards: &[CardRef],
        now: u64,
        knows: impl Fn(&SessionCard) -> bool,
    ) -> FirstAttempt {
        let options = SessionOptions {
            feedback: Feedback::AtEnd,
            seed: now,
            ..SessionOptions::default()
        };
        let mut session = Session::new(SessionCard::from_catalog(catalog, cards), options, 0);
        for i in 0..session.cards().len() {
            let card = session.cards()[i].clone();
            let bin = if knows(&card) {
                card.owner
            } else {
                wrong_owner(card.owner)
            };
            session.place(i, bin).expect("place");
        }
        session.check(42_000);
        session.first_attempt().expect("first attempt").clone()
    }

    pub(super) fn refs(catalog: &Catalog, items: &[usize]) -> Vec<CardRef> {
        items
            .iter()
            .map(|i| find_card(catalog, &format!("d/i{i}")).expect("card"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{DAY, T0, catalog, play, refs};
    use super::*;
    use crate::model::session::{Session, SessionCard, SessionOptions};

    #[test]
    fn a_drill_is_recorded_as_an_exercise_without_cards() {
        let mut p = Progress::new();
        let score = Score {
            right: 9,
            wrong: 2,
            unanswered: 0,
            points: 9,
            max: 11,
        };
        p.record_drill("Stack drill: Amazon EC2", score, 40, T0);
        let rec = &p.exercises[0];
        assert_eq!(rec.title, "Stack drill: Amazon EC2");
        assert_eq!(
            (rec.score, rec.seconds, rec.rounds, rec.when),
            (score, 40, 1, T0)
        );
        assert!(rec.cards.is_empty() && p.cards.is_empty());
    }

    #[test]
    fn record_appends_the_exercise_and_counts_cards() {
        let catalog = catalog(4);
        let mut p = Progress::new();
        let first = play(&catalog, &refs(&catalog, &[0, 1, 2]), T0, |c| {
            c.item_id != "i1"
        });
        p.record(&first, 2, "Practice", T0);
        assert_eq!(p.exercises.len(), 1);
        let rec = &p.exercises[0];
        assert_eq!(rec.title, "Practice");
        assert_eq!(rec.when, T0);
        assert_eq!(rec.rounds, 2);
        assert_eq!(rec.seconds, 42);
        assert_eq!(rec.score.right, 2);
        assert_eq!(rec.cards.len(), 3);
        let wrong = &p.cards["d/i1"];
        assert_eq!(
            (wrong.times_seen, wrong.times_right, wrong.last_result),
            (1, 0, Mark::Wrong)
        );
        assert_eq!((wrong.leitner_box, wrong.due), (1, T0), "wrong is due now");
        let right = &p.cards["d/i0"];
        assert_eq!((right.times_seen, right.times_right), (1, 1));
        assert_eq!(right.leitner_box, 2, "a first right answer goes to box 2");
        assert_eq!(right.due, T0 + 2 * DAY);
        assert_eq!(right.recent, vec![true]);
    }

    #[test]
    fn unanswered_counts_as_a_miss() {
        let catalog = catalog(2);
        let cards = SessionCard::from_catalog(&catalog, &refs(&catalog, &[0]));
        let mut session = Session::new(cards, SessionOptions::default(), 0);
        session.check(1_000);
        let mut p = Progress::new();
        p.record(session.first_attempt().expect("first"), 1, "Review", T0);
        let stats = &p.cards["d/i0"];
        assert_eq!(stats.last_result, Mark::Unanswered);
        assert_eq!((stats.leitner_box, stats.due, stats.misses()), (1, T0, 1));
    }

    #[test]
    fn old_exercises_keep_their_score_but_drop_their_cards() {
        let catalog = catalog(2);
        let cards = refs(&catalog, &[0, 1]);
        let mut p = Progress::new();
        let extra = 3;
        for i in 0..(MAX_DETAILED_EXERCISES + extra) as u64 {
            let first = play(&catalog, &cards, T0 + i, |c| c.item_id == "i0");
            p.record(&first, 1, "Practice", T0 + i);
        }
        assert_eq!(p.exercises.len(), MAX_DETAILED_EXERCISES + extra);
        assert!(p.exercises[..extra].iter().all(|e| e.cards.is_empty()));
        assert!(p.exercises[extra..].iter().all(|e| e.cards.len() == 2));
        assert_eq!(p.exercises[0].score.right, 1, "the score stays");
        assert_eq!(p.score_series().len(), MAX_DETAILED_EXERCISES + extra);
        assert_eq!(
            p.cards["d/i1"].times_seen as usize,
            MAX_DETAILED_EXERCISES + extra
        );
        let text = p.to_ron().expect("ron");
        assert!(text.len() < 200 * 1024, "{} bytes", text.len());
        let back = Progress::from_ron("p.ron", text.as_bytes(), T0).expect("parse");
        assert_eq!(back, p);
    }

    #[test]
    fn find_card_maps_keys_back_and_refuses_unknown() {
        let catalog = catalog(3);
        assert_eq!(
            find_card(&catalog, "d/i2"),
            Some(CardRef { deck: 0, item: 2 })
        );
        assert_eq!(find_card(&catalog, "d/zz"), None);
        assert_eq!(find_card(&catalog, "x/i2"), None);
        assert_eq!(find_card(&catalog, "no-slash"), None);
    }
}

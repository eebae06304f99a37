//! Study progress: every finished exercise, per-card statistics, spaced
//! review (Leitner boxes) and the numbers the Progress view shows.
//!
//! Plain data with no egui and no I/O; `io::progress_store` reads and writes
//! it. Deterministic: every function that depends on time takes `now`, the
//! current time in **unix seconds** (UTC). The sort session counts in
//! milliseconds; callers pass `Clock::now_secs()` (or `now_ms / 1000`).
//!
//! # Spaced review
//!
//! Each card seen at least once sits in a Leitner box from 1 to 5 with a due
//! time. A card answered wrong (or left unplaced) goes back to box 1 and is due
//! at once, so the next Review the same day brings it back. A card answered
//! right while due moves up one box (at most 5) and is due again after the
//! box's interval: 1, 2, 4, 8 or 16 days. A card answered right *before* it is
//! due keeps its box and due time, so cramming the same card five times in an
//! hour does not push it out for sixteen days. A never-seen card counts as
//! due in box 1: a first right answer puts it in box 2.
//!
//! # Mastery
//!
//! A card is mastered when its last two results were right or it is in box 3
//! or higher (which needs two right answers in a row at due times).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::catalog::{CardRef, Catalog};
use super::deck::Owner;
use super::load::{ErrorKind, LoadError, parse_ron, ron_options};
use super::session::{FirstAttempt, Mark, Score, mark_of};

/// The version of the progress layout this build writes and reads.
///
/// Version 0 (or a file without a `version` field) is the older layout whose
/// cards had no review state; it is migrated on load.
pub const CURRENT_VERSION: u32 = 1;

/// Seconds in a day.
pub const SECS_PER_DAY: u64 = 86_400;

/// The highest Leitner box.
pub const MAX_BOX: u8 = 5;

/// How many recent results a card keeps for mastery.
pub const RECENT_LEN: usize = 5;

/// How many never-seen cards a review introduces by default.
pub const DEFAULT_NEW_CARDS: usize = 5;

/// How many of the newest exercises keep their card lists. Older records
/// keep their date, title, score and time (the score series and streak stay
/// whole) but drop the cards, whose results already live in
/// [`Progress::cards`]; this keeps the file far below the 8 MiB read limit
/// after years of study.
pub const MAX_DETAILED_EXERCISES: usize = 500;

/// Days until a card in `leitner_box` is due again after a right answer:
/// 1, 2, 4, 8, 16 for boxes 1 to 5 (boxes outside the range are clamped).
pub fn interval_days(leitner_box: u8) -> u64 {
    1 << (leitner_box.clamp(1, MAX_BOX) - 1)
}

/// The key of a card in [`Progress::cards`]: `"deck_id/item_id"`. Ids never
/// contain '/', so the key is unambiguous.
pub fn card_key(deck_id: &str, item_id: &str) -> String {
    format!("{deck_id}/{item_id}")
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
fn card_index(catalog: &Catalog) -> HashMap<String, CardRef> {
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
    pub fn key(&self) -> String {
        card_key(&self.deck, &self.item)
    }

    /// Right, wrong or unanswered.
    pub fn mark(&self) -> Mark {
        mark_of(self.owner, self.placed)
    }
}

/// One finished exercise: its first attempt, which is the score that counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExerciseRecord {
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

/// What a student has done with one card, and when to show it again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardStats {
    /// How many first attempts included the card.
    pub times_seen: u32,
    /// How many of those were right.
    pub times_right: u32,
    /// When it was last seen, unix seconds.
    pub last_seen: u64,
    /// The last result.
    pub last_result: Mark,
    /// The last results, oldest first, at most [`RECENT_LEN`]; `true` = right.
    #[serde(default)]
    pub recent: Vec<bool>,
    /// The Leitner box, 1 to [`MAX_BOX`].
    pub leitner_box: u8,
    /// When the card is due for review, unix seconds.
    pub due: u64,
}

impl CardStats {
    /// Times the card was wrong or left unplaced.
    pub fn misses(&self) -> u32 {
        self.times_seen.saturating_sub(self.times_right)
    }

    /// Whether the card is due for review at `now`.
    pub fn is_due(&self, now: u64) -> bool {
        self.due <= now
    }

    /// Whether the card is mastered: its last two results were right, or it
    /// is in box 3 or higher.
    pub fn is_mastered(&self) -> bool {
        let last_two_right = self.recent.len() >= 2 && self.recent.iter().rev().take(2).all(|r| *r);
        last_two_right || self.leitner_box >= 3
    }

    /// A card seen for the first time at `now` (box 1, due), before its
    /// result is applied.
    fn unseen(now: u64) -> Self {
        Self {
            times_seen: 0,
            times_right: 0,
            last_seen: now,
            last_result: Mark::Unanswered,
            recent: Vec::new(),
            leitner_box: 1,
            due: now,
        }
    }

    /// Applies one result at `now`: counts, recent results, Leitner box.
    fn apply(&mut self, mark: Mark, now: u64) {
        let right = mark == Mark::Right;
        self.times_seen = self.times_seen.saturating_add(1);
        if right {
            self.times_right = self.times_right.saturating_add(1);
        }
        self.last_seen = now;
        self.last_result = mark;
        self.recent.push(right);
        if self.recent.len() > RECENT_LEN {
            let extra = self.recent.len() - RECENT_LEN;
            self.recent.drain(..extra);
        }
        if !right {
            self.leitner_box = 1;
            self.due = now;
        } else if self.is_due(now) {
            self.leitner_box = (self.leitner_box + 1).clamp(1, MAX_BOX);
            self.due = now.saturating_add(interval_days(self.leitner_box) * SECS_PER_DAY);
        }
    }

    /// Repairs values a hand-edited file may hold out of range.
    fn normalise(&mut self) {
        self.leitner_box = self.leitner_box.clamp(1, MAX_BOX);
        if self.recent.len() > RECENT_LEN {
            let extra = self.recent.len() - RECENT_LEN;
            self.recent.drain(..extra);
        }
    }
}

/// How well one topic of one deck is known.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicMastery {
    /// The deck the topic belongs to (topic ids are unique per deck only).
    pub deck_id: String,
    /// The topic's id.
    pub topic_id: String,
    /// The topic's title.
    pub title: String,
    /// Cards of the topic that are mastered.
    pub mastered: usize,
    /// Cards of the topic seen at least once.
    pub seen: usize,
    /// Cards in the topic.
    pub total: usize,
    /// `mastered / total`, from 0.0 to 1.0.
    pub share: f32,
}

/// A card that was often missed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissedCard {
    /// The card's key; [`find_card`] turns it into a `CardRef`.
    pub key: String,
    /// Times wrong or unplaced.
    pub misses: u32,
    /// Times seen.
    pub seen: u32,
}

/// The headline numbers of the Progress view.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressSummary {
    /// Exercises recorded.
    pub exercises: usize,
    /// Different cards seen at least once.
    pub cards_seen: usize,
    /// Cards mastered.
    pub cards_mastered: usize,
    /// Cards due now.
    pub due_now: usize,
    /// Cards due before the end of today (UTC).
    pub due_today: usize,
    /// Consecutive UTC days with at least one exercise, ending today or
    /// yesterday; 0 when the last study day is older.
    pub streak_days: u32,
    /// The last exercise's score in percent.
    pub last_percent: Option<f32>,
    /// The mean score over all exercises in percent.
    pub average_percent: Option<f32>,
}

/// Why progress could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProgressError {
    /// The file could not be read or parsed; says where.
    #[error("{0}")]
    Load(LoadError),
    /// The file was written by a newer SRM Study in a layout this one does
    /// not know; it must be kept, not overwritten.
    #[error(
        "{path}: this progress file has version {found}, made by a newer SRM Study \
         (this one reads up to version {supported}); update SRM Study to use it"
    )]
    NewerVersion {
        /// The file.
        path: String,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
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
    pub cards: BTreeMap<String, CardStats>,
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

/// Reads only the version of a progress file, whatever its layout.
#[derive(Deserialize)]
#[serde(rename = "Progress")]
struct VersionProbe {
    #[serde(default)]
    version: u32,
}

/// Version 0: cards had counts and the last result only, no review state.
#[derive(Deserialize)]
#[serde(rename = "Progress")]
struct ProgressV0 {
    #[serde(default)]
    exercises: Vec<ExerciseRecord>,
    #[serde(default)]
    cards: BTreeMap<String, CardStatsV0>,
}

/// A card of version 0.
#[derive(Deserialize)]
#[serde(rename = "CardStats")]
struct CardStatsV0 {
    times_seen: u32,
    times_right: u32,
    last_seen: u64,
    last_right: bool,
}

impl ProgressV0 {
    /// Version 0 to the current layout: every card goes to box 1, due at
    /// `now`, with its last result as its only recent result.
    fn migrate(self, now: u64) -> Progress {
        let cards = self
            .cards
            .into_iter()
            .map(|(key, old)| {
                let stats = CardStats {
                    times_seen: old.times_seen,
                    times_right: old.times_right.min(old.times_seen),
                    last_seen: old.last_seen,
                    last_result: if old.last_right {
                        Mark::Right
                    } else {
                        Mark::Wrong
                    },
                    recent: if old.times_seen > 0 {
                        vec![old.last_right]
                    } else {
                        Vec::new()
                    },
                    leitner_box: 1,
                    due: now,
                };
                (key, stats)
            })
            .collect();
        Progress {
            version: CURRENT_VERSION,
            exercises: self.exercises,
            cards,
        }
    }
}

impl Progress {
    /// Empty progress in the current layout.
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses a progress file's bytes. `label` names the file in errors;
    /// `now` (unix seconds) is when migrated cards become due.
    ///
    /// Version 0 or a missing version is migrated; a version above
    /// [`CURRENT_VERSION`] is refused with [`ProgressError::NewerVersion`].
    pub fn from_ron(label: &str, bytes: &[u8], now: u64) -> Result<Self, ProgressError> {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if text.iter().all(u8::is_ascii_whitespace) {
            return Err(ProgressError::Load(LoadError {
                kind: ErrorKind::Empty,
                path: label.to_owned(),
                position: None,
                context: String::new(),
                message: "the progress file is empty".to_owned(),
            }));
        }
        let probe: VersionProbe = parse_ron(label, bytes).map_err(ProgressError::Load)?;
        let mut progress = match probe.version {
            0 => parse_ron::<ProgressV0>(label, bytes)
                .map_err(ProgressError::Load)?
                .migrate(now),
            CURRENT_VERSION => parse_ron::<Progress>(label, bytes).map_err(ProgressError::Load)?,
            found => {
                return Err(ProgressError::NewerVersion {
                    path: label.to_owned(),
                    found,
                    supported: CURRENT_VERSION,
                });
            }
        };
        for stats in progress.cards.values_mut() {
            stats.normalise();
        }
        Ok(progress)
    }

    /// Writes the progress as RON in the current layout: one line per
    /// exercise and per card, so the file stays small but readable.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .indentor("    ".to_owned())
            .struct_names(true)
            .depth_limit(2);
        let mut text = if self.version == CURRENT_VERSION {
            ron_options().to_string_pretty(self, config)?
        } else {
            let current = Progress {
                version: CURRENT_VERSION,
                ..self.clone()
            };
            ron_options().to_string_pretty(&current, config)?
        };
        text.push('\n');
        Ok(text)
    }

    /// Records a finished exercise at `now` (unix seconds): appends its
    /// record and updates every card's statistics and review state.
    /// `rounds` is how many rounds were played (`Session::round()`); `title`
    /// says what the exercise was ("Practice", "Review", an exercise id).
    pub fn record(&mut self, first: &FirstAttempt, rounds: u32, title: &str, now: u64) {
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
        for attempt in &cards {
            self.cards
                .entry(attempt.key())
                .or_insert_with(|| CardStats::unseen(now))
                .apply(attempt.mark(), now);
        }
        self.exercises.push(ExerciseRecord {
            when: now,
            title: title.to_owned(),
            cards,
            score: first.score,
            seconds: first.seconds,
            rounds: rounds.max(1),
        });
        let old = self.exercises.len().saturating_sub(MAX_DETAILED_EXERCISES);
        for exercise in &mut self.exercises[..old] {
            if !exercise.cards.is_empty() {
                exercise.cards = Vec::new();
            }
        }
    }

    /// Keys of the cards due at `now`, most overdue first (ties by key).
    pub fn due_cards(&self, now: u64) -> Vec<String> {
        let mut due: Vec<(&String, &CardStats)> =
            self.cards.iter().filter(|(_, s)| s.is_due(now)).collect();
        due.sort_by(|a, b| a.1.due.cmp(&b.1.due).then_with(|| a.0.cmp(b.0)));
        due.into_iter().map(|(key, _)| key.clone()).collect()
    }

    /// How many cards are due at `now`.
    pub fn due_count(&self, now: u64) -> usize {
        self.cards.values().filter(|s| s.is_due(now)).count()
    }

    /// The cards of a Review at `now`: every due card still in the catalog,
    /// most overdue first, then up to `new_limit` never-seen cards in catalog
    /// order ([`DEFAULT_NEW_CARDS`] is a good limit), so new cards come in a
    /// few at a time. Cards of decks no longer loaded are skipped.
    pub fn review_queue(&self, catalog: &Catalog, now: u64, new_limit: usize) -> Vec<CardRef> {
        let index = card_index(catalog);
        let mut queue: Vec<CardRef> = self
            .due_cards(now)
            .iter()
            .filter_map(|key| index.get(key).copied())
            .collect();
        let new_cards = catalog
            .cards()
            .filter(|(card, item)| {
                let deck_id = &catalog.decks[card.deck].deck.id;
                !self.cards.contains_key(&card_key(deck_id, &item.id))
            })
            .map(|(card, _)| card)
            .take(new_limit);
        queue.extend(new_cards);
        queue
    }

    /// One point per exercise, oldest first: (when, score in percent).
    pub fn score_series(&self) -> Vec<(u64, f32)> {
        self.exercises
            .iter()
            .map(|e| (e.when, e.score.percent()))
            .collect()
    }

    /// Mastery per topic of every catalog deck, in deck then topic order;
    /// topics without cards are left out.
    pub fn topic_mastery(&self, catalog: &Catalog) -> Vec<TopicMastery> {
        let mut out = Vec::new();
        for loaded in &catalog.decks {
            let deck = &loaded.deck;
            for topic in &deck.topics {
                let mut row = TopicMastery {
                    deck_id: deck.id.clone(),
                    topic_id: topic.id.clone(),
                    title: topic.title.clone(),
                    mastered: 0,
                    seen: 0,
                    total: 0,
                    share: 0.0,
                };
                for item in deck.items.iter().filter(|i| i.topic == topic.id) {
                    row.total += 1;
                    if let Some(stats) = self.cards.get(&card_key(&deck.id, &item.id)) {
                        row.seen += 1;
                        if stats.is_mastered() {
                            row.mastered += 1;
                        }
                    }
                }
                if row.total > 0 {
                    row.share = row.mastered as f32 / row.total as f32;
                    out.push(row);
                }
            }
        }
        out
    }

    /// The `limit` cards missed most often, most misses first (ties by key);
    /// cards never missed are left out.
    pub fn most_missed(&self, limit: usize) -> Vec<MissedCard> {
        let mut missed: Vec<MissedCard> = self
            .cards
            .iter()
            .filter(|(_, s)| s.misses() > 0)
            .map(|(key, s)| MissedCard {
                key: key.clone(),
                misses: s.misses(),
                seen: s.times_seen,
            })
            .collect();
        missed.sort_by(|a, b| b.misses.cmp(&a.misses).then_with(|| a.key.cmp(&b.key)));
        missed.truncate(limit);
        missed
    }

    /// Consecutive UTC calendar days with at least one exercise, ending today
    /// or yesterday (so the streak survives until a day is really missed).
    pub fn streak_days(&self, now: u64) -> u32 {
        let days: BTreeSet<u64> = self
            .exercises
            .iter()
            .map(|e| e.when / SECS_PER_DAY)
            .collect();
        let today = now / SECS_PER_DAY;
        let mut day = if days.contains(&today) {
            today
        } else if today > 0 && days.contains(&(today - 1)) {
            today - 1
        } else {
            return 0;
        };
        let mut streak = 0;
        while days.contains(&day) {
            streak += 1;
            if day == 0 {
                break;
            }
            day -= 1;
        }
        streak
    }

    /// The headline numbers at `now`.
    pub fn summary(&self, now: u64) -> ProgressSummary {
        let end_of_today = (now / SECS_PER_DAY + 1) * SECS_PER_DAY;
        let percents: Vec<f32> = self.exercises.iter().map(|e| e.score.percent()).collect();
        ProgressSummary {
            exercises: self.exercises.len(),
            cards_seen: self.cards.len(),
            cards_mastered: self.cards.values().filter(|s| s.is_mastered()).count(),
            due_now: self.due_count(now),
            due_today: self.cards.values().filter(|s| s.due < end_of_today).count(),
            streak_days: self.streak_days(now),
            last_percent: percents.last().copied(),
            average_percent: (!percents.is_empty())
                .then(|| percents.iter().sum::<f32>() / percents.len() as f32),
        }
    }
}

/// A UTC calendar date and time, for labels and file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcDateTime {
    /// The year, e.g. 2024.
    pub year: u64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
    /// 0 to 59.
    pub second: u32,
}

impl UtcDateTime {
    /// The UTC date and time of `secs` unix seconds.
    pub fn from_unix(secs: u64) -> Self {
        // Howard Hinnant's civil_from_days, for days since 1970-01-01 >= 0.
        let days = secs / SECS_PER_DAY;
        let rest = secs % SECS_PER_DAY;
        let z = days + 719_468;
        let era = z / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + u64::from(month <= 2);
        Self {
            year,
            month: month as u32,
            day: day as u32,
            hour: (rest / 3600) as u32,
            minute: (rest % 3600 / 60) as u32,
            second: (rest % 60) as u32,
        }
    }

    /// `YYYY-MM-DD`.
    pub fn date_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD-HHMMSS`, for file names.
    pub fn file_stamp(&self) -> String {
        format!(
            "{:04}{:02}{:02}-{:02}{:02}{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::Origin;
    use crate::model::session::{ExerciseOptions, Feedback, Session, SessionCard};

    const DAY: u64 = SECS_PER_DAY;
    /// 2024-01-01 00:00:00 UTC.
    const T0: u64 = 1_704_067_200;

    /// A deck with `n` items split over topics "a" (even) and "b" (odd).
    fn catalog(n: usize) -> Catalog {
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

    fn wrong_owner(owner: Owner) -> Owner {
        match owner {
            Owner::Aws => Owner::Customer,
            Owner::Customer => Owner::Shared,
            Owner::Shared => Owner::Aws,
        }
    }

    /// Runs a real session on `cards` at `now` (seconds), placing each card
    /// right when `knows` says so, and returns its first attempt.
    fn play(
        catalog: &Catalog,
        cards: &[CardRef],
        now: u64,
        knows: impl Fn(&SessionCard) -> bool,
    ) -> FirstAttempt {
        let options = ExerciseOptions {
            feedback: Feedback::AtEnd,
            seed: now,
            ..ExerciseOptions::default()
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

    fn refs(catalog: &Catalog, items: &[usize]) -> Vec<CardRef> {
        items
            .iter()
            .map(|i| find_card(catalog, &format!("d/i{i}")).expect("card"))
            .collect()
    }

    #[test]
    fn intervals_double_per_box() {
        let days: Vec<u64> = (1..=5).map(interval_days).collect();
        assert_eq!(days, vec![1, 2, 4, 8, 16]);
        assert_eq!(interval_days(0), 1);
        assert_eq!(interval_days(9), 16);
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
        let mut session = Session::new(cards, ExerciseOptions::default(), 0);
        session.check(1_000);
        let mut p = Progress::new();
        p.record(session.first_attempt().expect("first"), 1, "Review", T0);
        let stats = &p.cards["d/i0"];
        assert_eq!(stats.last_result, Mark::Unanswered);
        assert_eq!((stats.leitner_box, stats.due, stats.misses()), (1, T0, 1));
    }

    #[test]
    fn boxes_climb_only_when_due_and_fall_to_one_when_wrong() {
        let catalog = catalog(1);
        let card = refs(&catalog, &[0]);
        let mut p = Progress::new();
        let mut now = T0;
        for expected_box in 2..=5u8 {
            p.record(&play(&catalog, &card, now, |_| true), 1, "Review", now);
            assert_eq!(p.cards["d/i0"].leitner_box, expected_box);
            assert_eq!(p.cards["d/i0"].due, now + interval_days(expected_box) * DAY);
            now = p.cards["d/i0"].due;
        }
        p.record(&play(&catalog, &card, now, |_| true), 1, "Review", now);
        assert_eq!(p.cards["d/i0"].leitner_box, MAX_BOX, "box 5 is the top");
        assert_eq!(p.cards["d/i0"].due, now + 16 * DAY);

        // Right before it is due: nothing moves.
        let due = p.cards["d/i0"].due;
        p.record(
            &play(&catalog, &card, now + DAY, |_| true),
            1,
            "Practice",
            now + DAY,
        );
        assert_eq!(p.cards["d/i0"].leitner_box, MAX_BOX);
        assert_eq!(p.cards["d/i0"].due, due);

        // Wrong at any time: box 1, due at once.
        p.record(
            &play(&catalog, &card, now + DAY, |_| false),
            1,
            "Practice",
            now + DAY,
        );
        assert_eq!(p.cards["d/i0"].leitner_box, 1);
        assert_eq!(p.due_cards(now + DAY), vec!["d/i0".to_owned()]);
        assert_eq!(
            p.cards["d/i0"].recent.len(),
            RECENT_LEN,
            "recent keeps five"
        );
        assert_eq!(p.cards["d/i0"].recent.last(), Some(&false));
    }

    #[test]
    fn due_cards_are_most_overdue_first() {
        let mut p = Progress::new();
        for (key, due) in [("d/c", 50), ("d/a", 10), ("d/b", 10), ("d/late", 500)] {
            let mut stats = CardStats::unseen(0);
            stats.due = due;
            p.cards.insert(key.to_owned(), stats);
        }
        assert_eq!(p.due_cards(100), vec!["d/a", "d/b", "d/c"]);
        assert_eq!(p.due_count(100), 3);
        assert_eq!(p.due_count(9), 0);
    }

    #[test]
    fn review_queue_puts_due_first_then_a_few_new_cards_and_skips_missing() {
        let catalog = catalog(10);
        let mut p = Progress::new();
        p.record(
            &play(&catalog, &refs(&catalog, &[3, 4]), T0, |c| {
                c.item_id == "i4"
            }),
            1,
            "Practice",
            T0,
        );
        // A card of a deck that is gone, due long ago.
        let mut gone = CardStats::unseen(0);
        gone.due = 1;
        p.cards.insert("old-deck/x".to_owned(), gone);

        let queue = p.review_queue(&catalog, T0, 3);
        assert_eq!(
            queue,
            refs(&catalog, &[3, 0, 1, 2]),
            "due i3, then new i0..i2"
        );
        let queue = p.review_queue(&catalog, T0 + 2 * DAY, DEFAULT_NEW_CARDS);
        assert_eq!(queue, refs(&catalog, &[3, 4, 0, 1, 2, 5, 6]));
        assert!(p.review_queue(&catalog, T0, 0).len() == 1);
    }

    #[test]
    fn stats_series_mastery_missed_and_summary() {
        let catalog = catalog(6);
        let mut p = Progress::new();
        let all = refs(&catalog, &[0, 1, 2, 3, 4, 5]);
        p.record(
            &play(&catalog, &all, T0, |c| c.item_id != "i5"),
            1,
            "Practice",
            T0,
        );
        p.record(
            &play(&catalog, &all, T0 + 100, |c| {
                c.item_id != "i5" && c.item_id != "i3"
            }),
            2,
            "Practice",
            T0 + 100,
        );
        let series = p.score_series();
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].0, T0);
        assert!((series[0].1 - 500.0 / 6.0).abs() < 1e-3, "{series:?}");
        assert!((series[1].1 - 400.0 / 6.0).abs() < 1e-3, "{series:?}");

        // i0, i2, i4 (topic a) and i1 (topic b) were right twice.
        let mastery = p.topic_mastery(&catalog);
        assert_eq!(mastery.len(), 2, "the empty topic is left out");
        assert_eq!(
            (mastery[0].topic_id.as_str(), mastery[0].title.as_str()),
            ("a", "Topic A")
        );
        assert_eq!(
            (mastery[0].mastered, mastery[0].seen, mastery[0].total),
            (3, 3, 3)
        );
        assert!((mastery[0].share - 1.0).abs() < f32::EPSILON);
        assert_eq!(
            (mastery[1].mastered, mastery[1].seen, mastery[1].total),
            (1, 3, 3)
        );
        assert_eq!(mastery[1].deck_id, "d");

        let missed = p.most_missed(10);
        assert_eq!(
            missed,
            vec![
                MissedCard {
                    key: "d/i5".into(),
                    misses: 2,
                    seen: 2
                },
                MissedCard {
                    key: "d/i3".into(),
                    misses: 1,
                    seen: 2
                },
            ]
        );
        assert_eq!(p.most_missed(1).len(), 1);

        let summary = p.summary(T0 + 200);
        assert_eq!(summary.exercises, 2);
        assert_eq!(summary.cards_seen, 6);
        assert_eq!(summary.cards_mastered, 4);
        assert_eq!(summary.due_now, 2, "i3 and i5");
        assert_eq!(summary.due_today, 2);
        assert_eq!(summary.streak_days, 1);
        assert!(
            summary
                .last_percent
                .is_some_and(|p| (p - 400.0 / 6.0).abs() < 1e-3)
        );
        assert!(
            summary
                .average_percent
                .is_some_and(|p| (p - 75.0).abs() < 1e-3)
        );
        let empty = Progress::new().summary(T0);
        assert_eq!(
            (empty.exercises, empty.streak_days, empty.last_percent),
            (0, 0, None)
        );
    }

    #[test]
    fn mastery_needs_two_right_in_a_row_or_box_three() {
        let mut stats = CardStats::unseen(0);
        stats.recent = vec![true];
        assert!(!stats.is_mastered());
        stats.recent = vec![false, true, true];
        assert!(stats.is_mastered());
        stats.recent = vec![true, true, false];
        assert!(!stats.is_mastered());
        stats.leitner_box = 3;
        assert!(stats.is_mastered());
    }

    #[test]
    fn streak_counts_consecutive_utc_days_ending_today_or_yesterday() {
        let catalog = catalog(1);
        let card = refs(&catalog, &[0]);
        let mut p = Progress::new();
        assert_eq!(p.streak_days(T0), 0);
        // Days 0, 1, 2 (two exercises on day 2), then a gap, then day 5.
        for when in [
            T0 + 10,
            T0 + DAY + 5,
            T0 + 2 * DAY + 1,
            T0 + 3 * DAY - 1,
            T0 + 5 * DAY,
        ] {
            p.record(&play(&catalog, &card, when, |_| true), 1, "Practice", when);
        }
        assert_eq!(p.streak_days(T0 + 2 * DAY + 7), 3, "today counts");
        assert_eq!(p.streak_days(T0 + 3 * DAY + 7), 3, "yesterday still counts");
        assert_eq!(p.streak_days(T0 + 4 * DAY + 7), 0, "a missed day ends it");
        assert_eq!(p.streak_days(T0 + 5 * DAY + 7), 1);
        assert_eq!(p.streak_days(T0 + 6 * DAY + 86_399 - 7), 1);
    }

    /// Twelve cards, thirty days, one Review a day. The student starts
    /// knowing only the Aws cards and learns a card for good once it was
    /// shown wrong; missed cards must come back the same day and the scores
    /// must climb until everything is mastered.
    #[test]
    fn simulated_month_brings_missed_cards_back_and_scores_climb() {
        let catalog = catalog(12);
        let mut p = Progress::new();
        let learned = std::cell::RefCell::new(BTreeSet::<String>::new());
        let knows =
            |c: &SessionCard| c.owner == Owner::Aws || learned.borrow().contains(&c.item_id);
        let mut daily_scores = Vec::new();
        let mut seen_each_day = Vec::new();
        for day in 0..30 {
            let morning = T0 + day * DAY + 9 * 3600;
            let queue = p.review_queue(&catalog, morning, DEFAULT_NEW_CARDS);
            seen_each_day.push(queue.len());
            if queue.is_empty() {
                daily_scores.push(None);
                continue;
            }
            let first = play(&catalog, &queue, morning, knows);
            let missed: Vec<String> = first.missed().iter().map(|c| c.item_id.clone()).collect();
            p.record(&first, 1, "Review", morning);
            daily_scores.push(Some(first.score.percent()));

            // Missed cards are due at once and come back in an evening review.
            let evening = morning + 9 * 3600;
            let due = p.due_cards(evening);
            for item in &missed {
                assert!(
                    due.contains(&format!("d/{item}")),
                    "day {day}: {item} should be due"
                );
            }
            learned.borrow_mut().extend(missed.iter().cloned());
            if !missed.is_empty() {
                let again = p.review_queue(&catalog, evening, 0);
                for item in &missed {
                    let card = find_card(&catalog, &format!("d/{item}")).expect("card");
                    assert!(again.contains(&card), "day {day}: {item} comes back");
                }
                let first = play(&catalog, &again, evening, knows);
                assert_eq!(first.score.right as usize, again.len(), "learned by now");
                p.record(&first, 1, "Review", evening);
            }
        }
        let scores: Vec<f32> = daily_scores.iter().flatten().copied().collect();
        assert!(scores[0] < 50.0, "day one is hard: {scores:?}");
        assert!(
            scores
                .iter()
                .rev()
                .take(3)
                .all(|s| (*s - 100.0).abs() < 1e-3),
            "the end is easy: {scores:?}"
        );
        assert!(
            scores.windows(2).filter(|w| w[1] < w[0]).count() <= 3,
            "{scores:?}"
        );
        let summary = p.summary(T0 + 30 * DAY);
        assert_eq!(summary.cards_seen, 12);
        assert_eq!(summary.cards_mastered, 12);
        assert_eq!(
            p.streak_days(T0 + 2 * DAY + 12 * 3600),
            3,
            "days 0, 1 and 2"
        );
        let last = p.exercises.last().map_or(0, |e| e.when);
        assert!(p.streak_days(last) >= 1);
        assert!(
            p.cards.values().any(|s| s.leitner_box >= 4),
            "well-known cards move up: {:?}",
            p.cards
        );
        assert!(
            seen_each_day.contains(&0),
            "with everything learned some days have nothing due: {seen_each_day:?}"
        );
        assert!(
            p.topic_mastery(&catalog)
                .iter()
                .all(|t| t.mastered == t.total)
        );
    }

    #[test]
    fn ron_round_trip_keeps_everything() {
        let catalog = catalog(3);
        let mut p = Progress::new();
        let first = play(&catalog, &refs(&catalog, &[0, 1, 2]), T0, |c| {
            c.item_id != "i2"
        });
        p.record(&first, 2, "Practice", T0);
        let text = p.to_ron().expect("serialise");
        assert!(text.contains("version: 1"), "{text}");
        let back = Progress::from_ron("progress.ron", text.as_bytes(), T0).expect("parse");
        assert_eq!(back, p);
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
    fn version_zero_is_migrated_to_box_one_due_now() {
        let v0 = r#"Progress(
            exercises: [],
            cards: {
                "d/i0": CardStats(times_seen: 3, times_right: 2, last_seen: 100, last_right: true),
                "d/i1": CardStats(times_seen: 1, times_right: 0, last_seen: 50, last_right: false),
            },
        )"#;
        for text in [
            v0.to_owned(),
            v0.replace("Progress(", "Progress(version: 0,"),
        ] {
            let p = Progress::from_ron("old.ron", text.as_bytes(), T0).expect("migrates");
            assert_eq!(p.version, CURRENT_VERSION);
            let a = &p.cards["d/i0"];
            assert_eq!((a.times_seen, a.times_right, a.last_seen), (3, 2, 100));
            assert_eq!((a.leitner_box, a.due, a.last_result), (1, T0, Mark::Right));
            assert_eq!(a.recent, vec![true]);
            assert_eq!(p.cards["d/i1"].last_result, Mark::Wrong);
            assert_eq!(p.due_count(T0), 2);
            assert!(p.to_ron().expect("ron").contains("version: 1"));
        }
    }

    #[test]
    fn newer_version_is_refused_and_bad_files_say_where() {
        let newer = "Progress(version: 7, something_new: [1, 2])";
        let err = Progress::from_ron("p.ron", newer.as_bytes(), T0).expect_err("newer");
        assert_eq!(
            err,
            ProgressError::NewerVersion {
                path: "p.ron".into(),
                found: 7,
                supported: 1
            }
        );
        assert!(err.to_string().contains("newer SRM Study"), "{err}");

        let truncated = "Progress(\n  version: 1,\n  exercises: [";
        let Err(ProgressError::Load(e)) = Progress::from_ron("p.ron", truncated.as_bytes(), T0)
        else {
            panic!("truncated file should fail to load");
        };
        assert_eq!(e.kind, ErrorKind::Syntax);
        assert!(e.to_string().starts_with("p.ron:3:"), "{e}");

        let Err(ProgressError::Load(e)) = Progress::from_ron("p.ron", b"  \n", T0) else {
            panic!("empty file should fail to load");
        };
        assert_eq!(e.kind, ErrorKind::Empty);
        assert!(Progress::from_ron("p.ron", b"[1, 2]", T0).is_err());
        assert!(Progress::from_ron("p.ron", b"Progress(version: 1, cards: 5)", T0).is_err());
    }

    #[test]
    fn out_of_range_values_are_repaired_on_load() {
        let text = r#"Progress(version: 1, cards: {"d/a": CardStats(times_seen: 1,
            times_right: 1, last_seen: 0, last_result: Right,
            recent: [true, true, true, true, true, true, false], leitner_box: 9, due: 0)})"#;
        let p = Progress::from_ron("p.ron", text.as_bytes(), T0).expect("loads");
        assert_eq!(p.cards["d/a"].leitner_box, MAX_BOX);
        assert_eq!(p.cards["d/a"].recent.len(), RECENT_LEN);
        assert_eq!(p.cards["d/a"].recent.last(), Some(&false));
    }

    #[test]
    fn utc_dates_match_known_days() {
        assert_eq!(UtcDateTime::from_unix(0).date_string(), "1970-01-01");
        assert_eq!(
            UtcDateTime::from_unix(951_782_400).date_string(),
            "2000-02-29"
        );
        assert_eq!(
            UtcDateTime::from_unix(1_700_000_000).file_stamp(),
            "20231114-221320"
        );
        assert_eq!(
            UtcDateTime::from_unix(T0 - 1).file_stamp(),
            "20231231-235959"
        );
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

//! Spaced review with Leitner boxes: each card's statistics, what is due,
//! and the cards of a Review.
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

use serde::{Deserialize, Serialize};

use super::{CardKey, Progress, SECS_PER_DAY, card_index, card_key};
use crate::model::catalog::{CardRef, Catalog};
use crate::model::session::Mark;

/// The highest Leitner box.
pub const MAX_BOX: u8 = 5;

/// How many recent results a card keeps for mastery.
pub const RECENT_LEN: usize = 5;

/// How many never-seen cards a review introduces by default.
pub const DEFAULT_NEW_CARDS: usize = 5;

/// Days until a card in `leitner_box` is due again after a right answer:
/// 1, 2, 4, 8, 16 for boxes 1 to 5 (boxes outside the range are clamped).
pub fn interval_days(leitner_box: u8) -> u64 {
    1 << (leitner_box.clamp(1, MAX_BOX) - 1)
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
    pub(super) fn unseen(now: u64) -> Self {
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
    pub(super) fn apply(&mut self, mark: Mark, now: u64) {
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
}

impl Progress {
    /// Keys of the cards due at `now`, most overdue first (ties by key).
    pub fn due_cards(&self, now: u64) -> Vec<CardKey> {
        let mut due: Vec<(&CardKey, &CardStats)> =
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
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::super::find_card;
    use super::super::test_support::{DAY, T0, catalog, play, refs};
    use super::*;
    use crate::model::deck::Owner;
    use crate::model::session::SessionCard;

    #[test]
    fn intervals_double_per_box() {
        let days: Vec<u64> = (1..=5).map(interval_days).collect();
        assert_eq!(days, vec![1, 2, 4, 8, 16]);
        assert_eq!(interval_days(0), 1);
        assert_eq!(interval_days(9), 16);
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
            let (deck, item) = key.split_once('/').expect("deck/item");
            p.cards.insert(CardKey::new(deck, item), stats);
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
        p.cards.insert(CardKey::new("old-deck", "x"), gone);

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
                    due.contains(&CardKey::new("d", item)),
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
}

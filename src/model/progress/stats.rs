//! The numbers the Progress view shows: the score series, mastery per
//! topic, the cards missed most, the study streak and the summary.

use std::collections::BTreeSet;

use super::{Progress, SECS_PER_DAY, card_key};
use crate::model::catalog::Catalog;

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

impl Progress {
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
                key: key.to_string(),
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

#[cfg(test)]
mod tests {
    use super::super::test_support::{DAY, T0, catalog, play, refs};
    use super::*;

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
}

//! A sorting exercise: cards to place into the AWS, Customer and Shared bins,
//! checking, scoring and retry rounds.
//!
//! Deterministic: the shuffle comes from the seed in [`SessionOptions`] and
//! every time-dependent call takes the current time (milliseconds) as an
//! argument, so tests never wait.

use std::collections::BTreeMap;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::catalog::{CardRef, Catalog};
use super::deck::Owner;

/// When a student learns whether a placement is right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Feedback {
    /// Each card is marked as it lands, and stays where it landed.
    #[default]
    Instant,
    /// Marks appear when the student presses Check.
    AtEnd,
}

/// How a sorting session runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ExerciseOptions")]
pub struct SessionOptions {
    /// When marks appear.
    pub feedback: Feedback,
    /// Whether a wrong placement costs a point (total floored at 0).
    pub penalty: bool,
    /// Optional time limit; when it runs out the exercise is checked.
    pub time_limit_secs: Option<u32>,
    /// Whether the order of the three bins is shuffled too.
    pub shuffle_bins: bool,
    /// The seed of the shuffle: the same seed gives the same exercise.
    pub seed: u64,
}

impl Default for SessionOptions {
    fn default() -> Self {
        Self {
            feedback: Feedback::Instant,
            penalty: false,
            time_limit_secs: None,
            shuffle_bins: false,
            seed: 0,
        }
    }
}

/// One card of an exercise, with what grading needs copied from the deck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionCard {
    /// Where the card lives in the catalog.
    pub card: CardRef,
    /// The deck's id.
    pub deck_id: String,
    /// The item's id.
    pub item_id: String,
    /// The item's topic id.
    pub topic: String,
    /// The right answer.
    pub owner: Owner,
}

impl SessionCard {
    /// Builds the session cards for `cards` from the catalog; unknown refs
    /// are skipped.
    pub fn from_catalog(catalog: &Catalog, cards: &[CardRef]) -> Vec<SessionCard> {
        cards
            .iter()
            .filter_map(|card| {
                let item = catalog.item(*card)?;
                let deck = &catalog.decks.get(card.deck)?.deck;
                Some(SessionCard {
                    card: *card,
                    deck_id: deck.id.clone(),
                    item_id: item.id.clone(),
                    topic: item.topic.clone(),
                    owner: item.owner,
                })
            })
            .collect()
    }
}

/// The mark a placed (or unplaced) card gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// Placed in the right bin.
    Right,
    /// Placed in a wrong bin.
    Wrong,
    /// Not placed when the exercise was checked.
    Unanswered,
}

/// A score: counts and points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Score {
    /// Cards in the right bin.
    pub right: u32,
    /// Cards in a wrong bin.
    pub wrong: u32,
    /// Cards left unplaced.
    pub unanswered: u32,
    /// Points: right, minus wrong when the penalty is on, floored at 0.
    pub points: u32,
    /// The most points possible: one per card.
    pub max: u32,
}

impl Score {
    /// Grades placements against right answers.
    pub fn grade(pairs: impl IntoIterator<Item = (Owner, Option<Owner>)>, penalty: bool) -> Score {
        let mut score = Score::default();
        for (owner, placed) in pairs {
            score.max += 1;
            match mark_of(owner, placed) {
                Mark::Right => score.right += 1,
                Mark::Wrong => score.wrong += 1,
                Mark::Unanswered => score.unanswered += 1,
            }
        }
        score.points = if penalty {
            score.right.saturating_sub(score.wrong)
        } else {
            score.right
        };
        score
    }

    /// Points as a percentage of the maximum (0 when there are no cards).
    pub fn percent(&self) -> f32 {
        if self.max == 0 {
            0.0
        } else {
            100.0 * self.points as f32 / self.max as f32
        }
    }
}

/// The mark for a right answer and a placement.
pub fn mark_of(owner: Owner, placed: Option<Owner>) -> Mark {
    match placed {
        None => Mark::Unanswered,
        Some(p) if p == owner => Mark::Right,
        Some(_) => Mark::Wrong,
    }
}

/// What the first attempt was: the only score that counts.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstAttempt {
    /// Every card of the exercise with where it was placed.
    pub cards: Vec<(SessionCard, Option<Owner>)>,
    /// The score.
    pub score: Score,
    /// Seconds from start to the first check.
    pub seconds: u64,
}

impl FirstAttempt {
    /// Right and total per topic id.
    pub fn topic_breakdown(&self) -> BTreeMap<String, (u32, u32)> {
        let mut out: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        for (card, placed) in &self.cards {
            let entry = out.entry(card.topic.clone()).or_default();
            entry.1 += 1;
            if *placed == Some(card.owner) {
                entry.0 += 1;
            }
        }
        out
    }

    /// The cards that were wrong or unanswered.
    pub fn missed(&self) -> Vec<&SessionCard> {
        self.cards
            .iter()
            .filter(|(card, placed)| *placed != Some(card.owner))
            .map(|(card, _)| card)
            .collect()
    }
}

/// Why a move was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SessionError {
    /// No card has this index.
    #[error("there is no card number {0}")]
    NoSuchCard(usize),
    /// The round is checked; start a retry round to place again.
    #[error("this round is checked; retry the missed cards to place them again")]
    Checked,
    /// With instant feedback a marked card stays where it landed.
    #[error("with instant feedback a card stays where it first landed")]
    Locked,
}

/// A sorting exercise in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    options: SessionOptions,
    cards: Vec<SessionCard>,
    placements: Vec<Option<Owner>>,
    bins: [Owner; 3],
    checked: bool,
    solution_shown: bool,
    round: u32,
    started_ms: u64,
    round_started_ms: u64,
    first: Option<FirstAttempt>,
    round_scores: Vec<Score>,
    missed_at_check: Vec<usize>,
    /// Where each card of this round was when it was checked: after "Show
    /// solution" the board marks these, as the results do, not the
    /// solution's placements.
    answers_at_check: Vec<Option<Owner>>,
}

impl Session {
    /// Starts an exercise on `cards`, shuffled by the seed, at `now_ms`.
    pub fn new(mut cards: Vec<SessionCard>, options: SessionOptions, now_ms: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
        cards.shuffle(&mut rng);
        let mut bins = Owner::ALL;
        if options.shuffle_bins {
            bins.shuffle(&mut rng);
        }
        let placements = vec![None; cards.len()];
        Self {
            options,
            cards,
            placements,
            bins,
            checked: false,
            solution_shown: false,
            round: 1,
            started_ms: now_ms,
            round_started_ms: now_ms,
            first: None,
            round_scores: Vec::new(),
            missed_at_check: Vec::new(),
            answers_at_check: Vec::new(),
        }
    }

    /// The options the exercise runs with.
    pub fn options(&self) -> &SessionOptions {
        &self.options
    }

    /// The cards of this round, in their shuffled order.
    pub fn cards(&self) -> &[SessionCard] {
        &self.cards
    }

    /// Where card `i` is placed.
    pub fn placement(&self, i: usize) -> Option<Owner> {
        self.placements.get(i).copied().flatten()
    }

    /// The bins in the order they are shown.
    pub fn bins(&self) -> [Owner; 3] {
        self.bins
    }

    /// The round number: 1 for the first attempt, then one per retry.
    pub fn round(&self) -> u32 {
        self.round
    }

    /// Whether this round has been checked.
    pub fn is_checked(&self) -> bool {
        self.checked
    }

    /// Whether "Show solution" was used in this round.
    pub fn solution_shown(&self) -> bool {
        self.solution_shown
    }

    /// How many cards of this round are placed.
    pub fn placed_count(&self) -> usize {
        self.placements.iter().filter(|p| p.is_some()).count()
    }

    /// Indices of the cards still on the pile.
    pub fn pile(&self) -> Vec<usize> {
        (0..self.cards.len())
            .filter(|i| self.placements[*i].is_none())
            .collect()
    }

    /// Indices of the cards in `bin`.
    pub fn in_bin(&self, bin: Owner) -> Vec<usize> {
        (0..self.cards.len())
            .filter(|i| self.placements[*i] == Some(bin))
            .collect()
    }

    /// The mark the student may see for card `i` now: in Instant mode as
    /// soon as it is placed, otherwise after Check. Once the solution is
    /// shown the mark is still that of the student's own answer at the
    /// check (the card sits in its right bin, but it was not placed there
    /// by the student), so the board and the results agree.
    pub fn visible_mark(&self, i: usize) -> Option<Mark> {
        let card = self.cards.get(i)?;
        let placed = if self.solution_shown {
            self.answers_at_check.get(i).copied().flatten()
        } else {
            self.placement(i)
        };
        if self.checked || (self.options.feedback == Feedback::Instant && placed.is_some()) {
            Some(mark_of(card.owner, placed))
        } else {
            None
        }
    }

    /// Places card `i` into `bin`.
    pub fn place(&mut self, i: usize, bin: Owner) -> Result<(), SessionError> {
        self.check_movable(i)?;
        self.placements[i] = Some(bin);
        Ok(())
    }

    /// Returns card `i` to the pile.
    pub fn unplace(&mut self, i: usize) -> Result<(), SessionError> {
        self.check_movable(i)?;
        self.placements[i] = None;
        Ok(())
    }

    /// Whether card `i` may be moved now.
    pub fn is_movable(&self, i: usize) -> bool {
        self.check_movable(i).is_ok()
    }

    fn check_movable(&self, i: usize) -> Result<(), SessionError> {
        if i >= self.cards.len() {
            return Err(SessionError::NoSuchCard(i));
        }
        if self.checked {
            return Err(SessionError::Checked);
        }
        if self.options.feedback == Feedback::Instant && self.placements[i].is_some() {
            return Err(SessionError::Locked);
        }
        Ok(())
    }

    /// The score of the current round's placements.
    pub fn score(&self) -> Score {
        Score::grade(
            self.cards
                .iter()
                .zip(&self.placements)
                .map(|(c, p)| (c.owner, *p)),
            self.options.penalty,
        )
    }

    /// Checks the round at `now_ms`. The first check records the first
    /// attempt, whose score is the exercise's score. Checking twice does
    /// nothing.
    pub fn check(&mut self, now_ms: u64) {
        if self.checked {
            return;
        }
        self.checked = true;
        self.answers_at_check = self.placements.clone();
        self.missed_at_check = (0..self.cards.len())
            .filter(|i| self.placements[*i] != Some(self.cards[*i].owner))
            .collect();
        let score = self.score();
        self.round_scores.push(score);
        if self.first.is_none() {
            self.first = Some(FirstAttempt {
                cards: self
                    .cards
                    .iter()
                    .cloned()
                    .zip(self.placements.iter().copied())
                    .collect(),
                score,
                seconds: now_ms.saturating_sub(self.started_ms) / 1000,
            });
        }
    }

    /// Places every card where it belongs. Before a check this checks the
    /// round first, so the first attempt keeps the student's own answers.
    pub fn show_solution(&mut self, now_ms: u64) {
        self.check(now_ms);
        for (card, placed) in self.cards.iter().zip(self.placements.iter_mut()) {
            *placed = Some(card.owner);
        }
        self.solution_shown = true;
    }

    /// The first attempt, once the first round is checked.
    pub fn first_attempt(&self) -> Option<&FirstAttempt> {
        self.first.as_ref()
    }

    /// The score of every checked round, first attempt first.
    pub fn round_scores(&self) -> &[Score] {
        &self.round_scores
    }

    /// The cards of this round that were not right when it was checked
    /// (empty before the check).
    pub fn missed(&self) -> &[usize] {
        &self.missed_at_check
    }

    /// Starts a new round with only the cards missed in this checked round
    /// (as they were before any "Show solution"). The first attempt stays on
    /// record. Returns false when there is nothing to retry.
    pub fn retry_missed(&mut self, now_ms: u64) -> bool {
        if !self.checked || self.missed_at_check.is_empty() {
            return false;
        }
        let missed: Vec<SessionCard> = self
            .missed_at_check
            .iter()
            .filter_map(|i| self.cards.get(*i).cloned())
            .collect();
        self.start_round(missed, now_ms);
        true
    }

    fn start_round(&mut self, cards: Vec<SessionCard>, now_ms: u64) {
        let mut rng =
            ChaCha8Rng::seed_from_u64(self.options.seed.wrapping_add(u64::from(self.round)));
        let mut cards = cards;
        cards.shuffle(&mut rng);
        self.placements = vec![None; cards.len()];
        self.cards = cards;
        self.checked = false;
        self.solution_shown = false;
        self.missed_at_check.clear();
        self.answers_at_check.clear();
        self.round += 1;
        self.round_started_ms = now_ms;
    }

    /// Seconds left of the time limit at `now_ms`, if there is one.
    pub fn seconds_left(&self, now_ms: u64) -> Option<u64> {
        let limit = u64::from(self.options.time_limit_secs?);
        let elapsed = now_ms.saturating_sub(self.round_started_ms) / 1000;
        Some(limit.saturating_sub(elapsed))
    }

    /// Whether the time limit has run out (and the round is not checked).
    pub fn is_expired(&self, now_ms: u64) -> bool {
        !self.checked && self.seconds_left(now_ms) == Some(0)
    }

    /// Seconds since the exercise started.
    pub fn elapsed_secs(&self, now_ms: u64) -> u64 {
        now_ms.saturating_sub(self.started_ms) / 1000
    }
}

/// What to practise: the Sort start screen's choices.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Selection {
    /// Deck ids; empty means every deck.
    pub decks: std::collections::BTreeSet<String>,
    /// Topic ids; empty means every topic.
    pub topics: std::collections::BTreeSet<String>,
    /// Service ids; empty means any card, with or without services.
    pub services: std::collections::BTreeSet<String>,
    /// How many cards; `None` means all that match.
    pub count: Option<usize>,
}

/// The cards a selection picks: those that match, shuffled by `seed`, cut
/// to the count.
pub fn choose_cards(catalog: &Catalog, selection: &Selection, seed: u64) -> Vec<CardRef> {
    let mut cards: Vec<CardRef> = catalog
        .cards()
        .filter(|(card, item)| {
            let deck = &catalog.decks[card.deck].deck;
            (selection.decks.is_empty() || selection.decks.contains(&deck.id))
                && (selection.topics.is_empty() || selection.topics.contains(&item.topic))
                && (selection.services.is_empty()
                    || item.services.iter().any(|s| selection.services.contains(s)))
        })
        .map(|(card, _)| card)
        .collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_cafe);
    cards.shuffle(&mut rng);
    if let Some(count) = selection.count {
        cards.truncate(count);
    }
    cards
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::Origin;

    fn card(i: usize, owner: Owner, topic: &str) -> SessionCard {
        SessionCard {
            card: CardRef { deck: 0, item: i },
            deck_id: "d".into(),
            item_id: format!("item-{i}"),
            topic: topic.into(),
            owner,
        }
    }

    /// Six cards: two per owner, in two topics.
    fn six() -> Vec<SessionCard> {
        vec![
            card(0, Owner::Aws, "physical"),
            card(1, Owner::Aws, "physical"),
            card(2, Owner::Customer, "data"),
            card(3, Owner::Customer, "data"),
            card(4, Owner::Shared, "physical"),
            card(5, Owner::Shared, "data"),
        ]
    }

    fn at_end(penalty: bool) -> SessionOptions {
        SessionOptions {
            feedback: Feedback::AtEnd,
            penalty,
            seed: 7,
            ..SessionOptions::default()
        }
    }

    fn index_of(s: &Session, item: usize) -> usize {
        s.cards()
            .iter()
            .position(|c| c.card.item == item)
            .expect("card in session")
    }

    /// Places every card: right when `right(item)` says so, else in the next
    /// owner round the cycle.
    fn place_all(s: &mut Session, right: impl Fn(usize) -> bool) {
        for i in 0..s.cards().len() {
            let card = s.cards()[i].clone();
            let owner = if right(card.card.item) {
                card.owner
            } else {
                match card.owner {
                    Owner::Aws => Owner::Customer,
                    Owner::Customer => Owner::Shared,
                    Owner::Shared => Owner::Aws,
                }
            };
            s.place(i, owner).expect("place");
        }
    }

    #[test]
    fn same_seed_same_exercise_other_seed_other_order() {
        let a = Session::new(six(), at_end(false), 0);
        let b = Session::new(six(), at_end(false), 0);
        assert_eq!(a.cards(), b.cards());
        let orders: std::collections::BTreeSet<Vec<usize>> = (0..20)
            .map(|seed| {
                let options = SessionOptions {
                    seed,
                    ..at_end(false)
                };
                let s = Session::new(six(), options, 0);
                s.cards().iter().map(|c| c.card.item).collect()
            })
            .collect();
        assert!(orders.len() > 5, "the seed should change the order");
    }

    #[test]
    fn bins_keep_their_order_unless_shuffled() {
        assert_eq!(Session::new(six(), at_end(false), 0).bins(), Owner::ALL);
        let orders: std::collections::BTreeSet<[Owner; 3]> = (0..30)
            .map(|seed| {
                let options = SessionOptions {
                    seed,
                    shuffle_bins: true,
                    ..at_end(false)
                };
                Session::new(six(), options, 0).bins()
            })
            .collect();
        assert!(orders.len() >= 4, "{orders:?}");
    }

    #[test]
    fn every_owner_grades_right_and_all_correct_is_full_marks() {
        let mut s = Session::new(six(), at_end(false), 0);
        place_all(&mut s, |_| true);
        assert_eq!(s.placed_count(), 6);
        s.check(30_000);
        let first = s.first_attempt().expect("first attempt");
        assert_eq!(
            first.score,
            Score {
                right: 6,
                wrong: 0,
                unanswered: 0,
                points: 6,
                max: 6
            }
        );
        assert_eq!(first.seconds, 30);
        assert!((first.score.percent() - 100.0).abs() < f32::EPSILON);
        assert!(s.missed().is_empty());
        assert!(!s.retry_missed(31_000), "nothing to retry");
        for owner in Owner::ALL {
            assert_eq!(s.in_bin(owner).len(), 2);
        }
    }

    #[test]
    fn penalty_subtracts_wrong_and_floors_at_zero() {
        let mut s = Session::new(six(), at_end(true), 0);
        place_all(&mut s, |item| item < 4);
        s.check(0);
        assert_eq!(
            s.score(),
            Score {
                right: 4,
                wrong: 2,
                unanswered: 0,
                points: 2,
                max: 6
            }
        );

        let mut s = Session::new(six(), at_end(true), 0);
        place_all(&mut s, |item| item == 0);
        s.check(0);
        assert_eq!(s.score().points, 0, "1 right - 5 wrong floors at 0");

        let mut s = Session::new(six(), at_end(false), 0);
        place_all(&mut s, |item| item < 4);
        s.check(0);
        assert_eq!(s.score().points, 4, "no penalty: wrong costs nothing");
    }

    #[test]
    fn none_placed_scores_zero_with_all_unanswered() {
        let mut s = Session::new(six(), at_end(true), 0);
        s.check(0);
        assert_eq!(
            s.score(),
            Score {
                right: 0,
                wrong: 0,
                unanswered: 6,
                points: 0,
                max: 6
            }
        );
        assert_eq!(s.visible_mark(0), Some(Mark::Unanswered));
        assert_eq!(s.missed().len(), 6);
    }

    #[test]
    fn unassign_returns_a_card_to_the_pile() {
        let mut s = Session::new(six(), at_end(false), 0);
        s.place(0, Owner::Shared).expect("place");
        s.place(0, Owner::Aws).expect("move between bins");
        assert_eq!(s.placement(0), Some(Owner::Aws));
        assert_eq!(s.pile().len(), 5);
        s.unplace(0).expect("unplace");
        assert_eq!(s.placement(0), None);
        assert_eq!(s.pile().len(), 6);
        assert_eq!(s.place(99, Owner::Aws), Err(SessionError::NoSuchCard(99)));
    }

    #[test]
    fn at_end_hides_marks_until_check_then_locks() {
        let mut s = Session::new(six(), at_end(false), 0);
        s.place(0, Owner::Aws).expect("place");
        assert_eq!(s.visible_mark(0), None);
        s.check(0);
        assert!(s.visible_mark(0).is_some());
        assert_eq!(s.place(1, Owner::Aws), Err(SessionError::Checked));
        assert_eq!(s.unplace(0), Err(SessionError::Checked));
    }

    #[test]
    fn instant_marks_on_landing_and_keeps_the_card_there() {
        let options = SessionOptions {
            feedback: Feedback::Instant,
            ..SessionOptions::default()
        };
        let mut s = Session::new(six(), options, 0);
        let aws = index_of(&s, 0);
        s.place(aws, Owner::Customer).expect("place");
        assert_eq!(s.visible_mark(aws), Some(Mark::Wrong));
        assert_eq!(s.place(aws, Owner::Aws), Err(SessionError::Locked));
        assert_eq!(s.unplace(aws), Err(SessionError::Locked));
        assert!(!s.is_movable(aws));
        let other = index_of(&s, 2);
        assert_eq!(
            s.visible_mark(other),
            None,
            "unplaced cards show no mark yet"
        );
    }

    #[test]
    fn retry_keeps_the_first_score_on_record() {
        let mut s = Session::new(six(), at_end(false), 0);
        place_all(&mut s, |item| item % 2 == 0);
        s.check(10_000);
        assert_eq!(s.first_attempt().map(|f| f.score.points), Some(3));
        assert!(s.retry_missed(11_000));
        assert_eq!(s.round(), 2);
        assert_eq!(s.cards().len(), 3);
        assert!(s.cards().iter().all(|c| c.card.item % 2 == 1));
        place_all(&mut s, |_| true);
        s.check(20_000);
        assert_eq!(s.score().points, 3);
        let first = s.first_attempt().expect("first");
        assert_eq!(
            first.score.points, 3,
            "fixing mistakes never becomes full marks"
        );
        assert_eq!(first.cards.len(), 6);
        assert_eq!(s.round_scores().len(), 2);
    }

    #[test]
    fn show_solution_records_the_attempt_then_places_everything() {
        let mut s = Session::new(six(), at_end(false), 0);
        s.place(index_of(&s, 0), Owner::Aws).expect("place");
        s.show_solution(5_000);
        assert!(s.solution_shown());
        assert_eq!(s.first_attempt().map(|f| f.score.right), Some(1));
        for i in 0..6 {
            assert_eq!(s.placement(i), Some(s.cards()[i].owner));
        }
        assert_eq!(s.missed().len(), 5, "misses are those before the solution");
        assert!(s.retry_missed(6_000));
        assert_eq!(s.cards().len(), 5);
    }

    #[test]
    fn after_show_solution_the_marks_are_the_answers_the_results_hold() {
        let mut s = Session::new(six(), at_end(false), 0);
        let right = index_of(&s, 0);
        s.place(right, s.cards()[right].owner).expect("place");
        let wrong = index_of(&s, 1);
        let other = if s.cards()[wrong].owner == Owner::Aws {
            Owner::Customer
        } else {
            Owner::Aws
        };
        s.place(wrong, other).expect("place");
        s.show_solution(5_000);
        let first = s.first_attempt().expect("first").clone();
        for i in 0..6 {
            let card = &s.cards()[i];
            let answered = first
                .cards
                .iter()
                .find(|(c, _)| c.card == card.card)
                .and_then(|(_, p)| *p);
            let expected = match answered {
                Some(p) if p == card.owner => Mark::Right,
                Some(_) => Mark::Wrong,
                None => Mark::Unanswered,
            };
            assert_eq!(s.visible_mark(i), Some(expected), "card {i}");
        }
        assert_eq!(s.visible_mark(right), Some(Mark::Right));
        assert_eq!(s.visible_mark(wrong), Some(Mark::Wrong));
    }

    #[test]
    fn topic_breakdown_counts_right_per_topic() {
        let mut s = Session::new(six(), at_end(false), 0);
        place_all(&mut s, |item| item < 3);
        s.check(0);
        let breakdown = s.first_attempt().expect("first").topic_breakdown();
        assert_eq!(breakdown["physical"], (2, 3));
        assert_eq!(breakdown["data"], (1, 3));
    }

    #[test]
    fn time_limit_counts_down_and_expires() {
        let options = SessionOptions {
            time_limit_secs: Some(60),
            ..at_end(false)
        };
        let mut s = Session::new(six(), options, 1_000);
        assert_eq!(s.seconds_left(1_000), Some(60));
        assert_eq!(s.seconds_left(31_000), Some(30));
        assert!(!s.is_expired(60_999));
        assert!(s.is_expired(61_000));
        s.check(61_000);
        assert!(!s.is_expired(70_000));
        assert_eq!(
            Session::new(six(), at_end(false), 0).seconds_left(5_000),
            None
        );
    }

    #[test]
    fn choose_cards_filters_counts_and_is_seeded() {
        let deck = r#"Deck(id: "d", title: "D",
            services: [Service(id: "ec2", name: "EC2")],
            topics: [Topic(id: "a", title: "A"), Topic(id: "b", title: "B")],
            items: [
                Item(id: "i1", text: "1", owner: Aws, topic: "a", explanation: "e", services: ["ec2"]),
                Item(id: "i2", text: "2", owner: Aws, topic: "a", explanation: "e"),
                Item(id: "i3", text: "3", owner: Customer, topic: "b", explanation: "e"),
                Item(id: "i4", text: "4", owner: Shared, topic: "b", explanation: "e", services: ["ec2"]),
            ])"#;
        let mut catalog = Catalog::new();
        assert!(catalog.add_bytes("d", Origin::File("d".into()), deck.as_bytes()));
        let all = choose_cards(&catalog, &Selection::default(), 1);
        assert_eq!(all.len(), 4);
        assert_eq!(all, choose_cards(&catalog, &Selection::default(), 1));
        let topic_b = Selection {
            topics: ["b".to_owned()].into(),
            ..Selection::default()
        };
        assert_eq!(choose_cards(&catalog, &topic_b, 1).len(), 2);
        let ec2 = Selection {
            services: ["ec2".to_owned()].into(),
            ..Selection::default()
        };
        assert_eq!(choose_cards(&catalog, &ec2, 1).len(), 2);
        let two = Selection {
            count: Some(2),
            ..Selection::default()
        };
        assert_eq!(choose_cards(&catalog, &two, 1).len(), 2);
        let other_deck = Selection {
            decks: ["x".to_owned()].into(),
            ..Selection::default()
        };
        assert!(choose_cards(&catalog, &other_deck, 1).is_empty());
        let cards = SessionCard::from_catalog(&catalog, &all);
        assert_eq!(cards.len(), 4);
        assert!(
            cards
                .iter()
                .any(|c| c.item_id == "i4" && c.owner == Owner::Shared)
        );
    }
}

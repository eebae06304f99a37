//! The progress file's versioned layout: reading any known version
//! (migrating older ones), refusing newer ones, and writing the current one.

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use super::{CardKey, CardStats, ExerciseRecord, MAX_BOX, Progress, RECENT_LEN};
use crate::model::load::{ErrorKind, LoadError, parse_ron, ron_options};
use crate::model::session::Mark;

/// The version of the progress layout this build writes and reads.
///
/// Version 0 (or a file without a `version` field) is the older layout whose
/// cards had no review state; it is migrated on load.
pub const CURRENT_VERSION: u32 = 1;

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
    cards: BTreeMap<CardKey, CardStatsV0>,
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
    /// `now` (unix seconds) is when migrated cards become due.
    ///
    /// Version 0 or a missing version is migrated; a version above
    /// [`CURRENT_VERSION`] is refused with [`ProgressError::NewerVersion`].
    pub fn from_ron(label: &str, bytes: &[u8], now: u64) -> Result<Self, ProgressError> {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if text.iter().all(u8::is_ascii_whitespace) {
            return Err(ProgressError::Load(LoadError::new(
                ErrorKind::Empty,
                label,
                crate::msg!("load-progress-empty"),
            )));
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
    ///
    /// The history goes through ron's serializer; the per-card statistics
    /// (10,000 lines for a big catalog, most of the file) are written by
    /// [`write_card_lines`], several times faster and byte for byte what
    /// ron writes for them (a test compares the two on random progress).
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        /// The progress without its cards, as ron writes it.
        #[derive(serde::Serialize)]
        #[serde(rename = "Progress")]
        struct Head<'a> {
            version: u32,
            exercises: &'a [ExerciseRecord],
        }
        let head = ron_options().to_string_pretty(
            &Head {
                version: CURRENT_VERSION,
                exercises: &self.exercises,
            },
            pretty_config(),
        )?;
        // `head` ends with the closing `)`: the cards go in before it.
        let body = head.strip_suffix(')').unwrap_or(&head);
        let mut text = String::with_capacity(body.len() + self.cards.len() * 200 + 32);
        text.push_str(body);
        if self.cards.is_empty() {
            text.push_str("  cards: {},\n)\n");
        } else {
            text.push_str("  cards: {\n");
            write_card_lines(&mut text, &self.cards);
            text.push_str("  },\n)\n");
        }
        Ok(text)
    }

    /// [`Progress::to_ron`] entirely through ron's serializer: the reference
    /// the fast writer is checked against.
    #[cfg(test)]
    fn to_ron_by_serde(&self) -> Result<String, ron::Error> {
        let current = Progress {
            version: CURRENT_VERSION,
            ..self.clone()
        };
        let mut text = ron_options().to_string_pretty(&current, pretty_config())?;
        text.push('\n');
        Ok(text)
    }
}

/// One line per exercise and per card, two-space indent, no struct names
/// inside: 10,000 cards seen stay under 2 MiB.
fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ".to_owned())
        .struct_names(false)
        .depth_limit(2)
}

/// Appends one line per card, `    "deck/item": (times_seen: 3, ...),`,
/// exactly as ron's pretty serializer writes the `cards` map with
/// [`pretty_config`].
fn write_card_lines(out: &mut String, cards: &BTreeMap<CardKey, CardStats>) {
    let mut numbers = itoa::Buffer::new();
    for (key, stats) in cards {
        out.push_str("    ");
        let key: &str = std::borrow::Borrow::borrow(key);
        if key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_. ".contains(&b))
        {
            out.push('"');
            out.push_str(key);
            out.push('"');
        } else {
            // Anything that needs escaping: ron's own quoting.
            match ron::to_string(key) {
                Ok(quoted) => out.push_str(&quoted),
                Err(_) => out.push_str("\"\""),
            }
        }
        out.push_str(": (times_seen: ");
        out.push_str(numbers.format(stats.times_seen));
        out.push_str(", times_right: ");
        out.push_str(numbers.format(stats.times_right));
        out.push_str(", last_seen: ");
        out.push_str(numbers.format(stats.last_seen));
        out.push_str(", last_result: ");
        out.push_str(match stats.last_result {
            Mark::Right => "Right",
            Mark::Wrong => "Wrong",
            Mark::Unanswered => "Unanswered",
        });
        out.push_str(", recent: [");
        for (n, right) in stats.recent.iter().enumerate() {
            if n > 0 {
                out.push_str(", ");
            }
            out.push_str(if *right { "true" } else { "false" });
        }
        out.push_str("], leitner_box: ");
        out.push_str(numbers.format(stats.leitner_box));
        out.push_str(", due: ");
        out.push_str(numbers.format(stats.due));
        out.push_str("),\n");
    }
}

impl Progress {
    /// What can be shown of a file made by a newer SRM Study: the fields
    /// this build knows, read as the current layout (unknown fields are
    /// skipped); `None` when the newer layout cannot be read that way. Such
    /// progress is shown, never saved.
    pub fn from_newer_ron(label: &str, bytes: &[u8]) -> Option<Self> {
        let mut progress = parse_ron::<Progress>(label, bytes).ok()?;
        for stats in progress.cards.values_mut() {
            stats.normalise();
        }
        Some(progress)
    }

    /// [`Progress::to_ron`], made to fit in `max` bytes so that the file
    /// written is always one the reader accepts: when it is too long, the
    /// card lists of old exercises go first, then the oldest exercises.
    /// `Ok(None)` when even the per-card statistics alone do not fit.
    pub fn to_ron_within(&mut self, max: usize) -> Result<Option<String>, ron::Error> {
        let text = self.to_ron()?;
        if text.len() <= max {
            return Ok(Some(text));
        }
        for exercise in &mut self.exercises {
            exercise.cards = Vec::new();
        }
        loop {
            let text = self.to_ron()?;
            if text.len() <= max {
                return Ok(Some(text));
            }
            if self.exercises.is_empty() {
                return Ok(None);
            }
            let half = self.exercises.len().div_ceil(2);
            self.exercises.drain(..half);
        }
    }
}

impl CardStats {
    /// Repairs values a hand-edited file may hold out of range.
    fn normalise(&mut self) {
        self.leitner_box = self.leitner_box.clamp(1, MAX_BOX);
        if self.recent.len() > RECENT_LEN {
            let extra = self.recent.len() - RECENT_LEN;
            self.recent.drain(..extra);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{T0, catalog, play, refs};
    use super::*;
    use crate::model::progress::MAX_BOX;

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
    fn files_written_with_struct_names_still_load() {
        // Earlier builds wrote every struct's name; names are optional to
        // read, and the renamed types keep the names those files hold.
        let text = r#"Progress(
    version: 1,
    exercises: [
        ExerciseRecord(id: 7, when: 1704067200, title: "Practice", cards: [], score: Score(right: 1, wrong: 0, unanswered: 0, points: 1, max: 1), seconds: 60, rounds: 1),
    ],
    cards: {"d/a": CardStats(times_seen: 1, times_right: 1, last_seen: 0, last_result: Right, recent: [true], leitner_box: 1, due: 0)},
)"#;
        let p = Progress::from_ron("p.ron", text.as_bytes(), T0).expect("loads");
        assert_eq!(p.exercises.len(), 1);
        assert_eq!(p.exercises[0].id, 7);
        assert_eq!(p.cards["d/a"].times_right, 1);
        let again = Progress::from_ron("p.ron", p.to_ron().expect("ron").as_bytes(), T0)
            .expect("the new layout loads");
        assert_eq!(again, p);
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
    fn card_keys_are_written_as_deck_slash_item_in_string_order() {
        let mut p = Progress::new();
        for (deck, item) in [("d", "x"), ("d-e", "a"), ("d", "a")] {
            p.cards
                .insert(CardKey::new(deck, item), CardStats::unseen(T0));
        }
        let text = p.to_ron().expect("ron");
        let at = |key: &str| text.find(&format!("\"{key}\": (")).expect(key);
        assert!(at("d-e/a") < at("d/a") && at("d/a") < at("d/x"), "{text}");
        let back = Progress::from_ron("p.ron", text.as_bytes(), T0).expect("parse");
        assert_eq!(back.to_ron().expect("ron"), text, "byte for byte");
        assert_eq!(back.cards["d-e/a"], CardStats::unseen(T0));
    }

    /// Random per-card statistics, with keys that need escaping now and then.
    fn any_stats() -> impl proptest::strategy::Strategy<Value = BTreeMap<CardKey, CardStats>> {
        use proptest::prelude::*;
        let key = prop_oneof![
            ("[a-z0-9-]{1,12}", "[a-z0-9-]{1,12}"),
            (any::<String>(), any::<String>()),
            Just((
                "quote\"back".to_owned(),
                "\\slash\nnew line \u{1F600}".to_owned()
            )),
            Just(("back\\slash".to_owned(), "only".to_owned())),
            Just(("a \"quote\"".to_owned(), "only".to_owned())),
        ];
        let stats = (
            any::<u32>(),
            any::<u32>(),
            any::<u64>(),
            0..3u8,
            proptest::collection::vec(any::<bool>(), 0..6),
            any::<u8>(),
            any::<u64>(),
        )
            .prop_map(
                |(seen, right, last, mark, recent, leitner_box, due)| CardStats {
                    times_seen: seen,
                    times_right: right,
                    last_seen: last,
                    last_result: [Mark::Right, Mark::Wrong, Mark::Unanswered][usize::from(mark)],
                    recent,
                    leitner_box,
                    due,
                },
            );
        proptest::collection::btree_map(
            key.prop_map(|(deck, item)| CardKey::new(&deck, &item)),
            stats,
            0..20,
        )
    }

    proptest::proptest! {
        #[test]
        fn the_fast_writer_writes_what_ron_writes(cards in any_stats(), titles in proptest::collection::vec(proptest::prelude::any::<String>(), 0..3)) {
            let catalog = catalog(3);
            let mut progress = Progress::new();
            for (n, title) in titles.iter().enumerate() {
                let attempt = play(&catalog, &refs(&catalog, &[0, 1]), T0, |c| c.item_id != "i1");
                progress.record(&attempt, 1, title, T0 + n as u64);
            }
            progress.cards.extend(cards);
            let fast = progress.to_ron().expect("fast");
            let reference = progress.to_ron_by_serde().expect("serde");
            proptest::prop_assert_eq!(&fast, &reference);
            let back = Progress::from_ron("progress.ron", fast.as_bytes(), T0).expect("loads");
            proptest::prop_assert_eq!(back.cards.len(), progress.cards.len());
        }
    }

    #[test]
    fn empty_progress_is_written_as_ron_writes_it() {
        let progress = Progress::new();
        assert_eq!(
            progress.to_ron().expect("fast"),
            progress.to_ron_by_serde().expect("serde")
        );
    }
}

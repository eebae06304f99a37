//! Building a self-contained exercise from cards of the catalog: merging
//! decks and renaming ids that clash.

use std::collections::{BTreeMap, HashMap, HashSet};

use thiserror::Error;

use super::format::{Exercise, describe_error_msg, validate_exercise};
use crate::i18n::Msg;
use crate::model::catalog::{CardRef, Catalog};
use crate::model::deck::{Deck, Item, Layer, Owner, Service, Source, Topic};
use crate::model::load::{LoadError, MAX_ID_LEN};
use crate::model::session::{Feedback, SessionOptions};

impl Exercise {
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
        options: SessionOptions,
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
            merger.deck.language = source.language.clone();
            merger.add_cards(catalog, &chosen);
            merger.deck
        } else {
            let names: Vec<&str> = deck_indices
                .iter()
                .filter_map(|d| catalog.decks.get(*d).map(|l| l.deck.id.as_str()))
                .collect();
            let mut merger = Merger::new(id.to_owned(), title.to_owned());
            merger.deck.description = format!("Cards from the decks {}.", names.join(", "));
            // The decks' language when they share one.
            let languages: std::collections::BTreeSet<&str> = deck_indices
                .iter()
                .filter_map(|d| catalog.decks.get(*d).map(|l| l.deck.language.as_str()))
                .collect();
            if let [only] = languages.into_iter().collect::<Vec<_>>().as_slice() {
                merger.deck.language = (*only).to_owned();
            }
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
            sealed: false,
            key: String::new(),
            fingerprint: String::new(),
            cards: Vec::new(),
        };
        exercise.set_options(&options);
        let errors = validate_exercise("new exercise", &exercise);
        if errors.is_empty() {
            Ok(exercise)
        } else {
            Err(BuildError::Invalid(errors))
        }
    }
}

/// Why [`Exercise::from_cards`] could not build an exercise. Its `Display`
/// is English; [`BuildError::localized`] words it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.worded(Msg::to_string))]
pub enum BuildError {
    /// No card was chosen.
    NoCards,
    /// A card reference does not point into the catalog.
    UnknownCard(CardRef),
    /// The exercise breaks a rule (a bad id, an empty title...).
    Invalid(Vec<LoadError>),
}

impl BuildError {
    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &crate::i18n::Translator) -> String {
        self.worded(|m| m.localized(tr))
    }

    /// The error with each of its messages worded by `word`; the rules an
    /// exercise breaks joined with "; ".
    fn worded(&self, word: impl Fn(&Msg) -> String) -> String {
        match self {
            BuildError::NoCards => word(&crate::msg!("exercise-build-no-cards")),
            BuildError::UnknownCard(card) => word(&crate::msg!(
                "exercise-build-unknown-card",
                item = card.item,
                deck = card.deck
            )),
            BuildError::Invalid(errors) => errors
                .iter()
                .map(|e| word(&describe_error_msg(e)))
                .collect::<Vec<_>>()
                .join("; "),
        }
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
                ..Deck::default()
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

#[cfg(test)]
mod tests {
    use super::super::test_support::{DECK, card, catalog_of, sample_exercise};
    use super::*;
    use crate::model::load::validate_deck;

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
            SessionOptions::default(),
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
        let options = SessionOptions::default();
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
    fn build_errors_are_worded_in_the_readers_language() {
        use crate::i18n::{Language, Translator};
        let de = Translator::new(Language::German);
        let es = Translator::new(Language::Spanish);
        let none = BuildError::NoCards;
        assert_eq!(
            none.to_string(),
            "choose at least one card for the exercise"
        );
        assert!(
            none.localized(&de).contains("Karte"),
            "{}",
            none.localized(&de)
        );
        let unknown = BuildError::UnknownCard(card(0, 9)).localized(&es);
        assert!(
            unknown.contains("tarjeta 9") && unknown.contains("mazo 0"),
            "{unknown}"
        );
        let catalog = catalog_of(&[DECK]);
        let Err(invalid) = Exercise::from_cards(
            "Bad Id",
            " ",
            &catalog,
            &[card(0, 0)],
            SessionOptions::default(),
        ) else {
            panic!("refused");
        };
        let english = invalid.to_string();
        let german = invalid.localized(&de);
        assert!(
            german.contains("Bad Id") && german != english,
            "{german} / {english}"
        );
    }
}

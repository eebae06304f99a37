//! The set of decks the app has loaded, with the errors of those that failed.

use std::borrow::Borrow;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::deck::{Deck, Item, Owner};
use super::load::{About, LoadError, load_deck_bytes, validate_deck};
use super::overlay::{DeckTranslation, EntryRef, load_translation_bytes, translate};

/// Where a loaded deck came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary; the name is its path in the repository.
    BuiltIn(&'static str),
    /// A file on disk.
    File(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::BuiltIn(name) => write!(f, "built-in {name}"),
            Origin::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// A deck that loaded and validated, with its origin.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedDeck {
    /// The deck itself.
    pub deck: Deck,
    /// Where it came from.
    pub origin: Origin,
    /// The text it was parsed from, when it was loaded from text: the deck
    /// lint (`model::lint`) uses it for line and column numbers.
    pub text: Option<Arc<str>>,
    /// In a catalog shown in another language ([`Catalog::in_language`]):
    /// the entries of its translation not applied because the English
    /// changed since (they show in English).
    pub stale: Vec<EntryRef>,
}

/// A deck's translation loaded beside the decks, applied only when the
/// catalog is shown in its language ([`Catalog::in_language`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedTranslation {
    /// The translation.
    pub translation: DeckTranslation,
    /// Where it came from.
    pub origin: Origin,
    /// The text it was parsed from (for the lint's line and column).
    pub text: Option<Arc<str>>,
}

/// A card together with the deck it belongs to: the unit the views and
/// exercises work with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CardRef {
    /// Index into [`Catalog::decks`].
    pub deck: usize,
    /// Index into that deck's items.
    pub item: usize,
}

/// A card named by its deck's id and its item's id, written
/// `"deck_id/item_id"`: the name that outlives a run, where a [`CardRef`]
/// only indexes the decks loaded now. Ids never contain '/', so the name is
/// unambiguous. Study progress keys its cards by it.
///
/// Serialised as the plain string; any string reads back unchanged, and
/// keys order as their strings do.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CardKey(String);

impl CardKey {
    /// The key of item `item_id` of deck `deck_id`.
    pub fn new(deck_id: &str, item_id: &str) -> Self {
        Self(format!("{deck_id}/{item_id}"))
    }

    /// The key of a catalog card, if the catalog has it.
    pub fn of(catalog: &Catalog, card: CardRef) -> Option<Self> {
        let deck = &catalog.decks.get(card.deck)?.deck;
        let item = deck.items.get(card.item)?;
        Some(Self::new(&deck.id, &item.id))
    }

    /// The key as written, `"deck_id/item_id"`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for CardKey {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CardKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for CardKey {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for CardKey {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for CardKey {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

/// All loaded decks and the errors of the files that did not load.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    /// Decks that loaded, built-in first, in load order.
    pub decks: Vec<LoadedDeck>,
    /// Every problem found, for every file that failed.
    pub errors: Vec<LoadError>,
    /// Translations of the decks (`content/i18n/<language>/<deck>.ron`),
    /// in load order; a later one for the same deck and language wins.
    pub translations: Vec<LoadedTranslation>,
    /// The language the decks are shown in: `None` as written (English
    /// for the built-in decks), else the tag [`Catalog::in_language`] gave.
    pub language: Option<String>,
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Self::default()
    }

    /// Loads one deck from bytes and adds it, or records its errors. A deck
    /// whose id is already loaded is refused with an error naming both files.
    pub fn add_bytes(&mut self, label: &str, origin: Origin, bytes: &[u8]) -> bool {
        match load_deck_bytes(label, bytes) {
            Ok(deck) => {
                let added = self.add_deck(label, deck, origin);
                if added && let Some(loaded) = self.decks.last_mut() {
                    loaded.text = Some(String::from_utf8_lossy(bytes).into());
                }
                added
            }
            Err(errors) => {
                self.errors.extend(errors);
                false
            }
        }
    }

    /// Adds an already validated deck unless its id is taken.
    pub fn add_deck(&mut self, label: &str, deck: Deck, origin: Origin) -> bool {
        if let Some(existing) = self.decks.iter().find(|d| d.deck.id == deck.id) {
            let by = match &existing.origin {
                Origin::BuiltIn(name) => crate::msg!("load-origin-builtin", name = *name),
                Origin::File(path) => {
                    crate::msg!("load-origin-file", path = path.display().to_string())
                }
            };
            self.errors.push(LoadError::semantic(
                label,
                crate::model::load::About::Deck(deck.id.clone()),
                crate::msg!("load-deck-id-taken", origin = by),
            ));
            return false;
        }
        self.decks.push(LoadedDeck {
            deck,
            origin,
            text: None,
            stale: Vec::new(),
        });
        true
    }

    /// Loads a deck's translation from bytes and adds it, or records why
    /// not: it does not read, names no loaded deck, or would leave its
    /// deck breaking a rule (an empty text, a control character). Add the
    /// decks first.
    pub fn add_translation_bytes(&mut self, label: &str, origin: Origin, bytes: &[u8]) -> bool {
        let translation = match load_translation_bytes(label, bytes) {
            Ok(translation) => translation,
            Err(error) => {
                self.errors.push(error);
                return false;
            }
        };
        let Some(base) = self.deck(&translation.deck) else {
            self.errors.push(LoadError::semantic(
                label,
                About::Deck(translation.deck.clone()),
                crate::msg!("load-translation-no-deck"),
            ));
            return false;
        };
        let errors = validate_deck(label, &translate(&base.deck, &translation).deck);
        if !errors.is_empty() {
            self.errors.extend(errors);
            return false;
        }
        self.translations.push(LoadedTranslation {
            translation,
            origin,
            text: Some(String::from_utf8_lossy(bytes).into()),
        });
        true
    }

    /// The translation of a deck into a language, the last one loaded.
    pub fn translation(&self, deck: &str, language: &str) -> Option<&LoadedTranslation> {
        self.translations.iter().rev().find(|t| {
            t.translation.deck == deck && t.translation.language.eq_ignore_ascii_case(language)
        })
    }

    /// The languages some deck is translated into, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .translations
            .iter()
            .map(|t| t.translation.language.clone())
            .collect();
        tags.sort();
        tags.dedup();
        tags
    }

    /// The catalog as a person who speaks `language` reads it: English
    /// and the pseudo-locale read the decks as written, the others
    /// [`Catalog::in_language`].
    pub fn for_language(&self, language: crate::i18n::Language) -> Catalog {
        use crate::i18n::Language;
        match language {
            Language::English | Language::Pseudo => self.clone(),
            other => self.in_language(other.tag()),
        }
    }

    /// This catalog with every deck that has a translation into `language`
    /// shown in it (a BCP 47 tag, `"ja"`; only its primary language is
    /// matched, so `"es-MX"` shows the `"es"` translation). Decks, cards
    /// and their indices stay as they are, so a [`CardRef`] points at the
    /// same card in both; owners, ids, topics, services and layers are the
    /// written deck's (see [`translate`]). A deck without a translation
    /// stays as written. Always built from the catalog as written.
    pub fn in_language(&self, language: &str) -> Catalog {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        let mut shown = Catalog {
            decks: Vec::with_capacity(self.decks.len()),
            errors: self.errors.clone(),
            translations: self.translations.clone(),
            language: Some(primary.to_ascii_lowercase()),
        };
        for loaded in &self.decks {
            let mut deck = loaded.clone();
            if let Some(t) = self.translation(&loaded.deck.id, primary) {
                let translated = translate(&loaded.deck, &t.translation);
                deck.deck = translated.deck;
                deck.stale = translated.stale;
                // The text is the written deck's: its positions are not the
                // shown deck's.
                deck.text = None;
            }
            shown.decks.push(deck);
        }
        shown
    }
    /// The deck with this id.
    pub fn deck(&self, id: &str) -> Option<&LoadedDeck> {
        self.decks.iter().find(|d| d.deck.id == id)
    }

    /// The item a [`CardRef`] points at.
    pub fn item(&self, card: CardRef) -> Option<&Item> {
        self.decks.get(card.deck)?.deck.items.get(card.item)
    }

    /// Every card of every deck, in deck then item order.
    pub fn cards(&self) -> impl Iterator<Item = (CardRef, &Item)> {
        self.decks.iter().enumerate().flat_map(|(d, loaded)| {
            loaded
                .deck
                .items
                .iter()
                .enumerate()
                .map(move |(i, item)| (CardRef { deck: d, item: i }, item))
        })
    }

    /// Total number of items over all decks.
    pub fn item_count(&self) -> usize {
        self.decks.iter().map(|d| d.deck.items.len()).sum()
    }

    /// Number of items with this owner over all decks.
    pub fn owner_count(&self, owner: Owner) -> usize {
        self.cards().filter(|(_, item)| item.owner == owner).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECK: &str = r#"Deck(id: "d", title: "T", topics: [Topic(id: "t", title: "T")],
        items: [Item(id: "a", text: "A", owner: Aws, topic: "t", explanation: "E")])"#;

    #[test]
    fn duplicate_deck_ids_are_refused_with_both_origins() {
        let mut catalog = Catalog::new();
        assert!(catalog.add_bytes("one.ron", Origin::File("one.ron".into()), DECK.as_bytes()));
        assert!(!catalog.add_bytes("two.ron", Origin::File("two.ron".into()), DECK.as_bytes()));
        assert_eq!(catalog.decks.len(), 1);
        assert_eq!(catalog.errors.len(), 1);
        let shown = catalog.errors[0].to_string();
        assert!(shown.starts_with("two.ron: deck \"d\": "), "{shown}");
        assert!(shown.contains("one.ron"), "{shown}");
    }

    #[test]
    fn cards_walk_every_deck() {
        let mut catalog = Catalog::new();
        catalog.add_bytes("one.ron", Origin::File("one.ron".into()), DECK.as_bytes());
        let other = DECK.replace("id: \"d\"", "id: \"e\"");
        catalog.add_bytes("two.ron", Origin::File("two.ron".into()), other.as_bytes());
        let refs: Vec<CardRef> = catalog.cards().map(|(r, _)| r).collect();
        assert_eq!(
            refs,
            vec![CardRef { deck: 0, item: 0 }, CardRef { deck: 1, item: 0 }]
        );
        assert_eq!(catalog.owner_count(Owner::Aws), 2);
        assert_eq!(catalog.owner_count(Owner::Shared), 0);
    }

    #[test]
    fn card_keys_name_cards_as_deck_slash_item() {
        let mut catalog = Catalog::new();
        catalog.add_bytes("one.ron", Origin::File("one.ron".into()), DECK.as_bytes());
        let key = CardKey::of(&catalog, CardRef { deck: 0, item: 0 }).expect("a card");
        assert_eq!(key, CardKey::new("d", "a"));
        assert_eq!(key.as_str(), "d/a");
        assert_eq!(key.to_string(), "d/a");
        assert_eq!(CardKey::of(&catalog, CardRef { deck: 0, item: 1 }), None);
        assert_eq!(CardKey::of(&catalog, CardRef { deck: 1, item: 0 }), None);
    }
}

//! Translations of a deck: one overlay file per deck and language, keyed
//! by the base deck's ids, that replaces only what a person reads (a
//! card's text, explanation and Shared parts; topic, layer and service
//! titles and summaries; source titles and pages).
//!
//! **Owners, ids, topics, services and layers come only from the base
//! deck**: an overlay entry has no field for them (the format refuses an
//! unknown field with its `file:line:col`), and [`translate`] copies every
//! card's owner, topic, services and layer from the base. No translation
//! can move a duty to another owner.
//!
//! Each entry records `from`, a [`fingerprint`] of the English it was made
//! from. When the English changes, the entry is *stale* (as gettext marks
//! a message "fuzzy"): it is not applied, the English shows until the
//! translation is updated, and [`check`] reports it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::deck::Deck;
use super::load::{About, LoadError, parse_ron};

/// A deck's translation into one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckTranslation {
    /// The id of the deck it translates.
    pub deck: String,
    /// The language it is in, a BCP 47 tag: "es", "de", "ja".
    pub language: String,
    /// The deck's title and description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<AboutEntry>,
    /// Topics, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<TitledEntry>,
    /// Layers of the stack, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<TitledEntry>,
    /// Services' summaries, by id (AWS service names are never translated).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceEntry>,
    /// Sources: the title and, where AWS publishes one, the page in this
    /// language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceEntry>,
    /// The cards, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemEntry>,
}

/// The deck's title and description in the language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutEntry {
    /// The [`fingerprint`] of the English title and description.
    pub from: String,
    /// The title.
    pub title: String,
    /// The description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// A topic's or a layer's title and summary in the language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitledEntry {
    /// The id in the base deck.
    pub id: String,
    /// The [`fingerprint`] of the English title and summary.
    pub from: String,
    /// The title.
    pub title: String,
    /// The summary.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// A service's summary in the language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceEntry {
    /// The id in the base deck.
    pub id: String,
    /// The [`fingerprint`] of the English summary.
    pub from: String,
    /// The summary.
    pub summary: String,
}

/// A source's title and page in the language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    /// The id in the base deck.
    pub id: String,
    /// The [`fingerprint`] of the English title and address.
    pub from: String,
    /// The title.
    pub title: String,
    /// The page in this language; empty keeps the English page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

/// A card in the language: only what the student reads.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemEntry {
    /// The card's id in the base deck.
    pub id: String,
    /// The [`fingerprint`] of the English text, explanation and parts.
    pub from: String,
    /// The duty, as the card shows it.
    pub text: String,
    /// Why this owner.
    pub explanation: String,
    /// For a Shared card: what AWS does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub aws_part: String,
    /// For a Shared card: what the customer does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub customer_part: String,
}

/// Parses a translation file: RON, every field known (an `owner`,
/// `topic`, `services` or `layer` is refused where it stands), a deck id
/// and a language tag (`es`, `de`, `ja`, `pt-BR`: letters, digits and
/// hyphens).
pub fn load_translation_bytes(label: &str, bytes: &[u8]) -> Result<DeckTranslation, LoadError> {
    let translation: DeckTranslation = parse_ron(label, bytes)?;
    let about = || About::Deck(translation.deck.clone());
    if !super::load::is_valid_id(&translation.deck) {
        return Err(LoadError::semantic(
            label,
            about(),
            super::load::bad_id("deck", &translation.deck),
        ));
    }
    if !is_language_tag(&translation.language) {
        return Err(LoadError::semantic(
            label,
            about(),
            crate::msg!(
                "load-translation-language",
                tag = translation.language.clone()
            ),
        ));
    }
    Ok(translation)
}

/// Whether `tag` looks like a BCP 47 language tag: a 2 or 3 letter
/// language, then subtags of letters and digits, joined by hyphens.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The fingerprint of English text a translation was made from: the first
/// 16 hex digits of the SHA-256 of the parts, each ended by U+001F (so
/// that moving words from one part to another changes it too).
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    let digest = hasher.finalize();
    digest
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// What kind of thing an overlay entry translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    /// The deck's title and description.
    About,
    /// A topic.
    Topic,
    /// A layer.
    Layer,
    /// A service.
    Service,
    /// A source.
    Source,
    /// A card.
    Item,
}

/// One entry of an overlay, by kind and id (empty for [`EntryKind::About`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryRef {
    /// What it translates.
    pub kind: EntryKind,
    /// Its id in the base deck.
    pub id: String,
}

impl EntryRef {
    fn new(kind: EntryKind, id: &str) -> Self {
        Self {
            kind,
            id: id.to_owned(),
        }
    }

    /// The deck's title and description.
    pub fn about() -> Self {
        Self::new(EntryKind::About, "")
    }

    /// A card.
    pub fn item(id: &str) -> Self {
        Self::new(EntryKind::Item, id)
    }

    /// A topic.
    pub fn topic(id: &str) -> Self {
        Self::new(EntryKind::Topic, id)
    }
}

impl EntryKind {
    /// The kind as a message argument that the messages select on:
    /// `about`, `topic`, `layer`, `service`, `source`, `item`.
    pub fn word(self) -> &'static str {
        match self {
            EntryKind::About => "about",
            EntryKind::Topic => "topic",
            EntryKind::Layer => "layer",
            EntryKind::Service => "service",
            EntryKind::Source => "source",
            EntryKind::Item => "item",
        }
    }
}

/// What is wrong with an overlay against its base deck.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum OverlayProblem {
    /// The overlay names another deck than the one it is applied to.
    WrongDeck {
        /// The deck the overlay names.
        named: String,
        /// The deck it was applied to.
        base: String,
    },
    /// An entry for an id the base deck does not have.
    UnknownId(EntryRef),
    /// Two entries for one id.
    Duplicate(EntryRef),
    /// The English changed since the entry was made: it shows in English.
    Stale(EntryRef),
    /// An entry with an empty text where the English has one.
    Empty(EntryRef),
    /// Something the base deck has that the overlay does not translate.
    Missing(EntryRef),
}

/// A deck shown in a language, and what of it is still in English.
#[derive(Debug, Clone, PartialEq)]
pub struct Translated {
    /// The base deck with every fresh entry applied. Owners, ids, topics,
    /// services and layers are the base deck's.
    pub deck: Deck,
    /// Entries not applied because the English changed since.
    pub stale: Vec<EntryRef>,
}

/// The fingerprints of everything in `deck` a translation covers, by entry.
pub fn fingerprints(deck: &Deck) -> BTreeMap<EntryRef, String> {
    let mut out = BTreeMap::new();
    out.insert(
        EntryRef::new(EntryKind::About, ""),
        fingerprint(&[&deck.title, &deck.description]),
    );
    for topic in &deck.topics {
        out.insert(
            EntryRef::new(EntryKind::Topic, &topic.id),
            fingerprint(&[&topic.title, &topic.summary]),
        );
    }
    for layer in &deck.layers {
        out.insert(
            EntryRef::new(EntryKind::Layer, &layer.id),
            fingerprint(&[&layer.title, &layer.summary]),
        );
    }
    for service in deck.services.iter().filter(|s| !s.summary.is_empty()) {
        out.insert(
            EntryRef::new(EntryKind::Service, &service.id),
            fingerprint(&[&service.summary]),
        );
    }
    for source in &deck.sources {
        out.insert(
            EntryRef::new(EntryKind::Source, &source.id),
            fingerprint(&[&source.title, &source.url]),
        );
    }
    for item in &deck.items {
        out.insert(
            EntryRef::new(EntryKind::Item, &item.id),
            fingerprint(&[
                &item.text,
                &item.explanation,
                &item.aws_part,
                &item.customer_part,
            ]),
        );
    }
    out
}

impl DeckTranslation {
    /// Every entry with its id, the fingerprint it was made from and
    /// whether a text a person reads is empty.
    fn entries(&self) -> Vec<(EntryRef, &str, bool)> {
        let mut out = Vec::new();
        if let Some(about) = &self.about {
            out.push((
                EntryRef::new(EntryKind::About, ""),
                about.from.as_str(),
                about.title.trim().is_empty(),
            ));
        }
        for (kind, list) in [
            (EntryKind::Topic, &self.topics),
            (EntryKind::Layer, &self.layers),
        ] {
            for entry in list {
                out.push((
                    EntryRef::new(kind, &entry.id),
                    entry.from.as_str(),
                    entry.title.trim().is_empty(),
                ));
            }
        }
        for entry in &self.services {
            out.push((
                EntryRef::new(EntryKind::Service, &entry.id),
                entry.from.as_str(),
                entry.summary.trim().is_empty(),
            ));
        }
        for entry in &self.sources {
            out.push((
                EntryRef::new(EntryKind::Source, &entry.id),
                entry.from.as_str(),
                entry.title.trim().is_empty(),
            ));
        }
        for entry in &self.items {
            out.push((
                EntryRef::new(EntryKind::Item, &entry.id),
                entry.from.as_str(),
                entry.text.trim().is_empty() || entry.explanation.trim().is_empty(),
            ));
        }
        out
    }
}

/// Everything wrong with `overlay` as a translation of `base`, in a stable
/// order. `Missing` entries are listed too: a complete translation has
/// none.
pub fn check(base: &Deck, overlay: &DeckTranslation) -> Vec<OverlayProblem> {
    let mut problems = Vec::new();
    if overlay.deck != base.id {
        problems.push(OverlayProblem::WrongDeck {
            named: overlay.deck.clone(),
            base: base.id.clone(),
        });
    }
    let english = fingerprints(base);
    let mut seen = BTreeSet::new();
    for (entry, from, empty) in overlay.entries() {
        let Some(current) = english.get(&entry) else {
            problems.push(OverlayProblem::UnknownId(entry));
            continue;
        };
        if !seen.insert(entry.clone()) {
            problems.push(OverlayProblem::Duplicate(entry));
            continue;
        }
        if empty {
            problems.push(OverlayProblem::Empty(entry.clone()));
        }
        if from != current {
            problems.push(OverlayProblem::Stale(entry));
        }
    }
    for entry in english.keys() {
        // A deck without a description or sources needs no entry for them;
        // the about entry is only wanted when there is a title.
        if entry.kind == EntryKind::About && base.title.trim().is_empty() {
            continue;
        }
        if !seen.contains(entry) {
            problems.push(OverlayProblem::Missing(entry.clone()));
        }
    }
    problems
}

/// `base` as shown in the overlay's language: every entry whose English is
/// unchanged replaces what a person reads; owners, ids, topics, services,
/// layers and tags stay the base deck's. An entry for an unknown id is
/// ignored; a stale one is not applied and is listed.
pub fn translate(base: &Deck, overlay: &DeckTranslation) -> Translated {
    let english = fingerprints(base);
    let fresh = |kind: EntryKind, id: &str, from: &str| {
        english
            .get(&EntryRef::new(kind, id))
            .is_some_and(|current| current == from)
    };
    let mut stale = Vec::new();
    let mut note_stale = |kind: EntryKind, id: &str, from: &str| {
        let entry = EntryRef::new(kind, id);
        if english.get(&entry).is_some_and(|current| current != from) && !stale.contains(&entry) {
            stale.push(entry);
        }
    };
    let mut deck = base.clone();
    deck.language = overlay.language.clone();
    if let Some(about) = &overlay.about {
        if fresh(EntryKind::About, "", &about.from) {
            if !about.title.trim().is_empty() {
                deck.title = about.title.clone();
            }
            if !about.description.is_empty() {
                deck.description = about.description.clone();
            }
        } else {
            note_stale(EntryKind::About, "", &about.from);
        }
    }
    for entry in &overlay.topics {
        if !fresh(EntryKind::Topic, &entry.id, &entry.from) {
            note_stale(EntryKind::Topic, &entry.id, &entry.from);
            continue;
        }
        if let Some(topic) = deck.topics.iter_mut().find(|t| t.id == entry.id)
            && !entry.title.trim().is_empty()
        {
            topic.title = entry.title.clone();
            if !entry.summary.is_empty() {
                topic.summary = entry.summary.clone();
            }
        }
    }
    for entry in &overlay.layers {
        if !fresh(EntryKind::Layer, &entry.id, &entry.from) {
            note_stale(EntryKind::Layer, &entry.id, &entry.from);
            continue;
        }
        if let Some(layer) = deck.layers.iter_mut().find(|l| l.id == entry.id)
            && !entry.title.trim().is_empty()
        {
            layer.title = entry.title.clone();
            if !entry.summary.is_empty() {
                layer.summary = entry.summary.clone();
            }
        }
    }
    for entry in &overlay.services {
        if !fresh(EntryKind::Service, &entry.id, &entry.from) {
            note_stale(EntryKind::Service, &entry.id, &entry.from);
            continue;
        }
        if let Some(service) = deck.services.iter_mut().find(|s| s.id == entry.id)
            && !entry.summary.trim().is_empty()
        {
            service.summary = entry.summary.clone();
        }
    }
    for entry in &overlay.sources {
        if !fresh(EntryKind::Source, &entry.id, &entry.from) {
            note_stale(EntryKind::Source, &entry.id, &entry.from);
            continue;
        }
        if let Some(source) = deck.sources.iter_mut().find(|s| s.id == entry.id)
            && !entry.title.trim().is_empty()
        {
            source.title = entry.title.clone();
            if !entry.url.is_empty() {
                source.url = entry.url.clone();
            }
        }
    }
    for entry in &overlay.items {
        if !fresh(EntryKind::Item, &entry.id, &entry.from) {
            note_stale(EntryKind::Item, &entry.id, &entry.from);
            continue;
        }
        if let Some(item) = deck.items.iter_mut().find(|i| i.id == entry.id) {
            // A part not translated yet shows in English.
            if !entry.text.trim().is_empty() {
                item.text = entry.text.clone();
            }
            if !entry.explanation.trim().is_empty() {
                item.explanation = entry.explanation.clone();
            }
            if !entry.aws_part.is_empty() {
                item.aws_part = entry.aws_part.clone();
            }
            if !entry.customer_part.is_empty() {
                item.customer_part = entry.customer_part.clone();
            }
        }
    }
    Translated { deck, stale }
}

/// A part of a card that a translation holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemPart {
    /// The duty, as the card shows it.
    Text,
    /// Why this owner.
    Explanation,
    /// For a Shared card: what AWS does.
    AwsPart,
    /// For a Shared card: what the customer does.
    CustomerPart,
}

/// The fingerprint of a card's English: its text, explanation and parts.
pub fn item_fingerprint(item: &super::deck::Item) -> String {
    fingerprint(&[
        &item.text,
        &item.explanation,
        &item.aws_part,
        &item.customer_part,
    ])
}

impl ItemEntry {
    /// One part of the card's translation.
    pub fn part(&self, part: ItemPart) -> &str {
        match part {
            ItemPart::Text => &self.text,
            ItemPart::Explanation => &self.explanation,
            ItemPart::AwsPart => &self.aws_part,
            ItemPart::CustomerPart => &self.customer_part,
        }
    }

    fn part_mut(&mut self, part: ItemPart) -> &mut String {
        match part {
            ItemPart::Text => &mut self.text,
            ItemPart::Explanation => &mut self.explanation,
            ItemPart::AwsPart => &mut self.aws_part,
            ItemPart::CustomerPart => &mut self.customer_part,
        }
    }

    /// Whether nothing of the card is translated.
    pub fn is_blank(&self) -> bool {
        [
            &self.text,
            &self.explanation,
            &self.aws_part,
            &self.customer_part,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

/// How far a card of the base deck is translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// No entry, or one with nothing in it: the card shows in English.
    Untranslated,
    /// Made from the English as it is now.
    UpToDate,
    /// Made from English that has changed since: it shows in English
    /// until the translation is checked and marked up to date.
    Stale,
}

impl DeckTranslation {
    /// A translation of the deck `deck` into `language` with no entry yet.
    pub fn new(deck: &str, language: &str) -> Self {
        Self {
            deck: deck.to_owned(),
            language: language.to_owned(),
            ..Self::default()
        }
    }

    /// The entry of the card with this id.
    pub fn item(&self, id: &str) -> Option<&ItemEntry> {
        self.items.iter().find(|e| e.id == id)
    }

    /// How far the card `item` of the base deck is translated.
    pub fn item_state(&self, item: &super::deck::Item) -> ItemState {
        match self.item(&item.id) {
            None => ItemState::Untranslated,
            Some(entry) if entry.is_blank() => ItemState::Untranslated,
            Some(entry) if entry.from == item_fingerprint(item) => ItemState::UpToDate,
            Some(_) => ItemState::Stale,
        }
    }

    /// Sets one part of the translation of the card `item` (of the base
    /// deck, in its English as it is now). A card without an entry gets
    /// one made from that English; an entry that was up to date stays so.
    /// An entry left with nothing in it is removed.
    pub fn set_item_part(&mut self, item: &super::deck::Item, part: ItemPart, text: String) {
        let print = item_fingerprint(item);
        let index = match self.items.iter().position(|e| e.id == item.id) {
            Some(index) => index,
            None => {
                self.items.push(ItemEntry {
                    id: item.id.clone(),
                    from: print,
                    ..ItemEntry::default()
                });
                self.items.len() - 1
            }
        };
        *self.items[index].part_mut(part) = text;
        if self.items[index].is_blank() {
            self.items.remove(index);
        }
    }

    /// Marks the translation of `item` as made from its English as it is
    /// now (after a person checked it against the changed English).
    pub fn mark_up_to_date(&mut self, item: &super::deck::Item) {
        if let Some(entry) = self.items.iter_mut().find(|e| e.id == item.id) {
            entry.from = item_fingerprint(item);
        }
    }

    /// Puts the card entries in the order of `base`'s cards, those for
    /// cards the deck no longer has last.
    pub fn sort_like(&mut self, base: &Deck) {
        let place = |id: &str| {
            base.items
                .iter()
                .position(|i| i.id == id)
                .unwrap_or(usize::MAX)
        };
        self.items.sort_by_key(|e| place(&e.id));
    }
}

/// A translation as the file a person edits: a comment that says what it
/// is and how to edit it, then pretty RON (strings as written, not
/// escaped).
pub fn translation_to_ron(translation: &DeckTranslation) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(translation, config)?;
    Ok(format!(
        "// SRM Study: the deck \"{}\" in the language \"{}\".\n\
         // Translate text, explanation, the parts, titles and summaries; keep ids\n\
         // and `from` as they are (see content/README.md).\n{body}\n",
        translation.deck, translation.language
    ))
}

/// A new overlay for `base` in `language` with every entry holding the
/// English text and its fingerprint: what a translator starts from.
pub fn template(base: &Deck, language: &str) -> DeckTranslation {
    let prints = fingerprints(base);
    let print = |kind: EntryKind, id: &str| {
        prints
            .get(&EntryRef::new(kind, id))
            .cloned()
            .unwrap_or_default()
    };
    DeckTranslation {
        deck: base.id.clone(),
        language: language.to_owned(),
        about: Some(AboutEntry {
            from: print(EntryKind::About, ""),
            title: base.title.clone(),
            description: base.description.clone(),
        }),
        topics: base
            .topics
            .iter()
            .map(|t| TitledEntry {
                id: t.id.clone(),
                from: print(EntryKind::Topic, &t.id),
                title: t.title.clone(),
                summary: t.summary.clone(),
            })
            .collect(),
        layers: base
            .layers
            .iter()
            .map(|l| TitledEntry {
                id: l.id.clone(),
                from: print(EntryKind::Layer, &l.id),
                title: l.title.clone(),
                summary: l.summary.clone(),
            })
            .collect(),
        services: base
            .services
            .iter()
            .filter(|s| !s.summary.is_empty())
            .map(|s| ServiceEntry {
                id: s.id.clone(),
                from: print(EntryKind::Service, &s.id),
                summary: s.summary.clone(),
            })
            .collect(),
        sources: base
            .sources
            .iter()
            .map(|s| SourceEntry {
                id: s.id.clone(),
                from: print(EntryKind::Source, &s.id),
                title: s.title.clone(),
                url: String::new(),
            })
            .collect(),
        items: base
            .items
            .iter()
            .map(|i| ItemEntry {
                id: i.id.clone(),
                from: print(EntryKind::Item, &i.id),
                text: i.text.clone(),
                explanation: i.explanation.clone(),
                aws_part: i.aws_part.clone(),
                customer_part: i.customer_part.clone(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;

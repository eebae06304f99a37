//! Editing a deck: the document the deck editor changes, with undo and
//! redo, readable ids made from a card's text, and the problems (validation
//! errors and lint warnings) of the deck as it is now, and the layers and
//! services of its stack (who owns which layer for each service). Pasting a table of
//! cards is in [`table`]. Plain Rust: no egui, no files.

use std::collections::{BTreeMap, BTreeSet};

use super::deck::{Deck, Item, Layer, Owner, Service, Topic};
use super::lint::{LintRule, LintWarning, lint_deck};
use super::load::{About, LoadError, MAX_ID_LEN, is_valid_id, validate_deck};
use crate::i18n::{Arg, Msg, Translator};
use crate::msg;

pub mod builtin;
pub mod table;

/// How many steps undo keeps.
pub const UNDO_LIMIT: usize = 200;

/// The longest id [`slug`] makes (room is left for a `-2` suffix).
const SLUG_LEN: usize = 48;

/// A readable id made from `text`: lowercase ASCII words joined by `-`,
/// accents dropped, at most 48 characters, starting with a letter
/// (`fallback` when the text has no letter or digit).
pub fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_ascii_lowercase();
        let extra = usize::from(!out.is_empty()) + word.len();
        if !out.is_empty() && out.len() + extra > SLUG_LEN {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out.truncate(SLUG_LEN);
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        return fallback.to_owned();
    }
    if out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out
    } else {
        let mut prefixed = format!("{fallback}-{out}");
        prefixed.truncate(MAX_ID_LEN);
        prefixed
    }
}

/// `base`, or `base-2`, `base-3`, ... : the first that `taken` does not hold.
pub fn unique_id(base: &str, taken: &dyn Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

/// Lowercase, with runs of white space as one space: two texts that are
/// the same card once this is done are "the same text".
pub fn same_text_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One field of a card that is edited as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardField {
    /// The duty as the card shows it.
    Text,
    /// Why this owner.
    Explanation,
    /// For Shared cards: what AWS does.
    AwsPart,
    /// For Shared cards: what the customer does.
    CustomerPart,
    /// Search tags, comma-separated in the editor.
    Tags,
    /// The card's id (changed by hand).
    Id,
}

/// A text field of a layer or a service of the deck's stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StackField {
    /// A layer's title, as the stack shows it.
    LayerTitle,
    /// What a layer holds.
    LayerSummary,
    /// A service's name, e.g. "Amazon EC2".
    ServiceName,
    /// A service's category, e.g. "IaaS".
    ServiceCategory,
    /// How the line moves for a service.
    ServiceSummary,
}

/// Where the last keystrokes went: more typing there joins the same undo
/// step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typed {
    Card(usize, CardField),
    Stack(usize, StackField),
}

/// The deck's own fields that are edited as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeckField {
    /// The deck id.
    Id,
    /// The title.
    Title,
    /// The description.
    Description,
    /// The language the cards are written in.
    Language,
}

/// The deck being edited, its history and what was last saved.
#[derive(Debug, Clone, PartialEq)]
pub struct EditDoc {
    /// The deck as it is now.
    pub deck: Deck,
    /// The deck as it was last saved (or opened).
    saved: Deck,
    /// Card ids that were saved once: they never change by themselves.
    saved_ids: BTreeSet<String>,
    /// Card ids a person typed: they never change by themselves either.
    manual_ids: BTreeSet<String>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The field the last edit typed into: further typing there joins
    /// that undo step.
    last_typed: Option<Typed>,
    /// Counts the changes to the deck (edits, keystrokes, undo, redo), so
    /// that what depends on the deck (its problems) is recomputed only
    /// when it changed.
    revision: u64,
    /// When every change since revision `.0` typed into the texts of the
    /// card at `.1` (its id unchanged): only that card's errors can have
    /// changed since (see [`EditDoc::problems_since`]).
    typed_card: Option<(u64, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    deck: Deck,
    manual_ids: BTreeSet<String>,
}

impl EditDoc {
    /// A document over `deck`; `saved` says whether it is on disk as it is
    /// (an opened deck) or not yet (a new deck or a copy).
    pub fn new(deck: Deck, saved: bool) -> Self {
        let saved_ids = deck.items.iter().map(|i| i.id.clone()).collect();
        let saved_deck = if saved { deck.clone() } else { Deck::default() };
        Self {
            deck,
            saved: saved_deck,
            saved_ids,
            manual_ids: BTreeSet::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            last_typed: None,
            revision: 0,
            typed_card: None,
        }
    }

    /// Changes with every change to the deck made through this document
    /// (see the `revision` field): equal revisions, same deck.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// A new deck with these fields, one topic ("General") and no cards.
    pub fn new_deck(id: &str, title: &str, description: &str) -> Self {
        let deck = Deck {
            id: id.to_owned(),
            title: title.to_owned(),
            description: description.to_owned(),
            language: String::new(),
            sources: Vec::new(),
            layers: Vec::new(),
            services: Vec::new(),
            topics: vec![Topic {
                id: "general".into(),
                title: "General".into(),
                summary: String::new(),
            }],
            items: Vec::new(),
        };
        Self::new(deck, false)
    }

    /// Whether the deck differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.deck != self.saved
    }

    /// Marks the deck as saved: its card ids are fixed from now on.
    pub fn mark_saved(&mut self) {
        self.saved = self.deck.clone();
        self.saved_ids
            .extend(self.deck.items.iter().map(|i| i.id.clone()));
        self.last_typed = None;
    }

    /// Whether there is something to undo / redo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            deck: self.deck.clone(),
            manual_ids: self.manual_ids.clone(),
        }
    }

    /// Records the state before an edit (an undo step of its own).
    fn checkpoint(&mut self) {
        self.revision += 1;
        self.typed_card = None;
        self.undo.push(self.snapshot());
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.last_typed = None;
    }

    /// Typing into `field`: a new undo step unless the last edit typed
    /// into the same field.
    fn typing(&mut self, field: Typed) {
        self.revision += 1;
        if self.last_typed != Some(field) {
            self.checkpoint();
            self.last_typed = Some(field);
        }
    }

    /// Makes any change to the deck one undo step.
    pub fn edit(&mut self, change: impl FnOnce(&mut Deck)) {
        self.checkpoint();
        change(&mut self.deck);
    }

    /// Undoes the last edit; false when there was none.
    pub fn undo(&mut self) -> bool {
        self.travel(true)
    }

    /// Redoes the last undone edit; false when there was none.
    pub fn redo(&mut self) -> bool {
        self.travel(false)
    }

    /// One step back through the history (`back`) or forward again: the
    /// deck becomes the last state kept for that way, and the state it
    /// replaces is kept for the other; false when there is none.
    fn travel(&mut self, back: bool) -> bool {
        let (from, to) = if back {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(state) = from.pop() else {
            return false;
        };
        to.push(Snapshot {
            deck: std::mem::replace(&mut self.deck, state.deck),
            manual_ids: std::mem::replace(&mut self.manual_ids, state.manual_ids),
        });
        self.revision += 1;
        self.typed_card = None;
        self.last_typed = None;
        true
    }

    /// Sets a deck field (one undo step).
    pub fn set_deck_field(&mut self, field: DeckField, value: String) {
        self.edit(|deck| match field {
            DeckField::Id => deck.id = value,
            DeckField::Title => deck.title = value,
            DeckField::Description => deck.description = value,
            DeckField::Language => deck.language = value,
        });
    }

    /// Whether `id` is taken by a card other than the one at `except`.
    fn item_id_taken(&self, id: &str, except: Option<usize>) -> bool {
        self.deck
            .items
            .iter()
            .enumerate()
            .any(|(i, item)| Some(i) != except && item.id == id)
    }

    /// A fresh id for a card at `index` with this text.
    fn id_for(&self, text: &str, index: Option<usize>) -> String {
        unique_id(&slug(text, "card"), &|id| self.item_id_taken(id, index))
    }

    /// Adds a card after `after` (at the end when `None`) with the deck's
    /// first topic and owner Customer; returns its index.
    pub fn add_card(&mut self, text: &str, after: Option<usize>) -> usize {
        let index = after.map_or(self.deck.items.len(), |i| {
            (i + 1).min(self.deck.items.len())
        });
        let id = self.id_for(text, None);
        let topic = self
            .deck
            .topics
            .first()
            .map(|t| t.id.clone())
            .unwrap_or_default();
        let item = Item::new(id, text, Owner::Customer, topic);
        self.edit(|deck| deck.items.insert(index, item));
        index
    }

    /// Copies the card at `index` just after it, with a new id; returns the
    /// copy's index.
    pub fn duplicate_card(&mut self, index: usize) -> Option<usize> {
        let mut copy = self.deck.items.get(index)?.clone();
        copy.id = unique_id(&copy.id, &|id| self.item_id_taken(id, None));
        self.edit(|deck| deck.items.insert(index + 1, copy));
        Some(index + 1)
    }

    /// Deletes the card at `index` (undo brings it back).
    pub fn delete_card(&mut self, index: usize) -> Option<Item> {
        let item = self.deck.items.get(index)?.clone();
        self.edit(|deck| {
            deck.items.remove(index);
        });
        Some(item)
    }

    /// Moves the card at `from` to `to`; returns where it ended.
    pub fn move_card(&mut self, from: usize, to: usize) -> Option<usize> {
        let len = self.deck.items.len();
        if from >= len || to >= len || from == to {
            return None;
        }
        self.edit(|deck| {
            let item = deck.items.remove(from);
            deck.items.insert(to, item);
        });
        Some(to)
    }

    /// Sets a text field of the card at `index`. Typing into the same field
    /// again joins the same undo step. A new card's id follows its text
    /// until it is saved or typed by hand.
    pub fn set_card_field(&mut self, index: usize, field: CardField, value: String) {
        let Some(old_id) = self.deck.items.get(index).map(|i| i.id.clone()) else {
            return;
        };
        let before = self.revision;
        self.typing(Typed::Card(index, field));
        let id_follows = !self.saved_ids.contains(&old_id) && !self.manual_ids.contains(&old_id);
        let new_id =
            (field == CardField::Text && id_follows).then(|| self.id_for(&value, Some(index)));
        if field == CardField::Id {
            self.manual_ids.insert(value.clone());
        }
        let item = &mut self.deck.items[index];
        match field {
            CardField::Text => item.text = value,
            CardField::Explanation => item.explanation = value,
            CardField::AwsPart => item.aws_part = value,
            CardField::CustomerPart => item.customer_part = value,
            CardField::Id => item.id = value,
            CardField::Tags => {
                item.tags = value
                    .split(',')
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect();
            }
        }
        if let Some(id) = new_id {
            item.id = id;
        }
        let same_id = item.id == old_id;
        self.typed_card = match self.typed_card {
            Some((since, card)) if same_id && card == index => Some((since, card)),
            _ if same_id => Some((before, index)),
            _ => None,
        };
    }

    /// Sets the owner of the card at `index`.
    pub fn set_owner(&mut self, index: usize, owner: Owner) {
        if self.deck.items.get(index).is_some_and(|i| i.owner != owner) {
            self.edit(|deck| deck.items[index].owner = owner);
        }
    }

    /// Sets the topic of the card at `index` (a topic id of the deck).
    pub fn set_topic(&mut self, index: usize, topic: &str) {
        if self.deck.items.get(index).is_some_and(|i| i.topic != topic) {
            self.edit(|deck| deck.items[index].topic = topic.to_owned());
        }
    }

    /// Places the card at `index` on a layer (a layer id of the deck; empty:
    /// on none).
    pub fn set_card_layer(&mut self, index: usize, layer: &str) {
        if self.deck.items.get(index).is_some_and(|i| i.layer != layer) {
            self.edit(|deck| deck.items[index].layer = layer.to_owned());
        }
    }

    /// Adds or removes a service (by id) of the card at `index`.
    pub fn toggle_service(&mut self, index: usize, service: &str) {
        if index < self.deck.items.len() {
            self.edit(|deck| toggle(&mut deck.items[index].services, service));
        }
    }

    /// Adds or removes a source (by id) of the card at `index`.
    pub fn toggle_source(&mut self, index: usize, source: &str) {
        if index < self.deck.items.len() {
            self.edit(|deck| toggle(&mut deck.items[index].sources, source));
        }
    }

    /// Adds a topic with this title (its id made from it); returns the id.
    pub fn add_topic(&mut self, title: &str) -> String {
        let id = unique_id(&slug(title, "topic"), &|id| {
            self.deck.topics.iter().any(|t| t.id == id)
        });
        let topic = Topic {
            id: id.clone(),
            title: title.trim().to_owned(),
            summary: String::new(),
        };
        self.edit(|deck| deck.topics.push(topic));
        id
    }

    /// Adds a layer with this title at the top of the stack (the end of
    /// the deck's list, which goes bottom to top; its id made from the
    /// title, fixed from then on); returns its index.
    pub fn add_layer(&mut self, title: &str) -> usize {
        let id = unique_id(&slug(title, "layer"), &|id| {
            self.deck.layers.iter().any(|l| l.id == id)
        });
        let layer = Layer {
            id,
            title: title.trim().to_owned(),
            summary: String::new(),
        };
        self.edit(|deck| deck.layers.push(layer));
        self.deck.layers.len() - 1
    }

    /// The layers of another stack (the built-in decks') that the deck
    /// lacks, in their order.
    pub fn missing_layers<'a>(&self, layers: &'a [Layer]) -> Vec<&'a Layer> {
        layers
            .iter()
            .filter(|l| !self.deck.layers.iter().any(|own| own.id == l.id))
            .collect()
    }

    /// Adds the layers of another stack (the built-in decks') that the deck
    /// lacks, in their order, as one undo step; returns how many.
    pub fn add_layers(&mut self, layers: &[Layer]) -> usize {
        let missing: Vec<Layer> = self.missing_layers(layers).into_iter().cloned().collect();
        let added = missing.len();
        if added > 0 {
            self.edit(|deck| deck.layers.extend(missing));
        }
        added
    }

    /// Moves the layer at `index` (in the deck's list, bottom first) one
    /// place up the stack (`true`: towards its top, the next index) or down;
    /// returns its new index.
    pub fn move_layer(&mut self, index: usize, up: bool) -> Option<usize> {
        let to = if up { index + 1 } else { index.checked_sub(1)? };
        if to >= self.deck.layers.len() || index >= self.deck.layers.len() {
            return None;
        }
        self.edit(|deck| deck.layers.swap(index, to));
        Some(to)
    }

    /// Removes the layer at `index`, from every service's stack and from
    /// the cards placed on it too (one undo step brings all back); returns
    /// its title and how many cards were on it.
    pub fn remove_layer(&mut self, index: usize) -> Option<(String, usize)> {
        let layer = self.deck.layers.get(index)?.clone();
        let cards = self
            .deck
            .items
            .iter()
            .filter(|i| i.layer == layer.id)
            .count();
        self.edit(|deck| {
            deck.layers.remove(index);
            for service in &mut deck.services {
                service.layers.remove(&layer.id);
            }
            for item in &mut deck.items {
                if item.layer == layer.id {
                    item.layer.clear();
                }
            }
        });
        Some((layer.title, cards))
    }

    /// Adds a service with this name (its id made from the name, fixed from
    /// then on) and no layers yet; returns its index.
    pub fn add_service(&mut self, name: &str) -> usize {
        let id = unique_id(&slug(name, "service"), &|id| {
            self.deck.services.iter().any(|s| s.id == id)
        });
        let service = Service {
            id,
            name: name.trim().to_owned(),
            category: String::new(),
            summary: String::new(),
            layers: BTreeMap::new(),
        };
        self.edit(|deck| deck.services.push(service));
        self.deck.services.len() - 1
    }

    /// Adds a copy of a built-in service (`layers`: the built-in stack,
    /// bottom to top) with the layers its stack needs that the deck lacks,
    /// in one undo step; keeps its id unless the deck has it. Returns its
    /// index and how many layers were added.
    pub fn add_builtin_service(&mut self, service: &Service, layers: &[Layer]) -> (usize, usize) {
        let id = unique_id(&service.id, &|id| {
            self.deck.services.iter().any(|s| s.id == id)
        });
        let copy = Service {
            id,
            ..service.clone()
        };
        let missing: Vec<Layer> = layers
            .iter()
            .filter(|l| service.layers.contains_key(&l.id))
            .filter(|l| !self.deck.layers.iter().any(|d| d.id == l.id))
            .cloned()
            .collect();
        let added = missing.len();
        self.edit(|deck| {
            deck.layers.extend(missing);
            deck.services.push(copy);
        });
        (self.deck.services.len() - 1, added)
    }

    /// Says who owns `layer` (a layer id) for the service at `index`;
    /// `None`: the layer does not apply to that service.
    pub fn set_service_layer(&mut self, index: usize, layer: &str, owner: Option<Owner>) {
        let Some(service) = self.deck.services.get(index) else {
            return;
        };
        if service.layers.get(layer).copied() == owner {
            return;
        }
        self.edit(|deck| {
            let layers = &mut deck.services[index].layers;
            match owner {
                Some(owner) => {
                    layers.insert(layer.to_owned(), owner);
                }
                None => {
                    layers.remove(layer);
                }
            }
        });
    }

    /// Removes the service at `index`, and from the cards that name it
    /// (one undo step brings all back); returns its name and how many
    /// cards named it.
    pub fn remove_service(&mut self, index: usize) -> Option<(String, usize)> {
        let service = self.deck.services.get(index)?.clone();
        let cards = self
            .deck
            .items
            .iter()
            .filter(|i| i.services.contains(&service.id))
            .count();
        self.edit(|deck| {
            deck.services.remove(index);
            for item in &mut deck.items {
                item.services.retain(|s| s != &service.id);
            }
        });
        Some((service.name, cards))
    }

    /// Sets a text field of the layer or service at `index` (which one
    /// the field says). Typing into the same field again joins the same
    /// undo step.
    pub fn set_stack_field(&mut self, index: usize, field: StackField, value: String) {
        let exists = match field {
            StackField::LayerTitle | StackField::LayerSummary => index < self.deck.layers.len(),
            _ => index < self.deck.services.len(),
        };
        if !exists {
            return;
        }
        self.typing(Typed::Stack(index, field));
        self.typed_card = None;
        let deck = &mut self.deck;
        match field {
            StackField::LayerTitle => deck.layers[index].title = value,
            StackField::LayerSummary => deck.layers[index].summary = value,
            StackField::ServiceName => deck.services[index].name = value,
            StackField::ServiceCategory => deck.services[index].category = value,
            StackField::ServiceSummary => deck.services[index].summary = value,
        }
    }

    /// [`EditDoc::problems`], knowing `old`, the problems at revision
    /// `old_revision`: when since then only the texts of one card of a deck
    /// too large to lint live were typed in, only that card is checked
    /// again (a keystroke in a 60,000-card deck stays within a frame);
    /// otherwise the whole deck is.
    pub fn problems_since(&self, file: &str, old: &Problems, old_revision: u64) -> Problems {
        let Some((since, index)) = self.typed_card else {
            return self.problems(file);
        };
        let Some(item) = self.deck.items.get(index) else {
            return self.problems(file);
        };
        let unique = self.deck.items.iter().filter(|i| i.id == item.id).count() == 1;
        if since > old_revision || !old.lint_skipped || !unique {
            return self.problems(file);
        }
        let context = Some(About::Item(item.id.clone()));
        let mut fresh = Some(super::load::validate_item(file, &self.deck, index));
        let mut errors = Vec::with_capacity(old.errors.len() + 2);
        for error in &old.errors {
            if error.context.as_deref() == context.as_ref() {
                errors.extend(fresh.take().into_iter().flatten());
            } else {
                errors.push(error.clone());
            }
        }
        errors.extend(fresh.into_iter().flatten());
        Problems {
            errors,
            warnings: Vec::new(),
            lint_skipped: true,
        }
    }

    /// The deck's errors and warnings as it is now.
    pub fn problems(&self, file: &str) -> Problems {
        let mut errors = validate_deck(file, &self.deck);
        if !is_valid_id(&self.deck.id) && self.deck.id.is_empty() {
            errors.retain(|e| !matches!(e.context.as_deref(), Some(About::Deck(_))));
            errors.insert(
                0,
                LoadError::semantic(file, About::Deck(String::new()), msg!("deck-edit-no-id")),
            );
        }
        // The lint compares every card with every other: past
        // LIVE_LINT_LIMIT cards it would cost seconds per keystroke, so a
        // deck that large is linted by `srm-study validate --lint`.
        let lint_skipped = self.deck.items.len() > LIVE_LINT_LIMIT;
        let warnings = if lint_skipped {
            Vec::new()
        } else {
            lint_deck(file, &self.deck, "")
        };
        Problems {
            errors,
            warnings,
            lint_skipped,
        }
    }
}

fn toggle(list: &mut Vec<String>, id: &str) {
    if let Some(pos) = list.iter().position(|s| s == id) {
        list.remove(pos);
    } else {
        list.push(id.to_owned());
    }
}

/// The deck's validation errors and lint warnings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problems {
    /// What `srm-study validate` reports: the deck cannot load until these
    /// are fixed.
    pub errors: Vec<LoadError>,
    /// What `srm-study validate --lint` reports: never blocking.
    pub warnings: Vec<LintWarning>,
    /// True when the deck has more than [`LIVE_LINT_LIMIT`] cards: its
    /// warnings are not computed while it is edited.
    pub lint_skipped: bool,
}

/// The most cards a deck may have for the editor to lint it after every
/// change (see [`EditDoc::problems`]).
pub const LIVE_LINT_LIMIT: usize = 5_000;

impl Problems {
    /// The errors about the card with this id, in the editor's words
    /// (see [`in_editor_words`]).
    pub fn card_errors(&self, id: &str) -> Vec<Sentence> {
        self.errors
            .iter()
            .filter(|e| matches!(e.context.as_deref(), Some(About::Item(item)) if item == id))
            .map(in_editor_words)
            .collect()
    }

    /// The warnings about the card with this id (give-aways and
    /// near-duplicates), and about its topic (single-owner topics).
    pub fn card_warnings(&self, id: &str, topic: &str) -> Vec<&LintWarning> {
        self.warnings
            .iter()
            .filter(|w| match w.rule {
                LintRule::SingleOwnerTopic => w.id == topic,
                _ => w.id == id,
            })
            .collect()
    }

    /// The errors about the deck itself, its topics, sources and services
    /// (not about one card).
    pub fn deck_errors(&self) -> Vec<Sentence> {
        self.errors
            .iter()
            .filter(|e| !matches!(e.context.as_deref(), Some(About::Item(_))))
            .map(in_editor_words)
            .collect()
    }
}

/// A problem in the editor's words: a sentence, its first letter upper
/// case in every language that has cases. `Display` is English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence(pub Msg);

impl Sentence {
    /// The sentence in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        upper_first(&self.0.localized(tr))
    }
}

impl std::fmt::Display for Sentence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&upper_first(&self.0.to_string()))
    }
}

/// A text value of a message, if it has one by that name.
fn text_value<'a>(message: &'a Msg, name: &str) -> Option<&'a str> {
    match message.value(name) {
        Some(Arg::Text(text)) => Some(text),
        _ => None,
    }
}

/// A validation error (as [`validate_deck`] gives it for a deck file) said
/// in the deck editor's words: cards, not `Item(...)`; what to do in the
/// editor, not in the file. A card's own errors are shown in its form, so
/// they name no card.
pub fn in_editor_words(error: &LoadError) -> Sentence {
    let (what, name) = match error.context.as_deref() {
        Some(About::Item(id)) => ("card", id.as_str()),
        Some(About::Deck(id)) => ("deck", id.as_str()),
        Some(About::Topic(id)) => ("topic", id.as_str()),
        Some(About::Source(id)) => ("source", id.as_str()),
        Some(About::Layer(id)) => ("layer", id.as_str()),
        Some(About::Service(id)) => ("service", id.as_str()),
        Some(other) => ("other", other.id()),
        None => ("", ""),
    };
    let message = &error.message;
    let id = text_value(message, "id").unwrap_or_default();
    let target = text_value(message, "what").unwrap_or_default();
    let message = match message.id() {
        "load-no-items" => msg!("deck-edit-no-cards"),
        "load-unknown-ref" => match (what, target) {
            ("card", "topic") => msg!("deck-edit-card-unknown-topic", id = id),
            ("card", "layer") => msg!("deck-edit-card-unknown-layer", id = id),
            ("card", "service") => msg!("deck-edit-card-unknown-service", id = id),
            ("card", "source") => msg!("deck-edit-card-unknown-source", id = id),
            _ => msg!("deck-edit-unknown-ref", what = target, id = id),
        },
        "load-service-unknown-layer" => msg!(
            "deck-edit-layer-owner-unknown",
            id = text_value(message, "layer").unwrap_or_default()
        ),
        "load-id-taken" => msg!("deck-edit-id-taken", what = what, id = name),
        "load-title-or-name-empty" if what == "service" => msg!("deck-edit-name-empty"),
        "load-title-or-name-empty" => msg!("load-title-empty"),
        _ => message.clone(),
    };
    match what {
        "card" | "deck" | "" => Sentence(message),
        _ if name.is_empty() => Sentence(message),
        _ => Sentence(msg!(
            "deck-edit-about",
            what = what,
            id = name,
            message = message
        )),
    }
}

/// `text` with its first letter in upper case.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> EditDoc {
        EditDoc::new_deck("mine", "Mine", "")
    }

    #[test]
    fn errors_are_said_in_the_editors_words() {
        let mut empty = doc();
        empty.deck.items.clear();
        let shown: Vec<String> = (empty.problems("d").deck_errors().iter())
            .map(ToString::to_string)
            .collect();
        assert!(
            shown
                .iter()
                .any(|e| e == "The deck has no cards yet: add at least one card"),
            "{shown:?}"
        );
        assert!(
            shown
                .iter()
                .all(|e| !e.contains("Item(") && !e.contains("items")),
            "{shown:?}"
        );
        let mut broken = doc();
        let i = broken.add_card("Patching", None);
        broken.deck.items[i].topic = "gone".into();
        broken.deck.items[i].services = vec!["ec2".into()];
        let id = broken.deck.items[i].id.clone();
        let card: Vec<String> = (broken.problems("d").card_errors(&id).iter())
            .map(ToString::to_string)
            .collect();
        assert!(
            card.contains(
                &"Its topic “gone” is not in this deck: choose one of the deck's topics".to_owned()
            ),
            "{card:?}"
        );
        assert!(
            card.iter()
                .any(|e| e.starts_with("It names the service “ec2”")),
            "{card:?}"
        );
        assert!(
            card.iter()
                .all(|e| !e.contains("known topics") && !e.contains("define")),
            "{card:?}"
        );
        let mut stack = doc();
        stack.add_card("Patching", None);
        let mut ebs = Service {
            id: "ebs".into(),
            name: "EBS".into(),
            category: String::new(),
            summary: String::new(),
            layers: BTreeMap::new(),
        };
        ebs.layers.insert("disk".into(), Owner::Aws);
        stack.deck.services.push(ebs);
        let errors = stack.problems("d").errors;
        let error = (errors.iter())
            .find(|e| e.context.as_deref() == Some(&About::Service("ebs".into())))
            .expect("the unknown layer");
        assert_eq!(
            error.message.to_string(),
            "names layer \"disk\", which is not in this deck's layers"
        );
        assert_eq!(
            in_editor_words(error).to_string(),
            "Service “ebs”: gives an owner for the layer “disk”, which this deck does not have: add the layer (on the Stack page)"
        );
        let taken = LoadError::semantic(
            "d",
            About::Topic("t".into()),
            msg!("load-id-taken", what = "topic"),
        );
        assert_eq!(
            taken.message.to_string(),
            "this id is used by another topic of the deck"
        );
        assert_eq!(
            in_editor_words(&taken).to_string(),
            "Topic “t”: another topic has the same id “t”"
        );
    }

    #[test]
    fn slugs_are_readable_ids() {
        assert_eq!(
            slug("Patching the guest OS!", "card"),
            "patching-the-guest-os"
        );
        assert_eq!(slug("  ", "card"), "card");
        assert_eq!(slug("3 keys", "card"), "card-3-keys");
        assert_eq!(slug("Café à la carte", "card"), "caf-la-carte");
        let long = slug(&"word ".repeat(40), "card");
        assert!(long.len() <= SLUG_LEN && is_valid_id(&long), "{long}");
        assert_eq!(unique_id("a", &|id| id == "a" || id == "a-2"), "a-3");
    }

    #[test]
    fn a_new_cards_id_follows_its_text_until_saved() {
        let mut doc = doc();
        let i = doc.add_card("", None);
        assert_eq!(doc.deck.items[i].id, "card");
        doc.set_card_field(i, CardField::Text, "Rotating keys".into());
        assert_eq!(doc.deck.items[i].id, "rotating-keys");
        let j = doc.add_card("Rotating keys", None);
        assert_eq!(doc.deck.items[j].id, "rotating-keys-2");
        doc.mark_saved();
        doc.set_card_field(i, CardField::Text, "Rotating access keys".into());
        assert_eq!(doc.deck.items[i].id, "rotating-keys", "stable once saved");
        // An id typed by hand stays.
        let k = doc.add_card("x", None);
        doc.set_card_field(k, CardField::Id, "my-id".into());
        doc.set_card_field(k, CardField::Text, "Something else".into());
        assert_eq!(doc.deck.items[k].id, "my-id");
    }

    #[test]
    fn every_edit_undoes_and_redoes_and_typing_is_one_step() {
        let mut doc = doc();
        let i = doc.add_card("A", None);
        doc.set_card_field(i, CardField::Explanation, "W".into());
        doc.set_card_field(i, CardField::Explanation, "Wh".into());
        doc.set_card_field(i, CardField::Explanation, "Why".into());
        doc.set_owner(i, Owner::Aws);
        assert!(doc.undo());
        assert_eq!(doc.deck.items[i].owner, Owner::Customer);
        assert!(doc.undo());
        assert_eq!(doc.deck.items[i].explanation, "", "typing was one step");
        assert!(doc.redo());
        assert_eq!(doc.deck.items[i].explanation, "Why");
        doc.delete_card(i);
        assert!(doc.deck.items.is_empty());
        assert!(doc.undo());
        assert_eq!(doc.deck.items.len(), 1);
        assert!(doc.undo() && doc.undo());
        assert!(doc.deck.items.is_empty() && !doc.can_undo());
        assert!(!doc.undo());
    }

    #[test]
    fn dirty_follows_the_saved_deck() {
        let mut doc = doc();
        assert!(doc.is_dirty(), "a new deck is not saved yet");
        doc.mark_saved();
        assert!(!doc.is_dirty());
        let i = doc.add_card("A", None);
        assert!(doc.is_dirty());
        doc.undo();
        assert!(!doc.is_dirty());
        doc.redo();
        doc.move_card(i, i);
        doc.duplicate_card(i);
        assert_eq!(doc.deck.items[1].id, "a-2");
        assert_eq!(doc.move_card(1, 0), Some(0));
        assert_eq!(doc.deck.items[0].id, "a-2");
    }

    #[test]
    fn problems_are_found_per_card_and_warnings_do_not_block() {
        let mut doc = doc();
        assert!(!doc.problems("d").errors.is_empty(), "no cards yet");
        let i = doc.add_card("Encrypting your data", None);
        let p = doc.problems("d");
        assert_eq!(p.card_errors("encrypting-your-data").len(), 1, "{p:?}");
        doc.set_card_field(i, CardField::Explanation, "Why".into());
        let p = doc.problems("d");
        assert!(p.errors.is_empty(), "{p:?}");
        assert_eq!(p.card_warnings("encrypting-your-data", "general").len(), 1);
        let t = doc.add_topic("Data protection");
        assert_eq!(t, "data-protection");
        doc.set_topic(i, &t);
        doc.toggle_source(i, "nope");
        assert_eq!(
            doc.problems("d").card_errors("encrypting-your-data").len(),
            1
        );
        doc.toggle_source(i, "nope");
        assert!(doc.problems("d").errors.is_empty());
    }
    #[test]
    fn layers_and_services_are_edited_and_undone_with_their_cards() {
        let mut doc = doc();
        // The deck lists layers bottom first.
        let metal = doc.add_layer("Hardware");
        let os = doc.add_layer("Guest OS");
        let data = doc.add_layer("Customer data");
        assert_eq!(doc.deck.layers[os].id, "guest-os");
        assert_eq!(doc.move_layer(metal, true), Some(os), "up the stack");
        assert_eq!(doc.move_layer(data, true), None, "already at the top");
        assert_eq!(doc.move_layer(os, false), Some(metal));
        assert_eq!(doc.deck.layers[2].id, "customer-data");
        let before = doc.deck.layers.len();
        let builtin = [
            Layer {
                id: "guest-os".into(),
                title: "Guest OS".into(),
                summary: String::new(),
            },
            Layer {
                id: "physical".into(),
                title: "Physical".into(),
                summary: String::new(),
            },
        ];
        assert_eq!(doc.add_layers(&builtin), 1, "only the missing one");
        assert_eq!(doc.deck.layers.len(), before + 1);
        assert!(doc.undo());
        assert_eq!(doc.deck.layers.len(), before);
        doc.move_layer(0, true);
        assert_eq!(
            doc.deck
                .layers
                .iter()
                .map(|l| l.id.as_str())
                .collect::<Vec<_>>(),
            ["guest-os", "hardware", "customer-data"]
        );
        let ec2 = doc.add_service("Amazon EC2");
        doc.set_service_layer(ec2, "guest-os", Some(Owner::Customer));
        doc.set_service_layer(ec2, "hardware", Some(Owner::Aws));
        doc.set_stack_field(ec2, StackField::ServiceCategory, "I".into());
        doc.set_stack_field(ec2, StackField::ServiceCategory, "IaaS".into());
        let service = &doc.deck.services[ec2];
        assert_eq!(service.id, "amazon-ec2");
        assert_eq!(service.category, "IaaS");
        assert_eq!(service.layers.get("guest-os"), Some(&Owner::Customer));
        let i = doc.add_card("Patching the guest OS", None);
        doc.set_card_field(i, CardField::Explanation, "The instance is yours.".into());
        doc.toggle_service(i, "amazon-ec2");
        doc.set_card_layer(i, "guest-os");
        assert!(
            doc.problems("d").errors.is_empty(),
            "{:?}",
            doc.problems("d")
        );

        // Removing the layer takes it out of the service and off the card,
        // so the deck stays valid; one undo brings everything back.
        assert_eq!(doc.remove_layer(0), Some(("Guest OS".into(), 1)));
        assert!(doc.deck.items[i].layer.is_empty());
        assert!(!doc.deck.services[ec2].layers.contains_key("guest-os"));
        assert!(
            doc.problems("d").errors.is_empty(),
            "{:?}",
            doc.problems("d")
        );
        assert!(doc.undo());
        assert_eq!(doc.deck.items[i].layer, "guest-os");
        assert_eq!(
            doc.deck.services[ec2].layers.get("guest-os"),
            Some(&Owner::Customer)
        );

        assert_eq!(doc.remove_service(ec2), Some(("Amazon EC2".into(), 1)));
        assert!(doc.deck.items[i].services.is_empty());
        assert!(
            doc.problems("d").errors.is_empty(),
            "{:?}",
            doc.problems("d")
        );
        assert!(doc.undo());
        assert_eq!(doc.deck.items[i].services, vec!["amazon-ec2".to_owned()]);

        // Typing the category was one step; a layer set to "does not
        // apply" leaves the service's stack.
        doc.set_service_layer(ec2, "hardware", None);
        assert!(!doc.deck.services[ec2].layers.contains_key("hardware"));
        assert_eq!(doc.add_service("Amazon EC2"), 1);
        assert_eq!(doc.deck.services[1].id, "amazon-ec2-2", "ids stay unique");
    }

    #[test]
    fn typing_in_a_card_of_a_big_deck_checks_only_that_card_and_agrees_with_a_full_check() {
        let mut deck = EditDoc::new_deck("big", "Big", "").deck;
        for i in 0..=LIVE_LINT_LIMIT {
            deck.items.push(Item {
                explanation: "E".into(),
                ..Item::new(
                    format!("card-{i}"),
                    format!("Card {i}"),
                    Owner::Aws,
                    "general",
                )
            });
        }
        let mut doc = EditDoc::new(deck, true);
        let shown = |p: &Problems| {
            let mut lines: Vec<String> = p.errors.iter().map(ToString::to_string).collect();
            lines.sort();
            lines
        };
        let mut problems = doc.problems("big.ron");
        let mut revision = doc.revision();
        assert!(problems.lint_skipped && problems.errors.is_empty());
        let steps = [
            (CardField::Text, ""),
            (CardField::Text, "Back\u{1b}"),
            (CardField::Explanation, ""),
            (CardField::Explanation, "Why"),
            (CardField::Text, "Fine"),
        ];
        for (field, text) in steps {
            doc.set_card_field(10, field, text.to_owned());
            assert!(doc.typed_card.is_some(), "the id of a saved card stays");
            let next = doc.problems_since("big.ron", &problems, revision);
            assert_eq!(
                shown(&next),
                shown(&doc.problems("big.ron")),
                "{field:?} {text:?}"
            );
            problems = next;
            revision = doc.revision();
        }
        // Any other edit checks the whole deck again.
        doc.set_owner(3, Owner::Customer);
        assert!(doc.typed_card.is_none());
    }
}

//! The Browse area's model: filtering and searching every card, and the
//! responsibility stack of a service.

use std::collections::BTreeSet;

use super::catalog::{CardRef, Catalog};
use super::deck::{Item, Layer, Owner, Service};

/// What the Browse list shows. Empty sets and `None` mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Owners to show; empty shows all.
    pub owners: BTreeSet<Owner>,
    /// A topic id.
    pub topic: Option<String>,
    /// A service id.
    pub service: Option<String>,
    /// A deck id.
    pub deck: Option<String>,
    /// A layer id (set by clicking a layer of the stack).
    pub layer: Option<String>,
    /// The service whose stack the layer was clicked in: the layer then
    /// lists that service's cards (see [`layer_shows`]). `None` keeps the
    /// layer filter service-blind.
    pub layer_service: Option<String>,
    /// Search words; a card matches when every word is in its text,
    /// explanation, tags, topic or id, ignoring case.
    pub search: String,
}

impl Filter {
    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Flips one owner in the owner set.
    pub fn toggle_owner(&mut self, owner: Owner) {
        if !self.owners.remove(&owner) {
            self.owners.insert(owner);
        }
    }
}

/// A precomputed, lowercased search text for every card, so that a keystroke
/// filters 10,000 cards without allocating per card.
#[derive(Debug, Clone, Default)]
pub struct CardIndex {
    cards: Vec<CardRef>,
    haystacks: Vec<String>,
}

impl CardIndex {
    /// Indexes every card of the catalog.
    pub fn new(catalog: &Catalog) -> Self {
        let mut cards = Vec::with_capacity(catalog.item_count());
        let mut haystacks = Vec::with_capacity(catalog.item_count());
        for (card, item) in catalog.cards() {
            let deck = &catalog.decks[card.deck].deck;
            let topic = deck
                .topics
                .iter()
                .find(|t| t.id == item.topic)
                .map_or("", |t| t.title.as_str());
            let mut hay =
                String::with_capacity(item.text.len() + item.explanation.len() + topic.len() + 64);
            for part in [item.text.as_str(), &item.explanation, topic, &item.id] {
                hay.push_str(part);
                hay.push('\n');
            }
            for tag in &item.tags {
                hay.push_str(tag);
                hay.push('\n');
            }
            cards.push(card);
            haystacks.push(hay.to_lowercase());
        }
        Self { cards, haystacks }
    }

    /// Number of indexed cards.
    pub fn len(&self) -> usize {
        self.cards.len()
    }

    /// Whether no card is indexed.
    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The cards that pass `filter`, in catalog order.
    pub fn filter(&self, catalog: &Catalog, filter: &Filter) -> Vec<CardRef> {
        let words: Vec<String> = filter
            .search
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let deck_index = filter
            .deck
            .as_deref()
            .map(|id| catalog.decks.iter().position(|d| d.deck.id == id));
        // The owner of the clicked layer in the chosen service's stack.
        let stack = filter.layer_service.as_deref().map(|id| {
            let owner = services(catalog)
                .into_iter()
                .find(|s| s.id == id)
                .and_then(|s| filter.layer.as_deref().and_then(|l| s.layers.get(l)))
                .copied();
            (id, owner)
        });
        self.cards
            .iter()
            .zip(&self.haystacks)
            .filter(|(card, hay)| {
                if let Some(wanted) = deck_index
                    && wanted != Some(card.deck)
                {
                    return false;
                }
                let Some(item) = catalog.item(**card) else {
                    return false;
                };
                matches_fields(item, filter)
                    && stack.is_none_or(|(service, owner)| layer_shows(item, service, owner))
                    && words.iter().all(|w| hay.contains(w.as_str()))
            })
            .map(|(card, _)| *card)
            .collect()
    }
}

/// A filter that, dropped, would let cards through (see [`emptied_by`]);
/// the view names it in the window's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    /// The search words.
    Search,
    /// The owner filter.
    Owners,
    /// The topic filter.
    Topic,
    /// The service filter.
    Service,
    /// The deck filter.
    Deck,
    /// The service whose stack the layer was clicked in (its shown name):
    /// dropped, the layer stays, on every service's stack.
    LayerService(String),
    /// The layer filter.
    Layer,
}

/// Why a filter lists no card: the filters that, each dropped alone, would
/// list cards ("the search words", "the layer on Amazon S3's stack"), with
/// how many cards each would let through. Empty when dropping any single
/// one still lists nothing.
pub fn emptied_by(index: &CardIndex, catalog: &Catalog, filter: &Filter) -> Vec<(Dropped, usize)> {
    let service_name = |id: &str| {
        services(catalog)
            .into_iter()
            .find(|s| s.id == id)
            .map_or(id.to_owned(), |s| s.shown_name().to_owned())
    };
    let mut tries: Vec<(Dropped, Filter)> = Vec::new();
    let mut without = |name: Dropped, change: &dyn Fn(&mut Filter)| {
        let mut f = filter.clone();
        change(&mut f);
        if f != *filter {
            tries.push((name, f));
        }
    };
    without(Dropped::Search, &|f| f.search.clear());
    without(Dropped::Owners, &|f| f.owners.clear());
    without(Dropped::Topic, &|f| f.topic = None);
    without(Dropped::Service, &|f| f.service = None);
    without(Dropped::Deck, &|f| f.deck = None);
    match &filter.layer_service {
        // The layer keeps its place, on every service's stack.
        Some(service) => without(Dropped::LayerService(service_name(service)), &|f| {
            f.layer_service = None
        }),
        None => without(Dropped::Layer, &|f| f.layer = None),
    }
    tries
        .into_iter()
        .map(|(name, f)| (name, index.filter(catalog, &f).len()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn matches_fields(item: &Item, filter: &Filter) -> bool {
    (filter.owners.is_empty() || filter.owners.contains(&item.owner))
        && filter.topic.as_deref().is_none_or(|t| item.topic == t)
        && filter
            .service
            .as_deref()
            .is_none_or(|s| item.services.iter().any(|x| x == s))
        && filter.layer.as_deref().is_none_or(|l| item.layer == l)
}

/// Whether a card belongs on a layer of `service`'s stack (the layer itself
/// is matched by [`Filter::layer`]), where the layer's owner for that service
/// is `layer_owner`:
/// - a card that names services belongs when it names this one;
/// - a general card (no services) belongs when its owner agrees with the
///   layer: the same owner, or any owner on a Shared layer. A general
///   Customer card about application code so never shows under S3's
///   Application layer, which AWS runs.
pub fn layer_shows(item: &Item, service: &str, layer_owner: Option<Owner>) -> bool {
    if item.services.is_empty() {
        match layer_owner {
            Some(Owner::Shared) => true,
            Some(owner) => item.owner == owner,
            None => false,
        }
    } else {
        item.services.iter().any(|s| s == service)
    }
}

/// A topic offered by the topic filter: its id and title (the first title
/// seen for the id when several decks share it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The id the filter uses.
    pub id: String,
    /// What the person sees.
    pub label: String,
}

/// Every topic of every deck, once per id, in deck order.
pub fn topic_choices(catalog: &Catalog) -> Vec<Choice> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for loaded in &catalog.decks {
        for topic in &loaded.deck.topics {
            if seen.insert(topic.id.clone()) {
                out.push(Choice {
                    id: topic.id.clone(),
                    label: topic.title.clone(),
                });
            }
        }
    }
    out
}

/// Every service of every deck, once per id, in deck order.
pub fn services(catalog: &Catalog) -> Vec<&Service> {
    let mut seen = BTreeSet::new();
    catalog
        .decks
        .iter()
        .flat_map(|d| d.deck.services.iter())
        .filter(|s| seen.insert(s.id.as_str()))
        .collect()
}

/// The responsibility stack: the layers of the first deck that defines
/// them, bottom (physical) first.
pub fn stack_layers(catalog: &Catalog) -> &[Layer] {
    catalog
        .decks
        .iter()
        .map(|d| d.deck.layers.as_slice())
        .find(|l| !l.is_empty())
        .unwrap_or(&[])
}

/// One row of the stack for a service: the layer and who owns it there
/// (`None` where the layer does not apply to the service).
#[derive(Debug, Clone, PartialEq)]
pub struct StackRow<'a> {
    /// The layer.
    pub layer: &'a Layer,
    /// Its owner for the chosen service.
    pub owner: Option<Owner>,
}

/// The stack for `service`, bottom first.
pub fn stack_for<'a>(layers: &'a [Layer], service: &Service) -> Vec<StackRow<'a>> {
    layers
        .iter()
        .map(|layer| StackRow {
            layer,
            owner: service.layers.get(&layer.id).copied(),
        })
        .collect()
}

/// Whether the owners of layer `index` differ between two stacks of the
/// same layers (a layer that applies to one service only differs too).
pub fn owners_differ(left: &[StackRow<'_>], right: &[StackRow<'_>], index: usize) -> bool {
    left.get(index).map(|r| r.owner) != right.get(index).map(|r| r.owner)
}

/// Index of the highest layer (from the bottom) that is wholly AWS's, below
/// which everything is AWS's: where "AWS's part ends". `None` when the bottom
/// layer is not AWS's.
pub fn aws_boundary(rows: &[StackRow<'_>]) -> Option<usize> {
    let mut last = None;
    for (i, row) in rows.iter().enumerate() {
        match row.owner {
            Some(Owner::Aws) | None => last = Some(i),
            _ => break,
        }
    }
    last
}

/// Cards related to `card`: the same topic or the same layer, in the same
/// deck, the card itself excluded; same-topic cards first.
pub fn related(catalog: &Catalog, card: CardRef, limit: usize) -> Vec<CardRef> {
    let Some(item) = catalog.item(card) else {
        return Vec::new();
    };
    let Some(loaded) = catalog.decks.get(card.deck) else {
        return Vec::new();
    };
    let refs = loaded.deck.items.iter().enumerate().map(|(i, it)| {
        (
            CardRef {
                deck: card.deck,
                item: i,
            },
            it,
        )
    });
    let same_topic = refs
        .clone()
        .filter(|(r, it)| *r != card && it.topic == item.topic);
    let same_layer = refs.filter(|(r, it)| {
        *r != card && !item.layer.is_empty() && it.layer == item.layer && it.topic != item.topic
    });
    same_topic
        .chain(same_layer)
        .map(|(r, _)| r)
        .take(limit)
        .collect()
}

/// Whether a source address may be opened: only http and https links.
pub fn is_openable_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > 8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::Origin;

    const DECK: &str = r#"Deck(
        id: "d", title: "D",
        layers: [Layer(id: "physical", title: "Physical"), Layer(id: "guest-os", title: "Guest OS"),
                 Layer(id: "data", title: "Data")],
        services: [
            Service(id: "ec2", name: "Amazon EC2", layers: {"physical": Aws, "guest-os": Customer, "data": Customer}),
            Service(id: "lambda", name: "AWS Lambda", layers: {"physical": Aws, "guest-os": Aws, "data": Customer}),
        ],
        topics: [Topic(id: "patching", title: "Patch management"), Topic(id: "physical", title: "Physical")],
        items: [
            Item(id: "guest", text: "Patching the guest OS of an EC2 instance", owner: Customer, topic: "patching",
                 explanation: "You run the instance.", services: ["ec2"], layer: "guest-os", tags: ["updates"]),
            Item(id: "lambda-os", text: "Patching the OS under a Lambda function", owner: Aws, topic: "patching",
                 explanation: "Lambda is managed.", services: ["lambda"], layer: "guest-os"),
            Item(id: "guards", text: "Guards at the data centre", owner: Aws, topic: "physical",
                 explanation: "AWS runs the buildings.", layer: "physical"),
            Item(id: "patch-mgmt", text: "Patch management", owner: Shared, topic: "patching",
                 explanation: "Both patch their own layers.", aws_part: "Infra", customer_part: "Guest"),
        ],
    )"#;

    fn catalog() -> Catalog {
        let mut c = Catalog::new();
        assert!(c.add_bytes("d.ron", Origin::File("d.ron".into()), DECK.as_bytes()));
        c
    }

    fn ids(catalog: &Catalog, cards: &[CardRef]) -> Vec<String> {
        cards
            .iter()
            .filter_map(|c| catalog.item(*c))
            .map(|i| i.id.clone())
            .collect()
    }

    #[test]
    fn empty_filter_shows_everything() {
        let c = catalog();
        let index = CardIndex::new(&c);
        assert_eq!(index.filter(&c, &Filter::default()).len(), 4);
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn owner_filter_is_multi_select() {
        let c = catalog();
        let index = CardIndex::new(&c);
        let mut f = Filter::default();
        f.toggle_owner(Owner::Aws);
        assert_eq!(ids(&c, &index.filter(&c, &f)), ["lambda-os", "guards"]);
        f.toggle_owner(Owner::Shared);
        assert_eq!(
            ids(&c, &index.filter(&c, &f)),
            ["lambda-os", "guards", "patch-mgmt"]
        );
        f.toggle_owner(Owner::Aws);
        assert_eq!(ids(&c, &index.filter(&c, &f)), ["patch-mgmt"]);
    }

    #[test]
    fn search_ignores_case_and_needs_every_word() {
        let c = catalog();
        let index = CardIndex::new(&c);
        let f = |s: &str| Filter {
            search: s.into(),
            ..Filter::default()
        };
        assert_eq!(
            ids(&c, &index.filter(&c, &f("PATCHING"))),
            ["guest", "lambda-os"]
        );
        assert_eq!(
            ids(&c, &index.filter(&c, &f("patching lambda"))),
            ["lambda-os"]
        );
        // Explanation, tags and topic titles are searched too.
        assert_eq!(ids(&c, &index.filter(&c, &f("buildings"))), ["guards"]);
        assert_eq!(ids(&c, &index.filter(&c, &f("UPDATES"))), ["guest"]);
        assert_eq!(index.filter(&c, &f("patch management")).len(), 3);
        assert!(index.filter(&c, &f("zebra")).is_empty());
        assert_eq!(index.filter(&c, &f("   ")).len(), 4);
    }

    #[test]
    fn topic_service_layer_and_deck_filters_combine() {
        let c = catalog();
        let index = CardIndex::new(&c);
        let mut f = Filter {
            topic: Some("patching".into()),
            ..Filter::default()
        };
        assert_eq!(index.filter(&c, &f).len(), 3);
        f.service = Some("lambda".into());
        assert_eq!(ids(&c, &index.filter(&c, &f)), ["lambda-os"]);
        f.service = None;
        f.layer = Some("guest-os".into());
        assert_eq!(ids(&c, &index.filter(&c, &f)), ["guest", "lambda-os"]);
        f.deck = Some("other".into());
        assert!(index.filter(&c, &f).is_empty());
        f.deck = Some("d".into());
        assert_eq!(index.filter(&c, &f).len(), 2);
    }

    #[test]
    fn a_layer_clicked_in_a_stack_lists_that_services_cards() {
        let c = catalog();
        let index = CardIndex::new(&c);
        let layer = |layer: &str, service: &str| Filter {
            layer: Some(layer.into()),
            layer_service: Some(service.into()),
            ..Filter::default()
        };
        // Guest OS: each service sees its own card only.
        assert_eq!(
            ids(&c, &index.filter(&c, &layer("guest-os", "ec2"))),
            ["guest"]
        );
        assert_eq!(
            ids(&c, &index.filter(&c, &layer("guest-os", "lambda"))),
            ["lambda-os"]
        );
        // A general AWS card shows on an AWS layer.
        assert_eq!(
            ids(&c, &index.filter(&c, &layer("physical", "ec2"))),
            ["guards"]
        );
        // Without the service, the layer lists every card on it.
        let mut blind = layer("guest-os", "ec2");
        blind.layer_service = None;
        assert_eq!(index.filter(&c, &blind).len(), 2);
    }

    #[test]
    fn general_cards_show_only_where_their_owner_fits_the_layer() {
        let mut item = crate::model::Item {
            layer: "application".into(),
            ..crate::model::Item::new("x", "Writing application code", Owner::Customer, "t")
        };
        assert!(layer_shows(&item, "ec2", Some(Owner::Customer)));
        assert!(!layer_shows(&item, "s3", Some(Owner::Aws)));
        assert!(layer_shows(&item, "rds", Some(Owner::Shared)));
        assert!(!layer_shows(&item, "s3", None));
        item.services = vec!["ec2".into()];
        assert!(layer_shows(&item, "ec2", Some(Owner::Aws)));
        assert!(!layer_shows(&item, "s3", Some(Owner::Customer)));
    }

    #[test]
    fn the_line_moves_from_ec2_to_lambda() {
        let c = catalog();
        let layers = stack_layers(&c);
        let all = services(&c);
        let ec2 = stack_for(layers, all[0]);
        let lambda = stack_for(layers, all[1]);
        assert_eq!(ec2[1].owner, Some(Owner::Customer));
        assert_eq!(lambda[1].owner, Some(Owner::Aws));
        assert_eq!(aws_boundary(&ec2), Some(0));
        assert_eq!(aws_boundary(&lambda), Some(1));
    }

    #[test]
    fn compared_stacks_differ_where_the_line_moved() {
        let c = catalog();
        let layers = stack_layers(&c);
        let all = services(&c);
        let ec2 = stack_for(layers, all[0]);
        let lambda = stack_for(layers, all[1]);
        let differ: Vec<bool> = (0..layers.len())
            .map(|i| owners_differ(&ec2, &lambda, i))
            .collect();
        assert_eq!(differ, [false, true, false]);
        assert!(!owners_differ(&ec2, &ec2, 1));
    }

    #[test]
    fn related_cards_share_topic_then_layer() {
        let c = catalog();
        let guest = CardRef { deck: 0, item: 0 };
        assert_eq!(
            ids(&c, &related(&c, guest, 10)),
            ["lambda-os", "patch-mgmt"]
        );
        assert_eq!(related(&c, guest, 1).len(), 1);
    }

    #[test]
    fn only_web_links_open() {
        assert!(is_openable_url("https://aws.amazon.com/compliance/"));
        assert!(is_openable_url("HTTP://example.com"));
        assert!(!is_openable_url("file:///etc/passwd"));
        assert!(!is_openable_url("javascript:alert(1)"));
        assert!(!is_openable_url("https://"));
    }

    #[test]
    fn topic_choices_are_unique_per_id() {
        let c = catalog();
        let topics = topic_choices(&c);
        assert_eq!(topics.len(), 2);
        assert_eq!(topics[0].label, "Patch management");
    }

    /// Issue 28: the empty list says which filter emptied it, and never
    /// blames the search words when there are none.
    #[test]
    fn an_empty_list_names_the_filter_that_emptied_it() {
        let catalog = catalog();
        let index = CardIndex::new(&catalog);
        // Lambda's guest-OS layer clicked, then the EC2 owner (Customer)
        // chosen: no Lambda card there is the Customer's.
        let mut owners = BTreeSet::new();
        owners.insert(Owner::Customer);
        let filter = Filter {
            layer: Some("guest-os".into()),
            layer_service: Some("lambda".into()),
            owners,
            ..Filter::default()
        };
        assert!(index.filter(&catalog, &filter).is_empty());
        let reasons = emptied_by(&index, &catalog, &filter);
        let names: Vec<Dropped> = reasons.iter().map(|(n, _)| n.clone()).collect();
        assert_eq!(
            names,
            [Dropped::Owners, Dropped::LayerService("AWS Lambda".into())],
            "{reasons:?}"
        );
        // Search words that match nothing are named.
        let words = Filter {
            search: "zebra".into(),
            ..Filter::default()
        };
        let reasons = emptied_by(&index, &catalog, &words);
        assert_eq!(reasons, [(Dropped::Search, 4)]);
    }
}

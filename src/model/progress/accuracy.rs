//! What to study next: the share of right first answers per topic and per
//! service, weakest first, with the cards to practise.

use std::cmp::Ordering;

use super::{Progress, card_key};
use crate::model::catalog::{CardRef, Catalog};
use crate::model::{Deck, Item};

/// What a group of cards has in common.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    /// The cards of one topic of a deck.
    Topic,
    /// The cards of a deck that name one service.
    Service,
}

/// How well the cards of one topic or one service are answered.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupAccuracy {
    /// A topic or a service.
    pub kind: GroupKind,
    /// The deck it belongs to (ids are unique per deck only).
    pub deck_id: String,
    /// The topic's or the service's id.
    pub id: String,
    /// Its title or name.
    pub title: String,
    /// Answers that were right, over every time a card was seen.
    pub right: u32,
    /// Times a card of the group was seen.
    pub answers: u32,
    /// The group's cards, in deck order: what "practise these" sorts.
    pub cards: Vec<CardRef>,
}

impl GroupAccuracy {
    /// `right / answers`, from 0.0 to 1.0; `None` before any answer.
    pub fn share(&self) -> Option<f32> {
        (self.answers > 0).then(|| self.right as f32 / self.answers as f32)
    }
}

/// Weakest first: the lowest share of right answers, then the most
/// answers (the surer measure), then the title. Groups never answered come
/// last: nothing is known about them yet.
fn weakest_first(a: &GroupAccuracy, b: &GroupAccuracy) -> Ordering {
    match (a.share(), b.share()) {
        (Some(x), Some(y)) => x
            .total_cmp(&y)
            .then_with(|| b.answers.cmp(&a.answers))
            .then_with(|| a.title.cmp(&b.title)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.title.cmp(&b.title),
    }
}

impl Progress {
    /// Accuracy per topic of every deck, weakest first; topics without
    /// cards are left out.
    pub fn topic_accuracy(&self, catalog: &Catalog) -> Vec<GroupAccuracy> {
        let mut out = Vec::new();
        for (index, loaded) in catalog.decks.iter().enumerate() {
            let deck = &loaded.deck;
            for topic in &deck.topics {
                out.push(self.group(
                    (index, deck),
                    GroupKind::Topic,
                    &topic.id,
                    &topic.title,
                    |item| item.topic == topic.id,
                ));
            }
        }
        out.retain(|g| !g.cards.is_empty());
        out.sort_by(weakest_first);
        out
    }

    /// Accuracy per service of every deck (over the cards that name it),
    /// weakest first; services no card names are left out.
    pub fn service_accuracy(&self, catalog: &Catalog) -> Vec<GroupAccuracy> {
        let mut out = Vec::new();
        for (index, loaded) in catalog.decks.iter().enumerate() {
            let deck = &loaded.deck;
            for service in &deck.services {
                out.push(self.group(
                    (index, deck),
                    GroupKind::Service,
                    &service.id,
                    service.shown_name(),
                    |item| item.services.contains(&service.id),
                ));
            }
        }
        out.retain(|g| !g.cards.is_empty());
        out.sort_by(weakest_first);
        out
    }

    fn group(
        &self,
        (index, deck): (usize, &Deck),
        kind: GroupKind,
        id: &str,
        title: &str,
        member: impl Fn(&Item) -> bool,
    ) -> GroupAccuracy {
        let mut group = GroupAccuracy {
            kind,
            deck_id: deck.id.clone(),
            id: id.to_owned(),
            title: title.to_owned(),
            right: 0,
            answers: 0,
            cards: Vec::new(),
        };
        for (n, item) in deck.items.iter().enumerate() {
            if !member(item) {
                continue;
            }
            group.cards.push(CardRef {
                deck: index,
                item: n,
            });
            if let Some(stats) = self.cards.get(&card_key(&deck.id, &item.id)) {
                group.right += stats.times_right.min(stats.times_seen);
                group.answers += stats.times_seen;
            }
        }
        group
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{T0, catalog, play, refs};
    use super::*;
    use crate::model::catalog::Origin;

    #[test]
    fn topics_are_ordered_weakest_first_with_unanswered_ones_last() {
        let catalog = catalog(6);
        let mut p = Progress::new();
        // Topic a (i0, i2, i4) all right; topic b (i1, i3, i5): only i1.
        let all = refs(&catalog, &[0, 1, 2, 3, 4, 5]);
        p.record(
            &play(&catalog, &all, T0, |c| {
                c.item_id != "i3" && c.item_id != "i5"
            }),
            1,
            "Practice",
            T0,
        );
        let topics = p.topic_accuracy(&catalog);
        let titles: Vec<&str> = topics.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Topic B", "Topic A"],
            "the empty topic is left out"
        );
        assert_eq!((topics[0].right, topics[0].answers), (1, 3));
        assert!((topics[0].share().expect("answered") - 1.0 / 3.0).abs() < 1e-6);
        assert_eq!(topics[1].share(), Some(1.0));
        assert_eq!(topics[0].cards, refs(&catalog, &[1, 3, 5]));

        // A topic nobody answered yet comes after every answered one.
        let mut q = Progress::new();
        q.record(
            &play(&catalog, &refs(&catalog, &[0]), T0, |_| false),
            1,
            "Practice",
            T0,
        );
        let topics = q.topic_accuracy(&catalog);
        assert_eq!(topics[0].title, "Topic A");
        assert_eq!(topics[0].share(), Some(0.0), "0% is 0, not nothing");
        assert_eq!(topics[1].share(), None);
    }

    #[test]
    fn services_count_the_cards_that_name_them_weakest_first() {
        let deck = r#"Deck(id: "s", title: "S",
            topics: [Topic(id: "t", title: "T")],
            layers: [Layer(id: "data", title: "Data")],
            services: [
                Service(id: "ec2", name: "Amazon EC2", layers: {"data": Customer}),
                Service(id: "s3", name: "Amazon S3", layers: {"data": Customer}),
                Service(id: "unused", name: "Unused", layers: {"data": Customer}),
            ],
            items: [
                Item(id: "e1", text: "EC2 one", owner: Customer, topic: "t", explanation: "E", services: ["ec2"]),
                Item(id: "e2", text: "EC2 two", owner: Aws, topic: "t", explanation: "E", services: ["ec2"]),
                Item(id: "b1", text: "S3 one", owner: Customer, topic: "t", explanation: "E", services: ["s3"]),
            ])"#;
        let mut catalog = Catalog::new();
        assert!(
            catalog.add_bytes("s.ron", Origin::File("s.ron".into()), deck.as_bytes()),
            "{:?}",
            catalog.errors
        );
        let cards: Vec<CardRef> = catalog.cards().map(|(c, _)| c).collect();
        let mut p = Progress::new();
        // Every EC2 card wrong, the S3 card right.
        p.record(
            &play(&catalog, &cards, T0, |c| c.item_id == "b1"),
            1,
            "Practice",
            T0,
        );
        let services = p.service_accuracy(&catalog);
        let names: Vec<&str> = services.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(names, ["Amazon EC2", "Amazon S3"], "no card names Unused");
        assert_eq!((services[0].right, services[0].answers), (0, 2));
        assert_eq!(services[0].cards.len(), 2);
        assert_eq!(services[1].share(), Some(1.0));
        assert!(services.iter().all(|s| s.kind == GroupKind::Service));
    }
}

//! The built-in services, layers and topics, found by the names people
//! write: a card of a user deck (pasted or imported from a table) may name
//! any of them.
//!
//! A name is matched by its [`name_key`]: lowercase, letters and digits
//! only, so case, spaces, hyphens and dots are ignored ("Route 53",
//! "route-53" and "ROUTE53" are one name). A service is found by its id
//! ("ebs"), its name ("Amazon EBS"), its name without the leading "Amazon"
//! or "AWS" ("EBS", "Route 53"), or the initials of that short name when it
//! has several words ("KMS" for "AWS Key Management Service", "IAM" for "AWS
//! Identity and Access Management"); "AWS KMS" and "Amazon EC2" work too. A
//! name that two services share finds neither. Topics are found by id or
//! title, the same way.

use std::collections::HashMap;

use crate::model::deck::{Layer, Service, Topic};
use crate::model::{Catalog, Origin};

/// The key a name is matched by: lowercase letters and digits only.
pub fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `key` without a leading "amazon" or "aws", when something is left.
fn without_vendor(key: &str) -> Option<&str> {
    ["amazon", "aws"]
        .iter()
        .find_map(|p| key.strip_prefix(p))
        .filter(|rest| !rest.is_empty())
}

/// The name without a leading "Amazon " or "AWS ".
fn short_name(name: &str) -> &str {
    let trimmed = name.trim();
    for prefix in ["Amazon ", "AWS "] {
        if let Some(rest) = trimmed.strip_prefix(prefix) {
            return rest.trim_start();
        }
    }
    trimmed
}

/// The initials of the capitalised words of `name` ("Key Management
/// Service" gives "kms", "Identity and Access Management" gives "iam");
/// `None` for fewer than two.
fn initials(name: &str) -> Option<String> {
    let letters: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    (letters.chars().count() >= 2).then_some(letters)
}

/// Keys to entries by index; a key two entries share finds none.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    exact: HashMap<String, Option<usize>>,
    initials: HashMap<String, Option<usize>>,
}

impl NameIndex {
    fn insert(map: &mut HashMap<String, Option<usize>>, key: String, index: usize) {
        if key.is_empty() {
            return;
        }
        map.entry(key)
            .and_modify(|found| {
                if *found != Some(index) {
                    *found = None;
                }
            })
            .or_insert(Some(index));
    }

    /// Adds entry `index`, known by its id and its name.
    pub fn add(&mut self, index: usize, id: &str, name: &str) {
        Self::insert(&mut self.exact, name_key(id), index);
        let key = name_key(name);
        if let Some(short) = without_vendor(&key) {
            Self::insert(&mut self.exact, short.to_owned(), index);
        }
        Self::insert(&mut self.exact, key, index);
        if let Some(letters) = initials(short_name(name)) {
            Self::insert(&mut self.initials, letters, index);
        }
    }

    /// The entry a written name finds: by id or name, else by the name
    /// without "Amazon"/"AWS", else by initials.
    pub fn find(&self, written: &str) -> Option<usize> {
        let key = name_key(written);
        let short = without_vendor(&key);
        let exact = |k: &str| self.exact.get(k).copied().flatten();
        let initials = |k: &str| self.initials.get(k).copied().flatten();
        exact(&key)
            .or_else(|| short.and_then(exact))
            .or_else(|| initials(&key))
            .or_else(|| short.and_then(initials))
    }

    /// An index of services by id and name.
    pub fn of_services(services: &[Service]) -> Self {
        let mut index = Self::default();
        for (i, s) in services.iter().enumerate() {
            index.add(i, &s.id, &s.name);
        }
        index
    }

    /// An index of topics by id and title (no initials: topic titles are
    /// ordinary words).
    pub fn of_topics(topics: &[Topic]) -> Self {
        let mut index = Self::default();
        for (i, t) in topics.iter().enumerate() {
            Self::insert(&mut index.exact, name_key(&t.id), i);
            Self::insert(&mut index.exact, name_key(&t.title), i);
        }
        index
    }
}

/// The built-in decks' services, layers and topics (each id once, the
/// first deck's first), with their name indexes.
#[derive(Debug, Clone, Default)]
pub struct BuiltIns {
    /// The services.
    pub services: Vec<Service>,
    /// The layers of the stack.
    pub layers: Vec<Layer>,
    /// The topics.
    pub topics: Vec<Topic>,
    service_index: NameIndex,
    topic_index: NameIndex,
}

impl BuiltIns {
    /// What the built-in decks of `catalog` hold (nothing from a file).
    pub fn of_catalog(catalog: &Catalog) -> Self {
        let mut out = Self::default();
        for loaded in &catalog.decks {
            if !matches!(loaded.origin, Origin::BuiltIn(_)) {
                continue;
            }
            let deck = &loaded.deck;
            for s in &deck.services {
                if !out.services.iter().any(|o| o.id == s.id) {
                    out.services.push(s.clone());
                }
            }
            for l in &deck.layers {
                if !out.layers.iter().any(|o| o.id == l.id) {
                    out.layers.push(l.clone());
                }
            }
            for t in &deck.topics {
                if !out.topics.iter().any(|o| o.id == t.id) {
                    out.topics.push(t.clone());
                }
            }
        }
        out.service_index = NameIndex::of_services(&out.services);
        out.topic_index = NameIndex::of_topics(&out.topics);
        out
    }

    /// The built-in service a written name finds.
    pub fn service(&self, written: &str) -> Option<&Service> {
        self.service_index
            .find(written)
            .and_then(|i| self.services.get(i))
    }

    /// The built-in topic a written name finds.
    pub fn topic(&self, written: &str) -> Option<&Topic> {
        self.topic_index
            .find(written)
            .and_then(|i| self.topics.get(i))
    }
}

/// The built-in decks, as the app loads them (for the model's tests,
/// which do not read files).
#[cfg(test)]
pub(crate) fn builtin_catalog() -> Catalog {
    let mut catalog = Catalog::new();
    for (name, text) in [
        (
            "content/srm-core.ron",
            include_str!("../../../content/srm-core.ron"),
        ),
        (
            "content/srm-services.ron",
            include_str!("../../../content/srm-services.ron"),
        ),
    ] {
        catalog.add_bytes(name, Origin::BuiltIn(name), text.as_bytes());
    }
    catalog
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_are_found_by_id_name_short_name_and_initials() {
        let built = BuiltIns::of_catalog(&builtin_catalog());
        let id = |w: &str| built.service(w).map(|s| s.id.as_str());
        for (written, want) in [
            ("ebs", "ebs"),
            ("EBS", "ebs"),
            ("Amazon EBS", "ebs"),
            ("amazon  ebs", "ebs"),
            ("KMS", "kms"),
            ("AWS KMS", "kms"),
            ("aws key management service", "kms"),
            ("IAM", "iam"),
            ("AWS IAM", "iam"),
            ("Route 53", "route53"),
            ("Amazon Route 53", "route53"),
            ("route-53", "route53"),
            ("EC2", "ec2"),
            ("Amazon EC2", "ec2"),
            ("s3", "s3"),
            ("Amazon GuardDuty", "guardduty"),
            ("Amazon CloudFront", "cloudfront"),
            ("Amazon DynamoDB", "dynamodb"),
        ] {
            assert_eq!(id(written), Some(want), "{written}");
        }
        assert_eq!(id("Amazon Quantum Toaster"), None);
        assert_eq!(id(""), None);
        assert_eq!(id("Amazon"), None);
        let topic = |w: &str| built.topic(w).map(|t| t.id.as_str());
        assert_eq!(topic("physical security"), Some("physical"));
        assert_eq!(topic("Identity-Access"), Some("identity-access"));
        assert_eq!(topic("Not a topic"), None);
    }

    #[test]
    fn a_name_two_entries_share_finds_neither() {
        let mut index = NameIndex::default();
        index.add(0, "sm", "AWS Secrets Manager");
        index.add(1, "ssm", "AWS Systems Manager");
        index.add(2, "x", "AWS Systems Manager");
        assert_eq!(index.find("secrets manager"), Some(0));
        assert_eq!(index.find("SM"), Some(0), "the id wins over initials");
        assert_eq!(index.find("Systems Manager"), None, "two have this name");
        assert_eq!(index.find("ssm"), Some(1));
    }

    proptest::proptest! {
        #[test]
        fn case_spacing_and_the_vendor_do_not_change_what_is_found(
            upper in proptest::collection::vec(proptest::bool::ANY, 32),
            spaces in proptest::collection::vec(0usize..3, 32),
            vendor in 0usize..3,
        ) {
            let built = BuiltIns::of_catalog(&builtin_catalog());
            for service in &built.services {
                let short = short_name(&service.name);
                let mut written = String::from(["", "AWS ", "Amazon "][vendor]);
                for (i, c) in short.chars().enumerate() {
                    let c = if upper[i % 32] { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
                    written.push(c);
                    written.push_str(&" ".repeat(spaces[i % 32]));
                }
                let found = built.service(&written).map(|s| s.id.as_str());
                let plain = built.service(&service.name).map(|s| s.id.as_str());
                proptest::prop_assert_eq!(found, plain, "{}", written);
            }
        }
    }
}

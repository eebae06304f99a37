//! The deck format: the data an instructor writes by hand in a `.ron` file.
//!
//! Every type here is plain serde data. The names of types, fields and owner
//! variants are a public contract documented in `content/README.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Who is responsible for a security duty under the Shared Responsibility Model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Owner {
    /// AWS: "security OF the cloud".
    Aws,
    /// The customer: "security IN the cloud".
    Customer,
    /// Both, each for its own part (the shared controls).
    Shared,
}

impl Owner {
    /// All owners in their canonical order (AWS, Customer, Shared).
    pub const ALL: [Owner; 3] = [Owner::Aws, Owner::Customer, Owner::Shared];

    /// The word shown to a person.
    pub fn label(self) -> &'static str {
        match self {
            Owner::Aws => "AWS",
            Owner::Customer => "Customer",
            Owner::Shared => "Shared",
        }
    }

    /// The phrase that says what the owner means in the model.
    pub fn tagline(self) -> &'static str {
        match self {
            Owner::Aws => "security OF the cloud",
            Owner::Customer => "security IN the cloud",
            Owner::Shared => "each secures its own part",
        }
    }
}

impl std::fmt::Display for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// One deck: a titled set of topics and the responsibility cards ("items") in them.
/// `Deck::default()` is the empty deck (no id, no title, nothing in it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    /// Unique among loaded decks; lowercase letters, digits and '-'.
    pub id: String,
    /// Shown in lists and headings.
    pub title: String,
    /// Optional longer description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Optional: the language the cards are written in, e.g. "en" or
    /// "pt-BR" (free text, shown to instructors).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Optional: where the facts come from; items cite these by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Optional: the responsibility stack, bottom (physical) to top (data).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<Layer>,
    /// Optional: services and who owns each layer of the stack for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    /// The topics that group the items.
    pub topics: Vec<Topic>,
    /// The cards.
    pub items: Vec<Item>,
}

/// A topic groups items ("Patch management", "Physical security", ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Unique within the deck; lowercase letters, digits and '-'.
    pub id: String,
    /// Shown to the student.
    pub title: String,
    /// Optional one-paragraph summary.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// A citation that items refer to by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique within the deck; lowercase letters, digits and '-'.
    pub id: String,
    /// What the source is called.
    pub title: String,
    /// Optional address; the app opens it only when it is http or https.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
}

/// One layer of the responsibility stack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// Unique within the deck; lowercase letters, digits and '-'.
    pub id: String,
    /// Shown in the stack diagram.
    pub title: String,
    /// Optional description of what the layer holds.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// A service (or a service model such as IaaS) and who owns each layer for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Unique within the deck; lowercase letters, digits and '-'.
    pub id: String,
    /// Display name, e.g. "Amazon EC2".
    pub name: String,
    /// Optional category, e.g. "IaaS", "PaaS", "SaaS" or "Abstracted".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    /// Optional summary of how the line moves for this service.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Layer id to owner. A layer left out does not apply to the service.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub layers: BTreeMap<String, Owner>,
}

impl Service {
    /// Its name, or its id while the name is empty (in the deck editor).
    pub fn shown_name(&self) -> &str {
        if self.name.trim().is_empty() {
            &self.id
        } else {
            &self.name
        }
    }

    /// Its name with its category, as lists show it: "Amazon EC2 (IaaS)",
    /// or the name alone without a category.
    pub fn title(&self) -> String {
        if self.category.trim().is_empty() {
            self.shown_name().to_owned()
        } else {
            format!("{} ({})", self.shown_name(), self.category)
        }
    }
}

/// One responsibility card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Unique within the deck; lowercase letters, digits and '-'.
    pub id: String,
    /// The duty, as the card shows it.
    pub text: String,
    /// Who owns the duty.
    pub owner: Owner,
    /// The id of a topic of this deck.
    pub topic: String,
    /// Why this owner: what the student should learn.
    pub explanation: String,
    /// Optional: ids of services of this deck that the card is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Optional: id of the layer of the stack the card belongs to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub layer: String,
    /// Optional free-form search tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Optional: ids of sources of this deck.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Optional, for shared cards: what AWS does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub aws_part: String,
    /// Optional, for shared cards: what the customer does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub customer_part: String,
}

impl Item {
    /// A card with its required fields and every other one empty (no
    /// explanation, services, layer, tags, sources or parts yet).
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        owner: Owner,
        topic: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
            owner,
            topic: topic.into(),
            explanation: String::new(),
            services: Vec::new(),
            layer: String::new(),
            tags: Vec::new(),
            sources: Vec::new(),
            aws_part: String::new(),
            customer_part: String::new(),
        }
    }
}

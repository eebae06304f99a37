//! Helpers for the state unit tests: a small catalog and shared state on a
//! manual clock, so every test is deterministic and needs no window.

use super::shared::AppData;
use crate::model::clock::Clock;
use crate::model::{Catalog, Origin};

/// A deck with two topics, three owners and a service stack.
pub const TEST_DECK: &str = r#"Deck(
    id: "t",
    title: "Test deck",
    layers: [Layer(id: "physical", title: "Physical"), Layer(id: "guest-os", title: "Guest OS")],
    services: [
        Service(id: "ec2", name: "Amazon EC2", layers: {"physical": Aws, "guest-os": Customer}),
        Service(id: "lambda", name: "AWS Lambda", layers: {"physical": Aws, "guest-os": Aws}),
    ],
    topics: [Topic(id: "infra", title: "Infrastructure"), Topic(id: "patching", title: "Patching")],
    items: [
        Item(id: "guards", text: "Posting guards at data centre doors", owner: Aws, topic: "infra",
             explanation: "Only the operator enters the buildings.", layer: "physical"),
        Item(id: "region", text: "Choosing the Region that stores a data set", owner: Customer,
             topic: "infra", explanation: "Only the account owner knows the rules for the data."),
        Item(id: "guest", text: "Patching the guest OS of an EC2 instance", owner: Customer,
             topic: "patching", explanation: "The instance is run by the account.",
             services: ["ec2"], layer: "guest-os"),
        Item(id: "patch", text: "Patch management across the stack", owner: Shared,
             topic: "patching", explanation: "Each patches the layers it runs.",
             aws_part: "Hosts", customer_part: "Guests"),
    ],
)"#;

/// The test deck's catalog.
pub fn catalog() -> Catalog {
    let mut catalog = Catalog::new();
    assert!(
        catalog.add_bytes(
            "test.ron",
            Origin::File("test.ron".into()),
            TEST_DECK.as_bytes()
        ),
        "the test deck loads: {:?}",
        catalog.errors
    );
    catalog
}

/// Shared state over the test deck, in memory, on a manual clock.
pub fn shared() -> AppData {
    let mut shared = AppData::new(catalog());
    shared.clock = Clock::manual(1_700_000_000_000);
    shared
}

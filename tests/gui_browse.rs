//! The Browse area driven through egui_kittest.

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::model::browse::Filter;
use srm_study::model::{Catalog, Owner};
use srm_study::ui::{AppState, Area};

fn harness() -> Harness<'static, AppState> {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Browse));
    harness.run();
    harness
}

fn count_label(harness: &Harness<'static, AppState>, n: usize) -> String {
    format!(
        "{n} of {} cards match",
        harness.state().shared.catalog.item_count()
    )
}

#[test]
fn the_customer_filter_shows_exactly_the_customer_cards() {
    let mut harness = harness();
    let customers = harness.state().shared.catalog.owner_count(Owner::Customer);
    assert!(customers > 0);
    harness.get_by_label("Show Customer cards").click();
    harness.run();
    harness.get_by_label(&count_label(&harness, customers));
    assert!(harness.state().browse.matches.iter().all(|c| {
        harness
            .state()
            .shared
            .catalog
            .item(*c)
            .is_some_and(|i| i.owner == Owner::Customer)
    }));
    // Multi-select: add Shared.
    harness.get_by_label("Show Shared cards").click();
    harness.run();
    let both = customers + harness.state().shared.catalog.owner_count(Owner::Shared);
    harness.get_by_label(&count_label(&harness, both));
    harness.get_by_label("Clear filters").click();
    harness.run();
    let all = harness.state().shared.catalog.item_count();
    harness.get_by_label(&count_label(&harness, all));
}

#[test]
fn typing_in_the_search_box_narrows_the_list_as_you_type() {
    let mut harness = harness();
    let all = harness.state().shared.catalog.item_count();
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("lam");
    harness.run();
    let lam = harness.state().browse.matches.len();
    assert!(lam > 0 && lam < all, "{lam} of {all}");
    harness.get_by_label(&count_label(&harness, lam));
    harness.get_by_label("Search").type_text("bda runtime");
    harness.run();
    let narrower = harness.state().browse.matches.len();
    assert!(narrower > 0 && narrower <= lam, "{narrower} vs {lam}");
    assert_eq!(harness.state().browse.filter.search, "lambda runtime");
    // Every listed card mentions both words somewhere (the model agrees).
    let index = &harness.state().browse.index;
    let expected = index.filter(
        &harness.state().shared.catalog,
        &Filter {
            search: "lambda runtime".into(),
            ..Filter::default()
        },
    );
    assert_eq!(harness.state().browse.matches, expected);
    // The first match is on screen.
    let first = harness.state().browse.matches[0];
    let text = harness
        .state()
        .shared
        .catalog
        .item(first)
        .expect("item")
        .text
        .clone();
    harness
        // A row's name goes on with its owner and topic: "TEXT (AWS, Topic)".
        .get_by(|n| {
            n.role() == Role::Button
                && n.label()
                    .is_some_and(|l| l.starts_with(&format!("{text} (")))
        });
}

#[test]
fn picking_lambda_moves_the_guest_os_layer_to_aws() {
    let mut harness = harness();
    harness.get_by_label("Guest operating system: Customer");
    harness.get_by_label("Stack for").click();
    harness.run();
    harness.get_by_label_contains("AWS Lambda").click();
    harness.run();
    assert_eq!(
        harness.state().browse.stack_service.as_deref(),
        Some("lambda")
    );
    harness.get_by_label("Guest operating system: AWS");
    harness.get_by_label("Customer data: Customer");
    // And for S3 the platform is AWS's too.
    harness.get_by_label("Stack for").click();
    harness.run();
    harness.get_by_label_contains("Amazon S3").click();
    harness.run();
    harness.get_by_label("Platform and runtime: AWS");
}

#[test]
fn clicking_a_layer_lists_its_cards_and_clicking_again_shows_all() {
    let mut harness = harness();
    harness.get_by_label("Host operating system: AWS").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.browse.filter.layer.as_deref(), Some("host-os"));
    assert!(!state.browse.matches.is_empty());
    assert!(state.browse.matches.iter().all(|c| {
        state
            .shared
            .catalog
            .item(*c)
            .is_some_and(|i| i.layer == "host-os")
    }));
    harness.get_by_label("Host operating system: AWS").click();
    harness.run();
    assert_eq!(harness.state().browse.filter.layer, None);
}

#[test]
fn clicking_a_card_shows_its_explanation_sources_and_related_cards() {
    let mut harness = harness();
    let (card, text, explanation) = {
        let state = harness.state();
        let card = state.browse.matches[3];
        let item = state.shared.catalog.item(card).expect("item");
        (card, item.text.clone(), item.explanation.clone())
    };
    harness
        // A row's name goes on with its owner and topic: "TEXT (AWS, Topic)".
        .get_by(|n| {
            n.role() == Role::Button
                && n.label()
                    .is_some_and(|l| l.starts_with(&format!("{text} (")))
        })
        .click();
    harness.run();
    assert_eq!(harness.state().browse.selected, Some(card));
    harness.get_by_label(&explanation);
    harness.get_by_label("Why");
    harness.get_by_label("Related cards");
    harness.get_by_label("Sources");
}

#[test]
fn a_shared_card_shows_both_parts() {
    let mut harness = harness();
    harness.get_by_label("Show Shared cards").click();
    harness.run();
    let (text, aws_part) = {
        let state = harness.state();
        let item = state
            .shared
            .catalog
            .item(state.browse.matches[0])
            .expect("item");
        (item.text.clone(), item.aws_part.clone())
    };
    harness
        // A row's name goes on with its owner and topic: "TEXT (AWS, Topic)".
        .get_by(|n| {
            n.role() == Role::Button
                && n.label()
                    .is_some_and(|l| l.starts_with(&format!("{text} (")))
        })
        .click();
    harness.run();
    harness.get_by_label("☁ AWS's part:");
    harness.get_by_label("👤 Customer's part:");
    harness.get_by_label(&aws_part);
}

#[test]
fn topic_and_service_filters_narrow_the_list() {
    let mut harness = harness();
    harness.get_by_label("Topic").click();
    harness.run();
    harness.get_by_label("Patch management").click();
    harness.run();
    let state = harness.state();
    assert_eq!(
        state.browse.filter.topic.as_deref(),
        Some("patch-management")
    );
    let n = state.browse.matches.len();
    assert!(n > 0 && n < state.shared.catalog.item_count());
    harness.get_by_label(&count_label(&harness, n));

    harness.get_by_label("Service").click();
    harness.run();
    harness.get_by_label("Amazon RDS").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.browse.filter.service.as_deref(), Some("rds"));
    assert!(state.browse.matches.len() < n);
    assert!(state.browse.matches.iter().all(|c| {
        state
            .shared
            .catalog
            .item(*c)
            .is_some_and(|i| i.topic == "patch-management" && i.services.iter().any(|s| s == "rds"))
    }));
}

#[test]
fn ten_thousand_cards_lay_out_only_the_visible_rows() {
    use srm_study::model::{Deck, Item, Origin, Topic};
    let items = (0..10_000)
        .map(|i| Item {
            id: format!("card-{i}"),
            text: format!("Generated duty number {i}"),
            owner: Owner::ALL[i % 3],
            topic: "t".into(),
            explanation: "Generated.".into(),
            services: vec![],
            layer: String::new(),
            tags: vec![],
            sources: vec![],
            aws_part: String::new(),
            customer_part: String::new(),
        })
        .collect();
    let deck = Deck {
        id: "big".into(),
        title: "Big".into(),
        description: String::new(),
        language: String::new(),
        sources: vec![],
        layers: vec![],
        services: vec![],
        topics: vec![Topic {
            id: "t".into(),
            title: "T".into(),
            summary: String::new(),
        }],
        items,
    };
    let mut catalog = Catalog::new();
    assert!(catalog.add_deck("big", deck, Origin::File("big.ron".into())));
    let mut harness = common::gui::app_harness(AppState::new(catalog, Area::Browse));
    harness.run();
    harness.get_by_label("10000 of 10000 cards match");
    let rows = harness
        .query_all_by_label_contains("Generated duty number")
        .count();
    assert!(rows > 5 && rows < 40, "{rows} rows laid out");
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("number 9999");
    harness.run();
    harness.get_by_label("1 of 10000 cards match");
}

#[test]
fn a_layer_lists_the_cards_of_the_chosen_service_only() {
    let mut harness = harness();
    harness.get_by_label("Stack for").click();
    harness.run();
    harness.get_by_label_contains("Amazon S3").click();
    harness.run();
    harness.get_by_label("Application: AWS").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.browse.filter.layer.as_deref(), Some("application"));
    assert_eq!(state.browse.filter.layer_service.as_deref(), Some("s3"));
    // S3's application layer is AWS's: no card about EC2 or Lambda code,
    // and no general Customer card, is listed under it.
    for card in &state.browse.matches {
        let item = state.shared.catalog.item(*card).expect("item");
        assert_eq!(item.layer, "application");
        assert!(
            item.services.iter().any(|s| s == "s3")
                || (item.services.is_empty() && item.owner == Owner::Aws),
            "{} listed under S3's application layer",
            item.id
        );
    }
    // Switching the stack to EC2 keeps the layer and follows the service.
    harness.get_by_label("Stack for").click();
    harness.run();
    harness.get_by_label("Amazon EC2 (IaaS)").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.browse.filter.layer_service.as_deref(), Some("ec2"));
    assert!(!state.browse.matches.is_empty());
    assert!(state.browse.matches.iter().all(|c| {
        state.shared.catalog.item(*c).is_some_and(|i| {
            i.layer == "application"
                && (i.services.iter().any(|s| s == "ec2") || i.services.is_empty())
        })
    }));
}

#[test]
fn compare_shows_two_stacks_side_by_side_with_the_differences_marked() {
    let mut harness = harness();
    harness.get_by_label("Compare stacks").click();
    harness.run();
    assert!(harness.state().browse.compare.is_some());
    harness.get_by_label("Right").click();
    harness.run();
    harness.get_by_label("AWS Lambda").click();
    harness.run();
    assert_eq!(harness.state().browse.compare.as_deref(), Some("lambda"));
    // Both stacks' layers, aligned by row; the guest OS differs.
    harness.get_by_label("Amazon EC2 · Physical facilities and environment: AWS");
    harness.get_by_label("AWS Lambda · Physical facilities and environment: AWS");
    harness.get_by_label("Amazon EC2 · Guest operating system: Customer (differs)");
    harness.get_by_label("AWS Lambda · Guest operating system: AWS (differs)");
    harness.get_by_label("Amazon EC2 · Customer data: Customer");
    let left = harness
        .get_by_label("Amazon EC2 · Guest operating system: Customer (differs)")
        .rect();
    let right = harness
        .get_by_label("AWS Lambda · Guest operating system: AWS (differs)")
        .rect();
    assert!((left.min.y - right.min.y).abs() < 1.0, "{left:?} {right:?}");
    assert!(right.min.x > left.max.x);
    // Each column lines up: every cell as wide as the others, however long
    // its layer's name, and the right column ends inside the list's panel.
    for service in ["Amazon EC2", "AWS Lambda"] {
        let cells: Vec<egui::Rect> = harness
            .query_all_by_label_contains(&format!("{service} · "))
            .map(|n| n.rect())
            .collect();
        assert_eq!(cells.len(), 11, "{service}");
        for cell in &cells {
            assert!(
                (cell.width() - cells[0].width()).abs() < 0.5
                    && (cell.min.x - cells[0].min.x).abs() < 0.5,
                "{service}: {cell:?} against {:?}",
                cells[0]
            );
        }
    }
    let details = harness.get_by_label("Card details").rect();
    assert!(
        right.max.x <= details.min.x,
        "the right column {right:?} runs under the details panel {details:?}"
    );
    harness.get_by_label("Close comparison").click();
    harness.run();
    assert_eq!(harness.state().browse.compare, None);
}

#[test]
fn a_row_shows_a_tooltip_only_when_its_text_is_cut() {
    let mut harness = harness();
    let first = harness
        .state()
        .shared
        .catalog
        .item(harness.state().browse.matches[0])
        .expect("a card")
        .text
        .clone();
    // The row's name goes on with its owner and topic: "TEXT (AWS, Topic)".
    let row = harness
        .get_by_label_contains(&format!("{first} ("))
        .rect()
        .center();
    harness.hover_at(row);
    for _ in 0..8 {
        harness.step();
    }
    // The whole text is on the row: no tooltip to cover the next one.
    assert_eq!(harness.query_all_by_label(&first).count(), 0);
    assert!(
        harness
            .query_by_label_contains("Show who owns this duty")
            .is_none()
    );
}

#[test]
fn rds_against_a_database_on_ec2_marks_the_layers_aws_takes_over() {
    use srm_study::ui::browse::BrowseAction;
    let mut state = common::gui::builtin_state(Area::Browse);
    state.apply(srm_study::ui::Action::Browse(BrowseAction::PickService(
        "rds".into(),
    )));
    state.apply(srm_study::ui::Action::Browse(BrowseAction::CompareWith(
        Some("db-on-ec2".into()),
    )));
    let mut harness = common::gui::app_harness(state);
    harness.run();
    let ec2_db = "A database installed on Amazon EC2";
    // AWS runs the OS under RDS; on EC2 it is the customer's.
    harness.get_by_label("Amazon RDS · Guest operating system: AWS (differs)");
    harness.get_by_label(&format!(
        "{ec2_db} · Guest operating system: Customer (differs)"
    ));
    // The building is AWS's on both sides.
    harness.get_by_label("Amazon RDS · Physical facilities and environment: AWS");
    harness.get_by_label(&format!(
        "{ec2_db} · Physical facilities and environment: AWS"
    ));
}

/// Asserts that the window shows no untranslated text, naming the step.
fn all_translated(harness: &Harness<'static, AppState>, step: &str) {
    let left = common::pseudo::untranslated(harness, &[]);
    assert!(left.is_empty(), "{step}: {left:#?}");
}

#[test]
fn pseudo_locale_walk_browse_list_details_empty_list_and_stacks() {
    use srm_study::ui::Action;
    use srm_study::ui::browse::{BrowseAction, BrowseTab};
    let mut state = common::gui::builtin_state(Area::Browse);
    common::pseudo::pseudo(&mut state);
    let mut harness = common::gui::app_harness(state);
    harness.run();
    all_translated(&harness, "the list, no card selected");

    // A card with sources and related cards, its details beside the list.
    let card = {
        let state = harness.state();
        let catalog = &state.shared.catalog;
        state
            .browse
            .matches
            .iter()
            .copied()
            .find(|c| {
                let item = catalog.item(*c).expect("item");
                !item.sources.is_empty() && !item.layer.is_empty() && !item.services.is_empty()
            })
            .expect("a card with sources, a layer and services")
    };
    let apply = |harness: &mut Harness<'static, AppState>, action: BrowseAction| {
        harness.state_mut().apply(Action::Browse(action));
        harness.run();
    };
    apply(&mut harness, BrowseAction::Select(card));
    all_translated(&harness, "a selected card's details");
    let shared = harness
        .state()
        .shared
        .catalog
        .cards()
        .map(|(c, _)| c)
        .find(|c| {
            let item = harness.state().shared.catalog.item(*c).expect("item");
            !item.aws_part.is_empty() && !item.customer_part.is_empty()
        })
        .expect("a shared card with both parts");
    apply(&mut harness, BrowseAction::Select(shared));
    all_translated(&harness, "a shared card's two parts");

    // Filters: an owner, then search words that empty the list.
    let mut filter = Filter::default();
    filter.owners.insert(Owner::Customer);
    apply(&mut harness, BrowseAction::SetFilter(filter.clone()));
    all_translated(&harness, "the Customer filter");
    filter.search = "zebra".into();
    apply(&mut harness, BrowseAction::SetFilter(filter));
    assert!(harness.state().browse.matches.is_empty());
    all_translated(&harness, "search words that empty the list");
    // A layer clicked in Lambda's stack, with the Customer owner: empty,
    // and the layer's service is named as what emptied it.
    let mut owners = std::collections::BTreeSet::new();
    owners.insert(Owner::Customer);
    apply(
        &mut harness,
        BrowseAction::SetFilter(Filter {
            layer: Some("guest-os".into()),
            layer_service: Some("lambda".into()),
            owners,
            ..Filter::default()
        }),
    );
    assert!(harness.state().browse.matches.is_empty());
    all_translated(&harness, "a layer of Lambda's stack that empties the list");
    apply(
        &mut harness,
        BrowseAction::SetFilter(Filter {
            layer: Some("guest-os".into()),
            ..Filter::default()
        }),
    );
    all_translated(&harness, "a layer of every service's stack");

    // The stacks side by side.
    apply(
        &mut harness,
        BrowseAction::CompareWith(Some("lambda".into())),
    );
    all_translated(&harness, "two stacks compared");
    apply(&mut harness, BrowseAction::CompareWith(None));

    // A narrow window: the parts as tabs, the stack first.
    let mut state = common::gui::builtin_state(Area::Browse);
    common::pseudo::pseudo(&mut state);
    state.apply(Action::Browse(BrowseAction::ShowTab(BrowseTab::Stack)));
    let mut narrow = common::gui::sized_harness(state, (800.0, 600.0));
    narrow.run();
    all_translated(&narrow, "the stack tab of a narrow window");
    for tab in [BrowseTab::Cards, BrowseTab::Details] {
        narrow
            .state_mut()
            .apply(Action::Browse(BrowseAction::ShowTab(tab)));
        narrow.run();
        all_translated(&narrow, &format!("the {tab:?} tab of a narrow window"));
    }
}

#[test]
fn browse_in_german_says_its_filters_and_owners_in_german() {
    let mut state = common::gui::builtin_state(Area::Browse);
    state.apply(srm_study::ui::Action::SetLanguage(
        srm_study::i18n::Language::German,
    ));
    let harness = common::gui::app_harness(state);
    harness.get_by_label("Suchen");
    harness.get_by_label("Karten von Kunde zeigen");
    harness.get_by_label("Wer schützt was");
    let all = harness.state().shared.catalog.item_count();
    harness.get_by_label(&format!("{all} von {all} Karten passen"));
}

#[test]
fn pseudo_locale_walk_browse_a_card_too_long_to_show_whole() {
    use srm_study::model::Origin;
    use srm_study::ui::Action;
    use srm_study::ui::browse::BrowseAction;
    let long = "Encrypting data at rest. ".repeat(200);
    let deck = format!(
        r#"Deck(id: "long", title: "Long", topics: [Topic(id: "t", title: "T")], items: [
            Item(id: "a", text: "{long}", owner: Customer, topic: "t", explanation: "E"),
        ])"#
    );
    let mut catalog = common::gui::builtin_catalog();
    assert!(catalog.add_bytes("long.ron", Origin::File("long.ron".into()), deck.as_bytes()));
    let card = catalog
        .cards()
        .find(|(_, item)| item.text.len() > 2_000)
        .map(|(card, _)| card)
        .expect("the long card");
    let mut state = AppState::new(catalog, Area::Browse);
    common::pseudo::pseudo(&mut state);
    state.apply(Action::Browse(BrowseAction::Select(card)));
    let mut harness = common::gui::app_harness(state);
    harness.run();
    // The card's text shows cut: its start is the card's.
    all_translated(&harness, "a card too long to show whole");
    harness
        .state_mut()
        .apply(Action::SetLanguage(srm_study::i18n::Language::German));
    harness.run();
    harness.get_by_label_contains("Dieser Text ist 5,0 KB groß: Nur die ersten 2000 Zeichen");
}

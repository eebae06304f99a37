//! What a screen reader meets in Sort, driven with real key presses: one
//! focus (the chosen card is egui's focused widget), Enter on a button
//! presses that button, changes said without moving the focus (live
//! regions), the bins as lists that hold their cards, and the results.

mod common;

use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use srm_study::io::content;
use srm_study::model::clock::Clock;
use srm_study::model::session::Feedback;
use srm_study::model::{Catalog, Owner};
use srm_study::ui::sort::SortSetup;
use srm_study::ui::{AppState, Area};

fn state(feedback: Feedback) -> AppState {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let mut state = AppState::new(catalog, Area::Sort);
    state.shared.clock = Clock::manual(1_700_000_000_000);
    state.sort.setup = SortSetup {
        fixed_seed: Some(42),
        ..SortSetup::default()
    };
    state.sort.setup.options.feedback = feedback;
    state
}

fn started(feedback: Feedback) -> Harness<'static, AppState> {
    let mut harness = common::gui::app_harness(state(feedback));
    harness.get_by_label("Start exercise (12 cards)").click();
    harness.run();
    assert!(harness.state().sort.running.is_some(), "started");
    harness
}

fn press(harness: &mut Harness<'static, AppState>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// The card the app has chosen (what 1/2/3 act on).
fn chosen(harness: &Harness<'static, AppState>) -> Option<usize> {
    harness.state().sort.running.as_ref().and_then(|r| r.focus)
}

fn text_of(harness: &Harness<'static, AppState>, i: usize) -> String {
    let state = harness.state();
    let card = &state
        .sort
        .running
        .as_ref()
        .expect("running")
        .session
        .cards()[i];
    state
        .shared
        .catalog
        .item(card.card)
        .expect("item")
        .text
        .clone()
}

/// The accessible name of the node with keyboard focus ("" for none).
fn focused_name(harness: &Harness<'static, AppState>) -> String {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
        .unwrap_or_default()
}

fn pile(harness: &Harness<'static, AppState>) -> Vec<usize> {
    common::gui::session(harness).pile()
}

#[test]
fn the_chosen_card_has_the_focus_from_the_start_and_tab_moves_both() {
    let mut harness = started(Feedback::AtEnd);
    assert_eq!(chosen(&harness), Some(0));
    assert_eq!(focused_name(&harness), text_of(&harness, 0));
    // Tab goes to the next card of the pile, and chooses it.
    press(&mut harness, egui::Key::Tab);
    let second = pile(&harness)[1];
    assert_eq!(chosen(&harness), Some(second));
    assert_eq!(focused_name(&harness), text_of(&harness, second));
    // 1 places the card that has the focus, the one a screen reader said.
    press(&mut harness, egui::Key::Num1);
    let bins = common::gui::session(&harness).bins();
    assert_eq!(
        common::gui::session(&harness).placement(second),
        Some(bins[0])
    );
    assert_eq!(common::gui::session(&harness).placement(0), None);
}

#[test]
fn after_placing_the_focus_is_on_the_next_card_and_the_placed_card_says_its_bin() {
    let mut harness = started(Feedback::AtEnd);
    let bins = common::gui::session(&harness).bins();
    for step in 0..12 {
        let about_to_place = chosen(&harness).expect("a card is chosen");
        assert_eq!(
            focused_name(&harness),
            text_of(&harness, about_to_place),
            "step {step}: the focus is on the card about to be placed"
        );
        press(&mut harness, egui::Key::Num2);
        let name = format!(
            "{}, in the {} bin",
            text_of(&harness, about_to_place),
            bins[1].label()
        );
        harness.get_by_role_and_label(Role::Button, &name);
    }
    // Every card placed: the focus stays on the last one, and Enter on a
    // card checks.
    assert!(focused_name(&harness).ends_with(&format!(", in the {} bin", bins[1].label())));
    press(&mut harness, egui::Key::Enter);
    assert!(common::gui::session(&harness).is_checked());
}

#[test]
fn clicking_a_card_gives_it_the_focus() {
    let mut harness = started(Feedback::AtEnd);
    let text = text_of(&harness, 4);
    harness.get_by_role_and_label(Role::Button, &text).click();
    harness.run();
    assert_eq!(chosen(&harness), Some(4));
    assert_eq!(focused_name(&harness), text);
}

/// Tabs until the focus is on `label` (at most 60 presses).
fn tab_to(harness: &mut Harness<'static, AppState>, label: &str) {
    for _ in 0..60 {
        if focused_name(harness) == label {
            return;
        }
        press(harness, egui::Key::Tab);
    }
    panic!("Tab never reached {label:?}");
}

#[test]
fn enter_presses_the_focused_button_not_check() {
    let mut harness = started(Feedback::AtEnd);
    press(&mut harness, egui::Key::Num1);
    tab_to(&mut harness, "Show solution");
    press(&mut harness, egui::Key::Enter);
    // Show solution asks its own question; nothing asked about checking.
    assert!(
        harness
            .query_by_label_contains("still in the pile: check anyway?")
            .is_none(),
        "Enter on Show solution is not Check"
    );
    harness.get_by_label_contains("Show the solution? This ends the round");
    // Keys that place cards do nothing while a button has the focus.
    tab_to(&mut harness, "Quit");
    press(&mut harness, egui::Key::Num1);
    assert_eq!(common::gui::session(&harness).placed_count(), 1);
}

#[test]
fn the_placed_count_says_which_card_went_where_as_a_live_region() {
    let mut harness = started(Feedback::Instant);
    let first = chosen(&harness).expect("chosen");
    let owner = common::gui::true_owner(&harness, first);
    let key = match owner {
        Owner::Aws => egui::Key::A,
        Owner::Customer => egui::Key::C,
        Owner::Shared => egui::Key::S,
    };
    press(&mut harness, key);
    let spoken = format!(
        "{}: placed in {}. Right. 1 of 12 placed.",
        text_of(&harness, first),
        owner.label()
    );
    let node = harness.get_by_value(&spoken);
    assert_eq!(node.accesskit_node().live(), Live::Polite);
}

#[test]
fn the_check_anyway_question_is_said_at_once() {
    let mut harness = started(Feedback::AtEnd);
    press(&mut harness, egui::Key::Enter);
    let question = "12 cards are still in the pile: check anyway?";
    assert!(
        harness
            .get_all_by_value(question)
            .any(|n| n.accesskit_node().live() == Live::Assertive),
        "the question is an assertive live region"
    );
    // The focus stayed on the card: a second Enter does not say yes.
    assert_eq!(focused_name(&harness), text_of(&harness, 0));
}

#[test]
fn the_results_are_said_and_the_focus_lands_on_their_first_button() {
    let harness = results_with_every_card_on_aws();
    let score = common::gui::session(&harness)
        .first_attempt()
        .expect("checked")
        .score;
    let node = harness.get_by(|n| {
        n.live() == Live::Polite && n.value().is_some_and(|v| v.contains("Practice results."))
    });
    let spoken = node.accesskit_node().value().unwrap_or_default();
    assert!(
        spoken.contains(&format!("{} right, {} wrong", score.right, score.wrong)),
        "{spoken}"
    );
    let missed = 12 - score.right;
    assert_eq!(focused_name(&harness), format!("Retry missed ({missed})"));
}

#[test]
fn bins_are_lists_holding_their_cards_with_positions() {
    let mut harness = started(Feedback::AtEnd);
    let bins = common::gui::session(&harness).bins();
    let first = chosen(&harness).expect("chosen");
    press(&mut harness, egui::Key::Num3);
    let bin_name = format!("{} bin, 1 card", bins[2].label());
    let bin = harness.get_by_role_and_label(Role::List, &bin_name);
    let card = format!(
        "{}, in the {} bin",
        text_of(&harness, first),
        bins[2].label()
    );
    let inside = bin
        .query_by_role_and_label(Role::Button, &card)
        .expect("the placed card is inside its bin's list");
    assert_eq!(inside.accesskit_node().position_in_set(), Some(0));
    assert_eq!(inside.accesskit_node().size_of_set(), Some(1));
    let pile = harness.get_by_role_and_label(Role::List, "Pile, 11 cards");
    let next = text_of(&harness, 1);
    let top = pile
        .query_by_role_and_label(Role::Button, &next)
        .expect("the next card is in the pile's list");
    assert_eq!(top.accesskit_node().size_of_set(), Some(11));
}

#[test]
fn results_progress_bars_are_named_with_their_topic() {
    let harness = results_with_every_card_on_aws();
    let bars = harness.get_all_by_role(Role::ProgressIndicator).count();
    assert!(bars > 0);
    for bar in harness.get_all_by_role(Role::ProgressIndicator) {
        let name = bar.accesskit_node().label().unwrap_or_default();
        assert!(
            name.contains(" right, ") && !name.starts_with(|c: char| c.is_ascii_digit()),
            "a bar named {name:?}"
        );
    }
}

/// A topic with no right answer shows an empty bar: egui's progress bar
/// drew a round stub of the fill colour at 0%, which read as a little
/// progress (Progress had its own bar already; the results did not).
#[test]
fn a_topic_with_nothing_right_has_an_empty_bar_on_the_results() {
    let harness = results_with_every_card_on_aws();
    let fill = harness.ctx.global_style().visuals.selection.bg_fill;
    let mut empty = 0;
    for bar in harness.get_all_by_role(Role::ProgressIndicator) {
        let name = bar.accesskit_node().label().unwrap_or_default();
        if !name.contains(": 0 of ") {
            continue;
        }
        empty += 1;
        let rect = bar.rect();
        let painted = common::layout::filled_rects(&harness, fill)
            .into_iter()
            .filter(|r| r.intersects(rect.shrink(1.0)))
            .collect::<Vec<_>>();
        assert!(
            painted.is_empty(),
            "{name:?} at {rect:?} is filled at {painted:?}"
        );
    }
    assert!(
        empty > 0,
        "a topic with nothing right (all cards placed as AWS)"
    );
}

/// An exercise done by keyboard, every card placed as AWS, and checked.
fn results_with_every_card_on_aws() -> Harness<'static, AppState> {
    let mut harness = started(Feedback::AtEnd);
    for _ in 0..12 {
        press(&mut harness, egui::Key::Num1);
    }
    press(&mut harness, egui::Key::Enter);
    harness
}

fn browse() -> Harness<'static, AppState> {
    common::gui::app_harness(common::gui::builtin_state(Area::Browse))
}

/// The name Browse gives the row of `matches[k]`.
fn row_name(harness: &Harness<'static, AppState>, k: usize) -> String {
    let state = harness.state();
    let card = state.browse.matches[k];
    let item = state.shared.catalog.item(card).expect("item");
    let topic = state
        .shared
        .catalog
        .decks
        .get(card.deck)
        .and_then(|d| d.deck.topics.iter().find(|t| t.id == item.topic))
        .map_or(item.topic.clone(), |t| t.title.clone());
    srm_study::ui::browse::row_name(&state.shared.tr, &item.text, item.owner, &topic)
}

#[test]
fn the_start_screen_gives_start_the_focus_and_enter_starts() {
    let mut harness = common::gui::app_harness(state(Feedback::AtEnd));
    assert_eq!(focused_name(&harness), "Start exercise (12 cards)");
    press(&mut harness, egui::Key::Enter);
    assert!(harness.state().sort.running.is_some(), "Enter started it");
}

#[test]
fn the_window_and_the_theme_buttons_have_names() {
    let harness = common::gui::app_harness(state(Feedback::AtEnd));
    let root = harness.root();
    assert_eq!(root.accesskit_node().role(), Role::Window);
    assert_eq!(root.accesskit_node().label().as_deref(), Some("SRM Study"));
    for name in ["System theme", "Dark", "Light"] {
        harness.get_by_role_and_label(Role::Button, name);
    }
}

#[test]
fn the_progress_chart_says_its_scores_in_text() {
    let mut harness = results_with_every_card_on_aws();
    let percent = common::gui::session(&harness)
        .first_attempt()
        .expect("checked")
        .score
        .percent();
    harness.get_by_label("Progress").click();
    harness.run();
    let chart = harness.get_by_role(Role::Image);
    let alt = chart.accesskit_node().label().unwrap_or_default();
    assert!(
        alt.starts_with("First-attempt score over time: ")
            && alt.contains(&format!("{percent:.0}%")),
        "{alt}"
    );
}

#[test]
fn a_combo_box_says_its_current_value() {
    let harness = browse();
    let combo = harness.get_by_role_and_label(Role::ComboBox, "Stack for");
    let value = combo.accesskit_node().value().unwrap_or_default();
    assert!(!value.is_empty(), "the Stack for box says which service");
}

#[test]
fn a_card_is_one_node_not_a_label_and_a_button() {
    let harness = started(Feedback::AtEnd);
    let text = text_of(&harness, 0);
    let shown: Vec<Role> = harness
        .query_all_by(|n| {
            // A label's text is its value; a button's, its label.
            let says = n.label().or_else(|| n.value());
            says.as_deref() == Some(text.as_str()) && !n.is_hidden()
        })
        .map(|n| n.accesskit_node().role())
        .collect();
    assert_eq!(shown, vec![Role::Button], "{text}");
}

#[test]
fn a_browse_row_says_its_owner_topic_and_place_in_the_list() {
    let harness = browse();
    let count = harness.state().browse.matches.len();
    let name = row_name(&harness, 2);
    let row = harness.get_by_role_and_label(Role::Button, &name);
    assert_eq!(row.accesskit_node().position_in_set(), Some(2));
    assert_eq!(row.accesskit_node().size_of_set(), Some(count));
    harness.get_by_role_and_label(Role::List, &format!("Cards, {count}"));
}

/// Issue #33: Down from the first row reaches every card of Browse's list,
/// the rows below the window included (the list draws only what is on
/// screen, so each row must be scrolled to and drawn before it can take
/// the focus), and End and Home jump to the last and the first.
#[test]
fn down_from_the_first_browse_row_reaches_every_card() {
    let mut harness = browse();
    let count = harness.state().browse.matches.len();
    assert!(count > 100, "{count} cards");
    let first = row_name(&harness, 0);
    harness.get_by_role_and_label(Role::Button, &first).focus();
    harness.run();
    assert_eq!(focused_name(&harness), first);
    for k in 1..count {
        press(&mut harness, egui::Key::ArrowDown);
        assert_eq!(
            focused_name(&harness),
            row_name(&harness, k),
            "Down to row {} of {count}",
            k + 1
        );
    }
    press(&mut harness, egui::Key::Home);
    assert_eq!(focused_name(&harness), first);
    press(&mut harness, egui::Key::End);
    assert_eq!(focused_name(&harness), row_name(&harness, count - 1));
}

/// Issue #33, as the real window met it through the AT-SPI bus: a screen
/// reader user's next Down can arrive in the very frame after the focus
/// moved, and the list may still be scrolling to the row. Each Down moves
/// exactly one row (egui's own arrow-key focus travel does not move it a
/// second time), and the focused row stays drawn, so the focus is never
/// dropped to the window.
#[test]
fn a_down_in_each_frame_moves_one_row_and_never_drops_the_focus() {
    let state = common::gui::builtin_state(Area::Browse);
    // Frames at a real window's pace.
    let mut harness = common::gui::harness_with_step(state, 1.0 / 30.0);
    let first = row_name(&harness, 0);
    harness.get_by_role_and_label(Role::Button, &first).focus();
    harness.run();
    assert_eq!(focused_name(&harness), first);
    for k in 1..60 {
        // One frame per key, and the next key comes in the next frame.
        key_in_next_frame(&mut harness, egui::Key::ArrowDown);
        harness.step();
        assert_eq!(
            focused_name(&harness),
            row_name(&harness, k),
            "one Down per frame: row {} has the focus",
            k + 1
        );
    }
    // Once the list settles, the focus is still on the row.
    harness.run();
    assert_eq!(focused_name(&harness), row_name(&harness, 59));
}

/// Pushes a key's press and release into the next frame only (kittest's
/// `key_press` gives each its own frame).
fn key_in_next_frame(harness: &mut Harness<'static, AppState>, key: egui::Key) {
    for pressed in [true, false] {
        harness.input_mut().events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        });
    }
}

/// Issue #33: Down to the row at the bottom edge, then PageDown in the
/// next frames, at a real window's pace. The list used to scroll to the
/// first with an animation that, still going, pulled the list back from
/// the second, so the newly focused row was not drawn and the focus fell
/// to the window.
#[test]
fn page_down_while_the_list_scrolls_keeps_the_focus_on_a_drawn_row() {
    for dt in [1.0 / 60.0, 1.0 / 30.0] {
        for start in 8..12 {
            for gap in 0..3 {
                let state = common::gui::builtin_state(Area::Browse);
                let mut harness = common::gui::harness_with_step(state, dt);
                let first = row_name(&harness, start);
                harness.get_by_role_and_label(Role::Button, &first).focus();
                harness.run();
                for key in [egui::Key::ArrowDown, egui::Key::PageDown] {
                    key_in_next_frame(&mut harness, key);
                    harness.step();
                    for _ in 0..gap {
                        harness.step();
                    }
                }
                harness.run();
                let focused = focused_name(&harness);
                let count = harness.state().browse.matches.len();
                let at = (0..count).find(|k| row_name(&harness, *k) == focused);
                assert!(
                    at.is_some_and(|k| k > start + 1),
                    "frames {dt} s apart, from row {start}, {gap} frames between the keys: \
                     the focus is on {focused:?} (row {at:?})"
                );
            }
        }
    }
}

/// Issue #33, item 6: with a card's details open (its related cards are
/// links that wrap), every node that takes the focus has a name.
#[test]
fn every_focusable_node_in_browse_with_details_open_has_a_name() {
    let mut harness = browse();
    for k in [0, 3, 10] {
        let name = row_name(&harness, k);
        harness.get_by_role_and_label(Role::Button, &name).click();
        harness.run();
        harness.get_by_label("Related cards");
        let unnamed: Vec<String> = harness
            .query_all_by(|n| {
                n.data().supports_action(egui::accesskit::Action::Focus)
                    && n.label().is_none_or(|l| l.trim().is_empty())
                    && n.value().is_none_or(|v| v.trim().is_empty())
            })
            .map(|n| {
                format!(
                    "{:?} {:?} parent {:?}",
                    n.accesskit_node().role(),
                    n.accesskit_node().bounding_box(),
                    n.parent()
                        .map(|p| (p.accesskit_node().role(), p.accesskit_node().label()))
                )
            })
            .collect();
        assert!(
            unnamed.is_empty(),
            "row {k}: unnamed focusable nodes {unnamed:?}"
        );
    }
}

/// The names a screen reader says on every page with a button or a note
/// marked by a pictograph, arrow or dot: said without it ("Search", not
/// "magnifying glass Search"; "Check (Enter)", not "heavy check mark
/// Check (Enter)").
#[test]
fn no_name_starts_or_ends_with_a_pictograph_or_arrow() {
    let mut problems = Vec::new();
    every_page(|harness, page| {
        // Two widgets with one id share one name and state.
        for clash in common::layout::id_clashes(harness) {
            problems.push(format!("{page}: {clash}"));
        }
        for node in harness.query_all_by(|_| true) {
            let node = node.accesskit_node();
            let name = node
                .label()
                .or_else(|| (node.role() == Role::Label).then(|| node.value()).flatten());
            let Some(name) = name else { continue };
            // "Reset progress…": the ellipsis that says a question follows
            // is part of the name.
            let name = name.trim_end_matches('\u{2026}').to_string();
            if name.chars().count() > 1
                && srm_study::text::without_markers(&name) != name
                && !name.contains("\u{2022}")
            {
                problems.push(format!("{page}: {name:?}"));
            }
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Issue #33: a label is text to a screen reader, so none offers a "click"
/// action (egui's selectable labels did, on every page: a click that does
/// nothing).
#[test]
fn no_text_offers_a_click_action() {
    let mut problems = Vec::new();
    every_page(|harness, page| {
        for node in harness.query_all_by(|n| {
            n.role() == Role::Label && n.data().supports_action(egui::accesskit::Action::Click)
        }) {
            let node = node.accesskit_node();
            problems.push(format!("{page}: {:?}", node.label().or(node.value())));
        }
    });
    assert!(
        problems.is_empty(),
        "{} labels offer a click, first: {}",
        problems.len(),
        problems
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Calls `look` on every page and state a walk of the app visits: Sort's
/// start, board (with a mark) and results, Browse, Progress, the drill and
/// every Instructor page.
fn every_page(mut look: impl FnMut(&Harness<'static, AppState>, &str)) {
    use srm_study::ui::instructor::{InstructorAction, Page};
    use srm_study::ui::{Action, sort::SortAction};
    let mut harness = common::gui::app_harness(state(Feedback::Instant));
    look(&harness, "Sort start");
    harness
        .state_mut()
        .apply(srm_study::ui::Action::Sort(SortAction::Start));
    harness.run();
    let owner = harness
        .state()
        .sort
        .running
        .as_ref()
        .expect("running")
        .session
        .cards()[0]
        .owner;
    harness
        .state_mut()
        .apply(Action::Sort(SortAction::Place(0, owner)));
    harness.run();
    look(&harness, "Sort board with a mark");
    for _ in 0..11 {
        press(&mut harness, egui::Key::Num2);
    }
    press(&mut harness, egui::Key::Enter);
    look(&harness, "Sort results");
    for area in [Area::Browse, Area::Progress, Area::Drill] {
        harness.state_mut().apply(Action::Navigate(area));
        harness.run();
        look(&harness, &format!("{area:?}"));
    }
    for page in [
        Page::Builder,
        Page::Student,
        Page::Report,
        Page::Decks,
        Page::Editor,
        Page::Lrs,
    ] {
        harness
            .state_mut()
            .apply(Action::Navigate(Area::Instructor));
        harness
            .state_mut()
            .apply(Action::Instructor(InstructorAction::ShowPage(page)));
        harness.run();
        look(&harness, &format!("{page:?}"));
    }
}

/// Issue #33: Browse's Tab order follows the eye, left to right: from the
/// stack panel at the left, Tab reaches the search box and the list's rows
/// before anything in the details panel at the right (it went to the
/// details first, the panel being laid out before the list).
#[test]
fn tab_from_the_stack_reaches_the_list_before_the_details() {
    let mut harness = browse();
    let first = row_name(&harness, 0);
    harness.get_by_role_and_label(Role::Button, &first).click();
    harness.run();
    // The details of the first card are open at the right, with links.
    let details_left = harness
        .get_by_label("Related cards")
        .accesskit_node()
        .bounding_box()
        .expect("placed")
        .x0
        - 20.0;
    harness
        .get_by_role_and_label(Role::ComboBox, "Stack for")
        .focus();
    harness.run();
    assert_eq!(focused_name(&harness), "Stack for");
    let rows: Vec<String> = (0..8).map(|k| row_name(&harness, k)).collect();
    let mut seen = Vec::new();
    for _ in 0..60 {
        press(&mut harness, egui::Key::Tab);
        seen.push(focused_name(&harness));
        if rows.contains(seen.last().expect("pushed")) {
            return;
        }
        // The panels' resize handles sit on their edges, laid out with
        // their panels: they are not the details.
        if seen.last().is_some_and(|name| name == "Resize panel") {
            continue;
        }
        let in_details = harness.query_by(|n| n.is_focused()).is_some_and(|n| {
            n.accesskit_node()
                .bounding_box()
                .is_some_and(|b| b.x0 >= details_left)
        });
        assert!(!in_details, "Tab went to the details first: {seen:?}");
    }
    panic!("Tab never reached a row: {seen:?}");
}

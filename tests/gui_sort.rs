//! The Sort area driven the way a person does: real drags, clicks and keys.

mod common;

use common::gui::{drag, mouse_click};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::i18n::Language;
use srm_study::io::content;
use srm_study::model::clock::Clock;
use srm_study::model::exercise::Exercise;
use srm_study::model::session::{Feedback, SessionOptions};
use srm_study::model::{Catalog, Owner};
use srm_study::ui::sort::{SortAction, SortSetup};
use srm_study::ui::{Action, AppState, Area};

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

fn harness(state: AppState) -> Harness<'static, AppState> {
    common::gui::app_harness(state)
}

fn start(harness: &mut Harness<'static, AppState>) {
    harness.run();
    harness.get_by_label("Start exercise (12 cards)").click();
    harness.run();
    assert!(
        harness.state().sort.running.is_some(),
        "the exercise started"
    );
}

/// The text of card `i` of the running session.
fn card_text(harness: &Harness<'static, AppState>, i: usize) -> String {
    let state = harness.state();
    let running = state.sort.running.as_ref().expect("running");
    let card = &running.session.cards()[i];
    state
        .shared
        .catalog
        .item(card.card)
        .expect("item")
        .text
        .clone()
}

fn placement(harness: &Harness<'static, AppState>, i: usize) -> Option<Owner> {
    common::gui::session(harness).placement(i)
}

fn centre_of_card(harness: &Harness<'static, AppState>, i: usize) -> egui::Pos2 {
    // A placed card's name goes on with its bin: "…, in the AWS bin".
    let text = card_text(harness, i);
    harness
        .get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with(&text)))
        .rect()
        .center()
}

fn bin_target(harness: &Harness<'static, AppState>, owner: Owner) -> egui::Pos2 {
    let place = harness
        .get_by_label(&format!("Place here: {}", owner.label()))
        .rect();
    place.center() + egui::vec2(0.0, 120.0)
}

#[test]
fn a_real_drag_puts_a_card_in_the_customer_bin_and_back_to_the_pile() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    let from = centre_of_card(&harness, 0);
    let to = bin_target(&harness, Owner::Customer);
    drag(&mut harness, from, to);
    assert_eq!(placement(&harness, 0), Some(Owner::Customer));
    harness.get_by_label("1 of 12 placed");

    // Drag it on to the Shared bin, then back to the pile.
    let from = centre_of_card(&harness, 0);
    let to = bin_target(&harness, Owner::Shared);
    drag(&mut harness, from, to);
    assert_eq!(placement(&harness, 0), Some(Owner::Shared));
    let from = centre_of_card(&harness, 0);
    let pile = harness.get_by_label("Pile (11)").rect().center() + egui::vec2(0.0, 500.0);
    drag(&mut harness, from, pile);
    assert_eq!(placement(&harness, 0), None);
    harness.get_by_label("0 of 12 placed");
}

#[test]
fn click_a_card_then_a_bin() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    let text = card_text(&harness, 3);
    harness.get_by_role_and_label(Role::Button, &text).click();
    harness.run();
    assert_eq!(
        harness.state().sort.running.as_ref().and_then(|r| r.focus),
        Some(3)
    );
    harness.get_by_label("Place here: AWS").click();
    harness.run();
    assert_eq!(placement(&harness, 3), Some(Owner::Aws));
}

#[test]
fn keyboard_alone_finishes_an_exercise_and_retries_the_misses() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    let owners: Vec<Owner> = {
        let running = harness.state().sort.running.as_ref().expect("running");
        running.session.cards().iter().map(|c| c.owner).collect()
    };
    // Place every card in bin 1 (AWS) with the keyboard, then move one back
    // with Backspace and place it with A.
    for _ in 0..12 {
        harness.key_press(egui::Key::Num1);
        harness.run();
    }
    harness.get_by_label("12 of 12 placed");
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    let focus = harness
        .state()
        .sort
        .running
        .as_ref()
        .and_then(|r| r.focus)
        .expect("focus");
    harness.key_press(egui::Key::Backspace);
    harness.run();
    assert_eq!(placement(&harness, focus), None);
    harness.key_press(egui::Key::S);
    harness.run();
    assert_eq!(placement(&harness, focus), Some(Owner::Shared));
    harness.key_press(egui::Key::Enter);
    harness.run();

    let running = harness.state().sort.running.as_ref().expect("running");
    let score = running.session.first_attempt().expect("checked").score;
    let expected_right = owners
        .iter()
        .enumerate()
        .filter(|(i, o)| {
            if *i == focus {
                **o == Owner::Shared
            } else {
                **o == Owner::Aws
            }
        })
        .count() as u32;
    assert_eq!(score.right, expected_right);
    let percent = score.percent().round();
    harness.get_by_label(&format!("Score {} / 12 ({percent:.0}%)", score.points));

    // Enter on the result screen retries the misses.
    let missed = 12 - expected_right as usize;
    harness.key_press(egui::Key::Enter);
    harness.run();
    let running = harness.state().sort.running.as_ref().expect("running");
    assert_eq!(running.session.round(), 2);
    assert_eq!(running.session.cards().len(), missed);
    harness.get_by_label(&format!("0 of {missed} placed"));
}

#[test]
fn check_shows_the_model_score_and_retry_keeps_it() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    // Place the first four cards right and the rest nowhere.
    for i in 0..4 {
        let owner = common::gui::true_owner(&harness, i);
        let text = card_text(&harness, i);
        harness.get_by_role_and_label(Role::Button, &text).click();
        harness.run();
        harness
            .get_by_label(&format!("Place here: {}", owner.label()))
            .click();
        harness.run();
    }
    harness.get_by_label("Check (Enter)").click();
    harness.run();
    // Eight cards are still in the pile: the check asks first.
    assert!(!common::gui::session(&harness).is_checked());
    harness.get_by_label("8 cards are still in the pile: check anyway?");
    harness.get_by_label("Check anyway").click();
    harness.run();
    harness.get_by_label("Score 4 / 12 (33%)");
    harness.get_by_label("Missed cards (8)");
    harness.get_by_label("Retry missed (8)").click();
    harness.run();
    // Get all eight right this time.
    for i in 0..8 {
        let owner = common::gui::true_owner(&harness, i);
        common::gui::place(&mut harness, i, owner);
    }
    harness.run();
    harness.get_by_label("Check (Enter)").click();
    harness.run();
    harness.get_by_label("Score 4 / 12 (33%)");
    harness.get_by_label("Retry rounds: 8/8. Your score stays the first attempt's.");
}

#[test]
fn instant_feedback_marks_a_card_as_it_lands_with_its_explanation() {
    let mut harness = harness(state(Feedback::Instant));
    start(&mut harness);
    let (owner, explanation) = {
        let state = harness.state();
        let card = &state
            .sort
            .running
            .as_ref()
            .expect("running")
            .session
            .cards()[0];
        (
            card.owner,
            state
                .shared
                .catalog
                .item(card.card)
                .expect("item")
                .explanation
                .clone(),
        )
    };
    let wrong = if owner == Owner::Aws {
        Owner::Customer
    } else {
        Owner::Aws
    };
    common::gui::place(&mut harness, 0, wrong);
    harness.run();
    let text = card_text(&harness, 0);
    harness.get_by_role_and_label(
        Role::Button,
        &format!(
            "{text}, in the {} bin (wrong, belongs to {})",
            wrong.label(),
            owner.label()
        ),
    );
    harness.get_by_label(&explanation);
}

#[test]
fn show_solution_places_every_card() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    harness.get_by_label("Show solution").click();
    harness.run();
    // It asks first, and says what it does to the score.
    harness.get_by_label_contains("Show the solution? This ends the round");
    assert!(
        !harness
            .state()
            .sort
            .running
            .as_ref()
            .expect("running")
            .session
            .solution_shown()
    );
    harness.get_by_label("Show the solution").click();
    harness.run();
    let running = harness.state().sort.running.as_ref().expect("running");
    for (i, card) in running.session.cards().iter().enumerate() {
        assert_eq!(running.session.placement(i), Some(card.owner));
    }
    harness.get_by_label("See results").click();
    harness.run();
    harness.get_by_label("Score 0 / 12 (0%)");
}

/// Issue #24: after "Show solution" the board marks each card by the
/// student's own answer, as the results do ("you did not place it"), never
/// "Right" for a card the solution placed.
#[test]
fn after_show_solution_the_board_and_the_results_agree_on_every_card() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    let owner = common::gui::true_owner(&harness, 0);
    common::gui::place(&mut harness, 0, owner);
    harness.run();
    harness.get_by_label("Show solution").click();
    harness.run();
    harness.get_by_label("Show the solution").click();
    harness.run();
    let texts: Vec<String> = (0..12).map(|i| card_text(&harness, i)).collect();
    let owners: Vec<Owner> = (0..12)
        .map(|i| common::gui::true_owner(&harness, i))
        .collect();
    // The board: the one placed card is right, the eleven others say "not
    // placed" though the solution put them in their bins.
    // (A card's name also says the bin it is in, for a screen reader.)
    harness.get_by_role_and_label(
        Role::Button,
        &format!("{}, in the {} bin (right)", texts[0], owner.label()),
    );
    for i in 1..12 {
        harness.get_by_role_and_label(
            Role::Button,
            &format!(
                "{}, in the {} bin (unanswered, belongs to {})",
                texts[i],
                owners[i].label(),
                owners[i].label()
            ),
        );
        assert!(
            harness
                .query_by_label(&format!("{} (right)", texts[i]))
                .is_none(),
            "card {i} is marked right on the board"
        );
    }
    assert_eq!(
        harness
            .query_all_by(|n| n.label().is_some_and(|l| l.ends_with(" (right)")))
            .count(),
        1,
        "only the card the student placed is marked right"
    );
    // The results: the same eleven cards, "you did not place it".
    harness.get_by_label("See results").click();
    harness.run();
    harness.get_by_label("Score 1 / 12 (8%)");
    harness.get_by_label("Missed cards (11)");
    assert_eq!(
        harness.query_all_by_label("you did not place it").count(),
        11
    );
}

#[test]
fn a_time_limit_counts_down_and_checks_the_round() {
    let mut st = state(Feedback::AtEnd);
    st.sort.setup.options.time_limit_secs = Some(60);
    let clock = st.shared.clock.clone();
    let mut harness = harness(st);
    start(&mut harness);
    harness.get_by_label("1:00 left");
    clock.advance_ms(45_000);
    harness.run();
    harness.get_by_label("0:15 left");
    clock.advance_ms(15_000);
    harness.run();
    harness.run();
    let running = harness.state().sort.running.as_ref().expect("running");
    assert!(running.session.is_checked());
    harness.get_by_label("Time is up: the round was checked as it stood.");
}

#[test]
fn sort_these_from_browse_starts_an_exercise_on_the_filtered_cards() {
    let mut st = state(Feedback::AtEnd);
    st.area = Area::Browse;
    let mut harness = harness(st);
    harness.run();
    harness.get_by_label("Show AWS cards").click();
    harness.run();
    let matching = harness.state().browse.matches.len();
    harness.get_by_label("Sort these").click();
    harness.run();
    assert_eq!(harness.state().area, Area::Sort);
    let running = harness.state().sort.running.as_ref().expect("running");
    assert_eq!(running.session.cards().len(), matching);
    assert!(
        running
            .session
            .cards()
            .iter()
            .all(|c| c.owner == Owner::Aws)
    );
}

#[test]
fn keys_typed_faster_than_the_frames_all_count() {
    let mut harness = harness(state(Feedback::Instant));
    start(&mut harness);
    for key in [
        egui::Key::A,
        egui::Key::A,
        egui::Key::C,
        egui::Key::C,
        egui::Key::S,
        egui::Key::S,
    ] {
        harness.key_press(key);
    }
    harness.run();
    harness.get_by_label("6 of 12 placed");
}

fn placed_count(harness: &Harness<'static, AppState>) -> usize {
    common::gui::session(harness).placed_count()
}

fn is_checked(harness: &Harness<'static, AppState>) -> bool {
    common::gui::session(harness).is_checked()
}

#[test]
fn a_double_click_on_place_here_places_one_card() {
    // Frames a sixtieth of a second apart, so the two clicks come within
    // egui's double-click delay as a real double-click does.
    let mut harness = common::gui::harness_with_step(state(Feedback::Instant), 1.0 / 60.0);
    start(&mut harness);
    let place = harness.get_by_label("Place here: Customer").rect().center();
    harness.hover_at(place);
    harness.run();
    // Two clicks in quick succession: a double-click.
    mouse_click(&mut harness, place);
    mouse_click(&mut harness, place);
    assert_eq!(placed_count(&harness), 1, "one gesture, one card");
    assert_eq!(placement(&harness, 0), Some(Owner::Customer));
    harness.get_by_label("1 of 12 placed");
}

#[test]
fn a_held_key_places_one_card() {
    let mut harness = harness(state(Feedback::Instant));
    start(&mut harness);
    harness.event(egui::Event::Key {
        key: egui::Key::A,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    });
    for _ in 0..3 {
        harness.event(egui::Event::Key {
            key: egui::Key::A,
            physical_key: None,
            pressed: true,
            repeat: true,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(placed_count(&harness), 1);
}

#[test]
fn a_quick_click_on_a_card_then_place_here_places_it() {
    // Choosing a card and then, at once, a bin is two clicks on two
    // widgets: not a double-click, so the card is placed.
    let mut harness = common::gui::harness_with_step(state(Feedback::Instant), 1.0 / 60.0);
    start(&mut harness);
    for _ in 0..30 {
        harness.step();
    }
    let text = card_text(&harness, 3);
    let card = harness
        .get_by_role_and_label(Role::Button, &text)
        .rect()
        .center();
    let place = harness.get_by_label("Place here: AWS").rect().center();
    harness.hover_at(card);
    mouse_click(&mut harness, card);
    harness.hover_at(place);
    mouse_click(&mut harness, place);
    assert_eq!(placement(&harness, 3), Some(Owner::Aws));
}

#[test]
fn a_double_click_on_check_presses_nothing_on_the_results() {
    let mut harness = common::gui::harness_with_step(state(Feedback::AtEnd), 1.0 / 60.0);
    start(&mut harness);
    for _ in 0..12 {
        harness.key_press(egui::Key::Num1);
        harness.run();
    }
    for _ in 0..30 {
        harness.step();
    }
    let check = harness.get_by_label("Check (Enter)").rect().center();
    harness.hover_at(check);
    mouse_click(&mut harness, check);
    mouse_click(&mut harness, check);
    // Checked, on the results, and nothing pressed there by the second click.
    assert!(is_checked(&harness));
    let running = harness.state().sort.running.as_ref().expect("running");
    assert!(running.show_results);
    assert_eq!(running.session.round(), 1);
    assert_eq!(harness.state().area, srm_study::ui::Area::Sort);
    // A click on the results within the double-click delay of Check is the
    // tail of that gesture; a later one is a choice.
    let new = harness.get_by_label("New exercise").rect().center();
    harness.hover_at(new);
    mouse_click(&mut harness, new);
    assert!(harness.state().sort.running.is_some());
    for _ in 0..30 {
        harness.step();
    }
    mouse_click(&mut harness, new);
    assert!(harness.state().sort.running.is_none());
}

#[test]
fn enter_with_cards_in_the_pile_asks_before_checking() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    // Key 1 puts the first card in AWS: right when it is an AWS card.
    let right = u32::from(common::gui::true_owner(&harness, 0) == Owner::Aws);
    harness.key_press(egui::Key::Num1);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        !is_checked(&harness),
        "nothing is checked before the answer"
    );
    harness.get_by_label("11 cards are still in the pile: check anyway?");
    // A second Enter is not a yes.
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(!is_checked(&harness));
    harness.get_by_label("Keep sorting").click();
    harness.run();
    assert!(
        harness
            .query_by_label("11 cards are still in the pile: check anyway?")
            .is_none()
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("Check anyway").click();
    harness.run();
    assert!(is_checked(&harness));
    let percent = right * 100 / 12;
    harness.get_by_label(&format!("Score {right} / 12 ({percent}%)"));
}

#[test]
fn quit_with_placed_cards_asks_first() {
    let mut harness = harness(state(Feedback::AtEnd));
    start(&mut harness);
    harness.key_press(egui::Key::Num1);
    harness.run();
    harness.get_by_label("Quit").click();
    harness.run();
    assert!(harness.state().sort.running.is_some(), "still running");
    harness.get_by_label("Leave this exercise? The cards you placed are not checked yet.");
    harness.get_by_label("Stay").click();
    harness.run();
    assert!(harness.state().sort.running.is_some());
    harness.get_by_label("Quit").click();
    harness.run();
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(harness.state().sort.running.is_none());
}

fn bin_rects(harness: &Harness<'static, AppState>) -> Vec<egui::Rect> {
    Owner::ALL
        .iter()
        .map(|o| {
            harness
                .get_by_label(&format!("Place here: {}", o.label()))
                .rect()
        })
        .collect()
}

#[test]
fn instant_feedback_never_moves_the_bins() {
    let mut harness = harness(state(Feedback::Instant));
    start(&mut harness);
    let before = bin_rects(&harness);
    // Place cards until one with a long explanation has been marked: the
    // strip keeps its height and scrolls inside.
    let longest = {
        let state = harness.state();
        let running = state.sort.running.as_ref().expect("running");
        (0..running.session.cards().len())
            .max_by_key(|&i| {
                let card = running.session.cards()[i].card;
                state
                    .shared
                    .catalog
                    .item(card)
                    .map_or(0, |it| it.explanation.len())
            })
            .expect("cards")
    };
    for i in 0..=longest {
        let owner = common::gui::true_owner(&harness, i);
        common::gui::place(&mut harness, i, owner);
        harness.run();
        // Within a pixel: a sub-pixel shift is not a move under the pointer.
        let after = bin_rects(&harness);
        let moved = after.len() != before.len()
            || after
                .iter()
                .zip(&before)
                .any(|(a, b)| (a.min - b.min).length() >= 1.0 || (a.max - b.max).length() >= 1.0);
        assert!(!moved, "after placing card {i}: {before:?} -> {after:?}");
    }
}

#[test]
fn the_number_of_cards_never_changes_by_itself() {
    let mut state = state(Feedback::Instant);
    state
        .sort
        .setup
        .selection
        .topics
        .insert("no-such-topic".into());
    let mut harness = harness(state);
    harness.run();
    harness.run();
    assert_eq!(harness.state().sort.setup.selection.count, Some(12));
    harness.state_mut().sort.setup.selection.topics.clear();
    harness.run();
    harness.get_by_label("Start exercise (12 cards)");
}

/// Fails with every visible text of the window that is not translated,
/// naming the step of the walk.
fn assert_translated(harness: &Harness<'static, AppState>, step: &str, typed: &[&str]) {
    let left = common::pseudo::untranslated(harness, typed);
    assert!(left.is_empty(), "{step}: untranslated {left:#?}");
}

fn sort(harness: &mut Harness<'static, AppState>, action: SortAction) {
    harness.state_mut().apply(Action::Sort(action));
    harness.run();
}

/// A four-card exercise of the built-in cards (one of each owner, one
/// more for the customer), as an instructor's file gives it.
fn quiz(state: &AppState) -> Exercise {
    let mut cards = Vec::new();
    for owner in [Owner::Aws, Owner::Customer, Owner::Shared, Owner::Customer] {
        let card = state
            .shared
            .catalog
            .cards()
            .filter(|(c, item)| item.owner == owner && !cards.contains(c))
            .map(|(c, _)| c)
            .next()
            .expect("a card of this owner");
        cards.push(card);
    }
    let options = SessionOptions {
        feedback: Feedback::AtEnd,
        ..SessionOptions::default()
    };
    Exercise::from_cards("quiz", "Pop quiz", &state.shared.catalog, &cards, options)
        .expect("builds")
}

/// Every page and state of Sort in the pseudo-locale: the start screen, a
/// board with a card placed, each question, instant marks and the notices,
/// the solution, the results, a retry round, a timed round, an
/// instructor's exercise (graded, saved, retaken) and a sealed one. No
/// visible text may be left without the pseudo-locale's brackets.
#[test]
fn pseudo_locale_walk_sort_every_page_question_and_notice() {
    let mut state = state(Feedback::AtEnd);
    common::pseudo::pseudo(&mut state);
    let mut harness = harness(state);
    harness.run();
    assert_translated(&harness, "the start screen", &[]);
    // The student's page is the Instructor area's (its walk judges it);
    // Sort's way back above it is Sort's.
    sort(&mut harness, SortAction::TakeExercise(true));
    let left = common::pseudo::untranslated(&harness, &[]);
    assert!(
        !left.iter().any(|l| l.contains("Back to the start screen")),
        "{left:#?}"
    );
    sort(&mut harness, SortAction::TakeExercise(false));

    // A running board with a card placed, then the question before checking.
    sort(&mut harness, SortAction::Start);
    common::gui::place(&mut harness, 0, Owner::Aws);
    harness.run();
    assert_translated(&harness, "a board with a card placed", &[]);
    sort(&mut harness, SortAction::Check);
    assert!(
        harness
            .state()
            .sort
            .running
            .as_ref()
            .is_some_and(|r| r.question.is_some())
    );
    assert_translated(&harness, "the check-anyway question", &[]);
    sort(&mut harness, SortAction::CheckAnyway);
    assert_translated(&harness, "the results", &[]);
    sort(&mut harness, SortAction::ShowResults(false));
    assert_translated(&harness, "the checked board", &[]);

    // A retry round, checked: its results list the retry rounds.
    sort(&mut harness, SortAction::RetryMissed);
    assert_eq!(common::gui::session(&harness).round(), 2);
    assert_translated(&harness, "a retry round", &[]);
    let n = common::gui::session(&harness).cards().len();
    for i in 0..n {
        let owner = common::gui::true_owner(&harness, i);
        common::gui::place(&mut harness, i, owner);
    }
    sort(&mut harness, SortAction::Check);
    assert_translated(&harness, "the results after a retry", &[]);
    sort(&mut harness, SortAction::Quit);

    // Leaving with placed cards asks; the solution asks, then shows marks.
    sort(&mut harness, SortAction::Start);
    common::gui::place(&mut harness, 0, Owner::Customer);
    common::gui::place(&mut harness, 1, Owner::Aws);
    sort(&mut harness, SortAction::Quit);
    assert_translated(&harness, "the leave question", &[]);
    sort(&mut harness, SortAction::CancelQuestion);
    sort(&mut harness, SortAction::ShowSolution);
    assert_translated(&harness, "the show-solution question", &[]);
    sort(&mut harness, SortAction::ShowSolutionAnyway);
    assert_translated(&harness, "the solution on the board", &[]);
    sort(&mut harness, SortAction::ShowResults(true));
    assert_translated(&harness, "the results after the solution", &[]);
    sort(&mut harness, SortAction::Quit);

    // Instant feedback: a mark with its explanation, a refused move, a key
    // with no card chosen.
    let mut setup = harness.state().sort.setup.clone();
    setup.options.feedback = Feedback::Instant;
    sort(&mut harness, SortAction::SetSetup(setup.clone()));
    assert_translated(&harness, "the start screen, instant feedback", &[]);
    sort(&mut harness, SortAction::Start);
    let right = common::gui::true_owner(&harness, 0);
    let wrong = Owner::ALL.into_iter().find(|o| *o != right).expect("wrong");
    common::gui::place(&mut harness, 0, wrong);
    harness.run();
    assert_translated(&harness, "an instant mark", &[]);
    common::gui::place(&mut harness, 0, right);
    harness.run();
    assert!(
        harness
            .state()
            .sort
            .running
            .as_ref()
            .is_some_and(|r| r.note.is_some())
    );
    assert_translated(&harness, "a refused move", &[]);
    sort(&mut harness, SortAction::Focus(None));
    sort(&mut harness, SortAction::PlaceFocused(Owner::Shared));
    assert_translated(&harness, "a key with no card chosen", &[]);
    sort(&mut harness, SortAction::CheckAnyway);
    sort(&mut harness, SortAction::Quit);

    // A timed round, then time up.
    setup.options.time_limit_secs = Some(60);
    setup.options.penalty = true;
    sort(&mut harness, SortAction::SetSetup(setup));
    assert_translated(&harness, "the start screen, timed", &[]);
    sort(&mut harness, SortAction::Start);
    assert_translated(&harness, "a timed board", &[]);
    harness.state_mut().shared.clock.advance_ms(61_000);
    sort(&mut harness, SortAction::Tick);
    assert_translated(&harness, "time up", &[]);
    sort(&mut harness, SortAction::ShowResults(false));
    assert_translated(&harness, "time up, on the board", &[]);
    sort(&mut harness, SortAction::Quit);
}

/// An instructor's exercise in the pseudo-locale: graded (no solution
/// until saved), the results with saving, replacing a file, a retake; a
/// sealed one (exam notice, hand-in question, handed-in results).
#[test]
fn pseudo_locale_walk_sort_an_instructors_exercise_and_a_sealed_one() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut state = common::instructor::disk_state(data.path());
    state.area = Area::Sort;
    common::pseudo::pseudo(&mut state);
    let exercise = quiz(&state);
    let mut harness = harness(state);
    harness.run();
    let typed = ["Pop quiz", "Ana"];

    let start = SortAction::StartExercise(Box::new(exercise.clone()), "Ana".into());
    sort(&mut harness, start.clone());
    assert_translated(&harness, "an instructor's exercise", &typed);
    sort(&mut harness, SortAction::ShowSolution);
    assert_translated(&harness, "the solution held back", &typed);
    common::gui::place(&mut harness, 0, Owner::Aws);
    sort(&mut harness, SortAction::Quit);
    assert_translated(&harness, "leaving an unsaved exercise", &typed);
    sort(&mut harness, SortAction::CancelQuestion);
    sort(&mut harness, SortAction::CheckAnyway);
    assert_translated(&harness, "a graded result", &typed);
    sort(&mut harness, SortAction::RetryMissed);
    assert_translated(&harness, "retries held back", &typed);

    let path = data.path().join("quiz-ana.ron");
    let shown = path.display().to_string();
    let typed = ["Pop quiz", "Ana", shown.as_str()];
    std::fs::write(&path, "an older file").expect("write");
    sort(&mut harness, SortAction::SaveResult(path.clone()));
    assert_translated(&harness, "the replace question", &typed);
    sort(&mut harness, SortAction::ReplaceResult(path.clone()));
    assert!(path.is_file());
    assert_translated(&harness, "a saved result", &typed);

    // The same student again: a retake.
    sort(&mut harness, start);
    assert!(
        harness
            .state()
            .sort
            .running
            .as_ref()
            .is_some_and(|r| r.note.is_some())
    );
    assert_translated(&harness, "a retake", &typed);
    sort(&mut harness, SortAction::Quit);
    sort(&mut harness, SortAction::LeaveAnyway);

    // A sealed exercise: no marks; the other areas wait; hand in.
    let pair = srm_study::model::exercise::seal(&exercise, 7);
    let start = SortAction::StartExercise(Box::new(pair.student), "Ana".into());
    sort(&mut harness, start);
    assert_translated(&harness, "a sealed exercise", &typed);
    harness.state_mut().apply(Action::Navigate(Area::Browse));
    harness.run();
    assert_eq!(harness.state().area, Area::Sort);
    assert_translated(&harness, "the exam notice", &typed);
    common::gui::place(&mut harness, 0, Owner::Shared);
    sort(&mut harness, SortAction::Quit);
    assert_translated(&harness, "the hand-in question", &typed);
    sort(&mut harness, SortAction::HandInNow);
    assert_translated(&harness, "a sealed run handed in", &typed);
    sort(&mut harness, SortAction::ShowSolution);
    sort(&mut harness, SortAction::ShowResults(false));
    assert_translated(&harness, "the sealed board, checked", &typed);
}

/// The results in German: the score in German words and form, and the
/// buttons.
#[test]
fn the_results_read_in_german() {
    let mut state = state(Feedback::AtEnd);
    state.apply(Action::SetLanguage(Language::German));
    let mut harness = harness(state);
    harness.run();
    harness.get_by_label("Übung starten (12 Karten)").click();
    harness.run();
    for i in 0..4 {
        let owner = common::gui::true_owner(&harness, i);
        common::gui::place(&mut harness, i, owner);
    }
    harness.run();
    harness.get_by_label("4 von 12 abgelegt");
    harness.get_by_label("Prüfen (Enter)").click();
    harness.run();
    harness.get_by_label("8 Karten sind noch unsortiert: trotzdem prüfen?");
    harness.get_by_label("Trotzdem prüfen").click();
    harness.run();
    harness.get_by_label("Punktzahl 4 / 12 (33\u{a0}%)");
    harness.get_by_label("4 richtig · 0 falsch · 8 nicht abgelegt");
    harness.get_by_label("Falsche Karten (8)");
    harness.get_by_label("Fehler wiederholen (8)");
    harness.get_by_label("Neue Übung");
    assert_eq!(
        harness
            .query_all_by_label("du hast sie nicht abgelegt")
            .count(),
        8
    );
}

/// Sort's start screen, board (with a question and with marks) and results
/// fit in German and the pseudo-locale (about 40% longer than English), at
/// the usual size and at 800x600.
#[test]
fn sort_fits_in_german_and_the_pseudo_locale() {
    let mut problems = Vec::new();
    for language in [Language::German, Language::Pseudo, Language::Japanese] {
        for size in [common::gui::DEFAULT_SIZE, (800.0, 600.0)] {
            let mut state = state(Feedback::Instant);
            state.apply(Action::SetLanguage(language));
            let mut harness = common::gui::sized_harness(state, size);
            harness.run();
            let mut look = |harness: &Harness<'static, AppState>, step: &str| {
                for problem in common::layout::layout_problems(harness) {
                    problems.push(format!("{language:?} {size:?} {step}: {problem}"));
                }
            };
            look(&harness, "start screen");
            sort(&mut harness, SortAction::Start);
            let wrong = Owner::ALL
                .into_iter()
                .find(|o| *o != common::gui::true_owner(&harness, 0))
                .expect("wrong");
            common::gui::place(&mut harness, 0, wrong);
            harness.run();
            look(&harness, "board with a mark");
            sort(&mut harness, SortAction::Check);
            look(&harness, "check-anyway question");
            sort(&mut harness, SortAction::CheckAnyway);
            look(&harness, "results");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

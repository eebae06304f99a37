//! The Stack drill driven through egui_kittest.

mod common;

use common::gui::{drag, mouse_click};

use egui::Key;
use egui_kittest::kittest::Queryable;
use srm_study::model::Owner;
use srm_study::ui::drill::DrillAction;
use srm_study::ui::{Action, AppState, Area};

#[test]
fn drill_ec2_by_keys_check_and_see_the_score() {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Browse));
    harness.run();
    harness.get_by_label("Drill this stack").click();
    harness.run();
    let state: &AppState = harness.state();
    assert_eq!(state.area, Area::Drill);
    let drill = state.drill.drill.clone().expect("a drill");
    assert_eq!(drill.service_id, "ec2");
    // No owner is shown before checking.
    assert!(
        harness
            .query_by_label("Guest operating system: Customer")
            .is_none()
    );
    harness.get_by_label("Stack drill: Amazon EC2");
    // From the top layer down, answer by keys; get the guest OS wrong.
    for i in (0..drill.layers.len()).rev() {
        let owner = if drill.layers[i].id == "guest-os" {
            Owner::Shared
        } else {
            drill.layers[i].owner
        };
        let key = match owner {
            Owner::Aws => Key::Num1,
            Owner::Customer => Key::Num2,
            Owner::Shared => Key::Num3,
        };
        assert_eq!(harness.state().drill.focused, i);
        harness.key_press(key);
        harness.run();
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    let answers = &harness.state().drill.drill.as_ref().expect("drill").answers;
    assert!(answers.iter().all(Option::is_some));
    let n = drill.layers.len();
    harness
        .get_by_label(&format!("Check ({n} of {n} set)"))
        .click();
    harness.run();
    harness.get_by_label(&format!("Score: {} of {n} layers right", n - 1));
    harness.get_by_label("wrong");
    // The explanations: the service summary and the layer summaries.
    harness.get_by_label(&drill.service_summary);
    harness.get_by_label(&drill.layers[0].summary);
    let progress = &harness.state().shared.progress;
    assert_eq!(progress.exercises.len(), 1);
    assert_eq!(progress.exercises[0].title, "Stack drill: Amazon EC2");
    assert_eq!(progress.exercises[0].score.right as usize, n - 1);
}

#[test]
fn the_sort_start_screen_leads_to_the_drill_and_a_click_sets_a_layer() {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Sort));
    harness.run();
    harness.get_by_label("Stack drill").click();
    harness.run();
    assert_eq!(harness.state().area, Area::Drill);
    harness.get_by_label("Drill AWS Lambda").click();
    harness.run();
    harness
        .get_by_label("Set Guest operating system to AWS")
        .click();
    harness.run();
    let drill = harness.state().drill.drill.as_ref().expect("drill");
    let guest = drill
        .layers
        .iter()
        .position(|l| l.id == "guest-os")
        .expect("guest OS layer");
    assert_eq!(drill.answers[guest], Some(Owner::Aws));
}

#[test]
fn a_double_click_on_check_keeps_the_marks() {
    // "Drill it again" takes Check's place; the second click of a
    // double-click must not start the drill over and hide the marks.
    // Tall enough that the buttons under the checked stack are on screen.
    let mut harness = common::gui::sized_harness_with_step(
        common::gui::builtin_state(Area::Browse),
        (1280.0, 1600.0),
        1.0 / 60.0,
    );
    harness.run();
    harness.get_by_label("Drill this stack").click();
    harness.run();
    for _ in 0..30 {
        harness.step();
    }
    let n = harness
        .state()
        .drill
        .drill
        .as_ref()
        .expect("drill")
        .layers
        .len();
    let check = harness
        .get_by_label(&format!("Check (0 of {n} set)"))
        .rect()
        .center();
    harness.hover_at(check);
    mouse_click(&mut harness, check);
    mouse_click(&mut harness, check);
    harness.get_by_label(&format!("Score: 0 of {n} layers right"));
    // Whichever button now lies under the pointer, a click this soon after
    // Check is the tail of the same gesture.
    for label in ["Drill it again", "Another service"] {
        let at = harness.get_by_label(label).rect().center();
        harness.hover_at(at);
        mouse_click(&mut harness, at);
        harness.get_by_label(&format!("Score: 0 of {n} layers right"));
    }
}

#[test]
fn an_owner_dragged_onto_a_layer_sets_it() {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Browse));
    harness.run();
    harness.get_by_label("Drill this stack").click();
    harness.run();
    let guest = {
        let drill = harness.state().drill.drill.as_ref().expect("a drill");
        drill
            .layers
            .iter()
            .position(|l| l.id == "guest-os")
            .expect("EC2 has a guest OS layer")
    };
    let chip = harness.get_by_label("Drag Customer").rect().center();
    let row = harness
        .get_by_label("Guest operating system")
        .rect()
        .center();
    drag(&mut harness, chip, row);
    let answers = &harness.state().drill.drill.as_ref().expect("drill").answers;
    assert_eq!(answers[guest], Some(Owner::Customer));
    assert_eq!(
        answers.iter().filter(|a| a.is_some()).count(),
        1,
        "only the layer it was dropped on"
    );
    // Dropped again with another owner, the layer changes its answer.
    let chip = harness.get_by_label("Drag Shared").rect().center();
    drag(&mut harness, chip, row);
    let answers = &harness.state().drill.drill.as_ref().expect("drill").answers;
    assert_eq!(answers[guest], Some(Owner::Shared));
}

fn assert_translated(harness: &egui_kittest::Harness<'static, AppState>, step: &str) {
    let left = common::pseudo::untranslated(harness, &[]);
    assert!(left.is_empty(), "{step}: untranslated {left:#?}");
}

fn drill(harness: &mut egui_kittest::Harness<'static, AppState>, action: DrillAction) {
    harness.state_mut().apply(Action::Drill(action));
    harness.run();
}

/// Every state of the Stack drill in the pseudo-locale: the picker (with
/// and without services), a drill being set, a checked drill with each
/// mark, and a new one. No visible text may be left untranslated.
#[test]
fn pseudo_locale_walk_drill_picker_stack_and_marks() {
    let mut state = common::gui::builtin_state(Area::Drill);
    common::pseudo::pseudo(&mut state);
    let mut harness = common::gui::app_harness(state);
    harness.run();
    assert_translated(&harness, "the picker");

    drill(&mut harness, DrillAction::Start("ec2".into()));
    assert_translated(&harness, "a new drill");
    let layers = harness
        .state()
        .drill
        .drill
        .as_ref()
        .expect("drill")
        .layers
        .clone();
    let top = layers.len() - 1;
    // The top layer right, the one below wrong, the rest not set.
    drill(&mut harness, DrillAction::Set(top, layers[top].owner));
    let wrong = Owner::ALL
        .into_iter()
        .find(|o| *o != layers[top - 1].owner)
        .expect("a wrong owner");
    drill(&mut harness, DrillAction::Set(top - 1, wrong));
    assert_translated(&harness, "a drill being set");
    drill(&mut harness, DrillAction::Check);
    assert_translated(&harness, "a checked drill");
    drill(&mut harness, DrillAction::Start("ec2".into()));
    assert_translated(&harness, "the drill again");
    drill(&mut harness, DrillAction::Choose);
    assert_translated(&harness, "back to the picker");

    // No deck with a stack: the picker says so.
    let mut state = AppState::new(srm_study::model::Catalog::new(), Area::Drill);
    common::pseudo::pseudo(&mut state);
    let mut harness = common::gui::app_harness(state);
    harness.run();
    assert_translated(&harness, "the picker without a stack");
}

/// The drill in Japanese: the heading, the owners and the check button.
#[test]
fn the_drill_reads_in_japanese() {
    let mut state = common::gui::builtin_state(Area::Drill);
    state.apply(Action::SetLanguage(srm_study::i18n::Language::Japanese));
    let mut harness = common::gui::app_harness(state);
    harness.run();
    harness.get_by_label("レイヤー練習");
    drill(&mut harness, DrillAction::Start("ec2".into()));
    harness.get_by_label("レイヤー練習: Amazon EC2");
    harness.get_by_label("お客様 をドラッグ");
    let n = harness
        .state()
        .drill
        .drill
        .as_ref()
        .expect("drill")
        .layers
        .len();
    harness.get_by_label(&format!("採点 ({n} 件中 0 件設定済み)"));
}

/// The drill fits in German, Japanese and the pseudo-locale, at the usual
/// size and at 800x600: the picker, a drill being set and a checked one.
#[test]
fn the_drill_fits_in_every_language() {
    use srm_study::i18n::Language;
    let mut problems = Vec::new();
    for language in [Language::German, Language::Japanese, Language::Pseudo] {
        for size in [common::gui::DEFAULT_SIZE, (800.0, 600.0)] {
            let mut state = common::gui::builtin_state(Area::Drill);
            state.apply(Action::SetLanguage(language));
            let mut harness = common::gui::sized_harness(state, size);
            harness.run();
            let mut look = |harness: &egui_kittest::Harness<'static, AppState>, step: &str| {
                for problem in common::layout::layout_problems(harness) {
                    problems.push(format!("{language:?} {size:?} {step}: {problem}"));
                }
            };
            look(&harness, "picker");
            drill(&mut harness, DrillAction::Start("ec2".into()));
            drill(&mut harness, DrillAction::Set(0, Owner::Customer));
            look(&harness, "a drill being set");
            drill(&mut harness, DrillAction::Check);
            look(&harness, "a checked drill");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

//! The Stack drill driven through egui_kittest.

mod common;

use egui::Key;
use egui_kittest::kittest::Queryable;
use srm_study::model::Owner;
use srm_study::ui::{AppState, Area};

#[test]
fn drill_ec2_by_keys_check_and_see_the_score() {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Browse));
    harness.run();
    harness.get_by_label("▶ Drill this stack").click();
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
    harness.get_by_label("✖ wrong");
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
    harness.get_by_label("▶ Stack drill").click();
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

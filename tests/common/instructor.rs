//! What the Instructor area's GUI tests share: the app on a data folder of
//! its own, scripted file dialogs, clicking and typing as a person does.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::io::content;
use srm_study::io::dialogs::{DialogAnswer, DialogBackend};
use srm_study::io::paths::AppPaths;
use srm_study::model::Owner;
use srm_study::model::clock::Clock;
use srm_study::model::exercise::{Exercise, exercise_to_ron};
use srm_study::model::session::{Feedback, SessionOptions};
use srm_study::ui::instructor::Page;
use srm_study::ui::{Action, AppState, Area};

pub const START_MS: u64 = 1_700_000_000_000;

/// An app with its data folder in `data_dir`, on the Instructor area.
pub fn disk_state(data_dir: &Path) -> AppState {
    let paths = AppPaths {
        data_dir: data_dir.to_path_buf(),
    };
    let catalog = content::load_catalog(Some(&paths.content_dir()), &[]);
    AppState::with_storage(
        catalog,
        Area::Instructor,
        paths,
        vec![],
        Clock::manual(START_MS),
    )
}

pub fn harness(state: AppState) -> Harness<'static, AppState> {
    super::gui::app_harness(state)
}

/// The next dialogs answer these, in order.
pub fn script(harness: &mut Harness<'static, AppState>, answers: Vec<DialogAnswer>) {
    harness.state_mut().prompt.dialogs = DialogBackend::Scripted(VecDeque::from(answers));
}

pub fn one(path: &Path) -> DialogAnswer {
    Some(vec![path.to_path_buf()])
}

pub fn click(harness: &mut Harness<'static, AppState>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks a text field (one line or several) and types into it.
pub fn type_into(harness: &mut Harness<'static, AppState>, label: &str, text: &str) {
    let role = if harness
        .query_by_role_and_label(Role::TextInput, label)
        .is_some()
    {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

pub fn show_page(harness: &mut Harness<'static, AppState>, page: Page) {
    if harness.state().area != Area::Instructor {
        harness
            .state_mut()
            .apply(Action::Navigate(Area::Instructor));
        harness.run();
    }
    click(harness, page.label());
    assert_eq!(harness.state().instructor.page, page);
}

pub fn card_text(state: &AppState, n: usize) -> String {
    state
        .shared
        .catalog
        .cards()
        .nth(n)
        .map(|(_, item)| item.text.clone())
        .expect("the catalog has this many cards")
}

/// Writes a four-card exercise (feedback at the end) built from the first
/// cards of each owner, and returns it.
pub fn write_quiz(state: &AppState, path: &Path) -> Exercise {
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
    let exercise = Exercise::from_cards("quiz", "Pop quiz", &state.shared.catalog, &cards, options)
        .expect("builds");
    let text = exercise_to_ron(&exercise).expect("ron");
    std::fs::write(path, text).expect("write quiz");
    exercise
}

/// Fails with the texts on screen that are not translated after `step` (in
/// the pseudo-locale); `typed` are texts the test typed or wrote.
pub fn assert_translated(harness: &Harness<'static, AppState>, step: &str, typed: &[&str]) {
    let left = super::pseudo::untranslated(harness, typed);
    assert!(left.is_empty(), "{step}: untranslated {left:#?}");
}

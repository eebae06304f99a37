//! Two editor windows on one deck: the window that saves over a file
//! another window saved since is asked, and "Keep both" keeps both.

mod common;

use common::instructor::disk_state;
use std::path::Path;

use egui_kittest::kittest::Queryable;
use srm_study::ui::Action;
use srm_study::ui::instructor::{EditorAction, InstructorAction, Page};

const MINE: &str = r#"Deck(id: "mine", title: "Mine", topics: [Topic(id: "t", title: "T")],
    items: [Item(id: "first", text: "First card", owner: Aws, topic: "t", explanation: "E")])"#;

fn editor(action: EditorAction) -> Action {
    Action::Instructor(InstructorAction::Editor(action))
}

fn texts(path: &Path) -> Vec<String> {
    let deck = srm_study::io::drafts::read_unchecked(path).expect("a deck");
    deck.items.into_iter().map(|i| i.text).collect()
}

#[test]
fn a_save_over_another_windows_save_asks_and_keep_both_keeps_both() {
    let data = tempfile::tempdir().expect("tempdir");
    let content_dir = data.path().join("content");
    std::fs::create_dir_all(&content_dir).expect("content");
    let file = content_dir.join("mine.ron");
    std::fs::write(&file, MINE).expect("write");

    let mut state = disk_state(data.path());
    state.apply(editor(EditorAction::OpenDeck("mine".into())));
    state.apply(editor(EditorAction::SetNewCardText(
        "Window one's card".into(),
    )));
    state.apply(editor(EditorAction::AddCard));
    state.apply(editor(EditorAction::SetCardField(
        srm_study::model::deck_edit::CardField::Explanation,
        "Why".into(),
    )));
    assert_eq!(state.instructor.page, Page::Editor);
    // Another window saves the deck with its own new card.
    let theirs = MINE.replace(
        "explanation: \"E\")]",
        "explanation: \"E\"), Item(id: \"two\", text: \"Window two's card\", owner: Aws, \
         topic: \"t\", explanation: \"E\")]",
    );
    srm_study::io::fs::write_atomic(&file, theirs.as_bytes()).expect("their save");

    let mut harness = common::gui::app_harness(state);
    harness.run();
    harness.get_by_label("Save (Ctrl+S)").click();
    harness.run();
    harness.get_by_label("The deck file changed");
    assert_eq!(
        texts(&file),
        ["First card", "Window two's card"],
        "nothing written yet"
    );
    harness.get_by_label("Keep both (mine as a draft)").click();
    harness.run();
    assert!(harness.query_by_label("The deck file changed").is_none());
    let editor = &harness.state().instructor.editor;
    let draft = editor.draft.clone().expect("mine went to a draft");
    assert!(!editor.is_dirty());
    assert_eq!(texts(&draft), ["First card", "Window one's card"]);
    assert_eq!(
        texts(&file),
        ["First card", "Window two's card"],
        "theirs stays"
    );
}

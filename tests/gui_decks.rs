//! The Decks page (import and export of decks) driven the way a person does,
//! with scripted file dialogs answering paths in temporary folders.

mod common;

use std::path::{Path, PathBuf};

use common::MINIMAL_DECK;
use common::instructor::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use srm_study::io::content;
use srm_study::io::files::load_deck;
use srm_study::model::Catalog;
use srm_study::model::browse::Filter;
use srm_study::ui::browse::BrowseAction;
use srm_study::ui::instructor::Page;
use srm_study::ui::{Action, AppState, Area};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn importing_a_deck_checks_it_copies_it_and_asks_before_replacing() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    show_page(&mut harness, Page::Decks);
    let content_dir = data.path().join("content");

    // A valid deck is copied and loaded.
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    script(&mut harness, vec![one(&mini)]);
    click(&mut harness, "Import deck");
    let copied = content_dir.join("mini.ron");
    assert_eq!(
        std::fs::read_to_string(&copied).expect("copied"),
        MINIMAL_DECK
    );
    let loaded = harness
        .state()
        .shared
        .catalog
        .deck("mini")
        .expect("in the catalog");
    assert_eq!(loaded.deck.title, "Mini deck");
    harness.get_by_label_contains("Imported “Mini deck” (1 card)");

    // A broken deck shows file:line:col and copies nothing.
    let broken_text = MINIMAL_DECK.replace("owner: Aws", "owner: Nobody");
    let broken = write(files.path(), "broken.ron", &broken_text);
    script(&mut harness, vec![one(&broken)]);
    click(&mut harness, "Import deck");
    harness.get_by_label_contains(&format!("{}:6:", broken.display()));
    let names: Vec<_> = std::fs::read_dir(&content_dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["mini.ron"]);

    // The same id again asks first; Cancel keeps the old deck.
    let renamed = MINIMAL_DECK.replace("Mini deck", "Mini deck, second edition");
    let second = write(files.path(), "mini-2.ron", &renamed);
    script(&mut harness, vec![one(&second), one(&second)]);
    click(&mut harness, "Import deck");
    harness.get_by_label_contains("is already loaded");
    click(&mut harness, "Cancel");
    assert_eq!(
        std::fs::read_to_string(&copied).expect("kept"),
        MINIMAL_DECK
    );
    click(&mut harness, "Import deck");
    click(&mut harness, "Replace");
    assert_eq!(std::fs::read_to_string(&copied).expect("replaced"), renamed);
    let title = &harness
        .state()
        .shared
        .catalog
        .deck("mini")
        .expect("loaded")
        .deck
        .title;
    assert_eq!(title, "Mini deck, second edition");

    // A built-in deck's id cannot be taken.
    let builtin = write(
        files.path(),
        "core.ron",
        &MINIMAL_DECK.replace("id: \"mini\"", "id: \"srm-core\""),
    );
    script(&mut harness, vec![one(&builtin)]);
    click(&mut harness, "Import deck");
    harness.get_by_label_contains("built-in deck, which cannot be replaced");
    assert!(!content_dir.join("srm-core.ron").exists());
}

#[test]
fn without_a_data_folder_an_import_is_checked_but_not_copied() {
    let files = tempfile::tempdir().expect("tempdir");
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let mut harness = harness(AppState::new(catalog, Area::Instructor));
    harness.run();
    show_page(&mut harness, Page::Decks);
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    script(&mut harness, vec![one(&mini)]);
    click(&mut harness, "Import deck");
    harness.get_by_label_contains("is a valid deck, but this window keeps no files");
    assert!(harness.state().shared.catalog.deck("mini").is_none());
}

#[test]
fn exporting_a_loaded_deck_and_the_browse_filter_as_a_new_deck() {
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    let filter = Filter {
        search: "patch".into(),
        ..Filter::default()
    };
    state.apply(Action::Browse(BrowseAction::SetFilter(filter)));
    let matches = state.browse.matches.len();
    assert!(matches > 0);
    let mut harness = harness(state);
    harness.run();
    show_page(&mut harness, Page::Decks);

    // The Browse filter as a new deck.
    type_into(&mut harness, "New deck id", "patching");
    type_into(&mut harness, "New deck title", "Patching");
    let target = files.path().join("patching.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "Export deck");
    let deck = load_deck(&target).expect("the new deck loads");
    assert_eq!(
        (deck.id.as_str(), deck.title.as_str()),
        ("patching", "Patching")
    );
    assert_eq!(deck.items.len(), matches);

    // A loaded deck, chosen in the list.
    harness.get_by_label("Deck to export").click();
    harness.run();
    let core = harness.state().shared.catalog.decks[0].deck.clone();
    let option = format!("{} ({}, {} cards)", core.title, core.id, core.items.len());
    harness.get_by_role_and_label(Role::Button, &option).click();
    harness.run();
    let target = files.path().join("core.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "Export deck");
    let exported = load_deck(&target).expect("the deck loads");
    assert_eq!(exported, core);

    // The same deck for other tools: the app writes what the command line
    // writes, byte for byte.
    for (label, format, cli, extra) in [
        ("Anki (text file)", "txt", "anki", None),
        ("Moodle XML", "xml", "moodle", None),
        (
            "Moodle XML, a question per topic",
            "xml",
            "moodle",
            Some(["--questions", "per-topic"]),
        ),
        (
            "Moodle XML, a question per card",
            "xml",
            "moodle",
            Some(["--questions", "per-card"]),
        ),
        (
            "IMS QTI 2.1 package (Canvas, Blackboard...)",
            "zip",
            "qti",
            None,
        ),
        (
            "IMS QTI 2.1 package, a question per card",
            "zip",
            "qti",
            Some(["--per-card", "--per-card"]),
        ),
        ("Quizlet (text to paste)", "txt", "quizlet", None),
    ] {
        harness.get_by_label("As").click();
        harness.run();
        harness.get_by_role_and_label(Role::Button, label).click();
        harness.run();
        let name = format!("{cli}-{}", extra.map_or("", |e| e[1]));
        let target = files.path().join(format!("app-{name}.{format}"));
        script(&mut harness, vec![one(&target)]);
        click(&mut harness, "Export deck");
        harness.get_by_label_contains(&format!("as {label} to"));
        let by_cli = files.path().join(format!("cli-{name}.{format}"));
        let mut args = vec!["export", cli, "--deck", &core.id];
        if let Some([flag, value]) = extra {
            args.push(flag);
            if value != flag {
                args.push(value);
            }
        }
        let status = common::command()
            .args(args)
            .arg("--out")
            .arg(&by_cli)
            .env("SRM_STUDY_DATA_DIR", data.path())
            .status()
            .expect("the command line runs");
        assert!(status.success());
        assert_eq!(
            std::fs::read(&target).expect("the app's file"),
            std::fs::read(&by_cli).expect("the command line's file"),
            "{cli}: the app and the command line differ"
        );
    }
}

fn apply(harness: &mut egui_kittest::Harness<'static, AppState>, action: Action) {
    harness.state_mut().apply(action);
    harness.run();
}

fn decks_action(action: srm_study::ui::instructor::DecksAction) -> Action {
    Action::Instructor(srm_study::ui::instructor::InstructorAction::Decks(action))
}

fn import(harness: &mut egui_kittest::Harness<'static, AppState>, path: &Path) {
    apply(
        harness,
        Action::FileChosen {
            purpose: srm_study::ui::Purpose::ImportDeck,
            paths: vec![path.to_path_buf()],
        },
    );
}

/// The pseudo-locale walk of the Decks page: every import and export
/// state (a refused deck and its errors, the question before replacing,
/// each note) shows only translated text, the deck loader's own messages
/// (`file:line:col: ...`) included.
#[test]
fn pseudo_locale_walk_decks_page() {
    use srm_study::model::export::Format;
    use srm_study::ui::instructor::{DeckExport, DecksAction, InstructorAction};
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    common::pseudo::pseudo(&mut state);
    state.apply(Action::Instructor(InstructorAction::ShowPage(Page::Decks)));
    let mut harness = harness(state);
    harness.run();
    assert_translated(&harness, "the Decks page", &[]);

    // A deck imported, then a broken one refused with its errors.
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    import(&mut harness, &mini);
    assert!(harness.state().shared.catalog.deck("mini").is_some());
    assert_translated(&harness, "a deck imported", &[]);
    let broken_text = MINIMAL_DECK.replace("owner: Aws", "owner: Nobody");
    let broken = write(files.path(), "broken.ron", &broken_text);
    import(&mut harness, &broken);
    let errors = harness.state().instructor.decks.import_errors.clone();
    assert!(!errors.is_empty());
    // The loader's messages are translated too: only their `file:line:col`
    // is passed through.
    let path = broken.display().to_string();
    assert_translated(&harness, "a broken deck and its errors", &[&path]);

    // The same id again: the question, then Cancel's note.
    let second = write(
        files.path(),
        "mini-2.ron",
        &MINIMAL_DECK.replace("Mini deck", "Mini deck, second edition"),
    );
    import(&mut harness, &second);
    assert!(harness.state().instructor.decks.pending.is_some());
    assert_translated(
        &harness,
        "replace the loaded deck?",
        &["Mini deck, second edition"],
    );
    apply(&mut harness, decks_action(DecksAction::CancelReplace));
    assert_translated(&harness, "nothing imported", &[]);
    // A file of the same name in the content folder, not loaded as a deck.
    // (Its card is not a near-duplicate of mini's: the deck lint would
    // speak up in the status bar.)
    let other = MINIMAL_DECK
        .replace("id: \"mini\"", "id: \"spare\"")
        .replace(
            "Guarding the data centre",
            "Keeping a spare key for the office",
        );
    std::fs::write(data.path().join("content").join("spare.ron"), "not a deck").expect("write");
    let spare = write(files.path(), "spare.ron", &other);
    import(&mut harness, &spare);
    assert!(harness.state().instructor.decks.pending.is_some());
    assert_translated(&harness, "replace the file?", &[]);
    apply(&mut harness, decks_action(DecksAction::ConfirmReplace));
    assert_translated(&harness, "the file replaced", &[]);
    // A built-in deck's id.
    let builtin = write(
        files.path(),
        "core.ron",
        &MINIMAL_DECK.replace("id: \"mini\"", "id: \"srm-core\""),
    );
    import(&mut harness, &builtin);
    assert_translated(&harness, "a built-in deck's id", &[]);

    // Export: the Browse filter as a new deck, with each problem.
    let set_new =
        |id: &str, title: &str| decks_action(DecksAction::SetNewDeck(id.into(), title.into()));
    apply(&mut harness, set_new("Bad Id", ""));
    assert_translated(&harness, "an id against the rule", &["Bad Id"]);
    apply(&mut harness, set_new("patching", ""));
    assert_translated(&harness, "no title", &["patching"]);
    apply(&mut harness, set_new("mini", "Mine"));
    assert_translated(&harness, "an id already loaded", &["mini", "Mine"]);
    // The list of decks open.
    let choice = srm_study::tr!(harness.state().shared.tr, "decks-export-choice");
    harness.get_by_label(&choice).click();
    harness.run();
    assert_translated(&harness, "the list of decks", &["mini", "Mine"]);
    harness.key_press(egui::Key::Escape);
    harness.run();

    // A loaded deck written as a deck, then for Anki, then nowhere.
    apply(
        &mut harness,
        decks_action(DecksAction::SetExport(DeckExport::Deck("mini".into()))),
    );
    let target = files.path().join("out.ron");
    apply(
        &mut harness,
        decks_action(DecksAction::ExportTo(target, vec![])),
    );
    assert_translated(&harness, "a deck saved", &[]);
    apply(
        &mut harness,
        decks_action(DecksAction::SetFormat(Some(Format::Anki))),
    );
    let export_as = srm_study::tr!(harness.state().shared.tr, "decks-export-as");
    harness.get_by_label(&export_as).click();
    harness.run();
    assert_translated(&harness, "the list of formats", &[]);
    harness.key_press(egui::Key::Escape);
    harness.run();
    let target = files.path().join("out.txt");
    apply(
        &mut harness,
        decks_action(DecksAction::ExportTo(target, vec![])),
    );
    assert_translated(&harness, "the cards saved for Anki", &[]);
    let nowhere = files.path().join("mini.ron").join("out.txt");
    apply(
        &mut harness,
        decks_action(DecksAction::ExportTo(nowhere, vec![])),
    );
    assert!(matches!(
        harness.state().instructor.decks.export_note,
        Some(srm_study::ui::Note::Problem(_))
    ));
    assert_translated(&harness, "a place that cannot be written", &[]);
}

/// Without a data folder, the page says a deck is checked but not copied,
/// in the pseudo-locale too.
#[test]
fn pseudo_locale_walk_decks_page_without_a_data_folder() {
    let files = tempfile::tempdir().expect("tempdir");
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let mut state = AppState::new(catalog, Area::Instructor);
    common::pseudo::pseudo(&mut state);
    state.apply(Action::Instructor(
        srm_study::ui::instructor::InstructorAction::ShowPage(Page::Decks),
    ));
    let mut harness = harness(state);
    harness.run();
    assert_translated(&harness, "the page without a data folder", &[]);
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    import(&mut harness, &mini);
    assert!(harness.state().instructor.decks.import_note.is_some());
    assert_translated(&harness, "a deck checked, not copied", &["Mini deck"]);
}

/// The Decks page in German: its headings and buttons, and the note after
/// an import with the number of cards in German.
#[test]
fn the_decks_page_is_shown_in_german() {
    use srm_study::i18n::Language;
    let data = tempfile::tempdir().expect("tempdir");
    let files = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    state.apply(Action::SetLanguage(Language::German));
    let mut harness = harness(state);
    harness.run();
    click(&mut harness, "Stapel");
    assert_eq!(harness.state().instructor.page, Page::Decks);
    // The heading, and the button said without its glyph.
    assert_eq!(harness.query_all_by_label("Stapel exportieren").count(), 2);
    harness.get_by_label("Zu exportierender Stapel");
    harness.get_by_label_contains("Geben Sie dem neuen Stapel eine ID");
    let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
    script(&mut harness, vec![one(&mini)]);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Stapel importieren")
        .click();
    harness.run();
    harness.get_by_label_contains("„Mini deck“ (1 Karte) wurde als");
    assert!(harness.query_by_label("Import a deck").is_none());
}

/// The Decks page with its longest texts on screen (a refused deck's
/// errors, the question before replacing, a long format name, an export
/// problem) fits in every language and the pseudo-locale at 1280x800 and
/// 800x600.
#[test]
fn the_decks_page_fits_in_every_language() {
    use srm_study::i18n::Language;
    use srm_study::model::export::Format;
    use srm_study::ui::instructor::{DecksAction, InstructorAction};
    let mut problems = Vec::new();
    for language in Language::ALL {
        for size in [(1280.0, 800.0), (800.0, 600.0)] {
            let data = tempfile::tempdir().expect("tempdir");
            let files = tempfile::tempdir().expect("tempdir");
            let mut state = disk_state(data.path());
            state.apply(Action::SetLanguage(language));
            state.apply(Action::Instructor(InstructorAction::ShowPage(Page::Decks)));
            let mut harness = common::gui::sized_harness(state, size);
            harness.run();
            let mini = write(files.path(), "mini.ron", MINIMAL_DECK);
            import(&mut harness, &mini);
            let second = write(files.path(), "mini-2.ron", MINIMAL_DECK);
            import(&mut harness, &second);
            assert!(harness.state().instructor.decks.pending.is_some());
            apply(
                &mut harness,
                decks_action(DecksAction::SetFormat(Some(Format::QtiPerCard))),
            );
            apply(
                &mut harness,
                decks_action(DecksAction::SetNewDeck("Bad Id".into(), String::new())),
            );
            for problem in common::layout::layout_problems(&harness) {
                problems.push(format!("{language:?} {size:?} question: {problem}"));
            }
            apply(&mut harness, decks_action(DecksAction::CancelReplace));
            let broken = MINIMAL_DECK.replace("owner: Aws", "owner: Nobody");
            let broken = write(files.path(), "broken.ron", &broken);
            import(&mut harness, &broken);
            for problem in common::layout::layout_problems(&harness) {
                problems.push(format!("{language:?} {size:?} errors: {problem}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

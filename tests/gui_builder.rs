//! The exercise builder driven the way a person does, on the real app state,
//! with scripted file dialogs answering paths in temporary folders.

mod common;

use std::path::Path;

use common::instructor::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::io::dialogs::DialogBackend;
use srm_study::io::files::load_exercise;
use srm_study::model::Owner;
use srm_study::model::browse::Filter;
use srm_study::model::session::{Feedback, SessionOptions};
use srm_study::ui::browse::BrowseAction;
use srm_study::ui::{Action, AppState};

#[test]
fn builder_exports_the_ticked_cards_with_the_options_typed() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    harness.get_by_label("Cards (0 chosen)");

    // Two cards at the top of the list, one found with the search box.
    let first = card_text(harness.state(), 0);
    let second = card_text(harness.state(), 1);
    let far = card_text(harness.state(), 100);
    harness
        .get_by_role_and_label(Role::CheckBox, &first)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, &second)
        .click();
    harness.run();
    type_into(&mut harness, "Search cards", &far);
    harness.get_by_role_and_label(Role::CheckBox, &far).click();
    harness.run();
    harness.get_by_label("Cards (3 chosen)");
    harness.get_by_label("Preview: 3 cards");

    type_into(&mut harness, "Exercise id", "week-3-quiz");
    type_into(&mut harness, "Title", "Week 3: who patches what?");
    type_into(&mut harness, "Instructions (optional)", "Work alone.");
    click(&mut harness, "At the end (on Check)");
    click(
        &mut harness,
        "Penalty: −1 for a wrong card (total never below 0)",
    );
    click(&mut harness, "Shuffle the order of the bins");
    click(&mut harness, "Time limit");
    harness
        .get_by_role_and_label(Role::SpinButton, "minutes")
        .set_value_accesskit(15.0);
    harness.run();
    harness
        .get_by_role_and_label(Role::SpinButton, "Seed")
        .set_value_accesskit(7.0);
    harness.run();

    let target = out.path().join("week3.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "Export exercise");
    let saved = format!("Saved to {}.", target.display());
    assert!(
        harness.query_by_label_contains(&saved).is_some(),
        "{:?}",
        harness.state().instructor.builder.note
    );

    let exercise = load_exercise(&target).expect("the exported exercise loads");
    assert_eq!(exercise.id, "week-3-quiz");
    assert_eq!(exercise.title, "Week 3: who patches what?");
    assert_eq!(exercise.instructions, "Work alone.");
    assert_eq!(
        exercise.options(),
        SessionOptions {
            feedback: Feedback::AtEnd,
            penalty: true,
            time_limit_secs: Some(15 * 60),
            shuffle_bins: true,
            seed: 7,
        }
    );
    let mut texts: Vec<&str> = exercise
        .deck
        .items
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    texts.sort_unstable();
    let mut expected = vec![first.as_str(), second.as_str(), far.as_str()];
    expected.sort_unstable();
    assert_eq!(texts, expected);
}

#[test]
fn the_browse_filter_chooses_the_cards_and_a_typed_path_saves_when_no_dialog_answers() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    let filter = Filter {
        owners: [Owner::Shared].into(),
        ..Filter::default()
    };
    state.apply(Action::Browse(BrowseAction::SetFilter(filter)));
    let shared = state.shared.catalog.owner_count(Owner::Shared);
    assert_eq!(state.browse.matches.len(), shared);
    let mut harness = harness(state);
    harness.run();
    click(
        &mut harness,
        &format!("Use the Browse filter ({shared} cards)"),
    );
    harness.get_by_label(&format!("Cards ({shared} chosen)"));
    type_into(&mut harness, "Exercise id", "shared-duties");
    type_into(&mut harness, "Title", "Shared duties");

    // No dialog can be shown: the typed-path prompt takes over.
    harness.state_mut().prompt.dialogs = DialogBackend::Disabled;
    click(&mut harness, "Export exercise");
    harness.get_by_label_contains("No file was chosen");
    let target = out.path().join("typed.ron");
    type_into(
        &mut harness,
        "Path of the file",
        &target.display().to_string(),
    );
    click(&mut harness, "OK");
    assert!(harness.state().prompt.typed.is_none(), "the prompt closed");
    let exercise = load_exercise(&target).expect("the typed path was written");
    assert_eq!(exercise.deck.items.len(), shared);
    assert!(exercise.deck.items.iter().all(|i| i.owner == Owner::Shared));

    // The "Type a path" link opens the prompt directly; a folder gets the
    // proposed name.
    click(&mut harness, "Type a path: Export the exercise");
    harness.get_by_label("Export the exercise");
    assert!(
        harness
            .query_by_label_contains("No file was chosen")
            .is_none()
    );
    let folder = out.path().join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    type_into(
        &mut harness,
        "Path of the file",
        &folder.display().to_string(),
    );
    click(&mut harness, "OK");
    load_exercise(&folder.join("shared-duties.ron")).expect("written under its own name");

    // A path in a folder that does not exist is refused in the prompt.
    click(&mut harness, "Type a path: Export the exercise");
    let nowhere = out.path().join("no-such-folder").join("x.ron");
    type_into(
        &mut harness,
        "Path of the file",
        &nowhere.display().to_string(),
    );
    click(&mut harness, "OK");
    harness.get_by_label_contains("does not exist");
    click(&mut harness, "Cancel");
    assert!(harness.state().prompt.typed.is_none());
}

#[test]
fn the_export_confirmation_is_on_screen_in_a_small_window() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let state = disk_state(data.path());
    let cards: usize = state
        .shared
        .catalog
        .decks
        .iter()
        .map(|d| d.deck.items.len())
        .sum();
    let mut harness = common::gui::sized_harness(state, (800.0, 600.0));
    harness.run();
    click(
        &mut harness,
        &format!("Use the Browse filter ({cards} cards)"),
    );
    type_into(&mut harness, "Exercise id", "all-cards");
    type_into(&mut harness, "Title", "Everything");
    let target = out.path().join("all.ron");
    script(&mut harness, vec![one(&target)]);
    // The button is below the fold: bring it into view as a person would.
    harness.get_by_label("Export exercise").scroll_to_me();
    harness.run();
    click(&mut harness, "Export exercise");
    harness.run();
    let saved = format!("Saved to {}.", target.display());
    let window = harness.ctx.content_rect();
    let note = harness.get_by_label_contains(&saved).rect();
    assert!(
        window.contains_rect(note),
        "the confirmation at {note:?} is outside the window {window:?}"
    );
}

#[test]
fn export_waits_for_an_id_a_title_and_cards() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    harness.get_by_label_contains("Give the exercise an id");
    harness.get_by_label_contains("Choose at least one card");
    type_into(&mut harness, "Exercise id", "Week 3");
    assert!(
        harness
            .query_all_by_label_contains("lowercase letters, digits and '-'")
            .count()
            >= 2,
        "the id rule is shown inline and in the list"
    );
    // The export button stays disabled: a click does nothing.
    script(&mut harness, vec![one(Path::new("/nowhere.ron"))]);
    click(&mut harness, "Export exercise");
    assert!(harness.state().prompt.waiting.is_none());
    assert!(harness.state().instructor.builder.note.is_none());
}

#[test]
fn the_builder_seals_an_exercise_into_a_student_file_and_its_key() {
    use srm_study::model::catalog::CardKey;
    use srm_study::ui::instructor::{BuilderAction, InstructorAction};
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    let keys: Vec<CardKey> = {
        let catalog = &harness.state().shared.catalog;
        catalog
            .cards()
            .take(5)
            .filter_map(|(c, _)| CardKey::of(catalog, c))
            .collect()
    };
    harness
        .state_mut()
        .apply(Action::Instructor(InstructorAction::Builder(
            BuilderAction::ChooseExactly(keys),
        )));
    harness.run();
    type_into(&mut harness, "Exercise id", "week-5");
    type_into(&mut harness, "Title", "Week 5 test");
    click(
        &mut harness,
        "Sealed: students see no marks; you keep the answer key (NAME.key.ron) and grade",
    );
    let target = out.path().join("week-5.ron");
    script(&mut harness, vec![one(&target)]);
    click(&mut harness, "Export exercise");
    let key_path = out.path().join("week-5.key.ron");
    harness.get_by_label_contains(&format!("its answer key {}", key_path.display()));
    let student = load_exercise(&target).expect("the student file loads");
    let key = load_exercise(&key_path).expect("the key loads");
    assert!(student.owners_hidden());
    assert!(key.is_key());
    assert_eq!(student.fingerprint(), key.fingerprint());
    assert_eq!(key.deck.items.len(), 5);
    let text = std::fs::read_to_string(&target).expect("read");
    assert!(!text.contains("owner"), "{text}");
}

/// The builder lays out only the rows on screen; scrolling the list with the
/// mouse wheel still brings the last card into view, on its own row below
/// the one before it, where a click ticks it.
#[test]
fn the_last_card_of_the_builder_list_is_reached_by_scrolling() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    let count = harness.state().shared.catalog.cards().count();
    let last = card_text(harness.state(), count - 1);
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, &last)
            .is_none(),
        "the last card starts out of view"
    );
    let first = card_text(harness.state(), 0);
    let over_list = harness
        .get_by_role_and_label(Role::CheckBox, &first)
        .rect()
        .center();
    harness.hover_at(egui::pos2(over_list.x as f32, over_list.y as f32));
    for _ in 0..60 {
        common::gui::wheel(&mut harness, -400.0);
        harness.step();
    }
    // The pointer rests on the list: a tooltip opens after its delay.
    harness.run_steps(10);
    let row = harness.get_by_role_and_label(Role::CheckBox, &last);
    let rect = row.rect();
    assert!(rect.max.y <= 800.0, "on screen: {rect:?}");
    row.click();
    harness.run_steps(10);
    harness.get_by_label("Cards (1 chosen)");
    let penultimate = card_text(harness.state(), count - 2);
    let above = harness
        .get_by_role_and_label(Role::CheckBox, &penultimate)
        .rect();
    assert!(
        above.max.y <= rect.min.y + 1.0,
        "rows do not overlap: {above:?} above {rect:?}"
    );
}

/// "Export as" in the builder writes the exercise's cards for another tool:
/// chosen in its list like a person, proposed under the format's name, and
/// byte for byte what `srm-study export FORMAT --exercise` writes from the
/// exercise file.
#[test]
fn the_builder_exports_the_exercise_cards_for_another_tool_as_the_cli_does() {
    use srm_study::ui::instructor::{BuilderAction, InstructorAction};
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(disk_state(data.path()));
    harness.run();
    for n in 0..3 {
        let text = card_text(harness.state(), n);
        harness.get_by_role_and_label(Role::CheckBox, &text).click();
        harness.run();
    }
    type_into(&mut harness, "Exercise id", "week-4");
    type_into(&mut harness, "Title", "Week 4 & <friends>");
    let exercise = out.path().join("week-4.ron");
    let export = |harness: &mut Harness<'static, AppState>, path: &Path| {
        harness
            .state_mut()
            .apply(Action::Instructor(InstructorAction::Builder(
                BuilderAction::ExportTo(path.to_path_buf()),
            )));
        harness.run();
    };
    export(&mut harness, &exercise);
    for (label, format, extension) in [
        ("Anki (text file)", "anki", "txt"),
        ("Moodle XML", "moodle", "xml"),
        ("Quizlet (text to paste)", "quizlet", "txt"),
        ("IMS QTI 2.1 package (Canvas, Blackboard...)", "qti", "zip"),
    ] {
        harness.get_by_label("Export as").click();
        harness.run();
        harness.get_by_label(label).click();
        harness.run();
        let request = harness
            .state()
            .instructor
            .builder
            .form
            .format
            .map(|f| f.extension());
        assert_eq!(request, Some(extension), "{label} is chosen");
        let state = harness.state();
        let proposed = srm_study::ui::instructor::builder::state::default_file_name(
            &state.instructor.builder,
            &state.shared.catalog,
            &state.shared.tr,
        );
        assert_eq!(proposed, Ok(format!("week-4.{extension}")));
        let from_app = out.path().join(format!("app-{format}.{extension}"));
        export(&mut harness, &from_app);
        let note = harness.state().instructor.builder.note.clone();
        assert!(
            matches!(&note, Some(srm_study::ui::Note::Done(t)) if t.contains("3 cards")),
            "{note:?}"
        );
        let from_cli = out.path().join(format!("cli-{format}.{extension}"));
        let (code, _, err) = common::run_bin(
            &[
                "export",
                format,
                "--exercise",
                exercise.to_str().expect("utf-8"),
                "--out",
                from_cli.to_str().expect("utf-8"),
            ],
            data.path(),
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            std::fs::read(&from_app).expect("app file"),
            std::fs::read(&from_cli).expect("cli file"),
            "{format}: the app writes what the command line writes"
        );
    }
}

fn apply(harness: &mut Harness<'static, AppState>, action: Action) {
    harness.state_mut().apply(action);
    harness.run();
}

fn builder_action(action: srm_study::ui::instructor::BuilderAction) -> Action {
    Action::Instructor(srm_study::ui::instructor::InstructorAction::Builder(action))
}

/// The pseudo-locale walk of the exercise builder and the file prompt:
/// every state a person meets there, from the empty form to a refused
/// path, shows only translated text (the cards and what was typed aside).
#[test]
fn pseudo_locale_walk_builder_and_file_prompt() {
    use srm_study::io::dialogs::PendingDialog;
    use srm_study::model::catalog::CardKey;
    use srm_study::model::export::Format;
    use srm_study::ui::Purpose;
    use srm_study::ui::action::PromptAction;
    use srm_study::ui::file_prompt::Waiting;
    use srm_study::ui::instructor::{BuilderAction, BuilderForm};

    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    common::pseudo::pseudo(&mut state);
    let mut harness = harness(state);
    harness.run();
    assert_translated(&harness, "the empty builder", &[]);

    // Cards chosen: the list ticked, the preview with its topics.
    let keys: Vec<CardKey> = {
        let catalog = &harness.state().shared.catalog;
        catalog
            .cards()
            .step_by(17)
            .take(9)
            .filter_map(|(c, _)| CardKey::of(catalog, c))
            .collect()
    };
    apply(
        &mut harness,
        builder_action(BuilderAction::ChooseExactly(keys)),
    );
    assert_translated(&harness, "nine cards chosen", &[]);

    // A search that finds nothing.
    let mut form = harness.state().instructor.builder.form.clone();
    form.search = "zqxj".into();
    apply(&mut harness, builder_action(BuilderAction::SetForm(form)));
    assert_translated(&harness, "a search that finds nothing", &["zqxj"]);

    // An id that breaks the rule, a title, instructions, a time limit.
    let form = BuilderForm {
        id: "Week 3".into(),
        title: "Week three".into(),
        instructions: "Work alone".into(),
        ..harness.state().instructor.builder.form.clone()
    };
    let mut form = BuilderForm {
        search: String::new(),
        ..form
    };
    form.options.time_limit_secs = Some(900);
    apply(
        &mut harness,
        builder_action(BuilderAction::SetForm(form.clone())),
    );
    let typed = ["Week 3", "Week three", "Work alone"];
    assert_translated(&harness, "an id against the rule", &typed);

    // Export options: the cards for another tool, sealed (which applies
    // to the exercise file only), and the list of formats open.
    form.id = "week-3".into();
    form.sealed = true;
    form.format = Some(Format::Anki);
    apply(
        &mut harness,
        builder_action(BuilderAction::SetForm(form.clone())),
    );
    assert_translated(&harness, "export options", &typed);
    let export_as = srm_study::tr!(harness.state().shared.tr, "builder-export-as");
    harness.get_by_label(&export_as).click();
    harness.run();
    assert_translated(&harness, "the list of formats", &typed);
    harness.key_press(egui::Key::Escape);
    harness.run();

    // The cards written for Anki, then a place that cannot be written.
    let anki = out.path().join("week-3.txt");
    apply(&mut harness, builder_action(BuilderAction::ExportTo(anki)));
    assert!(matches!(
        harness.state().instructor.builder.note,
        Some(srm_study::ui::Note::Done(_))
    ));
    assert_translated(&harness, "the cards saved for Anki", &typed);
    std::fs::write(out.path().join("a-file"), "not a folder").expect("write");
    let nowhere = out.path().join("a-file").join("week-3.txt");
    apply(
        &mut harness,
        builder_action(BuilderAction::ExportTo(nowhere)),
    );
    assert!(matches!(
        harness.state().instructor.builder.note,
        Some(srm_study::ui::Note::Problem(_))
    ));
    assert_translated(&harness, "the cards not saved", &typed);

    // The sealed exercise file and its key.
    form.format = None;
    apply(&mut harness, builder_action(BuilderAction::SetForm(form)));
    let target = out.path().join("week-3.ron");
    apply(
        &mut harness,
        builder_action(BuilderAction::ExportTo(target)),
    );
    assert_translated(&harness, "the sealed exercise saved", &typed);

    // A file dialog on screen: the page bar waits for it.
    harness.state_mut().prompt.waiting = Some(Waiting {
        purpose: Purpose::ExportExercise,
        pending: PendingDialog::never(),
    });
    // The spinner keeps asking for frames: a few are enough.
    harness.run_steps(3);
    assert_translated(&harness, "waiting for the file dialog", &typed);
    harness
        .state_mut()
        .apply(Action::Prompt(PromptAction::StopWaiting));
    harness.run();

    // No dialog answered: the typed-path box, then a refused path.
    apply(&mut harness, Action::NothingChosen(Purpose::ExportExercise));
    assert_translated(&harness, "the typed-path box after a dialog", &typed);
    apply(&mut harness, Action::Prompt(PromptAction::SubmitTypedPath));
    assert_translated(&harness, "an empty path", &typed);
    let missing = out.path().join("no-such-folder").join("x.ron");
    let missing_text = missing.display().to_string();
    apply(
        &mut harness,
        Action::Prompt(PromptAction::SetTypedPath(missing_text.clone())),
    );
    apply(&mut harness, Action::Prompt(PromptAction::SubmitTypedPath));
    assert!(
        harness
            .state()
            .prompt
            .typed
            .as_ref()
            .is_some_and(|t| t.error.is_some()),
        "the path is refused"
    );
    let with_path = [typed.as_slice(), &[missing_text.as_str()]].concat();
    assert_translated(&harness, "a path in no folder", &with_path);
    apply(&mut harness, Action::Prompt(PromptAction::CancelTypedPath));

    // The box opened from each kind of purpose: a file to read that is a
    // folder, and result files.
    apply(&mut harness, Action::TypePath(Purpose::ImportDeck));
    let folder = out.path().display().to_string();
    apply(
        &mut harness,
        Action::Prompt(PromptAction::SetTypedPath(folder.clone())),
    );
    apply(&mut harness, Action::Prompt(PromptAction::SubmitTypedPath));
    let with_folder = [typed.as_slice(), &[folder.as_str()]].concat();
    assert_translated(&harness, "a folder for a deck file", &with_folder);
    apply(&mut harness, Action::Prompt(PromptAction::CancelTypedPath));
    apply(&mut harness, Action::TypePath(Purpose::ReportResults));
    assert_translated(&harness, "the box for result files", &typed);
    apply(&mut harness, Action::Prompt(PromptAction::CancelTypedPath));
    assert!(harness.state().prompt.typed.is_none());
}

/// The builder in Japanese: its labels, the count of cards chosen and the
/// note after an export, all in Japanese.
#[test]
fn the_builder_is_shown_in_japanese() {
    use srm_study::i18n::Language;
    use srm_study::ui::instructor::{BuilderAction, BuilderForm};
    let data = tempfile::tempdir().expect("tempdir");
    let out = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    state.apply(Action::SetLanguage(Language::Japanese));
    let mut harness = harness(state);
    harness.run();
    harness.get_by_label("カード (0 枚を選択中)");
    harness.get_by_label("演習 ID");
    harness.get_by_label("演習をエクスポート");
    harness.get_by_label("パスを入力: 演習をエクスポート");
    harness.get_by_label_contains("演習に ID を付けてください");
    assert!(harness.query_by_label("New exercise").is_none());

    let first = card_text(harness.state(), 0);
    harness
        .get_by_role_and_label(Role::CheckBox, &first)
        .click();
    harness.run();
    harness.get_by_label("カード (1 枚を選択中)");
    harness.get_by_label("プレビュー: 1 枚のカード");
    let form = BuilderForm {
        id: "week-1".into(),
        title: "第 1 週".into(),
        ..BuilderForm::default()
    };
    harness.state_mut().apply(Action::Instructor(
        srm_study::ui::instructor::InstructorAction::Builder(BuilderAction::SetForm(form)),
    ));
    // The file dialog is named in Japanese too.
    harness
        .state_mut()
        .apply(Action::ChooseFile(srm_study::ui::Purpose::ExportExercise));
    let (_, request) = harness.state().prompt.queued.clone().expect("asked");
    assert_eq!(request.title, "演習をエクスポート");
    assert_eq!(
        request.filter_names.file_type,
        "SRM Study のファイル (.ron)"
    );
    assert_eq!(request.filter_names.all_files, "すべてのファイル");
    assert_eq!(request.file_name.as_deref(), Some("week-1.ron"));
    harness.state_mut().prompt.queued = None;
    let target = out.path().join("week-1.ron");
    script(&mut harness, vec![one(&target)]);
    harness.get_by_label("演習をエクスポート").click();
    harness.run();
    harness.get_by_label_contains(&format!("{} に保存しました。", target.display()));
    load_exercise(&target).expect("saved");
}

/// The builder with its longest texts on screen (cards chosen, an id
/// against the rule, export options, a note), and the typed-path box, fit
/// in every language and the pseudo-locale at 1280x800 and 800x600.
#[test]
fn the_builder_fits_in_every_language() {
    use srm_study::i18n::Language;
    use srm_study::model::catalog::CardKey;
    use srm_study::model::export::Format;
    use srm_study::ui::Purpose;
    use srm_study::ui::action::PromptAction;
    use srm_study::ui::instructor::{BuilderAction, BuilderForm};
    let data = tempfile::tempdir().expect("tempdir");
    let mut problems = Vec::new();
    for language in Language::ALL {
        for size in [(1280.0, 800.0), (800.0, 600.0)] {
            let mut state = disk_state(data.path());
            state.apply(Action::SetLanguage(language));
            let keys: Vec<CardKey> = {
                let catalog = &state.shared.catalog;
                catalog
                    .cards()
                    .take(3)
                    .filter_map(|(c, _)| CardKey::of(catalog, c))
                    .collect()
            };
            state.apply(builder_action(BuilderAction::ChooseExactly(keys)));
            let mut form = BuilderForm {
                id: "Week 3".into(),
                format: Some(Format::QtiPerCard),
                sealed: true,
                ..BuilderForm::default()
            };
            form.options.time_limit_secs = Some(600);
            state.apply(builder_action(BuilderAction::SetForm(form)));
            state.apply(Action::ChooseFile(Purpose::ExportExercise));
            let mut harness = common::gui::sized_harness(state, size);
            harness.run();
            for problem in common::layout::layout_problems(&harness) {
                problems.push(format!("{language:?} {size:?} builder: {problem}"));
            }
            apply(&mut harness, Action::NothingChosen(Purpose::ExportExercise));
            apply(&mut harness, Action::Prompt(PromptAction::SubmitTypedPath));
            for problem in common::layout::layout_problems(&harness) {
                problems.push(format!("{language:?} {size:?} typed path: {problem}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

//! The deck editor (Instructor > Edit decks) driven the way a person does,
//! on the real app state with its data folder in a temporary folder.

mod common;

use common::instructor::disk_state;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::io::content;
use srm_study::model::Owner;
use srm_study::ui::instructor::Page;
use srm_study::ui::{Action, AppState, Area};

fn click(harness: &mut Harness<'static, AppState>, label: &str) {
    // As a person scrolls to what they click.
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks a checkbox.
fn tick(harness: &mut Harness<'static, AppState>, label: &str) {
    harness.get_by_role_and_label(Role::CheckBox, label).click();
    harness.run();
}

fn field_role(harness: &Harness<'static, AppState>, label: &str) -> Role {
    if harness
        .query_by_role_and_label(Role::TextInput, label)
        .is_some()
    {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    }
}

/// Scrolls to a text field and clicks it (the keyboard goes there);
/// returns its role, one line or several.
fn focus_field(harness: &mut Harness<'static, AppState>, label: &str) -> Role {
    let role = field_role(harness, label);
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    role
}

/// Clicks a text field and types into it.
fn type_into(harness: &mut Harness<'static, AppState>, label: &str, text: &str) {
    let role = focus_field(harness, label);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// Clicks a text field, selects all of it and types `text` instead.
fn replace_in(harness: &mut Harness<'static, AppState>, label: &str, text: &str) {
    let role = focus_field(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// Pastes `text` into a text field, as Ctrl+V does.
fn paste_into(harness: &mut Harness<'static, AppState>, label: &str, text: &str) {
    focus_field(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.event(egui::Event::Paste(text.to_owned()));
    harness.run();
}

/// Opens Instructor > Edit decks.
fn open_editor(harness: &mut Harness<'static, AppState>) {
    harness.run();
    click(harness, Page::Editor.label());
    assert_eq!(harness.state().instructor.page, Page::Editor);
}

/// Creates a deck titled `title` from the start screen.
fn create_deck(harness: &mut Harness<'static, AppState>, title: &str) {
    type_into(harness, "Title", title);
    click(harness, "Create deck");
    assert!(harness.state().instructor.editor.doc.is_some());
}

/// A data folder and the app on Instructor > Edit decks, editing a new
/// deck titled `title`.
fn editing_a_new_deck(title: &str) -> (tempfile::TempDir, Harness<'static, AppState>) {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = common::gui::app_harness(disk_state(data.path()));
    open_editor(&mut harness);
    create_deck(&mut harness, title);
    (data, harness)
}

/// The deck being edited.
fn open_deck(harness: &Harness<'static, AppState>) -> srm_study::model::Deck {
    let doc = harness.state().instructor.editor.doc.as_ref();
    doc.expect("a deck is open").deck.clone()
}

/// Types a card's text in "New card text" and presses Enter.
fn add_card(harness: &mut Harness<'static, AppState>, text: &str) {
    type_into(harness, "New card text", text);
    harness.key_press(Key::Enter);
    harness.run();
}

fn cards(harness: &Harness<'static, AppState>) -> Vec<String> {
    harness
        .state()
        .instructor
        .editor
        .doc
        .as_ref()
        .map(|d| d.deck.items.iter().map(|i| i.text.clone()).collect())
        .unwrap_or_default()
}

fn has_text(harness: &Harness<'static, AppState>, needle: &str) -> bool {
    harness
        .query_all_by(|node| {
            node.label()
                .or_else(|| node.value())
                .is_some_and(|l| l.contains(needle))
        })
        .next()
        .is_some()
}

#[test]
fn a_deck_is_written_card_by_card_warned_about_undone_saved_and_found_in_browse() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = common::gui::app_harness(disk_state(data.path()));
    open_editor(&mut harness);
    type_into(&mut harness, "Language (e.g. en, pt-BR; optional)", "en");
    create_deck(&mut harness, "Week four duties");
    harness.get_by_label("* Unsaved changes");

    add_card(&mut harness, "Guards at data centre doors");
    add_card(&mut harness, "Rotating access keys");
    add_card(&mut harness, "Patch management");
    assert_eq!(
        cards(&harness),
        [
            "Guards at data centre doors",
            "Rotating access keys",
            "Patch management"
        ]
    );
    // Enter keeps the keyboard in the field: the next card can be typed at once.
    assert_eq!(harness.state().instructor.editor.selected, Some(2));
    harness.get_by_label("3 errors");

    // The third card: explanation, owner Shared and its two parts.
    type_into(
        &mut harness,
        "Explanation",
        "Each party patches its layers.",
    );
    click(&mut harness, "Owner Shared");
    type_into(&mut harness, "AWS part", "Hosts.");
    type_into(&mut harness, "Customer part", "Guests.");
    harness.get_by_label("2 errors");

    // A lint warning appears next to the text as it gives the owner away...
    let warning = "gives the owner away";
    assert!(!has_text(&harness, warning));
    type_into(&mut harness, "Card text", " of your servers");
    assert_eq!(cards(&harness)[2], "Patch management of your servers");
    assert!(has_text(&harness, warning), "the give-away warning shows");
    // ... and goes when the text no longer does.
    replace_in(&mut harness, "Card text", "Patch management of servers");
    assert!(!has_text(&harness, warning), "the warning is gone");
    assert_eq!(
        harness
            .state()
            .instructor
            .editor
            .doc
            .as_ref()
            .map(|d| d.deck.items[2].id.clone()),
        Some("patch-management-of-servers".to_owned()),
        "a new card's id follows its text"
    );

    // The other two cards.
    click(&mut harness, "Guards at data centre doors");
    type_into(&mut harness, "Explanation", "Only AWS staff enter.");
    click(&mut harness, "Owner AWS");
    click(&mut harness, "Rotating access keys");
    type_into(&mut harness, "Explanation", "IAM users are the customer's.");
    harness.get_by_label("No errors");

    // Delete a card, then undo with Ctrl+Z.
    click(&mut harness, "Delete card");
    assert_eq!(cards(&harness).len(), 2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(cards(&harness).len(), 3);
    assert_eq!(cards(&harness)[1], "Rotating access keys");

    click(&mut harness, "Save (Ctrl+S)");
    harness.get_by_label("Saved");
    let file = data.path().join("content/week-four-duties.ron");
    assert!(file.is_file(), "saved into the user content folder");
    let deck = srm_study::io::files::load_deck(&file).expect("the saved deck loads");
    assert_eq!(deck.items[0].owner, Owner::Aws);
    assert_eq!(deck.language, "en");

    // The deck is in Browse.
    let catalog = &harness.state().shared.catalog;
    assert!(catalog.deck("week-four-duties").is_some());
    click(&mut harness, "Browse");
    type_into(&mut harness, "Search", "Guards at data centre doors");
    // A Browse row is named by its text, owner and topic.
    harness
        .get_by_label_contains("Guards at data centre doors")
        .click();
    harness.run();
    harness.get_by_label("Edit a copy of this deck");
}

/// Twenty rows, tab-separated as a spreadsheet copies them; rows 7 and 15
/// are bad (an owner no one knows, an empty explanation).
fn table(explanation_suffix: &str) -> String {
    let mut rows = vec!["text\towner\ttopic\texplanation".to_owned()];
    for n in 1..=20 {
        let owner = match n {
            7 => "maybe",
            _ if n % 3 == 0 => "both",
            _ if n % 2 == 0 => "cust",
            _ => "AWS",
        };
        let explanation = if n == 15 {
            String::new()
        } else {
            format!("Reason {n}{explanation_suffix}")
        };
        let topic = if n % 2 == 0 { "Identity" } else { "Physical" };
        rows.push(format!(
            "Duty number {n} zz{n}\t{owner}\t{topic}\t{explanation}"
        ));
    }
    rows.join("\n")
}

#[test]
fn a_pasted_table_adds_the_good_rows_names_the_bad_ones_and_a_second_paste_updates() {
    let (_data, mut harness) = editing_a_new_deck("Pasted");
    click(&mut harness, "Paste from a spreadsheet");
    paste_into(&mut harness, "Pasted table", &table(""));
    let preview = harness
        .state()
        .instructor
        .editor
        .paste
        .as_ref()
        .map(|p| p.preview.clone())
        .expect("the paste panel is open");
    assert_eq!(preview.rows.len(), 20);
    assert_eq!(preview.good(), 18);
    harness.get_by_label("⚠ 2 rows have problems and will be left out unless fixed below:");
    assert!(has_text(
        &harness,
        "Line 8: the owner \"maybe\" is not clearly AWS, Customer or Shared: choose one"
    ));
    assert!(has_text(
        &harness,
        "Line 16: the explanation is empty: say why this owner"
    ));
    assert!(has_text(&harness, "owner \"cust\" was read as Customer"));
    assert!(has_text(
        &harness,
        "New topics to create: Physical security, Identity"
    ));
    // Unticking "Create the topics" leaves out every row with a new topic.
    tick(
        &mut harness,
        "Create the topics this deck does not have yet",
    );
    harness.get_by_label("⚠ 20 rows have problems and will be left out unless fixed below:");
    assert!(has_text(
        &harness,
        "the topic \"Physical\" is not in this deck"
    ));
    tick(
        &mut harness,
        "Create the topics this deck does not have yet",
    );
    click(&mut harness, "Add 18 cards");
    assert_eq!(cards(&harness).len(), 18);
    harness.get_by_label("✔ 18 cards added, 0 updated, 2 rows left out.");

    // The same rows again, with new explanations: updated, not duplicated.
    click(&mut harness, "Paste from a spreadsheet");
    paste_into(&mut harness, "Pasted table", &table(" (revised)"));
    click(&mut harness, "Add 18 cards (18 update existing cards)");
    assert_eq!(cards(&harness).len(), 18);
    harness.get_by_label("✔ 0 cards added, 18 updated, 2 rows left out.");
    let deck = open_deck(&harness);
    assert!(
        deck.items
            .iter()
            .all(|i| i.explanation.ends_with("(revised)"))
    );
    assert_eq!(deck.topics.len(), 3, "General, Physical, Identity");
    // One undo takes the whole second paste back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let deck = open_deck(&harness);
    assert!(
        deck.items
            .iter()
            .all(|i| !i.explanation.ends_with("(revised)"))
    );
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = common::gui::app_harness(disk_state(data.path()));
    open_editor(&mut harness);
    create_deck(&mut harness, "Unsaved");
    add_card(&mut harness, "A duty");

    // Ctrl+Q asks instead of closing.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_label("Unsaved changes");
    assert!(!harness.state().quit);
    click(&mut harness, "Keep editing");
    assert!(harness.query_by_label("Unsaved changes").is_none());
    assert_eq!(cards(&harness), ["A duty"]);

    // The window's close button asks too.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.get_by_label("Unsaved changes");
    click(&mut harness, "Keep editing");

    // So does "Close deck", and also leaving the editor for another deck.
    click(&mut harness, "Close deck");
    harness.get_by_label("Unsaved changes");
    click(&mut harness, "Don't save");
    assert!(harness.state().instructor.editor.doc.is_none());
    assert!(!data.path().join("content/drafts/unsaved.ron").exists());

    // Save from the question: the deck (still with errors) is kept as a
    // draft, which the start screen offers and Browse does not load.
    create_deck(&mut harness, "Unsaved");
    add_card(&mut harness, "Another duty");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    click(&mut harness, "Save");
    let draft = data.path().join("content/drafts/unsaved.ron");
    assert!(draft.is_file(), "kept as a draft");
    assert!(harness.state().quit || harness.state().instructor.editor.doc.is_none());
    harness
        .state_mut()
        .apply(Action::Navigate(Area::Instructor));
    harness.run();
    harness.get_by_label("Open draft unsaved.ron");
    let reloaded = content::load_catalog(Some(&data.path().join("content")), &[]);
    assert!(reloaded.deck("unsaved").is_none() && reloaded.errors.is_empty());
}

#[test]
fn the_window_closes_at_once_without_unsaved_changes_and_after_discarding_them() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    state.apply(Action::CloseWindow);
    assert!(state.quit, "nothing to lose: the window closes");
    state.quit = false;
    let editor = |a| Action::Instructor(srm_study::ui::instructor::InstructorAction::Editor(a));
    use srm_study::ui::instructor::EditorAction;
    state.apply(editor(EditorAction::OpenCopy("srm-core".into())));
    state.apply(editor(EditorAction::SetNewCardText("A duty".into())));
    state.apply(editor(EditorAction::AddCard));
    state.apply(Action::Navigate(Area::Browse));
    state.apply(Action::CloseWindow);
    assert!(!state.quit, "asked first");
    assert_eq!(
        state.area,
        Area::Instructor,
        "the question is shown in the editor"
    );
    assert!(state.instructor.editor.asking.is_some());
    state.apply(editor(EditorAction::DiscardAndGoOn));
    assert!(state.quit && state.instructor.editor.doc.is_none());
}

/// SIGTERM at logout (or Ctrl+C) with unsaved edits: nobody is there to
/// answer "unsaved changes?", so the edits go to a new draft, the window
/// closes, the deck's own file is untouched, an older draft of the same
/// name is not replaced, and the next run lists the draft to reopen.
#[test]
fn quitting_on_a_signal_keeps_unsaved_edits_as_a_draft() {
    let data = tempfile::tempdir().expect("tempdir");
    let drafts = data.path().join("content").join("drafts");
    std::fs::create_dir_all(&drafts).expect("drafts folder");
    std::fs::write(drafts.join("srm-core-copy-unsaved.ron"), "an older draft").expect("write");
    let mut state = disk_state(data.path());
    let editor = |a| Action::Instructor(srm_study::ui::instructor::InstructorAction::Editor(a));
    use srm_study::ui::instructor::EditorAction;
    state.apply(editor(EditorAction::OpenCopy("srm-core".into())));
    state.apply(editor(EditorAction::SetNewCardText(
        "A duty typed before logout".into(),
    )));
    state.apply(editor(EditorAction::AddCard));
    let id = state
        .instructor
        .editor
        .doc
        .as_ref()
        .expect("a deck is open")
        .deck
        .id
        .clone();
    assert!(state.instructor.editor.is_dirty());
    state.apply(Action::Navigate(Area::Browse));

    state.apply(Action::Terminate);
    assert!(state.quit, "the window closes without asking");
    assert!(state.instructor.editor.asking.is_none());
    assert_eq!(
        std::fs::read_to_string(drafts.join("srm-core-copy-unsaved.ron")).expect("older draft"),
        "an older draft",
        "the older draft is kept"
    );
    let kept = state
        .instructor
        .editor
        .draft
        .clone()
        .expect("a draft was written");
    assert!(kept.starts_with(&drafts), "{kept:?}");
    let text = std::fs::read_to_string(&kept).expect("the draft");
    assert!(text.contains("A duty typed before logout"), "{text}");
    assert!(
        !data
            .path()
            .join("content")
            .join(format!("{id}.ron"))
            .exists(),
        "the deck itself was never saved, so it is not written either"
    );

    // The next run offers the draft on the editor's page.
    let mut harness = common::gui::app_harness(disk_state(data.path()));
    click(&mut harness, "Edit decks");
    let name = kept.file_name().and_then(|n| n.to_str()).expect("a name");
    harness.get_by_label(&format!("Open draft {name}"));
}

/// Picks `choice` in the dropdown named `combo`.
fn choose(harness: &mut Harness<'static, AppState>, combo: &str, choice: &str) {
    click(harness, combo);
    // A long list scrolls inside its popup: bring the option into view.
    harness
        .query_all_by_label(choice)
        .last()
        .unwrap_or_else(|| panic!("no option {choice:?} in {combo:?}"))
        .scroll_to_me();
    harness.run();
    let option = harness
        .query_all_by_label(choice)
        .last()
        .unwrap_or_else(|| panic!("no option {choice:?} in {combo:?}"))
        .rect()
        .center();
    common::gui::mouse_click(harness, option);
    harness.run();
}

/// An instructor writes a deck for a service the built-in decks lack: the
/// built-in stack's layers taken over in one click, a layer of their own
/// added, moved, removed and brought back with undo, the service and who
/// owns each layer, a card placed on a layer; saved, Browse draws the new
/// service's stack.
#[test]
fn a_new_services_stack_is_made_in_the_editor_and_drawn_in_browse() {
    let (data, mut harness) = editing_a_new_deck("Bedrock duties");
    click(&mut harness, "Stack: 0 layers, 0 services");
    let builtin = harness.state().shared.catalog.decks[0].deck.layers.len();
    click(
        &mut harness,
        &format!("Use the built-in stack's {builtin} layers"),
    );
    let layer_ids = |harness: &Harness<'static, AppState>| -> Vec<String> {
        let deck = open_deck(harness);
        deck.layers.iter().map(|l| l.id.clone()).collect()
    };
    assert_eq!(layer_ids(&harness).len(), builtin);
    assert_eq!(
        layer_ids(&harness)[0],
        "physical",
        "bottom first, as in the deck file"
    );

    // A layer of its own goes on top (number 1), moves down, is removed and
    // comes back with Ctrl+Z.
    type_into(&mut harness, "New layer title", "Model weights");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        layer_ids(&harness).last().map(String::as_str),
        Some("model-weights")
    );
    harness.get_by_label("Title of layer 1");
    type_into(
        &mut harness,
        "What layer 1 holds",
        "The trained weights a model runs",
    );
    assert_eq!(
        open_deck(&harness).layers.last().map(|l| l.summary.clone()),
        Some("The trained weights a model runs".to_owned())
    );
    click(&mut harness, "Move layer 1 down");
    assert_eq!(layer_ids(&harness)[builtin - 1], "model-weights");
    click(&mut harness, "Remove layer 2");
    harness.get_by_label_contains("Removed “Model weights”. Undo (Ctrl+Z) brings it back.");
    assert_eq!(layer_ids(&harness).len(), builtin);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(layer_ids(&harness)[builtin - 1], "model-weights");
    click(&mut harness, "Remove layer 2");

    type_into(&mut harness, "New service name", "Amazon Bedrock");
    click(&mut harness, "Add service");
    type_into(
        &mut harness,
        "Category (IaaS, PaaS, SaaS, Abstracted…)",
        "Abstracted",
    );
    for (layer, owner) in [
        ("Customer data", "Customer"),
        ("Platform and runtime", "Shared"),
        ("Physical facilities and environment", "AWS"),
    ] {
        choose(
            &mut harness,
            &format!("Owner of {layer} for Amazon Bedrock"),
            owner,
        );
    }
    {
        let deck = open_deck(&harness);
        let service = &deck.services[0];
        assert_eq!(
            (service.id.as_str(), service.category.as_str()),
            ("amazon-bedrock", "Abstracted")
        );
        assert_eq!(service.layers.get("data"), Some(&Owner::Customer));
        assert_eq!(service.layers.get("platform"), Some(&Owner::Shared));
        assert_eq!(service.layers.get("physical"), Some(&Owner::Aws));
        assert_eq!(service.layers.len(), 3);
    }

    // A card on the customer's data, for Amazon Bedrock.
    click(&mut harness, "0 cards");
    add_card(&mut harness, "Deciding which documents a chatbot may quote");
    type_into(
        &mut harness,
        "Explanation",
        "The documents and who may read them are the builder's choice.",
    );
    choose(&mut harness, "Layer", "Customer data");
    tick(&mut harness, "Amazon Bedrock");
    harness.get_by_label("No errors");
    {
        let deck = open_deck(&harness);
        assert_eq!(deck.items[0].layer, "data");
        assert_eq!(deck.items[0].services, ["amazon-bedrock"]);
    }

    click(&mut harness, "Save (Ctrl+S)");
    harness.get_by_label("Saved");
    let deck = srm_study::io::files::load_deck(&data.path().join("content/bedrock-duties.ron"))
        .expect("the saved deck loads");
    assert_eq!(deck.services[0].layers.len(), 3);

    // Browse draws the new service's stack.
    click(&mut harness, "Browse");
    choose(&mut harness, "Stack for", "Amazon Bedrock (Abstracted)");
    harness.get_by_label("Customer data: Customer");
    harness.get_by_label("Platform and runtime: Shared");
    harness.get_by_label("Physical facilities and environment: AWS");
}

/// The instructor's table of issue 27, tab-separated as a spreadsheet
/// copies it: AWS services by the names people write, quotes, an emoji,
/// loose owner words, an owner that is not clear and an empty text.
const SPREADSHEET: &str = "Text\tOwner\tTopic\tExplanation\tServices\n\
    Encrypting EBS volumes\tcust\tData protection\tThe customer turns it on.\tAmazon EBS\n\
    Rotating KMS keys you made\tCustomer\tData protection\tYour keys.\tAWS KMS\n\
    \"Watching \"\"findings\"\"\"\tboth\tDetection\tAWS finds; you act.\tAmazon GuardDuty\n\
    DNS servers 🌍\taws\tEdge\tAWS runs them.\tAmazon Route 53\n\
    Edge locations\tAWS\tEdge\tAWS runs the edge.\tAmazon CloudFront\n\
    Table backups\tShared\tDatabases\tBoth.\tAmazon DynamoDB\n\
    IAM policies\tcustomer\tIdentity and access\tYours.\tAWS IAM\n\
    Guest OS patches\tCustomer\tPatch management\tYours.\tec2\n\
    Bucket policies\tcustomer\t\tYours.\ts3; EC2\n\
    Our own tool\tcustomer\tTools\tYours.\tQuantum Toaster\n\
    Who patches what\tAmazon\tPatch management\tDepends.\tec2\n\
    \tAWS\tEdge\tNo text.\t\n";

#[test]
fn a_pasted_table_of_builtin_services_loses_no_row_the_refused_ones_are_fixed_in_place() {
    let (_data, mut harness) = editing_a_new_deck("From a spreadsheet");
    click(&mut harness, "Paste from a spreadsheet");
    paste_into(&mut harness, "Pasted table", SPREADSHEET);
    harness.get_by_label("⚠ 2 rows have problems and will be left out unless fixed below:");
    assert!(has_text(
        &harness,
        "Line 12: the owner \"Amazon\" is not clearly AWS, Customer or Shared: choose one"
    ));
    assert!(has_text(&harness, "Line 13: the text is empty"));
    assert!(has_text(&harness, "Amazon EBS (id \"ebs\")"));
    // The owner is asked, in the row: choosing it takes the row in.
    click(&mut harness, "Owner of line 12: Customer");
    harness.get_by_label("⚠ 1 row has problems and will be left out unless fixed below:");
    // The empty text is typed in place, one key per frame: every key
    // arrives, though the row's problem goes away at the first one.
    let label = "Text (line 13)";
    focus_field(&mut harness, label);
    for c in "Edge servers".chars() {
        harness.event(egui::Event::Text(c.to_string()));
        harness.step();
    }
    harness.run();
    let paste = harness
        .state()
        .instructor
        .editor
        .paste
        .clone()
        .expect("open");
    assert_eq!(
        paste.rows[11].cells.get("text").map(String::as_str),
        Some("Edge servers")
    );
    assert_eq!(paste.preview.good(), 12, "{:#?}", paste.preview.rows[11]);
    harness.get_by_label("All 12 rows can be added.");
    click(&mut harness, "Add 12 cards");
    harness.get_by_label("✔ 12 cards added, 0 updated, 0 rows left out.");
    let deck = open_deck(&harness);
    assert_eq!(deck.items.len(), 12);
    let ids: Vec<&str> = deck.services.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "ebs",
        "kms",
        "guardduty",
        "route53",
        "iam",
        "ec2",
        "s3",
        "quantum-toaster",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let who = deck
        .items
        .iter()
        .find(|i| i.text == "Who patches what")
        .expect("fixed row");
    assert_eq!(who.owner, Owner::Customer);
    // The card form shows each service's id: what a table or file names it by.
    let index = deck.items.iter().position(|i| i.text == "Who patches what");
    harness.state_mut().instructor.editor.selected = index;
    harness.run();
    harness.get_by_label("id: ec2");
}

#[test]
fn adding_the_service_ec2_adds_the_builtin_one_and_says_its_id() {
    let (_data, mut harness) = editing_a_new_deck("Stacks");
    click(&mut harness, "Stack: 0 layers, 0 services");
    type_into(&mut harness, "New service name", "EC2");
    click(&mut harness, "Add service");
    assert!(has_text(
        &harness,
        "Added the built-in service “Amazon EC2” (id “ec2”)"
    ));
    harness.get_by_label_contains("id: ec2 (a deck file or a table names the service");
    let deck = open_deck(&harness);
    assert_eq!(deck.services[0].id, "ec2");
    assert!(!deck.services[0].layers.is_empty());
    assert!(!deck.layers.is_empty(), "its stack's layers come along");
    assert!(has_text(
        &harness,
        "Owner of Guest operating system for Amazon EC2"
    ));
}

#[test]
fn the_deck_format_guide_is_in_the_app() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = common::gui::app_harness(disk_state(data.path()));
    open_editor(&mut harness);
    click(&mut harness, "Deck format");
    assert!(has_text(&harness, "Writing decks for SRM Study"));
    assert!(has_text(&harness, "Importing a table"));
    assert!(has_text(&harness, "How names are matched."));
    click(&mut harness, "Close the deck format guide");
    assert!(!has_text(&harness, "Importing a table"));
    // With a deck open, the same guide, beside the deck's header.
    create_deck(&mut harness, "Guided");
    click(&mut harness, "Deck format");
    assert!(has_text(&harness, "The format, field by field"));
}

/// The guide follows the window's language: German, then Japanese after a
/// live switch, each with its own headings and none of the English ones,
/// its examples the same; English again after switching back.
#[test]
fn the_deck_format_guide_is_in_the_windows_language() {
    use srm_study::i18n::Language;
    let data = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    state.apply(Action::SetLanguage(Language::German));
    state.apply(Action::Instructor(
        srm_study::ui::instructor::InstructorAction::ShowPage(Page::Editor),
    ));
    let mut harness = common::gui::app_harness(state);
    harness.run();
    click(&mut harness, "Stapelformat");
    assert!(has_text(&harness, "Stapel für SRM Study schreiben"));
    assert!(has_text(&harness, "Das Format, Feld für Feld"));
    assert!(has_text(&harness, "Eine Tabelle importieren"));
    assert!(!has_text(&harness, "The format, field by field"));
    // The example is the English guide's, in every language.
    assert!(has_text(&harness, "// example-deck.ron"));
    harness
        .state_mut()
        .apply(Action::SetLanguage(Language::Japanese));
    harness.run();
    assert!(has_text(&harness, "SRM Study のデッキの書き方"));
    assert!(has_text(&harness, "形式: フィールドごとの説明"));
    assert!(has_text(&harness, "表のインポート"));
    assert!(!has_text(&harness, "Das Format, Feld für Feld"));
    assert!(has_text(&harness, "// example-deck.ron"));
    harness.get_by_label("デッキの形式のガイドを閉じる");
    harness
        .state_mut()
        .apply(Action::SetLanguage(Language::English));
    harness.run();
    assert!(has_text(&harness, "The format, field by field"));
    assert!(!has_text(&harness, "形式: フィールドごとの説明"));
}

/// The texts of the deck being edited (deck content, not the window's) and
/// the pasted rows' problems (the model's, English for now): shown as
/// they are. Its errors and lint warnings are translated.
fn editor_content(harness: &Harness<'static, AppState>) -> Vec<String> {
    let editor = &harness.state().instructor.editor;
    let mut texts = Vec::new();
    if let Some(doc) = &editor.doc {
        let deck = &doc.deck;
        texts.extend([
            deck.id.clone(),
            deck.title.clone(),
            deck.description.clone(),
        ]);
        texts.push(deck.language.clone());
        for item in &deck.items {
            texts.extend([item.id.clone(), item.text.clone(), item.explanation.clone()]);
            texts.extend([item.aws_part.clone(), item.customer_part.clone()]);
            texts.extend(item.tags.iter().cloned());
        }
        for topic in &deck.topics {
            texts.extend([topic.id.clone(), topic.title.clone()]);
        }
        for layer in &deck.layers {
            texts.extend([layer.id.clone(), layer.title.clone(), layer.summary.clone()]);
        }
        for service in &deck.services {
            texts.extend([service.id.clone(), service.name.clone()]);
            texts.extend([service.category.clone(), service.summary.clone()]);
        }
        for source in &deck.sources {
            texts.extend([source.id.clone(), source.title.clone(), source.url.clone()]);
        }
    }
    texts.retain(|t| t.chars().any(char::is_alphabetic));
    texts
}

/// The visible texts of the window that were never translated, what the
/// deck holds and what the test typed aside, and egui's own name for the
/// card list's resize handle ("Resize panel", English in every language:
/// the editor does not rename it as Browse and the builder do).
fn untranslated_in_editor(harness: &Harness<'static, AppState>, typed: &[&str]) -> Vec<String> {
    let content = editor_content(harness);
    let mut exempt: Vec<&str> = typed.to_vec();
    exempt.extend(content.iter().map(String::as_str));
    common::pseudo::untranslated(harness, &exempt)
        .into_iter()
        .filter(|found| !found.starts_with("\"Resize panel\" at "))
        .collect()
}

/// The guide's own text on screen (content/README.md: the pseudo-locale
/// shows the English guide, a document like the decks' cards),
/// each as the start of what [`untranslated_in_editor`] reports: a
/// paragraph, a heading, a list item ("• "), a table row or a code block.
fn guide_labels(harness: &Harness<'static, AppState>) -> Vec<String> {
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let guide = words(srm_study::ui::instructor::editor::guide::DECK_GUIDE);
    common::layout::labelled_controls(harness)
        .into_iter()
        .map(|c| c.label)
        .filter(|l| guide.contains(&words(l.trim_start_matches("• "))))
        .map(|l| format!("{l:?} at "))
        .collect()
}

fn editor_action(action: srm_study::ui::instructor::EditorAction) -> Action {
    Action::Instructor(srm_study::ui::instructor::InstructorAction::Editor(action))
}

/// Applies editor actions and draws the next frames.
fn apply_all(
    harness: &mut Harness<'static, AppState>,
    actions: impl IntoIterator<Item = srm_study::ui::instructor::EditorAction>,
) {
    for action in actions {
        harness.state_mut().apply(editor_action(action));
    }
    harness.run();
}

/// Asserts that the window shows no untranslated text at this step.
fn assert_translated(harness: &Harness<'static, AppState>, step: &str, typed: &[&str]) {
    let found = untranslated_in_editor(harness, typed);
    assert!(found.is_empty(), "{step}: {found:#?}");
}

const WALK_DECK: &str = r#"Deck(id: "walk", title: "Walk deck", topics: [Topic(id: "t", title: "Duties")],
    items: [Item(id: "first", text: "Guarding the doors", owner: Aws, topic: "t", explanation: "AWS runs the buildings.")])"#;

/// The pseudo-locale walk of the deck editor: every page (start, guide,
/// card list and form, stack, paste preview with refused rows), every
/// question (unsaved changes, the file changed on disk), empty states and
/// notes show only translated text, apart from the decks' own texts, what
/// was typed and the model's messages (English for now).
#[test]
fn pseudo_locale_walk_editor_shows_no_untranslated_text() {
    use srm_study::model::Owner;
    use srm_study::model::deck_edit::CardField;
    use srm_study::ui::instructor::{EditorAction as E, InstructorAction, NewDeckForm};
    let data = tempfile::tempdir().expect("tempdir");
    let content_dir = data.path().join("content");
    std::fs::create_dir_all(content_dir.join("drafts")).expect("folders");
    let file = content_dir.join("walk.ron");
    std::fs::write(&file, WALK_DECK).expect("deck");
    std::fs::write(content_dir.join("drafts/old-draft.ron"), WALK_DECK).expect("draft");
    let mut state = disk_state(data.path());
    common::pseudo::pseudo(&mut state);
    state.apply(Action::Instructor(InstructorAction::ShowPage(Page::Editor)));
    let mut harness = common::gui::app_harness(state);
    harness.run();

    // The start page: new deck form, decks to open, drafts.
    assert!(!harness.state().instructor.editor.drafts.is_empty());
    assert_translated(&harness, "start page", &["old-draft.ron"]);
    // The guide from the start page: its own words are translated; the
    // guide itself is the English document (content/README.md).
    apply_all(&mut harness, [E::ShowGuide(true)]);
    let found: Vec<String> = untranslated_in_editor(&harness, &[])
        .into_iter()
        .filter(|found| !guide_labels(&harness).iter().any(|g| found.starts_with(g)))
        .collect();
    assert!(found.is_empty(), "guide: {found:#?}");
    apply_all(&mut harness, [E::ShowGuide(false)]);

    // A new, empty deck: no card yet, an empty stack.
    let form = NewDeckForm {
        title: "Empty walk".into(),
        ..NewDeckForm::default()
    };
    apply_all(&mut harness, [E::SetNewDeck(form), E::CreateDeck]);
    assert_translated(&harness, "an empty deck", &[]);
    apply_all(&mut harness, [E::ShowStack(true)]);
    assert_translated(&harness, "an empty stack", &[]);
    apply_all(&mut harness, [E::ShowStack(false), E::Close]);
    if harness.state().instructor.editor.asking.is_some() {
        apply_all(&mut harness, [E::DiscardAndGoOn]);
    }
    assert!(harness.state().instructor.editor.doc.is_none());

    // The deck file: a valid card added, and another window saves the
    // file meanwhile: the question, then "keep both" and its note.
    apply_all(
        &mut harness,
        [
            E::OpenDeck("walk".into()),
            E::SetNewCardText("Patching guests".into()),
            E::AddCard,
            E::SetCardField(CardField::Explanation, "Yours.".into()),
        ],
    );
    let editor = &harness.state().instructor.editor;
    assert_eq!(editor.file.as_deref(), Some(file.as_path()));
    assert_eq!(editor.error_count(), 0, "{:?}", editor.problems);
    assert_translated(&harness, "a card's fields", &[]);
    let theirs = WALK_DECK.replace("Guarding the doors", "Guarding the front gates");
    srm_study::io::fs::write_atomic(&file, theirs.as_bytes()).expect("their save");
    apply_all(&mut harness, [E::Save]);
    assert!(harness.state().instructor.editor.changed_on_disk.is_some());
    let path = file.display().to_string();
    assert_translated(&harness, "the file changed", &[&path]);
    apply_all(&mut harness, [E::KeepBothAsDraft]);
    assert_translated(&harness, "kept both", &[&path]);

    // A card with errors and a shared owner, layers and a service: every
    // field of the card form, with the model's problems.
    apply_all(
        &mut harness,
        [
            E::UseBuiltinLayers,
            E::SetNewService("Quantum Toaster".into()),
            E::AddService,
            E::SetNewCardText("A shared duty".into()),
            E::AddCard,
            E::SetOwner(Owner::Shared),
            E::SetCardField(CardField::Tags, "walk, pseudo".into()),
        ],
    );
    assert!(harness.state().instructor.editor.error_count() > 0);
    assert_translated(&harness, "a card with errors", &[]);
    // The stack: layers, the service's owners and the note.
    apply_all(&mut harness, [E::ShowStack(true)]);
    assert_translated(&harness, "the stack", &[]);
    apply_all(&mut harness, [E::RemoveService(0)]);
    assert_translated(&harness, "a service removed", &[]);
    apply_all(&mut harness, [E::Undo, E::ShowStack(false)]);

    // The paste preview with refused rows to fix in place.
    let cells: Vec<&str> = SPREADSHEET
        .split(['\t', '\n'])
        .flat_map(|c| [c, c.trim_matches('"')])
        .chain(["Watching \"findings\""])
        .collect();
    apply_all(
        &mut harness,
        [E::OpenPaste, E::SetPaste(SPREADSHEET.into())],
    );
    let paste = harness
        .state()
        .instructor
        .editor
        .paste
        .clone()
        .expect("open");
    assert!(
        paste.preview.good() < paste.preview.rows.len(),
        "refused rows"
    );
    assert_translated(&harness, "the paste preview", &cells);
    apply_all(&mut harness, [E::AddPasted]);
    assert_translated(&harness, "rows added", &cells);

    // Closing with unsaved changes asks.
    apply_all(&mut harness, [E::Close]);
    assert!(harness.state().instructor.editor.asking.is_some());
    assert_translated(&harness, "unsaved changes", &cells);
    apply_all(&mut harness, [E::KeepEditing]);
}

/// The editor in German: its buttons, fields and counts in German, the
/// deck's own texts as they are; then in Japanese, its note too.
#[test]
fn the_editor_speaks_german() {
    use srm_study::i18n::Language;
    let data = tempfile::tempdir().expect("tempdir");
    let mut state = disk_state(data.path());
    state.apply(Action::SetLanguage(Language::German));
    state.apply(Action::Instructor(
        srm_study::ui::instructor::InstructorAction::ShowPage(Page::Editor),
    ));
    let mut harness = common::gui::app_harness(state);
    harness.run();
    // The page's heading and its tab in the page bar.
    assert_eq!(harness.query_all_by_label("Stapel bearbeiten").count(), 2);
    harness.get_by_label("Neuer Stapel");
    type_into(&mut harness, "Titel", "Pflichten");
    click(&mut harness, "Stapel anlegen");
    type_into(&mut harness, "Text der neuen Karte", "Türen bewachen");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("* Ungespeicherte Änderungen");
    harness.get_by_label("1 von 1 Karte");
    harness.get_by_label("Karte löschen");
    harness.get_by_label("Zuständig: Kunde");
    harness.get_by_label("1 Fehler");
    harness.get_by_label("Aufbau: 0 Schichten, 0 Services");
    // A note follows the language, switched after it was written.
    click(&mut harness, "Speichern (Ctrl+S)");
    harness.get_by_label_contains("Als Entwurf gespeichert");
    harness
        .state_mut()
        .apply(Action::SetLanguage(Language::Japanese));
    harness.run();
    harness.get_by_label_contains("下書きとして保存しました");
    harness.get_by_label("カードを削除");
}

/// The editor's pages (the deck format guide in the window's language
/// too) fit in German, Japanese and the pseudo-locale (text
/// up to 40% longer), at 1280x800 and 800x600: nothing cut by the window,
/// squeezed or crossing another control.
#[test]
fn the_editor_fits_in_every_language() {
    use srm_study::i18n::Language;
    use srm_study::ui::instructor::EditorAction as E;
    type Steps = fn() -> Vec<E>;
    let cases: [(&str, Steps); 6] = [
        ("start page", Vec::new),
        ("the deck format guide", || vec![E::ShowGuide(true)]),
        ("a card", || vec![E::OpenCopy("srm-core".into())]),
        ("the stack", || {
            vec![E::OpenCopy("srm-services".into()), E::ShowStack(true)]
        }),
        ("the paste preview", || {
            vec![
                E::OpenCopy("srm-core".into()),
                E::OpenPaste,
                E::SetPaste(SPREADSHEET.into()),
            ]
        }),
        ("unsaved changes", || {
            vec![E::OpenCopy("srm-core".into()), E::DeleteCard, E::Close]
        }),
    ];
    let mut problems = Vec::new();
    for language in [Language::German, Language::Japanese, Language::Pseudo] {
        for (name, steps) in cases {
            for size in [(1280.0, 800.0), (800.0, 600.0)] {
                let data = tempfile::tempdir().expect("tempdir");
                let mut state = disk_state(data.path());
                state.apply(Action::SetLanguage(language));
                state.apply(Action::Instructor(
                    srm_study::ui::instructor::InstructorAction::ShowPage(Page::Editor),
                ));
                for step in steps() {
                    state.apply(editor_action(step));
                }
                let mut harness = common::gui::sized_harness(state, size);
                harness.run();
                for problem in common::layout::layout_problems(&harness) {
                    problems.push(format!("{language:?}, {name} at {size:?}: {problem}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const DUTY_DECK: &str = r#"Deck(id: "duties", title: "Duties", topics: [Topic(id: "t", title: "Patching")],
    items: [
        Item(id: "guest", text: "Patching the guest operating system", owner: Customer, topic: "t", explanation: "The instance's OS is in the account."),
        Item(id: "apps", text: "Keeping the software stack patched", owner: Shared, topic: "t", explanation: "Each patches its own layer.", aws_part: "The host", customer_part: "The guest"),
        Item(id: "host", text: "Patching the hypervisor", owner: Aws, topic: "t", explanation: "Nobody else reaches it."),
    ])"#;

/// Issue 31: an instructor translates a saved deck's card beside its
/// English: picks 日本語 under "Translate into", types the card's text and
/// explanation, saves (Ctrl+S) the translation with the deck; Browse in
/// Japanese shows the card in Japanese, with its owner. When the English
/// changes the translation says it is stale until marked up to date; an
/// unsaved translation is asked about before the deck closes.
#[test]
fn a_cards_translation_is_typed_beside_the_english_saved_and_shown_in_browse() {
    use srm_study::ui::instructor::{EditorAction as E, InstructorAction};
    let data = tempfile::tempdir().expect("tempdir");
    let content_dir = data.path().join("content");
    std::fs::create_dir_all(&content_dir).expect("content");
    std::fs::write(content_dir.join("duties.ron"), DUTY_DECK).expect("deck");
    let mut harness = common::gui::app_harness(disk_state(data.path()));
    open_editor(&mut harness);
    harness
        .state_mut()
        .apply(Action::Instructor(InstructorAction::Editor(E::OpenDeck(
            "duties".into(),
        ))));
    harness.run();
    assert!(harness.state().instructor.editor.can_translate());

    // Translate into: 日本語.
    harness
        .get_by_role_and_label(Role::ComboBox, "Translate into:")
        .click();
    harness.run();
    harness.get_by_label("日本語").click();
    harness.run();
    assert!(has_text(&harness, "Translation: 日本語"));
    assert!(has_text(&harness, "Not translated into 日本語 yet"));
    type_into(
        &mut harness,
        "Card text (日本語)",
        "ゲスト OS にパッチを適用すること",
    );
    type_into(
        &mut harness,
        "Explanation (日本語)",
        "インスタンスの OS はアカウントの中にあります。",
    );
    assert!(has_text(
        &harness,
        "Translated from the English as it is now."
    ));
    assert!(harness.state().instructor.editor.is_dirty(), "unsaved");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().instructor.editor.is_dirty());
    let file = content_dir.join("i18n/ja/duties.ron");
    let written = std::fs::read_to_string(&file).expect("the translation file");
    assert!(
        written.contains("ゲスト OS にパッチを適用すること"),
        "{written}"
    );
    assert!(!written.contains("owner"), "{written}");

    // The window in Japanese: the card in Japanese, its owner as written.
    harness
        .state_mut()
        .apply(Action::SetLanguage(srm_study::i18n::Language::Japanese));
    harness.run();
    let catalog = &harness.state().shared.catalog;
    let deck = &catalog.deck("duties").expect("loaded").deck;
    assert_eq!(deck.items[0].text, "ゲスト OS にパッチを適用すること");
    assert_eq!(deck.items[0].owner, Owner::Customer);
    assert_eq!(
        deck.items[2].text, "Patching the hypervisor",
        "not translated"
    );
    harness
        .state_mut()
        .apply(Action::SetLanguage(srm_study::i18n::Language::English));
    harness.run();

    // The English changes: stale until marked up to date.
    replace_in(
        &mut harness,
        "Card text",
        "Patching the guest OS of an instance",
    );
    assert!(has_text(
        &harness,
        "The English changed since this was translated"
    ));
    click(&mut harness, "Mark as up to date");
    assert!(has_text(
        &harness,
        "Translated from the English as it is now."
    ));

    // A translation typed and not saved is asked about before closing.
    type_into(&mut harness, "Card text (日本語)", "。");
    click(&mut harness, "Close deck");
    assert!(harness.state().instructor.editor.asking.is_some());
    harness
        .state_mut()
        .apply(Action::Instructor(InstructorAction::Editor(E::SaveAndGoOn)));
    harness.run();
    assert!(harness.state().instructor.editor.doc.is_none());
    let written = std::fs::read_to_string(&file).expect("the translation file");
    assert!(
        written.contains("ゲスト OS にパッチを適用すること。"),
        "{written}"
    );
    let loaded = content::load_catalog(Some(&content_dir), &[]);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let japanese = loaded.in_language("ja");
    let card = &japanese.deck("duties").expect("loaded").deck.items[0];
    assert_eq!(
        card.text, "ゲスト OS にパッチを適用すること。",
        "up to date after the change"
    );
}

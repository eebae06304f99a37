//! The layout of every area at the window sizes people use: 1280x800,
//! 800x600 and projector mode, in every language and the pseudo-locale. Each case draws the whole app through
//! kittest, then checks every labelled control on screen: it must not be
//! cut off by the window's edge (a control in a scroll area may be scrolled
//! out of view; one cut by the window cannot be reached), no two labelled
//! interactive controls on the same layer may overlap, and no two labelled
//! widgets (labels and progress bars too) may cross each other.

mod common;

#[path = "../benches/support/mod.rs"]
mod support;

use egui::Rect;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::i18n::Language;
use srm_study::model::Owner;
use srm_study::ui::instructor::{InstructorAction, Page};
use srm_study::ui::sort::SortAction;
use srm_study::ui::{Action, AppState, Area};

use common::sizes::{Size, harness_at};

const SIZES: [Size; 4] = [
    Size {
        name: "1280x800",
        size: (1280.0, 800.0),
        projector: false,
    },
    Size {
        name: "800x600",
        size: (800.0, 600.0),
        projector: false,
    },
    Size {
        name: "projector 1280x800",
        size: (1280.0, 800.0),
        projector: true,
    },
    Size {
        name: "projector 800x600",
        size: (800.0, 600.0),
        projector: true,
    },
];

fn base(area: Area) -> AppState {
    common::sizes::base(area, support::NOW_SECS)
}

/// A 12-card exercise with `placed` cards placed (every other one wrong)
/// and, when `check`, checked. Feedback is instant (the default), so the
/// strip shows the last placement's explanation.
fn sort_state(placed: usize, check: bool) -> AppState {
    let mut state = base(Area::Sort);
    state.apply(Action::Sort(SortAction::Start));
    let owners: Vec<Owner> = {
        let running = state.sort.running.as_ref().expect("the exercise started");
        running.session.cards().iter().map(|c| c.owner).collect()
    };
    for (i, owner) in owners.into_iter().enumerate().take(placed) {
        let owner = if i % 2 == 0 {
            Owner::ALL[(owner as usize + 1) % 3]
        } else {
            owner
        };
        state.apply(Action::Sort(SortAction::Place(i, owner)));
    }
    if check {
        state.apply(Action::Sort(SortAction::Check));
    }
    state
}

fn progress_state() -> AppState {
    let mut state = base(Area::Progress);
    state.shared.progress =
        support::study_history(&state.shared.catalog, 365, support::NOW_SECS, false);
    state
}

fn instructor_state(page: Page) -> AppState {
    let mut state = base(Area::Instructor);
    state.apply(Action::Instructor(InstructorAction::ShowPage(page)));
    if page == Page::Report {
        let exercise = support::class_exercise(40);
        let mut results = support::class_results(&exercise, 30);
        // A name nobody shortened.
        results[0].student = "Maximiliana Theodora ".repeat(12);
        support::load_class_report(&mut state.instructor.report, exercise, results);
    }
    state
}

/// The LRS turned on and half-way through sending 1,230 statements, with
/// 35 more waiting from an earlier send and a long error under the
/// buttons.
fn lrs_sending(mut state: AppState) -> AppState {
    use srm_study::io::lrs::{LrsFiles, SecretPlace};
    use srm_study::model::lrs::LrsSettings;
    use srm_study::ui::Note;
    use srm_study::ui::instructor::lrs::{JobKind, LrsForm, LrsJob, Runner};
    let dir = std::path::Path::new("/home/maximiliana/.local/share/srm-study");
    let lrs = &mut state.instructor.lrs;
    lrs.files = Some(LrsFiles::in_dir(dir));
    lrs.runner = Runner::Held;
    lrs.saved = LrsSettings {
        enabled: true,
        endpoint: "https://learning-records.very-long-school-name.example.org/data/xAPI".into(),
        key: "instructor-3f9a1c".into(),
        class_uri: "https://school.example/classes/cloud-101".into(),
    };
    lrs.form = LrsForm {
        enabled: true,
        endpoint: lrs.saved.endpoint.clone(),
        key: lrs.saved.key.clone(),
        secret: String::new(),
        class_uri: lrs.saved.class_uri.clone(),
    };
    lrs.secret_place = Some(SecretPlace::File(dir.join("lrs-secret")));
    lrs.secret_saved = true;
    lrs.waiting = 35;
    let mut running = LrsJob::new(JobKind::Send);
    running.done = 600;
    running.total = 1230;
    lrs.running = Some(running);
    lrs.note = Some(Note::Problem(format!(
        "The LRS answered 503 to POST {}/statements: the service is down for maintenance \
         until 18:00. Sent 0 statements; 35 statements wait and will go with the next send.",
        lrs.saved.endpoint
    )));
    state
}

/// The explanation of the long card, looked for in its details.
const LONG_EXPLANATION: &str = "Why the very long card belongs where it does, in one sentence.";

/// The built-in decks plus a deck of long texts: a card of 10,000
/// characters (with a 400-character word in it, as a pasted URL is), a
/// deck title and a topic name of 300 characters.
fn long_catalog() -> srm_study::model::Catalog {
    use srm_study::model::{Deck, Item, Origin, Topic};
    let mut text = "A duty described at great length ".repeat(300);
    text.truncate(9_600);
    text.push_str(&"x".repeat(400));
    assert_eq!(text.chars().count(), 10_000);
    let item = |id: &str, text: &str, owner| Item {
        id: id.into(),
        text: text.into(),
        owner,
        topic: "long-topic".into(),
        explanation: LONG_EXPLANATION.into(),
        services: vec![],
        layer: String::new(),
        tags: vec![],
        sources: vec![],
        aws_part: String::new(),
        customer_part: String::new(),
    };
    let deck = Deck {
        id: "long".into(),
        title: "A deck whose title goes on and on ".repeat(9),
        description: String::new(),
        language: String::new(),
        sources: vec![],
        layers: vec![],
        services: vec![],
        topics: vec![Topic {
            id: "long-topic".into(),
            title: "A topic whose name nobody shortened ".repeat(8),
            summary: String::new(),
        }],
        items: vec![
            item("long-card", &text, Owner::Customer),
            item("short-card", "A short duty", Owner::Aws),
            item("other-card", "Another short duty", Owner::Shared),
        ],
    };
    let mut catalog = support::builtin_catalog();
    assert!(catalog.add_deck("long", deck, Origin::File("long.ron".into())));
    catalog
}

/// The long card's place in the catalog.
fn long_card(state: &AppState) -> srm_study::model::CardRef {
    state
        .shared
        .catalog
        .cards()
        .find(|(_, item)| item.id == "long-card")
        .map(|(card, _)| card)
        .expect("the long card")
}

/// Browse with the 10,000-character card's details shown.
fn long_browse_state() -> AppState {
    let mut state = base(Area::Browse);
    state.shared.set_catalog(long_catalog());
    let card = long_card(&state);
    state.apply(Action::Browse(srm_study::ui::browse::BrowseAction::Select(
        card,
    )));
    // In a narrow window, the details tab (a wide one shows all three).
    state.apply(Action::Browse(
        srm_study::ui::browse::BrowseAction::ShowTab(srm_study::ui::browse::BrowseTab::Details),
    ));
    state
}

/// An exercise on the long deck, the long card placed (its explanation in
/// the feedback strip).
fn long_sort_state() -> AppState {
    let mut state = base(Area::Sort);
    state.shared.set_catalog(long_catalog());
    state.sort.setup.selection.decks.insert("long".into());
    state.sort.setup.selection.count = None;
    state.apply(Action::Sort(SortAction::Start));
    let at = {
        let running = state.sort.running.as_ref().expect("the exercise started");
        let long = long_card(&state);
        running
            .session
            .cards()
            .iter()
            .position(|c| c.card == long)
            .expect("the long card is in the exercise")
    };
    state.apply(Action::Sort(SortAction::Place(at, Owner::Aws)));
    state
}

/// The cases every size is checked with.
/// A named way to build the state a layout case starts from.
type Case = (&'static str, fn() -> AppState);

fn cases() -> Vec<Case> {
    vec![
        ("Sort start screen", || base(Area::Sort)),
        ("Sort mid-exercise with feedback", || sort_state(5, false)),
        ("Sort results", || sort_state(12, true)),
        ("Progress with a year", progress_state),
        ("Instructor new exercise", || {
            instructor_state(Page::Builder)
        }),
        ("Instructor take an exercise", || {
            instructor_state(Page::Student)
        }),
        ("Instructor class report", || instructor_state(Page::Report)),
        ("Instructor decks", || instructor_state(Page::Decks)),
        ("Stack drill, half answered", || {
            use srm_study::ui::drill::DrillAction;
            let mut state = base(Area::Browse);
            state.apply(Action::Drill(DrillAction::Start("ec2".into())));
            for (i, owner) in [Owner::Aws, Owner::Customer, Owner::Shared]
                .into_iter()
                .enumerate()
            {
                state.apply(Action::Drill(DrillAction::Set(i, owner)));
            }
            state
        }),
        ("Stack drill, checked", || {
            use srm_study::ui::drill::DrillAction;
            let mut state = base(Area::Browse);
            state.apply(Action::Drill(DrillAction::Start("ec2".into())));
            state.apply(Action::Drill(DrillAction::Check));
            state
        }),
        ("Browse with a 10,000-character card", long_browse_state),
        ("Sort with a 10,000-character card", long_sort_state),
        ("Instructor edit decks", || instructor_state(Page::Editor)),
        ("Instructor LRS settings, sending", || {
            lrs_sending(instructor_state(Page::Lrs))
        }),
        ("Instructor class report, sending to the LRS", || {
            lrs_sending(instructor_state(Page::Report))
        }),
        ("Instructor editing a deck", || {
            let mut state = instructor_state(Page::Editor);
            let open = srm_study::ui::instructor::EditorAction::OpenCopy("srm-core".into());
            state.apply(Action::Instructor(InstructorAction::Editor(open)));
            state
        }),
        ("Instructor editing a deck's layers and services", || {
            use srm_study::ui::instructor::EditorAction;
            let mut state = instructor_state(Page::Editor);
            for action in [
                EditorAction::OpenCopy("srm-services".into()),
                EditorAction::ShowStack(true),
            ] {
                state.apply(Action::Instructor(InstructorAction::Editor(action)));
            }
            state
        }),
    ]
}

use common::layout::layout_problems;

fn check(name: &str, make: fn() -> AppState, size: Size, language: Language) -> Vec<String> {
    let mut state = make();
    state.apply(Action::SetLanguage(language));
    let harness = harness_at(state, size);
    layout_problems(&harness)
        .into_iter()
        .map(|p| format!("{name} at {} in {}: {p}", size.name, language.tag()))
        .collect()
}

/// Checks every case at `sizes` in every language: English, the three
/// others (German's long words, Japanese with its own font and line breaks)
/// and the pseudo-locale (everything about 40% longer).
fn check_all(sizes: &[Size]) {
    let mut problems = Vec::new();
    for (name, make) in cases() {
        for size in sizes {
            for language in Language::ALL {
                problems.extend(check(name, make, *size, language));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_area_fits_at_1280x800() {
    check_all(&SIZES[0..1]);
}

#[test]
fn every_area_fits_at_800x600() {
    check_all(&SIZES[1..2]);
}

#[test]
fn every_area_fits_in_projector_mode() {
    check_all(&SIZES[2..4]);
}

/// The 10,000-character card's details still show its explanation, on
/// screen, at every size.
#[test]
fn a_ten_thousand_character_card_still_shows_its_explanation() {
    for size in SIZES {
        let mut state = long_browse_state();
        state.projector = size.projector;
        let mut harness = common::gui::sized_harness(state, size.size);
        harness.run();
        let zoom = harness.ctx.zoom_factor();
        harness.set_size(egui::vec2(size.size.0, size.size.1) / zoom);
        harness.run();
        let window = harness.ctx.content_rect();
        let node = harness.get_by_label(LONG_EXPLANATION);
        let rect = node.rect();
        assert!(
            window.contains_rect(rect),
            "at {}: the explanation at {rect:?} is outside {window:?}",
            size.name
        );
    }
}

/// The checker itself: a button pushed past the window's right edge, and
/// two buttons drawn on top of each other, are both found.
#[test]
fn the_checker_finds_cut_and_overlapping_controls() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(400.0, 300.0))
        .build_ui_state(
            |ui, _state: &mut AppState| {
                egui::CentralPanel::default().show(ui, |ui| {
                    let cut = Rect::from_min_size(egui::pos2(360.0, 20.0), egui::vec2(80.0, 24.0));
                    let _ = ui.put(cut, egui::Button::new("Cut off"));
                    let rect = Rect::from_min_size(egui::pos2(20.0, 100.0), egui::vec2(80.0, 24.0));
                    let _ = ui.put(rect, egui::Button::new("First"));
                    let _ = ui.put(
                        rect.translate(egui::vec2(10.0, 5.0)),
                        egui::Button::new("Second"),
                    );
                    // A label and a progress bar that cross: found.
                    let text =
                        Rect::from_min_size(egui::pos2(20.0, 180.0), egui::vec2(120.0, 20.0));
                    let _ = ui.put(text, egui::Label::new("Crossing text"));
                    let _ = ui.put(
                        text.translate(egui::vec2(60.0, 4.0)),
                        egui::ProgressBar::new(0.5).text("Crossing bar"),
                    );
                    // A label on a clickable card (a button's box): fine.
                    let outer =
                        Rect::from_min_size(egui::pos2(200.0, 220.0), egui::vec2(150.0, 60.0));
                    let _ = ui.put(outer, egui::Button::new("Outer card"));
                    let _ = ui.put(
                        Rect::from_min_size(egui::pos2(210.0, 240.0), egui::vec2(60.0, 16.0)),
                        egui::Label::new("Inner"),
                    );
                    // A row in a panel too narrow for it: its label shows,
                    // its button lies wholly past the panel's clip, in the
                    // window but out of reach: found.
                    let mut row = ui.new_child(egui::UiBuilder::new());
                    row.set_clip_rect(Rect::from_min_max(
                        egui::pos2(0.0, 0.0),
                        egui::pos2(150.0, 300.0),
                    ));
                    let _ = row.put(
                        Rect::from_min_size(egui::pos2(20.0, 140.0), egui::vec2(100.0, 20.0)),
                        egui::Label::new("Row label"),
                    );
                    let _ = row.put(
                        Rect::from_min_size(egui::pos2(170.0, 140.0), egui::vec2(80.0, 20.0)),
                        egui::Button::new("Pushed out"),
                    );
                    // A row scrolled out of view as a whole: fine.
                    let mut gone = ui.new_child(egui::UiBuilder::new());
                    gone.set_clip_rect(Rect::from_min_max(
                        egui::pos2(0.0, 0.0),
                        egui::pos2(400.0, 60.0),
                    ));
                    let _ = gone.put(
                        Rect::from_min_size(egui::pos2(20.0, 70.0), egui::vec2(100.0, 20.0)),
                        egui::Label::new("Scrolled label"),
                    );
                    let _ = gone.put(
                        Rect::from_min_size(egui::pos2(170.0, 70.0), egui::vec2(80.0, 20.0)),
                        egui::Button::new("Scrolled button"),
                    );
                });
            },
            base(Area::Sort),
        );
    harness.run();
    let problems = layout_problems(&harness).join("\n");
    assert!(problems.contains("“Cut off”"), "{problems}");
    assert!(problems.contains("“First”"), "{problems}");
    assert!(problems.contains("“Second”"), "{problems}");
    assert!(problems.contains("“Crossing text”"), "{problems}");
    assert!(problems.contains("“Crossing bar”"), "{problems}");
    assert!(!problems.contains("“Inner”"), "{problems}");
    assert!(!problems.contains("“Outer card”"), "{problems}");
    assert!(problems.contains("“Pushed out”"), "{problems}");
    assert!(!problems.contains("“Row label”"), "{problems}");
    assert!(!problems.contains("“Scrolled"), "{problems}");
}

/// Every labelled widget of a pass, as its accessibility update describes
/// it: its id, its bounds and what it says.
fn labelled_widgets(
    output: &egui::FullOutput,
) -> std::collections::HashMap<egui::accesskit::NodeId, (Rect, String)> {
    let Some(update) = &output.platform_output.accesskit_update else {
        return Default::default();
    };
    update
        .nodes
        .iter()
        .filter_map(|(id, node)| {
            let label = node.label().or_else(|| node.value())?;
            let b = node.bounds()?;
            let rect = Rect::from_min_max(
                egui::pos2(b.x0 as f32, b.y0 as f32),
                egui::pos2(b.x1 as f32, b.y1 as f32),
            );
            (!label.trim().is_empty()).then(|| (*id, (rect, label.to_owned())))
        })
        .collect()
}

/// The first frame a window shows (and the first frame of a page opened)
/// is already the settled one: nothing jumps once it is up. egui knows a widget's size only after
/// drawing it once, so a layout that depends on last frame's sizes (a panel
/// that shrinks to its contents, a label wrapped away from its dropdown)
/// comes out differently in the very first frame, and under a real X
/// server that is the frame people see first. kittest's harness runs until
/// the app settles before a test sees it, so this drives a bare context,
/// themed as the real window is before its first frame.
#[test]
fn the_first_frame_is_laid_out_as_the_settled_one() {
    let mut starts: Vec<Case> = vec![
        ("Browse", || base(Area::Browse)),
        ("Browse with a card picked", || {
            let mut state = base(Area::Browse);
            let card = state.browse.matches[2];
            state.apply(Action::Browse(srm_study::ui::browse::BrowseAction::Select(
                card,
            )));
            state
        }),
    ];
    // Every page of the layout cases too: a page's first frame is also
    // what shows when a person opens it. Except the two that start with a
    // new note: a new note scrolls itself into view, on purpose.
    starts.extend(
        cases()
            .into_iter()
            .filter(|(name, _)| !name.contains("sending")),
    );
    let mut problems = Vec::new();
    for (name, make) in starts {
        for (size, language) in SIZES[0..2]
            .iter()
            .flat_map(|size| Language::ALL.map(|language| (size, language)))
        {
            let ctx = egui::Context::default();
            srm_study::ui::theme::apply(&ctx);
            ctx.enable_accesskit();
            let mut state = make();
            state.apply(Action::SetLanguage(language));
            let mut frame = |n: u32| -> egui::FullOutput {
                let input = egui::RawInput {
                    screen_rect: Some(Rect::from_min_size(
                        egui::Pos2::ZERO,
                        egui::vec2(size.size.0, size.size.1),
                    )),
                    time: Some(f64::from(n) * 0.1),
                    ..Default::default()
                };
                let mut output = ctx.run_ui(input, |ui| srm_study::ui::app_ui(ui, &mut state));
                output.textures_delta.clear();
                output
            };
            let first = labelled_widgets(&frame(0));
            let mut settled = first.clone();
            for n in 1..6 {
                settled = labelled_widgets(&frame(n));
            }
            assert!(
                settled.len() > 10,
                "{name}: only {} labelled widgets",
                settled.len()
            );
            let mut moved: Vec<_> = settled
                .iter()
                .filter_map(|(id, (rect, label))| {
                    let (was, _) = first.get(id)?;
                    ((was.min - rect.min).length() > 1.0 || (was.max - rect.max).length() > 1.0)
                        .then(|| format!("{name} at {} in {}: {label:?} first drawn at {was:?}, settles at {rect:?}", size.name, language.tag()))
                })
                .collect();
            moved.sort();
            problems.extend(moved);
        }
    }
    assert!(
        problems.is_empty(),
        "{} widgets move after the first frame:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

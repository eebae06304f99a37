//! Beside the layout test (nothing cut, nothing crossing): every page is
//! *usable* at the sizes classrooms use. What a page is for is on screen
//! without scrolling (Sort: the three bins and at least three whole cards
//! of the pile; the start screen's "Start exercise"; the builder's export
//! row; the class report's table head), with the panels at their default,
//! narrowest and widest widths; and the first frame after a message comes
//! or goes keeps every control under the pointer where it was.

mod common;

#[path = "../benches/support/mod.rs"]
mod support;

use egui::Rect;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::i18n::Language;
use srm_study::i18n::words::owner_name;
use srm_study::model::Owner;
use srm_study::ui::instructor::{InstructorAction, Page};
use srm_study::ui::sort::SortAction;
use srm_study::ui::{Action, AppState, Area};

use common::sizes::{Size, harness_at};

use common::layout::{Control, labelled_controls};

const SIZES: [Size; 5] = [
    Size {
        name: "1280x800",
        size: (1280.0, 800.0),
        projector: false,
    },
    Size {
        name: "1024x768",
        size: (1024.0, 768.0),
        projector: false,
    },
    Size {
        name: "800x600",
        size: (800.0, 600.0),
        projector: false,
    },
    Size {
        name: "projector 1280x720",
        size: (1280.0, 720.0),
        projector: true,
    },
    Size {
        name: "projector 1024x768",
        size: (1024.0, 768.0),
        projector: true,
    },
];

/// The widths the resizable panels are tried at.
#[derive(Debug, Clone, Copy)]
enum Panels {
    Default,
    Narrowest,
    Widest,
}

fn base(area: Area) -> AppState {
    common::sizes::base(area, support::NOW_SECS)
}

/// A 12-card exercise with `placed` cards placed, feedback instant.
fn sort_state(placed: usize) -> AppState {
    let mut state = base(Area::Sort);
    state.apply(Action::Sort(SortAction::Start));
    let owners: Vec<Owner> = {
        let running = state.sort.running.as_ref().expect("the exercise started");
        running.session.cards().iter().map(|c| c.owner).collect()
    };
    for (i, owner) in owners.into_iter().enumerate().take(placed) {
        state.apply(Action::Sort(SortAction::Place(i, owner)));
    }
    state
}

fn instructor_state(page: Page) -> AppState {
    let mut state = base(Area::Instructor);
    state.apply(Action::Instructor(InstructorAction::ShowPage(page)));
    if page == Page::Report {
        let exercise = support::class_exercise(40);
        let results = support::class_results(&exercise, 30);
        support::load_class_report(&mut state.instructor.report, exercise, results);
    }
    state
}

/// The exercise builder, empty or filled in: 13 cards chosen, an id and a
/// title, sealed, a time limit, and another tool's format (the longest name).
fn builder_state(filled: bool) -> AppState {
    use srm_study::model::catalog::CardKey;
    use srm_study::model::export::Format;
    use srm_study::ui::instructor::{BuilderAction, BuilderForm};
    let mut state = instructor_state(Page::Builder);
    if !filled {
        return state;
    }
    let keys: Vec<CardKey> = {
        let catalog = &state.shared.catalog;
        catalog
            .cards()
            .take(13)
            .filter_map(|(c, _)| CardKey::of(catalog, c))
            .collect()
    };
    let builder = |a| Action::Instructor(InstructorAction::Builder(a));
    state.apply(builder(BuilderAction::ChooseExactly(keys)));
    let mut form = BuilderForm {
        id: "week-3".into(),
        title: "Week 3: who patches what?".into(),
        format: Some(Format::QtiPerCard),
        sealed: true,
        ..BuilderForm::default()
    };
    form.options.time_limit_secs = Some(600);
    state.apply(builder(BuilderAction::SetForm(form)));
    state
}

/// The builder's job: its export row ("Export as" and its list, the export
/// button, the link to type a path).
fn builder_job(h: &Harness<'static, AppState>) -> Vec<String> {
    use srm_study::ui::Purpose;
    use srm_study::ui::file_prompt::words::purpose_title;
    let tr = &h.state().shared.tr;
    [
        srm_study::tr!(tr, "builder-export-as"),
        srm_study::text::without_markers(&srm_study::tr!(tr, "builder-export-button")).to_owned(),
        srm_study::tr!(
            tr,
            "file-type-path-for",
            purpose = purpose_title(tr, Purpose::ExportExercise)
        ),
    ]
    .iter()
    .filter_map(|l| control_on_screen(h, l))
    .collect()
}

/// The harness at `size` (in pixels: projector mode's zoom shows fewer
/// points), with the panels at `panels`.
fn harness_with_panels(state: AppState, size: Size, panels: Panels) -> Harness<'static, AppState> {
    let mut harness = harness_at(state, size);
    let fraction = match panels {
        Panels::Default => return harness,
        Panels::Narrowest => 0.0,
        Panels::Widest => 1.0,
    };
    // What a drag to the far end does (a remembered width too): the
    // splitters take their accessibility value as a fraction of the room
    // (whatever their name: a page may give its own, translated).
    let splitters = harness
        .query_all_by_role(egui::accesskit::Role::Splitter)
        .count();
    for n in 0..splitters {
        let node = harness
            .query_all_by_role(egui::accesskit::Role::Splitter)
            .nth(n);
        if let Some(node) = node {
            node.set_value_accesskit(fraction);
        }
        harness.run();
    }
    harness
}

/// Whether a control is wholly on screen: inside the window and not
/// clipped by a scroll area (so no scrolling is needed to see it).
fn whole(control: &Control, window: Rect) -> bool {
    let r = control.rect;
    window.expand(0.5).contains_rect(r) && control.visible.expand(0.5).contains_rect(r)
}

/// The problem when no control whose label starts with `label` is whole.
fn on_screen(harness: &Harness<'static, AppState>, label: &str) -> Option<String> {
    whole_on_screen(harness, label, |_| true)
}

/// The problem when no interactive control (not a text label) whose label
/// starts with `label` is whole.
fn control_on_screen(harness: &Harness<'static, AppState>, label: &str) -> Option<String> {
    whole_on_screen(harness, label, |c| c.interactive)
}

fn whole_on_screen(
    harness: &Harness<'static, AppState>,
    label: &str,
    kind: fn(&Control) -> bool,
) -> Option<String> {
    let window = harness.ctx.content_rect();
    let controls = labelled_controls(harness);
    let found: Vec<&Control> = controls
        .iter()
        .filter(|c| c.label.starts_with(label) && kind(c))
        .collect();
    if found.iter().any(|c| whole(c, window)) {
        return None;
    }
    Some(match found.first() {
        None => format!("“{label}” is not drawn"),
        Some(c) => format!(
            "“{label}” at {:?} is not wholly on screen (visible {:?}, window {window:?})",
            c.rect, c.visible
        ),
    })
}

/// The texts of the cards in Sort's pile.
fn pile_texts(state: &AppState) -> Vec<String> {
    let Some(running) = &state.sort.running else {
        return vec![];
    };
    running
        .session
        .pile()
        .into_iter()
        .filter_map(|i| running.session.cards().get(i))
        .filter_map(|c| state.shared.catalog.item(c.card))
        .map(|item| item.text.clone())
        .collect()
}

/// Sort's main job: the three bins and at least three whole cards.
fn sort_board_job(harness: &Harness<'static, AppState>) -> Vec<String> {
    let mut problems: Vec<String> = Owner::ALL
        .iter()
        .filter_map(|o| {
            let tr = &harness.state().shared.tr;
            let name = owner_name(tr, *o);
            on_screen(
                harness,
                &srm_study::tr!(tr, "sort-board-place-name", owner = name),
            )
        })
        .collect();
    let window = harness.ctx.content_rect();
    let texts = pile_texts(harness.state());
    let cards = labelled_controls(harness)
        .into_iter()
        .filter(|c| texts.contains(&c.label) && whole(c, window))
        .count();
    if cards < 3 && texts.len() >= 3 {
        problems.push(format!("only {cards} whole cards of the pile on screen"));
    }
    problems
}

type Job = fn(&Harness<'static, AppState>) -> Vec<String>;

/// A page: its name, how to get there, and its job on screen.
type Case = (&'static str, fn() -> AppState, Job);

fn cases() -> Vec<Case> {
    vec![
        (
            "Sort start screen",
            || base(Area::Sort),
            |h| {
                // "Start exercise (12 cards)": what comes before the count.
                let start = srm_study::tr!(h.state().shared.tr, "sort-setup-start", cards = 0);
                let prefix = srm_study::text::without_markers(&start)
                    .split(|c: char| c.is_ascii_digit())
                    .next()
                    .unwrap_or("");
                on_screen(h, prefix).into_iter().collect()
            },
        ),
        ("Sort board", || sort_state(0), sort_board_job),
        ("Sort board with feedback", || sort_state(4), sort_board_job),
        (
            "Sort board asking to check anyway",
            || {
                let mut state = sort_state(4);
                state.apply(Action::Sort(SortAction::Check));
                state
            },
            sort_board_job,
        ),
        (
            "Instructor new exercise",
            || builder_state(false),
            builder_job,
        ),
        (
            "Instructor new exercise, filled in",
            || builder_state(true),
            builder_job,
        ),
        (
            "Instructor class report",
            || instructor_state(Page::Report),
            |h| {
                let tr = &h.state().shared.tr;
                [
                    srm_study::text::without_markers(&srm_study::tr!(tr, "report-add-results"))
                        .to_owned(),
                    srm_study::tr!(tr, "report-column-student"),
                    srm_study::tr!(tr, "report-column-percent"),
                ]
                .iter()
                .filter_map(|l| on_screen(h, l))
                .collect()
            },
        ),
    ]
}

/// Checks every page's job at `sizes`, in each language and the
/// pseudo-locale.
fn check_sizes(sizes: &[Size]) {
    let mut problems = Vec::new();
    for (name, make, job) in cases() {
        for size in sizes {
            for language in Language::ALL {
                for panels in [Panels::Default, Panels::Narrowest, Panels::Widest] {
                    let mut state = make();
                    state.apply(Action::SetLanguage(language));
                    let harness = harness_with_panels(state, *size, panels);
                    let clashes = common::layout::id_clashes(&harness);
                    problems.extend(job(&harness).into_iter().chain(clashes).map(|p| {
                        format!(
                            "{name} at {} in {} ({panels:?} panels): {p}",
                            size.name,
                            language.tag()
                        )
                    }));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_page_does_its_job_without_scrolling_at_desk_sizes() {
    check_sizes(&SIZES[0..3]);
}

#[test]
fn every_page_does_its_job_without_scrolling_in_projector_mode() {
    check_sizes(&SIZES[3..5]);
}

/// Where every labelled control is, by label (the first of a label).
fn places(harness: &Harness<'static, AppState>, labels: &[String]) -> Vec<(String, Rect)> {
    let controls = labelled_controls(harness);
    labels
        .iter()
        .filter_map(|l| {
            controls
                .iter()
                .find(|c| &c.label == l)
                .map(|c| (l.clone(), c.rect))
        })
        .collect()
}

/// The controls that moved between two lists of places.
fn moved(before: &[(String, Rect)], after: &[(String, Rect)]) -> Vec<String> {
    before
        .iter()
        .filter_map(|(label, was)| {
            let now = after.iter().find(|(l, _)| l == label).map(|(_, r)| *r);
            match now {
                Some(now) if (now.min - was.min).length() <= 1.0 => None,
                Some(now) => Some(format!("“{label}” moved from {was:?} to {now:?}")),
                None => Some(format!("“{label}” is gone")),
            }
        })
        .collect()
}

/// "N cards are still in the pile: check anyway?" comes and goes without
/// moving the bins or the cards, in the very first frame.
#[test]
fn the_check_anyway_question_moves_nothing_under_the_pointer() {
    for size in SIZES {
        let mut harness = harness_at(sort_state(4), size);
        let mut labels: Vec<String> = Owner::ALL
            .iter()
            .map(|o| format!("Place here: {}", o.label()))
            .collect();
        labels.extend(pile_texts(harness.state()).into_iter().take(2));
        labels.push("Check (Enter)".to_owned());
        let before = places(&harness, &labels);
        assert_eq!(before.len(), labels.len(), "at {}: {before:?}", size.name);
        harness.state_mut().apply(Action::Sort(SortAction::Check));
        harness.step();
        harness.get_by_label("8 cards are still in the pile: check anyway?");
        let asked = places(&harness, &labels);
        let problems = moved(&before, &asked);
        assert!(problems.is_empty(), "at {}: {problems:?}", size.name);
        harness
            .state_mut()
            .apply(Action::Sort(SortAction::CancelQuestion));
        harness.step();
        let problems = moved(&before, &places(&harness, &labels));
        assert!(problems.is_empty(), "at {}: {problems:?}", size.name);
    }
}

/// An error box in the class report leaves "Add result files" where it was.
#[test]
fn an_error_in_the_class_report_moves_no_button() {
    for size in SIZES {
        let mut harness = harness_at(instructor_state(Page::Report), size);
        let labels = ["Choose exercise", "Add result files", "Clear results"]
            .map(str::to_owned)
            .to_vec();
        let before = places(&harness, &labels);
        assert_eq!(before.len(), labels.len(), "at {}: {before:?}", size.name);
        harness.state_mut().instructor.report.exercise_errors =
            vec!["week-3.ron:1:1: this is a result file, not an exercise".to_owned()];
        harness.step();
        let problems = moved(&before, &places(&harness, &labels));
        assert!(problems.is_empty(), "at {}: {problems:?}", size.name);
    }
}

/// The instant-feedback note of a card with a very long text still shows
/// the whole explanation: the card's text is cut to one line, not the
/// explanation.
#[test]
fn instant_feedback_never_clips_the_explanation() {
    let explanation = |state: &AppState| -> String {
        let running = state.sort.running.as_ref().expect("running");
        let i = running.last_marked.expect("a card was marked");
        let card = running.session.cards()[i].card;
        state
            .shared
            .catalog
            .item(card)
            .expect("the card")
            .explanation
            .clone()
    };
    for size in SIZES {
        let mut state = sort_state(0);
        let (card, owner) = {
            let running = state.sort.running.as_ref().expect("running");
            // The card with the longest text.
            let (i, card) = running
                .session
                .cards()
                .iter()
                .enumerate()
                .max_by_key(|(_, c)| {
                    state
                        .shared
                        .catalog
                        .item(c.card)
                        .map_or(0, |item| item.text.len())
                })
                .expect("cards");
            (i, card.owner)
        };
        state.apply(Action::Sort(SortAction::Place(card, owner)));
        let text = explanation(&state);
        let harness = harness_at(state, size);
        assert_eq!(
            on_screen(&harness, &text),
            None,
            "at {}: the explanation is clipped",
            size.name
        );
    }
}

/// Issue 28: a source link can be copied, for a machine without a browser
/// (where clicking the link opens nothing).
#[test]
fn a_source_link_can_be_copied() {
    let mut state = base(Area::Browse);
    let (card, url) = {
        let catalog = &state.shared.catalog;
        catalog
            .cards()
            .find_map(|(card, item)| {
                let deck = &catalog.decks[card.deck].deck;
                let source = item
                    .sources
                    .iter()
                    .find_map(|id| deck.sources.iter().find(|s| &s.id == id))
                    .filter(|s| s.url.starts_with("https://"))?;
                Some((card, source.clone()))
            })
            .expect("a built-in card with a source")
    };
    state.apply(Action::Browse(srm_study::ui::browse::BrowseAction::Select(
        card,
    )));
    let mut harness = common::gui::sized_harness(state, (1280.0, 800.0));
    harness.run();
    harness
        .get_by_label(&format!("Copy link: {}", url.title))
        .click();
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if *t == url.url));
    assert!(copied, "{:?}", harness.output().platform_output.commands);
    // The address itself is on screen, to read or select.
    harness.get_by_label(&url.url);
}

/// Issue 28: the drill's owner buttons line up in columns, whatever the
/// length of the layer names ("Physical facilities and environment").
#[test]
fn the_drill_buttons_line_up_on_the_longest_layer_name() {
    use srm_study::ui::drill::DrillAction;
    for size in SIZES {
        let mut state = base(Area::Browse);
        state.apply(Action::Drill(DrillAction::Start("ec2".into())));
        let harness = harness_at(state, size);
        let controls = labelled_controls(&harness);
        let lefts: Vec<(String, f32)> = controls
            .iter()
            .filter(|c| c.label.starts_with("Set ") && c.label.ends_with(" to AWS"))
            .map(|c| (c.label.clone(), c.rect.min.x))
            .collect();
        assert!(lefts.len() > 5, "at {}: {lefts:?}", size.name);
        let first = lefts[0].1;
        assert!(
            lefts.iter().all(|(_, x)| (x - first).abs() <= 1.0),
            "at {}: {lefts:?}",
            size.name
        );
    }
}

/// Issue 28: in projector mode the builder's "Export as" list opens where
/// it is (at the foot of the form) and every format in it can be chosen,
/// in every language, and the row stays on screen with the list open.
#[test]
fn the_builder_format_list_opens_and_chooses_in_projector_mode() {
    use srm_study::model::export::Format;
    use srm_study::ui::file_prompt::words::format_name;
    let mut problems = Vec::new();
    for size in &SIZES[3..5] {
        for language in Language::ALL {
            let mut state = builder_state(true);
            state.apply(Action::SetLanguage(language));
            let mut harness = harness_at(state, *size);
            for format in Format::ALL {
                let (export_as, name) = {
                    let tr = &harness.state().shared.tr;
                    (
                        srm_study::tr!(tr, "builder-export-as"),
                        format_name(tr, format),
                    )
                };
                let list =
                    harness.query_by_role_and_label(egui::accesskit::Role::ComboBox, &export_as);
                let Some(list) = list else {
                    problems.push(format!("{} {}: no list", size.name, language.tag()));
                    break;
                };
                list.click();
                harness.run();
                let Some(entry) = harness.query_by_label(&name) else {
                    problems.push(format!(
                        "{} {}: the list did not open ({name} is not in it)",
                        size.name,
                        language.tag()
                    ));
                    break;
                };
                // The open list is whole and crosses nothing.
                problems.extend(
                    common::layout::layout_problems(&harness)
                        .into_iter()
                        .map(|p| format!("{} {} list open: {p}", size.name, language.tag())),
                );
                entry.click();
                harness.run();
                let chosen = harness.state().instructor.builder.form.format;
                if chosen != Some(format) {
                    problems.push(format!(
                        "{} {}: {name} chosen, the form has {chosen:?}",
                        size.name,
                        language.tag()
                    ));
                }
                problems.extend(
                    builder_job(&harness)
                        .into_iter()
                        .map(|p| format!("{} {} after {name}: {p}", size.name, language.tag())),
                );
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The builder's export note ("Saved to ...") and what still stops the
/// export come and go above the export row, which stays where it was in the
/// very first frame.
#[test]
fn the_builder_notes_move_nothing_in_the_export_row() {
    use srm_study::ui::Note;
    use srm_study::ui::instructor::{BuilderAction, InstructorAction};
    for size in SIZES {
        let mut harness = harness_at(builder_state(true), size);
        let labels: Vec<String> = {
            let tr = &harness.state().shared.tr;
            vec![
                srm_study::text::without_markers(&srm_study::tr!(tr, "builder-export-button"))
                    .to_owned(),
                srm_study::tr!(
                    tr,
                    "file-type-path-for",
                    purpose = srm_study::ui::file_prompt::words::purpose_title(
                        tr,
                        srm_study::ui::Purpose::ExportExercise
                    )
                ),
            ]
        };
        let before = places(&harness, &labels);
        assert_eq!(before.len(), labels.len(), "at {}: {before:?}", size.name);
        let saved = "Saved the sealed student file /home/teacher/Documents/classes/2026/week-3.ron \
                     and its answer key /home/teacher/Documents/classes/2026/week-3.key.ron.";
        harness.state_mut().instructor.builder.note = Some(Note::Done(saved.to_owned()));
        harness.step();
        let problems = moved(&before, &places(&harness, &labels));
        assert!(problems.is_empty(), "note, at {}: {problems:?}", size.name);
        // The title emptied: "Give the exercise a title." comes.
        let mut form = harness.state().instructor.builder.form.clone();
        form.title.clear();
        harness
            .state_mut()
            .apply(Action::Instructor(InstructorAction::Builder(
                BuilderAction::SetForm(form),
            )));
        harness.step();
        let problems = moved(&before, &places(&harness, &labels));
        assert!(
            problems.is_empty(),
            "problem, at {}: {problems:?}",
            size.name
        );
        harness.state_mut().instructor.builder.note = None;
        harness.step();
        let problems = moved(&before, &places(&harness, &labels));
        assert!(
            problems.is_empty(),
            "no note, at {}: {problems:?}",
            size.name
        );
    }
}

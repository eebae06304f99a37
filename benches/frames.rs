//! CPU time of one frame of each area, through egui_kittest with no
//! rendering: layout, widgets and the AccessKit tree kittest reads (the
//! window itself only builds that tree when a screen reader asks). Goal:
//! under 1 ms each with the built-in content, under 3 ms for Browse over
//! 10,000 cards. The class report is measured with 30 students (a class)
//! and 200.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use srm_study::i18n::Language;
use srm_study::model::clock::Clock;
use srm_study::model::{CardRef, Catalog, Owner};
use srm_study::ui::instructor::Page;
use srm_study::ui::sort::{SortAction, SortSetup};
use srm_study::ui::{Action, AppState, Area};

#[path = "../tests/common/gui.rs"]
mod gui;
mod support;

fn state(catalog: Catalog, area: Area) -> AppState {
    let mut state = AppState::new(catalog, area);
    state.shared.clock = Clock::manual(support::NOW_SECS * 1000);
    state.sort.setup = SortSetup {
        fixed_seed: Some(42),
        ..SortSetup::default()
    };
    state
}

/// A harness at the window's default size that has settled (no animation
/// or repaint pending), so each step is an ordinary frame.
fn harness(state: AppState) -> Harness<'static, AppState> {
    let mut harness = gui::app_harness(state);
    harness.run();
    harness
}

/// A 12-card exercise of the built-in deck with `placed` cards placed
/// (half of them wrong) and, when `check`, checked.
fn sort_state(placed: usize, check: bool) -> AppState {
    let mut state = state(support::builtin_catalog(), Area::Sort);
    state.apply(Action::Sort(SortAction::Start));
    let owners: Vec<Owner> = {
        let running = state.sort.running.as_ref().expect("the exercise started");
        running.session.cards().iter().map(|c| c.owner).collect()
    };
    for (i, owner) in owners.into_iter().enumerate().take(placed) {
        let owner = if i % 2 == 0 {
            owner
        } else {
            Owner::ALL[(owner as usize + 1) % 3]
        };
        state.apply(Action::Sort(SortAction::Place(i, owner)));
    }
    if check {
        state.apply(Action::Sort(SortAction::Check));
    }
    state
}

/// The Instructor area's class report page with `students` graded results
/// of a 40-card exercise, as after adding their files.
fn class_report_state(students: usize) -> AppState {
    let mut state = state(support::builtin_catalog(), Area::Instructor);
    let exercise = support::class_exercise(40);
    let results = support::class_results(&exercise, students);
    support::load_class_report(&mut state.instructor.report, exercise, results);
    state.instructor.page = Page::Report;
    state
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.measurement_time(Duration::from_secs(4));
    let mut bench = |name: &str, state: AppState| {
        let mut harness = harness(state);
        group.bench_function(name, |b| b.iter(|| harness.step()));
    };

    bench(
        "browse (built-in)",
        state(support::builtin_catalog(), Area::Browse),
    );
    let mut selected = state(support::builtin_catalog(), Area::Browse);
    selected.browse.selected = Some(CardRef { deck: 0, item: 0 });
    bench("browse, card selected (built-in)", selected);
    let mut big = state(support::big_catalog(10_000), Area::Browse);
    big.browse.selected = Some(CardRef { deck: 0, item: 0 });
    bench("browse (10,000 cards)", big);
    bench(
        "sort start screen (built-in)",
        state(support::builtin_catalog(), Area::Sort),
    );
    bench("sort mid-exercise (built-in)", sort_state(6, false));
    bench("sort results (built-in)", sort_state(12, true));
    let mut progress = state(support::builtin_catalog(), Area::Progress);
    progress.shared.progress =
        support::study_history(&progress.shared.catalog, 365, support::NOW_SECS, false);
    println!(
        "a year of history: {} exercises, {} cards seen",
        progress.shared.progress.exercises.len(),
        progress.shared.progress.cards.len()
    );
    bench("progress, a year of history (built-in)", progress);
    bench(
        "instructor, new exercise page (built-in)",
        state(support::builtin_catalog(), Area::Instructor),
    );
    for students in [30, 200] {
        bench(
            &format!("instructor, class report of {students} students x 40 cards"),
            class_report_state(students),
        );
    }
    group.finish();

    // The same frames in each language (issue #30's budget: any language at
    // most 1.2x English), and switching the language live: the new
    // translator and, for Japanese, its font, up to the settled frame
    // (budget: under 100 ms).
    let mut group = c.benchmark_group("frame by language");
    group.measurement_time(Duration::from_secs(4));
    for language in Language::ALL {
        let mut browse = state(support::builtin_catalog(), Area::Browse);
        browse.apply(Action::SetLanguage(language));
        let mut browse = harness(browse);
        group.bench_function(format!("browse in {}", language.tag()), |b| {
            b.iter(|| browse.step())
        });
        let mut sort = sort_state(6, false);
        sort.apply(Action::SetLanguage(language));
        let mut sort = harness(sort);
        group.bench_function(format!("sort mid-exercise in {}", language.tag()), |b| {
            b.iter(|| sort.step())
        });
    }
    group.finish();
    // The same, drawn as the real window draws when no screen reader is
    // listening: a plain egui context, no AccessKit tree (kittest always
    // builds one, and comparing its nodes' longer labels each frame is most
    // of what other languages cost above). This is the budget's measure.
    let mut group = c.benchmark_group("window frame by language");
    group.measurement_time(Duration::from_secs(4));
    for language in Language::ALL {
        for (name, mut app) in [
            ("browse", state(support::builtin_catalog(), Area::Browse)),
            ("sort mid-exercise", sort_state(6, false)),
        ] {
            app.apply(Action::SetLanguage(language));
            let ctx = egui::Context::default();
            srm_study::ui::theme::apply(&ctx);
            let input = || egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(1280.0, 800.0),
                )),
                ..Default::default()
            };
            // One frame as eframe runs it: the app, then its shapes
            // tessellated into meshes (the GPU upload is left out).
            let mut frame = || {
                let mut output = ctx.run_ui(input(), |ui| srm_study::ui::app_ui(ui, &mut app));
                output.textures_delta.clear();
                ctx.tessellate(output.shapes, output.pixels_per_point)
            };
            // Settle: fonts loaded, glyphs rasterised, sizes remembered.
            for _ in 0..5 {
                frame();
            }
            group.bench_function(format!("{name} in {}", language.tag()), |b| {
                b.iter(&mut frame)
            });
        }
    }
    group.finish();

    let mut group = c.benchmark_group("language switch");
    group.sample_size(20);
    for language in [Language::German, Language::Japanese] {
        group.bench_function(format!("browse, en to {}", language.tag()), |b| {
            b.iter_batched(
                || harness(state(support::builtin_catalog(), Area::Browse)),
                |mut harness| {
                    harness.state_mut().apply(Action::SetLanguage(language));
                    harness.run();
                    harness
                },
                criterion::BatchSize::LargeInput,
            );
        });
    }
    group.finish();

    // A fresh context, themed as the window is before its first frame, up
    // to the settled frame (kittest's builder runs the frames until nothing
    // asks for another): egui loads the fonts and rasterises every glyph on
    // screen. Against the same for a bare window's heading, this is the CPU
    // side of the start-up difference that scripts/compare_window.sh
    // measures.
    let mut group = c.benchmark_group("first frame");
    group.sample_size(30);
    group.bench_function("bare heading", |b| {
        b.iter(|| {
            Harness::builder()
                .with_size(egui::vec2(1280.0, 800.0))
                .build_ui(|ui| {
                    egui::CentralPanel::default().show(ui, |ui| {
                        ui.heading("Bare");
                    });
                })
        });
    });
    for (name, area, language) in [
        ("browse (built-in)", Area::Browse, Language::English),
        (
            "browse in Japanese (built-in)",
            Area::Browse,
            Language::Japanese,
        ),
        (
            "instructor, new exercise (built-in)",
            Area::Instructor,
            Language::English,
        ),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    let mut state = state(support::builtin_catalog(), area);
                    state.apply(Action::SetLanguage(language));
                    state
                },
                |state| {
                    Harness::builder()
                        .with_size(egui::vec2(1280.0, 800.0))
                        .with_context_setup(srm_study::ui::theme::apply)
                        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state)
                },
                criterion::BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);

//! The Progress area and the progress file, driven through egui_kittest.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use srm_study::i18n::Language;
use srm_study::io::content;
use srm_study::io::paths::AppPaths;
use srm_study::model::clock::Clock;
use srm_study::model::session::Feedback;
use srm_study::model::{Catalog, Owner};
use srm_study::ui::sort::{SortAction, SortSetup};
use srm_study::ui::{Action, AppState, Area};

const START_MS: u64 = 1_764_300_000_000;

fn catalog() -> Catalog {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    catalog
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    let mut harness = common::gui::app_harness(state);
    harness.run();
    harness
}

fn with_disk(dir: &std::path::Path, area: Area) -> AppState {
    let paths = AppPaths {
        data_dir: dir.to_path_buf(),
    };
    let mut state = AppState::with_storage(catalog(), area, paths, vec![], Clock::manual(START_MS));
    state.sort.setup = SortSetup {
        fixed_seed: Some(7),
        ..SortSetup::default()
    };
    state.sort.setup.options.feedback = Feedback::AtEnd;
    state
}

/// Runs a 12-card exercise through the Sort area, placing every card in
/// the AWS bin, and returns how many were wrong.
fn run_exercise(harness: &mut Harness<'static, AppState>) -> usize {
    harness.get_by_label("Sort").click();
    harness.run();
    harness.get_by_label("Start exercise (12 cards)").click();
    harness.run();
    for _ in 0..12 {
        harness.key_press(egui::Key::A);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    let running = harness.state().sort.running.as_ref().expect("running");
    let first = running.session.first_attempt().expect("checked");
    first
        .cards
        .iter()
        .filter(|(c, _)| c.owner != Owner::Aws)
        .count()
}

#[test]
fn with_no_history_the_area_explains_and_offers_a_first_exercise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(with_disk(dir.path(), Area::Progress));
    harness.get_by_label("No exercises yet");
    harness.get_by_label("Start a first exercise").click();
    harness.run();
    assert_eq!(harness.state().area, Area::Sort);
    assert!(harness.state().sort.running.is_some());
}

#[test]
fn finishing_an_exercise_updates_counts_and_most_missed_and_saves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(with_disk(dir.path(), Area::Browse));
    let wrong = run_exercise(&mut harness);
    assert!(wrong > 0);
    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("Exercises done");
    let summary = harness.state().shared.progress.summary(START_MS / 1000);
    assert_eq!(summary.exercises, 1);
    assert_eq!(summary.cards_seen, 12);
    harness.get_by_label(&format!(
        "12 of {}",
        harness.state().shared.catalog.item_count()
    ));
    harness.get_by_label(&format!("Review due ({wrong}) + 5 new"));
    // The most-missed list shows missed cards with a Drill button each.
    let missed = harness.state().shared.progress.most_missed(8);
    assert_eq!(missed.len(), wrong.min(8));
    let key = &missed[0].key;
    let card =
        srm_study::model::progress::find_card(&harness.state().shared.catalog, key).expect("card");
    let text = harness
        .state()
        .shared
        .catalog
        .item(card)
        .expect("item")
        .text
        .clone();
    harness.get_by_label(&format!("Drill: {text}"));

    // The file on disk holds the exercise; a fresh start reads it back.
    let path = dir.path().join("progress.ron");
    assert!(path.exists());
    let again = with_disk(dir.path(), Area::Progress);
    assert_eq!(again.shared.progress.exercises.len(), 1);
    assert!(again.shared.banner.is_none());

    // Review starts a Sort exercise with the due cards.
    harness
        .get_by_label(&format!("Review due ({wrong}) + 5 new"))
        .click();
    harness.run();
    assert_eq!(harness.state().area, Area::Sort);
    let running = harness.state().sort.running.as_ref().expect("review");
    assert_eq!(running.title, "Review");
    assert_eq!(
        running.session.cards().len(),
        wrong + 5,
        "the label counts every card"
    );
}

#[test]
fn a_second_exercise_adds_a_point_to_the_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(with_disk(dir.path(), Area::Browse));
    run_exercise(&mut harness);
    harness.state().shared.clock.advance_ms(86_400_000);
    harness.state_mut().apply(Action::Sort(SortAction::Quit));
    run_exercise(&mut harness);
    assert_eq!(harness.state().shared.progress.exercises.len(), 2);
    assert_eq!(harness.state().shared.progress.score_series().len(), 2);
    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("2 days");
}

#[test]
fn a_corrupt_progress_file_is_kept_aside_and_the_backup_is_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut harness = harness(with_disk(dir.path(), Area::Browse));
        run_exercise(&mut harness);
        harness.state_mut().apply(Action::Sort(SortAction::Quit));
        run_exercise(&mut harness);
    }
    // Now progress.ron holds two exercises and its backup one. Break the file.
    let path = dir.path().join("progress.ron");
    std::fs::write(&path, "Progress(version: 1, exercises: [").expect("write");
    let state = with_disk(dir.path(), Area::Progress);
    assert_eq!(
        state.shared.progress.exercises.len(),
        1,
        "the backup's exercise"
    );
    let banner = state
        .shared
        .banner
        .clone()
        .expect("a banner says what happened");
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("progress.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(banner.contains(&kept[0]), "{banner}");
    let broken = std::fs::read_to_string(dir.path().join(&kept[0])).expect("kept file");
    assert_eq!(
        broken, "Progress(version: 1, exercises: [",
        "kept untouched"
    );

    let mut harness = harness(state);
    harness.get_by_label(&banner);
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().shared.banner.is_none());
}

#[test]
fn reset_asks_first_and_keeps_a_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = harness(with_disk(dir.path(), Area::Browse));
    run_exercise(&mut harness);
    harness.get_by_label("Progress").click();
    harness.run();
    harness.get_by_label("Reset progress…").click();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().shared.progress.exercises.len(), 1);
    harness.get_by_label("Reset progress…").click();
    harness.run();
    harness.get_by_label("Yes, reset").click();
    harness.run();
    assert!(harness.state().shared.progress.exercises.is_empty());
    harness.get_by_label("No exercises yet");
    let copies = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.reset-")
        })
        .count();
    assert_eq!(copies, 1);
}

/// Asserts that the window shows no untranslated text, naming the step.
fn all_translated(harness: &Harness<'static, AppState>, typed: &[&str], step: &str) {
    let left = common::pseudo::untranslated(harness, typed);
    assert!(left.is_empty(), "{step}: {left:#?}");
}

/// Two exercises two days apart, in English, then the window shows
/// Progress in `language`.
fn two_exercises_then(dir: &std::path::Path, language: Language) -> Harness<'static, AppState> {
    let mut harness = harness(with_disk(dir, Area::Browse));
    run_exercise(&mut harness);
    harness.state().shared.clock.advance_ms(2 * 86_400_000);
    harness.state_mut().apply(Action::Sort(SortAction::Quit));
    run_exercise(&mut harness);
    harness.state_mut().apply(Action::SetLanguage(language));
    harness.state_mut().apply(Action::Navigate(Area::Progress));
    harness.run();
    harness
}

/// Every text the last frame painted (the chart's axis is painted, not a
/// widget).
fn painted_texts(harness: &Harness<'static, AppState>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => out.push(text.galley.job.text.clone()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut texts);
    }
    texts
}

#[test]
fn pseudo_locale_walk_progress_empty_chart_coach_and_reset() {
    use srm_study::ui::progress::ProgressAction;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut state = with_disk(dir.path(), Area::Progress);
    common::pseudo::pseudo(&mut state);
    let harness_empty = harness(state);
    all_translated(&harness_empty, &[], "no exercises yet");
    drop(harness_empty);

    let dir = tempfile::tempdir().expect("tempdir");
    let mut harness = two_exercises_then(dir.path(), Language::Pseudo);
    assert_eq!(harness.state().shared.progress.exercises.len(), 2);
    all_translated(&harness, &[], "two exercises: counts, chart, coach, topics");
    // Scrolled down: the most-missed cards and the mastery bars.
    for _ in 0..6 {
        common::gui::wheel(&mut harness, -400.0);
    }
    all_translated(&harness, &[], "scrolled to the most-missed cards");

    harness
        .state_mut()
        .apply(Action::Progress(ProgressAction::AskReset));
    harness.run();
    all_translated(&harness, &[], "the reset question");
    harness
        .state_mut()
        .apply(Action::Progress(ProgressAction::ConfirmReset));
    harness.run();
    assert!(harness.state().shared.progress.exercises.is_empty());
    // The banner names where the old progress is kept.
    let kept = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("progress.reset-"))
        })
        .expect("a copy kept")
        .display()
        .to_string();
    assert!(harness.state().shared.banner.is_some());
    all_translated(&harness, &[&kept], "progress reset, with its banner");
}

#[test]
fn the_chart_names_its_days_in_german_and_japanese() {
    // START_MS is 2025-11-28; the second exercise is on 2025-11-30.
    let dir = tempfile::tempdir().expect("tempdir");
    let harness = two_exercises_then(dir.path(), Language::German);
    let texts = painted_texts(&harness);
    assert!(texts.iter().any(|t| t == "29. Nov."), "{texts:?}");
    assert!(!texts.iter().any(|t| t == "Nov 29"), "{texts:?}");
    // The chart's text alternative says its days and scores in German.
    let chart = harness.get_by_role(egui::accesskit::Role::Image);
    let alt = chart.accesskit_node().label().unwrap_or_default();
    assert!(
        alt.starts_with("Punktzahl beim ersten Versuch im Zeitverlauf: 28. Nov. ")
            && alt.contains("\u{a0}%"),
        "{alt}"
    );
    harness.get_by_label("Erledigte Übungen");

    let dir = tempfile::tempdir().expect("tempdir");
    let harness = two_exercises_then(dir.path(), Language::Japanese);
    let texts = painted_texts(&harness);
    assert!(texts.iter().any(|t| t == "11月29日"), "{texts:?}");
    harness.get_by_label("完了した練習");
}

/// German and the pseudo-locale make every text longer, Japanese has no
/// spaces to wrap at: Progress with a chart, the coach and the topics
/// still fits, at 1280x800, at 800x600 and in projector mode.
#[test]
fn progress_fits_in_every_language() {
    let mut problems = Vec::new();
    for language in [Language::German, Language::Japanese, Language::Pseudo] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut harness = two_exercises_then(dir.path(), language);
        for (size, projector) in [
            ((1280.0, 800.0), false),
            ((800.0, 600.0), false),
            ((1280.0, 800.0), true),
            ((800.0, 600.0), true),
        ] {
            harness.state_mut().projector = projector;
            harness.run();
            let zoom = harness.ctx.zoom_factor();
            harness.set_size(egui::vec2(size.0, size.1) / zoom);
            harness.run();
            harness.run();
            for problem in common::layout::layout_problems(&harness) {
                problems.push(format!(
                    "{language:?} at {size:?}, projector {projector}: {problem}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// In each accuracy column every bar starts at the same x, whatever the
/// width of its row's "Practise (N cards)" button (a 4-card and a 12-card
/// button differ), so the bars read as one chart.
#[test]
fn the_accuracy_bars_of_a_column_line_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let harness = two_exercises_then(dir.path(), Language::English);
    let mut lefts: Vec<(f32, f32)> = harness
        .query_all_by(|node| node.role() == egui::accesskit::Role::ProgressIndicator)
        .filter_map(|node| {
            let rect = node.accesskit_node().bounding_box()?;
            Some((rect.x0 as f32, rect.x1 as f32))
        })
        .collect();
    assert!(lefts.len() >= 6, "bars: {lefts:?}");
    // The columns (topics, services) are far apart; bars of one column
    // that start within a few points of each other are what this checks.
    lefts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut columns: Vec<Vec<(f32, f32)>> = Vec::new();
    for bar in lefts {
        match columns.last_mut() {
            Some(column) if bar.0 - column[0].0 < 60.0 => column.push(bar),
            _ => columns.push(vec![bar]),
        }
    }
    assert!(columns.len() >= 2, "two columns of bars: {columns:?}");
    for column in &columns {
        let first = column[0].0;
        for (x, right) in column {
            assert!(
                (x - first).abs() < 0.5,
                "a bar starts at {x} (ends at {right}), another at {first}: {column:?}"
            );
        }
    }
}

//! Draws N frames of one area in one language the way the window draws
//! them with no screen reader listening (a plain egui context, shapes
//! tessellated, no AccessKit tree), for counting the work a frame takes
//! with `perf stat -e instructions:u`, which a busy machine does not
//! disturb the way it disturbs timings:
//!
//! ```text
//! cargo build --example frame_work
//! perf stat -e instructions:u target/debug/examples/frame_work browse ja 0
//! perf stat -e instructions:u target/debug/examples/frame_work browse ja 500
//! ```
//!
//! The difference between the two runs, divided by 500, is one frame's
//! instructions (the first run counts loading and the settling frames).
//! Areas: browse, sort (an exercise with 6 of 12 cards placed). A fourth
//! argument `accesskit` builds the AccessKit tree each frame as well, as
//! the window does while a screen reader listens.

use srm_study::i18n::Language;
use srm_study::io::content;
use srm_study::model::clock::Clock;
use srm_study::model::{Catalog, Owner};
use srm_study::ui::sort::{SortAction, SortSetup};
use srm_study::ui::{Action, AppState, Area, app_ui, theme};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(area), Some(tag), Some(frames)) = (args.get(1), args.get(2), args.get(3)) else {
        eprintln!("usage: frame_work browse|sort LANGUAGE-TAG FRAMES [accesskit]");
        std::process::exit(2);
    };
    let Some(language) = Language::ALL.into_iter().find(|l| l.tag() == tag) else {
        eprintln!("frame_work: unknown language {tag}");
        std::process::exit(2);
    };
    let Ok(frames) = frames.parse::<usize>() else {
        eprintln!("frame_work: FRAMES must be a whole number");
        std::process::exit(2);
    };
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let mut state = match area.as_str() {
        "browse" => AppState::new(catalog, Area::Browse),
        "sort" => sort_state(catalog),
        other => {
            eprintln!("frame_work: unknown area {other}");
            std::process::exit(2);
        }
    };
    state.apply(Action::SetLanguage(language));
    let ctx = egui::Context::default();
    theme::apply(&ctx);
    if args.get(4).is_some_and(|a| a == "accesskit") {
        ctx.enable_accesskit();
    }
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let mut meshes = 0;
    for _ in 0..(5 + frames) {
        let mut output = ctx.run_ui(input(), |ui| app_ui(ui, &mut state));
        output.textures_delta.clear();
        meshes += ctx.tessellate(output.shapes, output.pixels_per_point).len();
    }
    println!("{meshes} meshes");
}

fn sort_state(catalog: Catalog) -> AppState {
    let mut state = AppState::new(catalog, Area::Sort);
    state.shared.clock = Clock::manual(1_764_720_000_000);
    state.sort.setup = SortSetup {
        fixed_seed: Some(42),
        ..SortSetup::default()
    };
    state.apply(Action::Sort(SortAction::Start));
    let owners: Vec<Owner> = state
        .sort
        .running
        .as_ref()
        .map(|running| running.session.cards().iter().map(|c| c.owner).collect())
        .unwrap_or_default();
    for (i, owner) in owners.into_iter().enumerate().take(6) {
        let owner = if i % 2 == 0 {
            owner
        } else {
            Owner::ALL[(owner as usize + 1) % 3]
        };
        state.apply(Action::Sort(SortAction::Place(i, owner)));
    }
    state
}

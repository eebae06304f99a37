//! A bare eframe window to measure the real one against
//! (`scripts/compare_window.sh`): the same eframe and window size as SRM
//! Study, titled "Bare", with a heading and nothing else.
//!
//! `cargo run --release --example bare_window`. Like the app, it keeps its
//! window state in `$SRM_STUDY_DATA_DIR/window.ron` when that is set, so a
//! measurement with a fresh data folder starts afresh.

fn main() -> eframe::Result {
    let persistence_path = std::env::var_os("SRM_STUDY_DATA_DIR")
        .map(|dir| std::path::PathBuf::from(dir).join("window.ron"));
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare")
            .with_inner_size([1280.0, 800.0]),
        persistence_path,
        // As the app: OpenGL through glow, or wgpu with `SRM_STUDY_RENDERER=wgpu`.
        renderer: match std::env::var("SRM_STUDY_RENDERER").as_deref() {
            Ok("wgpu") => eframe::Renderer::Wgpu,
            _ => eframe::Renderer::Glow,
        },
        ..Default::default()
    };
    eframe::run_ui_native("Bare", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Bare");
        });
    })
}

//! A bare eframe window to measure the real one against
//! (`scripts/compare_window.sh`): the same eframe and window size as SRM
//! Study, titled "Bare", with a heading and nothing else.
//!
//! `cargo run --release --example bare_window`. Like the app, it keeps its
//! window state in `$SRM_STUDY_DATA_DIR/window.ron` when that is set, so a
//! measurement with a fresh data folder starts afresh.

fn main() -> eframe::Result {
    // `SRM_STUDY_TRACE_START=N` prints the milliseconds since the start at
    // each of the first N frames, as the app does.
    let started = std::time::Instant::now();
    let traced: u32 = std::env::var("SRM_STUDY_TRACE_START")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let mut frames = 0;
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
    eframe::run_ui_native("Bare", options, move |ui, _frame| {
        if frames < traced {
            frames += 1;
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            eprintln!("trace {ms:8.1} ms  frame {frames} start");
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Bare");
        });
    })
}

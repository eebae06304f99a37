//! Choosing a file: native dialogs run off the UI thread (`io::dialogs`),
//! and when one answers nothing (cancelled, or no dialog could be shown) a
//! typed-path box takes over. Every dialog button also has a "Type a path"
//! link that opens the box directly. The answer always comes back as an
//! action (`Action::FileChosen`); it knows nothing of the areas.

pub mod state;
pub mod view;
pub mod words;

pub use state::{FilePrompt, PathProblem, TypedPath, Waiting};
pub use view::{file_button, typed_path_modal, waiting_ui};

//! File and platform I/O: where files live, reading content folders and the
//! deck, exercise and result files people hand in, writing files atomically.
//! The only module that opens files. Views never call these directly; the app shell and the
//! command line do.

pub mod content;
pub mod dialogs;
pub mod drafts;
pub mod exercise_files;
pub mod files;
pub mod fs;
pub mod lrs;
pub mod lrs_worker;
pub mod paths;
pub mod private;
pub mod progress_saver;
pub mod progress_store;
pub mod result_copy;
pub mod secret;
pub mod window_file;

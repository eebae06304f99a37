//! File and platform I/O: where files live, reading content folders, writing
//! files atomically. Views never call these directly; the app shell and the
//! command line do.

pub mod content;
pub mod dialogs;
pub mod fs;
pub mod paths;
pub mod progress_store;

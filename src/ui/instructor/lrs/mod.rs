//! The Learning Record Store link: its settings page (endpoint, key,
//! secret, class URI, "Test connection"), sending a class's results and
//! the statements waiting from earlier sends, and loading an exercise's
//! statements back into the class report. Network and keyring calls run on
//! a worker thread (`io::lrs_worker::Job`) that the shell polls; what it reports
//! arrives as actions, like the answers of file dialogs.

pub mod action;
pub mod state;
pub mod view;

pub use action::{LrsAction, LrsForm};
pub use state::{JobKind, LrsJob, LrsState, Runner};

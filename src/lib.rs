//! SRM Study: an offline desktop app for learning the AWS Shared
//! Responsibility Model.
//!
//! - [`model`]: decks, validation and the catalog; plain Rust, no egui.
//! - [`io`]: files, folders and platform paths.
//! - [`ui`]: the egui views and the app shell.
//! - [`cli`]: the command line and its headless subcommands.
//! - [`terminal`]: user text made safe and aligned for the terminal.

#![warn(missing_docs, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::expect_used))]

pub mod cli;
pub mod i18n;
pub mod io;
pub mod model;
pub mod terminal;
pub mod text;
pub mod ui;

//! Deck drafts: decks from the editor that do not load yet, kept in the
//! `drafts/` folder inside the user content folder. The app never loads
//! decks from sub-folders, so a draft never reaches Browse.

use std::path::{Path, PathBuf};

use super::files::read_limited;
use super::files::ron_files_in;
use crate::model::Deck;
use crate::model::load::{LoadError, parse_ron};

/// The drafts folder of a user content folder.
pub fn drafts_dir(content_dir: &Path) -> PathBuf {
    content_dir.join("drafts")
}

/// The drafts in a content folder, sorted by name (none when the folder
/// does not exist).
pub fn list_drafts(content_dir: &Path) -> Vec<PathBuf> {
    ron_files_in(&drafts_dir(content_dir)).unwrap_or_default()
}

/// Reads a draft (or any deck file) without validating it: a draft may
/// still break the rules.
pub fn read_unchecked(path: &Path) -> Result<Deck, LoadError> {
    let bytes = read_limited(path)?;
    parse_ron(&path.display().to_string(), &bytes)
}

/// Removes a draft once its deck is saved for real; a missing file is fine.
pub fn remove_draft(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

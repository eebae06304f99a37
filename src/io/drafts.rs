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

/// A draft file named after `name` that does not exist yet in the drafts
/// folder: `NAME.ron`, else `NAME-2.ron`, `NAME-3.ron`... so that a new
/// draft never replaces another one.
pub fn free_draft_path(content_dir: &Path, name: &str) -> PathBuf {
    let dir = drafts_dir(content_dir);
    let first = dir.join(format!("{name}.ron"));
    if !first.exists() {
        return first;
    }
    (2u32..)
        .map(|n| dir.join(format!("{name}-{n}.ron")))
        .find(|path| !path.exists())
        .unwrap_or(first)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_draft_never_takes_the_name_of_another() {
        let dir = tempfile::tempdir().expect("tempdir");
        let content = dir.path();
        assert_eq!(
            free_draft_path(content, "week"),
            drafts_dir(content).join("week.ron")
        );
        std::fs::create_dir_all(drafts_dir(content)).expect("drafts folder");
        std::fs::write(drafts_dir(content).join("week.ron"), "a").expect("write");
        assert_eq!(
            free_draft_path(content, "week"),
            drafts_dir(content).join("week-2.ron")
        );
        std::fs::write(drafts_dir(content).join("week-2.ron"), "b").expect("write");
        assert_eq!(
            free_draft_path(content, "week"),
            drafts_dir(content).join("week-3.ron")
        );
    }
}

//! Deck drafts: decks from the editor that do not load yet, kept in the
//! `drafts/` folder inside the user content folder. The app never loads
//! decks from sub-folders, so a draft never reaches Browse.

use std::path::{Path, PathBuf};

use super::files::{read_limited_to, ron_files_in};
use super::fs::write_within;
use crate::model::load::{LoadError, MAX_DRAFT_BYTES, MAX_FILE_BYTES, parse_ron, parse_ron_str};
use crate::model::{Deck, ErrorKind};

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
/// still break the rules. Drafts may be up to [`MAX_DRAFT_BYTES`], what
/// [`write_draft`] writes.
pub fn read_unchecked(path: &Path) -> Result<Deck, LoadError> {
    let label = path.display().to_string();
    let bytes = read_limited_to(path, MAX_DRAFT_BYTES)?;
    if bytes.len() as u64 <= MAX_FILE_BYTES {
        return parse_ron(&label, &bytes);
    }
    match std::str::from_utf8(&bytes) {
        Ok(text) => parse_ron_str(&label, text),
        Err(e) => Err(LoadError::new(
            ErrorKind::NotUtf8,
            &label,
            crate::msg!("load-not-utf8-at", byte = e.valid_up_to()),
        )),
    }
}

/// Writes a draft atomically; refused before writing when it is larger
/// than [`read_unchecked`] reads, so every draft written opens again.
pub fn write_draft(path: &Path, text: &str) -> std::io::Result<()> {
    write_within(path, text.as_bytes(), MAX_DRAFT_BYTES)
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

    #[test]
    fn a_draft_larger_than_a_deck_may_be_is_written_and_opens_again() {
        use crate::model::load::deck_to_ron;
        let dir = tempfile::tempdir().expect("tempdir");
        let mut doc = crate::model::deck_edit::EditDoc::new_deck("huge", "Huge", "");
        let filler = "x".repeat(120);
        for i in 0..40_000 {
            let text = format!("Card {i} {filler}");
            let owner = crate::model::Owner::Aws;
            doc.deck.items.push(crate::model::Item {
                explanation: "Why".into(),
                ..crate::model::Item::new(format!("card-{i}"), text, owner, "general")
            });
        }
        let text = deck_to_ron(&doc.deck).expect("ron");
        assert!(text.len() as u64 > MAX_FILE_BYTES, "{}", text.len());
        let path = drafts_dir(dir.path()).join("huge-unsaved.ron");
        write_draft(&path, &text).expect("kept at shutdown");
        let back = read_unchecked(&path).expect("opens again");
        assert_eq!(back.items.len(), 40_000);
        let too_big = "x".repeat(usize::try_from(MAX_DRAFT_BYTES).expect("fits") + 1);
        let refused = write_draft(&drafts_dir(dir.path()).join("x.ron"), &too_big);
        assert!(refused.is_err_and(|e| e.kind() == std::io::ErrorKind::FileTooLarge));
    }
}

//! The built-in decks and the folders of user decks.

use std::path::{Path, PathBuf};

use super::files::read_limited;
use crate::model::load::{ErrorKind, LoadError};
use crate::model::{Catalog, Origin};

/// The decks embedded in the binary, by their path in the repository.
pub const BUILTIN_DECKS: &[(&str, &str)] = &[
    (
        "content/srm-core.ron",
        include_str!("../../content/srm-core.ron"),
    ),
    (
        "content/srm-services.ron",
        include_str!("../../content/srm-services.ron"),
    ),
];

/// The `.ron` files directly inside `dir`, sorted by name; anything named
/// `.ron` but a folder is listed, so that a FIFO or a broken link is
/// reported when read rather than skipped in silence. A missing folder has
/// none; an unreadable one is an error.
pub fn ron_files_in(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| LoadError {
        kind: ErrorKind::Io,
        path: dir.display().to_string(),
        position: None,
        context: String::new(),
        message: format!("cannot read the folder: {e}"),
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !p.is_dir() && p.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    Ok(files)
}

/// Adds the built-in decks to a catalog.
pub fn add_builtin(catalog: &mut Catalog) {
    for (name, text) in BUILTIN_DECKS {
        catalog.add_bytes(name, Origin::BuiltIn(name), text.as_bytes());
    }
}

/// Adds one deck file to a catalog.
pub fn add_file(catalog: &mut Catalog, path: &Path) {
    let label = path.display().to_string();
    match read_limited(path) {
        Ok(bytes) => {
            catalog.add_bytes(&label, Origin::File(path.to_path_buf()), &bytes);
        }
        Err(e) => catalog.errors.push(e),
    }
}

/// Adds a file, or every `.ron` file of a folder, to a catalog.
pub fn add_path(catalog: &mut Catalog, path: &Path) {
    if path.is_dir() {
        match ron_files_in(path) {
            Ok(files) => files.iter().for_each(|f| add_file(catalog, f)),
            Err(e) => catalog.errors.push(e),
        }
    } else {
        add_file(catalog, path);
    }
}

/// The catalog the app and the commands start from: the built-in decks, the
/// user content folder (when it exists) and each `--content` folder.
pub fn load_catalog(user_content: Option<&Path>, extra: &[PathBuf]) -> Catalog {
    let mut catalog = Catalog::new();
    add_builtin(&mut catalog);
    if let Some(dir) = user_content
        && dir.is_dir()
    {
        add_path(&mut catalog, dir);
    }
    for dir in extra {
        add_path(&mut catalog, dir);
    }
    catalog
}

//! The built-in decks and the folders of user decks.

use std::path::{Path, PathBuf};

use super::files::read_limited;
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

pub use super::files::ron_files_in;

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

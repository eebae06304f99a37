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

/// The built-in decks' translations, by their path in the repository
/// (`content/i18n/<language>/<deck>.ron`).
pub const BUILTIN_TRANSLATIONS: &[(&str, &str)] = &[
    (
        "content/i18n/de/srm-core.ron",
        include_str!("../../content/i18n/de/srm-core.ron"),
    ),
    (
        "content/i18n/de/srm-services.ron",
        include_str!("../../content/i18n/de/srm-services.ron"),
    ),
    (
        "content/i18n/es/srm-core.ron",
        include_str!("../../content/i18n/es/srm-core.ron"),
    ),
    (
        "content/i18n/es/srm-services.ron",
        include_str!("../../content/i18n/es/srm-services.ron"),
    ),
    (
        "content/i18n/ja/srm-core.ron",
        include_str!("../../content/i18n/ja/srm-core.ron"),
    ),
    (
        "content/i18n/ja/srm-services.ron",
        include_str!("../../content/i18n/ja/srm-services.ron"),
    ),
];

pub use super::files::ron_files_in;

/// Adds the built-in decks and their translations to a catalog.
pub fn add_builtin(catalog: &mut Catalog) {
    for (name, text) in BUILTIN_DECKS {
        catalog.add_bytes(name, Origin::BuiltIn(name), text.as_bytes());
    }
    for (name, text) in BUILTIN_TRANSLATIONS {
        catalog.add_translation_bytes(name, Origin::BuiltIn(name), text.as_bytes());
    }
}

/// Adds the translations kept in a content folder, one folder per
/// language: `<dir>/i18n/<language>/*.ron`. Call it once the decks they
/// translate are in the catalog. A folder without `i18n` adds nothing.
pub fn add_translations(catalog: &mut Catalog, dir: &Path) {
    let root = dir.join("i18n");
    if !root.is_dir() {
        return;
    }
    let languages = match std::fs::read_dir(&root) {
        Ok(entries) => {
            let mut dirs: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            dirs.sort();
            dirs
        }
        Err(e) => {
            catalog.errors.push(crate::model::load::LoadError::new(
                crate::model::load::ErrorKind::Io,
                &root.display().to_string(),
                crate::msg!("load-cannot-read-folder", error = e.to_string()),
            ));
            return;
        }
    };
    for language in languages {
        let files = match ron_files_in(&language) {
            Ok(files) => files,
            Err(e) => {
                catalog.errors.push(e);
                continue;
            }
        };
        for path in files {
            let label = path.display().to_string();
            match read_limited(&path) {
                Ok(bytes) => {
                    catalog.add_translation_bytes(&label, Origin::File(path.clone()), &bytes);
                }
                Err(e) => catalog.errors.push(e),
            }
        }
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
    // Translations last: they need the decks they translate.
    for dir in user_content
        .into_iter()
        .chain(extra.iter().map(PathBuf::as_path))
    {
        if dir.is_dir() {
            add_translations(&mut catalog, dir);
        }
    }
    catalog
}

//! The translator: every string a person reads in the window (and the
//! command line's human messages) comes from the Fluent files under
//! `i18n/<language>/srm_study.ftl`, embedded in the binary. English is the
//! source: the [`tr!`](crate::tr) macro checks each message id against it
//! at compile time, and a test checks that every other language has every
//! message (and no message English lacks).
//!
//! Ids, file formats and owners never depend on the language: only what is
//! shown does. Numbers, percentages and dates take each language's form
//! ([`format`]). The pseudo-locale `en-XA` ([`pseudo`]) shows every string
//! accented, longer and in brackets, so a string that was never moved here
//! stands out on screen.

pub mod format;
pub mod glossary;
pub mod language;
pub mod message;
pub mod pseudo;
pub mod words;

use std::borrow::Cow;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;

pub use language::Language;
pub use message::{Arg, Msg};

/// The Fluent files, embedded.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Embedded;

/// The embedded files, plus the pseudo-locale's, which is English's: its
/// text is changed as it is shown (see [`pseudo`]).
struct Assets;

impl I18nAssets for Assets {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let path = match file_path.strip_prefix("en-XA/") {
            Some(rest) => Cow::Owned(format!("en/{rest}")),
            None => Cow::Borrowed(file_path),
        };
        Embedded::get(&path)
            .map(|file| file.data)
            .into_iter()
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Embedded::iter().map(|name| name.to_string()))
    }
}

/// Turns message ids into text in one language.
#[derive(Debug)]
pub struct Translator {
    loader: FluentLanguageLoader,
    language: Language,
}

impl Translator {
    /// A translator for `language`. The files are embedded and checked by
    /// the tests, so this cannot fail on a built binary; if it did, the
    /// messages would show in English.
    pub fn new(language: Language) -> Self {
        let loader = FluentLanguageLoader::new("srm_study", Language::English.id());
        let mut translator = Self { loader, language };
        translator.load(language);
        translator
    }

    /// Shows `language` from now on (the next frame draws in it).
    pub fn set_language(&mut self, language: Language) {
        if language != self.language {
            self.load(language);
        }
    }

    fn load(&mut self, language: Language) {
        let wanted = [language.id(), Language::English.id()];
        let loaded = self.loader.load_languages(&Assets, &wanted);
        self.language = if loaded.is_ok() {
            language
        } else {
            // English is always there (the tests load it).
            let _ = self
                .loader
                .load_languages(&Assets, &[Language::English.id()]);
            Language::English
        };
        // Unicode isolation marks would draw as boxes in egui.
        self.loader.set_use_isolating(false);
        if self.language == Language::Pseudo {
            self.loader
                .with_bundles_mut(|bundle| bundle.set_transform(Some(pseudo::transform)));
        }
    }

    /// The language shown.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The Fluent loader the [`tr!`](crate::tr) macro reads through.
    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// A formatted message as it is shown: in the pseudo-locale, in
    /// brackets (a string on screen without them was never translated).
    pub fn finish(&self, text: String) -> String {
        if self.language == Language::Pseudo {
            pseudo::bracket(&text)
        } else {
            text
        }
    }

    /// The message `id` as it is shown (in English where the language
    /// lacks it), or `None` when no file has it: for ids made at run time,
    /// which [`tr!`](crate::tr) cannot check (`cli::help`'s).
    pub fn message(&self, id: &str) -> Option<String> {
        self.loader
            .has(id)
            .then(|| self.finish(self.loader.get(id)))
    }

    /// Every message id of a language's file (for the tests that compare
    /// languages).
    pub fn message_ids(language: Language) -> Vec<String> {
        let Some(text) = Self::source(language) else {
            return Vec::new();
        };
        match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) | Err((resource, _)) => resource
                .body
                .iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                })
                .collect(),
        }
    }

    /// The text of a language's file, as embedded.
    pub fn source(language: Language) -> Option<String> {
        let path = format!("{}/srm_study.ftl", language.folder());
        let file = Assets.get_files(&path).into_iter().next()?;
        Some(String::from_utf8_lossy(&file).into_owned())
    }
}

impl Default for Translator {
    fn default() -> Self {
        Self::new(Language::English)
    }
}

/// A message in the translator's language, its id checked against the
/// English file at compile time:
/// `tr!(ctx.tr, "area-browse")`, `tr!(ctx.tr, "status-cards", cards = 245)`.
#[macro_export]
macro_rules! tr {
    ($tr:expr, $id:literal) => {{
        let tr: &$crate::i18n::Translator = &$tr;
        tr.finish(::i18n_embed_fl::fl!(tr.loader(), $id))
    }};
    ($tr:expr, $id:literal, $($args:tt)*) => {{
        let tr: &$crate::i18n::Translator = &$tr;
        tr.finish(::i18n_embed_fl::fl!(tr.loader(), $id, $($args)*))
    }};
}

#[cfg(test)]
mod tests;

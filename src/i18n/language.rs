//! The languages the window speaks, and how one is chosen: `--lang`, then
//! `SRM_STUDY_LANG`, then the one the person picked last time, then the
//! system's (on first run), then English.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    /// English, the source of every message.
    #[default]
    English,
    /// Spanish.
    Spanish,
    /// German.
    German,
    /// Japanese.
    Japanese,
    /// The pseudo-locale `en-XA`: English accented, longer and in brackets,
    /// to find strings that were never translated.
    Pseudo,
}

impl Language {
    /// Every language, in the picker's order (the pseudo-locale is not in
    /// the picker; `--lang en-XA` shows it).
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Spanish,
        Language::German,
        Language::Japanese,
        Language::Pseudo,
    ];

    /// The languages a person picks from.
    pub const PICKABLE: [Language; 4] = [
        Language::English,
        Language::Spanish,
        Language::German,
        Language::Japanese,
    ];

    /// The BCP 47 tag: `en`, `es`, `de`, `ja`, `en-XA`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::German => "de",
            Language::Japanese => "ja",
            Language::Pseudo => "en-XA",
        }
    }

    /// The folder of its Fluent file under `i18n/`.
    pub fn folder(self) -> &'static str {
        self.tag()
    }

    /// The tag as a language identifier.
    pub fn id(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    /// The language's own name, as the picker shows it (never translated:
    /// a person finds their language by its name in that language).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::German => "Deutsch",
            Language::Japanese => "日本語",
            Language::Pseudo => "[Ƥşêŭďǿ]",
        }
    }

    /// The language a tag or a POSIX locale names: `es`, `es-MX`,
    /// `de_DE.UTF-8`, `ja_JP`, `en-XA`, `EN`; `None` for one the window
    /// does not speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim();
        // POSIX: language_TERRITORY.codeset@modifier.
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or(tag)
            .replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Language::Pseudo);
        }
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" | "c" | "posix" => Some(Language::English),
            "es" => Some(Language::Spanish),
            "de" => Some(Language::German),
            "ja" => Some(Language::Japanese),
            _ => None,
        }
    }

    /// The system's language if the window speaks it, else English.
    pub fn from_system() -> Language {
        sys_locale::get_locales()
            .find_map(|locale| Language::from_tag(&locale))
            .unwrap_or_default()
    }

    /// The language to show: `--lang`, then `SRM_STUDY_LANG`, then the one
    /// remembered from the last run, then the system's.
    pub fn choose(
        flag: Option<Language>,
        env: Option<&str>,
        remembered: Option<Language>,
        system: impl FnOnce() -> Language,
    ) -> Language {
        flag.or_else(|| env.and_then(Language::from_tag))
            .or(remembered)
            .unwrap_or_else(system)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_posix_locales_name_a_language() {
        for (tag, language) in [
            ("es", Language::Spanish),
            ("es-MX", Language::Spanish),
            ("de_DE.UTF-8", Language::German),
            ("de_AT@euro", Language::German),
            ("ja_JP", Language::Japanese),
            ("EN", Language::English),
            ("C", Language::English),
            ("en-XA", Language::Pseudo),
            ("en_xa", Language::Pseudo),
        ] {
            assert_eq!(Language::from_tag(tag), Some(language), "{tag}");
        }
        assert_eq!(Language::from_tag("fr-FR"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for language in Language::ALL {
            assert_eq!(Language::from_tag(language.tag()), Some(language));
            assert_eq!(language.id().to_string(), language.tag());
        }
    }

    #[test]
    fn the_flag_beats_the_variable_which_beats_the_remembered_and_the_system() {
        let system = || Language::German;
        assert_eq!(
            Language::choose(
                Some(Language::Japanese),
                Some("es"),
                Some(Language::English),
                system
            ),
            Language::Japanese
        );
        assert_eq!(
            Language::choose(None, Some("es"), Some(Language::English), system),
            Language::Spanish
        );
        assert_eq!(
            Language::choose(None, Some("xx"), Some(Language::English), system),
            Language::English,
            "an unknown variable is passed over"
        );
        assert_eq!(Language::choose(None, None, None, system), Language::German);
    }
}

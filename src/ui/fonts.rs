//! The fonts each language needs. egui's own fonts draw Latin (English,
//! Spanish, German) but no Japanese, so the app embeds a subset of Noto
//! Sans CJK JP (`assets/fonts/srm-study-jp.otf`, made by
//! `scripts/make-cjk-font.sh`: kana, the 2,136 Jōyō kanji and every
//! character of the translations) and adds it the first time Japanese is
//! shown. The binary maps the file but reads it only then, so the other
//! languages pay nothing for it. A character outside the subset (a
//! student's name, a user deck) falls back to a system CJK font through
//! eframe's system font provider, when one is installed.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

use crate::i18n::Language;

/// The embedded Japanese font.
pub const JAPANESE_FONT: &[u8] = include_bytes!("../../assets/fonts/srm-study-jp.otf");

/// Its name among egui's fonts.
pub const JAPANESE_FONT_NAME: &str = "srm-study-jp";

/// The glyphs of "日本語" alone (2.6 KB), for the language picker, which
/// shows each language by its own name whatever the window's language.
pub const LANGUAGE_NAMES_FONT: &[u8] = include_bytes!("../../assets/fonts/srm-study-jp-names.otf");

/// Its name among egui's fonts.
pub const LANGUAGE_NAMES_FONT_NAME: &str = "srm-study-jp-names";

/// Adds the fonts `language` needs, once each: the picker's few glyphs at
/// the first frame, the Japanese font when Japanese is first shown (it
/// then stays: a later switch back costs nothing).
pub fn use_fonts_for(ctx: &egui::Context, language: Language) {
    add_once(ctx, LANGUAGE_NAMES_FONT_NAME, LANGUAGE_NAMES_FONT);
    if language == Language::Japanese {
        add_once(ctx, JAPANESE_FONT_NAME, JAPANESE_FONT);
    }
}

fn add_once(ctx: &egui::Context, name: &'static str, bytes: &'static [u8]) {
    let id = egui::Id::unique(name);
    if ctx.data(|data| data.get_temp::<bool>(id)).unwrap_or(false) {
        return;
    }
    ctx.data_mut(|data| data.insert_temp(id, true));
    let fallback = |family| InsertFontFamily {
        family,
        priority: FontPriority::Lowest,
    };
    ctx.add_font(FontInsert::new(
        name,
        FontData::from_static(bytes),
        vec![
            fallback(FontFamily::Proportional),
            fallback(FontFamily::Monospace),
        ],
    ));
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use skrifa::MetadataProvider;

    use super::*;
    use crate::i18n::Translator;

    /// The characters a language's messages (comments left out) and its
    /// deck format guide show.
    fn shown_characters(language: Language) -> BTreeSet<char> {
        let source = Translator::source(language).expect("embedded");
        // The pseudo-locale shows English accented as it is drawn.
        let source = match language {
            Language::Pseudo => crate::i18n::pseudo::transform(&source).into_owned(),
            _ => source,
        };
        let guide = crate::ui::instructor::editor::guide::deck_guide(language);
        // The built-in decks' translations into the language.
        let mut decks = String::new();
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content/i18n")
            .join(language.tag());
        for file in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            decks.push_str(&std::fs::read_to_string(file.path()).unwrap_or_default());
        }
        source
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .chain(guide.lines())
            .chain(decks.lines())
            .flat_map(str::chars)
            .filter(|c| !c.is_control() && *c != ' ')
            .collect()
    }

    fn covers(fonts: &[&[u8]], c: char) -> bool {
        fonts.iter().any(|bytes| {
            skrifa::FontRef::new(bytes)
                .ok()
                .and_then(|font| font.charmap().map(c))
                .is_some()
        })
    }

    /// Every character of every built-in string, the deck format guides and
    /// the built-in decks' translations too, has a glyph in the fonts the app loads for that language (not
    /// in whatever the system has).
    #[test]
    fn every_character_of_every_language_has_a_glyph_in_the_apps_fonts() {
        let defaults = egui::FontDefinitions::default();
        let builtin: Vec<&[u8]> = defaults
            .font_data
            .values()
            .map(|data| data.font.as_ref().as_ref())
            .collect();
        let mut builtin = builtin;
        builtin.push(LANGUAGE_NAMES_FONT);
        let mut with_japanese = builtin.clone();
        with_japanese.push(JAPANESE_FONT);
        for language in Language::ALL {
            let fonts = if language == Language::Japanese {
                &with_japanese
            } else {
                &builtin
            };
            let missing: String = shown_characters(language)
                .into_iter()
                .filter(|c| !covers(fonts, *c))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: no glyph for {missing:?} (run scripts/make-cjk-font.sh)",
                language.tag()
            );
        }
    }

    /// The picker shows every language's name in every language.
    #[test]
    fn every_language_name_has_a_glyph_before_japanese_is_loaded() {
        let defaults = egui::FontDefinitions::default();
        let mut fonts: Vec<&[u8]> = defaults
            .font_data
            .values()
            .map(|data| data.font.as_ref().as_ref())
            .collect();
        fonts.push(LANGUAGE_NAMES_FONT);
        for language in Language::ALL {
            let missing: String = language
                .native_name()
                .chars()
                .filter(|c| !covers(&fonts, *c))
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", language.tag());
        }
    }

    #[test]
    fn the_japanese_font_has_kana_and_every_joyo_kanji() {
        let joyo = include_str!("../../scripts/fonts/joyo-kanji.txt");
        let missing: String = joyo
            .chars()
            .chain('ぁ'..='ゖ')
            .chain('ァ'..='ヺ')
            .filter(|c| !c.is_whitespace() && !covers(&[JAPANESE_FONT], *c))
            .collect();
        assert!(missing.is_empty(), "missing {missing:?}");
        assert_eq!(joyo.chars().filter(|c| !c.is_whitespace()).count(), 2136);
    }

    #[test]
    fn the_japanese_font_is_added_once_and_only_for_japanese() {
        let ctx = egui::Context::default();
        let added = |ctx: &egui::Context, name| {
            ctx.data(|d| d.get_temp::<bool>(egui::Id::unique(name)))
                .unwrap_or(false)
        };
        use_fonts_for(&ctx, Language::German);
        assert!(added(&ctx, LANGUAGE_NAMES_FONT_NAME));
        assert!(!added(&ctx, JAPANESE_FONT_NAME));
        use_fonts_for(&ctx, Language::Japanese);
        assert!(added(&ctx, JAPANESE_FONT_NAME));
    }
}

//! The pseudo-locale `en-XA` (the name Android and Chromium use): English
//! with every letter accented, about 40% longer, in brackets. Text on
//! screen in it without brackets was never translated; text cut or
//! overlapping in it will be in German too.

use std::borrow::Cow;

/// Accents the letters of a piece of a message and pads it to about 140%
/// of its length (Fluent calls this on each text piece, not on the values
/// put into the message).
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0usize;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        }
        out.push(accented(c));
        // Every fifth letter is doubled: with the brackets, about 40%
        // longer on a typical label.
        if c.is_ascii_alphabetic() && letters.is_multiple_of(5) {
            out.push(accented(c));
        }
    }
    if letters == 0 {
        return Cow::Borrowed(text);
    }
    let pad = (letters * 2).div_ceil(10);
    out.push_str(&"~".repeat(pad));
    Cow::Owned(out)
}

/// A whole message, in brackets.
pub fn bracket(text: &str) -> String {
    format!("[{text}]")
}

fn accented(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // Each has a glyph in egui's own font (the glyph test checks).
    const ACCENTED: &str = "ȧƀƈďêƒğħīĵķŀӎƞǿƥɋřşŧŭѵŵхýžȦƁƇĎÊƑĞĦĪĴĶĿМȠǾƤɊŘŞŦŬѴŴХÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_the_text_is_about_forty_percent_longer() {
        let plain = "Start exercise";
        let pseudo = bracket(&transform(plain));
        assert!(pseudo.starts_with("[Şŧȧřŧ"), "{pseudo}");
        assert!(pseudo.ends_with(']'));
        let (plain_len, pseudo_len) = (plain.chars().count(), pseudo.chars().count());
        assert!(
            (plain_len * 13 / 10..=plain_len * 16 / 10).contains(&pseudo_len),
            "{plain_len} -> {pseudo_len}: {pseudo}"
        );
        assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
    }

    #[test]
    fn text_without_letters_stays_as_it_is() {
        assert_eq!(transform(" · "), " · ");
        assert_eq!(transform("📽 "), "📽 ");
    }
}

//! Words for numbers: "1 card", "2 cards", "8.0 MB"; the start of a long
//! text. No egui; the window and the command line both use it.

/// `n` and the noun in the right number: `count(1, "card", "cards")` is
/// "1 card", `count(2, "day", "days")` is "2 days", zero takes the plural.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The noun alone in the right number for `n`.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// Whether `c` is a pictograph, arrow or dingbat that marks a button or
/// a note ("🔍", "▶", "✔", "⬇", "💾"), or the dash, dot or ellipsis
/// some lines start with: what a screen reader should not read out.
fn is_marker(c: char) -> bool {
    matches!(c,
        '\u{00b7}' | '\u{2014}' | '\u{2026}' | '\u{fe0f}' | '\u{200d}'
        | '\u{2190}'..='\u{21ff}'
        | '\u{2300}'..='\u{23ff}'
        | '\u{2460}'..='\u{27bf}'
        | '\u{27f0}'..='\u{27ff}'
        | '\u{2900}'..='\u{297f}'
        | '\u{2b00}'..='\u{2bff}'
        | '\u{1f000}'..='\u{1faff}')
}

/// `text` without the markers it starts or ends with ("🔍 Search" is
/// "Search", "⬆ customer's part · AWS's part ⬇" keeps its middle dot):
/// the name a screen reader says. A text of markers alone stays whole.
pub fn without_markers(text: &str) -> &str {
    let trimmed = text
        .trim_start_matches(|c: char| is_marker(c) || c.is_whitespace())
        .trim_end_matches(|c: char| is_marker(c) || c.is_whitespace());
    if trimmed.is_empty() { text } else { trimmed }
}

/// Whether `text` holds Japanese: kana, kanji or their punctuation (the
/// window then needs its Japanese font, whatever its language).
pub fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{3000}'..='\u{30ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
            | '\u{ff00}'..='\u{ffef}')
    })
}

/// Whether any text a person reads in `deck` holds Japanese.
pub fn deck_has_japanese(deck: &crate::model::Deck) -> bool {
    has_japanese(&deck.title)
        || deck.topics.iter().any(|t| has_japanese(&t.title))
        || deck.items.iter().any(|i| {
            has_japanese(&i.text)
                || has_japanese(&i.explanation)
                || has_japanese(&i.aws_part)
                || has_japanese(&i.customer_part)
        })
}

/// A size in bytes as a person reads it: "812 bytes", "64.0 KB", "8.0 MB"
/// (decimal units).
pub fn byte_size(bytes: usize) -> String {
    let b = bytes as f64;
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 1_000_000 {
        format!("{:.1} KB", b / 1e3)
    } else {
        format!("{:.1} MB", b / 1e6)
    }
}

/// The first `max` characters of `text` (all of it when shorter), without
/// copying: a row or a label that shows the start of a text of megabytes
/// lays out only that start.
pub fn clip_chars(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(end, _)| &text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screen_reader_name_leaves_out_the_markers_around_the_words() {
        assert_eq!(without_markers("🔍 Search"), "Search");
        assert_eq!(
            without_markers("▶ Start exercise (12 cards)"),
            "Start exercise (12 cards)"
        );
        assert_eq!(without_markers("✔ Check (Enter)"), "Check (Enter)");
        assert_eq!(without_markers("⟲ Reload content"), "Reload content");
        assert_eq!(
            without_markers("💾 演習をエクスポート…"),
            "演習をエクスポート"
        );
        assert_eq!(without_markers("· you placed it in"), "you placed it in");
        assert_eq!(
            without_markers("⬆ customer's part  ·  AWS's part ⬇"),
            "customer's part  ·  AWS's part"
        );
        assert_eq!(
            without_markers("−1 for a wrong card"),
            "−1 for a wrong card"
        );
        assert_eq!(without_markers("Progress"), "Progress");
        assert_eq!(without_markers("☀️"), "☀️", "a marker alone stays");
    }

    #[test]
    fn one_takes_the_singular_and_everything_else_the_plural() {
        assert_eq!(count(0, "card", "cards"), "0 cards");
        assert_eq!(count(1, "card", "cards"), "1 card");
        assert_eq!(count(2, "deck", "decks"), "2 decks");
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(noun(3, "problem", "problems"), "problems");
    }

    #[test]
    fn sizes_read_as_bytes_kb_and_mb_and_clipping_keeps_whole_characters() {
        assert_eq!(byte_size(812), "812 bytes");
        assert_eq!(byte_size(100_032), "100.0 KB");
        assert_eq!(byte_size(8_000_021), "8.0 MB");
        assert_eq!(clip_chars("héllo", 2), "hé");
        assert_eq!(clip_chars("hé", 5), "hé");
        assert_eq!(clip_chars("", 0), "");
    }
}

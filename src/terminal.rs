//! Text from decks, exercises, results and tables, made safe and tidy for
//! a terminal. Every command-line printer goes through here:
//!
//! - [`SafeWriter`] wraps standard output and standard error (in
//!   `main.rs`): no control character from user data (ESC, BEL, a carriage
//!   return, the C1 controls, the bidirectional overrides) reaches the
//!   terminal; each is shown as a visible stand-in (`␛`, `␇`, `�`). Tab and
//!   line feed pass.
//! - [`one_line`], [`width`], [`pad_right`] and [`pad_left`] lay out table
//!   cells: a line break in a card text becomes ` ↵ `, and columns are
//!   measured in terminal cells (a CJK character takes two), so the table
//!   stays straight.

use std::borrow::Cow;
use std::io::Write;

use unicode_width::UnicodeWidthStr;

/// A writer that passes text through, replacing every control character
/// but tab and line feed, and the bidirectional controls, by a visible
/// stand-in (see the module docs). Works on bytes, so a character split
/// over two writes is still recognised; what is left at the end is written
/// when the writer is dropped.
pub struct SafeWriter<W: Write> {
    inner: W,
    /// The start of a multi-byte character whose end has not come yet.
    pending: Vec<u8>,
}

impl<W: Write> SafeWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            pending: Vec::new(),
        }
    }
}

/// What a byte sequence at the start of `bytes` is.
enum Piece {
    /// Write these bytes as they are.
    Keep(usize),
    /// Write the stand-in instead of this many bytes.
    Replace(usize, char),
    /// The sequence may be a control once more bytes come.
    Incomplete,
}

/// The visible stand-in for a C0 control (its Unicode control picture).
fn control_picture(byte: u8) -> char {
    char::from_u32(0x2400 + u32::from(byte)).unwrap_or('\u{fffd}')
}

fn piece(bytes: &[u8]) -> Piece {
    match bytes {
        [] => Piece::Keep(0),
        [b'\t' | b'\n', ..] => Piece::Keep(1),
        [b, ..] if *b < 0x20 => Piece::Replace(1, control_picture(*b)),
        [0x7f, ..] => Piece::Replace(1, '\u{2421}'),
        // C1 controls, U+0080..U+009F (CSI is U+009B).
        [0xc2] => Piece::Incomplete,
        [0xc2, b, ..] if (0x80..=0x9f).contains(b) => Piece::Replace(2, '\u{fffd}'),
        // U+2028/U+2029 (line and paragraph separators), U+202A..U+202E
        // and U+2066..U+2069 (bidirectional embeddings, overrides and
        // isolates).
        [0xe2] | [0xe2, 0x80 | 0x81] => Piece::Incomplete,
        [0xe2, 0x80, b, ..] if (0xa8..=0xae).contains(b) => Piece::Replace(3, '\u{fffd}'),
        [0xe2, 0x81, b, ..] if (0xa6..=0xa9).contains(b) => Piece::Replace(3, '\u{fffd}'),
        _ => Piece::Keep(1),
    }
}

impl<W: Write> Write for SafeWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match piece(&bytes[i..]) {
                Piece::Keep(n) => {
                    out.extend_from_slice(&bytes[i..i + n.max(1)]);
                    i += n.max(1);
                }
                Piece::Replace(n, stand_in) => {
                    let mut utf8 = [0; 4];
                    out.extend_from_slice(stand_in.encode_utf8(&mut utf8).as_bytes());
                    i += n;
                }
                Piece::Incomplete => {
                    self.pending = bytes[i..].to_vec();
                    break;
                }
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        // A pending lead byte waits for its continuation: writing it now
        // could let a control through.
        self.inner.flush()
    }
}

impl<W: Write> Drop for SafeWriter<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let rest = String::from_utf8_lossy(&self.pending).into_owned();
            let _ = self.inner.write_all(rest.as_bytes());
        }
        let _ = self.inner.flush();
    }
}

/// `text` as one line of a table cell: a line break becomes ` ↵ `, a tab a
/// space, and every other control a visible stand-in.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_care) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push_str(" \u{21b5} "),
            '\t' => out.push(' '),
            c if (c as u32) < 0x20 => out.push(control_picture(c as u8)),
            '\u{7f}' => out.push('\u{2421}'),
            c if needs_care(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `c` is not printed as it is in a table cell.
fn needs_care(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// How many terminal cells `text` takes on one line (a CJK character two,
/// a combining accent none), once made safe by [`one_line`].
pub fn width(text: &str) -> usize {
    one_line(text).width()
}

/// `text` on one line, padded with spaces to `width` terminal cells.
pub fn pad_right(text: &str, width: usize) -> String {
    let line = one_line(text);
    let fill = width.saturating_sub(line.width());
    format!("{line}{}", " ".repeat(fill))
}

/// `text` on one line, right-aligned in `width` terminal cells.
pub fn pad_left(text: &str, width: usize) -> String {
    let line = one_line(text);
    let fill = width.saturating_sub(line.width());
    format!("{}{line}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut writer = SafeWriter::new(&mut out);
            for chunk in chunks {
                writer.write_all(chunk).expect("write");
            }
        }
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn controls_never_reach_the_terminal_even_split_over_writes() {
        let text = "a\u{1b}[31mred\u{7}\tb\u{9b}c\u{202e}d\r\ne\u{7f}";
        let shown = through(&[text.as_bytes()]);
        assert_eq!(
            shown,
            "a\u{241b}[31mred\u{2407}\tb\u{fffd}c\u{fffd}d\u{240d}\ne\u{2421}"
        );
        // Every split of the bytes gives the same text.
        let bytes = text.as_bytes();
        for cut in 1..bytes.len() {
            assert_eq!(
                through(&[&bytes[..cut], &bytes[cut..]]),
                shown,
                "cut at {cut}"
            );
        }
        assert_eq!(through(&["Zoë 日本 ✓\n".as_bytes()]), "Zoë 日本 ✓\n");
    }

    #[test]
    fn cells_are_one_line_and_measured_in_terminal_cells() {
        assert_eq!(
            one_line("two\nlines\tand\u{1b}"),
            "two \u{21b5} lines and\u{241b}"
        );
        assert_eq!(width("日本語"), 6);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(pad_right("日本", 6), "日本  ");
        assert_eq!(pad_left("ab", 4), "  ab");
        assert!(matches!(one_line("plain"), Cow::Borrowed(_)));
    }
}

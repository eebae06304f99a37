//! `srm-study import-table`: cards from a CSV/TSV table into a deck file,
//! the same import as "Paste from a spreadsheet" in the deck editor.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CliError, ExitCode};
use crate::i18n::Translator;
use crate::io::files::{load_deck, read_limited};
use crate::io::fs::write_readable;
use crate::model::deck_edit::EditDoc;
use crate::model::deck_edit::builtin::BuiltIns;
use crate::model::deck_edit::table::{add_rows, parse_rows, preview_with, refused_csv};
use crate::model::load::{deck_to_ron, is_valid_id, validate_deck};
use crate::model::{Catalog, Deck};
use crate::tr;

/// Runs `import-table`: reads the table in `file`, adds its good rows to the
/// deck `deck_id` (the deck already in `out` when it exists, else a copy of
/// the loaded deck with that id, else a new deck) and writes the deck to
/// `out`; an existing `out` is used only with `force`, and never when it is
/// the table itself (`cli::output`). A row whose text matches a card updates it. Each row left out is
/// named on `err` with its line and problems, and written with them to
/// `refused` when given (a CSV to fix and import again). Services and
/// topics may be the built-in ones of `catalog`, by id or name; a name that
/// matches nothing becomes a new one, with a note. Returns 1 when a row was
/// left out or the deck is not valid yet, else 0.
#[allow(clippy::too_many_arguments)]
pub fn import_table(
    catalog: &Catalog,
    file: &Path,
    deck_id: &str,
    out_path: &Path,
    force: bool,
    refused: Option<&Path>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    if !is_valid_id(deck_id) {
        return Err(CliError::Export(tr!(tr, "cli-import-bad-id", id = deck_id)));
    }
    let check = |path: &Path, flag: &'static str, inputs: Vec<PathBuf>| {
        let output = super::output::Output {
            command: "import-table",
            flag,
            force,
            inputs,
        };
        super::output::check_output(path, &output)
    };
    check(out_path, "--out", vec![file.to_path_buf()])?;
    if let Some(refused) = refused {
        // Never over the table nor the deck, not even with --force.
        let inputs = vec![file.to_path_buf(), out_path.to_path_buf()];
        check(refused, "--refused", inputs)?;
    }
    let bytes = read_limited(file).map_err(|e| CliError::Export(e.localized(tr)))?;
    let text =
        table_text(&bytes, tr).map_err(|e| CliError::Export(format!("{}: {e}", file.display())))?;
    let rows = parse_rows(text)
        .map_err(|e| CliError::Export(format!("{}: {}", file.display(), e.localized(tr))))?;
    let mut deck = start_deck(catalog, deck_id, out_path, tr)?;
    let table = preview_with(&deck, &rows, true, &BuiltIns::of_catalog(catalog));
    let mut code = 0;
    // Notes and problems are the model's words; where they are, and what
    // to do, are the terminal's.
    for row in &table.rows {
        let at = format!("{}:{}", file.display(), row.line);
        for note in &row.notes {
            let note = note.localized(tr);
            let note = note.as_str();
            let _ = writeln!(
                err,
                "{}",
                tr!(tr, "cli-import-note", at = at.as_str(), note = note)
            );
        }
        if !row.is_good() {
            code = 1;
            let problems = (row.problems.iter())
                .map(|p| p.localized(tr))
                .collect::<Vec<_>>()
                .join("; ");
            let _ = writeln!(
                err,
                "{}",
                tr!(
                    tr,
                    "cli-import-left-out",
                    at = at.as_str(),
                    problems = problems
                )
            );
            if row.needs_owner {
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(tr, "cli-import-owner-hint", at = at.as_str())
                );
            }
        }
    }
    let left_out = table.rows.len() - table.good();
    if left_out > 0 {
        match refused {
            Some(path) => {
                let csv = refused_csv(&rows, &table, tr);
                write_readable(path, csv.as_bytes()).map_err(|e| CliError::Write {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })?;
                let path = path.display().to_string();
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(
                        tr,
                        "cli-import-refused-written",
                        rows = left_out,
                        path = path
                    )
                );
            }
            None => {
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(tr, "cli-import-refused-hint", rows = left_out)
                );
            }
        }
    }
    let done = add_rows(&mut deck, &table);
    let label = out_path.display().to_string();
    let errors = validate_deck(&label, &deck);
    for e in &errors {
        code = 1;
        let _ = writeln!(err, "{}", e.localized(tr));
    }
    let ron = deck_to_ron(&deck).map_err(|e| CliError::Serialize(e.to_string()))?;
    // Refused before writing when the deck would be larger than a deck
    // may be: the next import (and the app) could not read it.
    write_readable(out_path, ron.as_bytes()).map_err(|e| CliError::Write {
        path: label.clone(),
        message: tr!(
            tr,
            "cli-import-too-large",
            cards = deck.items.len(),
            error = e.to_string()
        ),
    })?;
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-import-wrote",
            id = deck_id,
            path = label.as_str(),
            added = done.added,
            updated = done.updated,
            left = left_out,
            cards = deck.items.len()
        )
    );
    Ok(code)
}

/// The deck the rows go into: the file at `out_path` when it exists (it
/// must be a deck with this id), else a copy of the loaded deck, else new.
fn start_deck(
    catalog: &Catalog,
    deck_id: &str,
    out_path: &Path,
    tr: &Translator,
) -> Result<Deck, CliError> {
    if out_path.exists() {
        let deck = load_deck(out_path).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(|e| e.localized(tr)).collect();
            CliError::Export(tr!(
                tr,
                "cli-import-not-a-deck",
                path = out_path.display().to_string(),
                errors = lines.join("\n")
            ))
        })?;
        if deck.id != deck_id {
            return Err(CliError::Export(tr!(
                tr,
                "cli-import-other-deck",
                path = out_path.display().to_string(),
                found = deck.id.as_str(),
                id = deck_id
            )));
        }
        return Ok(deck);
    }
    if let Some(loaded) = catalog.deck(deck_id) {
        return Ok(loaded.deck.clone());
    }
    let mut doc = EditDoc::new_deck(deck_id, deck_id, "");
    doc.deck.topics.clear();
    Ok(doc.deck)
}

/// The text of a table file: UTF-8 (a byte-order mark is dropped). Any
/// other encoding is refused, naming it, rather than read as garbage rows:
/// UTF-16 (with or without a byte-order mark), UTF-32, or bytes that are
/// no text at all.
pub fn table_text<'a>(bytes: &'a [u8], tr: &Translator) -> Result<&'a str, String> {
    let named = |encoding: String| tr!(tr, "cli-table-encoding", encoding = encoding);
    match bytes {
        [0xff, 0xfe, 0, 0, ..] | [0, 0, 0xfe, 0xff, ..] => {
            return Err(named(tr!(tr, "cli-table-utf32-bom")));
        }
        [0xff, 0xfe, ..] => return Err(named(tr!(tr, "cli-table-utf16-le-bom"))),
        [0xfe, 0xff, ..] => return Err(named(tr!(tr, "cli-table-utf16-be-bom"))),
        _ => {}
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    if half > 0 && zeros_at(1) * 10 >= half * 3 && zeros_at(0) * 10 < half {
        return Err(named(tr!(tr, "cli-table-utf16-le")));
    }
    if half > 0 && zeros_at(0) * 10 >= half * 3 && zeros_at(1) * 10 < half {
        return Err(named(tr!(tr, "cli-table-utf16-be")));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let byte = at + 1;
        tr!(tr, "cli-table-not-utf8", line = line, byte = byte)
    })?;
    // A stray NUL is a control character like the others (turned into a
    // space, with a note); many of them are binary data.
    let nuls = text.bytes().filter(|&b| b == 0).count();
    if nuls >= 4 && nuls * 20 > text.len() {
        let at = text.find('\0').unwrap_or(0);
        let line = text[..at].matches('\n').count() + 1;
        return Err(tr!(tr, "cli-table-nul", line = line));
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::table_text;
    use crate::i18n::Translator;

    fn check(bytes: &[u8]) -> Result<&str, String> {
        table_text(bytes, &Translator::default())
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut units: Vec<u16> = text.encode_utf16().collect();
        if bom {
            units.insert(0, 0xfeff);
        }
        units
            .into_iter()
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn a_table_that_is_not_utf8_is_refused_naming_its_encoding() {
        let table = "text,owner,topic,explanation\nGuards,AWS,Physical,Why\n";
        assert_eq!(check(table.as_bytes()), Ok(table));
        let with_bom = format!("\u{feff}{table}");
        assert_eq!(check(with_bom.as_bytes()), Ok(table));
        for (big, bom, name) in [
            (false, true, "UTF-16 LE text (with a byte-order mark)"),
            (true, true, "UTF-16 BE text (with a byte-order mark)"),
            (false, false, "UTF-16 LE text (without a byte-order mark)"),
            (true, false, "UTF-16 BE text (without a byte-order mark)"),
        ] {
            let err = check(&utf16(table, big, bom)).expect_err(name);
            assert!(err.contains(name), "{err}");
        }
        let err = check(&[0x89, b'P', b'N', b'G', 0, 0, 1, 2]).expect_err("binary");
        assert!(err.contains("not UTF-8"), "{err}");
        let err = check(b"a,b\n\0\0\0\0\x01,c\n").expect_err("NULs");
        assert!(err.contains("line 2"), "{err}");
        let err = check(b"caf\xe9,AWS\n").expect_err("Latin-1");
        assert!(err.contains("Latin-1"), "{err}");
    }
}

//! `srm-study import-table`: cards from a CSV/TSV table into a deck file,
//! the same import as "Paste from a spreadsheet" in the deck editor.

use std::io::Write;
use std::path::Path;

use super::{CliError, ExitCode};
use crate::io::files::{load_deck, read_limited};
use crate::io::fs::write_readable;
use crate::model::deck_edit::EditDoc;
use crate::model::deck_edit::builtin::BuiltIns;
use crate::model::deck_edit::table::{add_rows, parse_rows, preview_with, refused_csv};
use crate::model::load::{deck_to_ron, is_valid_id, validate_deck};
use crate::model::{Catalog, Deck};

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
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    if !is_valid_id(deck_id) {
        return Err(CliError::Export(format!(
            "\"{deck_id}\" is not a valid deck id: use lowercase letters, digits and '-', starting with a letter"
        )));
    }
    super::output::check_output(
        out_path,
        &super::output::Output {
            command: "import-table",
            flag: "--out",
            force,
            inputs: vec![file.to_path_buf()],
        },
    )?;
    if let Some(refused) = refused {
        // Never over the table nor the deck, not even with --force.
        let inputs = vec![file.to_path_buf(), out_path.to_path_buf()];
        super::output::check_output(
            refused,
            &super::output::Output {
                command: "import-table",
                flag: "--refused",
                force,
                inputs,
            },
        )?;
    }
    let bytes = read_limited(file).map_err(|e| CliError::Export(e.to_string()))?;
    let text =
        table_text(&bytes).map_err(|e| CliError::Export(format!("{}: {e}", file.display())))?;
    let rows =
        parse_rows(text).map_err(|e| CliError::Export(format!("{}: {e}", file.display())))?;
    let mut deck = start_deck(catalog, deck_id, out_path)?;
    let table = preview_with(&deck, &rows, true, &BuiltIns::of_catalog(catalog));
    let mut code = 0;
    for row in &table.rows {
        for note in &row.notes {
            let _ = writeln!(err, "{}:{}: note: {note}", file.display(), row.line);
        }
        if !row.is_good() {
            code = 1;
            let _ = writeln!(
                err,
                "{}:{}: left out: {}",
                file.display(),
                row.line,
                row.problems.join("; ")
            );
            if row.needs_owner {
                let _ = writeln!(
                    err,
                    "{}:{}: hint: write AWS, Customer or Shared in the owner column of this row",
                    file.display(),
                    row.line
                );
            }
        }
    }
    let left_out = table.rows.len() - table.good();
    if left_out > 0 {
        match refused {
            Some(path) => {
                let csv = refused_csv(&rows, &table);
                write_readable(path, csv.as_bytes()).map_err(|e| CliError::Write {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })?;
                let _ = writeln!(
                    err,
                    "the {left_out} rows left out are in {}, each with why: fix them there and \
                     import that file again",
                    path.display()
                );
            }
            None => {
                let _ = writeln!(
                    err,
                    "to fix the {left_out} rows left out, add --refused FILE.csv: they are \
                     written there, each with why, to import again"
                );
            }
        }
    }
    let done = add_rows(&mut deck, &table);
    let label = out_path.display().to_string();
    let errors = validate_deck(&label, &deck);
    for e in &errors {
        code = 1;
        let _ = writeln!(err, "{e}");
    }
    let ron = deck_to_ron(&deck).map_err(|e| CliError::Serialize(e.to_string()))?;
    // Refused before writing when the deck would be larger than a deck
    // may be: the next import (and the app) could not read it.
    write_readable(out_path, ron.as_bytes()).map_err(|e| CliError::Write {
        path: label.clone(),
        message: format!("the deck ({} cards) is too large: {e}", deck.items.len()),
    })?;
    let _ = writeln!(
        out,
        "wrote deck \"{deck_id}\" to {label}: {} added, {} updated, {} left out; {} cards in all",
        done.added,
        done.updated,
        left_out,
        deck.items.len()
    );
    Ok(code)
}

/// The deck the rows go into: the file at `out_path` when it exists (it
/// must be a deck with this id), else a copy of the loaded deck, else new.
fn start_deck(catalog: &Catalog, deck_id: &str, out_path: &Path) -> Result<Deck, CliError> {
    if out_path.exists() {
        let deck = load_deck(out_path).map_err(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            CliError::Export(format!(
                "{} exists but is not a valid deck, so it was left unchanged:\n{}",
                out_path.display(),
                lines.join("\n")
            ))
        })?;
        if deck.id != deck_id {
            return Err(CliError::Export(format!(
                "{} holds the deck \"{}\", not \"{deck_id}\"; it was left unchanged",
                out_path.display(),
                deck.id
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
pub fn table_text(bytes: &[u8]) -> Result<&str, String> {
    let save_as =
        "save the table as CSV UTF-8 (in Excel: Save As, \"CSV UTF-8\") and import it again";
    let named = |encoding: &str| format!("the table is {encoding}, not UTF-8; {save_as}");
    match bytes {
        [0xff, 0xfe, 0, 0, ..] | [0, 0, 0xfe, 0xff, ..] => {
            return Err(named("UTF-32 text (with a byte-order mark)"));
        }
        [0xff, 0xfe, ..] => return Err(named("UTF-16 LE text (with a byte-order mark)")),
        [0xfe, 0xff, ..] => return Err(named("UTF-16 BE text (with a byte-order mark)")),
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
        return Err(named("UTF-16 LE text (without a byte-order mark)"));
    }
    if half > 0 && zeros_at(0) * 10 >= half * 3 && zeros_at(1) * 10 < half {
        return Err(named("UTF-16 BE text (without a byte-order mark)"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "the table is not UTF-8 text (line {line}, byte {}: binary data, or a legacy \
             encoding such as Windows-1252 or Latin-1); {save_as}",
            at + 1
        )
    })?;
    // A stray NUL is a control character like the others (turned into a
    // space, with a note); many of them are binary data.
    let nuls = text.bytes().filter(|&b| b == 0).count();
    if nuls >= 4 && nuls * 20 > text.len() {
        let at = text.find('\0').unwrap_or(0);
        let line = text[..at].matches('\n').count() + 1;
        return Err(format!(
            "the table holds a NUL byte (line {line}): it is binary data, not text; {save_as}"
        ));
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::table_text;

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
        assert_eq!(table_text(table.as_bytes()), Ok(table));
        let with_bom = format!("\u{feff}{table}");
        assert_eq!(table_text(with_bom.as_bytes()), Ok(table));
        for (big, bom, name) in [
            (false, true, "UTF-16 LE text (with a byte-order mark)"),
            (true, true, "UTF-16 BE text (with a byte-order mark)"),
            (false, false, "UTF-16 LE text (without a byte-order mark)"),
            (true, false, "UTF-16 BE text (without a byte-order mark)"),
        ] {
            let err = table_text(&utf16(table, big, bom)).expect_err(name);
            assert!(err.contains(name), "{err}");
        }
        let err = table_text(&[0x89, b'P', b'N', b'G', 0, 0, 1, 2]).expect_err("binary");
        assert!(err.contains("not UTF-8"), "{err}");
        let err = table_text(b"a,b\n\0\0\0\0\x01,c\n").expect_err("NULs");
        assert!(err.contains("line 2"), "{err}");
        let err = table_text(b"caf\xe9,AWS\n").expect_err("Latin-1");
        assert!(err.contains("Latin-1"), "{err}");
    }
}

//! `srm-study import-table`: cards from a CSV/TSV table into a deck file,
//! the same import as "Paste from a spreadsheet" in the deck editor.

use std::io::Write;
use std::path::Path;

use super::{CliError, ExitCode};
use crate::io::files::{load_deck, read_limited};
use crate::io::fs::write_atomic;
use crate::model::deck_edit::EditDoc;
use crate::model::deck_edit::table::{add_rows, parse_rows, preview};
use crate::model::load::{deck_to_ron, is_valid_id, validate_deck};
use crate::model::{Catalog, Deck};

/// Runs `import-table`: reads the table in `file`, adds its good rows to the
/// deck `deck_id` (the deck already in `out` when it exists, else a copy of
/// the loaded deck with that id, else a new deck) and writes the deck to
/// `out`; an existing `out` is used only with `force`, and never when it is
/// the table itself (`cli::output`). A row whose text matches a card updates it. Each row left out is
/// named on `err` with its line and problems. Returns 1 when a row was left
/// out or the deck is not valid yet, else 0.
pub fn import_table(
    catalog: &Catalog,
    file: &Path,
    deck_id: &str,
    out_path: &Path,
    force: bool,
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
    let bytes = read_limited(file).map_err(|e| CliError::Export(e.to_string()))?;
    let text = String::from_utf8_lossy(&bytes);
    let rows =
        parse_rows(&text).map_err(|e| CliError::Export(format!("{}: {e}", file.display())))?;
    let mut deck = start_deck(catalog, deck_id, out_path)?;
    let table = preview(&deck, &rows);
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
    write_atomic(out_path, ron.as_bytes()).map_err(|e| CliError::Write {
        path: label.clone(),
        message: e.to_string(),
    })?;
    let _ = writeln!(
        out,
        "wrote deck \"{deck_id}\" to {label}: {} added, {} updated, {} left out; {} cards in all",
        done.added,
        done.updated,
        table.rows.len() - table.good(),
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

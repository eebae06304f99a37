//! Quizlet: the text its "Import" box takes with the default separators, a
//! tab between term and definition and a new line between cards.
//!
//! The term is the duty; the definition is the owner, why, and for a shared
//! card what each side does, on one line. Tabs and line breaks inside texts
//! become spaces (or ` / ` between the parts of a definition), so every card
//! is exactly one row of two columns.

use super::{CardSet, ExportError, answer_lines, controls_as_spaces};

/// One line of text: runs of tabs, line breaks and other white space become
/// one space.
fn one_line(text: &str) -> String {
    controls_as_spaces(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes one `term<TAB>definition` row per card, each ending in a new line.
pub fn to_quizlet_text(set: &CardSet<'_>) -> Result<String, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    let mut out = String::new();
    for item in &set.items {
        let definition: Vec<String> = answer_lines(item).iter().map(|l| one_line(l)).collect();
        out.push_str(&one_line(&item.text));
        out.push('\t');
        out.push_str(&definition.join(" / "));
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::export::test_support::deck;

    #[test]
    fn one_row_of_two_columns_per_card() {
        let deck = deck();
        let text = to_quizlet_text(&CardSet::from_deck(&deck)).expect("export");
        assert!(text.ends_with('\n'));
        let rows: Vec<&str> = text.lines().collect();
        assert_eq!(rows.len(), deck.items.len());
        for (row, item) in rows.iter().zip(&deck.items) {
            let columns: Vec<&str> = row.split('\t').collect();
            assert_eq!(columns.len(), 2, "{row:?}");
            assert_eq!(columns[0], one_line(&item.text));
            assert!(columns[1].starts_with(item.owner.label()), "{row}");
            assert!(columns[1].contains(&one_line(&item.explanation)));
        }
        // The tricky card's tab and new line are gone; its other characters stay.
        assert_eq!(
            rows[0].split('\t').next(),
            Some("Keeping <script> & \"quotes\" 'safe' 🔐 and [[2]] second line")
        );
        assert_eq!(
            rows[2].split('\t').nth(1),
            Some(
                "Shared: each secures its own part. / Why patching: because <b>it</b> & so. / \
                 AWS: Patches the hypervisor & host OS / Customer: Patches the guest OS"
            )
        );
    }
}

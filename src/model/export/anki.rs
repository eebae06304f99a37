//! Anki: a tab-separated text file with the header lines Anki (2.1.55 and
//! later) reads on import, so nothing has to be chosen in its import dialog:
//!
//! ```text
//! #separator:Tab
//! #html:true
//! #notetype:Basic
//! #deck:SRM Study::<deck or exercise title>
//! #columns:Front<TAB>Back<TAB>Tags<TAB>GUID
//! #tags column:3
//! #guid column:4
//! ```
//!
//! Each card is one note: Front is the duty, Back the owner, why and (for a
//! shared card) what AWS and the customer each do, both HTML-escaped; Tags
//! are the topic id and the service ids; GUID is derived from the deck id and
//! the item id, so importing a newer export updates the notes in place and
//! keeps their review history.

use uuid::Uuid;

use super::{CardSet, ExportError, answer_lines, controls_as_spaces, html_escape};
use crate::model::deck::Item;

/// The namespace of the Anki note GUIDs (a fixed random UUID).
const GUID_NAMESPACE: Uuid = Uuid::from_u128(0x602d_cfca_0640_4bfb_b40b_ac57_aa9d_5040);

/// The stable GUID of a card's note: `srm-` and 32 hex digits of a UUID v5
/// of `<deck id>/<item id>`.
pub fn note_guid(deck_id: &str, item_id: &str) -> String {
    let uuid = Uuid::new_v5(&GUID_NAMESPACE, format!("{deck_id}/{item_id}").as_bytes());
    format!("srm-{}", uuid.simple())
}

/// The Anki deck a card set goes to: `SRM Study::<title>`, on one line.
pub fn deck_name(title: &str) -> String {
    let title = controls_as_spaces(title)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!("SRM Study::{title}")
}

/// Text as one HTML field: escaped, line breaks as `<br>`, tabs and other
/// control characters as spaces, and a leading `#` as `&#35;` (a row
/// starting with `#` would be a comment).
fn field(text: &str) -> String {
    let html = html_escape(controls_as_spaces(text).trim())
        .replace('\t', " ")
        .replace("\r\n", "\n")
        .replace(['\n', '\r'], "<br>");
    match html.strip_prefix('#') {
        Some(rest) => format!("&#35;{rest}"),
        None => html,
    }
}

/// The back of a card: the owner in bold, then each line of the answer.
fn back(item: &Item) -> String {
    let lines = answer_lines(item);
    let mut html = String::new();
    for (n, line) in lines.iter().enumerate() {
        if n == 0 {
            html.push_str("<b>");
            html.push_str(&field(line));
            html.push_str("</b>");
        } else {
            html.push_str("<br>");
            html.push_str(&field(line));
        }
    }
    html
}

/// The tags of a card: its topic and services (ids, which hold no spaces),
/// each once (a service id may be the topic's id too).
pub fn tags(item: &Item) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in std::iter::once(&item.topic).chain(&item.services).map(|t| {
        controls_as_spaces(t)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("_")
    }) {
        if !tag.is_empty() && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            tags.push(tag);
        }
    }
    tags
}

/// Writes the card set as an Anki text file with its header lines.
pub fn to_anki_text(set: &CardSet<'_>) -> Result<String, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    let mut out = String::new();
    out.push_str("#separator:Tab\n#html:true\n#notetype:Basic\n");
    out.push_str(&format!("#deck:{}\n", deck_name(&set.title)));
    out.push_str("#columns:Front\tBack\tTags\tGUID\n#tags column:3\n#guid column:4\n");
    for item in &set.items {
        out.push_str(&field(&item.text));
        out.push('\t');
        out.push_str(&back(item));
        out.push('\t');
        out.push_str(&tags(item).join(" "));
        out.push('\t');
        out.push_str(&note_guid(&set.deck.id, &item.id));
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::export::test_support::deck;

    #[test]
    fn header_then_one_row_of_four_columns_per_card() {
        let deck = deck();
        let text = to_anki_text(&CardSet::from_deck(&deck)).expect("export");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            &lines[..7],
            [
                "#separator:Tab",
                "#html:true",
                "#notetype:Basic",
                "#deck:SRM Study::Tricky <deck> & co/2",
                "#columns:Front\tBack\tTags\tGUID",
                "#tags column:3",
                "#guid column:4",
            ]
        );
        let rows = &lines[7..];
        assert_eq!(rows.len(), deck.items.len());
        for (row, item) in rows.iter().zip(&deck.items) {
            let columns: Vec<&str> = row.split('\t').collect();
            assert_eq!(columns.len(), 4, "{row:?}");
            assert!(!row.contains('"'), "no raw quote for the CSV reader: {row}");
            assert!(columns[1].starts_with(&format!("<b>{}:", item.owner.label())));
            assert_eq!(columns[3], note_guid("tricky-deck", &item.id));
        }
        assert_eq!(
            rows[0].split('\t').next(),
            Some(
                "Keeping &lt;script&gt; &amp; &quot;quotes&quot; &#39;safe&#39; 🔐 and [[2]]<br>second line"
            )
        );
        let shared: Vec<&str> = rows[2].split('\t').collect();
        assert_eq!(
            shared[1],
            "<b>Shared: each secures its own part.</b><br>Why patching: because &lt;b&gt;it&lt;/b&gt; \
             &amp; so.<br>AWS: Patches the hypervisor &amp; host OS<br>Customer: Patches the guest OS"
        );
        assert_eq!(shared[2], "patch ec2");
        assert_eq!(rows[1].split('\t').nth(2), Some("patch ec2 rds"));
    }

    #[test]
    fn guids_are_stable_distinct_and_tied_to_the_deck() {
        let a = note_guid("srm-core", "root-mfa");
        assert_eq!(a, note_guid("srm-core", "root-mfa"));
        assert_eq!(a.len(), 36);
        assert!(a.starts_with("srm-"));
        assert_ne!(a, note_guid("srm-core", "root-mf"));
        assert_ne!(a, note_guid("other", "root-mfa"));
        // The separator keeps "a/bc" and "ab/c" apart.
        assert_ne!(note_guid("a", "bc"), note_guid("ab", "c"));
    }

    #[test]
    fn a_tag_is_written_once() {
        let mut item = crate::model::export::test_support::item(
            "o",
            "Outposts racks",
            crate::model::Owner::Shared,
            "outposts",
        );
        item.services = vec!["outposts".into(), "ec2".into(), "ec2".into()];
        assert_eq!(tags(&item), ["outposts", "ec2"]);
    }

    #[test]
    fn control_characters_become_spaces_never_nothing() {
        assert_eq!(
            field("one\u{b}two\u{c}three\u{1b}four"),
            "one two three four"
        );
        assert_eq!(field("a\u{0}b"), "a b");
    }

    #[test]
    fn a_leading_hash_is_not_a_comment_and_titles_stay_on_one_line() {
        assert_eq!(field("#1 duty"), "&#35;1 duty");
        assert_eq!(deck_name(" Week\t2\nquiz "), "SRM Study::Week 2 quiz");
    }
}

//! Moodle XML (question bank import, "Moodle XML format").
//!
//! One category question named `SRM Study/<deck or exercise title>`, then one
//! drag-and-drop-into-text (`ddwtos`) question: three reusable drag boxes
//! (1 = AWS, 2 = Customer, 3 = Shared, each `<infinite/>`) and after every
//! duty a gap `[[n]]` whose number is the right box; the general feedback
//! lists every duty with its owner and explanation. Optionally one
//! `matching` question per topic as well.
//!
//! Question texts are HTML (`format="html"`): a card's text is HTML-escaped
//! (and `[` written as `&#91;` so a card can never make a gap of its own),
//! then the XML writer escapes that again. Drag box and answer texts are
//! plain text.

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::{CardSet, ExportError, answer_lines, html_escape, xml_writer};
use crate::model::deck::{Item, Owner};

/// The number of an owner's drag box: 1 AWS, 2 Customer, 3 Shared.
pub fn box_number(owner: Owner) -> usize {
    match owner {
        Owner::Aws => 1,
        Owner::Customer => 2,
        Owner::Shared => 3,
    }
}

/// The category path: `$course$/top/SRM Study/<title>`, a `/` in the title
/// doubled as Moodle reads it.
pub fn category_path(title: &str) -> String {
    format!("$course$/top/SRM Study/{}", title.trim().replace('/', "//"))
}

/// A card's duty as HTML that can sit in a ddwtos question text.
fn duty_html(item: &Item) -> String {
    html_escape(item.text.trim())
        .replace('[', "&#91;")
        .replace('\t', " ")
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// The general feedback: every duty with its owner, explanation and parts.
fn feedback_html(items: &[&Item]) -> String {
    let mut html = String::from("<ol>");
    for item in items {
        let lines = answer_lines(item);
        html.push_str("<li><p><strong>");
        html.push_str(&duty_html(item));
        html.push_str("</strong></p><p>");
        let escaped: Vec<String> = lines.iter().map(|l| html_escape(l)).collect();
        html.push_str(&escaped.join("<br>"));
        html.push_str("</p></li>");
    }
    html.push_str("</ol>");
    html
}

type W = Writer<Vec<u8>>;

/// `<name><text>text</text></name>` and the like.
fn text_element(w: &mut W, name: &str, format: Option<&str>, text: &str) -> std::io::Result<()> {
    let mut element = w.create_element(name);
    if let Some(format) = format {
        element = element.with_attribute(("format", format));
    }
    element.write_inner_content(|w| {
        w.create_element("text")
            .write_text_content(BytesText::new(text))?;
        Ok(())
    })?;
    Ok(())
}

fn simple(w: &mut W, name: &str, value: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn combined_feedback(w: &mut W) -> std::io::Result<()> {
    text_element(
        w,
        "correctfeedback",
        Some("html"),
        "<p>Your answer is correct.</p>",
    )?;
    text_element(
        w,
        "partiallycorrectfeedback",
        Some("html"),
        "<p>Your answer is partially correct.</p>",
    )?;
    text_element(
        w,
        "incorrectfeedback",
        Some("html"),
        "<p>Your answer is incorrect.</p>",
    )?;
    w.create_element("shownumcorrect").write_empty()?;
    Ok(())
}

fn category(w: &mut W, title: &str) -> std::io::Result<()> {
    w.create_element("question")
        .with_attribute(("type", "category"))
        .write_inner_content(|w| {
            text_element(w, "category", None, &category_path(title))?;
            text_element(
                w,
                "info",
                Some("html"),
                "<p>Cards exported from SRM Study.</p>",
            )?;
            Ok(())
        })?;
    Ok(())
}

fn ddwtos(w: &mut W, set: &CardSet<'_>) -> std::io::Result<()> {
    let mut text = String::from(
        "<p>Drag <strong>AWS</strong>, <strong>Customer</strong> or <strong>Shared</strong> \
         into the gap after each duty: who is responsible for it under the AWS Shared \
         Responsibility Model?</p><ol>",
    );
    for item in &set.items {
        text.push_str(&format!(
            "<li>{} [[{}]]</li>",
            duty_html(item),
            box_number(item.owner)
        ));
    }
    text.push_str("</ol>");
    w.create_element("question")
        .with_attribute(("type", "ddwtos"))
        .write_inner_content(|w| {
            text_element(
                w,
                "name",
                None,
                &format!("{}: who is responsible?", set.title.trim()),
            )?;
            text_element(w, "questiontext", Some("html"), &text)?;
            text_element(
                w,
                "generalfeedback",
                Some("html"),
                &feedback_html(&set.items),
            )?;
            simple(w, "defaultgrade", &set.items.len().to_string())?;
            simple(w, "penalty", "0.3333333")?;
            simple(w, "hidden", "0")?;
            simple(w, "idnumber", &set.id)?;
            simple(w, "shuffleanswers", "0")?;
            combined_feedback(w)?;
            for owner in Owner::ALL {
                w.create_element("dragbox").write_inner_content(|w| {
                    simple(w, "text", owner.label())?;
                    simple(w, "group", "1")?;
                    w.create_element("infinite").write_empty()?;
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    Ok(())
}

fn matching(w: &mut W, set: &CardSet<'_>, topic: &str, items: &[&Item]) -> std::io::Result<()> {
    let topic_title = set.topic_title(topic);
    w.create_element("question")
        .with_attribute(("type", "matching"))
        .write_inner_content(|w| {
            text_element(
                w,
                "name",
                None,
                &format!("{}: {}", set.title.trim(), topic_title),
            )?;
            text_element(
                w,
                "questiontext",
                Some("html"),
                &format!(
                    "<p>{}: match each duty with who is responsible for it.</p>",
                    html_escape(topic_title)
                ),
            )?;
            text_element(w, "generalfeedback", Some("html"), &feedback_html(items))?;
            simple(w, "defaultgrade", &items.len().to_string())?;
            simple(w, "penalty", "0.3333333")?;
            simple(w, "hidden", "0")?;
            simple(w, "idnumber", &format!("{}-{}", set.id, topic))?;
            simple(w, "shuffleanswers", "true")?;
            combined_feedback(w)?;
            for item in items {
                w.create_element("subquestion")
                    .with_attribute(("format", "html"))
                    .write_inner_content(|w| {
                        simple(w, "text", &duty_html(item))?;
                        text_element(w, "answer", None, item.owner.label())?;
                        Ok(())
                    })?;
            }
            // Moodle shows only the answers its subquestions use: an owner no
            // card of the topic has is added as a distractor (empty question).
            for owner in Owner::ALL {
                if !items.iter().any(|i| i.owner == owner) {
                    w.create_element("subquestion")
                        .with_attribute(("format", "html"))
                        .write_inner_content(|w| {
                            simple(w, "text", "")?;
                            text_element(w, "answer", None, owner.label())?;
                            Ok(())
                        })?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

/// The topics of the set's cards, in the order they first appear.
fn topics_in_order<'a>(items: &[&'a Item]) -> Vec<&'a str> {
    let mut topics: Vec<&str> = Vec::new();
    for item in items {
        if !topics.contains(&item.topic.as_str()) {
            topics.push(&item.topic);
        }
    }
    topics
}

/// Writes the card set as a Moodle XML quiz file (UTF-8).
pub fn to_moodle_xml(set: &CardSet<'_>, matching_per_topic: bool) -> Result<String, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    let mut w = xml_writer()?;
    w.create_element("quiz").write_inner_content(|w| {
        category(w, &set.title)?;
        ddwtos(w, set)?;
        if matching_per_topic {
            for topic in topics_in_order(&set.items) {
                let items: Vec<&Item> = set
                    .items
                    .iter()
                    .copied()
                    .filter(|i| i.topic == topic)
                    .collect();
                matching(w, set, topic, &items)?;
            }
        }
        Ok(())
    })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).map_err(|e| ExportError::Xml(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::export::test_support::{TRICKY, deck};
    use crate::model::export::xml_tree::{Element, parse};
    use crate::model::export::{CardFilter, owner_from_label};

    /// Undoes [`duty_html`] for text without other markup.
    fn html_unescape(html: &str) -> String {
        html.replace("<br>", "\n")
            .replace("&#91;", "[")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn questions<'a>(quiz: &'a Element, kind: &'a str) -> Vec<&'a Element> {
        quiz.children_named("question")
            .filter(|q| q.attr("type") == Some(kind))
            .collect()
    }

    #[test]
    fn ddwtos_has_a_gap_per_duty_three_infinite_boxes_and_feedback() {
        let deck = deck();
        let set = CardSet::from_deck(&deck);
        let xml = to_moodle_xml(&set, false).expect("export");
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        let quiz = parse(&xml).expect("well-formed XML");
        assert_eq!(quiz.name, "quiz");

        let categories = questions(&quiz, "category");
        assert_eq!(categories.len(), 1);
        assert_eq!(
            categories[0].text_at("category/text"),
            Some("$course$/top/SRM Study/Tricky <deck> & co//2")
        );

        let dd = questions(&quiz, "ddwtos");
        assert_eq!(dd.len(), 1);
        let q = dd[0];
        assert_eq!(
            q.text_at("name/text"),
            Some("Tricky <deck> & co/2: who is responsible?")
        );
        assert_eq!(q.text_at("defaultgrade"), Some("3"));
        assert_eq!(q.text_at("idnumber"), Some("tricky-deck"));
        assert_eq!(
            q.child("questiontext").and_then(|t| t.attr("format")),
            Some("html")
        );
        let boxes: Vec<&Element> = q.children_named("dragbox").collect();
        assert_eq!(boxes.len(), 3);
        for (n, (dragbox, owner)) in boxes.iter().zip(Owner::ALL).enumerate() {
            assert_eq!(dragbox.text_at("text"), Some(owner.label()));
            assert_eq!(box_number(owner), n + 1);
            assert_eq!(dragbox.text_at("group"), Some("1"));
            assert!(dragbox.child("infinite").is_some());
        }

        // One list entry per duty, in order, each ending in the gap of its owner.
        let text = q.text_at("questiontext/text").expect("question text");
        let entries: Vec<&str> = text
            .split("<li>")
            .skip(1)
            .map(|e| e.split("</li>").next().unwrap_or_default())
            .collect();
        assert_eq!(entries.len(), deck.items.len());
        for (entry, item) in entries.iter().zip(&deck.items) {
            let (duty, gap) = entry.rsplit_once(' ').expect("duty then gap");
            assert_eq!(html_unescape(duty), item.text.replace('\t', " "));
            assert_eq!(gap, format!("[[{}]]", box_number(item.owner)));
            let n: usize = gap.trim_matches(['[', ']']).parse().expect("gap number");
            assert_eq!(
                owner_from_label(boxes[n - 1].text_at("text").unwrap_or_default()),
                Some(item.owner)
            );
        }
        // The only gaps are ours: the "[[2]]" in the tricky card is not one.
        assert_eq!(text.matches("[[").count(), deck.items.len());
        assert!(TRICKY.contains("[[2]]"));

        let feedback = q.text_at("generalfeedback/text").expect("feedback");
        for item in &deck.items {
            assert!(
                feedback.contains(&html_escape(&item.explanation)),
                "{feedback}"
            );
        }
        assert!(feedback.contains("AWS: Patches the hypervisor &amp; host OS"));
        assert!(feedback.contains("Customer: Patches the guest OS"));
    }

    #[test]
    fn special_characters_are_escaped_twice_and_emoji_kept_as_utf8() {
        let deck = deck();
        let xml = to_moodle_xml(&CardSet::from_deck(&deck), true).expect("export");
        // Raw markup from a card never reaches the file unescaped.
        assert!(!xml.contains("<script>"));
        assert!(
            !xml.contains("&lt;script&gt;"),
            "HTML-escaped, then XML-escaped"
        );
        assert!(xml.contains("&amp;lt;script&amp;gt;"));
        assert!(xml.contains("🔐"));
        let quiz = parse(&xml).expect("well-formed");
        let q = questions(&quiz, "ddwtos")[0];
        let text = q.text_at("questiontext/text").unwrap_or_default();
        assert!(text.contains("Keeping &lt;script&gt; &amp; &quot;quotes&quot; &#39;safe&#39; 🔐"));
    }

    #[test]
    fn matching_question_per_topic_with_every_owner_as_an_answer() {
        let deck = deck();
        let xml = to_moodle_xml(&CardSet::from_deck(&deck), true).expect("export");
        let quiz = parse(&xml).expect("well-formed");
        let matchings = questions(&quiz, "matching");
        assert_eq!(matchings.len(), 2, "two topics");
        let physical = matchings[0];
        assert_eq!(
            physical.text_at("name/text"),
            Some("Tricky <deck> & co/2: Physical security")
        );
        let subs: Vec<&Element> = physical.children_named("subquestion").collect();
        // The one card, then distractors for the two owners no card has.
        assert_eq!(subs.len(), 3);
        assert_eq!(subs[0].text_at("answer/text"), Some("AWS"));
        assert_eq!(
            html_unescape(subs[0].text_at("text").unwrap_or_default()),
            TRICKY.replace('\t', " ")
        );
        let answers: Vec<&str> = subs
            .iter()
            .filter_map(|s| s.text_at("answer/text"))
            .collect();
        assert_eq!(answers, ["AWS", "Customer", "Shared"]);
        assert_eq!(subs[1].text_at("text"), Some(""));

        let patch = matchings[1];
        assert_eq!(patch.text_at("defaultgrade"), Some("2"));
        let real: Vec<(String, &str)> = patch
            .children_named("subquestion")
            .filter(|s| s.text_at("text") != Some(""))
            .map(|s| {
                (
                    html_unescape(s.text_at("text").unwrap_or_default()),
                    s.text_at("answer/text").unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            real,
            [
                ("Patching the guest OS".to_owned(), "Customer"),
                ("Patch management".to_owned(), "Shared")
            ]
        );
    }

    #[test]
    fn without_the_option_there_is_no_matching_question_and_filters_apply() {
        let deck = deck();
        let filter = CardFilter {
            topics: vec!["patch".into()],
            ..Default::default()
        };
        let set = CardSet::from_deck(&deck).filtered(&filter);
        let xml = to_moodle_xml(&set, false).expect("export");
        let quiz = parse(&xml).expect("well-formed");
        assert!(questions(&quiz, "matching").is_empty());
        let q = questions(&quiz, "ddwtos")[0];
        assert_eq!(q.text_at("defaultgrade"), Some("2"));
        assert!(
            !q.text_at("questiontext/text")
                .unwrap_or_default()
                .contains("Keeping")
        );
    }
}

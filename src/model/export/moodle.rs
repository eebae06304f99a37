//! Moodle XML (question bank import, "Moodle XML format").
//!
//! One category question named `SRM Study/<deck or exercise title>` (with
//! the filter in words when the cards were filtered), then, by [`Layout`]:
//! one drag-and-drop-into-text (`ddwtos`) question: three reusable drag
//! boxes (1 = AWS, 2 = Customer, 3 = Shared, each `<infinite/>`) and after
//! every duty a gap `[[n]]` whose number is the right box, the general
//! feedback listing every duty with its owner and explanation; or one
//! `matching` question per topic (a topic of one card gets a three-choice
//! `multichoice` question: Moodle's editor refuses a matching question with
//! fewer than 2 questions and 3 answers); or one `multichoice` question per
//! card.
//!
//! Names, id numbers and the category carry the filter
//! ([`CardSet::full_title`], [`CardSet::full_id`]), so an export of one
//! topic never takes the place of the whole deck's on a second import.
//! Id numbers are at most 100 characters (Moodle's limit).
//!
//! Question texts are HTML (`format="html"`): a card's text is HTML-escaped
//! (and `[` written as `&#91;` so a card can never make a gap of its own),
//! then the XML writer escapes that again. Drag box and answer texts are
//! plain text.

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::{CardSet, ExportError, answer_lines, finish_xml, html_escape, xml_writer};
use crate::model::deck::{Item, Owner};

/// Which questions a Moodle export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One drag-and-drop-into-text question with every card.
    One,
    /// That question, and one question per topic.
    OneAndPerTopic,
    /// One question per topic.
    PerTopic,
    /// One three-choice question per card.
    PerCard,
}

/// Moodle's longest id number.
const MAX_IDNUMBER: usize = 100;

/// An id number of at most [`MAX_IDNUMBER`] characters: a longer one is cut
/// and ends in a hash of the whole, so two long ids stay apart.
pub fn idnumber(id: &str) -> String {
    if id.chars().count() <= MAX_IDNUMBER {
        return id.to_owned();
    }
    let hash = format!("{:016x}", crate::model::exercise::fnv1a64(id.as_bytes()));
    let head: String = id.chars().take(MAX_IDNUMBER - hash.len() - 1).collect();
    format!("{head}-{hash}")
}

/// Text as HTML: escaped, line breaks as `<br>`.
fn html_lines(text: &str) -> String {
    html_escape(text.trim())
        .replace("\r\n", "\n")
        .replace(['\n', '\r'], "<br>")
}

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
        let escaped: Vec<String> = lines.iter().map(|l| html_lines(l)).collect();
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

fn ddwtos(w: &mut W, set: &CardSet<'_>, title: &str) -> std::io::Result<()> {
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
            text_element(w, "name", None, &format!("{title}: who is responsible?"))?;
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
            simple(w, "idnumber", &idnumber(&set.full_id()))?;
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

fn matching(
    w: &mut W,
    set: &CardSet<'_>,
    title: &str,
    topic: &str,
    items: &[&Item],
) -> std::io::Result<()> {
    let topic_title = set.topic_title(topic);
    w.create_element("question")
        .with_attribute(("type", "matching"))
        .write_inner_content(|w| {
            text_element(w, "name", None, &format!("{title}: {topic_title}"))?;
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
            simple(
                w,
                "idnumber",
                &idnumber(&format!("{}--in-topic-{topic}", set.full_id())),
            )?;
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

/// A three-choice question for one card: AWS, Customer or Shared.
fn multichoice(w: &mut W, set: &CardSet<'_>, title: &str, item: &Item) -> std::io::Result<()> {
    let short: String = item.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = match short.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &short[..cut]),
        None => short,
    };
    w.create_element("question")
        .with_attribute(("type", "multichoice"))
        .write_inner_content(|w| {
            text_element(w, "name", None, &format!("{title}: {short}"))?;
            text_element(
                w,
                "questiontext",
                Some("html"),
                &format!(
                    "<p>Who is responsible for this duty under the AWS Shared Responsibility \
                     Model?</p><p>{}</p>",
                    duty_html(item)
                ),
            )?;
            text_element(w, "generalfeedback", Some("html"), &feedback_html(&[item]))?;
            simple(w, "defaultgrade", "1")?;
            simple(w, "penalty", "0.3333333")?;
            simple(w, "hidden", "0")?;
            simple(
                w,
                "idnumber",
                &idnumber(&format!("{}--card-{}", set.full_id(), item.id)),
            )?;
            simple(w, "single", "true")?;
            simple(w, "shuffleanswers", "false")?;
            simple(w, "answernumbering", "none")?;
            simple(w, "showstandardinstruction", "0")?;
            combined_feedback(w)?;
            for owner in Owner::ALL {
                let fraction = if owner == item.owner { "100" } else { "0" };
                w.create_element("answer")
                    .with_attributes([("fraction", fraction), ("format", "html")])
                    .write_inner_content(|w| {
                        simple(w, "text", owner.label())?;
                        text_element(w, "feedback", Some("html"), "")?;
                        Ok(())
                    })?;
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
pub fn to_moodle_xml(set: &CardSet<'_>, layout: Layout) -> Result<String, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    let title = set.full_title();
    let mut w = xml_writer()?;
    w.create_element("quiz").write_inner_content(|w| {
        category(w, &title)?;
        if matches!(layout, Layout::One | Layout::OneAndPerTopic) {
            ddwtos(w, set, &title)?;
        }
        if matches!(layout, Layout::OneAndPerTopic | Layout::PerTopic) {
            for topic in topics_in_order(&set.items) {
                let items: Vec<&Item> = set
                    .items
                    .iter()
                    .copied()
                    .filter(|i| i.topic == topic)
                    .collect();
                match items.as_slice() {
                    [one] => multichoice(w, set, &title, one)?,
                    _ => matching(w, set, &title, topic, &items)?,
                }
            }
        }
        if layout == Layout::PerCard {
            for item in &set.items {
                multichoice(w, set, &title, item)?;
            }
        }
        Ok(())
    })?;
    finish_xml(w)
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
        let xml = to_moodle_xml(&set, Layout::One).expect("export");
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
        let xml =
            to_moodle_xml(&CardSet::from_deck(&deck), Layout::OneAndPerTopic).expect("export");
        // Raw markup from a card never reaches the file unescaped.
        assert!(!xml.contains("<script>"));
        // In HTML texts: HTML-escaped, then XML-escaped. Only a question's
        // name (plain text, the three-choice question of a one-card topic)
        // is XML-escaped once.
        let once = xml.matches("&lt;script&gt;").count();
        let in_names = xml
            .lines()
            .filter(|l| l.contains("&lt;script&gt;") && l.contains("Tricky &lt;deck&gt;"))
            .count();
        assert_eq!(once, in_names, "{xml}");
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
        let xml =
            to_moodle_xml(&CardSet::from_deck(&deck), Layout::OneAndPerTopic).expect("export");
        let quiz = parse(&xml).expect("well-formed");
        assert_eq!(questions(&quiz, "ddwtos").len(), 1);
        let matchings = questions(&quiz, "matching");
        assert_eq!(matchings.len(), 1, "the topic of two cards");
        let patch = matchings[0];
        assert_eq!(
            patch.text_at("name/text"),
            Some("Tricky <deck> & co/2: Patch management")
        );
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
        let answers: Vec<&str> = patch
            .children_named("subquestion")
            .filter_map(|s| s.text_at("answer/text"))
            .collect();
        assert_eq!(
            answers,
            ["Customer", "Shared", "AWS"],
            "AWS as a distractor"
        );
    }

    /// Moodle's matching editor says "You must supply at least 2 questions
    /// and 3 answers": no matching question may have fewer.
    #[test]
    fn no_question_moodles_editor_would_refuse() {
        let deck = deck();
        for layout in [
            Layout::One,
            Layout::OneAndPerTopic,
            Layout::PerTopic,
            Layout::PerCard,
        ] {
            let xml = to_moodle_xml(&CardSet::from_deck(&deck), layout).expect("export");
            let quiz = parse(&xml).expect("well-formed");
            for q in questions(&quiz, "matching") {
                let subs: Vec<&Element> = q.children_named("subquestion").collect();
                let asked = subs
                    .iter()
                    .filter(|s| s.text_at("text") != Some(""))
                    .count();
                let answers = subs
                    .iter()
                    .filter(|s| s.text_at("answer/text").is_some())
                    .count();
                assert!(asked >= 2 && answers >= 3, "{layout:?}: {q:?}");
            }
            for q in questions(&quiz, "multichoice") {
                let answers: Vec<&Element> = q.children_named("answer").collect();
                assert_eq!(answers.len(), 3);
                let right: Vec<&&Element> = answers
                    .iter()
                    .filter(|a| a.attr("fraction") == Some("100"))
                    .collect();
                assert_eq!(right.len(), 1, "{q:?}");
            }
        }
        // The topic of one card is a three-choice question.
        let xml = to_moodle_xml(&CardSet::from_deck(&deck), Layout::PerTopic).expect("export");
        let quiz = parse(&xml).expect("well-formed");
        assert!(questions(&quiz, "ddwtos").is_empty());
        let single = questions(&quiz, "multichoice");
        assert_eq!(single.len(), 1);
        assert_eq!(
            single[0].text_at("idnumber"),
            Some("tricky-deck--card-tricky")
        );
        let right = single[0]
            .children_named("answer")
            .find(|a| a.attr("fraction") == Some("100"))
            .and_then(|a| a.text_at("text"));
        assert_eq!(right, Some("AWS"));
    }

    #[test]
    fn one_question_per_card_with_distinct_names_and_id_numbers() {
        let deck = deck();
        let xml = to_moodle_xml(&CardSet::from_deck(&deck), Layout::PerCard).expect("export");
        let quiz = parse(&xml).expect("well-formed");
        let cards = questions(&quiz, "multichoice");
        assert_eq!(cards.len(), deck.items.len());
        let ids: std::collections::HashSet<&str> =
            cards.iter().filter_map(|q| q.text_at("idnumber")).collect();
        let names: std::collections::HashSet<&str> = cards
            .iter()
            .filter_map(|q| q.text_at("name/text"))
            .collect();
        assert_eq!(ids.len(), cards.len());
        assert_eq!(names.len(), cards.len());
    }

    #[test]
    fn each_filter_gives_its_own_name_id_number_and_category() {
        let deck = deck();
        let mut seen_ids = std::collections::HashSet::new();
        let mut seen_names = std::collections::HashSet::new();
        let mut seen_categories = std::collections::HashSet::new();
        for filter in [
            CardFilter::default(),
            CardFilter {
                topics: vec!["patch".into()],
                ..Default::default()
            },
            CardFilter {
                services: vec!["Amazon RDS".into()],
                ..Default::default()
            },
            CardFilter {
                topics: vec!["Patch management".into()],
                services: vec!["ec2".into()],
            },
        ] {
            let set = CardSet::from_deck(&deck).filtered(&filter);
            let xml = to_moodle_xml(&set, Layout::One).expect("export");
            let quiz = parse(&xml).expect("well-formed");
            let q = questions(&quiz, "ddwtos")[0];
            assert!(seen_ids.insert(q.text_at("idnumber").unwrap_or_default().to_owned()));
            assert!(seen_names.insert(q.text_at("name/text").unwrap_or_default().to_owned()));
            let category = questions(&quiz, "category")[0].text_at("category/text");
            assert!(seen_categories.insert(category.unwrap_or_default().to_owned()));
        }
        assert!(seen_ids.contains("tricky-deck--topic-patch--service-ec2"));
        assert!(
            seen_names.contains(
                "Tricky <deck> & co/2 (Patch management; Amazon EC2): who is responsible?"
            )
        );
        let long = idnumber(&"x".repeat(300));
        assert_eq!(long.chars().count(), 100);
        assert_ne!(long, idnumber(&format!("{}y", "x".repeat(300))));
    }

    #[test]
    fn line_breaks_in_explanations_are_kept_as_html() {
        let mut deck = deck();
        deck.items[0].explanation = "First line.\nSecond line.".into();
        let xml = to_moodle_xml(&CardSet::from_deck(&deck), Layout::One).expect("export");
        let quiz = parse(&xml).expect("well-formed");
        let feedback = questions(&quiz, "ddwtos")[0]
            .text_at("generalfeedback/text")
            .unwrap_or_default()
            .to_owned();
        assert!(
            feedback.contains("First line.<br>Second line."),
            "{feedback}"
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
        let xml = to_moodle_xml(&set, Layout::One).expect("export");
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

//! IMS QTI 2.1: a content package (zip) with `imsmanifest.xml`, the items
//! under `items/`, and an `assessmentTest` (`assessment.xml`) holding them,
//! so that a tool imports the package as a quiz, not only as questions in a
//! bank. Two layouts ([`Layout`]):
//!
//! - **Matching**: one `assessmentItem` with a `matchInteraction`: the
//!   cards are the first `simpleMatchSet` (each `matchMax="1"`: one bin per
//!   card), the bins `AWS`, `CUSTOMER` and `SHARED` the second
//!   (`matchMax="0"`: any number of cards). The response is
//!   `cardinality="multiple" baseType="directedPair"`; the mapping gives a
//!   point per right pair and, with the exercise's penalty, takes one per
//!   wrong pair (`defaultValue="-1"`: every pair not mapped is wrong), the
//!   total bounded at 0 (`lowerBound="0"`): exactly the app's score.
//! - **PerCard**: one `assessmentItem` per card with a three-choice
//!   `choiceInteraction` (AWS, Customer, Shared), worth 1 point (-1 for a
//!   wrong choice with the penalty, 0 unanswered), the explanation as
//!   `modalFeedback`; the test sums the items and bounds the total at 0.
//!
//! The question is a paragraph of its own before the interaction, so tools
//! that take the first block as the question text (Canvas) show it alone.
//! Card identifiers are the item ids (lowercase, so they never clash with
//! the upper-case bins).

use std::io::Write as _;

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::{CardSet, ExportError, answer_lines, finish_xml, xml_writer};
use crate::model::deck::{Item, Owner};

/// The QTI 2.1 namespace.
pub const QTI_NS: &str = "http://www.imsglobal.org/xsd/imsqti_v2p1";
/// The IMS content packaging namespace of the manifest.
pub const IMSCP_NS: &str = "http://www.imsglobal.org/xsd/imscp_v1p1";
/// The standard response processing template the matching item uses.
pub const MAP_RESPONSE: &str =
    "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";
const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";
const QTI_SCHEMA: &str = "http://www.imsglobal.org/xsd/imsqti_v2p1 \
     http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
/// The path of the assessment test inside the package.
pub const TEST_PATH: &str = "assessment.xml";

/// Which items a QTI package holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One matching item with every card.
    Matching,
    /// One three-choice item per card.
    PerCard,
}

/// The identifier of an owner's bin in the item.
pub fn bin_identifier(owner: Owner) -> &'static str {
    match owner {
        Owner::Aws => "AWS",
        Owner::Customer => "CUSTOMER",
        Owner::Shared => "SHARED",
    }
}

/// The path of the matching item inside the package.
pub fn item_path(set: &CardSet<'_>) -> String {
    format!("items/{}.xml", set.full_id())
}

/// The identifier and path of a card's item (per-card layout).
fn card_item(item: &Item) -> (String, String) {
    let id = format!("card-{}", item.id);
    let path = format!("items/{id}.xml");
    (id, path)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn finish(w: Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    finish_xml(w).map(String::into_bytes)
}

type W = Writer<Vec<u8>>;

fn score_outcomes(w: &mut W, max: &str) -> std::io::Result<()> {
    w.create_element("outcomeDeclaration")
        .with_attributes([
            ("identifier", "SCORE"),
            ("cardinality", "single"),
            ("baseType", "float"),
        ])
        .write_inner_content(|w| {
            w.create_element("defaultValue").write_inner_content(|w| {
                w.create_element("value")
                    .write_text_content(BytesText::new("0"))?;
                Ok(())
            })?;
            Ok(())
        })?;
    w.create_element("outcomeDeclaration")
        .with_attributes([
            ("identifier", "MAXSCORE"),
            ("cardinality", "single"),
            ("baseType", "float"),
        ])
        .write_inner_content(|w| {
            w.create_element("defaultValue").write_inner_content(|w| {
                w.create_element("value")
                    .write_text_content(BytesText::new(max))?;
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn paragraph(w: &mut W, text: &str) -> std::io::Result<()> {
    w.create_element("p")
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

/// What the two kinds of item differ in; [`write_item`] writes the rest
/// (the root, the response declaration with its correct values and
/// mapping, the outcomes, the question paragraphs, response processing and
/// feedback), so the matching item and a card's item are one writer.
struct ItemParts<'a> {
    /// The item's identifier.
    id: &'a str,
    /// The item's title, on one line.
    title: &'a str,
    /// The response's `cardinality` and `baseType`.
    response: [&'a str; 2],
    /// The right responses: each is a correct value and a map key worth 1.
    right: Vec<String>,
    /// The mapping's `upperBound`, if it has one.
    upper_bound: Option<&'a str>,
    /// Whether a wrong response costs a point (the exercise's penalty).
    penalty: bool,
    /// The MAXSCORE outcome: one point per card.
    max: String,
    /// The paragraphs before the interaction.
    paragraphs: Vec<String>,
    /// The explanation shown after answering (`modalFeedback`); without
    /// one, the standard `map_response` template scores the item.
    feedback: Option<Vec<String>>,
}

/// Writes an `assessmentItem`: `interaction` writes the interaction
/// itself, inside the item body after the paragraphs.
fn write_item(
    parts: &ItemParts<'_>,
    interaction: impl FnOnce(&mut W) -> std::io::Result<()>,
) -> Result<Vec<u8>, ExportError> {
    let wrong = if parts.penalty { "-1" } else { "0" };
    let mut mapping = vec![("defaultValue", wrong)];
    if let Some(upper) = parts.upper_bound {
        mapping.extend([("lowerBound", "0"), ("upperBound", upper)]);
    }
    let mut w = xml_writer()?;
    w.create_element("assessmentItem")
        .with_attributes([
            ("xmlns", QTI_NS),
            ("xmlns:xsi", XSI_NS),
            ("xsi:schemaLocation", QTI_SCHEMA),
            ("identifier", parts.id),
            ("title", parts.title),
            ("adaptive", "false"),
            ("timeDependent", "false"),
        ])
        .write_inner_content(|w| {
            w.create_element("responseDeclaration")
                .with_attributes([
                    ("identifier", "RESPONSE"),
                    ("cardinality", parts.response[0]),
                    ("baseType", parts.response[1]),
                ])
                .write_inner_content(|w| {
                    w.create_element("correctResponse")
                        .write_inner_content(|w| {
                            for value in &parts.right {
                                w.create_element("value")
                                    .write_text_content(BytesText::new(value))?;
                            }
                            Ok(())
                        })?;
                    w.create_element("mapping")
                        .with_attributes(mapping)
                        .write_inner_content(|w| {
                            for key in &parts.right {
                                w.create_element("mapEntry")
                                    .with_attributes([
                                        ("mapKey", key.as_str()),
                                        ("mappedValue", "1"),
                                    ])
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                    Ok(())
                })?;
            score_outcomes(w, &parts.max)?;
            if parts.feedback.is_some() {
                w.create_element("outcomeDeclaration")
                    .with_attributes([
                        ("identifier", "FEEDBACK"),
                        ("cardinality", "single"),
                        ("baseType", "identifier"),
                    ])
                    .write_empty()?;
            }
            w.create_element("itemBody").write_inner_content(|w| {
                for text in &parts.paragraphs {
                    paragraph(w, text)?;
                }
                interaction(w)
            })?;
            match &parts.feedback {
                None => {
                    w.create_element("responseProcessing")
                        .with_attribute(("template", MAP_RESPONSE))
                        .write_empty()?;
                }
                Some(lines) => {
                    scored_with_feedback(w)?;
                    w.create_element("modalFeedback")
                        .with_attributes([
                            ("outcomeIdentifier", "FEEDBACK"),
                            ("identifier", "EXPLANATION"),
                            ("showHide", "show"),
                        ])
                        .write_inner_content(|w| {
                            for line in lines {
                                paragraph(w, line)?;
                            }
                            Ok(())
                        })?;
                }
            }
            Ok(())
        })?;
    finish(w)
}

/// Response processing as `map_response` does it (no answer: 0, else the
/// mapped value), then the explanation shown.
fn scored_with_feedback(w: &mut W) -> std::io::Result<()> {
    w.create_element("responseProcessing")
        .write_inner_content(|w| {
            w.create_element("responseCondition")
                .write_inner_content(|w| {
                    w.create_element("responseIf").write_inner_content(|w| {
                        w.create_element("isNull").write_inner_content(|w| {
                            w.create_element("variable")
                                .with_attribute(("identifier", "RESPONSE"))
                                .write_empty()?;
                            Ok(())
                        })?;
                        set_outcome(w, "SCORE", |w| base_value(w, "float", "0"))?;
                        Ok(())
                    })?;
                    w.create_element("responseElse").write_inner_content(|w| {
                        set_outcome(w, "SCORE", |w| {
                            w.create_element("mapResponse")
                                .with_attribute(("identifier", "RESPONSE"))
                                .write_empty()?;
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
            set_outcome(w, "FEEDBACK", |w| {
                base_value(w, "identifier", "EXPLANATION")
            })?;
            Ok(())
        })?;
    Ok(())
}

/// The matching `assessmentItem` XML of the card set.
pub fn assessment_item(set: &CardSet<'_>) -> Result<Vec<u8>, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    let count = set.items.len().to_string();
    let parts = ItemParts {
        id: &set.full_id(),
        title: &one_line(&set.full_title()),
        response: ["multiple", "directedPair"],
        right: set
            .items
            .iter()
            .map(|item| format!("{} {}", item.id, bin_identifier(item.owner)))
            .collect(),
        upper_bound: Some(count.as_str()),
        penalty: set.penalty,
        max: count.clone(),
        paragraphs: vec![
            "Match each duty with who is responsible for it under the AWS Shared \
             Responsibility Model."
                .to_owned(),
        ],
        feedback: None,
    };
    write_item(&parts, |w| {
        w.create_element("matchInteraction")
            .with_attributes([
                ("responseIdentifier", "RESPONSE"),
                ("shuffle", "false"),
                ("maxAssociations", count.as_str()),
            ])
            .write_inner_content(|w| {
                w.create_element("simpleMatchSet")
                    .write_inner_content(|w| {
                        for item in &set.items {
                            w.create_element("simpleAssociableChoice")
                                .with_attributes([
                                    ("identifier", item.id.as_str()),
                                    ("matchMax", "1"),
                                ])
                                .write_text_content(BytesText::new(&one_line(&item.text)))?;
                        }
                        Ok(())
                    })?;
                w.create_element("simpleMatchSet")
                    .write_inner_content(|w| {
                        for owner in Owner::ALL {
                            w.create_element("simpleAssociableChoice")
                                .with_attributes([
                                    ("identifier", bin_identifier(owner)),
                                    ("matchMax", "0"),
                                ])
                                .write_text_content(BytesText::new(owner.label()))?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    })
}

fn set_outcome(
    w: &mut W,
    identifier: &str,
    inner: impl FnOnce(&mut W) -> std::io::Result<()>,
) -> std::io::Result<()> {
    w.create_element("setOutcomeValue")
        .with_attribute(("identifier", identifier))
        .write_inner_content(|w| inner(w))?;
    Ok(())
}

fn base_value(w: &mut W, base_type: &str, value: &str) -> std::io::Result<()> {
    w.create_element("baseValue")
        .with_attribute(("baseType", base_type))
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

/// A three-choice `assessmentItem` for one card.
pub fn card_assessment_item(set: &CardSet<'_>, item: &Item) -> Result<Vec<u8>, ExportError> {
    let (id, _) = card_item(item);
    let parts = ItemParts {
        id: &id,
        title: &one_line(&item.text),
        response: ["single", "identifier"],
        right: vec![bin_identifier(item.owner).to_owned()],
        upper_bound: None,
        penalty: set.penalty,
        max: "1".to_owned(),
        paragraphs: vec![
            "Who is responsible for this duty under the AWS Shared Responsibility Model?"
                .to_owned(),
            one_line(&item.text),
        ],
        feedback: Some(answer_lines(item).iter().map(|l| one_line(l)).collect()),
    };
    write_item(&parts, |w| {
        w.create_element("choiceInteraction")
            .with_attributes([
                ("responseIdentifier", "RESPONSE"),
                ("shuffle", "false"),
                ("maxChoices", "1"),
            ])
            .write_inner_content(|w| {
                for owner in Owner::ALL {
                    w.create_element("simpleChoice")
                        .with_attribute(("identifier", bin_identifier(owner)))
                        .write_text_content(BytesText::new(owner.label()))?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// An item as the test and the manifest name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRef {
    /// The item's identifier.
    pub identifier: String,
    /// Its path inside the package.
    pub href: String,
    /// The points it is worth: one per card (its MAXSCORE).
    pub points: usize,
}

/// The items of a layout, each named and with its XML.
fn items(set: &CardSet<'_>, layout: Layout) -> Result<Vec<(ItemRef, Vec<u8>)>, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    match layout {
        Layout::Matching => {
            let named = ItemRef {
                identifier: set.full_id(),
                href: item_path(set),
                points: set.items.len(),
            };
            Ok(vec![(named, assessment_item(set)?)])
        }
        Layout::PerCard => set
            .items
            .iter()
            .map(|item| {
                let (identifier, href) = card_item(item);
                let named = ItemRef {
                    identifier,
                    href,
                    points: 1,
                };
                Ok((named, card_assessment_item(set, item)?))
            })
            .collect(),
    }
}

/// The `assessmentTest` holding the items: one test part, one section, the
/// items in order; the test's SCORE is the sum of the items' SCOREs,
/// bounded at 0, as the app counts. Each item reference carries its points
/// as a `weight` (`POINTS`): Canvas takes a question's points possible from
/// it (else every question is worth 1); the scores do not use it, since no
/// `weightIdentifier` names it and the items already score a point a card.
pub fn assessment_test(set: &CardSet<'_>, refs: &[ItemRef]) -> Result<Vec<u8>, ExportError> {
    let id = format!("TEST-{}", set.full_id());
    let max = set.items.len().to_string();
    let mut w = xml_writer()?;
    w.create_element("assessmentTest")
        .with_attributes([
            ("xmlns", QTI_NS),
            ("xmlns:xsi", XSI_NS),
            ("xsi:schemaLocation", QTI_SCHEMA),
            ("identifier", id.as_str()),
            ("title", one_line(&set.full_title()).as_str()),
        ])
        .write_inner_content(|w| {
            score_outcomes(w, &max)?;
            w.create_element("testPart")
                .with_attributes([
                    ("identifier", "PART-1"),
                    ("navigationMode", "nonlinear"),
                    ("submissionMode", "simultaneous"),
                ])
                .write_inner_content(|w| {
                    w.create_element("assessmentSection")
                        .with_attributes([
                            ("identifier", "SECTION-1"),
                            ("title", one_line(&set.full_title()).as_str()),
                            ("visible", "true"),
                        ])
                        .write_inner_content(|w| {
                            for item in refs {
                                let points = item.points.to_string();
                                w.create_element("assessmentItemRef")
                                    .with_attributes([
                                        ("identifier", item.identifier.as_str()),
                                        ("href", item.href.as_str()),
                                    ])
                                    .write_inner_content(|w| {
                                        w.create_element("weight")
                                            .with_attributes([
                                                ("identifier", "POINTS"),
                                                ("value", points.as_str()),
                                            ])
                                            .write_empty()?;
                                        Ok(())
                                    })?;
                            }
                            Ok(())
                        })?;
                    Ok(())
                })?;
            w.create_element("outcomeProcessing")
                .write_inner_content(|w| {
                    set_outcome(w, "SCORE", |w| {
                        w.create_element("sum").write_inner_content(|w| {
                            w.create_element("testVariables")
                                .with_attribute(("variableIdentifier", "SCORE"))
                                .write_empty()?;
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                    w.create_element("outcomeCondition")
                        .write_inner_content(|w| {
                            w.create_element("outcomeIf").write_inner_content(|w| {
                                w.create_element("lt").write_inner_content(|w| {
                                    w.create_element("variable")
                                        .with_attribute(("identifier", "SCORE"))
                                        .write_empty()?;
                                    base_value(w, "float", "0")
                                })?;
                                set_outcome(w, "SCORE", |w| base_value(w, "float", "0"))?;
                                Ok(())
                            })?;
                            Ok(())
                        })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    finish(w)
}

/// The package manifest naming the test and its items.
pub fn manifest(set: &CardSet<'_>, refs: &[ItemRef]) -> Result<Vec<u8>, ExportError> {
    let id = set.full_id();
    let mut w = xml_writer()?;
    w.create_element("manifest")
        .with_attributes([
            ("xmlns", IMSCP_NS),
            ("xmlns:xsi", XSI_NS),
            (
                "xsi:schemaLocation",
                "http://www.imsglobal.org/xsd/imscp_v1p1 \
                 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd",
            ),
            ("identifier", format!("MANIFEST-{id}").as_str()),
        ])
        .write_inner_content(|w| {
            w.create_element("metadata").write_inner_content(|w| {
                w.create_element("schema")
                    .write_text_content(BytesText::new("QTIv2.1 Package"))?;
                w.create_element("schemaversion")
                    .write_text_content(BytesText::new("1.0.0"))?;
                Ok(())
            })?;
            w.create_element("organizations").write_empty()?;
            w.create_element("resources").write_inner_content(|w| {
                w.create_element("resource")
                    .with_attributes([
                        ("identifier", format!("RES-TEST-{id}").as_str()),
                        ("type", "imsqti_test_xmlv2p1"),
                        ("href", TEST_PATH),
                    ])
                    .write_inner_content(|w| {
                        w.create_element("file")
                            .with_attribute(("href", TEST_PATH))
                            .write_empty()?;
                        for ItemRef { identifier, .. } in refs {
                            w.create_element("dependency")
                                .with_attribute((
                                    "identifierref",
                                    format!("RES-{identifier}").as_str(),
                                ))
                                .write_empty()?;
                        }
                        Ok(())
                    })?;
                for ItemRef {
                    identifier, href, ..
                } in refs
                {
                    w.create_element("resource")
                        .with_attributes([
                            ("identifier", format!("RES-{identifier}").as_str()),
                            ("type", "imsqti_item_xmlv2p1"),
                            ("href", href.as_str()),
                        ])
                        .write_inner_content(|w| {
                            w.create_element("file")
                                .with_attribute(("href", href.as_str()))
                                .write_empty()?;
                            Ok(())
                        })?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    finish(w)
}

/// Writes the package: a zip with `imsmanifest.xml`, the test and the
/// items, deflated, with fixed timestamps so the same cards give the same
/// bytes.
pub fn to_qti_package(set: &CardSet<'_>, layout: Layout) -> Result<Vec<u8>, ExportError> {
    let items = items(set, layout)?;
    let refs: Vec<ItemRef> = items.iter().map(|(named, _)| named.clone()).collect();
    let test = assessment_test(set, &refs)?;
    let manifest = manifest(set, &refs)?;
    let zip_error = |e: zip::result::ZipError| ExportError::Zip(e.to_string());
    let io_error = |e: std::io::Error| ExportError::Zip(e.to_string());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut add = |name: &str, bytes: &[u8]| -> Result<(), ExportError> {
        zip.start_file(name, options).map_err(zip_error)?;
        zip.write_all(bytes).map_err(io_error)
    };
    add("imsmanifest.xml", &manifest)?;
    add(TEST_PATH, &test)?;
    for (named, xml) in &items {
        add(&named.href, xml)?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::io::Read as _;

    use super::*;
    use crate::model::export::test_support::{TRICKY, deck};
    use crate::model::export::xml_tree::{Element, parse};

    fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        (0..archive.len())
            .map(|i| {
                let mut file = archive.by_index(i).expect("entry");
                assert_eq!(file.compression(), zip::CompressionMethod::Deflated);
                let mut text = String::new();
                file.read_to_string(&mut text).expect("utf-8 entry");
                (file.name().expect("a name").into_owned(), text)
            })
            .collect()
    }

    #[test]
    fn package_holds_a_manifest_naming_the_item() {
        let deck = deck();
        let set = CardSet::from_deck(&deck);
        let bytes = to_qti_package(&set, Layout::Matching).expect("export");
        assert_eq!(
            bytes,
            to_qti_package(&set, Layout::Matching).expect("again"),
            "deterministic"
        );
        let files = unzip(&bytes);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["imsmanifest.xml", "assessment.xml", "items/tricky-deck.xml"]
        );
        let manifest = parse(&files[0].1).expect("manifest XML");
        assert_eq!(manifest.name, "manifest");
        assert_eq!(manifest.attr("xmlns"), Some(IMSCP_NS));
        assert_eq!(manifest.text_at("metadata/schema"), Some("QTIv2.1 Package"));
        let resources: Vec<&Element> = manifest
            .path("resources")
            .expect("resources")
            .children_named("resource")
            .collect();
        assert_eq!(resources[0].attr("type"), Some("imsqti_test_xmlv2p1"));
        assert_eq!(resources[0].attr("href"), Some("assessment.xml"));
        assert_eq!(
            resources[0]
                .child("dependency")
                .and_then(|d| d.attr("identifierref")),
            resources[1].attr("identifier")
        );
        let resource = resources[1];
        assert_eq!(resource.attr("type"), Some("imsqti_item_xmlv2p1"));
        assert_eq!(resource.attr("href"), Some("items/tricky-deck.xml"));
        assert_eq!(
            resource.child("file").and_then(|f| f.attr("href")),
            Some("items/tricky-deck.xml")
        );
        let test = parse(&files[1].1).expect("test XML");
        assert_eq!(test.name, "assessmentTest");
        let refs: Vec<&str> = test
            .path("testPart/assessmentSection")
            .expect("a section")
            .children_named("assessmentItemRef")
            .filter_map(|r| r.attr("href"))
            .collect();
        assert_eq!(refs, ["items/tricky-deck.xml"]);
    }

    /// Each choice of a match set: (identifier, matchMax, text).
    fn choices(set: &Element) -> Vec<(&str, &str, &str)> {
        set.children_named("simpleAssociableChoice")
            .map(|c| {
                (
                    c.attr("identifier").unwrap_or(""),
                    c.attr("matchMax").unwrap_or(""),
                    c.text.as_str(),
                )
            })
            .collect()
    }

    #[test]
    fn item_is_a_match_interaction_with_the_right_pairs_and_scoring() {
        let deck = deck();
        let bytes = to_qti_package(&CardSet::from_deck(&deck), Layout::Matching).expect("export");
        let files = unzip(&bytes);
        let item = parse(&files[2].1).expect("item XML");
        assert_eq!(item.name, "assessmentItem");
        assert_eq!(item.attr("xmlns"), Some(QTI_NS));
        assert_eq!(item.attr("identifier"), Some("tricky-deck"));
        assert_eq!(item.attr("title"), Some("Tricky <deck> & co/2"));

        let response = item.child("responseDeclaration").expect("response");
        assert_eq!(response.attr("identifier"), Some("RESPONSE"));
        assert_eq!(response.attr("cardinality"), Some("multiple"));
        assert_eq!(response.attr("baseType"), Some("directedPair"));
        let expected: Vec<String> = deck
            .items
            .iter()
            .map(|i| format!("{} {}", i.id, bin_identifier(i.owner)))
            .collect();
        let correct: Vec<&str> = response
            .path("correctResponse")
            .expect("correct response")
            .children_named("value")
            .map(|v| v.text.as_str())
            .collect();
        assert_eq!(correct, expected);
        assert_eq!(
            correct,
            ["tricky AWS", "guest-os CUSTOMER", "patching SHARED"]
        );
        let mapping = response.child("mapping").expect("mapping");
        assert_eq!(mapping.attr("defaultValue"), Some("0"));
        let entries: Vec<(&str, &str)> = mapping
            .children_named("mapEntry")
            .map(|e| {
                (
                    e.attr("mapKey").unwrap_or(""),
                    e.attr("mappedValue").unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(entries.len(), 3);
        assert!(
            entries
                .iter()
                .all(|(k, v)| expected.contains(&(*k).to_owned()) && *v == "1")
        );
        let outcomes: Vec<&Element> = item.children_named("outcomeDeclaration").collect();
        assert_eq!(outcomes[0].attr("identifier"), Some("SCORE"));
        assert_eq!(outcomes[1].text_at("defaultValue/value"), Some("3"));
        assert_eq!(
            item.child("responseProcessing")
                .and_then(|r| r.attr("template")),
            Some(MAP_RESPONSE)
        );

        assert!(
            item.text_at("itemBody/p")
                .is_some_and(|p| p.starts_with("Match each duty")),
            "the question is a block of its own"
        );
        let interaction = item.path("itemBody/matchInteraction").expect("interaction");
        assert_eq!(interaction.attr("responseIdentifier"), Some("RESPONSE"));
        let sets: Vec<&Element> = interaction.children_named("simpleMatchSet").collect();
        assert_eq!(sets.len(), 2);
        let cards = choices(sets[0]);
        assert_eq!(cards.len(), deck.items.len());
        assert_eq!(cards[0], ("tricky", "1", one_line(TRICKY).as_str()));
        assert!(cards.iter().all(|(_, max, _)| *max == "1"));
        let bins = choices(sets[1]);
        assert_eq!(
            bins,
            [
                ("AWS", "0", "AWS"),
                ("CUSTOMER", "0", "Customer"),
                ("SHARED", "0", "Shared")
            ]
        );
        // Every pair of the correct response names a card and a bin.
        let card_ids: BTreeSet<&str> = cards.iter().map(|c| c.0).collect();
        let bin_ids: BTreeSet<&str> = bins.iter().map(|b| b.0).collect();
        for pair in &correct {
            let (card, bin) = pair.split_once(' ').expect("a pair");
            assert!(card_ids.contains(card) && bin_ids.contains(bin), "{pair}");
        }
    }

    #[test]
    fn the_penalty_is_scored_as_the_app_scores_it() {
        let deck = deck();
        let mut set = CardSet::from_deck(&deck);
        set.penalty = true;
        let files = unzip(&to_qti_package(&set, Layout::Matching).expect("export"));
        let item = parse(&files[2].1).expect("item");
        let mapping = item.path("responseDeclaration/mapping").expect("mapping");
        assert_eq!(
            mapping.attr("defaultValue"),
            Some("-1"),
            "a wrong pair costs a point"
        );
        assert_eq!(
            mapping.attr("lowerBound"),
            Some("0"),
            "the total stops at 0"
        );
        let files = unzip(&to_qti_package(&set, Layout::PerCard).expect("export"));
        let card = parse(&files[2].1).expect("card item");
        assert_eq!(
            card.path("responseDeclaration/mapping")
                .and_then(|m| m.attr("defaultValue")),
            Some("-1")
        );
    }

    /// Issue #25: Canvas takes a question's points possible from the
    /// `weight` of its reference in the test (else 1): the matching item is
    /// worth a point per card, each per-card item 1, as the items' MAXSCORE.
    #[test]
    fn each_item_reference_carries_its_points_as_canvas_reads_them() {
        let deck = deck();
        let set = CardSet::from_deck(&deck);
        for (layout, expected) in [
            (Layout::Matching, vec!["3"]),
            (Layout::PerCard, vec!["1"; 3]),
        ] {
            let files = unzip(&to_qti_package(&set, layout).expect("export"));
            let test = parse(&files[1].1).expect("test");
            let refs: Vec<&Element> = test
                .path("testPart/assessmentSection")
                .expect("a section")
                .children_named("assessmentItemRef")
                .collect();
            let points: Vec<&str> = refs
                .iter()
                .map(|r| {
                    let weight = r.child("weight").expect("a weight");
                    assert_eq!(weight.attr("identifier"), Some("POINTS"));
                    weight.attr("value").unwrap_or("")
                })
                .collect();
            assert_eq!(points, expected, "{layout:?}");
            // Each weight is the MAXSCORE of the item it names.
            for (r, value) in refs.iter().zip(&points) {
                let href = r.attr("href").expect("href");
                let (_, xml) = files.iter().find(|(n, _)| n == href).expect("the item");
                let item = parse(xml).expect("item");
                let max = item
                    .children_named("outcomeDeclaration")
                    .find(|o| o.attr("identifier") == Some("MAXSCORE"))
                    .and_then(|o| o.text_at("defaultValue/value"));
                assert_eq!(max, Some(*value));
            }
            let total: usize = points.iter().filter_map(|p| p.parse::<usize>().ok()).sum();
            assert_eq!(total, set.items.len(), "a point per card in all");
        }
    }

    #[test]
    fn per_card_items_have_three_choices_and_the_explanation_as_feedback() {
        let deck = deck();
        let bytes = to_qti_package(&CardSet::from_deck(&deck), Layout::PerCard).expect("export");
        let files = unzip(&bytes);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "imsmanifest.xml",
                "assessment.xml",
                "items/card-tricky.xml",
                "items/card-guest-os.xml",
                "items/card-patching.xml"
            ]
        );
        let test = parse(&files[1].1).expect("test");
        assert_eq!(
            test.text_at("outcomeDeclaration/defaultValue/value"),
            Some("0")
        );
        let card = parse(&files[4].1).expect("item");
        assert_eq!(card.attr("identifier"), Some("card-patching"));
        assert_eq!(
            card.text_at("responseDeclaration/correctResponse/value"),
            Some("SHARED")
        );
        let choices: Vec<&str> = card
            .path("itemBody/choiceInteraction")
            .expect("choices")
            .children_named("simpleChoice")
            .filter_map(|c| c.attr("identifier"))
            .collect();
        assert_eq!(choices, ["AWS", "CUSTOMER", "SHARED"]);
        let feedback = card.child("modalFeedback").expect("feedback");
        let lines: Vec<&str> = feedback
            .children_named("p")
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            lines.iter().any(|l| l.contains("Why patching")),
            "{lines:?}"
        );
    }
}

//! IMS QTI 2.1: a content package (zip) with `imsmanifest.xml` and one
//! `assessmentItem` at `items/<id>.xml`.
//!
//! The item is a `matchInteraction`: the cards are the first
//! `simpleMatchSet` (each `matchMax="1"`: one bin per card), the bins
//! `AWS`, `CUSTOMER` and `SHARED` the second (`matchMax="0"`: any number of
//! cards). The response is `cardinality="multiple" baseType="directedPair"`
//! with the right `card BIN` pairs as the correct response and a mapping of
//! one point per right pair, scored by the standard `map_response` template.
//! Card identifiers are the item ids (lowercase, so they never clash with the
//! upper-case bins).

use std::io::Write as _;

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::{CardSet, ExportError, xml_writer};
use crate::model::deck::Owner;

/// The QTI 2.1 namespace.
pub const QTI_NS: &str = "http://www.imsglobal.org/xsd/imsqti_v2p1";
/// The IMS content packaging namespace of the manifest.
pub const IMSCP_NS: &str = "http://www.imsglobal.org/xsd/imscp_v1p1";
/// The standard response processing template the item uses.
pub const MAP_RESPONSE: &str =
    "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";
const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// The identifier of an owner's bin in the item.
pub fn bin_identifier(owner: Owner) -> &'static str {
    match owner {
        Owner::Aws => "AWS",
        Owner::Customer => "CUSTOMER",
        Owner::Shared => "SHARED",
    }
}

/// The path of the item file inside the package.
pub fn item_path(set: &CardSet<'_>) -> String {
    format!("items/{}.xml", set.id)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn finish(w: Writer<Vec<u8>>) -> Vec<u8> {
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    bytes
}

/// The `assessmentItem` XML of the card set.
pub fn assessment_item(set: &CardSet<'_>) -> Result<Vec<u8>, ExportError> {
    if set.items.is_empty() {
        return Err(ExportError::NoCards);
    }
    let count = set.items.len().to_string();
    let mut w = xml_writer()?;
    w.create_element("assessmentItem")
        .with_attributes([
            ("xmlns", QTI_NS),
            ("xmlns:xsi", XSI_NS),
            (
                "xsi:schemaLocation",
                "http://www.imsglobal.org/xsd/imsqti_v2p1 \
                 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
            ),
            ("identifier", set.id.as_str()),
            ("title", one_line(&set.title).as_str()),
            ("adaptive", "false"),
            ("timeDependent", "false"),
        ])
        .write_inner_content(|w| {
            w.create_element("responseDeclaration")
                .with_attributes([
                    ("identifier", "RESPONSE"),
                    ("cardinality", "multiple"),
                    ("baseType", "directedPair"),
                ])
                .write_inner_content(|w| {
                    w.create_element("correctResponse")
                        .write_inner_content(|w| {
                            for item in &set.items {
                                w.create_element("value")
                                    .write_text_content(BytesText::new(&format!(
                                        "{} {}",
                                        item.id,
                                        bin_identifier(item.owner)
                                    )))?;
                            }
                            Ok(())
                        })?;
                    w.create_element("mapping")
                        .with_attributes([
                            ("defaultValue", "0"),
                            ("lowerBound", "0"),
                            ("upperBound", count.as_str()),
                        ])
                        .write_inner_content(|w| {
                            for item in &set.items {
                                let key = format!("{} {}", item.id, bin_identifier(item.owner));
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
            w.create_element("outcomeDeclaration")
                .with_attributes([
                    ("identifier", "SCORE"),
                    ("cardinality", "single"),
                    ("baseType", "float"),
                ])
                .write_empty()?;
            w.create_element("outcomeDeclaration")
                .with_attributes([
                    ("identifier", "MAXSCORE"),
                    ("cardinality", "single"),
                    ("baseType", "float"),
                ])
                .write_inner_content(|w| {
                    w.create_element("defaultValue").write_inner_content(|w| {
                        w.create_element("value")
                            .write_text_content(BytesText::new(&count))?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
            w.create_element("itemBody").write_inner_content(|w| {
                w.create_element("matchInteraction")
                    .with_attributes([
                        ("responseIdentifier", "RESPONSE"),
                        ("shuffle", "false"),
                        ("maxAssociations", count.as_str()),
                    ])
                    .write_inner_content(|w| {
                        w.create_element("prompt")
                            .write_text_content(BytesText::new(
                                "Match each duty with who is responsible for it under the AWS \
                             Shared Responsibility Model.",
                            ))?;
                        w.create_element("simpleMatchSet")
                            .write_inner_content(|w| {
                                for item in &set.items {
                                    w.create_element("simpleAssociableChoice")
                                        .with_attributes([
                                            ("identifier", item.id.as_str()),
                                            ("matchMax", "1"),
                                        ])
                                        .write_text_content(BytesText::new(&one_line(
                                            &item.text,
                                        )))?;
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
            })?;
            w.create_element("responseProcessing")
                .with_attribute(("template", MAP_RESPONSE))
                .write_empty()?;
            Ok(())
        })?;
    Ok(finish(w))
}

/// The package manifest naming the one item.
pub fn manifest(set: &CardSet<'_>) -> Result<Vec<u8>, ExportError> {
    let href = item_path(set);
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
            ("identifier", format!("MANIFEST-{}", set.id).as_str()),
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
                        ("identifier", format!("RES-{}", set.id).as_str()),
                        ("type", "imsqti_item_xmlv2p1"),
                        ("href", href.as_str()),
                    ])
                    .write_inner_content(|w| {
                        w.create_element("file")
                            .with_attribute(("href", href.as_str()))
                            .write_empty()?;
                        Ok(())
                    })?;
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(finish(w))
}

/// Writes the package: a zip with `imsmanifest.xml` and the item, deflated,
/// with fixed timestamps so the same cards give the same bytes.
pub fn to_qti_package(set: &CardSet<'_>) -> Result<Vec<u8>, ExportError> {
    let item = assessment_item(set)?;
    let manifest = manifest(set)?;
    let zip_error = |e: zip::result::ZipError| ExportError::Zip(e.to_string());
    let io_error = |e: std::io::Error| ExportError::Zip(e.to_string());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("imsmanifest.xml", options)
        .map_err(zip_error)?;
    zip.write_all(&manifest).map_err(io_error)?;
    zip.start_file(item_path(set), options).map_err(zip_error)?;
    zip.write_all(&item).map_err(io_error)?;
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
        let bytes = to_qti_package(&set).expect("export");
        assert_eq!(bytes, to_qti_package(&set).expect("again"), "deterministic");
        let files = unzip(&bytes);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["imsmanifest.xml", "items/tricky-deck.xml"]);
        let manifest = parse(&files[0].1).expect("manifest XML");
        assert_eq!(manifest.name, "manifest");
        assert_eq!(manifest.attr("xmlns"), Some(IMSCP_NS));
        assert_eq!(manifest.text_at("metadata/schema"), Some("QTIv2.1 Package"));
        let resource = manifest.path("resources/resource").expect("a resource");
        assert_eq!(resource.attr("type"), Some("imsqti_item_xmlv2p1"));
        assert_eq!(resource.attr("href"), Some("items/tricky-deck.xml"));
        assert_eq!(
            resource.child("file").and_then(|f| f.attr("href")),
            Some("items/tricky-deck.xml")
        );
    }

    #[test]
    fn item_is_a_match_interaction_with_the_right_pairs_and_scoring() {
        let deck = deck();
        let bytes = to_qti_package(&CardSet::from_deck(&deck)).expect("export");
        let files = unzip(&bytes);
        let item = parse(&files[1].1).expect("item XML");
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

        let interaction = item.path("itemBody/matchInteraction").expect("interaction");
        assert_eq!(interaction.attr("responseIdentifier"), Some("RESPONSE"));
        let sets: Vec<&Element> = interaction.children_named("simpleMatchSet").collect();
        assert_eq!(sets.len(), 2);
        let cards: Vec<(&str, &str, &str)> = sets[0]
            .children_named("simpleAssociableChoice")
            .map(|c| {
                (
                    c.attr("identifier").unwrap_or(""),
                    c.attr("matchMax").unwrap_or(""),
                    c.text.as_str(),
                )
            })
            .collect();
        assert_eq!(cards.len(), deck.items.len());
        assert_eq!(cards[0], ("tricky", "1", one_line(TRICKY).as_str()));
        assert!(cards.iter().all(|(_, max, _)| *max == "1"));
        let bins: Vec<(&str, &str, &str)> = sets[1]
            .children_named("simpleAssociableChoice")
            .map(|c| {
                (
                    c.attr("identifier").unwrap_or(""),
                    c.attr("matchMax").unwrap_or(""),
                    c.text.as_str(),
                )
            })
            .collect();
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
}

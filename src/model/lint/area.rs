//! The whole-area rule: a card whose text names only a whole area of
//! security ("Security awareness and training", "Configuration management
//! of systems in the cloud") while the other cards of its topic name
//! specific duties. Such a card stands out as the odd one, and in the
//! built-in decks it used to mark the Shared cards.
//!
//! A text names a whole area when every word of it, apart from the little
//! words of [`STOP_WORDS`](super::words::STOP_WORDS), is in [`AREA_WORDS`]:
//! it names no resource, setting, service or step. It is reported when at
//! least [`AREA_SPECIFIC_MATES`] other cards of its topic are specific.

use std::collections::HashMap;

use super::positions::IdPositions;
use super::words::{STOP_WORDS, words_with_spans};
use super::{LintInput, LintRule, LintWarning};

/// Words that name an area of security or a stretch of the stack, not a
/// specific thing; lowercase, singular and plural both listed.
pub const AREA_WORDS: &[&str] = &[
    "access",
    "across",
    "area",
    "areas",
    "availability",
    "awareness",
    "cloud",
    "compliance",
    "configuration",
    "control",
    "controls",
    "data",
    "disaster",
    "duties",
    "duty",
    "environment",
    "environments",
    "everything",
    "general",
    "governance",
    "hosted",
    "identity",
    "incident",
    "incidents",
    "infrastructure",
    "management",
    "managing",
    "meeting",
    "monitoring",
    "network",
    "operations",
    "overall",
    "patch",
    "patches",
    "patching",
    "physical",
    "protecting",
    "protection",
    "recovery",
    "requirement",
    "requirements",
    "resilience",
    "resiliency",
    "responding",
    "response",
    "responsibilities",
    "responsibility",
    "risk",
    "risks",
    "security",
    "stack",
    "system",
    "systems",
    "tasks",
    "training",
    "whole",
    "workload",
    "workloads",
];

/// A whole-area card is reported when at least this many other cards of
/// its topic name specific duties.
pub const AREA_SPECIFIC_MATES: usize = 2;

/// The area words of `text` when the text names only a whole area, else
/// `None` (a text with no word besides little words is not an area).
pub(super) fn area_words(text: &str) -> Option<Vec<String>> {
    let words: Vec<String> = words_with_spans(text)
        .into_iter()
        .map(|(w, _, _)| w)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect();
    let all_area = words.iter().all(|w| AREA_WORDS.contains(&w.as_str()));
    (all_area && !words.is_empty()).then_some(words)
}

/// A warning for each whole-area card whose topic's other cards are
/// mostly specific.
pub(super) fn whole_area_cards(input: &LintInput<'_>, pos: &IdPositions) -> Vec<LintWarning> {
    let items = &input.deck.items;
    let areas: Vec<Option<Vec<String>>> = items.iter().map(|i| area_words(&i.text)).collect();
    // The specific cards of each topic, and of each (topic, id): counted
    // once, so a deck of tens of thousands of cards is not scanned again
    // for each whole-area card.
    let mut specific_in_topic: HashMap<&str, usize> = HashMap::new();
    let mut specific_with_id: HashMap<(&str, &str), usize> = HashMap::new();
    for (item, area) in items.iter().zip(&areas) {
        if area.is_none() {
            *specific_in_topic.entry(item.topic.as_str()).or_default() += 1;
            *specific_with_id
                .entry((item.topic.as_str(), item.id.as_str()))
                .or_default() += 1;
        }
    }
    let mut warnings = Vec::new();
    for (item, area) in items.iter().zip(areas) {
        let Some(words) = area else {
            continue;
        };
        let topic = item.topic.as_str();
        let specific = specific_in_topic
            .get(topic)
            .copied()
            .unwrap_or(0)
            .saturating_sub(
                specific_with_id
                    .get(&(topic, item.id.as_str()))
                    .copied()
                    .unwrap_or(0),
            );
        if specific < AREA_SPECIFIC_MATES {
            continue;
        }
        warnings.push(LintWarning {
            rule: LintRule::WholeArea,
            file: input.file.to_owned(),
            position: pos.item(&item.id),
            id: item.id.clone(),
            message: crate::msg!(
                "lint-whole-area",
                id = &item.id,
                text = &item.text,
                words = words.join(", "),
                specific = specific,
                topic = &item.topic
            ),
        });
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::super::LintRule;
    use super::super::test_support::{deck_text, lint, rules};
    use super::area_words;

    #[test]
    fn a_text_of_area_words_only_names_a_whole_area() {
        for text in [
            "Security awareness and training",
            "Configuration management of systems in the cloud",
            "Patch management across the whole cloud stack",
            "Responding to security incidents",
            "Meeting the security and compliance requirements of a workload hosted on AWS",
        ] {
            assert!(area_words(text).is_some(), "{text}");
        }
        for text in [
            "Patching the guest OS of an EC2 instance",
            "Teaching staff to spot phishing",
            "Security of the code inside an AWS Lambda function",
            "Physical security of an AWS Outposts deployment",
            "",
            "The and of",
        ] {
            assert!(area_words(text).is_none(), "{text}");
        }
    }

    #[test]
    fn an_area_card_among_specific_ones_is_reported_with_its_words() {
        let text = deck_text(&[
            ("a", "Writing key policies for KMS keys", "Customer"),
            ("b", "Security awareness and training", "Shared"),
            ("c", "Guarding data centre doors", "Aws"),
        ]);
        let warnings = lint(&text);
        assert_eq!(rules(&warnings), [LintRule::WholeArea]);
        assert_eq!(warnings[0].id, "b");
        assert!(
            warnings[0]
                .message
                .to_string()
                .contains("(security, awareness, training)"),
            "{}",
            warnings[0].message
        );
    }

    #[test]
    fn an_area_card_with_fewer_than_two_specific_mates_is_not_reported() {
        let text = deck_text(&[
            ("a", "Writing key policies for KMS keys", "Customer"),
            ("b", "Security awareness and training", "Shared"),
            ("c", "Incident response", "Aws"),
        ]);
        assert!(lint(&text).is_empty());
    }
}

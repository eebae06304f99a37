//! The single-owner topic rule: a topic whose cards all have one owner.

use std::collections::{BTreeMap, BTreeSet};

use super::positions::IdPositions;
use super::{LintInput, LintRule, LintWarning};
use crate::model::deck::Owner;

pub(super) fn single_owner_topics(input: &LintInput<'_>, pos: &IdPositions) -> Vec<LintWarning> {
    let mut owners: BTreeMap<&str, (usize, BTreeSet<Owner>)> = BTreeMap::new();
    for item in &input.deck.items {
        let entry = owners.entry(item.topic.as_str()).or_default();
        entry.0 += 1;
        entry.1.insert(item.owner);
    }
    let mut warnings = Vec::new();
    for topic in &input.deck.topics {
        let Some((count, set)) = owners.get(topic.id.as_str()) else {
            continue;
        };
        let mut owners = set.iter();
        let (2.., Some(&owner), None) = (*count, owners.next(), owners.next()) else {
            continue;
        };
        warnings.push(LintWarning {
            rule: LintRule::SingleOwnerTopic,
            file: input.file.to_owned(),
            position: pos.topic(&topic.id),
            id: topic.id.clone(),
            message: crate::msg!(
                "lint-single-owner-topic",
                id = &topic.id,
                count = *count,
                owner = super::owner_msg(owner)
            ),
        });
    }
    warnings
}

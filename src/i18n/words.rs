//! Words many views and the command line share: the owners' names and
//! what they mean. The model keeps its own English words for ids and file
//! formats (`Owner::label` is what a CSV or a deck says); what a person
//! reads comes from here.

use crate::i18n::Translator;
use crate::model::Owner;
use crate::tr;

/// An owner's name in the window's language: "AWS", "Kunde", "お客様".
pub fn owner_name(tr: &Translator, owner: Owner) -> String {
    match owner {
        Owner::Aws => tr!(tr, "owner-aws"),
        Owner::Customer => tr!(tr, "owner-customer"),
        Owner::Shared => tr!(tr, "owner-shared"),
    }
}

/// What an owner means in the model, in AWS's own words for the language:
/// "security OF the cloud", "クラウドのセキュリティ".
pub fn owner_tagline(tr: &Translator, owner: Owner) -> String {
    match owner {
        Owner::Aws => tr!(tr, "owner-aws-tagline"),
        Owner::Customer => tr!(tr, "owner-customer-tagline"),
        Owner::Shared => tr!(tr, "owner-shared-tagline"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn owners_are_named_in_each_language() {
        let en = Translator::new(Language::English);
        assert_eq!(owner_name(&en, Owner::Customer), "Customer");
        assert_eq!(owner_tagline(&en, Owner::Aws), "security OF the cloud");
        let de = Translator::new(Language::German);
        assert_eq!(owner_name(&de, Owner::Customer), "Kunde");
        let ja = Translator::new(Language::Japanese);
        assert_eq!(owner_name(&ja, Owner::Customer), "お客様");
        assert_eq!(owner_tagline(&ja, Owner::Aws), "クラウドのセキュリティ");
    }
}

//! Messages the model writes without a translator at hand: a load error,
//! a lint warning, a reason a result file was left out. The model keeps
//! *which* message and its values ([`Msg`]); whoever shows it words it in
//! the reader's language ([`Msg::localized`]). Its `Display` is English,
//! so logs, tests and machine-facing text read as before.
//!
//! Build one with [`msg!`](crate::msg), which checks the id and the
//! argument names against the English file at compile time, as
//! [`tr!`](crate::tr) does.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use fluent::FluentValue;
use i18n_embed::fluent::FluentLanguageLoader;

use super::{Language, Translator};

/// One value in a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a name, an id, a path.
    Text(String),
    /// A whole number; Fluent picks plural forms by it.
    Int(i64),
    /// A number with a fraction (a percentage, a score).
    Float(f64),
    /// Another message, worded in the same language (a reason inside a
    /// sentence).
    Msg(Box<Msg>),
}

impl Eq for Arg {}

macro_rules! arg_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
arg_from_int!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Arg::Float(value)
    }
}

impl From<f32> for Arg {
    fn from(value: f32) -> Self {
        Arg::Float(f64::from(value))
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<char> for Arg {
    fn from(value: char) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<Msg> for Arg {
    fn from(value: Msg) -> Self {
        Arg::Msg(Box::new(value))
    }
}

/// A message by id with its values, worded when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// The message `id` with no values yet. Prefer [`msg!`](crate::msg),
    /// which checks the id at compile time.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the value `name` (a `{ $name }` in the message).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message's id in the Fluent files.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The value called `name`, if the message has one.
    pub fn value(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    }

    /// The message in `tr`'s language (bracketed in the pseudo-locale).
    pub fn localized(&self, tr: &Translator) -> String {
        tr.finish(self.word(tr.loader()))
    }

    /// The message in English.
    pub fn english(&self) -> String {
        self.word(ENGLISH.loader())
    }

    fn word(&self, loader: &FluentLanguageLoader) -> String {
        if self.args.is_empty() {
            return loader.get(self.id);
        }
        let args: HashMap<&str, FluentValue<'static>> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Int(n) => FluentValue::from(*n),
                    Arg::Float(x) => FluentValue::from(*x),
                    Arg::Msg(inner) => FluentValue::from(inner.word(loader)),
                };
                (*name, value)
            })
            .collect();
        loader.get_args(self.id, args)
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

static ENGLISH: LazyLock<Translator> = LazyLock::new(|| Translator::new(Language::English));

/// The English loader, which [`msg!`](crate::msg) checks ids against at
/// compile time (never called at run time by the macro).
pub fn english_loader() -> &'static FluentLanguageLoader {
    ENGLISH.loader()
}

/// A [`Msg`] whose id and argument names are checked against the English
/// file at compile time: `msg!("load-empty-file")`,
/// `msg!("load-too-large", size = 9_000_000)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {{
        #[allow(unreachable_code, clippy::diverging_sub_expression)]
        if false {
            let _ = ::i18n_embed_fl::fl!($crate::i18n::message::english_loader(), $id);
        }
        $crate::i18n::message::Msg::new($id)
    }};
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unreachable_code, clippy::diverging_sub_expression)]
        if false {
            let _ = ::i18n_embed_fl::fl!(
                $crate::i18n::message::english_loader(),
                $id,
                $($name = ""),+
            );
        }
        $crate::i18n::message::Msg::new($id)$(.arg(stringify!($name), $value))+
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_english_when_displayed_and_translated_when_localized() {
        let message = crate::msg!("status-cards", cards = 245);
        assert_eq!(
            message.to_string(),
            Translator::default().loader().get_args("status-cards", {
                let mut args = HashMap::new();
                args.insert("cards", FluentValue::from(245));
                args
            })
        );
        let german = Translator::new(Language::German);
        let english = message.to_string();
        let worded = message.localized(&german);
        assert_ne!(worded, english, "German must differ from English");
        assert!(worded.contains("245"), "{worded}");
        let pseudo = message.localized(&Translator::new(Language::Pseudo));
        assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    }

    #[test]
    fn a_message_inside_a_message_takes_the_outer_language() {
        let inner = crate::msg!("status-cards", cards = 3);
        let outer = Msg::new("status-cards").arg("cards", inner.clone());
        let german = Translator::new(Language::German);
        assert!(outer.localized(&german).contains(&inner.localized(&german)));
        assert_eq!(outer.value("cards"), Some(&Arg::Msg(Box::new(inner))));
    }
}

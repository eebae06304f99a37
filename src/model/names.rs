//! Student names compared the way people read them: one rule for the
//! result files, the class report, the window's student page and the names
//! that come back from an LRS.
//!
//! A name is *shown* in its [`display_name`] form: Unicode NFC, the
//! invisible zero-width characters that carry no meaning in a name (U+200B,
//! U+2060, U+FEFF) removed, trimmed, every run of white space one space. Two
//! names are the *same student* when their [`name_key`]s are equal: the
//! display form lowercased, with every zero-width character (also the
//! joiners U+200C and U+200D) and every space left out. So "zoë ångström"
//! and "Zoë  Ångström" are one student, and so are "Ana", "A\u{200B}na"
//! and "Ana" typed with a combining accent where the other has a precomposed
//! one (after NFC both are the same text).
//!
//! [`check_name`] refuses what must never reach a report: control
//! characters (a line break could print a fake row), the bidirectional
//! controls that reorder what a reader sees (U+202A-U+202E, U+2066-U+2069,
//! U+200E, U+200F, U+061C), an empty name and a name longer than
//! [`MAX_STUDENT_LEN`] characters.

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

/// Longest student name accepted, in characters (of the display form).
pub const MAX_STUDENT_LEN: usize = 200;

/// Why a name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum NameProblem {
    /// A line break, a tab or another control character.
    #[error(
        "the student name must be on one line, without line breaks, tabs or control characters"
    )]
    Control,
    /// A bidirectional control that reorders the text as shown.
    #[error(
        "the student name holds a right-to-left or left-to-right control character \
         (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F or U+061C), which changes how \
         it is shown; type the name without it"
    )]
    Bidi,
    /// Nothing is left once spaces and invisible characters are removed.
    #[error("the student name is empty")]
    Empty,
    /// Longer than [`MAX_STUDENT_LEN`] characters.
    #[error("the student name is longer than {MAX_STUDENT_LEN} characters")]
    TooLong,
}

impl NameProblem {
    /// The problem as a message worded when shown (its `Display` is the
    /// same English).
    pub fn msg(self) -> crate::i18n::Msg {
        match self {
            NameProblem::Control => crate::msg!("name-control"),
            NameProblem::Bidi => crate::msg!("name-bidi"),
            NameProblem::Empty => crate::msg!("name-empty"),
            NameProblem::TooLong => crate::msg!("name-too-long", max = MAX_STUDENT_LEN),
        }
    }
}

/// Whether `c` is a bidirectional control character.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Zero-width characters that mean nothing in a name and are removed from
/// the display form.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Zero-width characters left out of the comparison key (the joiners are
/// kept in the display form, where some scripts need them).
fn is_zero_width(c: char) -> bool {
    is_invisible(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// The name as it is stored and shown: NFC, invisible characters removed,
/// trimmed, every run of white space one space. Does not refuse anything:
/// see [`check_name`].
pub fn display_name(name: &str) -> String {
    let nfc: String = name.nfc().filter(|c| !is_invisible(*c)).collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key two names are compared by: the same key is the same student.
pub fn name_key(name: &str) -> String {
    let lower: String = display_name(name)
        .chars()
        .filter(|c| !c.is_whitespace() && !is_zero_width(*c))
        .flat_map(char::to_lowercase)
        .collect();
    // Lowercasing can decompose (U+0130 gives "i" and U+0307): compose again.
    lower.nfc().collect()
}

/// Whether two names are the same student.
pub fn same_student(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// Checks a name as typed or read from a file; gives its display form.
/// Control characters are looked for before trimming: a name that starts
/// or ends with a line break could print a fake report row.
pub fn check_name(name: &str) -> Result<String, NameProblem> {
    if name.chars().any(char::is_control) {
        return Err(NameProblem::Control);
    }
    if name.chars().any(is_bidi_control) {
        return Err(NameProblem::Bidi);
    }
    let shown = display_name(name);
    if shown.chars().all(is_zero_width) {
        Err(NameProblem::Empty)
    } else if shown.chars().count() > MAX_STUDENT_LEN {
        Err(NameProblem::TooLong)
    } else {
        Ok(shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spaces_and_unicode_forms_are_one_student() {
        assert!(same_student("zoë ångström", "Zoë  Ångström"));
        // "e" + combining diaeresis, "A" + combining ring.
        assert!(same_student(
            "Zoe\u{0308} A\u{030A}ngstro\u{0308}m",
            "zoë ångström"
        ));
        assert!(same_student("Ana", "A\u{200B}na"));
        assert!(same_student("Ana", "\u{FEFF}Ana\u{2060}"));
        assert!(same_student("José", "Jose\u{0301}"));
        assert!(same_student("Ana María", "anamaría"));
        assert!(!same_student("Ana", "Anna"));
        assert!(!same_student("José", "Jose"));
        assert_eq!(display_name("  Ana\u{200B}   Mari\u{0301}a "), "Ana María");
        assert_eq!(name_key("İlkay"), name_key("i\u{0307}lkay"));
    }

    #[test]
    fn controls_and_bidi_overrides_are_refused() {
        assert_eq!(check_name("Eve\nMallory"), Err(NameProblem::Control));
        assert_eq!(check_name("a\tb"), Err(NameProblem::Control));
        assert_eq!(check_name("\u{202E}evE"), Err(NameProblem::Bidi));
        assert_eq!(check_name("Ana\u{2066}x\u{2069}"), Err(NameProblem::Bidi));
        assert_eq!(check_name("Ana\u{200F}"), Err(NameProblem::Bidi));
        assert_eq!(check_name(" \u{200B} "), Err(NameProblem::Empty));
        assert_eq!(check_name("\u{200D}"), Err(NameProblem::Empty));
        assert_eq!(check_name(&"a".repeat(201)), Err(NameProblem::TooLong));
        assert_eq!(check_name(" Zoë  Ångström "), Ok("Zoë Ångström".into()));
        assert_eq!(check_name("李雷"), Ok("李雷".into()));
        // Arabic and Hebrew names need no control characters.
        assert_eq!(check_name("مريم"), Ok("مريم".into()));
    }
}

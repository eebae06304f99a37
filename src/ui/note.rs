//! [`Note`], the one word for a message to the person, under the button
//! that caused it. It imports nothing, so that every action enum can carry
//! one.

/// A message for the person, under the button that caused it: what
/// happened, and what to do next. The one word for messages in every area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Something was done.
    Done(String),
    /// Something went wrong.
    Problem(String),
}

impl Note {
    /// The message's text.
    pub fn text(&self) -> &str {
        match self {
            Note::Done(text) | Note::Problem(text) => text,
        }
    }
}

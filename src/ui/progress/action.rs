//! What can happen in the Progress area.

/// Something the Progress area asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressAction {
    /// Start a review of the due cards (and a few new ones).
    StartReview,
    /// Drill the most-missed cards.
    DrillMostMissed,
    /// Drill one card and its neighbours, by progress key.
    DrillCard(String),
    /// Open the reset confirmation.
    AskReset,
    /// Close it.
    CancelReset,
    /// Reset, keeping the old progress in a file.
    ConfirmReset,
}

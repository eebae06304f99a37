//! What can happen on the LRS settings page and with LRS jobs.

use crate::io::lrs_worker::JobEvent;

/// The settings page's fields as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LrsForm {
    /// Whether the LRS is used at all.
    pub enabled: bool,
    /// The xAPI endpoint, e.g. `https://lrs.example.org/xAPI`.
    pub endpoint: String,
    /// The Basic-auth user name.
    pub key: String,
    /// A new secret typed (never filled from the saved one).
    pub secret: String,
    /// The class URI of the statements.
    pub class_uri: String,
}

/// Something for the LRS link.
#[derive(Debug, Clone, PartialEq)]
pub enum LrsAction {
    /// Replace the form.
    SetForm(LrsForm),
    /// Save the form (and keep a typed secret).
    Save,
    /// Remove the saved secret.
    ForgetSecret,
    /// Check the endpoint and credentials as typed.
    Test,
    /// Find out where the secret is kept (the page was opened).
    FindSecret,
    /// Add the class report's statements to the queue and send the queue
    /// (any statements waiting too).
    Send(Vec<serde_json::Value>),
    /// Send the statements waiting from earlier sends.
    SendWaiting,
    /// Drop the statements waiting.
    DiscardWaiting,
    /// Load the statements of this activity (the class report's exercise)
    /// from the LRS.
    Load(String),
    /// Show this note on the LRS's pages (what the class report made of a
    /// send or a load).
    ShowNote(crate::ui::note::Note),
    /// Stop the job after its current batch or page.
    Cancel,
    /// The worker reported.
    Event(JobEvent),
}

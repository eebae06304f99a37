//! The clock, injected so that timers, history and review are testable
//! without waiting.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Where "now" comes from.
#[derive(Debug, Clone, Default)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// A clock that moves only when told (tests, benchmarks).
    Manual(Arc<AtomicU64>),
}

impl Clock {
    /// A manual clock starting at `start_ms` (milliseconds since the Unix epoch).
    pub fn manual(start_ms: u64) -> Self {
        Clock::Manual(Arc::new(AtomicU64::new(start_ms)))
    }

    /// Milliseconds since the Unix epoch.
    pub fn now_ms(&self) -> u64 {
        match self {
            Clock::System => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            Clock::Manual(ms) => ms.load(Ordering::SeqCst),
        }
    }

    /// Seconds since the Unix epoch.
    pub fn now_secs(&self) -> u64 {
        self.now_ms() / 1000
    }

    /// Moves a manual clock forward; the system clock ignores this.
    pub fn advance_ms(&self, ms: u64) {
        if let Clock::Manual(now) = self {
            now.fetch_add(ms, Ordering::SeqCst);
        }
    }
}

/// Seconds in a day.
pub const SECS_PER_DAY: u64 = 86_400;

/// A UTC calendar date and time, for labels, file names and RFC 3339
/// timestamps (the `time` crate's calendar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcDateTime(time::OffsetDateTime);

impl UtcDateTime {
    /// The UTC date and time of `secs` unix seconds (past the year 9999,
    /// the last second of 9999).
    pub fn from_unix(secs: u64) -> Self {
        let last = time::PrimitiveDateTime::MAX.assume_utc();
        let at = i64::try_from(secs)
            .ok()
            .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
            .unwrap_or(last);
        Self(at.min(last))
    }

    /// `YYYY-MM-DD`.
    pub fn date_string(&self) -> String {
        let d = self.0.date();
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    }

    /// `YYYYMMDD-HHMMSS`, for file names.
    pub fn file_stamp(&self) -> String {
        let (d, t) = (self.0.date(), self.0.time());
        format!(
            "{:04}{:02}{:02}-{:02}{:02}{:02}",
            d.year(),
            u8::from(d.month()),
            d.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    /// RFC 3339, `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn rfc3339(&self) -> String {
        self.0
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| format!("{}T00:00:00Z", self.date_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told_and_clones_share_time() {
        let clock = Clock::manual(5_000);
        let copy = clock.clone();
        assert_eq!(clock.now_ms(), 5_000);
        copy.advance_ms(2_500);
        assert_eq!(clock.now_ms(), 7_500);
        assert_eq!(clock.now_secs(), 7);
        assert!(Clock::System.now_ms() > 1_600_000_000_000);
    }

    #[test]
    fn utc_dates_match_known_days() {
        assert_eq!(UtcDateTime::from_unix(0).date_string(), "1970-01-01");
        assert_eq!(
            UtcDateTime::from_unix(951_782_400).date_string(),
            "2000-02-29"
        );
        assert_eq!(
            UtcDateTime::from_unix(1_700_000_000).file_stamp(),
            "20231114-221320"
        );
        assert_eq!(
            UtcDateTime::from_unix(1_704_067_200 - 1).file_stamp(),
            "20231231-235959"
        );
        assert_eq!(
            UtcDateTime::from_unix(1_700_000_000).rfc3339(),
            "2023-11-14T22:13:20Z"
        );
        assert_eq!(
            UtcDateTime::from_unix(u64::MAX).date_string(),
            "9999-12-31",
            "no panic past the calendar's end"
        );
    }
}

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

/// A UTC calendar date and time, for labels and file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcDateTime {
    /// The year, e.g. 2024.
    pub year: u64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
    /// 0 to 59.
    pub second: u32,
}

impl UtcDateTime {
    /// The UTC date and time of `secs` unix seconds.
    pub fn from_unix(secs: u64) -> Self {
        // Howard Hinnant's civil_from_days, for days since 1970-01-01 >= 0.
        let days = secs / SECS_PER_DAY;
        let rest = secs % SECS_PER_DAY;
        let z = days + 719_468;
        let era = z / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + u64::from(month <= 2);
        Self {
            year,
            month: month as u32,
            day: day as u32,
            hour: (rest / 3600) as u32,
            minute: (rest % 3600 / 60) as u32,
            second: (rest % 60) as u32,
        }
    }

    /// `YYYY-MM-DD`.
    pub fn date_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYYMMDD-HHMMSS`, for file names.
    pub fn file_stamp(&self) -> String {
        format!(
            "{:04}{:02}{:02}-{:02}{:02}{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
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
    }
}

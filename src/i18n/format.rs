//! Numbers, percentages and dates in each language's customary form:
//! "83.5%" in English, "83,5 %" in German and Spanish, "83.5%" in
//! Japanese; "Dec 3", "3. Dez.", "3 dic", "12月3日".

use super::Language;

/// A number with `decimals` digits after the separator the language uses,
/// e.g. `3,5` in German.
pub fn number(language: Language, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match decimal_comma(language) {
        true => text.replace('.', ","),
        false => text,
    }
}

/// A percentage with one decimal, e.g. `83.5%`, `83,5 %`.
pub fn percent(language: Language, value: f64) -> String {
    let number = number(language, value, 1);
    match language {
        // A (no-break) space before the sign in German and Spanish.
        Language::German | Language::Spanish => format!("{number}\u{a0}%"),
        Language::English | Language::Japanese | Language::Pseudo => format!("{number}%"),
    }
}

/// A whole percentage, e.g. `83%`, `83 %`.
pub fn percent_whole(language: Language, value: f64) -> String {
    let number = format!("{:.0}", value);
    match language {
        Language::German | Language::Spanish => format!("{number}\u{a0}%"),
        Language::English | Language::Japanese | Language::Pseudo => format!("{number}%"),
    }
}

/// A day of a month, short, as an axis or a list shows it: `Dec 3`,
/// `3. Dez.`, `3 dic`, `12月3日`. `month` is 1 to 12.
pub fn short_date(language: Language, month: u8, day: u8) -> String {
    let index = usize::from(month.clamp(1, 12) - 1);
    match language {
        Language::English | Language::Pseudo => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            format!("{} {day}", MONTHS[index])
        }
        Language::German => {
            const MONTHS: [&str; 12] = [
                "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                "Nov.", "Dez.",
            ];
            format!("{day}. {}", MONTHS[index])
        }
        Language::Spanish => {
            const MONTHS: [&str; 12] = [
                "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
            ];
            format!("{day} {}", MONTHS[index])
        }
        Language::Japanese => format!("{month}月{day}日"),
    }
}

fn decimal_comma(language: Language) -> bool {
    matches!(language, Language::German | Language::Spanish)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_take_each_languages_form() {
        assert_eq!(percent(Language::English, 83.5), "83.5%");
        assert_eq!(percent(Language::German, 83.5), "83,5\u{a0}%");
        assert_eq!(percent(Language::Spanish, 83.5), "83,5\u{a0}%");
        assert_eq!(percent(Language::Japanese, 83.5), "83.5%");
        assert_eq!(percent_whole(Language::German, 75.0), "75\u{a0}%");
        assert_eq!(number(Language::German, 3.25, 2), "3,25");
    }

    #[test]
    fn dates_take_each_languages_form() {
        assert_eq!(short_date(Language::English, 12, 3), "Dec 3");
        assert_eq!(short_date(Language::German, 12, 3), "3. Dez.");
        assert_eq!(short_date(Language::Spanish, 12, 3), "3 dic");
        assert_eq!(short_date(Language::Japanese, 12, 3), "12月3日");
        assert_eq!(short_date(Language::English, 0, 1), "Jan 1", "clamped");
    }
}

//! Words for numbers: "1 card", "2 cards". No egui; the window and the
//! command line both use it.

/// `n` and the noun in the right number: `count(1, "card", "cards")` is
/// "1 card", `count(2, "day", "days")` is "2 days", zero takes the plural.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The noun alone in the right number for `n`.
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_singular_and_everything_else_the_plural() {
        assert_eq!(count(0, "card", "cards"), "0 cards");
        assert_eq!(count(1, "card", "cards"), "1 card");
        assert_eq!(count(2, "deck", "decks"), "2 decks");
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(noun(3, "problem", "problems"), "problems");
    }
}

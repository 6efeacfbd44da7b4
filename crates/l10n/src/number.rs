//! Money and percentages as each shipped locale writes them, on the Rust side (the PDF
//! invoice), the same text the window's `Intl.NumberFormat` gives, so a figure reads the
//! same in the app and on paper. Words: *cents* are the integer minor units the contract
//! carries; *basis points* are hundredths of a percent (2200 = 22 %).
//!
//! The rules are written out for our four locales rather than read from CLDR data: the
//! set is closed ([`LOCALES`](crate::LOCALES)), and the whole of ICU would be a large
//! dependency for four patterns. The unit tests pin every string to what Node's
//! `Intl.NumberFormat` prints (ICU 78): a change of locale data shows up there.

/// The number patterns of one locale.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// en-US, and any locale we do not ship.
    English,
    Italian,
    German,
    Spanish,
}

impl Style {
    fn of(locale: &str) -> Self {
        match locale {
            "it" => Style::Italian,
            "de" => Style::German,
            "es" => Style::Spanish,
            _ => Style::English,
        }
    }

    /// (grouping, decimal) separators.
    fn separators(self) -> (char, char) {
        match self {
            Style::English => (',', '.'),
            Style::Italian | Style::German | Style::Spanish => ('.', ','),
        }
    }

    /// How many digits a number needs before its thousands are grouped when grouping is
    /// left to the locale (Italian and Spanish write 1000 but 10.000). Money is always
    /// grouped.
    fn group_from(self) -> usize {
        match self {
            Style::English | Style::German => 4,
            Style::Italian | Style::Spanish => 5,
        }
    }

    /// The symbol CLDR gives `code` in this locale. Only the currencies we bill in have
    /// one; any other code is written as itself.
    fn symbol(self, code: &str) -> &str {
        match (code, self) {
            ("EUR", _) => "€",
            ("USD", Style::English | Style::German) => "$",
            ("USD", Style::Spanish) => "US$",
            ("GBP", Style::English | Style::Italian | Style::German) => "£",
            _ => code,
        }
    }
}

/// `digits` (ASCII, no sign) with `separator` between each group of three.
fn grouped(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// `cents` of `currency` (ISO 4217, as `EUR`) as `locale` writes it, always with two
/// decimals and the thousands grouped: the text of JavaScript's
/// `new Intl.NumberFormat(locale, { style: "currency", currency, useGrouping: "always" })`
/// for `cents / 100`. en-US puts the symbol first (`€1,234.56`, `-€1,234.56`, and a
/// no-break space after a symbol of letters: `CHF 1,234.56`); it, de and es put it last
/// after a no-break space (U+00A0: `1.234,56 €`).
///
/// Symbols are CLDR's for EUR (`€`), GBP and USD, which differ by locale as Intl's do
/// (USD is `$` in en-US and de, `USD` in it, `US$` in es; GBP is `£` except in es, which
/// writes `GBP`); CHF and any other code are written as the code itself (upper case).
/// Where Intl would not print two decimals (JPY has none) this still does: the contract
/// counts every currency in cents. A locale we do not ship is formatted as en-US.
pub fn money(cents: i64, currency: &str, locale: &str) -> String {
    let style = Style::of(locale);
    let (group, decimal) = style.separators();
    let code = currency.trim().to_ascii_uppercase();
    let symbol = style.symbol(&code);
    let abs = cents.unsigned_abs();
    let number = format!("{}{decimal}{:02}", grouped(&(abs / 100).to_string(), group), abs % 100);
    let sign = if cents < 0 { "-" } else { "" };
    match style {
        _ if symbol.is_empty() => format!("{sign}{number}"),
        Style::English => {
            // ICU's currency spacing: a symbol ending in a letter is kept off the digits.
            let space = if symbol.ends_with(|c: char| c.is_alphabetic()) { "\u{a0}" } else { "" };
            format!("{sign}{symbol}{space}{number}")
        }
        Style::Italian | Style::German | Style::Spanish => format!("{sign}{number}\u{a0}{symbol}"),
    }
}

/// A rate in basis points as a percentage the way `locale` writes it, with up to two
/// decimals and no trailing zeros: the text of JavaScript's
/// `new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 })` for
/// `bp / 10_000`. en-US `22%`, `25.5%`; it `22%`, `25,5%`; de and es `22 %`, `25,5 %`
/// with a no-break space (U+00A0). A locale we do not ship is formatted as en-US.
pub fn percent_bp(bp: u32, locale: &str) -> String {
    let style = Style::of(locale);
    let (group, decimal) = style.separators();
    let whole = (bp / 100).to_string();
    let whole = if whole.len() >= style.group_from() { grouped(&whole, group) } else { whole };
    let number = match bp % 100 {
        0 => whole,
        hundredths => {
            let fraction = format!("{hundredths:02}");
            format!("{whole}{decimal}{}", fraction.trim_end_matches('0'))
        }
    };
    match style {
        Style::English | Style::Italian => format!("{number}%"),
        Style::German | Style::Spanish => format!("{number}\u{a0}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every expected string below is Node 20's (ICU 78) output, `\u{a0}` where it
    /// prints a no-break space.
    #[test]
    fn money_reads_as_intl_writes_it_in_each_locale() {
        assert_eq!(money(123_456, "EUR", "en-US"), "€1,234.56");
        assert_eq!(money(-123_456, "EUR", "en-US"), "-€1,234.56");
        assert_eq!(money(123_456, "EUR", "it"), "1.234,56\u{a0}€");
        assert_eq!(money(-123_456, "EUR", "it"), "-1.234,56\u{a0}€");
        assert_eq!(money(123_456, "EUR", "de"), "1.234,56\u{a0}€");
        assert_eq!(money(123_456, "EUR", "es"), "1.234,56\u{a0}€", "four digits grouped too");
        assert_eq!(money(-123_456, "EUR", "es"), "-1.234,56\u{a0}€");
        assert_eq!(money(123_456_789, "EUR", "es"), "1.234.567,89\u{a0}€");
        assert_eq!(money(99_999, "EUR", "de"), "999,99\u{a0}€");
        assert_eq!(money(1_230, "EUR", "en-US"), "€12.30");
        assert_eq!(money(-5, "EUR", "en-US"), "-€0.05");
        assert_eq!(money(-5, "EUR", "it"), "-0,05\u{a0}€");
    }

    #[test]
    fn zero_has_two_decimals_and_no_sign() {
        assert_eq!(money(0, "EUR", "en-US"), "€0.00");
        assert_eq!(money(0, "EUR", "it"), "0,00\u{a0}€");
        assert_eq!(money(0, "CHF", "de"), "0,00\u{a0}CHF");
        assert_eq!(money(0, "USD", "es"), "0,00\u{a0}US$");
        assert_eq!(percent_bp(0, "en-US"), "0%");
        assert_eq!(percent_bp(0, "de"), "0\u{a0}%");
    }

    #[test]
    fn symbols_differ_by_currency_and_locale_as_cldr_has_them() {
        assert_eq!(money(123_456, "USD", "en-US"), "$1,234.56");
        assert_eq!(money(-123_456, "USD", "en-US"), "-$1,234.56");
        assert_eq!(money(123_456, "USD", "it"), "1.234,56\u{a0}USD");
        assert_eq!(money(123_456, "USD", "de"), "1.234,56\u{a0}$");
        assert_eq!(money(123_456, "USD", "es"), "1.234,56\u{a0}US$");
        assert_eq!(money(123_456, "GBP", "en-US"), "£1,234.56");
        assert_eq!(money(123_456, "GBP", "it"), "1.234,56\u{a0}£");
        assert_eq!(money(123_456, "GBP", "de"), "1.234,56\u{a0}£");
        assert_eq!(money(123_456, "GBP", "es"), "1.234,56\u{a0}GBP");
        assert_eq!(money(123_456, "CHF", "en-US"), "CHF\u{a0}1,234.56");
        assert_eq!(money(-123_456, "CHF", "en-US"), "-CHF\u{a0}1,234.56");
        assert_eq!(money(123_456, "CHF", "it"), "1.234,56\u{a0}CHF");
        assert_eq!(money(123_456, "CHF", "de"), "1.234,56\u{a0}CHF");
        assert_eq!(money(123_456, "CHF", "es"), "1.234,56\u{a0}CHF");
        // Other codes as themselves.
        assert_eq!(money(123_456, "SEK", "en-US"), "SEK\u{a0}1,234.56");
        assert_eq!(money(-123_456, "PLN", "en-US"), "-PLN\u{a0}1,234.56");
        assert_eq!(money(123_456, "SEK", "es"), "1.234,56\u{a0}SEK");
        assert_eq!(money(123_456, "eur", "de"), "1.234,56\u{a0}€", "codes are upper-cased, as Intl does");
    }

    #[test]
    fn an_unknown_locale_is_formatted_as_english() {
        assert_eq!(money(123_456, "EUR", "xx"), "€1,234.56");
        assert_eq!(money(123_456, "CHF", ""), "CHF\u{a0}1,234.56");
        assert_eq!(percent_bp(2550, "fr"), "25.5%");
    }

    #[test]
    fn the_extremes_of_i64_do_not_overflow() {
        assert_eq!(money(i64::MAX, "EUR", "en-US"), "€92,233,720,368,547,758.07");
        assert_eq!(money(i64::MIN, "EUR", "en-US"), "-€92,233,720,368,547,758.08");
        assert_eq!(money(i64::MAX, "CHF", "it"), "92.233.720.368.547.758,07\u{a0}CHF");
        assert_eq!(money(i64::MIN, "EUR", "es"), "-92.233.720.368.547.758,08\u{a0}€");
        assert_eq!(money(i64::MIN, "GBP", "de"), "-92.233.720.368.547.758,08\u{a0}£");
    }

    #[test]
    fn percentages_read_as_intl_writes_them() {
        let cases: [(u32, [&str; 4]); 6] = [
            (2200, ["22%", "22%", "22\u{a0}%", "22\u{a0}%"]),
            (2550, ["25.5%", "25,5%", "25,5\u{a0}%", "25,5\u{a0}%"]),
            (1, ["0.01%", "0,01%", "0,01\u{a0}%", "0,01\u{a0}%"]),
            (1234, ["12.34%", "12,34%", "12,34\u{a0}%", "12,34\u{a0}%"]),
            (10_000, ["100%", "100%", "100\u{a0}%", "100\u{a0}%"]),
            (125_000, ["1,250%", "1250%", "1.250\u{a0}%", "1250\u{a0}%"]),
        ];
        for (bp, wanted) in cases {
            for (locale, want) in ["en-US", "it", "de", "es"].into_iter().zip(wanted) {
                assert_eq!(percent_bp(bp, locale), want, "{bp} bp in {locale}");
            }
        }
        assert_eq!(percent_bp(1_250_000, "it"), "12.500%", "five digits are grouped in Italian");
        assert_eq!(percent_bp(u32::MAX, "en-US"), "42,949,672.95%");
        assert_eq!(percent_bp(u32::MAX, "es"), "42.949.672,95\u{a0}%");
    }
}

//! Dates, times and durations: RFC 3339 §5.6 and Appendix A.

use super::{all_digits, at, number};

/// `full-date "T" full-time`; `T` may be lower case (RFC 3339 §5.6 NOTE).
pub(super) fn date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    matches!(at(bytes, 10), b'T' | b't')
        && bytes.get(..10).is_some_and(full_date)
        && bytes.get(11..).is_some_and(full_time)
}

/// `YYYY-MM-DD` (exactly ten bytes), a day that exists in that month.
pub(super) fn full_date(bytes: &[u8]) -> bool {
    let (Some(year), Some(month), Some(day)) = (
        number(bytes, 0, 4),
        number(bytes, 5, 2),
        number(bytes, 8, 2),
    ) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    bytes.len() == 10 && at(bytes, 4) == b'-' && at(bytes, 7) == b'-' && (1..=days).contains(&day)
}

/// `HH:MM:SS[.fraction]` and an offset, `Z` or `±HH:MM`, which is
/// required. Second 60 (a leap second) is only ever inserted at 23:59:60
/// UTC, so it is valid only where the offset puts it there.
pub(super) fn full_time(bytes: &[u8]) -> bool {
    let (Some(hour), Some(minute), Some(second)) = (
        number(bytes, 0, 2),
        number(bytes, 3, 2),
        number(bytes, 6, 2),
    ) else {
        return false;
    };
    if at(bytes, 2) != b':' || at(bytes, 5) != b':' || hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut end = 8;
    if at(bytes, end) == b'.' {
        end += 1;
        let digits = bytes
            .iter()
            .skip(end)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            return false;
        }
        end += digits;
    }
    // Minutes east of UTC.
    let offset = match at(bytes, end) {
        b'Z' | b'z' if bytes.len() == end + 1 => 0,
        sign @ (b'+' | b'-') if bytes.len() == end + 6 => {
            let (Some(hours), Some(minutes)) =
                (number(bytes, end + 1, 2), number(bytes, end + 4, 2))
            else {
                return false;
            };
            if at(bytes, end + 3) != b':' || hours > 23 || minutes > 59 {
                return false;
            }
            let offset = i64::from(hours * 60 + minutes);
            if sign == b'+' {
                offset
            } else {
                -offset
            }
        }
        _ => return false,
    };
    let utc = (i64::from(hour * 60 + minute) - offset).rem_euclid(24 * 60);
    second < 60 || utc == 23 * 60 + 59
}

/// RFC 3339 Appendix A: `P` then date units, `T` and time units, or weeks
/// alone. Designators are upper case (ISO 8601; RFC 3339 allows lower case
/// only for the `T` and `Z` of timestamps).
pub(super) fn duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    if let Some(weeks) = date.strip_suffix('W') {
        return time.is_none() && all_digits(weeks);
    }
    match time {
        Some(time) => units(date, b"YMD") && !time.is_empty() && units(time, b"HMS"),
        None => !date.is_empty() && units(date, b"YMD"),
    }
}

/// `1*DIGIT unit` components whose units are consecutive in `order`: the
/// ABNF nests each optional unit in the one before (`dur-year = 1*DIGIT
/// "Y" [dur-month]`), so `P1Y2D` and `PT1H2S` are not durations.
fn units(text: &str, order: &[u8]) -> bool {
    let bytes = text.as_bytes();
    let mut next = None;
    let mut i = 0;
    while i < bytes.len() {
        let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let Some(unit) = order.iter().position(|&u| u == at(bytes, i + digits)) else {
            return false;
        };
        if digits == 0 || next.is_some_and(|next| next != unit) {
            return false;
        }
        next = Some(unit + 1);
        i += digits + 1;
    }
    true
}

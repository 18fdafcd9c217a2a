//! E-mail addresses: RFC 5321 §4.1.2 `Mailbox`, with RFC 6531 §3.3's
//! non-ASCII text for `idn-email`.

use super::host::{domain, ipv6};
use super::{all_digits, number};

/// `Local-part "@" ( Domain / address-literal )`; with `idn`, non-ASCII
/// text in the local part and U-labels in the domain (RFC 6531).
pub(super) fn email(text: &str, idn: bool) -> bool {
    // A quoted local part may hold `@`; a domain never does.
    let Some((local, host)) = text.rsplit_once('@') else {
        return false;
    };
    // RFC 5321 §4.5.3.1.1: at most 64 octets.
    if local.len() > 64 || !local_part(local, idn) {
        return false;
    }
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(literal) => address_literal(literal),
        None => domain(host, idn, false),
    }
}

/// `Dot-string / Quoted-string`.
fn local_part(local: &str, idn: bool) -> bool {
    if let Some(quoted) = local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        let mut bytes = quoted.bytes();
        while let Some(b) = bytes.next() {
            let ok = match b {
                // quoted-pairSMTP: a backslash and one printable ASCII byte.
                b'\\' => bytes.next().is_some_and(|b| (32..=126).contains(&b)),
                32..=126 => b != b'"',
                _ => idn && b >= 0x80,
            };
            if !ok {
                return false;
            }
        }
        return true;
    }
    local.split('.').all(|atom| {
        !atom.is_empty()
            && atom.bytes().all(|b| {
                b.is_ascii_alphanumeric()
                    || b"!#$%&'*+-/=?^_`{|}~".contains(&b)
                    || (idn && b >= 0x80)
            })
    })
}

/// `IPv4-address-literal / IPv6-address-literal` between the brackets.
/// General address literals need a tag registered with IANA, and `IPv6`
/// is the only one there is.
fn address_literal(literal: &str) -> bool {
    match literal.get(..5) {
        Some(tag) if tag.eq_ignore_ascii_case("IPv6:") => literal.get(5..).is_some_and(ipv6),
        // `Snum = 1*3DIGIT`, 0-255: RFC 5321 allows leading zeros here.
        _ => {
            let mut parts = 0;
            literal.split('.').all(|snum| {
                parts += 1;
                snum.len() <= 3
                    && all_digits(snum)
                    && number(snum.as_bytes(), 0, snum.len()).is_some_and(|n| n <= 255)
            }) && parts == 4
        }
    }
}

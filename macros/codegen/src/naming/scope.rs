//! Unique names within a scope, and clippy's view of variant names.

use foldhash::{HashMap, HashSet};

use super::Ident;

/// Names that are taken, for making new ones unique deterministically.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
    /// Per base name, the suffix to try first: every one below it was
    /// taken when it was last looked for (a name is never given back), so
    /// a base claimed a thousand times is not searched from 2 each time.
    next_suffix: HashMap<String, usize>,
}

impl Scope {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn is_taken(&self, name: &Ident) -> bool {
        self.taken.contains(name.unraw())
    }

    /// Takes `name`, or `name2`, `name3`, ... if it is taken.
    pub fn claim(&mut self, name: Ident) -> Ident {
        if self.taken.insert(name.unraw().to_owned()) {
            return name;
        }
        let base = name.unraw().to_owned();
        // A suffixed keyword is no longer a keyword, so the `r#` goes.
        let separator = if base.ends_with(|c: char| c.is_ascii_digit()) && base.contains('_') {
            "_"
        } else {
            ""
        };
        let from = self.next_suffix.get(&base).copied().unwrap_or(2);
        let (n, name) = (from..)
            .map(|n| (n, format!("{base}{separator}{n}")))
            .find(|(_, candidate)| self.taken.insert(candidate.clone()))
            .expect("an unused suffix exists");
        self.next_suffix.insert(base, n + 1);
        Ident(name)
    }
}

/// Would clippy's `enum_variant_names` fire? Over-approximates its rules:
/// a variant starting or ending with the enum's name, or (three or more
/// variants) all variants sharing their first or last camel-case word.
pub fn shares_affix(enum_name: &Ident, variants: &[&Ident]) -> bool {
    let enum_words = camel_words(enum_name.as_str());
    let words: Vec<Vec<&str>> = variants.iter().map(|v| camel_words(v.as_str())).collect();
    let repeats_enum = words.iter().any(|w| {
        w.len() > enum_words.len() && (w.starts_with(&enum_words) || w.ends_with(&enum_words))
    });
    if repeats_enum {
        return true;
    }
    if words.len() < 3 {
        return false;
    }
    let first = words[0].first();
    let last = words[0].last();
    words.iter().all(|w| w.first() == first) || words.iter().all(|w| w.last() == last)
}

/// `AssignUUIDUpdate` → `Assign`, `UUID`, `Update`.
fn camel_words(name: &str) -> Vec<&str> {
    let bytes = name.as_bytes();
    let mut words = Vec::new();
    let mut start = 0;
    for i in 1..bytes.len() {
        let after_lower = bytes[i].is_ascii_uppercase() && !bytes[i - 1].is_ascii_uppercase();
        let acronym_end = bytes[i].is_ascii_uppercase()
            && bytes[i - 1].is_ascii_uppercase()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
        if after_lower || acronym_end {
            words.push(&name[start..i]);
            start = i;
        }
    }
    if start < name.len() {
        words.push(&name[start..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(scope: &mut Scope, name: &str) -> String {
        scope.claim(Ident(name.to_owned())).to_string()
    }

    fn affix(name: &str, variants: &[&str]) -> bool {
        let variants: Vec<Ident> = variants.iter().map(|v| Ident((*v).to_owned())).collect();
        shares_affix(
            &Ident(name.to_owned()),
            &variants.iter().collect::<Vec<_>>(),
        )
    }

    #[test]
    fn scope_suffixes() {
        let mut scope = Scope::new();
        assert_eq!(claim(&mut scope, "Pet"), "Pet");
        assert_eq!(claim(&mut scope, "Pet"), "Pet2");
        assert_eq!(claim(&mut scope, "Pet"), "Pet3");
        assert_eq!(claim(&mut scope, "r#type"), "r#type");
        assert_eq!(claim(&mut scope, "r#type"), "type2");
        assert_eq!(claim(&mut scope, "v_1"), "v_1");
        assert_eq!(claim(&mut scope, "v_1"), "v_1_2");
    }

    #[test]
    fn affixes() {
        assert!(affix("Kind", &["CardPayment", "CardRefund", "CardFee"]));
        assert!(affix("Status", &["StatusActive", "Closed"]));
        assert!(!affix("Role", &["System", "User", "Assistant"]));
        assert!(!affix("T", &["CardPayment", "CardRefund"]));
        assert!(affix(
            "T",
            &["AssignUUIDUpdate", "SetLocationUpdate", "AddUpdate"]
        ));
        assert_eq!(
            camel_words("AssignUUIDUpdate"),
            vec!["Assign", "UUID", "Update"]
        );
    }
}

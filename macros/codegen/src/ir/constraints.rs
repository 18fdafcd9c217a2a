//! What `validate()` checks on a value, and how the checks of several
//! definitions combine (`allOf`).

/// What `validate()` checks on a value. `None` means unconstrained.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    /// ECMA-262 patterns, each of which the text must match (several when
    /// `allOf` members each bring one).
    pub patterns: Vec<String>,
    /// A `format` checked on the text (while it stays text).
    pub format: Option<crate::formats::Format>,
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<serde_json::Number>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    /// What every key of a map must be (`propertyNames`).
    pub property_names: Option<Box<KeyRule>>,
    /// No value meets every definition (`allOf` members whose `enum`s share
    /// no value): `validate()` accepts none.
    pub unsatisfiable: bool,
}

/// `propertyNames`: the keys allowed (`enum`, `const`; any when empty) and
/// the string constraints every key meets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct KeyRule {
    pub values: Vec<String>,
    pub constraints: Constraints,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }

    /// Adds what `other` asks: a value must then meet both (`allOf`).
    pub fn conjoin(&mut self, other: &Constraints) {
        fn tighter<T: Copy>(a: Option<T>, b: Option<T>, pick: fn(T, T) -> T) -> Option<T> {
            match (a, b) {
                (Some(a), Some(b)) => Some(pick(a, b)),
                (a, b) => a.or(b),
            }
        }
        self.min_length = tighter(self.min_length, other.min_length, u64::max);
        self.max_length = tighter(self.max_length, other.max_length, u64::min);
        for pattern in &other.patterns {
            if !self.patterns.contains(pattern) {
                self.patterns.push(pattern.clone());
            }
        }
        self.format = self.format.or(other.format);
        self.minimum = Bound::tighter(self.minimum.take(), other.minimum.clone(), true);
        self.maximum = Bound::tighter(self.maximum.take(), other.maximum.clone(), false);
        // Two different steps would need their least common multiple;
        // specs do not write that, so the first is kept.
        if self.multiple_of.is_none() {
            self.multiple_of = other.multiple_of.clone();
        }
        self.min_items = tighter(self.min_items, other.min_items, u64::max);
        self.max_items = tighter(self.max_items, other.max_items, u64::min);
        self.unique_items |= other.unique_items;
        self.min_properties = tighter(self.min_properties, other.min_properties, u64::max);
        self.max_properties = tighter(self.max_properties, other.max_properties, u64::min);
        if self.property_names.is_none() {
            self.property_names = other.property_names.clone();
        }
        self.unsatisfiable |= other.unsatisfiable;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Bound {
    pub value: serde_json::Number,
    pub exclusive: bool,
}

impl Bound {
    /// The stricter of two lower (`lower`) or upper bounds.
    fn tighter(a: Option<Bound>, b: Option<Bound>, lower: bool) -> Option<Bound> {
        let (a, b) = match (a, b) {
            (Some(a), Some(b)) => (a, b),
            (a, b) => return a.or(b),
        };
        let (x, y) = (
            a.value.as_f64().unwrap_or(0.0),
            b.value.as_f64().unwrap_or(0.0),
        );
        let a_wins = if x == y {
            a.exclusive || !b.exclusive
        } else {
            (x > y) == lower
        };
        Some(if a_wins { a } else { b })
    }
}

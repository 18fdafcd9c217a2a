//! Which types use deprecated things (fields, or types they mention), so
//! that the code generated around them can allow it narrowly.

use crate::ir::visit::{mentioned, visit_uses};
use crate::ir::{TypeDef, TypeKind};

pub fn mark_uses(types: &mut [TypeDef]) {
    let deprecated: Vec<bool> = types.iter().map(|t| t.deprecated).collect();
    for def in types.iter_mut() {
        let mut uses = match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().any(|f| f.deprecated),
            _ => false,
        };
        let mut ids = Vec::new();
        visit_uses(def, &mut |ty, _| mentioned(ty, &mut ids));
        uses |= ids.into_iter().any(|id| deprecated[id]);
        def.uses_deprecated = uses;
    }
}

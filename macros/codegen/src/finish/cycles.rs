//! Recursion: alias cycles become newtypes (`type A = Vec<A>` is not
//! Rust), and types that contain each other by value get a `Box` on every
//! edge inside their strongly connected component.

use crate::error::Error;
use crate::ir::visit::{by_value, mentioned, visit_uses, visit_uses_mut};
use crate::ir::{Ty, TyUse, TypeDef, TypeKind};

/// Aliases that are each just another one, round to themselves (`A: {allOf:
/// [$ref: A]}`, `A: $ref B` with `B: $ref A`): no schema in the cycle says
/// what a value looks like. Reported once per cycle, at its first schema;
/// the aliases become `Value` so the rest of the output still compiles.
pub fn direct_alias_cycles(types: &mut [TypeDef], errors: &mut Vec<Error>) {
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Alias(alias) => match alias.target.ty {
                Ty::Named(id) if matches!(types[id].kind, TypeKind::Alias(_)) => vec![id.index()],
                _ => Vec::new(),
            },
            _ => Vec::new(),
        })
        .collect();
    let components = tarjan(&edges);
    let mut reported = vec![false; components.cyclic.len()];
    for id in 0..types.len() {
        let component = components.of[id];
        if !components.cyclic[component] {
            continue;
        }
        if !reported[component] {
            reported[component] = true;
            let names: Vec<&str> = (id..types.len())
                .filter(|&other| components.of[other] == component)
                .map(|other| {
                    types[other]
                        .spec_name
                        .as_deref()
                        .unwrap_or(types[other].name.as_str())
                })
                .collect();
            let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            errors.push(Error::new(
                types[id].origin.clone(),
                format!(
                    "a cycle of schemas that are only references to each other ({}): nothing in it says what a value looks like",
                    names.join(", ")
                ),
            ));
        }
        if let TypeKind::Alias(alias) = &mut types[id].kind {
            alias.target.ty = Ty::Any;
        }
    }
}

pub fn alias_newtypes(types: &mut [TypeDef]) {
    let is_alias = |def: &TypeDef| matches!(def.kind, TypeKind::Alias(_));
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Alias(alias) => {
                let mut out = Vec::new();
                mentioned(&alias.target, &mut out);
                out.retain(|&id| is_alias(&types[id]));
                out
            }
            _ => Vec::new(),
        })
        .collect();
    let components = tarjan(&edges);
    for (id, def) in types.iter_mut().enumerate() {
        if let TypeKind::Alias(alias) = &mut def.kind {
            if components.cyclic[components.of[id]] {
                alias.newtype = true;
            }
        }
    }
}

pub fn box_cycles(types: &mut [TypeDef]) {
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|def| {
            let mut out = Vec::new();
            visit_uses(def, &mut |ty, _| by_value(ty, &mut out));
            out
        })
        .collect();
    let components = tarjan(&edges);
    for (id, def) in types.iter_mut().enumerate() {
        let own = components.of[id];
        if !components.cyclic[own] {
            continue;
        }
        // Plain aliases are transparent: the uses of the alias get the box.
        if matches!(&def.kind, TypeKind::Alias(a) if !a.newtype) {
            continue;
        }
        visit_uses_mut(def, &mut |ty, _| {
            box_in(ty, &|target| components.of[target] == own)
        });
    }
}

fn box_in(ty: &mut TyUse, same_component: &dyn Fn(usize) -> bool) {
    match &mut ty.ty {
        Ty::Named(id) if same_component(id.index()) => ty.boxed = true,
        Ty::Tuple(members) | Ty::Foreign(_, members) => {
            members.iter_mut().for_each(|m| box_in(m, same_component))
        }
        _ => {}
    }
}

pub struct Components {
    /// Component of each node.
    pub of: Vec<usize>,
    /// Whether each component has a cycle (several nodes, or a self-loop).
    pub cyclic: Vec<bool>,
}

/// Strongly connected components (Tarjan), iterative so that deep graphs
/// cannot overflow the stack.
pub fn tarjan(edges: &[Vec<usize>]) -> Components {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut of = vec![usize::MAX; n];
    let mut cyclic = Vec::new();
    let mut next = 0;
    for start in 0..n {
        if index[start] != usize::MAX {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(start, 0)];
        index[start] = next;
        low[start] = next;
        next += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if let Some(&target) = edges[node].get(*edge) {
                *edge += 1;
                if index[target] == usize::MAX {
                    index[target] = next;
                    low[target] = next;
                    next += 1;
                    stack.push(target);
                    on_stack[target] = true;
                    work.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let component = cyclic.len();
                let mut size = 0;
                loop {
                    let member = stack.pop().expect("node is on the stack");
                    on_stack[member] = false;
                    of[member] = component;
                    size += 1;
                    if member == node {
                        break;
                    }
                }
                cyclic.push(size > 1 || edges[node].contains(&node));
            }
        }
    }
    Components { of, cyclic }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 alone
        let edges = vec![vec![1], vec![2], vec![0], vec![3], vec![]];
        let c = tarjan(&edges);
        assert_eq!(c.of[0], c.of[1]);
        assert_eq!(c.of[1], c.of[2]);
        assert!(c.cyclic[c.of[0]]);
        assert!(c.cyclic[c.of[3]]);
        assert!(!c.cyclic[c.of[4]]);
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        let n = 100_000;
        let edges: Vec<Vec<usize>> = (0..n)
            .map(|i| if i + 1 < n { vec![i + 1] } else { vec![0] })
            .collect();
        let c = tarjan(&edges);
        assert!(c.cyclic[c.of[0]]);
    }
}

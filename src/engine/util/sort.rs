//! Ordering a million rows between two frames: a stable radix sort on `f64` keys.
//!
//! `sort_by` with `f64::total_cmp` takes about a fifth of a second for 1,000,000 rows in
//! WebAssembly, one task long enough to freeze a page; an LSD radix sort on the keys' bits (8 passes
//! of one byte) gives the same order in a fraction of it. Hand-written because no well-kept crate
//! does a stable index sort on `f64` keys without allocating per element (`radsort` sorts the keys
//! themselves; its order for equal keys is not stable for an index permutation).

/// The bits of `x` as an unsigned number that orders like `f64::total_cmp` (as std implements it).
fn total_order_bits(x: f64) -> u64 {
    let bits = x.to_bits() as i64;
    let t = bits ^ (((bits >> 63) as u64) >> 1) as i64;
    (t as u64) ^ (1 << 63)
}

/// `indexes` ordered by `key(i)`, largest first in the order of `f64::total_cmp`, equal keys kept in
/// the order given (stable): exactly what `sort_by(|a, b| key(b).total_cmp(&key(a)))` gives.
pub fn largest_first(indexes: &[usize], key: impl Fn(usize) -> f64) -> Vec<usize> {
    // Descending by key = ascending by the complement of its ordered bits.
    let mut items: Vec<(u64, usize)> = indexes.iter().map(|&i| (!total_order_bits(key(i)), i)).collect();
    let mut spare = vec![(0u64, 0usize); items.len()];
    for pass in 0..8 {
        let shift = pass * 8;
        let mut counts = [0usize; 257];
        for (k, _) in &items {
            counts[((k >> shift) & 0xff) as usize + 1] += 1;
        }
        if counts[1..].contains(&items.len()) {
            continue; // every key has the same byte here: the pass would change nothing
        }
        for b in 0..256 {
            counts[b + 1] += counts[b];
        }
        for &(k, i) in &items {
            let slot = &mut counts[((k >> shift) & 0xff) as usize];
            spare[*slot] = (k, i);
            *slot += 1;
        }
        std::mem::swap(&mut items, &mut spare);
    }
    items.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::util::rng::SplitMix;

    #[test]
    fn the_order_is_the_comparison_sorts_with_ties_nan_zeros_and_infinities() {
        let mut rng = SplitMix(42);
        for round in 0..200 {
            let n = (round * 7) % 300;
            let keys: Vec<f64> = (0..n)
                .map(|_| match rng.below(12) {
                    0 => f64::NAN,
                    1 => -f64::NAN,
                    2 => f64::INFINITY,
                    3 => f64::NEG_INFINITY,
                    4 => 0.0,
                    5 => -0.0,
                    6 => (rng.below(5) as f64) * 0.25, // many ties
                    _ => (rng.unit() - 0.5) * 1e6,
                })
                .collect();
            let all: Vec<usize> = (0..n).collect();
            let mut expected = all.clone();
            expected.sort_by(|a, b| keys[*b].total_cmp(&keys[*a]));
            assert_eq!(largest_first(&all, |i| keys[i]), expected, "round {round}");
            // A subset, in the order given.
            let some: Vec<usize> = all.iter().copied().filter(|i| i % 3 != 1).rev().collect();
            let mut expected = some.clone();
            expected.sort_by(|a, b| keys[*b].total_cmp(&keys[*a]));
            assert_eq!(largest_first(&some, |i| keys[i]), expected, "round {round}, subset");
        }
    }
}

//! Ordering a million rows between two frames: a stable radix sort on `f64` keys.
//!
//! `sort_by` with `f64::total_cmp` takes about a fifth of a second for 1,000,000 rows in
//! WebAssembly, one task long enough to freeze a page; an LSD radix sort on the keys' bits (8 passes
//! of one byte) gives the same order in a fraction of it. Hand-written because no well-kept crate
//! does a stable index sort on `f64` keys without allocating per element (`radsort` sorts the keys
//! themselves; its order for equal keys is not stable for an index permutation).
//!
//! Every other sort of the app goes through this file: [`sort_by`] and [`sort_by_key`] order an
//! index permutation with one comparator behind a `dyn` reference, so the standard library's
//! stable sort exists once in the wasm instead of once per element type and closure (each copy of
//! driftsort is a few kilobytes; there were dozens, over 100 kB); long vectors sorted by one `f64`
//! or integer key use the same radix sort ([`sort_by_f64_key`], [`sort_by_u64_key`]), as a
//! comparison through the `dyn` reference is several times slower there. The result is what
//! `slice::sort_by` gives: stable, equal elements in the order given.

use std::cmp::Ordering;

/// The permutation of `0..n` ordered by `cmp` (stable: equal indexes stay in increasing order).
/// Not generic and never inlined: the one instantiation of the standard sort.
#[inline(never)]
pub fn sorted_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts `v[order[k]]` at position `k`, following the permutation's cycles with swaps.
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for i in 0..order.len() {
        let mut cur = i;
        while order[cur] != i {
            let next = order[cur];
            v.swap(cur, next);
            order[cur] = cur;
            cur = next;
        }
        order[cur] = cur;
    }
}

/// `v` sorted by `cmp`, stable: the same order as `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order = sorted_order(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, &mut order);
}

/// `v` sorted by `key`, stable: the same order as `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// `v` in the order of `f64::total_cmp`: the same as `v.sort_by(f64::total_cmp)`.
pub fn sort_f64(v: &mut [f64]) {
    sort_by_f64_key(v, |x| *x);
}

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
    let keys: Vec<u64> = indexes.iter().map(|&i| !total_order_bits(key(i))).collect();
    radix_order(&keys).into_iter().map(|k| indexes[k]).collect()
}

/// The permutation of `0..keys.len()` ordered by `keys`, ascending and stable: an LSD radix sort
/// of one byte a pass (8 passes, a pass skipped where every key has the same byte).
#[inline(never)]
pub fn radix_order(keys: &[u64]) -> Vec<usize> {
    let mut items: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
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

/// `v` sorted by an integer key, ascending and stable (a radix sort: for long vectors, where a
/// comparison through [`sort_by`] would be several times slower).
pub fn sort_by_u64_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<u64> = v.iter().map(key).collect();
    let mut order = radix_order(&keys);
    permute(v, &mut order);
}

/// `v` sorted by `key` in the order of `f64::total_cmp`, stable: what
/// `v.sort_by(|a, b| key(a).total_cmp(&key(b)))` gives.
pub fn sort_by_f64_key<T>(v: &mut [T], key: impl Fn(&T) -> f64) {
    sort_by_u64_key(v, |x| total_order_bits(key(x)));
}

/// `v` sorted by `key`, largest first in the order of `f64::total_cmp`, stable: what
/// `v.sort_by(|a, b| key(b).total_cmp(&key(a)))` gives.
pub fn sort_by_f64_key_desc<T>(v: &mut [T], key: impl Fn(&T) -> f64) {
    sort_by_u64_key(v, |x| !total_order_bits(key(x)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::util::rng::SplitMix;

    #[test]
    fn sort_by_is_the_standard_stable_sort_on_ties() {
        let mut rng = SplitMix(7);
        for round in 0..100 {
            let n = (round * 13) % 400;
            // (key, position): equal keys must keep their positions increasing.
            let v: Vec<(u64, usize)> = (0..n).map(|i| (rng.below(6), i)).collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| std::cmp::Reverse(p.0));
            let mut got = v.clone();
            sort_by(&mut got, |a, b| b.0.cmp(&a.0));
            assert_eq!(got, expected, "round {round}");
            assert!(got.windows(2).all(|w| w[0].0 > w[1].0 || w[0].1 < w[1].1), "round {round}: stable");
            let mut got = v.clone();
            sort_by_key(&mut got, |p| p.0);
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            assert_eq!(got, expected, "round {round}, by key");
        }
    }

    /// `n` keys: NaNs of both signs, infinities, both zeros, ties (`ties` values `step` apart) and
    /// spread values within ±`scale`/2, drawn from `kinds` cases (the last ones spread values).
    fn awkward_keys(rng: &mut SplitMix, n: usize, kinds: u64, ties: u64, step: f64, scale: f64) -> Vec<f64> {
        (0..n)
            .map(|_| match rng.below(kinds) {
                0 => f64::NAN,
                1 => -f64::NAN,
                2 => f64::INFINITY,
                3 => f64::NEG_INFINITY,
                4 => 0.0,
                5 => -0.0,
                6 => (rng.below(ties) as f64) * step,
                _ => (rng.unit() - 0.5) * scale,
            })
            .collect()
    }

    #[test]
    fn float_keys_keep_the_total_cmp_order_of_nan_and_zeros_and_stay_stable() {
        let mut rng = SplitMix(11);
        for round in 0..100 {
            let n = (round * 11) % 300;
            let keys = awkward_keys(&mut rng, n, 10, 4, 0.5, 1e3);
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            let mut expected = keys.clone();
            expected.sort_by(f64::total_cmp);
            let mut got = keys.clone();
            sort_f64(&mut got);
            assert_eq!(bits(&got), bits(&expected), "round {round}: -NaN first, -0 before 0, NaN last");
            // Largest first with equal keys (and NaNs) in their first order, as the tables sort.
            let pairs: Vec<(f64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = pairs.clone();
            expected.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut got = pairs.clone();
            sort_by(&mut got, |a, b| b.0.total_cmp(&a.0));
            let ids = |v: &[(f64, usize)]| v.iter().map(|p| p.1).collect::<Vec<_>>();
            assert_eq!(ids(&got), ids(&expected), "round {round}, largest first");
            let mut got = pairs.clone();
            sort_by_f64_key_desc(&mut got, |p| p.0);
            assert_eq!(ids(&got), ids(&expected), "round {round}, largest first by key");
            let mut expected = pairs.clone();
            expected.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut got = pairs.clone();
            sort_by_f64_key(&mut got, |p| p.0);
            assert_eq!(ids(&got), ids(&expected), "round {round}, smallest first by key");
            // Two keys: a stable sort by the second, then by the first, is the lexicographic order.
            let two: Vec<(f64, f64, usize)> = pairs.iter().map(|p| (p.0, (p.1 % 3) as f64, p.1)).collect();
            let mut expected = two.clone();
            expected.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            let mut got = two.clone();
            sort_by_f64_key(&mut got, |t| t.1);
            sort_by_f64_key(&mut got, |t| t.0);
            let ids3 = |v: &[(f64, f64, usize)]| v.iter().map(|t| t.2).collect::<Vec<_>>();
            assert_eq!(ids3(&got), ids3(&expected), "round {round}, two keys");
            let ints: Vec<u64> = keys.iter().map(|k| k.to_bits() >> 60).collect();
            let mut expected = ints.clone();
            expected.sort_unstable();
            let mut got = ints.clone();
            sort_by_u64_key(&mut got, |k| *k);
            assert_eq!(got, expected, "round {round}, integers");
        }
    }

    #[test]
    fn short_and_reversed_inputs() {
        let mut empty: Vec<u8> = vec![];
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
        let mut one = vec![3];
        sort_by_key(&mut one, |x| *x);
        assert_eq!(one, [3]);
        let mut rev: Vec<u32> = (0..50).rev().collect();
        sort_by_key(&mut rev, |x| *x);
        assert_eq!(rev, (0..50).collect::<Vec<_>>());
        let strings = ["b", "a", "c", "a"];
        let order = sorted_order(strings.len(), &|a, b| strings[a].cmp(strings[b]));
        assert_eq!(order, [1, 3, 0, 2]);
    }

    #[test]
    fn the_order_is_the_comparison_sorts_with_ties_nan_zeros_and_infinities() {
        let mut rng = SplitMix(42);
        for round in 0..200 {
            let n = (round * 7) % 300;
            let keys = awkward_keys(&mut rng, n, 12, 5, 0.25, 1e6);
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

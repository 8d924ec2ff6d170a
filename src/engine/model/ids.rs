//! Ids of new clients and scenarios: UUID version 4 (RFC 9562), 122 random bits, so ids made in
//! two browsers never meet (the chance of one collision among a billion ids is about 1 in 10¹⁸).
//! The engine stays pure: it takes an [`IdSource`]; the browser's crypto random bytes come from
//! the store (`store::ids`), a seeded source from here for tests and generated data. Ids already
//! stored (`c1`, `s3` of older versions) are kept as they are.

use crate::engine::util::rng::SplitMix;

/// The id of a record of a client (contact, revenue period, interaction, care activity, rating,
/// project, dossier entry): a UUID for records made on the forms; records stored before ids
/// existed, and those made by imports and the demo, have none (`Option<RecordId>`).
pub type RecordId = String;

/// Gives a fresh id each time.
pub trait IdSource {
    /// 16 random bytes.
    fn random_bytes(&mut self) -> [u8; 16];

    /// A fresh id: a version-4 UUID in its usual hyphenated lower-case form.
    fn new_id(&mut self) -> String {
        uuid_v4(self.random_bytes())
    }
}

/// The version-4 UUID made of these random bytes (version and variant bits set).
pub fn uuid_v4(bytes: [u8; 16]) -> String {
    uuid::Builder::from_random_bytes(bytes).into_uuid().hyphenated().to_string()
}

/// Whether `id` has the shape of an id this build makes (a UUID); older builds numbered ids per
/// browser (`c9`), so such an id names the same client in two browsers only by chance.
pub fn is_unique_id(id: &str) -> bool {
    uuid::Uuid::try_parse(id).is_ok()
}

/// Deterministic ids from a seed (tests, generated portfolios): the same seed, the same ids.
/// Not for ids that must not collide across browsers.
pub struct SeededIds(pub SplitMix);

impl SeededIds {
    pub fn new(seed: u64) -> Self {
        SeededIds(SplitMix(seed))
    }
}

impl IdSource for SeededIds {
    fn random_bytes(&mut self) -> [u8; 16] {
        let (a, b) = (self.0.next().to_le_bytes(), self.0.next().to_le_bytes());
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&a);
        out[8..].copy_from_slice(&b);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_uuids_and_a_seeded_source_repeats_itself() {
        let id = uuid_v4([0xff; 16]);
        // RFC 9562 §5.4: version nibble 4, variant bits 10.
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert!(is_unique_id(&id));
        assert!(!is_unique_id("c9") && !is_unique_id("s1"));
        let a: Vec<String> = (0..3)
            .map({
                let mut s = SeededIds::new(7);
                move |_| s.new_id()
            })
            .collect();
        let b: Vec<String> = (0..3)
            .map({
                let mut s = SeededIds::new(7);
                move |_| s.new_id()
            })
            .collect();
        assert_eq!(a, b);
        assert_ne!(a[0], a[1]);
    }

    #[test]
    fn sequential_ids_at_the_largest_number_take_the_first_free_one_instead_of_overflowing() {
        use crate::engine::model::{Client, Portfolio};
        use crate::engine::scenario::ScenarioBook;
        let client = |id: &str| Client { id: id.into(), company: id.into(), ..Client::default() };
        let mut p = Portfolio { clients: vec![client("c18446744073709551615"), client("c1")], ..Portfolio::default() };
        assert_eq!(p.next_id(), "c2");
        p.clients.truncate(1);
        assert_eq!(p.next_id(), "c1");
        let mut book = ScenarioBook::default();
        book.add_as("s18446744073709551615".into(), "Top", Default::default()).unwrap();
        assert_eq!(book.add("Next", Default::default()).unwrap(), "s1");
        // An id given twice is refused, never silently doubled.
        assert!(book.add_as("s1".into(), "Again", Default::default()).is_err());
        // New clients get random ids that no client has.
        let mut ids = SeededIds::new(3);
        let fresh = p.new_client_id(&mut ids);
        assert!(is_unique_id(&fresh) && p.client(&fresh).is_none());
    }
}

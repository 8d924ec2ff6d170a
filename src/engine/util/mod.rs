//! Layer 0: utilities that know nothing of clients — parsing of amounts and dates as people and
//! files write them, one CSV reader/writer/cell escaper for every file format, chart geometry and
//! the deterministic random generator. Nothing here uses another engine module.

pub mod chart;
pub mod csv;
pub mod parse;
pub mod rng;
pub mod sort;

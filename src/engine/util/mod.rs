//! Layer 0: utilities that know nothing of clients — parsing of amounts and dates as people and
//! files write them, one CSV reader/writer/cell escaper for every file format, the detection of a file's encoding, chart geometry, the
//! deterministic random generator, the sorts (a radix index sort, one shared stable sort), and the numerics every model shares (special
//! functions, the minimisers). Nothing here uses another engine module.

pub mod chart;
pub mod csv;
pub mod encoding;
pub mod linalg;
pub mod optimize;
pub mod parse;
pub mod rng;
pub mod sort;
pub mod special;

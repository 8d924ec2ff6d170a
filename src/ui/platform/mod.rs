//! What only a browser has: localStorage, downloads, the clock, Intl's number and date formats,
//! and fetching the message files.

pub mod browser;
pub mod intl;
pub mod messages;

//! What only a browser has: localStorage, downloads, the clock, and Intl's number and date formats.

pub mod browser;
pub mod intl;

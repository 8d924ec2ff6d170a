pub mod client;
pub mod data;
pub mod not_found;
pub mod portfolio;
pub mod purchases;
pub mod recovery;
pub mod scenarios;
pub mod settings;

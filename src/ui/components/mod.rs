//! Widgets shared by several pages: form fields, record list editors, charts, the layout.

pub mod charts;
pub mod layout;
pub mod records;
pub mod score_charts;
pub mod widgets;

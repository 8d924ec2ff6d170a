//! Small stored enums with a stable key and a translated label.

/// Declares a small enum with a stable snake_case key, a label and `ALL`. The label is given as
/// a message key, written `k!("…")`: `Meeting => ("meeting", k!("model-channel-meeting"))`;
/// `label()` gives it as a [`Text`] in the reader's language.
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => ($key:literal, $label:expr)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Stable identifier, used in forms and in the stored JSON.
            pub fn key(self) -> &'static str { match self { $($name::$variant => $key),+ } }
            /// The name shown to the reader, in the current language.
            pub fn label(self) -> $crate::i18n::Text { $crate::i18n::Text::new(self.label_key()) }
            /// The message key of the label.
            pub fn label_key(self) -> &'static str { match self { $($name::$variant => $label),+ } }
            pub fn from_key(key: &str) -> Option<$name> { Self::ALL.iter().copied().find(|v| v.key() == key.trim()) }
        }
    };
}
pub(crate) use keyed_enum;

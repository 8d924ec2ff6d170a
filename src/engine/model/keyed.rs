//! Small enums with a stable key and a translated label, declared once with [`keyed_enum!`].

/// Declares a small enum with a stable snake_case key (its serde name too), a label and `ALL` (in
/// declaration order). The label is given as a message key, written `k!("…")`:
/// `Meeting => ("meeting", k!("model-channel-meeting"))`; `label()` gives it as a [`Text`] in the
/// reader's language. A third key, `k!("….lower")`, adds `label_lower()`: the name inside a
/// sentence ("Risk 72 (high)"). Extra derives (`Default` with a `#[default]` variant, `PartialOrd`)
/// go in the attributes.
///
/// [`Text`]: crate::i18n::Text
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => ($key:literal, $label:expr, $lower:expr)),+ $(,)? }) => {
        keyed_enum! { $(#[$meta])* $name { $($(#[$vmeta])* $variant => ($key, $label)),+ } }

        impl $name {
            /// The name inside a sentence, in the current language.
            pub fn label_lower(self) -> $crate::i18n::Text {
                $crate::i18n::Text::new(match self { $($name::$variant => $lower),+ })
            }
        }
    };
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => ($key:literal, $label:expr)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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

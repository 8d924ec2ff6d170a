//! The browser's own `Intl` formats for the chosen language and the portfolio currency,
//! installed as the formats of every message (see `crate::i18n`).

use std::cell::OnceCell;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::i18n::{self, Formats, Lang, PlainFormats};

/// Formatters built once per language and currency, each on first use: building an `Intl`
/// formatter costs far more than using it (about 4 ms each on first start, measured), and a page
/// needs only a few of them.
pub struct IntlFormats {
    lang: Lang,
    currency: String,
    numbers: [OnceCell<Function>; 7],
    money: OnceCell<Function>,
    money_cents: OnceCell<Function>,
    percent: [OnceCell<Function>; 3],
    date: OnceCell<Function>,
    compact: OnceCell<Function>,
    fallback: PlainFormats,
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Call a formatter; negative figures get a typographic minus (−), as everywhere in the app
/// (typed numbers accept it back).
fn call(f: &Function, v: &JsValue) -> Option<String> {
    Some(f.call1(&JsValue::NULL, v).ok()?.as_string()?.replace('-', "\u{2212}"))
}

fn digits(n: u8) -> JsValue {
    JsValue::from_f64(f64::from(n))
}

impl IntlFormats {
    pub fn new(lang: Lang, currency: &str) -> IntlFormats {
        IntlFormats {
            lang,
            currency: currency.to_string(),
            numbers: Default::default(),
            money: OnceCell::new(),
            money_cents: OnceCell::new(),
            percent: Default::default(),
            date: OnceCell::new(),
            compact: OnceCell::new(),
            fallback: PlainFormats { currency: currency.to_string() },
        }
    }

    fn locales(&self) -> Array {
        Array::of1(&JsValue::from_str(self.lang.locale()))
    }

    fn number_format(&self, pairs: &[(&str, JsValue)]) -> Function {
        Intl::NumberFormat::new(&self.locales(), &options(pairs)).format()
    }

    fn money_with(&self, d: u8) -> Function {
        // An ill-formed currency code makes Intl throw; fall back to plain numbers then.
        let valid = self.currency.len() == 3 && self.currency.chars().all(|c| c.is_ascii_uppercase());
        if valid {
            self.number_format(&[
                ("style", "currency".into()),
                ("currency", JsValue::from_str(&self.currency)),
                ("currencyDisplay", "narrowSymbol".into()),
                ("minimumFractionDigits", digits(d)),
                ("maximumFractionDigits", digits(d)),
            ])
        } else {
            self.number_format(&[("minimumFractionDigits", digits(d)), ("maximumFractionDigits", digits(d))])
        }
    }
}

impl Formats for IntlFormats {
    fn number(&self, value: f64, max_decimals: u8) -> String {
        let d = max_decimals.min(6);
        let f = self.numbers[usize::from(d)].get_or_init(|| self.number_format(&[("maximumFractionDigits", digits(d))]));
        call(f, &JsValue::from_f64(value)).unwrap_or_else(|| self.fallback.number(value, max_decimals))
    }
    fn money(&self, value: f64) -> String {
        call(self.money.get_or_init(|| self.money_with(0)), &JsValue::from_f64(value))
            .unwrap_or_else(|| self.fallback.money(value))
    }
    fn money_cents(&self, value: f64) -> String {
        call(self.money_cents.get_or_init(|| self.money_with(2)), &JsValue::from_f64(value))
            .unwrap_or_else(|| self.fallback.money_cents(value))
    }
    fn percent(&self, share: f64, decimals: u8) -> String {
        let d = decimals.min(2);
        let f = self.percent[usize::from(d)].get_or_init(|| {
            self.number_format(&[
                ("style", "percent".into()),
                ("minimumFractionDigits", digits(d)),
                ("maximumFractionDigits", digits(d)),
            ])
        });
        call(f, &JsValue::from_f64(share)).unwrap_or_else(|| self.fallback.percent(share, decimals))
    }
    fn date(&self, date: NaiveDate) -> String {
        // Midnight UTC of that day, formatted in UTC: the same calendar day in every time zone.
        let ms = js_sys::Date::utc(f64::from(date.year()), f64::from(date.month0()));
        let ms = ms + f64::from(date.day0()) * 86_400_000.0;
        let format = self.date.get_or_init(|| {
            Intl::DateTimeFormat::new(&self.locales(), &options(&[("dateStyle", "medium".into()), ("timeZone", "UTC".into())]))
                .format()
        });
        let formatted =
            format.call1(&JsValue::NULL, &js_sys::Date::new(&JsValue::from_f64(ms)).into()).ok().and_then(|v| v.as_string());
        formatted.unwrap_or_else(|| self.fallback.date(date))
    }
    fn currency(&self) -> String {
        self.currency.clone()
    }
    fn compact(&self, value: f64) -> String {
        let f = self
            .compact
            .get_or_init(|| self.number_format(&[("notation", "compact".into()), ("maximumFractionDigits", digits(1))]));
        call(f, &JsValue::from_f64(value)).unwrap_or_else(|| self.fallback.compact(value))
    }
}

/// The language to show: the one chosen in Settings, else the browser's.
pub fn chosen_lang(setting: Option<&str>) -> Lang {
    if let Some(lang) = setting.and_then(Lang::from_code) {
        return lang;
    }
    let languages: Vec<String> =
        web_sys::window().map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    Lang::negotiate(languages.iter().map(String::as_str))
}

thread_local! {
    static INSTALLED: std::cell::RefCell<Option<(Lang, String)>> = const { std::cell::RefCell::new(None) };
}

/// Make `lang` and `currency` current for every message and figure; rebuilds the formatters
/// only when either changed. Also sets the page's `lang` for screen readers and spelling.
pub fn install(lang: Lang, currency: &str) {
    let changed = INSTALLED.with(|i| i.borrow().as_ref().map(|(l, c)| (*l, c.as_str())) != Some((lang, currency)));
    if !changed {
        return;
    }
    i18n::set_lang(lang);
    i18n::set_formats(Rc::new(IntlFormats::new(lang, currency)));
    INSTALLED.with(|i| *i.borrow_mut() = Some((lang, currency.to_string())));
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        // Until a page names itself (the recovery screen never does): the product's name.
        document.set_title(&i18n::t("app-product-name"));
    }
}

/// An engine [`Text`](crate::i18n::Text) written as a child in `html!` shows in the current language.
impl yew::html::IntoPropValue<yew::virtual_dom::VNode> for crate::i18n::Text {
    fn into_prop_value(self) -> yew::virtual_dom::VNode {
        yew::virtual_dom::VText::new(self.to_string()).into()
    }
}

impl yew::html::IntoPropValue<yew::virtual_dom::VNode> for &crate::i18n::Text {
    fn into_prop_value(self) -> yew::virtual_dom::VNode {
        yew::virtual_dom::VText::new(self.to_string()).into()
    }
}

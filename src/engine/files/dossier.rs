//! The value dossier as a file: CSV of its entries and the Markdown report (the brief and dossier).

use chrono::NaiveDate;

use crate::engine::brief::tenure;
use crate::engine::model::*;
use crate::engine::profit::*;
use crate::engine::scoring::ClientScores;
use crate::engine::util::csv::{number_cell, text_cell};
use crate::engine::util::parse::iso_date;
use crate::i18n::{date, money, number, percent, Text};

/// The columns of [`dossier_csv`].
pub const DOSSIER_COLUMNS: [&str; 6] = ["date", "section", "description", "value", "hours", "currency"];

fn csv_number(v: f64) -> String {
    number_cell(amount(v), Some(2))
}

/// The dossier entries as CSV, oldest first: date (ISO), section (its English label, whatever the
/// reader's language, like the column names), description, value (dot decimals), hours, currency. Text cells go through [`text_cell`], so a description starting
/// with `=`, `+`, `-` or `@` cannot run as a spreadsheet formula.
pub fn dossier_csv(c: &Client, currency: &str) -> String {
    let mut out = DOSSIER_COLUMNS.join(",");
    out.push('\n');
    for e in c.dossier.entries_by_date() {
        let cells = [
            iso_date(Some(e.date)),
            text_cell(&e.section.label().english()),
            text_cell(&e.description),
            csv_number(e.value),
            e.hours.map(csv_number).unwrap_or_default(),
            text_cell(currency),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// User text made safe inside a Markdown line or table cell: one line, Markdown and HTML
/// characters escaped.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.trim().chars() {
        match ch {
            '\r' | '\n' | '\t' => out.push(' '),
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "–".into()
    } else {
        md(s)
    }
}

/// Hours as shown in the report: at most one decimal, in the reader's number format; empty for 0.
fn hours_text(h: f64) -> String {
    if h == 0.0 {
        String::new()
    } else {
        number(h, 1)
    }
}

/// Hours rounded as shown (one decimal), as a number argument (it also picks the plural form).
fn hours_arg(h: f64) -> f64 {
    (h * 10.0).round() / 10.0
}

/// One line of the report: `text` in the reader's language, then a line break.
fn line(out: &mut String, prefix: &str, text: Text) {
    out.push_str(prefix);
    out.push_str(&text.to_string());
    out.push('\n');
}

/// A standalone "report of all work done" in Markdown: the client and its manager, the projects,
/// each section's entries with its total, and the value given beyond the contract (all time and
/// over the last 12 months, with its share of annual revenue). `scores` supplies the profit and
/// loyalty lines. Written in the reader's language and formats (money in the portfolio currency
/// of the installed formats); natively English with plain formats.
pub fn dossier_markdown(c: &Client, scores: &ClientScores, as_of: NaiveDate) -> String {
    let m = |v: f64| money(v);
    let mut out = String::new();
    let company = if c.company.trim().is_empty() { Text::new("brief-report-no-name").to_string() } else { md(&c.company) };
    line(&mut out, "# ", Text::new("brief-report-title").arg("company", company.as_str()));
    out.push('\n');
    line(&mut out, "", Text::new("brief-report-as-of").arg("date", as_of));
    out.push('\n');

    line(&mut out, "## ", Text::new("brief-report-client"));
    out.push('\n');
    line(&mut out, "- ", Text::new("brief-report-company").arg("company", company.as_str()));
    if !c.industry.trim().is_empty() {
        line(&mut out, "- ", Text::new("brief-report-industry").arg("industry", md(&c.industry)));
    }
    let manager = match c.manager_changed_on.filter(|d| *d <= as_of) {
        Some(d) => Text::new("brief-report-manager-since").arg("since", d),
        None => Text::new("brief-report-manager"),
    };
    line(&mut out, "- ", manager.arg("manager", or_dash(&c.client_manager)));
    line(&mut out, "- ", Text::new("brief-report-owner").arg("owner", or_dash(&c.owner)));
    if let Some(s) = c.start_date {
        let since = match tenure(s, as_of) {
            Some(t) => Text::new("brief-report-client-since-tenure").arg("tenure", t.text()),
            None => Text::new("brief-report-client-since"),
        };
        line(&mut out, "- ", since.arg("date", s));
    }
    if let Some(e) = c.contract_end {
        line(&mut out, "- ", Text::new("brief-report-contract-ends").arg("date", e));
    }
    line(&mut out, "- ", Text::new("brief-report-revenue").arg("value", m(amount(c.annual_revenue))));
    line(
        &mut out,
        "- ",
        Text::new("brief-report-profit").arg("value", m(scores.profit.profit)).arg("margin", percent(scores.profit.margin)),
    );
    if let Some(l) = &scores.loyalty {
        line(
            &mut out,
            "- ",
            Text::new("brief-report-loyalty")
                .arg("score", crate::i18n::Arg::Dec(l.score, 0))
                .arg("segment", l.segment.label().to_string().to_lowercase()),
        );
    }
    out.push('\n');

    line(&mut out, "## ", Text::new("brief-report-projects"));
    out.push('\n');
    let mut projects: Vec<&Project> = c.dossier.projects.iter().collect();
    crate::engine::util::sort::sort_by_key(&mut projects, |p| (p.start.is_none(), p.start, p.end));
    if projects.is_empty() {
        line(&mut out, "", Text::new("brief-report-no-projects"));
        out.push('\n');
    } else {
        out.push_str(&format!(
            "| {} | {} | {} |\n|---|---:|---|\n",
            Text::new("brief-report-col-project"),
            Text::new("brief-report-col-price"),
            Text::new("brief-report-col-period"),
        ));
        for p in &projects {
            let period = match (p.start, p.end) {
                (Some(s), Some(e)) => Text::new("brief-report-period").arg("from", s).arg("to", e).to_string(),
                (Some(s), None) => Text::new("brief-report-period-from").arg("date", s).to_string(),
                (None, Some(e)) => Text::new("brief-report-period-until").arg("date", e).to_string(),
                (None, None) => "–".into(),
            };
            out.push_str(&format!("| {} | {} | {} |\n", or_dash(&p.name), m(amount(p.price)), period));
        }
        let total: f64 = projects.iter().map(|p| amount(p.price)).sum();
        out.push('\n');
        out.push_str(&format!("**{}**\n\n", Text::new("brief-report-projects-total").arg("value", m(total))));
    }

    let all = totals_all_time(c, as_of);
    let year = totals_last_12_months(c, as_of);
    for &section in Section::ALL {
        out.push_str(&format!("## {}\n\n_{}._\n\n", section.label(), section.hint()));
        let entries: Vec<&DossierEntry> = c.dossier.section_entries(section).into_iter().filter(|e| e.date <= as_of).collect();
        if entries.is_empty() {
            line(&mut out, "", Text::new("brief-report-nothing"));
            out.push('\n');
            continue;
        }
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---:|---:|\n",
            Text::new("brief-report-col-date"),
            Text::new("brief-report-col-description"),
            Text::new("brief-report-col-value"),
            Text::new("brief-report-col-hours"),
        ));
        for e in &entries {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                date(e.date),
                or_dash(&e.description),
                m(amount(e.value)),
                e.hours.map(|h| hours_text(amount(h))).unwrap_or_default()
            ));
        }
        let t = all.section(section);
        let count = if t.hours > 0.0 {
            Text::new("brief-report-entries-hours").arg("hours", hours_arg(t.hours))
        } else {
            Text::new("brief-report-entries")
        }
        .arg("n", t.entries);
        let total = Text::new("brief-report-section-total").arg("section", section.key()).arg("value", m(t.value));
        out.push_str(&format!("\n**{total}** ({count})\n\n"));
    }

    line(&mut out, "## ", Text::new("brief-report-value-beyond"));
    out.push('\n');
    line(
        &mut out,
        "- ",
        Text::new("brief-report-all-time")
            .arg("value", m(all.value_beyond_contract))
            .arg("costs", m(all.section(Section::CostsWeBore).value))
            .arg("benefits", m(all.section(Section::BenefitsToClient).value))
            .arg("special", m(all.section(Section::SpecialConditions).value)),
    );
    let last_12 = match year.share_of_revenue {
        Some(s) => Text::new("brief-report-last-12-months-share").arg("share", percent(Some(s))),
        None => Text::new("brief-report-last-12-months"),
    };
    line(&mut out, "- ", last_12.arg("from", window_start(as_of)).arg("to", as_of).arg("value", m(year.value_beyond_contract)));
    line(&mut out, "- ", Text::new("brief-report-cost-to-us").arg("value", m(year.cost_to_us)));
    let loyalty = all.section(Section::ProofsOfLoyalty);
    if loyalty.entries > 0 {
        line(&mut out, "- ", Text::new("brief-report-proofs").arg("n", loyalty.entries).arg("value", m(loyalty.value)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::demo_as_of;
    use crate::engine::scoring::{profit_score, RiskWeights};
    use crate::engine::scoring::{score_client, ScoringAssumptions};

    pub(crate) fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    pub(crate) fn entry(date: &str, section: Section, description: &str, value: f64) -> DossierEntry {
        DossierEntry { id: None, date: d(date), section, description: description.into(), value, hours: None }
    }

    fn client() -> Client {
        Client {
            id: "c1".into(),
            company: "Test SRL".into(),
            client_manager: "Ana Pop".into(),
            owner: "Dan".into(),
            annual_revenue: 100_000.0,
            direct_cost: 50_000.0,
            cost_to_serve: 10_000.0,
            dossier: Dossier {
                projects: vec![Project {
                    id: None,
                    name: "ERP rollout".into(),
                    price: 80_000.0,
                    start: Some(d("2025-01-10")),
                    end: Some(d("2025-09-30")),
                }],
                entries: vec![
                    entry("2025-03-01", Section::CostsWeBore, "Discount on phase 2", 3_000.0),
                    entry("2025-05-10", Section::BenefitsToClient, "Saved them licence fees", 5_000.0),
                    entry("2025-04-01", Section::ProofsOfLoyalty, "Go-live postponed, no price rise", 2_000.0),
                    entry("2025-06-15", Section::SpecialConditions, "Weekend migration at weekday rates", 1_500.0),
                    DossierEntry { hours: Some(12.0), ..entry("2024-01-15", Section::CostsWeBore, "Free consultation", 1_200.0) },
                    // After as_of: ignored by every figure.
                    entry("2025-12-01", Section::CostsWeBore, "Future discount", 9_999.0),
                ],
            },
            ..Client::default()
        }
    }

    #[test]
    fn sections_are_keyed() {
        for &s in Section::ALL {
            assert_eq!(Section::from_key(s.key()), Some(s));
        }
        assert_eq!(Section::from_key(" special_conditions "), Some(Section::SpecialConditions));
        assert_eq!(Section::from_key("other"), None);
        let json = serde_json::to_string(&entry("2025-01-01", Section::BenefitsToClient, "x", 1.0)).unwrap();
        assert!(json.contains(r#""section":"benefits_to_client""#), "{json}");
    }

    #[test]
    fn totals_per_section_and_beyond_the_contract() {
        let c = client();
        let as_of = d("2025-06-30");
        let all = totals_all_time(&c, as_of);
        assert_eq!(all.section(Section::CostsWeBore).value, 4_200.0);
        assert_eq!(all.section(Section::CostsWeBore).entries, 2);
        assert_eq!(all.section(Section::CostsWeBore).hours, 12.0);
        assert_eq!(all.section(Section::BenefitsToClient).value, 5_000.0);
        assert_eq!(all.section(Section::ProofsOfLoyalty).value, 2_000.0);
        assert_eq!(all.section(Section::SpecialConditions).value, 1_500.0);
        // 4,200 + 5,000 + 1,500: proofs of loyalty are not added.
        assert_eq!(all.value_beyond_contract, 10_700.0);
        assert_eq!(all.cost_to_us, 5_700.0);
        assert_eq!(all.entries, 5);
        let year = totals_last_12_months(&c, as_of);
        assert_eq!(year.value_beyond_contract, 9_500.0, "the 2024 consultation is older than 12 months");
        assert_eq!(year.share_of_revenue, Some(0.095));
        assert_eq!(year.from, Some(d("2024-07-01")));
        let mut none = c.clone();
        none.annual_revenue = 0.0;
        assert_eq!(totals_last_12_months(&none, as_of).share_of_revenue, None, "no revenue: no share");
        // Hostile stored values never give NaN or negative totals.
        none.dossier
            .entries
            .push(DossierEntry { hours: Some(f64::NAN), ..entry("2025-06-01", Section::CostsWeBore, "x", f64::INFINITY) });
        none.dossier.entries.push(entry("2025-06-01", Section::BenefitsToClient, "y", -50.0));
        let t = totals_all_time(&none, as_of);
        assert_eq!(t.value_beyond_contract, 10_700.0);
        assert!(t.hours.is_finite());
        assert_eq!(totals_all_time(&Client::default(), as_of).value_beyond_contract, 0.0);
    }

    #[test]
    fn dossier_costs_flow_into_profitability() {
        let mut c = client();
        let as_of = d("2025-06-30");
        // Costs we bore (3,000, March 2025) + special conditions (1,500); the 2024 entry is out of
        // the window, benefits and proofs of loyalty are not our cost, the future entry is ignored.
        assert_eq!(dossier_cost_last_12_months(&c, as_of), 4_500.0);
        assert_eq!(dossier_cost_entries_last_12_months(&c, as_of), 2);
        // The window is the care window: 365 days up to and including as_of.
        c.dossier.entries.push(entry("2024-07-01", Section::CostsWeBore, "first day of the window", 100.0));
        c.dossier.entries.push(entry("2024-06-30", Section::CostsWeBore, "one day too old", 10_000.0));
        assert_eq!(dossier_cost_last_12_months(&c, as_of), 4_600.0);
        c.care_activities.push(crate::engine::model::CareActivity {
            id: None,
            date: d("2025-02-01"),
            kind: crate::engine::model::CareKind::Gift,
            note: String::new(),
            cost: 400.0,
        });
        assert_eq!(care_cost_last_12_months(&c, as_of), 400.0, "care cost is unchanged: care activities only");
        let pr = profitability(&c, as_of);
        assert_eq!(pr.profit, 100_000.0 - 50_000.0 - 10_000.0 - 400.0 - 4_600.0);
        let p = profit_score(&c, as_of);
        assert_eq!(p.profit, pr.profit);
        assert_eq!((p.dossier_cost, p.dossier_entries), (4_600.0, 3));
        let contributions = p.contributions();
        let line = contributions.iter().find(|l| l.key == "dossier_cost").expect("a dossier line");
        assert_eq!(line.label.to_string(), "Dossier: costs we bore");
        assert_eq!(line.points, -4_600.0);
        assert_eq!(
            line.detail.to_string(),
            "EUR 4,600 over the last 12 months (3 dossier entries: costs we bore and special conditions)"
        );
        let sum: f64 = contributions.iter().map(|l| l.points).sum();
        assert!((sum - p.profit).abs() < 1e-9, "contributions add up to profit");
        // Without dossier costs there is no dossier line, and nothing else changes.
        let plain = Client { dossier: Dossier::default(), ..c.clone() };
        assert!(profit_score(&plain, as_of).contributions().iter().all(|l| l.key != "dossier_cost"));
        assert_eq!(profit_score(&plain, as_of).profit, 100_000.0 - 60_000.0 - 400.0);
    }

    #[test]
    fn sorting_by_date() {
        let mut c = client();
        let dates: Vec<_> = c.dossier.entries_by_date().iter().map(|e| e.date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        c.dossier.projects.push(Project { name: "Undated".into(), ..Project::default() });
        c.dossier.projects.push(Project { name: "Old".into(), start: Some(d("2020-01-01")), ..Project::default() });
        c.dossier.sort_by_date();
        let names: Vec<_> = c.dossier.projects.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Old", "ERP rollout", "Undated"]);
        assert!(c.dossier.entries.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(c.dossier.section_entries(Section::CostsWeBore).len(), 3);
    }

    #[test]
    fn drafts_validate_with_clear_messages() {
        let e = DossierEntryDraft {
            date: "12.03.2025".into(),
            section: "costs_we_bore".into(),
            description: " Free audit ".into(),
            value: "1.200,50".into(),
            hours: "6,5".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(
            (e.date, e.section, e.description.as_str(), e.value, e.hours),
            (d("2025-03-12"), Section::CostsWeBore, "Free audit", 1200.5, Some(6.5))
        );
        assert_eq!(DossierEntryDraft::from_entry(&e).validate().unwrap(), e);
        let errors = DossierEntryDraft {
            date: String::new(),
            section: "bribes".into(),
            description: "x".repeat(501),
            value: "-5".into(),
            hours: "lots".into(),
        }
        .validate()
        .unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["date", "section", "description", "value", "hours"]);
        assert_eq!(errors[0].message.to_string(), "Enter the date.");
        assert!(errors[2].message.to_string().contains("500 characters"));
        assert!(errors[3].message.to_string().contains("cannot be negative"));
        let empty = DossierEntryDraft::default().validate().unwrap_err();
        assert!(empty.iter().any(|e| e.field == "description" && e.message.to_string() == "Describe what was done."));
        assert!(empty.iter().any(|e| e.field == "section"));
        // Exactly 500 characters is accepted; hours must be ≥ 0.
        let ok = DossierEntryDraft {
            date: "2025-01-01".into(),
            section: "proofs_of_loyalty".into(),
            description: "é".repeat(500),
            ..Default::default()
        };
        assert_eq!(ok.validate().unwrap().value, 0.0, "an empty value is 0");
        assert!(DossierEntryDraft { hours: "-1".into(), ..ok.clone() }.validate().is_err());
        // Hours valued at an hourly rate when the value is empty; a typed value wins.
        let h = DossierEntryDraft { hours: "8".into(), ..ok.clone() };
        assert_eq!(h.validate_with_rate(Some(75.0)).unwrap().value, 600.0);
        assert_eq!(h.validate_with_rate(Some(f64::NAN)).unwrap().value, 0.0);
        assert_eq!(DossierEntryDraft { value: "100".into(), ..h.clone() }.validate_with_rate(Some(75.0)).unwrap().value, 100.0);

        let p =
            ProjectDraft { name: " ERP ".into(), price: "80 000".into(), start: "2025-01-10".into(), end: "2025-09-30".into() }
                .validate()
                .unwrap();
        assert_eq!((p.name.as_str(), p.price), ("ERP", 80_000.0));
        assert_eq!(ProjectDraft::from_project(&p).validate().unwrap(), p);
        let errors =
            ProjectDraft { name: String::new(), price: "-1".into(), start: "2025-09-30".into(), end: "2025-01-10".into() }
                .validate()
                .unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["name", "price", "end"]);
        assert!(errors[2].message.to_string().contains("cannot end before it starts"));
    }

    #[test]
    fn csv_is_sorted_and_formula_safe() {
        let mut c = client();
        c.dossier.entries.push(DossierEntry {
            hours: Some(2.5),
            ..entry("2025-06-20", Section::CostsWeBore, "=HYPERLINK(\"http://x\")", 99.5)
        });
        c.dossier.entries.push(entry("2025-06-21", Section::BenefitsToClient, "@SUM(A1), \"quoted\"\nnext line", 10.0));
        let csv = dossier_csv(&c, "EUR");
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "date,section,description,value,hours,currency");
        assert_eq!(lines[1], "2024-01-15,Costs we bore,Free consultation,1200,12,EUR");
        assert!(csv.contains("2025-06-20,Costs we bore,\"'=HYPERLINK(\"\"http://x\"\")\",99.5,2.5,EUR"), "{csv}");
        assert!(csv.contains("\"'@SUM(A1), \"\"quoted\"\"\nnext line\""), "{csv}");
        let dates: Vec<&str> = csv.lines().skip(1).filter(|l| l.starts_with("20")).map(|l| &l[..10]).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted, "oldest first");
        assert_eq!(dossier_csv(&Client::default(), "EUR"), "date,section,description,value,hours,currency\n");
    }

    #[test]
    fn markdown_report_has_every_section_and_the_totals() {
        let mut c = client();
        c.dossier.entries.push(entry("2025-06-01", Section::BenefitsToClient, "Saved | 2 *days* <script>", 0.0));
        let as_of = d("2025-06-30");
        let s = score_client(&c, &RiskWeights::default(), as_of, &ScoringAssumptions::default());
        let md = dossier_markdown(&c, &s, as_of);
        assert!(md.starts_with("# Value dossier: Test SRL\n"), "{md}");
        assert!(md.contains("- Client's manager: Ana Pop"));
        assert!(md.contains("| ERP rollout | EUR 80,000 | 2025-01-10 – 2025-09-30 |"), "{md}");
        for &section in Section::ALL {
            assert!(md.contains(&format!("## {}", section.label())), "{md}");
        }
        assert!(md.contains("**Total costs we bore: EUR 4,200** (2 entries, 12 hours)"), "{md}");
        assert!(md.contains("**Total benefits to the client: EUR 5,000** (2 entries)"), "{md}");
        assert!(md.contains("**Total special conditions: EUR 1,500** (1 entry)"), "{md}");
        assert!(md.contains("- All time: **EUR 10,700**"), "{md}");
        assert!(md.contains("- Last 12 months (2024-07-01 – 2025-06-30): **EUR 9,500**, 9.5% of annual revenue"), "{md}");
        assert!(
            md.contains(
                "cost to us in the last 12 months (costs we bore + special conditions, counted against profit): EUR 4,500"
            ),
            "{md}"
        );
        assert!(md.contains("Saved \\| 2 \\*days\\* \\<script\\>"), "user text is escaped: {md}");
        assert!(!md.contains("Future discount"), "entries after as_of are left out");
        // The report is written in the reader's language, with the same figures.
        crate::i18n::set_lang(crate::i18n::Lang::Ro);
        let ro = dossier_markdown(&c, &s, as_of);
        crate::i18n::set_lang(crate::i18n::Lang::Bg);
        let bg = dossier_markdown(&c, &s, as_of);
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert!(ro.starts_with("# Dosar de valoare: Test SRL\n"), "{ro}");
        assert!(ro.contains("## Costuri suportate de noi\n"), "{ro}");
        assert!(ro.contains("**Total costuri suportate de noi: EUR 4,200** (2 înregistrări, 12 ore)"), "{ro}");
        assert!(ro.contains("**Total condiții speciale: EUR 1,500** (1 înregistrare)"), "{ro}");
        assert!(bg.contains("**Общо разходи, поети от нас: EUR 4,200** (2 записа, 12 часа)"), "{bg}");
        assert!(bg.contains("| Дата | Описание | Стойност | Часове |"), "{bg}");
        // Profit includes the dossier costs: 100k − 60k − 4.5k.
        assert!(md.contains("EUR 35,500 (margin 35.5%)"), "{md}");
        // An empty client still gives a complete report.
        let empty = Client { company: "Empty".into(), ..Client::default() };
        let s = score_client(&empty, &RiskWeights::default(), as_of, &ScoringAssumptions::default());
        // Money is written in the currency of the installed formats (the portfolio's in the app).
        crate::i18n::set_formats(std::rc::Rc::new(crate::i18n::PlainFormats { currency: "RON".into() }));
        let md = dossier_markdown(&empty, &s, as_of);
        crate::i18n::set_formats(std::rc::Rc::new(crate::i18n::PlainFormats::default()));
        assert!(md.contains("No projects recorded.") && md.contains("Nothing recorded.") && md.contains("**RON 0**"), "{md}");
    }

    #[test]
    fn demo_dossiers_are_valid() {
        let p = crate::engine::sample::demo_portfolio();
        let with: Vec<&Client> = p.clients.iter().filter(|c| !c.dossier.is_empty()).collect();
        assert_eq!(with.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), vec!["c1", "c2", "c3", "c5"]);
        for c in with {
            for e in &c.dossier.entries {
                assert_eq!(&DossierEntryDraft::from_entry(e).validate().unwrap(), e, "{}: {}", c.id, e.description);
            }
            for pr in &c.dossier.projects {
                assert_eq!(&ProjectDraft::from_project(pr).validate().unwrap(), pr);
            }
        }
        for &s in Section::ALL {
            assert!(p.clients.iter().flat_map(|c| &c.dossier.entries).any(|e| e.section == s), "the demo shows {}", s.key());
        }
        // Carpathia (c1) has no dossier cost in the last 12 months of the demo date or later, so the
        // end-to-end test that reads its profit from the care line still holds.
        let c1 = &p.clients[0];
        assert_eq!(dossier_cost_last_12_months(c1, demo_as_of()), 0.0);
        assert_eq!(dossier_cost_last_12_months(c1, d("2025-10-01")), 0.0);
        // Danubia (c2): the free consultation of January 2026 counts as of the demo date.
        assert_eq!(dossier_cost_last_12_months(&p.clients[1], demo_as_of()), 1_800.0);
    }

    #[test]
    fn old_clients_without_a_dossier_load_and_the_dossier_round_trips() {
        let c: Client = serde_json::from_str(r#"{"id":"x","company":"X"}"#).unwrap();
        assert!(c.dossier.is_empty());
        let full = client();
        let json = serde_json::to_string(&full).unwrap();
        assert!(json.contains(r#""section":"special_conditions""#));
        assert_eq!(serde_json::from_str::<Client>(&json).unwrap(), full);
        let partial: Dossier = serde_json::from_str(r#"{"entries":[{"date":"2025-01-01"}]}"#).unwrap();
        assert_eq!(partial.entries[0].section, Section::CostsWeBore);
        // The client form carries the dossier unchanged.
        let back =
            crate::engine::model::ClientDraft::from_client(&full).apply_to(&full, crate::engine::sample::demo_as_of()).unwrap();
        assert_eq!(back.dossier, full.dossier);
    }
}

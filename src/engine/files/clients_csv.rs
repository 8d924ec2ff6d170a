//! Client lists as CSV: export for spreadsheets and CRMs (cells that a spreadsheet would run as a
//! formula are neutralised), and import from a CRM export with a column mapping, validated row by
//! row with the same rules as the client form.

use crate::engine::model::{Client, ClientDraft, Portfolio};
use crate::engine::util::csv::{detect_delimiter, number_cell, split_line, text_cell, Delimiter, RowError};
use crate::i18n::Text;
use crate::k;

/// The columns written by [`export_clients`], in order.
pub const CLIENT_COLUMNS: [&str; 14] = [
    "id",
    "company",
    "industry",
    "client_manager",
    "owner",
    "start_date",
    "stage",
    "annual_revenue",
    "direct_cost",
    "cost_to_serve",
    "share_of_wallet",
    "contract_end",
    "notes",
    "lost_on",
];

fn number(v: f64) -> String {
    number_cell(v, None)
}

/// All clients as CSV (comma-separated, dot decimals, ISO dates, one header line).
pub fn export_clients(p: &Portfolio) -> String {
    let mut out = CLIENT_COLUMNS.join(",");
    out.push('\n');
    for c in &p.clients {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
        let cells = [
            text_cell(&c.id),
            text_cell(&c.company),
            text_cell(&c.industry),
            text_cell(&c.client_manager),
            text_cell(&c.owner),
            date(c.start_date),
            c.stage.key().to_string(),
            number(c.annual_revenue),
            number(c.direct_cost),
            number(c.cost_to_serve),
            c.share_of_wallet.map(|s| number(s * 100.0)).unwrap_or_default(),
            date(c.contract_end),
            text_cell(&c.notes),
            date(c.lost_on),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The client fields an import can fill: the field, the message key of its label (show it with
/// `t(label)` or [`import_field_label`]), and the header names that suggest it (recognised as
/// they are, whatever the reader's language).
pub const IMPORT_FIELDS: [(&str, &str, &[&str]); 12] = [
    (
        "company",
        k!("data-clients-field-company"),
        &["company", "name", "account", "client", "customer", "firma", "companie", "organization", "organisation"],
    ),
    ("industry", k!("data-clients-field-industry"), &["industry", "sector", "domeniu"]),
    (
        "client_manager",
        k!("data-clients-field-client-manager"),
        &["client_manager", "contact", "manager", "decision maker", "persoana"],
    ),
    ("owner", k!("data-clients-field-owner"), &["owner", "account owner", "responsabil", "sales rep", "rep"]),
    ("start_date", k!("data-clients-field-start-date"), &["start_date", "since", "start", "created", "client since"]),
    ("stage", k!("data-clients-field-stage"), &["stage", "status", "etapa"]),
    (
        "annual_revenue",
        k!("data-clients-field-annual-revenue"),
        &["annual_revenue", "revenue", "turnover", "venit", "sales", "cifra"],
    ),
    ("direct_cost", k!("data-clients-field-direct-cost"), &["direct_cost", "direct cost", "cost", "cogs"]),
    ("cost_to_serve", k!("data-clients-field-cost-to-serve"), &["cost_to_serve", "cost to serve", "service cost"]),
    ("share_of_wallet", k!("data-clients-field-share-of-wallet"), &["share_of_wallet", "share of wallet", "wallet"]),
    ("notes", k!("data-clients-field-notes"), &["notes", "note", "comments", "description"]),
    (
        "lost_on",
        k!("data-clients-field-lost-on"),
        &["lost_on", "lost on", "date lost", "lost date", "churn date", "churned on", "data pierderii"],
    ),
];

/// The label of field `i` of [`IMPORT_FIELDS`], in the reader's language.
pub fn import_field_label(i: usize) -> Text {
    Text::new(IMPORT_FIELDS.get(i).map_or(k!("data-clients-field-company"), |f| f.1))
}

/// Which column (0-based) feeds each field of [`IMPORT_FIELDS`], in the same order.
pub type ClientMapping = [Option<usize>; 12];

/// What a first look at the file found.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientFileGuess {
    pub delimiter: Delimiter,
    pub headers: Vec<String>,
    pub mapping: ClientMapping,
}

/// Guess the separator and map header names to fields (exact names first, then names containing a hint).
pub fn guess_client_file(text: &str) -> Result<ClientFileGuess, Text> {
    let first = text
        .lines()
        .map(|l| l.trim_start_matches('\u{feff}'))
        .find(|l| !l.trim().is_empty())
        .ok_or_else(|| Text::new("data-clients-file-empty"))?;
    let delimiter = detect_delimiter(text);
    let headers = split_line(first, delimiter);
    let lower: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    let mut mapping: ClientMapping = [None; 12];
    let mut used = vec![false; headers.len()];
    for exact in [true, false] {
        for (i, (_, _, hints)) in IMPORT_FIELDS.iter().enumerate() {
            if mapping[i].is_some() {
                continue;
            }
            let found = lower
                .iter()
                .enumerate()
                .find(|(j, h)| !used[*j] && hints.iter().any(|hint| if exact { *h == hint } else { h.contains(hint) }));
            if let Some((j, _)) = found {
                mapping[i] = Some(j);
                used[j] = true;
            }
        }
    }
    Ok(ClientFileGuess { delimiter, headers, mapping })
}

/// The clients read from a file, ready to add.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientImport {
    pub clients: Vec<Client>,
    /// Rows that could not be read, with 1-based line numbers (first 100).
    pub errors: Vec<RowError>,
    pub error_count: usize,
    /// Companies already in the portfolio (by name, case-insensitive), not added again.
    pub existing: Vec<String>,
}

/// The records of a CSV text with their starting line numbers (1-based): a line break inside a
/// quoted cell belongs to the cell, not to a new record.
fn records(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 1;
    let mut line = 1;
    let mut in_quotes = false;
    for ch in text.chars() {
        match ch {
            '"' => {
                in_quotes = !in_quotes;
                current.push(ch);
            }
            '\n' if !in_quotes => {
                out.push((start, std::mem::take(&mut current)));
                line += 1;
                start = line;
            }
            '\n' => {
                current.push(ch);
                line += 1;
            }
            '\r' if !in_quotes => {}
            _ => current.push(ch),
        }
    }
    if !current.is_empty() {
        out.push((start, current));
    }
    out
}

/// Several messages as one, separated by a space: "Enter the company name. Annual revenue: …".
fn sentences(texts: impl DoubleEndedIterator<Item = Text>) -> Text {
    texts
        .rev()
        .reduce(|rest, first| Text::new("data-clients-sentences").arg("first", first).arg("rest", rest))
        .unwrap_or_else(|| Text::new("data-clients-row-invalid"))
}

/// Read every row after the header into validated clients with fresh ids (`today` bounds the
/// date lost, as on the client form).
pub fn import_clients(
    text: &str,
    delimiter: Delimiter,
    mapping: &ClientMapping,
    p: &Portfolio,
    today: chrono::NaiveDate,
) -> ClientImport {
    let mut out = ClientImport::default();
    let Some(company_col) = mapping[0] else {
        out.errors.push(RowError { line: 1, message: Text::new("data-clients-choose-company") });
        out.error_count = 1;
        return out;
    };
    let mut taken: std::collections::HashSet<String> = p.clients.iter().map(|c| c.company.trim().to_lowercase()).collect();
    let mut next = p.clone();
    let mut header_seen = false;
    for (line_no, raw) in records(text) {
        let line = raw.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let cells = split_line(line, delimiter);
        let get = |f: usize| {
            mapping[f].and_then(|c| cells.get(c)).map(|s| s.trim().trim_start_matches('\'').to_string()).unwrap_or_default()
        };
        let company = cells.get(company_col).map(|s| s.trim().trim_start_matches('\'').to_string()).unwrap_or_default();
        if taken.contains(&company.to_lowercase()) && !company.is_empty() {
            out.existing.push(company);
            continue;
        }
        let draft = ClientDraft {
            company: get(0),
            industry: get(1),
            client_manager: get(2),
            owner: get(3),
            start_date: get(4),
            stage: get(5).to_lowercase().replace([' ', '-'], "_"),
            annual_revenue: get(6),
            direct_cost: get(7),
            cost_to_serve: get(8),
            share_of_wallet: get(9).trim_end_matches('%').to_string(),
            notes: get(10),
            lost_on: get(11),
            ..ClientDraft::default()
        };
        let id = next.next_id();
        match draft.validate(&id, false, today) {
            Ok(c) => {
                taken.insert(c.company.trim().to_lowercase());
                next.clients.push(c.clone());
                out.clients.push(c);
            }
            Err(errs) => {
                out.error_count += 1;
                if out.errors.len() < 100 {
                    out.errors.push(RowError { line: line_no, message: sentences(errs.into_iter().map(|e| e.message)) });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::{demo_as_of, demo_portfolio};

    fn today() -> chrono::NaiveDate {
        demo_as_of()
    }

    #[test]
    fn formula_cells_are_neutralised_and_quotes_survive() {
        assert_eq!(text_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(text_cell("+40 722 000"), "'+40 722 000");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("Smith, Jones & Co"), "\"Smith, Jones & Co\"");
        assert_eq!(text_cell("plain"), "plain");
    }

    #[test]
    fn an_export_reads_back_as_the_same_clients() {
        let mut p = demo_portfolio();
        p.clients[0].company = "=cmd|' /C calc'!A0".into();
        p.clients[1].notes = "Line one, with comma\nand \"quotes\"".into();
        let csv = export_clients(&p);
        assert!(csv.starts_with("id,company,industry"));
        assert!(csv.contains("'=cmd"), "formula neutralised");
        let guess = guess_client_file(&csv).unwrap();
        assert_eq!(guess.delimiter, Delimiter::Comma);
        assert_eq!(guess.mapping[0], Some(1), "company column found by name");
        assert_eq!(guess.mapping[6], Some(7), "annual_revenue found by name");
        // Into an empty portfolio: single-line rows come back with their figures.
        let empty = Portfolio { clients: vec![], ..p.clone() };
        let back = import_clients(&csv, guess.delimiter, &guess.mapping, &empty, today());
        let c3 = back.clients.iter().find(|c| c.company == p.clients[2].company).unwrap();
        assert_eq!(c3.annual_revenue, p.clients[2].annual_revenue);
        assert_eq!(c3.stage, p.clients[2].stage);
        assert_eq!(
            back.clients.iter().find(|c| c.company.ends_with("calc'!A0")).map(|c| c.company.as_str()),
            Some("=cmd|' /C calc'!A0")
        );
        // Into the same portfolio: nothing is added twice.
        let again = import_clients(&csv, guess.delimiter, &guess.mapping, &p, today());
        assert!(again.clients.is_empty() || again.clients.iter().all(|c| !p.clients.iter().any(|d| d.company == c.company)));
        assert!(again.existing.len() >= 6);
    }

    #[test]
    fn the_date_lost_is_the_last_column_and_reads_back() {
        let mut p = demo_portfolio();
        let lost = p.clients.iter().position(|c| c.stage == crate::engine::model::Stage::Lost).unwrap();
        p.clients[lost].lost_on = chrono::NaiveDate::from_ymd_opt(2025, 6, 30);
        let csv = export_clients(&p);
        assert!(csv.lines().next().unwrap().ends_with(",notes,lost_on"), "a new column goes at the end");
        let row = csv.lines().find(|l| l.contains(&p.clients[lost].company)).unwrap();
        assert!(row.ends_with(",2025-06-30"), "{row}");
        let guess = guess_client_file(&csv).unwrap();
        assert_eq!(guess.mapping[11], Some(13));
        let back = import_clients(&csv, guess.delimiter, &guess.mapping, &Portfolio::default(), today());
        let c = back.clients.iter().find(|c| c.company == p.clients[lost].company).unwrap();
        assert_eq!(c.lost_on, p.clients[lost].lost_on);
        assert!(back.clients.iter().filter(|c| c.company != p.clients[lost].company).all(|c| c.lost_on.is_none()));
        // A date lost after today is refused with the form's words.
        let future = "Company;Stage;Start;Date lost\nAlfa SRL;lost;2020-01-01;2099-01-01\n";
        let g = guess_client_file(future).unwrap();
        assert_eq!(g.mapping[11], Some(3));
        let out = import_clients(future, g.delimiter, &g.mapping, &Portfolio::default(), today());
        assert_eq!(out.errors[0].message.to_string(), "The date lost cannot be after today.");
    }

    #[test]
    fn a_crm_export_with_other_names_and_bad_rows() {
        let text = "Account;Sector;Revenue;Owner;Status\nAlfa SRL;IT;120.000,50;Ana;active\n;Retail;10;Bob;active\nBeta SA;Food;lots;Ion;at risk\nGama SRL;Auto;5000;Ion;weird\n";
        let guess = guess_client_file(text).unwrap();
        assert_eq!(guess.delimiter, Delimiter::Semicolon);
        assert_eq!(guess.mapping[0], Some(0));
        assert_eq!(guess.mapping[6], Some(2));
        let out = import_clients(text, guess.delimiter, &guess.mapping, &Portfolio::default(), today());
        assert_eq!(out.clients.len(), 1);
        assert_eq!(out.clients[0].annual_revenue, 120000.5);
        assert_eq!(out.clients[0].id, "c1");
        assert_eq!(out.error_count, 3);
        assert_eq!(out.errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 4, 5]);
        assert!(out.errors[1].message.to_string().contains("lots"));
        // Every problem of a row is listed, in order, one sentence after the other.
        let two = import_clients(
            "Company;Revenue\n;-5\n",
            Delimiter::Semicolon,
            &guess_client_file("Company;Revenue\n").unwrap().mapping,
            &Portfolio::default(),
            today(),
        );
        let message = two.errors[0].message.to_string();
        assert!(message.starts_with("Enter the company name. ") && message.contains("negative"), "{message}");
        assert_eq!(two.errors[0].text().to_string(), format!("Line 2: {message}"));
    }
}

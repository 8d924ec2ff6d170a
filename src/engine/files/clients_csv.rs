//! Client lists as CSV: export for spreadsheets and CRMs (cells that a spreadsheet would run as a
//! formula are neutralised), and import from a CRM export with a column mapping, validated row by
//! row with the same rules as the client form.
//!
//! The CSV carries every profile field (what the client form edits: [`CLIENT_COLUMNS`]), so an
//! export reads back as the same profiles. The records (contacts, interactions, care
//! activities, ratings, revenue history, the value dossier) are lists of their own per client
//! and do not fit one row: they are not in the CSV, they travel in backups.

use crate::engine::model::{Client, ClientDraft, Portfolio};
use crate::engine::util::csv::{detect_delimiter, number_cell, split_line, text_cell, Delimiter, RowError};
use crate::engine::util::parse::excerpt;
use crate::i18n::Text;
use crate::k;

/// The columns written by [`export_clients`], in order (new ones go at the end).
pub const CLIENT_COLUMNS: [&str; 20] = [
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
    "manager_changed_on",
    "referrals",
    "contact_cadence_days",
    "open_complaints",
    "competitor_activity",
    "archived",
];

/// A yes/no cell as written.
fn flag_cell(v: bool) -> String {
    if v { "yes" } else { "no" }.to_string()
}

/// A yes/no cell as read: yes/no, true/false, 1/0, x, da/nu, да/не (any case); empty is no.
fn read_flag(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "" | "no" | "false" | "0" | "nu" | "не" | "n" => Some(false),
        "yes" | "true" | "1" | "x" | "da" | "да" | "y" => Some(true),
        _ => None,
    }
}

fn number(v: f64) -> String {
    number_cell(v, None)
}

/// All clients as CSV (comma-separated, dot decimals, ISO dates, one header line).
pub fn export_clients(p: &Portfolio) -> String {
    let mut out = CLIENT_COLUMNS.join(",");
    out.push('\n');
    for c in &p.clients {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
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
            date(c.manager_changed_on),
            c.referrals.to_string(),
            c.contact_cadence_days.map(|d| d.to_string()).unwrap_or_default(),
            c.open_complaints.to_string(),
            flag_cell(c.competitor_activity),
            flag_cell(c.archived),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The client fields an import can fill: the field, the message key of its label (show it with
/// `t(label)` or [`import_field_label`]), and the header names that suggest it (recognised as
/// they are, whatever the reader's language; the first of each is its [`CLIENT_COLUMNS`] name).
pub const IMPORT_FIELDS: [(&str, &str, &[&str]); 19] = [
    (
        "company",
        k!("data-clients-field-company"),
        &[
            "company",
            "name",
            "account",
            "client",
            "customer",
            "firma",
            "companie",
            "organization",
            "organisation",
            "фирма",
            "компания",
            "клиент",
        ],
    ),
    ("industry", k!("data-clients-field-industry"), &["industry", "sector", "domeniu", "отрасъл", "сектор"]),
    (
        "client_manager",
        k!("data-clients-field-client-manager"),
        &["client_manager", "contact", "decision maker", "persoana", "manager", "мениджър", "лице за контакт"],
    ),
    ("owner", k!("data-clients-field-owner"), &["owner", "account owner", "responsabil", "sales rep", "rep", "отговорник"]),
    (
        "start_date",
        k!("data-clients-field-start-date"),
        &["start_date", "since", "start", "created", "client since", "клиент от"],
    ),
    ("stage", k!("data-clients-field-stage"), &["stage", "status", "etapa", "етап", "статус"]),
    (
        "annual_revenue",
        k!("data-clients-field-annual-revenue"),
        &["annual_revenue", "revenue", "turnover", "venit", "sales", "cifra", "приход", "оборот"],
    ),
    (
        "direct_cost",
        k!("data-clients-field-direct-cost"),
        &["direct_cost", "direct cost", "cogs", "cost direct", "преки разходи", "cost"],
    ),
    ("cost_to_serve", k!("data-clients-field-cost-to-serve"), &["cost_to_serve", "cost to serve", "service cost"]),
    ("share_of_wallet", k!("data-clients-field-share-of-wallet"), &["share_of_wallet", "share of wallet", "wallet"]),
    ("notes", k!("data-clients-field-notes"), &["notes", "note", "comments", "description"]),
    (
        "lost_on",
        k!("data-clients-field-lost-on"),
        &["lost_on", "lost on", "date lost", "lost date", "churn date", "churned on", "data pierderii"],
    ),
    (
        "contract_end",
        k!("data-clients-field-contract-end"),
        &["contract_end", "contract end", "renewal", "expiry", "sfârșit contract", "край на договора"],
    ),
    ("manager_changed_on", k!("data-clients-field-manager-changed-on"), &["manager_changed_on", "manager changed"]),
    ("referrals", k!("data-clients-field-referrals"), &["referrals", "recomandări", "препоръки"]),
    (
        "contact_cadence_days",
        k!("data-clients-field-contact-cadence"),
        &["contact_cadence_days", "cadence", "contact every", "frecvență"],
    ),
    ("open_complaints", k!("data-clients-field-open-complaints"), &["open_complaints", "complaints", "reclamații", "оплаквания"]),
    (
        "competitor_activity",
        k!("data-clients-field-competitor"),
        &["competitor_activity", "competitor", "concurent", "конкурент"],
    ),
    ("archived", k!("data-clients-field-archived"), &["archived", "arhivat", "архивиран"]),
];

/// The label of field `i` of [`IMPORT_FIELDS`], in the reader's language.
pub fn import_field_label(i: usize) -> Text {
    Text::new(IMPORT_FIELDS.get(i).map_or(k!("data-clients-field-company"), |f| f.1))
}

/// Which column (0-based) feeds each field of [`IMPORT_FIELDS`], in the same order.
pub type ClientMapping = [Option<usize>; 19];

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
    let mut mapping: ClientMapping = [None; 19];
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
/// quoted cell belongs to the cell, not to a new record. A quote opens a quoted cell only at the
/// start of a cell (as [`split_line`] reads it; `5" disk` is a plain cell), and `""` inside one is
/// a quote; a closing quote is followed by a separator, a line break or the end. A quote never
/// closed (or "closed" by a quote that is not) would swallow the rest of the file: its record
/// is left out, its line is returned among the second list, and reading starts again on the
/// next line.
fn records(text: &str, delimiter: Delimiter) -> (Vec<(usize, String)>, Vec<usize>) {
    let sep = match delimiter {
        Delimiter::Comma => Some(','),
        Delimiter::Semicolon => Some(';'),
        Delimiter::Tab => Some('\t'),
        Delimiter::Pipe => Some('|'),
        Delimiter::Whitespace => None,
    };
    let (mut out, mut unclosed) = (Vec::new(), Vec::new());
    // Where the current record starts: its byte offset and line.
    let (mut from, mut line) = (0usize, 1usize);
    'restart: loop {
        let rest = text.get(from..).unwrap_or_default();
        let mut current = String::new();
        let (mut start, mut at_line, mut start_byte) = (line, line, from);
        let (mut in_quotes, mut cell_start) = (false, true);
        let mut chars = rest.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            if in_quotes {
                if ch == '"' && chars.peek().map(|p| p.1) == Some('"') {
                    current.push_str("\"\"");
                    chars.next();
                    continue;
                }
                if ch == '"' {
                    // A closing quote ends its cell: a separator, a line break or the end follow
                    // (spaces allowed). Anything else means this quote closes another's stray one.
                    let after = rest.get(i + 1..).unwrap_or_default().trim_start_matches(' ');
                    if !(after.is_empty() || after.starts_with(['\n', '\r']) || sep.is_some_and(|c| after.starts_with(c))) {
                        break;
                    }
                    in_quotes = false;
                }
                at_line += usize::from(ch == '\n');
                current.push(ch);
                continue;
            }
            match ch {
                '"' if cell_start && sep.is_some() => {
                    in_quotes = true;
                    cell_start = false;
                    current.push(ch);
                }
                '\n' => {
                    out.push((start, std::mem::take(&mut current)));
                    at_line += 1;
                    start = at_line;
                    start_byte = from + i + 1;
                    cell_start = true;
                }
                '\r' => {}
                c if Some(c) == sep => {
                    current.push(c);
                    cell_start = true;
                }
                // Spaces before a cell's opening quote (split_line trims them).
                ' ' | '\t' => current.push(ch),
                c => {
                    current.push(c);
                    cell_start = false;
                }
            }
        }
        if in_quotes {
            // The record from `start` never closes its quote: drop its first line, read on.
            unclosed.push(start);
            match text.get(start_byte..).and_then(|r| r.find('\n')) {
                Some(nl) => {
                    from = start_byte + nl + 1;
                    line = start + 1;
                    continue 'restart;
                }
                None => break 'restart,
            }
        }
        if !current.is_empty() {
            out.push((start, current));
        }
        break;
    }
    (out, unclosed)
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
    let (rows, unclosed) = records(text, delimiter);
    for line in unclosed {
        out.error_count += 1;
        out.errors.push(RowError { line, message: Text::new("data-clients-unclosed-quote") });
    }
    for (line_no, raw) in rows {
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
            contract_end: get(12),
            manager_changed_on: get(13),
            referrals: get(14),
            contact_cadence_days: get(15),
            open_complaints: get(16),
            ..ClientDraft::default()
        };
        // The yes/no fields, read here (the form has checkboxes).
        let mut flag_errors = Vec::new();
        let mut flag = |f: usize| {
            let cell = get(f);
            read_flag(&cell).unwrap_or_else(|| {
                flag_errors
                    .push(Text::new("data-clients-not-yes-no").arg("label", import_field_label(f)).arg("text", excerpt(&cell)));
                false
            })
        };
        let draft = ClientDraft { competitor_activity: flag(17), archived: flag(18), ..draft };
        let id = next.next_id();
        let validated = match draft.validate(&id, false, today) {
            Ok(_) if !flag_errors.is_empty() => Err(flag_errors),
            Ok(c) => Ok(c),
            Err(errs) => Err(errs.into_iter().map(|e| e.message).chain(flag_errors).collect()),
        };
        match validated {
            Ok(c) => {
                taken.insert(c.company.trim().to_lowercase());
                next.clients.push(c.clone());
                out.clients.push(c);
            }
            Err(errs) => {
                out.error_count += 1;
                if out.errors.len() < 100 {
                    out.errors.push(RowError { line: line_no, message: sentences(errs.into_iter()) });
                }
            }
        }
    }
    // Unclosed quotes were found first: every error in line order.
    crate::engine::util::sort::sort_by_key(&mut out.errors, |e| e.line);
    out.errors.truncate(100);
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

    /// A client as the CSV carries it: its profile, without id, demo mark, records or save time.
    fn profile(c: &Client) -> Client {
        let mut p = Client { id: String::new(), company: c.company.clone(), ..Client::default() };
        p.set_profile(Client { updated_at: None, ..c.clone() });
        p
    }

    #[test]
    fn an_export_reads_back_with_every_profile_field() {
        let mut p = demo_portfolio();
        p.clients[0].company = "=cmd|' /C calc'!A0".into();
        p.clients[1].notes = "Line one, with comma\nand \"quotes\"".into();
        // Every profile field set somewhere, the contract end and the yes/no flags included.
        p.clients[2].contract_end = chrono::NaiveDate::from_ymd_opt(2026, 9, 30);
        p.clients[2].manager_changed_on = chrono::NaiveDate::from_ymd_opt(2024, 2, 1);
        p.clients[2].referrals = 3;
        p.clients[2].contact_cadence_days = Some(21);
        p.clients[2].open_complaints = 2;
        p.clients[2].competitor_activity = true;
        p.clients[3].archived = true;
        p.clients[3].share_of_wallet = Some(0.35);
        let csv = export_clients(&p);
        assert!(csv.starts_with("id,company,industry"));
        assert!(csv.contains("'=cmd"), "formula neutralised");
        let guess = guess_client_file(&csv).unwrap();
        assert_eq!(guess.delimiter, Delimiter::Comma);
        // Every field is found by its column name.
        for (i, (field, _, _)) in IMPORT_FIELDS.iter().enumerate() {
            assert_eq!(guess.mapping[i].map(|j| guess.headers[j].as_str()), Some(*field));
        }
        let empty = Portfolio { clients: vec![], ..p.clone() };
        let back = import_clients(&csv, guess.delimiter, &guess.mapping, &empty, today());
        assert_eq!((back.error_count, back.clients.len()), (0, p.clients.len()), "{:?}", back.errors);
        for (before, after) in p.clients.iter().zip(&back.clients) {
            assert_eq!(profile(after), profile(before), "{}", before.company);
        }
        assert_eq!(back.clients[2].contract_end, chrono::NaiveDate::from_ymd_opt(2026, 9, 30));
        // Into the same portfolio: nothing is added twice.
        let again = import_clients(&csv, guess.delimiter, &guess.mapping, &p, today());
        assert!(again.clients.is_empty());
        assert_eq!(again.existing.len(), p.clients.len());
    }

    #[test]
    fn records_are_not_in_the_csv() {
        // Contacts, interactions, care, ratings, revenue history and the dossier are lists per
        // client: they travel in backups, not in this CSV (said on the page and in docs/btyd.md).
        let p = demo_portfolio();
        let with_records = p.clients.iter().position(|c| !c.interactions.is_empty() && !c.contacts.is_empty()).unwrap();
        let csv = export_clients(&p);
        let guess = guess_client_file(&csv).unwrap();
        let back = import_clients(&csv, guess.delimiter, &guess.mapping, &Portfolio::default(), today());
        let c = &back.clients[with_records];
        assert_eq!(c.company, p.clients[with_records].company);
        assert!(c.contacts.is_empty() && c.interactions.is_empty() && c.dossier == Default::default());
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        assert_eq!(header, CLIENT_COLUMNS);
        assert!(!header.iter().any(|h| ["contacts", "interactions", "ratings", "dossier"].contains(h)));
    }

    #[test]
    fn a_stray_quote_is_reported_with_its_line_and_the_rest_is_read() {
        let text = "Company;Revenue;Notes\nAlfa SRL;100;ok\nBeta SA;200;\"never closed\nGama SRL;300;fine\nDelta SRL;400;\"two\nlines\"\nEpsilon;5\" disk;x\n";
        let g = guess_client_file("Company;Revenue;Notes\n").unwrap();
        let out = import_clients(text, Delimiter::Semicolon, &g.mapping, &Portfolio::default(), today());
        let names: Vec<&str> = out.clients.iter().map(|c| c.company.as_str()).collect();
        assert_eq!(names, ["Alfa SRL", "Gama SRL", "Delta SRL"]);
        assert_eq!(out.clients[2].notes, "two\nlines");
        // Line 3 opens a quote that never closes; line 7's `5"` is a plain cell (not a number).
        assert_eq!(out.errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 7]);
        assert_eq!(
            out.errors[0].text().to_string(),
            "Line 3: This line opens a quote (\") that is never closed, so it was not read. Close the quote or remove it."
        );
        assert!(out.errors[1].message.to_string().contains("“5\" disk”"), "{}", out.errors[1].message);
        // An unclosed quote on the last line, without a line break after it.
        let last = import_clients("Company\nAlfa\n\"Beta", Delimiter::Comma, &g.mapping, &Portfolio::default(), today());
        assert_eq!((last.clients.len(), last.errors[0].line), (1, 3));
    }

    #[test]
    fn yes_no_cells_in_every_language_and_a_wrong_one() {
        let text = "Company;Competitor;Archived\nA;da;nu\nB;да;не\nC;x;\nD;maybe;no\n";
        let g = guess_client_file(text).unwrap();
        assert_eq!((g.mapping[17], g.mapping[18]), (Some(1), Some(2)));
        let out = import_clients(text, g.delimiter, &g.mapping, &Portfolio::default(), today());
        let flags: Vec<(bool, bool)> = out.clients.iter().map(|c| (c.competitor_activity, c.archived)).collect();
        assert_eq!(flags, [(true, false), (true, false), (true, false)]);
        assert_eq!(out.errors[0].line, 5);
        assert_eq!(out.errors[0].message.to_string(), "Competitor active: “maybe” is not yes or no.");
    }

    #[test]
    fn the_date_lost_is_the_last_column_and_reads_back() {
        let mut p = demo_portfolio();
        let lost = p.clients.iter().position(|c| c.stage == crate::engine::model::Stage::Lost).unwrap();
        p.clients[lost].lost_on = chrono::NaiveDate::from_ymd_opt(2025, 6, 30);
        let csv = export_clients(&p);
        assert!(csv.lines().next().unwrap().contains(",notes,lost_on,"), "a new column goes at the end");
        let row = csv.lines().find(|l| l.contains(&p.clients[lost].company)).unwrap();
        assert!(row.contains(",2025-06-30,"), "{row}");
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

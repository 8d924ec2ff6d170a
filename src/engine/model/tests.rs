use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

#[test]
fn schema_3_client_without_new_fields_still_loads() {
    let old = r#"{"id":"c4","company":"Kept Ltd","industry":"Retail","client_manager":"A","owner":"B",
        "start_date":"2020-01-01","stage":"active","annual_revenue":5000,"direct_cost":1000,
        "cost_to_serve":500,"notes":"n","demo":false}"#;
    let c: Client = serde_json::from_str(old).expect("old client parses");
    assert_eq!(c.annual_revenue, 5000.0);
    assert!(c.interactions.is_empty() && c.ratings.is_empty() && c.contacts.is_empty());
    assert_eq!((c.share_of_wallet, c.contact_cadence_days, c.referrals), (None, None, 0));
    assert!(!c.archived && !c.competitor_activity);
    // And the new fields round-trip.
    let mut full = c.clone();
    full.contacts.push(Contact {
        id: None,
        name: "Ana".into(),
        role: "CFO".into(),
        email: "a@b.ro".into(),
        phone: "+40 1".into(),
    });
    full.interactions.push(Interaction {
        id: None,
        date: d("2025-01-02"),
        channel: Channel::Meeting,
        who: "Ana".into(),
        note: "QBR".into(),
        sentiment: 2,
    });
    full.care_activities.push(CareActivity {
        id: None,
        date: d("2025-01-03"),
        kind: CareKind::ThankYou,
        note: String::new(),
        cost: 50.0,
    });
    full.ratings.push(LoyaltyRating {
        id: None,
        date: d("2025-01-04"),
        satisfaction: 8,
        involvement: 7,
        affinity: 6,
        nps: Some(9),
    });
    full.revenue_history.push(RevenuePoint { id: None, period: "2025-Q2".into(), revenue: 1.5, orders: Some(3) });
    full.share_of_wallet = Some(0.4);
    full.manager_changed_on = Some(d("2024-05-01"));
    full.archived = true;
    let json = serde_json::to_string(&full).unwrap();
    assert!(json.contains(r#""kind":"thank_you""#) && json.contains(r#""channel":"meeting""#));
    assert_eq!(serde_json::from_str::<Client>(&json).unwrap(), full);
    // Only `id` is required, as before.
    let minimal: Client = serde_json::from_str(r#"{"id":"x","company":"X"}"#).unwrap();
    assert_eq!(minimal.stage, Stage::Active);
}

#[test]
fn periods() {
    assert_eq!(Period::parse("2024"), Ok(Period::Year(2024)));
    assert_eq!(Period::parse(" 2025-q2 "), Ok(Period::Quarter(2025, 2)));
    assert_eq!(Period::parse("Q3 2025"), Ok(Period::Quarter(2025, 3)));
    assert_eq!(Period::parse("2025-03"), Ok(Period::Month(2025, 3)));
    assert_eq!(Period::parse("2025-3").map(Period::label), Ok("2025-03".to_string()));
    for bad in ["", "24", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "1899", "abcd", "2025-Q12", "2025-01-01", "Q2"] {
        assert!(Period::parse(bad).is_err(), "{bad:?} should be refused");
    }
    assert_eq!(Period::parse("2025-Q5").unwrap_err().to_string(), "“2025-Q5”: the quarter must be Q1 to Q4.");
    assert_eq!(Period::parse("2025-13").unwrap_err().to_string(), "“2025-13”: the month must be 01 to 12.");
    assert_eq!(Period::parse("1899").unwrap_err().to_string(), "“1899” is outside the years 1900–2200.");
    assert_eq!(
        Period::parse("last year").unwrap_err().to_string(),
        "“last year” is not a period; write a year (2024), a quarter (2025-Q2) or a month (2025-03)."
    );
    assert_eq!(Period::Quarter(2025, 2).start(), d("2025-04-01"));
    assert_eq!(Period::Quarter(2025, 2).start_month(), Period::Month(2025, 4).start_month());
    assert_eq!(Period::Quarter(2025, 1).index() - Period::Quarter(2024, 4).index(), 1);
    assert_eq!(Period::Month(2025, 1).index() - Period::Month(2024, 12).index(), 1);
}

#[test]
fn draft_new_fields_are_validated_with_words() {
    let draft = ClientDraft {
        company: "X".into(),
        contract_end: "2025-02-30".into(),
        manager_changed_on: "soon".into(),
        share_of_wallet: "120%".into(),
        referrals: "-1".into(),
        contact_cadence_days: "0".into(),
        open_complaints: "two".into(),
        ..Default::default()
    };
    let errors = draft.validate("c1", false, d("2026-11-20")).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        vec!["manager_changed_on", "contract_end", "share_of_wallet", "referrals", "contact_cadence_days", "open_complaints"]
    );
    let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "Manager change date: “soon” is not a date; use YYYY-MM-DD, for example 2024-03-31.",
            "Contract end: “2025-02-30” is not a date; use YYYY-MM-DD, for example 2024-03-31.",
            "Share of wallet must be between 0% and 100%.",
            "Referrals cannot be negative.",
            "Contact cadence must be at least 1 day (leave it empty for the default).",
            "Open complaints must be a whole number, like 3.",
        ]
    );
    let ok = ClientDraft {
        company: "X".into(),
        share_of_wallet: "35,5 %".into(),
        contact_cadence_days: "14".into(),
        referrals: "3".into(),
        competitor_activity: true,
        ..Default::default()
    }
    .validate("c1", false, d("2026-11-20"))
    .unwrap();
    assert_eq!(ok.share_of_wallet, Some(0.355));
    assert_eq!((ok.contact_cadence_days, ok.referrals, ok.competitor_activity), (Some(14), 3, true));
}

#[test]
fn the_date_lost_is_asked_for_lost_clients_and_checked() {
    let today = d("2026-11-20");
    let draft =
        ClientDraft { company: "X".into(), start_date: "2020-05-01".into(), stage: "active".into(), ..Default::default() };
    // Choosing "lost" proposes today; choosing it again keeps the date typed.
    let lost = draft.with_stage("lost", today);
    assert_eq!(lost.lost_on, "2026-11-20");
    let typed = ClientDraft { lost_on: "2024-02-29".into(), ..lost.clone() };
    assert_eq!(typed.with_stage("lost", today).lost_on, "2024-02-29");
    let c = typed.validate("c1", false, today).unwrap();
    assert_eq!((c.stage, c.lost_on), (Stage::Lost, Some(d("2024-02-29"))));
    assert_eq!(ClientDraft::from_client(&c).lost_on, "2024-02-29");
    // Empty: a lost client whose date is unknown.
    assert_eq!(ClientDraft { lost_on: String::new(), ..typed.clone() }.validate("c1", false, today).unwrap().lost_on, None);
    // Kept when won back; dropped for the other stages.
    assert_eq!(typed.with_stage("won_back", today).validate("c1", false, today).unwrap().lost_on, Some(d("2024-02-29")));
    assert_eq!(typed.with_stage("active", today).validate("c1", false, today).unwrap().lost_on, None);
    for (text, message) in [
        ("2019-12-31", "The date lost cannot be before the client's start date."),
        ("2026-11-21", "The date lost cannot be after today."),
        ("soon", "Date lost: “soon” is not a date; use YYYY-MM-DD, for example 2024-03-31."),
    ] {
        let errors = ClientDraft { lost_on: text.into(), ..typed.clone() }.validate("c1", false, today).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.field, e.message.to_string())).collect::<Vec<_>>(),
            [("lost_on", message.to_string())]
        );
    }
    // The same day as today, and the start day itself, are fine.
    assert!(ClientDraft { lost_on: "2026-11-20".into(), ..typed.clone() }.validate("c1", false, today).is_ok());
    assert!(ClientDraft { lost_on: "2020-05-01".into(), ..typed }.validate("c1", false, today).is_ok());
}

#[test]
fn record_drafts() {
    let i =
        InteractionDraft { date: "12.03.2025".into(), channel: "call".into(), sentiment: "−2".into(), ..Default::default() }
            .validate()
            .unwrap();
    assert_eq!((i.date, i.channel, i.sentiment), (d("2025-03-12"), Channel::Call, -2));
    let e = InteractionDraft { date: String::new(), channel: "fax".into(), sentiment: "3".into(), ..Default::default() }
        .validate()
        .unwrap_err();
    assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["date", "channel", "sentiment"]);
    assert_eq!(
        e.iter().map(|e| e.message.to_string()).collect::<Vec<_>>(),
        vec![
            "Enter the date.",
            "Choose how you were in touch.",
            "Sentiment must be a whole number from −2 (very negative) to 2 (very positive).",
        ]
    );

    let r = RatingDraft {
        date: "2025-01-01".into(),
        satisfaction: "8".into(),
        involvement: "7".into(),
        affinity: "0".into(),
        nps: String::new(),
    }
    .validate()
    .unwrap();
    assert_eq!((r.satisfaction, r.involvement, r.affinity, r.nps), (8, 7, 0, None));
    let e = RatingDraft {
        date: "2025-01-01".into(),
        satisfaction: "11".into(),
        involvement: String::new(),
        affinity: "7.5".into(),
        nps: "x".into(),
    }
    .validate()
    .unwrap_err();
    assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["satisfaction", "involvement", "affinity", "nps"]);
    let messages: Vec<String> = e.iter().map(|e| e.message.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "Satisfaction must be a whole number from 0 to 10.",
            "Enter involvement (0–10).",
            "Affinity must be a whole number from 0 to 10.",
            "The NPS answer must be a whole number from 0 to 10.",
        ]
    );

    let c =
        CareActivityDraft { date: "2025-01-01".into(), kind: "free_work".into(), note: String::new(), cost: "1.200,50".into() }
            .validate()
            .unwrap();
    assert_eq!((c.kind, c.cost), (CareKind::FreeWork, 1200.5));
    assert!(CareActivityDraft { date: "2025-01-01".into(), cost: "-5".into(), ..Default::default() }.validate().is_err());
    assert_eq!(CareActivityDraft::from_activity(&c).validate().unwrap(), c);

    let p = RevenuePointDraft { period: "2025 q2".into(), revenue: "10 000".into(), orders: "4".into() }.validate().unwrap();
    assert_eq!((p.period.as_str(), p.revenue, p.orders), ("2025-Q2", 10_000.0, Some(4)));
    let e = RevenuePointDraft { period: "last year".into(), revenue: String::new(), orders: "-1".into() }.validate().unwrap_err();
    assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["period", "revenue", "orders"]);
    assert_eq!(e[1].message.to_string(), "Enter the revenue of the period (0 if none).");
    assert_eq!(e[2].message.to_string(), "Orders cannot be negative.");
    assert_eq!(RevenuePointDraft::from_point(&p).validate().unwrap(), p);

    let ok =
        ContactDraft { name: " Ana ".into(), role: "CFO".into(), email: "ana@firm.ro".into(), phone: "+40 (21) 555-0101".into() }
            .validate()
            .unwrap();
    assert_eq!(ok.name, "Ana");
    let e = ContactDraft { name: String::new(), role: String::new(), email: "ana@firm".into(), phone: "call me".into() }
        .validate()
        .unwrap_err();
    assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["name", "email", "phone"]);
    assert_eq!(
        e.iter().map(|e| e.message.to_string()).collect::<Vec<_>>(),
        vec![
            "Enter the contact's name.",
            "“ana@firm” is not an email address, like name@example.com.",
            "“call me” is not a phone number; use digits, spaces, + - ( ) only.",
        ]
    );
    assert_eq!(Stage::AtRisk.label().to_string(), "At risk");
    assert_eq!(CareKind::Report.label().to_string(), "Report of work done");
    assert_eq!(Channel::Email.label().to_string(), "Email");
}

#[test]
fn the_forms_and_the_stored_data_check_refuse_the_same_values_with_the_same_words() {
    let today = d("2026-11-30");
    let form = ClientDraft { company: "Alfa SRL".into(), annual_revenue: "2000000000000".into(), ..Default::default() };
    let form_errors = form.validate("c1", false, today).unwrap_err();
    let stored = Client { id: "c1".into(), company: "Alfa SRL".into(), annual_revenue: 2e12, ..Client::default() };
    let stored_errors = check_stored_client(&stored, today);
    assert_eq!(form_errors.len(), 1);
    assert_eq!(stored_errors.len(), 1);
    assert_eq!(form_errors[0], stored_errors[0].error, "one rule, one message");
    assert!(form_errors[0].to_string().contains("at most"), "{}", form_errors[0]);
    // A value the form accepts passes as stored too; NaN and infinities (which no form gives) do not.
    let ok = ClientDraft { company: "Alfa SRL".into(), annual_revenue: "1000000000000".into(), ..Default::default() };
    assert!(check_stored_client(&ok.validate("c1", false, today).unwrap(), today).is_empty());
    for bad in [f64::NAN, f64::INFINITY] {
        let c = Client { cost_to_serve: bad, ..stored.clone() };
        let e = check_stored_client(&Client { annual_revenue: 1.0, ..c }, today);
        assert!(e.iter().any(|p| p.error.field == "cost_to_serve" && p.error.to_string().contains("not a usable number")));
    }
    // Dates outside 1900–2200 in any record are named with the record.
    let mut c = Client { annual_revenue: 1.0, ..stored };
    c.ratings.push(LoyaltyRating { id: None, date: d("1899-12-31"), satisfaction: 5, involvement: 5, affinity: 11, nps: None });
    let e = check_stored_client(&c, today);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e.iter().all(|p| p.record.as_ref().is_some_and(|r| r.to_string() == "loyalty survey 1 (1899-12-31)")));
}

#[test]
fn record_ids_are_checked_when_present_and_unique_within_the_client() {
    use super::ids::SeededIds;
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let call = Interaction { id: None, date, channel: Channel::Call, who: String::new(), note: "n".into(), sentiment: 0 };
    let mut c = Client { id: "c1".into(), company: "Alfa SRL".into(), ..Client::default() };
    let mut ids = SeededIds::new(5);
    let first = c.add_new_record(NewRecord::Interaction(call.clone()), &mut ids);
    c.add_new_record(NewRecord::Contact(Contact { name: "Ana".into(), ..Contact::default() }), &mut ids);
    c.interactions.push(call.clone());
    assert!(check_stored_client(&c, today).is_empty(), "fresh ids and records without one pass");
    let problems =
        |c: &Client| -> Vec<String> { check_stored_client(c, today).iter().map(|p| p.error.message.to_string()).collect() };
    // The same id on a care activity as on the interaction: refused.
    let care = CareActivity { id: Some(first), date, kind: CareKind::Gift, note: String::new(), cost: 0.0 };
    let mut twice = c.clone();
    twice.care_activities.push(care.clone());
    assert_eq!(problems(&twice), ["Another record of this client has the same id."]);
    for bad in [String::new(), " ".into(), "x".repeat(65)] {
        let mut d = c.clone();
        d.care_activities.push(CareActivity { id: Some(bad), ..care.clone() });
        assert_eq!(problems(&d), ["The record's id is empty, longer than 64 characters or holds control characters."]);
    }
    let mut fine = c.clone();
    fine.care_activities.push(CareActivity { id: Some("x".repeat(64)), ..care });
    assert!(problems(&fine).is_empty());
}

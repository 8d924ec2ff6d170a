## Cuvinte comune: folosite pe mai multe pagini.
common-clients-count = { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}

## Shared words: used on several pages.
common-clients-count = { $n ->
    [one] { $n } client
   *[other] { $n } clients
}

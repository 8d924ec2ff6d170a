client-order-title = Chance of an order before the next planned contact
client-order-next = Next planned contact: { $date }, { $days ->
        [one] 1 day after the end of the purchase history
       *[other] { $days } days after the end of the purchase history
    }.
client-order-none-planned = No contact is planned. Add a contact dated after today to the contact log to see the chance of an order before it.
client-order-chance = Chance of at least one order before then: { $p }
client-order-interval = 90% interval { $low }–{ $high }
client-order-detail = No order: { $none }; exactly one: { $one } ({ $model }).
client-order-alive = Still active (P(alive)): { $p }
client-order-expected = Expected purchases in the next { $months ->
        [one] month
       *[other] { $months } months
    }: { $n }
client-order-by-model = The same chance under each fitted model:
client-order-value = Value over { $months ->
        [one] the next month
       *[other] the next { $months } months
    }: { $value }

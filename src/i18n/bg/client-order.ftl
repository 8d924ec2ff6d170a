client-order-title = Шанс за поръчка преди следващия планиран контакт
client-order-next = Следващ планиран контакт: { $date }, { $days ->
        [one] 1 ден след края на историята на покупките
       *[other] { $days } дни след края на историята на покупките
    }.
client-order-none-planned = Няма планиран контакт. Добавете в дневника контакт с дата след днес, за да видите шанса за поръчка преди него.
client-order-chance = Шанс за поне една поръчка дотогава: { $p }
client-order-interval = 90% интервал { $low }–{ $high }
client-order-detail = Без поръчка: { $none }; точно една: { $one } ({ $model }).
client-order-alive = Още активен (P(активен)): { $p }
client-order-expected = Очаквани покупки през { $months ->
        [one] следващия месец
       *[other] следващите { $months } месеца
    }: { $n }
client-order-by-model = Същият шанс според всеки напаснат модел:
client-order-value = Стойност за { $months ->
        [one] следващия месец
       *[other] следващите { $months } месеца
    }: { $value }

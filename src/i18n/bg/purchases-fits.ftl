purchases-fits-col-uncertainty = Стандартна грешка (90% интервал)
purchases-fits-se = { $name } ± { $se } ({ $low }–{ $high })
purchases-fits-no-se = не може да се изчисли
purchases-fits-params-bgbb = α = { $alpha }; β = { $beta }; γ = { $gamma }; δ = { $delta }
purchases-fits-hint = MBG/NBD е BG/NBD с шанс клиентът да спре веднага след първата покупка, затова не всички еднократни купувачи се броят за активни. Стандартните грешки идват от кривината на логаритмичното правдоподобие в максимума; 90% интервали са в логаритмична скала.
purchases-fits-occasions-title = Покупки по поводи (BG/BB)
purchases-fits-occasions-lead = { $customers ->
        [one] 1 клиент
       *[other] { $customers } клиенти
    } в { $rows ->
        [one] 1 различна история
       *[other] { $rows } различни истории
    }, броени по { $unit ->
        [years] години
        [quarters] тримесечия
       *[months] месеци
    }.
purchases-fits-next = Поводи напред
purchases-fits-discount = Дисконтов процент на повод (%)
purchases-fits-col-x = Повторни покупки (x)
purchases-fits-col-tx = Последен повод (t_x)
purchases-fits-col-n = Поводи (n)
purchases-fits-col-count = Клиенти
purchases-fits-col-alive = P(активен при следващия повод)
purchases-fits-col-expected = Очаквани покупки
purchases-fits-col-dert = DERT
purchases-fits-bad-number = въведете цял брой поводи (1–100) и дисконтов процент над 0 и до 100%
purchases-fits-source = { $source }: { $customers ->
        [one] 1 клиент, внесен
       *[other] { $customers } клиенти, внесени
    } на { $date } като истории по { $unit ->
        [years] години
        [quarters] тримесечия
       *[months] месеци
    }; BG/BB е напаснат върху тях.
purchases-fits-bad-days = въведете цял брой дни от 1 до 3650
purchases-fits-chance-title = Шанс за поръчка
purchases-fits-chance-customer = Клиент
purchases-fits-chance-days = През следващите (дни след края на историята)
purchases-fits-chance-hint = Въведете кода на клиент, за да видите шанса за никаква поръчка, точно една и поне една според всеки модел.
purchases-fits-chance-unknown = Няма клиент „{ $id }“ в тази история.
purchases-fits-col-none = Без поръчка
purchases-fits-col-one = Точно една
purchases-fits-col-some = Поне една

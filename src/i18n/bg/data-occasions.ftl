data-occasions-label = Времето се брои
data-occasions-continuous = непрекъснато (дни, седмици, месеци)
data-occasions-per-years = по поводи: години
data-occasions-per-quarters = по поводи: тримесечия
data-occasions-per-months = по поводи: месеци
data-occasions-hint-continuous = Непрекъснато, когато клиентите могат да купуват всеки ден (магазин, услуга): BG/NBD, Pareto/NBD и MBG/NBD.
data-occasions-hint-occasions = По поводи, когато клиентите купуват най-много веднъж на повод (подновявания, сезони, дарения): BG/BB върху това кой е купил при всеки повод.
data-occasions-observation-hint = Броят се само поводите, приключили до този ден; непълен последен повод се пропуска.
data-occasions-stage-counting = Покупките се броят по поводи
data-occasions-stage-fitting = Напасване на BG/BB
data-occasions-none-whole = няма покупка в { $unit ->
        [years] цяла година
        [quarters] цяло тримесечие
       *[months] цял месец
    } до { $end }: броят се само поводите, приключили до края на наблюдението
data-occasions-shorter-than-one = историята, от { $from } до { $to }, е по-кратка от { $unit ->
        [years] година
        [quarters] тримесечие
       *[months] месец
    }: бройте по по-кратък повод или непрекъснато
data-occasions-too-few = { $n ->
        [one] наблюдавана е само 1 { $unit ->
            [years] цяла година
            [quarters] цяло тримесечие
           *[months] цял месец
        }
       *[other] наблюдавани са само { $n } { $unit ->
            [years] цели години
            [quarters] цели тримесечия
           *[months] цели месеца
        }
    } до { $end }: BG/BB се нуждае от поне 2 (тази на първата покупка и още една)
data-occasions-one-pattern = всички клиенти имат една и съща история (x = { $x }, t_x = { $tx }, n = { $n }): BG/BB не може да различи купуването от отпадането; бройте по по-кратък повод или непрекъснато
data-occasions-partial = { $unit ->
        [years] Годината, която съдържа края на наблюдението ({ $end }), не е приключила: покупките в нея се пропускат.
        [quarters] Тримесечието, което съдържа края на наблюдението ({ $end }), не е приключило: покупките в него се пропускат.
       *[months] Месецът, който съдържа края на наблюдението ({ $end }), не е приключил: покупките в него се пропускат.
    } Задайте { $last } за край на наблюдението, за да се броят.
data-occasions-lead = { $source }: { $purchases ->
        [one] 1 покупка
       *[other] { $purchases } покупки
    } от { $customers ->
        [one] 1 клиент
       *[other] { $customers } клиенти
    }, броени по { $unit ->
        [years] години
        [quarters] тримесечия
       *[months] месеци
    } от { $from } до { $to }; BG/BB е напаснат върху историите им.

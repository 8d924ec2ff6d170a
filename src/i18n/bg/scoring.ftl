## scoring: оценки, обясненията им, сегменти, предупреждения за портфолиото и списъкът за обаждания
## (src/engine/scoring.rs, src/engine/segments.rs).

## Печалба: от какво се формира годишната печалба.
scoring-profit-revenue = Приходи
scoring-profit-revenue-detail = { $amount } годишно
scoring-profit-direct-cost = Преки разходи
scoring-profit-direct-cost-detail = { $amount } годишно за хора, подизпълнители и лицензи
scoring-profit-cost-to-serve = Разходи за обслужване
scoring-profit-cost-to-serve-detail = { $amount } годишно за управление на клиента
scoring-profit-care = Грижа, безплатна работа и отстъпки
scoring-profit-care-detail = { $amount } за последните 12 месеца ({ $count ->
    [one] { $count } дейност
   *[other] { $count } дейности
})
scoring-profit-dossier = Досие: поети от нас разходи
scoring-profit-dossier-detail = { $amount } за последните 12 месеца ({ $count ->
    [one] { $count } запис в досието
   *[other] { $count } записа в досието
}: поети от нас разходи и специални условия)

## Лоялност (Conversion Model): сегменти на обвързаност и съставни части на оценката.
scoring-commitment-entrenched = Силно обвързан
    .lower = силно обвързан
scoring-commitment-average = Среден
    .lower = среден
scoring-commitment-shallow = Повърхностен
    .lower = повърхностен
scoring-commitment-convertible = Склонен към смяна
    .lower = склонен към смяна
scoring-nps-detractor = детрактор
scoring-nps-passive = пасивен
scoring-nps-promoter = промоутър
scoring-loyalty-satisfaction = Удовлетвореност
scoring-loyalty-satisfaction-detail = { $value }/10 към { $date }
scoring-loyalty-involvement = Ангажираност
scoring-loyalty-involvement-detail = { $value }/10
scoring-loyalty-affinity = Привързаност
scoring-loyalty-affinity-full = Привързаност { $affinity }/10 се отчита изцяло: удовлетвореността и ангажираността са поне { $full }
scoring-loyalty-affinity-none = Привързаност { $affinity }/10 все още не се отчита: нужни са удовлетвореност и ангажираност над { $from } (по-ниската е { $lower })
scoring-loyalty-affinity-partial = Привързаност { $affinity }/10 се отчита на { $share }: по-ниската от удовлетвореността и ангажираността е { $lower } (изцяло от { $full })
scoring-loyalty-nps = Би препоръчал (NPS)
# $category е detractor, passive или promoter.
scoring-loyalty-nps-detail = Отговор { $answer }/10: { $category ->
    [promoter] промоутър
    [passive] пасивен
   *[detractor] детрактор
} (показано за справка, не е част от оценката)

## Риск от отпадане: нива и фактори.
scoring-band-low = Нисък
    .lower = нисък
scoring-band-medium = Среден
    .lower = среден
scoring-band-high = Висок
    .lower = висок
scoring-factor-silence = Липса на контакт по-дълго от уговорената честота
scoring-factor-satisfaction-drop = Спадаща удовлетвореност
scoring-factor-revenue-decline = Спадащи приходи или поръчки
scoring-factor-contract-end = Наближаващ край на договора
scoring-factor-new-manager = Нов мениджър от страна на клиента
scoring-factor-complaints = Отворени оплаквания
scoring-factor-competitor = Активност на конкуренти
scoring-factor-low-share-of-wallet = Малък дял от портфейла
scoring-factor-low-loyalty = Ниска лоялност
scoring-factor-purchase-model = Модел на покупките: вероятно е спрял да купува
scoring-risk-all-off = Няма рискови фактори
scoring-risk-all-off-detail = Всички рискови фактори са изключени (или тежат 0), затова рискът е 0.

## Риск от отпадане: данните зад всеки фактор.
scoring-silence-cadence-agreed = уговорено: на всеки { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
scoring-silence-cadence-default = честота по подразбиране: на всеки { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
scoring-silence-no-contact = Няма записан контакт
# $cadence е scoring-silence-cadence-agreed или -default.
scoring-silence-since-start = Няма записани взаимодействия; { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} от началото на отношенията; { $cadence }
scoring-silence-overdue = Няма контакт от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; { $cadence }
scoring-silence-recent = Последен контакт преди { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; { $cadence }
scoring-satisfaction-no-ratings = Все още няма оценки
scoring-satisfaction-one-rating = Само една оценка; все още няма тенденция
scoring-satisfaction-fell = Удовлетвореността е спаднала от { $from } на { $to } (от 10)
scoring-satisfaction-rose = Удовлетвореността се е повишила от { $from } на { $to } (от 10)
scoring-satisfaction-unchanged = Удовлетвореността е непроменена: { $value } (от 10)
scoring-revenue-no-history = Недостатъчна история на приходите (нужни са два периода)
scoring-revenue-fell = Приходите са спаднали с { $change }
scoring-revenue-rose = Приходите са нараснали с { $change }
scoring-revenue-unchanged = Приходите са непроменени
scoring-revenue-from-nothing = Ръст от нулеви приходи
# $change е едно от четирите по-горе; периодите са етикети като 2025-Q2.
scoring-revenue-detail = { $change } ({ $previous_period }: { $previous } → { $last_period }: { $last })
scoring-revenue-detail-orders = { $detail }; поръчки { $previous } → { $last }
scoring-contract-none = Няма записан край на договора
scoring-contract-ended = Договорът е изтекъл преди { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} без записано подновяване
scoring-contract-ends-today = Договорът изтича днес
scoring-contract-ends-watched = Договорът изтича след { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; следи се { $window ->
    [one] { $window } ден
   *[other] { $window } дни
} преди края
scoring-contract-ends = Договорът изтича след { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
scoring-manager-none = Няма записана смяна на мениджър
scoring-manager-future = Смяната на мениджъра е записана за след { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; все още не се отчита
scoring-manager-new = Нов мениджър от страна на клиента от { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
scoring-manager-old = Мениджърът е сменен преди { $days ->
    [one] { $days } ден
   *[other] { $days } дни
} (извън периода от { $window ->
    [one] { $window } ден
   *[other] { $window } дни
})
scoring-complaints-none = Няма отворени оплаквания
scoring-complaints-open = { $count ->
    [one] { $count } отворено оплакване
   *[other] { $count } отворени оплаквания
}
scoring-competitor-active = Конкурент ухажва клиента
scoring-competitor-none = Няма известна активност на конкуренти
scoring-share-of-wallet-unknown = Делът от портфейла е неизвестен
scoring-share-of-wallet-detail = Имаме { $share } от разходите на клиента в нашата категория
scoring-low-loyalty-unknown = Лоялността е неизвестна (няма оценка)
# $segment е сегментът на обвързаност с малка буква.
scoring-low-loyalty-detail = Лоялност { $score }/100 ({ $segment })
scoring-purchase-model-none = Няма история на покупките за този клиент
scoring-purchase-model-detail = Според модела на покупките вероятността този клиент все още да купува е { $share } (P(активен) от историята на покупките)

## Сегменти стойност × риск.
scoring-segment-protect = Защита
scoring-segment-grow = Растеж
scoring-segment-review = Преглед
scoring-segment-develop = Развитие
scoring-segment-protect-advice = Висока стойност при висок риск: обадете се, отстранете проблемите, покажете досието на стойността.
scoring-segment-grow-advice = Висока стойност, нисък риск: поддържайте честотата на контакт и увеличете дела от портфейла.
scoring-segment-review-advice = Ниска стойност при висок риск: прегледайте разходите за обслужване и условията, преди да инвестирате повече.
scoring-segment-develop-advice = Ниска стойност, нисък риск: развийте отношенията, така че да носят повече стойност.

## Предупреждения за състоянието на портфолиото. HHI е индексът на Херфиндал–Хиршман по скалата 0–10 000.
scoring-warning-top-client = Най-големият ви клиент носи { $share } от приходите (праг за предупреждение: { $limit }): загубата му би била болезнена.
scoring-warning-top5 = Петте най-големи клиента носят { $share } от приходите (праг за предупреждение: { $limit }).
scoring-warning-hhi-high = Приходите са силно концентрирани: HHI { $hhi } (над { $high }).
scoring-warning-hhi-moderate = Приходите са умерено концентрирани: HHI { $hhi } (от { $moderate } до { $high }).
scoring-warning-unprofitable = { $count ->
    [one] { $count } клиент струва повече, отколкото носи.
   *[other] { $count } клиента струват повече, отколкото носят.
}
scoring-warning-revenue-at-risk = Клиентите в риск носят { $share } от приходите (праг за предупреждение: { $limit }).

## „На кого да се обадим тази седмица“: защо клиентът е в списъка.
scoring-call-no-contact = Няма записан контакт
scoring-call-cadence-agreed = уговорено на всеки { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
scoring-call-cadence-default = по подразбиране на всеки { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
# $cadence е scoring-call-cadence-agreed или -default.
scoring-call-overdue = Последен контакт преди { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; { $cadence } (закъснение с { $overdue ->
    [one] { $overdue } ден
   *[other] { $overdue } дни
})
scoring-call-overdue-since-start = Няма контакт от началото на отношенията, започнали преди { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}; { $cadence } (закъснение с { $overdue ->
    [one] { $overdue } ден
   *[other] { $overdue } дни
})
scoring-call-risk-rising = Рискът се е повишил от { $from } на { $to } за { $days ->
    [one] { $days } ден
   *[other] { $days } дни
}
# $band е нивото на риска с малка буква.
scoring-call-risk = Риск { $risk } ({ $band })
# $reason е една от причините по-горе.
scoring-call-and-risk = { $reason }; риск { $risk } ({ $band })
# $main е обяснението на най-големия рисков фактор освен липсата на контакт.
scoring-call-and-main-risk = { $reason }; основен риск: { $main }

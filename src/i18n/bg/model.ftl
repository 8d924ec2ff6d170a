## model: записи за клиентите, въведени числа и дати, проверка на формулярите за клиента.

## Етапи на отношенията.
model-stage-onboarding = Въвеждане
model-stage-active = Активен
model-stage-renewal = Подновяване
model-stage-at-risk = В риск
model-stage-lost = Загубен
model-stage-won-back = Възвърнат

## Как сме се свързали.
model-channel-meeting = Среща
model-channel-call = Обаждане
model-channel-email = Имейл
model-channel-event = Събитие
model-channel-other = Друго

## Видове грижа за отношенията.
model-care-event = Събитие
model-care-invitation = Покана
model-care-thank-you = Благодарност
model-care-report = Отчет за свършената работа
model-care-gift = Подарък
model-care-free-work = Безплатна работа
model-care-discount = Отстъпка
model-care-other = Друго

## Въведени числа, дати и периоди ($text е въведеното).
model-enter-number = въведете число.
model-not-a-number = „{ $text }“ не е число.
model-ambiguous-dot = „{ $text }“ е двусмислено: напишете { $thousands } за хиляди или { $decimal } за десетична дроб.
model-ambiguous-comma = „{ $text }“ е двусмислено: напишете { $decimal } за десетична запетая или { $thousands } за хиляди.
model-two-decimal-separators = „{ $text }“ има повече от един десетичен разделител.
model-too-large = „{ $text }“ е твърде голямо.
model-misplaced-separators = „{ $text }“ има неправилно поставени разделители на хилядите.
model-outside-years = „{ $text }“ е извън годините 1900–2200.
model-not-a-date = „{ $text }“ не е дата; използвайте YYYY-MM-DD, например 2024-03-31.
model-period-invalid = „{ $text }“ не е период; напишете година (2024), тримесечие (2025-Q2) или месец (2025-03).
model-period-quarter = „{ $text }“: тримесечието трябва да е от Q1 до Q4.
model-period-month = „{ $text }“: месецът трябва да е от 01 до 12.

## Имена на полета в съобщенията за проверка.
model-label-company = Име на фирмата
model-label-industry = Отрасъл
model-label-client-manager = Мениджър от страна на клиента
model-label-owner = Отговорник за клиента
model-label-annual-revenue = Годишни приходи
model-label-direct-cost = Преки разходи
model-label-cost-to-serve = Разходи за обслужване
model-label-manager-changed-on = Дата на смяна на мениджъра
model-label-contract-end = Край на договора
model-label-lost-on = Дата на загубата
model-label-share-of-wallet = Дял от портфейла
model-label-referrals = Препоръки
model-label-contact-cadence = Честота на контакт
model-label-open-complaints = Отворени оплаквания
model-label-revenue = Приходи
model-label-orders = Поръчки
model-label-date = Дата
model-label-who = Кой
model-label-cost = Разход
model-label-survey-date = Дата на проучването
model-label-satisfaction = Удовлетвореност
model-label-involvement = Ангажираност
model-label-affinity = Привързаност
model-label-nps = Отговор за NPS
model-label-name = Име
model-label-role = Роля
model-label-email = Имейл
model-label-phone = Телефон

## Съобщения за проверка ($label е едно от имената на полета по-горе).
model-field-problem = { $label }: { $problem }
model-negative = { $label }: стойността не може да е отрицателна.
model-too-long = { $label }: текстът е по-дълъг от { $max } знака.
model-at-most = { $label }: стойността трябва да е най-много { $max }.
model-whole-number = { $label }: въведете цяло число, например 3.
model-scale = { $label }: въведете цяло число от 0 до { $max }.
model-notes-too-long = Бележките са по-дълги от { $max } знака.
model-note-too-long = Бележката е по-дълга от { $max } знака.
model-enter-company = Въведете името на фирмата.
model-choose-stage = Изберете етап на отношенията.
model-share-range = Делът от портфейла трябва да е между 0% и 100%.
model-lost-before-start = Датата на загубата не може да е преди началната дата на клиента.
model-lost-in-future = Датата на загубата не може да е след днешния ден.
model-cadence-min = Честотата на контакт трябва да е поне 1 ден (оставете полето празно за стойността по подразбиране).
model-enter-contact-name = Въведете името на лицето за контакт.
model-email-invalid = „{ $text }“ не е имейл адрес, например name@example.com.
model-phone-invalid = „{ $text }“ не е телефонен номер; използвайте само цифри, интервали и + - ( ).
model-enter-period-revenue = Въведете приходите за периода (0, ако няма).
model-enter-date = Въведете датата.
model-enter-survey-date = Въведете датата на проучването.
model-choose-channel = Изберете как сте се свързали.
model-sentiment-range = Настроението трябва да е цяло число от −2 (много отрицателно) до 2 (много положително).
model-choose-care-kind = Изберете вида грижа.
model-enter-satisfaction = Въведете удовлетвореността (0–10).
model-enter-involvement = Въведете ангажираността (0–10).
model-enter-affinity = Въведете привързаността (0–10).

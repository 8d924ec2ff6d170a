# История на оценките: малките графики на клиента и стрелката за тенденция в таблицата.
history-risk = Риск в края на месеца
history-loyalty = Лоялност в края на месеца
history-col-day = Ден
history-sparkline-summary = { $label }: { $first } на { $from }, { $last } на { $to } (най-ниско { $low }, най-високо { $high })
history-col-trend = Тенденция
history-trend-none = Още няма тенденция
history-trend-rising = Рискът расте спрямо края на миналия месец: { $from } → { $to }
history-trend-falling = Рискът пада спрямо края на миналия месец: { $from } → { $to }
history-trend-steady = Рискът е стабилен спрямо края на миналия месец: { $from } → { $to }

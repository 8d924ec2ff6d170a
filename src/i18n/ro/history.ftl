# Istoricul scorurilor: graficele mici din pagina clientului și săgeata de tendință din tabel.
history-risk = Riscul la sfârșit de lună
history-loyalty = Loialitatea la sfârșit de lună
history-col-day = Ziua
history-sparkline-summary = { $label }: { $first } la { $from }, { $last } la { $to } (minim { $low }, maxim { $high })
history-col-trend = Tendință
history-trend-none = Încă nu există tendință
history-trend-rising = Riscul crește față de sfârșitul lunii trecute: { $from } → { $to }
history-trend-falling = Riscul scade față de sfârșitul lunii trecute: { $from } → { $to }
history-trend-steady = Riscul e stabil față de sfârșitul lunii trecute: { $from } → { $to }

import Record

/// Unit words written after a number, and the multipliers "k", "m", "bn".
enum UnitWords {
    /// Multiplier words/suffixes (lower-cased) → power of ten.
    static let multipliers: [String: Int] = [
        "k": 3, "thousand": 3, "m": 6, "mn": 6, "mil": 6, "million": 6, "millions": 6,
        "bn": 9, "b": 9, "billion": 9
    ]

    /// Unit words (lower-cased) → unit. Words for units the SPEC has no case for (seconds,
    /// minutes, months, years) map to `.number`: the value is kept, the text says what it is.
    static let units: [String: Unit] = [
        "day": .days, "days": .days, "dys": .days, "wd": .days, "wds": .days,
        "week": .weeks, "weeks": .weeks, "wk": .weeks, "wks": .weeks,
        "hour": .hours, "hours": .hours, "hr": .hours, "hrs": .hours, "h": .hours,
        "kg": .kilograms, "kgs": .kilograms, "kilo": .kilograms, "kilos": .kilograms,
        "kilogram": .kilograms, "kilograms": .kilograms,
        "tonne": .tonnes, "tonnes": .tonnes, "ton": .tonnes, "tons": .tonnes, "t": .tonnes,
        "percent": .percent, "pc": .percent,
        "pts": .score, "points": .score, "point": .score,
        "p": .gbp, "pence": .gbp, "gbp": .gbp, "pounds": .gbp,
        "second": .number, "seconds": .number, "secs": .number, "sec": .number,
        "minute": .number, "minutes": .number, "mins": .number, "min": .number,
        "month": .number, "months": .number, "year": .number, "years": .number,
        "people": .count, "persons": .count, "visits": .count, "visitors": .count,
        "households": .count, "homes": .count, "properties": .count, "cases": .count,
        "complaints": .count, "applications": .count, "claims": .count, "attendees": .count
    ]
}

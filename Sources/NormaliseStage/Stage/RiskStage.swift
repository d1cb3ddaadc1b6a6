import Record

/// A risk: likelihood, impact and overall as scores ("Unlikely (2)"); a likelihood or impact
/// written as a word alone takes its score from the key the paper prints.
enum RiskStage {
    static func risk(_ r: ParsedRisk, key: [ParsedScoreKey] = []) -> Risk {
        Risk(
            description: r.description, likelihood: r.likelihood.map { keyed($0, "likelihood", key) },
            impact: r.impact.map { keyed($0, "impact", key) },
            overall: r.overall.map(Values.score), rag: rag(r.rag), mitigation: r.mitigation, page: r.page)
    }

    static func keyed(_ text: String, _ measure: String, _ key: [ParsedScoreKey]) -> Score {
        var s = Values.score(text)
        if s.score == nil {
            let k = TextCleanup.key(s.text)
            s.score = key.first { $0.measure == measure && TextCleanup.key($0.text) == k }?.score
        }
        return s
    }

    /// A rating word ("High", "Amber", "High (16)") first, else the colour of the rating or score cell.
    static func rag(_ r: ParsedRAG?) -> RAG? {
        guard let r else { return nil }
        let word = r.text.flatMap { RAGWords.riskRating($0) ?? RAGWords.riskRating(Values.score($0).text) }
        return word ?? r.colour.flatMap(Values.rag(colour:))
    }
}

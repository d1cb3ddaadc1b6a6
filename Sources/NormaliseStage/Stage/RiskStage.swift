import Record

/// A risk: likelihood, impact and overall as scores ("Unlikely (2)").
enum RiskStage {
    static func risk(_ r: ParsedRisk) -> Risk {
        Risk(description: r.description, likelihood: r.likelihood.map(Values.score), impact: r.impact.map(Values.score),
             overall: r.overall.map(Values.score), rag: RAGReading.rag(r.rag), mitigation: r.mitigation, page: r.page)
    }
}

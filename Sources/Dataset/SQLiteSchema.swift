/// dataset.sqlite's tables (documented in docs/dataset.md). Child rows carry `reportId` and
/// their position in the record, so queries need no joins to find their report and rows
/// come back in record order.
enum SQLiteSchema {
    static let statements = [
        """
        CREATE TABLE sources (
          path TEXT PRIMARY KEY, sha256 TEXT, status TEXT NOT NULL, error TEXT, reportId TEXT,
          extractorVersion TEXT NOT NULL, councilHint TEXT)
        """,
        """
        CREATE TABLE reports (
          reportId TEXT PRIMARY KEY, sourcePath TEXT NOT NULL, fileName TEXT NOT NULL, sha256 TEXT NOT NULL,
          byteCount INTEGER NOT NULL, pageCount INTEGER NOT NULL, pdfTitle TEXT, pdfProducer TEXT, pdfCreated TEXT,
          councilName TEXT, councilSlug TEXT, gssCode TEXT,
          title TEXT NOT NULL, kind TEXT NOT NULL, committee TEXT, meetingDate TEXT, reportingOfficer TEXT,
          portfolio TEXT, portfolioHolder TEXT, wardsAffected TEXT, recommendations TEXT NOT NULL,
          financialYear TEXT, quarter INTEGER, periodStart TEXT, periodEnd TEXT,
          schemaVersion TEXT NOT NULL, extractorVersion TEXT NOT NULL, record TEXT NOT NULL)
        """,
        """
        CREATE TABLE indicators (
          id INTEGER PRIMARY KEY, reportId TEXT NOT NULL REFERENCES reports(reportId), position INTEGER NOT NULL,
          code TEXT, name TEXT NOT NULL, owner TEXT, unit TEXT NOT NULL, polarity TEXT NOT NULL,
          cumulative INTEGER NOT NULL, rag TEXT, ragSource TEXT, direction TEXT, commentary TEXT,
          page INTEGER NOT NULL, bbox TEXT)
        """,
        """
        CREATE TABLE observations (
          id INTEGER PRIMARY KEY, indicatorId INTEGER NOT NULL REFERENCES indicators(id),
          reportId TEXT NOT NULL REFERENCES reports(reportId), position INTEGER NOT NULL,
          financialYear TEXT NOT NULL, quarter INTEGER, month TEXT,
          value REAL, valueText TEXT, valueUnit TEXT, target REAL, targetText TEXT, targetUnit TEXT,
          floor REAL, floorText TEXT)
        """,
        """
        CREATE TABLE actions (
          id INTEGER PRIMARY KEY, reportId TEXT NOT NULL REFERENCES reports(reportId), position INTEGER NOT NULL,
          theme TEXT, outcome TEXT, text TEXT NOT NULL, progress TEXT, status TEXT NOT NULL, statusText TEXT,
          startFinancialYear TEXT, startQuarter INTEGER, startMonth TEXT,
          endFinancialYear TEXT, endQuarter INTEGER, endMonth TEXT, rag TEXT, page INTEGER NOT NULL)
        """,
        """
        CREATE TABLE summaries (
          id INTEGER PRIMARY KEY, reportId TEXT NOT NULL REFERENCES reports(reportId), position INTEGER NOT NULL,
          subject TEXT NOT NULL, scope TEXT NOT NULL, total INTEGER,
          red INTEGER, amber INTEGER, green INTEGER, completed INTEGER, notStarted INTEGER, annual INTEGER,
          other INTEGER, improving INTEGER, noChange INTEGER, worsening INTEGER, page INTEGER NOT NULL)
        """,
        """
        CREATE TABLE risks (
          id INTEGER PRIMARY KEY, reportId TEXT NOT NULL REFERENCES reports(reportId), position INTEGER NOT NULL,
          description TEXT NOT NULL, likelihoodText TEXT, likelihoodScore INTEGER, impactText TEXT,
          impactScore INTEGER, overallText TEXT, overallScore INTEGER, rag TEXT, mitigation TEXT,
          page INTEGER NOT NULL)
        """,
        """
        CREATE TABLE issues (
          id INTEGER PRIMARY KEY, reportId TEXT NOT NULL REFERENCES reports(reportId), position INTEGER NOT NULL,
          severity TEXT NOT NULL, stage TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, page INTEGER)
        """,
        // An indicator across a council's reports (SeriesBuilder): one row per series, one per
        // figure; a figure a later report gives differently is kept with revised = 1.
        """
        CREATE TABLE series (
          seriesId INTEGER PRIMARY KEY, councilName TEXT, councilSlug TEXT, seriesKey TEXT NOT NULL,
          code TEXT, name TEXT NOT NULL, unit TEXT NOT NULL, polarity TEXT NOT NULL,
          UNIQUE (councilSlug, seriesKey))
        """,
        """
        CREATE TABLE series_points (
          id INTEGER PRIMARY KEY, seriesId INTEGER NOT NULL REFERENCES series(seriesId), position INTEGER NOT NULL,
          financialYear TEXT NOT NULL, quarter INTEGER, month TEXT, value REAL, valueText TEXT,
          target REAL, targetText TEXT, rag TEXT, reportId TEXT NOT NULL REFERENCES reports(reportId),
          page INTEGER NOT NULL, revised INTEGER NOT NULL)
        """,
        // Council + period queries, and every child table by report.
        "CREATE INDEX reports_council_period ON reports(councilSlug, financialYear, quarter)",
        "CREATE INDEX reports_gss_period ON reports(gssCode, financialYear, quarter)",
        "CREATE INDEX reports_period ON reports(financialYear, quarter)",
        "CREATE INDEX indicators_report ON indicators(reportId)",
        "CREATE INDEX indicators_code ON indicators(code)",
        "CREATE INDEX observations_indicator ON observations(indicatorId)",
        "CREATE INDEX observations_period ON observations(financialYear, quarter, month)",
        "CREATE INDEX observations_report ON observations(reportId)",
        "CREATE INDEX actions_report ON actions(reportId)",
        "CREATE INDEX actions_status ON actions(status)",
        "CREATE INDEX summaries_report ON summaries(reportId)",
        "CREATE INDEX risks_report ON risks(reportId)",
        "CREATE INDEX issues_report ON issues(reportId)",
        "CREATE INDEX series_points_series ON series_points(seriesId)",
        // The spreadsheet view: one row per observation with its report's council and period.
        """
        CREATE VIEW indicator_observations AS
          SELECT r.reportId, r.councilName, r.councilSlug, r.gssCode, r.financialYear, r.quarter AS reportQuarter,
                 i.code, i.name, i.unit, i.polarity,
                 o.financialYear AS periodFinancialYear, o.quarter AS periodQuarter, o.month AS periodMonth,
                 o.value, o.valueText, o.target, o.targetText, i.rag, i.ragSource, i.direction, i.page
          FROM observations o JOIN indicators i ON i.id = o.indicatorId JOIN reports r ON r.reportId = o.reportId
        """,
        // The series with their current figures, one row per period, oldest first.
        """
        CREATE VIEW indicator_series AS
          SELECT s.councilName, s.councilSlug, s.seriesKey, s.code, s.name, s.unit, s.polarity,
                 p.financialYear, p.quarter, p.month, p.value, p.valueText, p.target, p.targetText, p.rag,
                 p.reportId, p.page
          FROM series_points p JOIN series s ON s.seriesId = p.seriesId
          WHERE p.revised = 0
          ORDER BY s.seriesId, p.position
        """
    ]
}

import Tabular
import Testing

/// The one markdown escaper and the CSV text every command prints tables with.
struct TabularTests {
    @Test func aPipeIsEscapedAndALineBreakStaysInItsCell() {
        #expect(MarkdownTable.cell("Q1 | Q2") == "Q1 \\| Q2")
        #expect(MarkdownTable.cell("Waste\ncollected\r\nper household") == "Waste<br>collected<br>per household")
        #expect(MarkdownTable.row(["a|b", "c"]) == "| a\\|b | c |\n")
        #expect(MarkdownTable.rule(columns: 3) == "| --- | --- | --- |\n")
    }

    @Test func csvQuotesOnlyTheFieldsThatNeedIt() throws {
        let text = try CSVText.make([
            ["name", "value"], ["Rent, arrears", "5"], ["say \"hi\"", "line\nbreak"], ["", "x"]
        ])
        #expect(text == "name,value\n\"Rent, arrears\",5\n\"say \"\"hi\"\"\",\"line\nbreak\"\n,x")
    }
}

/// Text and attributes made safe for HTML, and the page shell every page shares.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A whole page: its title, the shared stylesheet, a link home unless it is home.
    static func page(title: String, body: String, home: Bool) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        \(home ? "" : "<nav><a href=\"index.html\">All councils</a></nav>\n")<main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The shared stylesheet. RAG is carried by words and marker shapes as well as colour.
    static let stylesheet = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1b1b1b; background: \
        #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        nav { padding: .5rem 1.5rem; background: #f2f4f7; }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
        .rag { display: inline-block; min-width: 3.6em; padding: 0 .35em; border-radius: 3px; font-size: .85em; \
        font-weight: 600; text-align: center; }
        .rag-red { background: #c62828; color: #fff; }
        .rag-amber { background: #f0a202; color: #1b1b1b; }
        .rag-green { background: #2e7d32; color: #fff; }
        .rag-none { background: #e0e0e0; color: #1b1b1b; }
        td.nowrap { white-space: nowrap; }
        .worse { color: #b71c1c; font-weight: 600; }
        .better { color: #1b5e20; font-weight: 600; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 1rem; }
        figure { margin: 0; padding: .5rem; border: 1px solid #e5e5e5; border-radius: 4px; }
        figcaption { font-size: .85rem; margin-bottom: .3rem; }
        figcaption .code { color: #555; }
        .figures { font-size: .8rem; color: #333; margin: .3rem 0 0; padding: 0; list-style: none; }
        .figures li { display: inline; margin-right: .6rem; }
        .summary-bar { margin: .4rem 0; }
        .muted { color: #666; }
        """
}

import Foundation

/// Runs Python's `jsonschema` (Draft 2020-12, the established validator installed by
/// `scripts/setup.sh --tests`) over JSON documents against schemas/record.schema.json.
enum JSONSchemaRunner {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = """
        import json, re, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1]))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        request = json.load(sys.stdin)
        out = {"documents": {}, "patterns": []}
        for name, text in request["documents"].items():
            out["documents"][name] = [e.json_path + ": " + e.message for e in validator.iter_errors(json.loads(text))]
        for pattern, s in request["patterns"]:
            out["patterns"].append(re.search(pattern, s) is not None)
        print(json.dumps(out))
        """

    struct Request: Encodable {
        var documents: [String: String] = [:]
        var patterns: [[String]] = []
    }

    struct Response: Decodable {
        var documents: [String: [String]]
        var patterns: [Bool]
    }

    /// Schema errors per named document (empty: valid), and for each (pattern, string)
    /// whether Python's `re.search` matches, as jsonschema's `pattern` does.
    static func run(_ request: Request) throws -> Response {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Repo.schema.path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(request))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 jsonschema failed (run scripts/setup.sh --tests): \(stderr)")
        }
        return try JSONDecoder().decode(Response.self, from: data)
    }
}

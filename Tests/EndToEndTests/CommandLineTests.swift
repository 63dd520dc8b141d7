import Foundation
import Testing

/// The `quire` binary's argument handling and file errors (no code needs to run).
@Suite struct CommandLineTests {
  @Test func helpListsTheCommands() throws {
    let result = try QuireBinary.run(["--help"], in: "/")
    #expect(result.status == 0)
    #expect(result.output.contains("USAGE: quire <subcommand>"))
    #expect(result.output.contains("render"))
    #expect(result.output.contains("update"))
    #expect(result.output.contains("check"))
  }

  @Test func usageErrorsExitWithTwo() throws {
    let empty = try folder(with: [String: String]())
    for arguments in [["check"], ["render", "--jobs", "0"], ["check", "x.md", "--quiet", "--verbose"], ["frobnicate"]] {
      let result = try QuireBinary.run(arguments, in: empty)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.errors.contains("Error:") || result.errors.contains("error:"), "\(arguments): \(result.errors)")
    }
  }

  @Test func aMissingPathIsNamedAndExitsWithTwo() throws {
    let empty = try folder(with: [String: String]())
    let result = try QuireBinary.run(["check", "missing/doc.md"], in: empty)
    #expect(result.status == 2)
    #expect(result.errors == "quire: error: missing/doc.md: no such file or directory\n")
    let render = try QuireBinary.run(["render"], in: empty)
    #expect(render.status == 2)
    #expect(render.errors == "quire: error: notebooks/: no such file or directory\n")
  }

  @Test func aFileThatIsNotUTF8IsNamedAndLeftAlone() throws {
    let bytes: [UInt8] = Array("# Title\n".utf8) + [0xE9, 0x0A]
    let work = try folder(with: ["doc.md": bytes])
    let result = try QuireBinary.run(["update", "doc.md"], in: work)
    #expect(result.status == 2)
    #expect(result.errors.contains("quire: error: doc.md: not valid UTF-8 (byte 8)\n"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: work + "/doc.md")) == Data(bytes))
  }

  @Test func anUnwritableOutputFolderIsNamed() throws {
    let work = try folder(with: ["notebooks/a.md": "# A\n", "blocker": "a file, not a folder\n"])
    let result = try QuireBinary.run(["render", "--out", "blocker/out"], in: work)
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("quire: error: blocker/out: cannot write: "))
  }

  @Test func documentsWithoutCodeRenderAndReport() throws {
    let work = try folder(with: ["notebooks/a.md": "# A\n\nText only.\n"])
    let result = try QuireBinary.run(["render", "--report", "report.json"], in: work)
    #expect(result.status == 0)
    #expect(result.output == "notebooks/a.md: ok, 0 blocks (" + result.output.dropFirst("notebooks/a.md: ok, 0 blocks (".count))
    #expect(try text(work + "/output/a.md") == "# A\n\nText only.\n")
    #expect(try text(work + "/output/a.html").contains("<h1>A</h1>\n<p>Text only.</p>\n"))
    #expect(try text(work + "/report.json").hasPrefix("{\n  \"version\": 1,\n  \"documents\": [\n    {\"path\": \"notebooks/a.md\", \"status\": \"ok\", \"seconds\": "))
  }
}

import DocRunner
import Testing

@Suite struct ReportAndDiffTests {
  @Test func reportHasTheDocumentedShape() {
    let outcome = run("```python\nprint a \"quoted\"\n```\n\n```pycon\n>>> print b\nb\n```\n\n```python skip\nx\n```\n", path: "n/a.md")
    var timed = outcome
    timed.seconds = 0.0125
    for index in timed.blocks.indices { timed.blocks[index].seconds = 0.001 }
    #expect(RunReport.json([timed]) == """
      {
        "version": 1,
        "documents": [
          {"path": "n/a.md", "status": "ok", "seconds": 0.0125, "blocks": [
            {"index": 0, "line": 1, "kind": "plain", "status": "ok", "output": "a \\"quoted\\"\\n", "seconds": 0.001},
            {"index": 1, "line": 5, "kind": "doctest", "status": "ok", "output": "b\\n", "seconds": 0.001},
            {"index": 2, "line": 10, "kind": "plain", "status": "skipped", "output": "", "seconds": 0.001}
          ]}
        ]
      }

      """)
  }

  @Test func reportOfADocumentThatCouldNotRun() {
    let outcome = DocumentRunner(executorFactory: RequestLog().factory).run(bytes: [0xC3], path: "x.md", purpose: .check)
    #expect(RunReport.json([outcome]).contains("{\"path\": \"x.md\", \"status\": \"error\", \"seconds\": "))
    #expect(RunReport.json([]) == "{\n  \"version\": 1,\n  \"documents\": []\n}\n")
  }

  @Test func diffShowsHunksWithContext() {
    let old = (1...12).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 2\n", with: "line two\n").replacingOccurrences(of: "line 11\n", with: "")
    #expect(UnifiedDiff.make(from: old, to: new, oldName: "a", newName: "b") == """
      --- a
      +++ b
      @@ -1,5 +1,5 @@
       line 1
      -line 2
      +line two
       line 3
       line 4
       line 5
      @@ -8,5 +8,4 @@
       line 8
       line 9
       line 10
      -line 11
       line 12

      """)
    #expect(UnifiedDiff.make(from: "same\n", to: "same\n", oldName: "a", newName: "b") == "")
    #expect(UnifiedDiff.make(from: "", to: "new\n", oldName: "a", newName: "b") == "--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n")
  }
}

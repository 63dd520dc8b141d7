import Foundation
import Testing

/// Block options and front matter through the built `quire` binary.
@Suite struct OptionsTests {
  @Test func everyOptionActsOnTheRenderedDocumentAndPage() throws {
    let document = """
      ---
      theano_flags: floatX=float32
      ---
      # Options

      ```python skip
      not python at all
      ```

      ```python no-output
      hidden_total = 40 + 2
      print("not written")
      ```

      ```python hide
      print("secret source", hidden_total)
      ```

      ```py raises=ValueError
      int("x")
      ```

      ```python shapes
      import theano.tensor as T
      v = T.vector("v")
      w = v * 2
      ```

      """
    let work = try folder(with: ["notebooks/options.md": document])
    let result = try QuireBinary.run(["render", "--report", "report.json"], in: work)
    #expect(result.status == 0, "\(result.output)\(result.errors)")
    #expect(try text(work + "/output/options.md") == """
      ---
      theano_flags: floatX=float32
      ---
      # Options

      ```python skip
      not python at all
      ```

      ```python no-output
      hidden_total = 40 + 2
      print("not written")
      ```

      ```python hide
      print("secret source", hidden_total)
      ```

      ```output
      secret source 42
      ```

      ```py raises=ValueError
      int("x")
      ```

      ```output
      ValueError: invalid literal for int() with base 10: 'x'
      ```

      ```python shapes
      import theano.tensor as T
      v = T.vector("v")
      w = v * 2
      ```

      ```output
      v: TensorType(float32, vector), shape (v.shape[0],)
      w: TensorType(float32, vector), shape (v.shape[0],)
      ```

      """)
    let html = try text(work + "/output/options.html")
    #expect(!html.contains("secret source\", hidden_total"))
    #expect(html.contains("<div class=\"quire-output\">\n<pre><code class=\"language-output\">secret source 42\n"))
    #expect(html.contains("<div class=\"quire-output quire-error\">\n<pre><code class=\"language-output\">ValueError: "))
    #expect(!html.contains("floatX"))
    let report = try Report.load(work + "/report.json")
    #expect(report.documents.first?.blocks.map(\.status) == ["skipped", "ok", "ok", "ok", "ok"])
    #expect(report.documents.first?.blocks.map(\.line) == [6, 10, 15, 19, 23])
  }

  @Test func invalidTheanoFlagsFailTheDocumentWithItsPath() throws {
    let work = try folder(with: ["doc.md": "---\ntheano_flags: floatX=float99\n---\n```python\nprint(1)\n```\n"])
    let result = try QuireBinary.run(["check", "doc.md"], in: work)
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("quire: error: doc.md: "))
  }
}

import DocRunner
import Testing

@Suite struct HTMLPageTests {
  @Test func outputsAndErrorsAreWrappedAndHiddenSourceIsLeftOut() throws {
    let source = "---\ntitle: x\n---\n# Shapes & `<Graphs>`\n\n```python\nprint shown\n```\n\n```python hide raises\nprint secret source\nraise ValueError: boom\n```\n"
    let html = try #require(run(source).html)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.contains("<title>Shapes &amp; &lt;Graphs&gt;</title>"))
    #expect(html.contains("""
      <pre><code class="language-python">print shown
      </code></pre>
      <div class="quire-output">
      <pre><code class="language-output">shown
      </code></pre>
      </div>
      """))
    #expect(html.contains("""
      <div class="quire-output quire-error">
      <pre><code class="language-output">secret source
      ValueError: boom
      </code></pre>
      </div>
      """))
    #expect(!html.contains("print secret source"))
    #expect(!html.contains("title: x"))
    #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
  }

  @Test func linksToDocumentsPointToTheirPages() throws {
    let html = try #require(run("[a](other.md) [b](sub/x.md#part) [c](https://e.org/r.md) [d](notes.txt)\n").html)
    #expect(html.contains(
      "<p><a href=\"other.html\">a</a> <a href=\"sub/x.html#part\">b</a> <a href=\"https://e.org/r.md\">c</a> <a href=\"notes.txt\">d</a></p>"))
  }

  @Test func titleFallsBackToTheFileName() throws {
    let html = try #require(run("Just text.\n", path: "dir/page.md").html)
    #expect(html.contains("<title>page.md</title>"))
  }
}

package io.github.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void theBundledCorpusIsTheCbcPageAndThirtyWikinewsArticles() {
    List<Article> articles = DemoCommand.bundledArticles();
    assertEquals(31, articles.size());
    Article cbc = articles.get(0);
    assertEquals("cbc-us-offers-security-guarantees-to-kyiv", cbc.id());
    assertEquals("U.S. offers security guarantees to Kyiv", cbc.title());
    assertEquals("CBC News", cbc.source().orElseThrow());
    assertTrue(!cbc.body().contains("Skip to content") && !cbc.body().contains("#offers"), "page boilerplate removed");
    assertTrue(articles.stream().skip(1).allMatch(a -> a.source().orElse("").equals("English Wikinews")
        && a.url().orElse("").startsWith("https://en.wikinews.org/") && a.published().isPresent()));
  }

  @Test
  void demoIndexesAndQueriesTheSamples(@TempDir Path tmp) {
    Path idx = tmp.resolve("demo-index");
    DossierCliTest.Run run = DossierCliTest.dossier("demo", "--index", idx.toString());
    assertEquals(0, run.code(), run.err());
    String out = run.out();
    assertTrue(out.contains("Indexed 31 articles"), out);
    assertTrue(out.contains("Volodymyr Zelenskyy"), out);
    assertTrue(out.contains("Vladimir Putin"), out);
    assertTrue(out.contains("NATO"), out);
    assertTrue(out.contains("$ dossier search --index " + idx + " 'person:Putin'"), out);

    DossierCliTest.Run again = DossierCliTest.dossier("demo", "--index", idx.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("Indexed 31 articles"), "re-running rebuilds, not appends: " + again.out());
  }

  @Test
  void demoRefusesToWipeAFolderThatIsNotAnIndex(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("thesis.docx"), "precious");
    IOException e = assertThrows(IOException.class, () -> DemoCommand.prepare(tmp));
    assertTrue(e.getMessage().contains("refusing"), e.getMessage());
    assertTrue(Files.exists(tmp.resolve("thesis.docx")));
  }
}

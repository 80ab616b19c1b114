package jp.hoshin.search.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A white paper chapter page is cut at its anchored headings and sections, each part with its own heading. */
class WhitePaperSourceTest {

    private static final String CHAPTER = """
            <section class="chapter" id="ch1" aria-labelledby="ch1-h">
              <h1 id="ch1-h">第1章 基本計画に基づく取り組み</h1>
              <div class="chapter-intro"><p>本章では取り組みを報告します。</p></div>
              <nav class="chapter-contents"><h2 id="ch1-contents">この章の目次</h2><ul><li>第1節</li></ul></nav>
              <h2 id="ch1-s1">第1節 基本計画の概要</h2>
              <h3>1 概要</h3><p>計画の概要です。</p>
              <h2 id="ch1-s2" class="new-page">第2節 令和2年度の取り組み</h2>
              <section class="division" id="e-K7">
                <h3>第7部 教育・生涯学習</h3>
                <section class="measure" id="e-K7-1-2"><h4>図書館活動の充実</h4><p>電子書籍の貸出を始めました。</p></section>
              </section>
            </section>
            """;

    @Test
    void aChapterIsCutAtItsSections() {
        List<WhitePaperSource.Part> parts = WhitePaperSource.parts(CHAPTER);
        assertThat(parts)
                .extracting(WhitePaperSource.Part::anchor)
                .containsExactly(null, "ch1-s1", "ch1-s2", "e-K7", "e-K7-1-2");
        assertThat(parts)
                .extracting(WhitePaperSource.Part::heading)
                .containsExactly(null, "第1節 基本計画の概要", "第2節 令和2年度の取り組み", "第7部 教育・生涯学習", "図書館活動の充実");
        // the chapter's top keeps its heading, introduction and contents; each section its own text only
        assertThat(SourceText.textOf(parts.get(0).html())).contains("本章では", "この章の目次");
        assertThat(SourceText.textOf(parts.get(4).html())).contains("電子書籍の貸出").doesNotContain("計画の概要");
        assertThat(SourceText.textOf(parts.get(1).html())).doesNotContain("電子書籍");
    }
}

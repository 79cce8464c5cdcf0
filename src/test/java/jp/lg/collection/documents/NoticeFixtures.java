package jp.lg.collection.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** What the tests of every paper share: the city, a taxpayer, an issue date, three installments. */
public final class NoticeFixtures {

    public static final CityProperties CITY = new CityProperties("熊谷市", "市民部収納課", "熊谷市長 熊谷 一郎",
            "360-8601", "埼玉県熊谷市宮町二丁目47番地1", "048-524-1111");
    public static final Addressee TARO = new Addressee("900000001", "3600041",
            "埼玉県熊谷市宮町一丁目1番地 熊谷ハイツ101", "熊谷 太郎");
    public static final LocalDate ISSUED = LocalDate.of(2026, 6, 10);

    private NoticeFixtures() {
    }

    public static List<NoticeLine> lines() {
        return List.of(
                new NoticeLine(2026, "市民税・県民税(普通徴収)", 1, "R8-0012345", LocalDate.of(2026, 5, 31), 58_000, 100, 0L),
                new NoticeLine(2025, "固定資産税・都市計画税", 4, "R7-0099887", LocalDate.of(2026, 3, 2), 1_234_500, 100,
                        7_800L),
                new NoticeLine(2026, "軽自動車税(種別割)", 1, "R8-0000007", LocalDate.of(2026, 6, 1), 10_800, 0, null));
    }

    /**
     * The print queue's snapshot of {@code content}: JSON there and back gives the same record (dates, nulls,
     * enums, odd characters), and the PDF rendered from it says word for word what rendering the record directly
     * says.
     */
    public static <C extends Record> void assertSnapshotPrintsTheSame(Notice<C> paper, C content) {
        NoticeSnapshots snapshots = new NoticeSnapshots(CITY, List.of(paper));
        DocumentKind kind = paper.kind();
        assertThat(snapshots.queued(kind)).isTrue();
        String payload = snapshots.take(kind, content);
        assertThat(snapshots.notice(kind, payload)).as(kind.name()).isEqualTo(content);
        assertThat(PdfText.of(snapshots.render(kind, payload))).as(kind.name())
                .isEqualTo(PdfText.of(paper.render(content, CITY)));
    }

    /** Page 1 as PNG under target/notices/ for a human look (not asserted). */
    public static void keep(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Path dir = Path.of("target", "notices");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
            javax.imageio.ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

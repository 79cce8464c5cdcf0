package jp.lg.collection.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfResponsesTest {

    @Test
    void contentDispositionCarriesTheJapaneseNameInRfc5987() {
        assertThat(PdfResponses.contentDisposition("督促状_D2026-000001_20260610.pdf")).isEqualTo(
                "inline; filename=\"_D2026-000001_20260610.pdf\"; filename*=UTF-8''"
                        + "%E7%9D%A3%E4%BF%83%E7%8A%B6_D2026-000001_20260610.pdf");
    }
}

package jp.lg.collection.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A4 portrait document being written top to bottom: text in the IPAex Gothic font (embedded as a subset,
 * so a notice is tens of KB and prints the same on any machine), wrapped paragraphs, ruled tables, and a new
 * page whenever the next block would not fit. Characters the font lacks (外字) print as 〓, the geta mark
 * Japanese registers use for a character that cannot be shown, instead of failing the whole notice.
 */
public class PdfSheet implements AutoCloseable {

    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();
    public static final float MARGIN = 50;
    public static final float RIGHT = WIDTH - MARGIN;
    public static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    private static final float BOTTOM = 50;
    private static final String GETA = "〓";
    /** 行頭禁則: these never start a line. */
    private static final String NO_LINE_START = "、。，．）」』】〕・ー？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

    public enum Align { LEFT, RIGHT, CENTER }

    /** A table column: header text, width in points, alignment of its cells. */
    public record Column(String header, float width, Align align) {
    }

    private static volatile byte[] fontBytes;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    public PdfSheet(String title, String author) {
        try {
            font = PDType0Font.load(document, parsedFont(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("fonts/ipaexg.ttf を読み込めません", e);
        }
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("tainou-seiri");
        info.setCreationDate(Calendar.getInstance(TimeZone.getTimeZone(jp.lg.collection.system.Today.TOKYO)));
        newPage();
    }

    /**
     * The 6 MB IPAex font parsed once per rendering thread (parsing it for every notice was a fifth of a
     * dunning job's CPU, bench/README.md). A TrueTypeFont is not thread-safe, hence one per thread; the
     * document only reads it to cut its subset and does not close it.
     */
    private static final ThreadLocal<org.apache.fontbox.ttf.TrueTypeFont> PARSED = new ThreadLocal<>();

    private static org.apache.fontbox.ttf.TrueTypeFont parsedFont() throws IOException {
        var ttf = PARSED.get();
        if (ttf == null) {
            ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(fontBytes()));
            PARSED.set(ttf);
        }
        return ttf;
    }

    private static byte[] fontBytes() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = PdfSheet.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
                if (in == null) {
                    throw new IOException("classpath:/fonts/ipaexg.ttf is missing");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        return bytes;
    }

    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void gap(float points) {
        y -= points;
    }

    public void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    public void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    public float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with its baseline at {@code baseline}. */
    void text(float x, float baseline, float size, String text, Align align) {
        String s = printable(text).replace('\n', ' ');
        if (s.isEmpty()) {
            return;
        }
        float w = width(s, size);
        float left = switch (align) {
            case LEFT -> x;
            case RIGHT -> x - w;
            case CENTER -> x - w / 2;
        };
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(left, baseline);
            content.showText(s);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line at the current position, then moves down by 1.6 × size. */
    public void line(float x, float size, String text, Align align) {
        ensure(size * 1.6f);
        y -= size * 1.2f;
        text(x, y, size, text, align);
        y -= size * 0.4f;
    }

    /** A paragraph wrapped to {@code maxWidth}, Japanese style (any character may break, 行頭禁則 kept). */
    public void paragraph(float x, float maxWidth, float size, String text) {
        for (String line : wrap(text, size, maxWidth)) {
            line(x, size, line, Align.LEFT);
        }
    }

    public List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new java.util.ArrayList<>();
        for (String hard : printable(text.replace("\r", "")).split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            int i = 0;
            while (i < hard.length()) {
                int cp = hard.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (current.length() > 0 && width(current + ch, size) > maxWidth
                        && NO_LINE_START.indexOf(ch) < 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * A ruled table from the current position: a shaded header row, then the rows; a page break repeats the
     * header. {@code emphasis} rows (totals) are shaded too. Cell text too wide for its column is set smaller.
     */
    public void table(float x, List<Column> columns, List<List<String>> rows, float size, int emphasisFromRow) {
        float rowHeight = size * 2.0f;
        header(x, columns, size, rowHeight);
        for (int r = 0; r < rows.size(); r++) {
            if (y - rowHeight < BOTTOM) {
                newPage();
                header(x, columns, size, rowHeight);
            }
            row(x, columns, rows.get(r), size, rowHeight, emphasisFromRow >= 0 && r >= emphasisFromRow);
        }
    }

    private void header(float x, List<Column> columns, float size, float rowHeight) {
        List<String> titles = columns.stream().map(Column::header).toList();
        List<Column> centered = columns.stream().map(c -> new Column(c.header(), c.width(), Align.CENTER)).toList();
        row(x, centered, titles, size, rowHeight, true);
    }

    private void row(float x, List<Column> columns, List<String> cells, float size, float rowHeight, boolean shaded) {
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        float top = y;
        float bottom = y - rowHeight;
        try {
            if (shaded) {
                content.setNonStrokingColor(0.92f);
                content.addRect(x, bottom, total, rowHeight);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            content.setLineWidth(0.5f);
            content.addRect(x, bottom, total, rowHeight);
            content.stroke();
            float left = x;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (c > 0) {
                    content.moveTo(left, bottom);
                    content.lineTo(left, top);
                    content.stroke();
                }
                String cell = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                float cellSize = size;
                while (cellSize > 5 && width(cell, cellSize) > column.width() - 6) {
                    cellSize -= 0.5f;
                }
                float baseline = bottom + (rowHeight - cellSize * 0.8f) / 2;
                switch (column.align()) {
                    case LEFT -> text(left + 3, baseline, cellSize, cell, Align.LEFT);
                    case RIGHT -> text(left + column.width() - 3, baseline, cellSize, cell, Align.RIGHT);
                    case CENTER -> text(left + column.width() / 2, baseline, cellSize, cell, Align.CENTER);
                }
                left += column.width();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = bottom;
    }

    /** A thin rule across the content width at the current position. */
    public void rule() {
        try {
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y);
            content.lineTo(RIGHT, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A box (e.g. around the addressee or a deadline) with its top at the current position. */
    public void box(float x, float top, float w, float h) {
        try {
            content.setLineWidth(0.8f);
            content.addRect(x, top - h, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the document (page numbers "n / total" at the foot when more than one page) and returns it. */
    public byte[] toBytes() {
        try {
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            if (pages > 1) {
                for (int i = 0; i < pages; i++) {
                    try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                            PDPageContentStream.AppendMode.APPEND, true)) {
                        String label = (i + 1) + " / " + pages;
                        footer.beginText();
                        footer.setFont(font, 8);
                        footer.newLineAtOffset(WIDTH / 2 - width(label, 8) / 2, 25);
                        footer.showText(label);
                        footer.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters become spaces; characters without a glyph in the font become 〓. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append(GETA);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}

package jp.lg.collection.caseview;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import jp.lg.collection.documents.Yen;
import jp.lg.collection.rules.WarekiDate;

/** A small HTML writer: every text goes through {@link #esc}, so data never becomes markup. */
final class Html {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final StringBuilder out = new StringBuilder(16_384);

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Raw markup written by this package (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(esc(value));
        return this;
    }

    Html tag(String name, String cssClass, Object text) {
        out.append('<').append(name);
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(esc(text)).append("</").append(name).append('>');
        return this;
    }

    Html link(String href, Object text) {
        out.append("<a href=\"").append(esc(href)).append("\">").append(esc(text)).append("</a>");
        return this;
    }

    /** A table row of text cells; a cell starting with the marker {@code #} is right-aligned (numbers). */
    Html row(Object... cells) {
        out.append("<tr>");
        for (Object cell : cells) {
            String s = cell == null ? "" : cell.toString();
            if (s.startsWith("#")) {
                out.append("<td class=\"num\">").append(esc(s.substring(1))).append("</td>");
            } else {
                out.append("<td>").append(esc(s)).append("</td>");
            }
        }
        out.append("</tr>");
        return this;
    }

    Html head(String... titles) {
        out.append("<thead><tr>");
        for (String t : titles) {
            out.append("<th>").append(esc(t)).append("</th>");
        }
        out.append("</tr></thead>");
        return this;
    }

    static String yen(long amount) {
        return "#" + Yen.amount(amount);
    }

    static String date(LocalDate d) {
        return d == null ? "" : WarekiDate.formatShort(d) + " (" + d + ")";
    }

    static String dateTime(LocalDateTime t) {
        return t == null ? "" : t.toLocalDate() + " " + TIME.format(t);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

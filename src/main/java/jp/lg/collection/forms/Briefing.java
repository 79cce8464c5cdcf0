package jp.lg.collection.forms;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a decision-maker needs in front of him on a task form, as Markdown for the form's text field
 * ({@code {{briefing}}}): headings, labelled items and tables. Prepared by a task listener when the task is
 * created and kept as the task's local variable {@value #VARIABLE}, so it is gone from the case when the
 * task is done (the history keeps what was shown). Text that users typed is escaped, so a reason cannot
 * turn into markup.
 */
public final class Briefing {

    public static final String VARIABLE = "briefing";

    /** A string variable holds 4,000 characters; the case view has the rest. */
    static final int MAX_CHARS = 3_900;
    private static final String CUT = "\n\n…(以下省略: 案件の詳細をご覧ください)";

    private final StringBuilder md = new StringBuilder();

    public Briefing heading(String text) {
        md.append(md.length() == 0 ? "" : "\n").append("#### ").append(escape(text)).append("\n\n");
        return this;
    }

    /** "- label: value"; nothing when the value is null or blank. */
    public Briefing item(String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("- ").append(escape(label)).append(": ").append(escape(value)).append("\n");
        }
        return this;
    }

    /** "- label: **value**" for what the decision turns on. */
    public Briefing strong(String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("- ").append(escape(label)).append(": **").append(escape(value)).append("**\n");
        }
        return this;
    }

    /** A paragraph of plain text. */
    public Briefing text(String text) {
        md.append(escape(text)).append("\n\n");
        return this;
    }

    /** A table; {@code right} marks the columns of amounts. Rows whose first cell starts with ** stay bold. */
    public Briefing table(List<String> headers, List<Boolean> right, List<List<String>> rows) {
        md.append("\n| ").append(String.join(" | ", headers.stream().map(Briefing::escape).toList())).append(" |\n|");
        for (int i = 0; i < headers.size(); i++) {
            md.append(i < right.size() && right.get(i) ? " ---: |" : " --- |");
        }
        md.append("\n");
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row.stream().map(c -> c == null ? "" : cell(c)).toList()))
                    .append(" |\n");
        }
        md.append("\n");
        return this;
    }

    /** Cells that are already bold ("**合計**") keep their markup; everything else is escaped. */
    private static String cell(String c) {
        return c.startsWith("**") && c.endsWith("**") && c.length() > 4
                ? "**" + escape(c.substring(2, c.length() - 2)) + "**" : escape(c);
    }

    public boolean isEmpty() {
        return md.length() == 0;
    }

    @Override
    public String toString() {
        String text = md.toString().strip();
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - CUT.length()) + CUT;
    }

    /** Puts the briefing on the task, local to it. */
    public void putOn(DelegateTask task) {
        task.setVariableLocal(VARIABLE, toString());
    }

    /** Markdown's special characters as literals, line breaks as spaces. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace("\r", "").replace('\n', ' ').toCharArray()) {
            if ("\\`*_[]<>|#!~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

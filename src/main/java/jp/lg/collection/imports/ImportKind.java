package jp.lg.collection.imports;

import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * One kind of file the division receives (宛名, 期別明細, 納付済通知). A kind names its columns, turns a line
 * into a row or reports what is wrong with it by field, and writes a valid row. The importer does the rest:
 * charset, checksum, two passes, progress, errors.
 *
 * @param <R> the parsed row
 */
public interface ImportKind<R> {

    /** TAXPAYERS, BILLS, PAYMENTS. */
    String kind();

    /** The header line the file must start with, in order (Japanese, as the source systems write it). */
    List<String> header();

    /** The row, or null after reporting each problem with {@code problems.add(field, message)}. */
    R parse(CSVRecord record, Problems problems);

    /** Writes the row; false when it was already there unchanged (a re-sent line). */
    boolean write(R row, String by);

    /**
     * Writes consecutive rows of the file, in order, as {@link #write} would one by one; returns how many were
     * written (the others were there unchanged). A kind that can save round trips over a chunk overrides it.
     */
    default int writeAll(List<R> rows, String by) {
        int written = 0;
        for (R row : rows) {
            if (write(row, by)) {
                written++;
            }
        }
        return written;
    }

    /**
     * A fresh check, for one run, of what no single line shows: a line that conflicts with another line of the
     * file or with what is stored (the same My Number twice). Its problems fail the run (FAILED) — resolving the
     * stored side and resending the same file runs it again. By default there is nothing to check.
     */
    default Conflicts<R> conflicts() {
        return (row, lineNo, problems) -> {
        };
    }

    /** Checks each valid row of one file in order; see {@link #conflicts()}. */
    interface Conflicts<R> {
        void check(R row, int lineNo, Problems problems);
    }

    /** Collects a line's problems; field names are the header's. */
    interface Problems {
        void add(String field, String message);
    }
}

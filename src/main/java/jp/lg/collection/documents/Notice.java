package jp.lg.collection.documents;

/**
 * A paper a procedure issues through the print queue (督促状, 催告書, 差押調書, …): its kind, the record that
 * holds what it says ({@code C}, kept as the snapshot in {@code document.payload} until it is printed) and its
 * layout. Each one is a Spring bean living with the procedure that issues it; {@link NoticeSnapshots} finds
 * them all by their kind, so the print batch and the first reader render any queued paper without knowing
 * the procedures.
 *
 * @param <C> the paper's content: plain data (addressee, dates, amounts, installments) as Jackson writes a record
 */
public abstract class Notice<C extends Record> {

    private final DocumentKind kind;
    private final Class<C> contentType;

    protected Notice(DocumentKind kind, Class<C> contentType) {
        this.kind = kind;
        this.contentType = contentType;
    }

    public final DocumentKind kind() {
        return kind;
    }

    /** The record of the snapshot, read back from JSON. */
    public final Class<C> contentType() {
        return contentType;
    }

    /** The PDF, in the name of {@code city} (the city as it was when the paper was issued). */
    public abstract byte[] render(C content, CityProperties city);
}

package jp.lg.collection.system;

/**
 * A long run (the sweep, an import) stopped because the database went away and did not come back in time. It
 * answers 503 with the message: nothing it had not committed is kept, and the same call again — once the database
 * is back — takes the run over and finishes it.
 */
public class RunInterrupted extends RuntimeException {

    public RunInterrupted(String message, Throwable cause) {
        super(message, cause);
    }
}

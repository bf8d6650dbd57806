package io.github.dossier.internal;

/**
 * An unexpected exception told in one line for a build log: what it is, what it says, and where in Dossier it was
 * thrown, so that a warning about one article is enough to report the bug ("StringIndexOutOfBoundsException: begin
 * 0, end -1, length 16 (at MetadataExtractor.java:225)").
 */
public final class Fault {

    private Fault() {
    }

    /** {@code e} in one line: its class, its message's first line, and the innermost frame of Dossier's code. */
    public static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        // A stack overflow says nothing of itself: what overflows a stack here is input nested too deeply.
        String message = e instanceof StackOverflowError ? "nested too deeply to process" : e.getMessage();
        if (message != null && !message.isBlank()) {
            String first = message.strip().lines().findFirst().orElse("");
            sb.append(": ").append(InputText.printable(first.length() > 300 ? first.substring(0, 300) + "…" : first));
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.github.dossier.") && frame.getFileName() != null) {
                sb.append(" (at ").append(frame.getFileName()).append(':').append(frame.getLineNumber()).append(')');
                break;
            }
        }
        return sb.toString();
    }
}

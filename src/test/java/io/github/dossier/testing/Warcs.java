package io.github.dossier.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes web archives for tests, as a crawler does (jwarc's writer, gzip per record): each capture a request and its
 * response, with its status, type and bytes. Records are made with fixed ids and dates, so the same calls write the
 * same bytes.
 *
 * <pre>{@code
 * try (Warcs warc = Warcs.create(raw.resolve("crawl.warc.gz"), true)) {
 *     warc.page("https://example.org/a", Instant.parse("2026-12-01T10:00:00Z"), "<html>…");
 *     warc.capture("https://example.org/s.css", Instant.parse(…), 200, "text/css", "body{}".getBytes(UTF_8));
 * }
 * }</pre>
 */
public final class Warcs implements AutoCloseable {

    private final FileChannel channel;
    private final WarcWriter writer;
    /** The archive's size when opened: records appended later have other ids. */
    private final long base;
    private int records;

    private Warcs(FileChannel channel, WarcWriter writer) throws IOException {
        this.channel = channel;
        this.writer = writer;
        this.base = channel.size();
    }

    /** A new archive at {@code file} (replacing one there), or appending to it with {@code append}. */
    public static Warcs create(Path file, boolean gzip) throws IOException {
        return open(file, gzip, false);
    }

    /** Appends to the archive at {@code file} (made when there is none), as a crawler that goes on writing it. */
    public static Warcs append(Path file, boolean gzip) throws IOException {
        return open(file, gzip, java.nio.file.Files.exists(file));
    }

    private static Warcs open(Path file, boolean gzip, boolean append) throws IOException {
        FileChannel channel = append
                ? FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
        return new Warcs(channel, new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE));
    }

    /** An HTML page captured with status 200, in UTF-8. */
    public Warcs page(String url, Instant date, String html) throws IOException {
        return capture(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTML page captured with status 200, in {@code charset}, which the HTTP header names. */
    public Warcs page(String url, Instant date, String html, Charset charset) throws IOException {
        return capture(url, date, 200, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    /** A request and its response. */
    public Warcs capture(String url, Instant date, int status, String type, byte[] body) throws IOException {
        // Split by hand, not as a URI: tests write addresses no URI parser takes.
        String path = url.replaceFirst("^[A-Za-z]+://[^/]*", "");
        HttpRequest request = new HttpRequest.Builder("GET", path.isEmpty() ? "/" : path)
                .addHeader("Host", url.replaceFirst("^[A-Za-z]+://", "").replaceFirst("/.*", "")).build();
        writer.write(new WarcRequest.Builder(url).recordId(id()).date(date).body(request).build());
        HttpResponse.Builder response = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), body);
        if (status >= 300 && status < 400) {
            response.addHeader("Location", url + "/moved");
        }
        writer.write(new WarcResponse.Builder(url).recordId(id()).date(date).body(response.build()).build());
        return this;
    }

    /** A revisit: the same payload as an earlier capture, not stored again. */
    public Warcs revisit(String url, Instant date) throws IOException {
        writer.write(new WarcRevisit.Builder(url).recordId(id()).date(date).build());
        return this;
    }

    private UUID id() {
        return new UUID(0x5eed_0000_0000_0000L ^ base, ++records);
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }
}

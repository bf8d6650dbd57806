package io.github.dossier.raw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages saved as MHTML ({@code .mhtml}, {@code .mht}): a MIME {@code multipart/related} message, as Chromium's "Save
 * page as… Webpage, single file" and Internet Explorer's "Web archive" write it. The page is the {@code text/html}
 * part at the snapshot's address ({@code Snapshot-Content-Location}), else the first; its transfer encoding
 * (quoted-printable, base64, 7bit, 8bit, binary) is undone, and it is decoded in its part's charset when it is in
 * no Unicode ({@link RawReader#decode}). The message's {@code Date:} gives the day accessed, in the date's own offset,
 * and the snapshot's address where it was {@linkplain SourceNote#captured captured}.
 *
 * <pre>{@code
 * From: <Saved by Blink>
 * Snapshot-Content-Location: https://www.example.com/story
 * Date: Sun, 06 Dec 2026 23:29:07 GMT
 * Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--…----"
 *
 * ------MultipartBoundary--…----
 * Content-Type: text/html
 * Content-Transfer-Encoding: quoted-printable
 * Content-Location: https://www.example.com/story
 *
 * <!DOCTYPE html><html lang=3D"en">…
 * }</pre>
 */
final class Mhtml {

    /** A header's parameter: {@code boundary="…"}, {@code charset=utf-8}. */
    private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*([a-z-]+)\\s*=\\s*(?:\"([^\"]{0,200})\"|([^;\\s]{0,200}))");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}");
    /** The most headers read of a message or a part: more is no MIME a browser wrote. */
    private static final int MAX_HEADERS = 200;

    private Mhtml() {
    }

    /** Whether a file of this name is read as MHTML. */
    static boolean reads(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mhtml") || lower.endsWith(".mht");
    }

    /** The page's HTML part, decoded, with the address and day it was saved. */
    static RawDocument read(String source, byte[] bytes, RawReader reader) throws RawInputException {
        // Byte for character: headers are ASCII, and a part's bytes come back unchanged.
        String message = new String(bytes, StandardCharsets.ISO_8859_1);
        Part top = part(message, 0);
        Optional<String> location = top.header("snapshot-content-location").filter(Mhtml::isWebAddress);
        Part page = top;
        String type = top.type();
        if (type.startsWith("multipart/")) {
            String boundary = top.parameter("content-type", "boundary")
                    .orElseThrow(() -> new RawInputException(source, "is MHTML without a part boundary; skipped"));
            List<Part> html = new ArrayList<>();
            for (Part p : parts(message, top.bodyStart(), boundary)) {
                if (p.type().equals("text/html") || p.type().equals("application/xhtml+xml")) {
                    html.add(p);
                }
            }
            page = html.stream().filter(p -> location.isPresent() && p.header("content-location").equals(location))
                    .findFirst().orElse(html.isEmpty() ? null : html.get(0));
        } else if (!type.equals("text/html") && !type.isEmpty()) {
            page = null;
        }
        if (page == null) {
            throw new RawInputException(source, "is MHTML with no HTML page in it; skipped");
        }
        Charset charset = page.parameter("content-type", "charset").map(Mhtml::charset).orElse(null);
        RawDocument doc = reader.decode(source, RawDocument.Format.HTML, page.content(), charset);
        Optional<LocalDate> accessed = top.header("date").flatMap(Mhtml::day);
        Optional<String> captured = location.isPresent() ? location
                : page.header("content-location").filter(Mhtml::isWebAddress);
        return doc.withNote(new SourceNote(Optional.empty(), accessed, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), captured));
    }

    /**
     * A MIME entity starting at {@code from}: its headers (names in lower case, folded lines unfolded, the first of
     * a name kept) and where its body lies.
     */
    private static Part part(String message, int from) {
        Map<String, String> headers = new LinkedHashMap<>();
        int at = from;
        String last = null;
        while (at < message.length() && headers.size() < MAX_HEADERS) {
            int end = message.indexOf('\n', at);
            end = end < 0 ? message.length() : end;
            String line = message.substring(at, end).replaceFirst("\r$", "");
            at = end + 1;
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                headers.computeIfPresent(last, (k, v) -> v + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(colon + 1).strip());
            }
        }
        return new Part(headers, message, Math.min(at, message.length()), message.length());
    }

    /** The parts between the lines {@code --boundary}, up to {@code --boundary--}. */
    private static List<Part> parts(String message, int from, String boundary) {
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        int at = message.indexOf(delimiter, from);
        while (at >= 0) {
            int after = at + delimiter.length();
            if (message.startsWith("--", after)) {
                break; // the closing delimiter
            }
            int start = message.indexOf('\n', after);
            if (start < 0) {
                break;
            }
            int next = message.indexOf("\n" + delimiter, start);
            int end = next < 0 ? message.length() : next;
            Part p = part(message, start + 1);
            // The line break before a delimiter belongs to it, not to the part.
            int bodyEnd = end > p.bodyStart() && message.charAt(end - 1) == '\r' ? end - 1 : end;
            parts.add(new Part(p.headers, message, p.bodyStart, Math.max(p.bodyStart, bodyEnd)));
            at = next < 0 ? -1 : next + 1;
        }
        return parts;
    }

    /** A MIME entity: its headers, and its body within the message. */
    private record Part(Map<String, String> headers, String message, int bodyStart, int bodyEnd) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }

        /** Its media type in lower case, without parameters; "" when it has none. */
        String type() {
            return header("content-type").map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse("");
        }

        Optional<String> parameter(String header, String name) {
            Matcher m = PARAMETER.matcher(header(header).orElse(""));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return Optional.of(m.group(2) != null ? m.group(2) : m.group(3)).filter(v -> !v.isEmpty());
                }
            }
            return Optional.empty();
        }

        /** Its body's bytes, its transfer encoding undone. */
        byte[] content() {
            String body = message.substring(bodyStart, bodyEnd);
            String encoding = header("content-transfer-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
            if (encoding.equals("base64")) {
                return Base64.getMimeDecoder().decode(body.replaceAll("[^A-Za-z0-9+/=]", ""));
            }
            if (encoding.equals("quoted-printable")) {
                return quotedPrintable(body);
            }
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Quoted-printable undone: "=3D" is "=", a "=" at a line's end joins it to the next; a stray "=" stays. */
    static byte[] quotedPrintable(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '=') {
                out.write(c);
                continue;
            }
            if (i + 1 < n && body.charAt(i + 1) == '\n') {
                i += 1;
            } else if (i + 2 < n && body.charAt(i + 1) == '\r' && body.charAt(i + 2) == '\n') {
                i += 2;
            } else if (i + 2 < n && HEX.matcher(body.substring(i + 1, i + 3)).matches()) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    /** The day a message's {@code Date:} names, in its own offset. */
    static Optional<LocalDate> day(String date) {
        try {
            return Optional.of(ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            return NotedDates.day(date);
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null; // unknown or not a charset's name: the page's own meta charset decides
        }
    }

    private static boolean isWebAddress(String s) {
        return s.matches("(?i)https?://[^\\s<>\"]{1,2000}");
    }
}

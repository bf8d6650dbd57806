package io.github.dossier.site.pages;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.dossier.site.model.SitePaths;
import io.github.dossier.site.state.SiteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The theme: Freemarker templates and static assets, each taken from the project's templates folder when it has a
 * file of that name, else from the theme shipped in the jar. HTML auto-escaping is on; templates may create no
 * Java objects and call no Java API. Errors name the template's file and line. A file in the project's folder that
 * is a link to a file outside it is refused. Thread-safe.
 */
public final class Templates {

    /** Where the build puts the theme: the repository's {@code templates} folder, in the jar. */
    private static final String THEME = "/io/github/dossier/site/theme/";

    private final Path folder;
    private final Configuration config;

    /** The theme with the files of {@code folder} (may be null) in place of its own. */
    public Templates(Path folder) {
        this.folder = folder;
        this.config = configure(folder);
    }

    private static Configuration configure(Path folder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                loaders.add(new ProjectLoader(folder.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }

    /** The project's templates folder, or null. */
    public Path folder() {
        return folder;
    }

    /** The page {@code kind}'s template applied to {@code model}. */
    String render(PageKind kind, Map<String, Object> model) throws IOException, ThemeException {
        Template template = template(kind);
        StringWriter sw = new StringWriter();
        try {
            template.process(model, sw);
        } catch (LinkedOut e) {
            throw refused(e);
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? kind.template() : e.getTemplateSourceName();
            String where = origin(file) + (e.getLineNumber() != null ? ":" + e.getLineNumber() : "");
            throw new ThemeException(where + ": " + firstLine(e.getMessageWithoutStackTop())
                    + " (rendering " + model.get("page") + ")", e);
        }
        return sw.toString();
    }

    /**
     * Loads (once, then from Freemarker's cache) and parses the page {@code kind}'s template; its errors name the
     * file and line. Parsing before pages render in parallel reports a broken template once, as such.
     */
    Template template(PageKind kind) throws ThemeException {
        String name = kind.template();
        try {
            return config.getTemplate(name);
        } catch (LinkedOut e) {
            throw refused(e);
        } catch (ParseException e) {
            String file = e.getTemplateName() == null ? name : e.getTemplateName();
            throw new ThemeException(origin(file) + ":" + e.getLineNumber() + ": template syntax error: "
                    + firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new ThemeException(origin(name) + ": cannot load template: " + firstLine(e.getMessage()), e);
        }
    }

    private ThemeException refused(LinkedOut e) {
        return new ThemeException(folder.resolve(e.name) + ": refused: it is a link to a file outside the templates "
                + "directory " + folder + " (copy the file into it instead)", e);
    }

    /**
     * The project's templates folder. Freemarker refuses a file there that is a link out of it with a
     * {@link SecurityException} naming neither file nor cause plainly, and not only for a page's own template: the
     * layout, imported while a page renders, too. This names the template, wherever it is loaded.
     */
    private static final class ProjectLoader extends FileTemplateLoader {

        ProjectLoader(java.io.File folder) throws IOException {
            super(folder);
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException e) {
                throw new LinkedOut(name, e);
            }
        }
    }

    /** A template in the project's folder that is a link to a file outside it. */
    private static final class LinkedOut extends RuntimeException {
        private final String name;

        LinkedOut(String name, SecurityException cause) {
            super(name + " is a link out of the templates folder", cause);
            this.name = name;
        }
    }

    /** Where a template came from: the project's file, or the theme in the jar. */
    private String origin(String name) {
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            return folder.resolve(name).toString();
        }
        return "dossier theme " + name;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().split("\n")[0];
    }

    /** Copies the theme's static files into the site (in place, those that differ). */
    public void writeAssets(SiteOutput out) throws IOException, ThemeException {
        for (String asset : SitePaths.ASSETS) {
            out.write(asset, asset(asset));
        }
    }

    /** Whether the static files in {@code site} are the ones this theme would write. */
    public boolean assetsAsIn(Path site) throws IOException, ThemeException {
        for (String asset : SitePaths.ASSETS) {
            Path file = site.resolve(asset);
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(asset(asset))) {
                return false;
            }
        }
        return true;
    }

    private String asset(String name) throws IOException, ThemeException {
        if (folder != null) {
            Path own = folder.resolve(name);
            if (Files.isRegularFile(own)) {
                // As for templates (Freemarker's rule): a link out of the templates directory is refused.
                if (!own.toRealPath().startsWith(folder.toRealPath())) {
                    throw new ThemeException(own + ": refused: it is a link to a file outside the templates directory "
                            + folder + " (copy the file into it instead)");
                }
                return Files.readString(own, StandardCharsets.UTF_8);
            }
        }
        try (InputStream in = Templates.class.getResourceAsStream(THEME + name)) {
            if (in == null) {
                throw new IOException("missing theme asset " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

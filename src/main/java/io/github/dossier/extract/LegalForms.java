package io.github.dossier.extract;

import io.github.dossier.internal.Words;
import io.github.dossier.knowledge.Lexicon;
import java.util.Comparator;
import java.util.List;

/**
 * A company's legal form inside a name ("Web Commerce GmbH", "POLITYKA Sp. z o.o. S.K.A", "Wikimedia Foundation,
 * Inc."), in every language the lexicon's {@code legal-forms} list holds, as written: readers know a publication or
 * an organisation signing by its name, not by its entry in a register. Immutable and thread-safe.
 */
final class LegalForms {

    /** Longest first, so that "Sp. z o.o." is found before "o.o.". */
    private final List<String> forms;

    LegalForms(Lexicon lexicon) {
        this.forms = lexicon.words(Lexicon.LEGAL_FORMS).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * {@code name} cut before the first legal form in it, with what joined the form to the name (", ", " & "):
     * "Haufe-Lexware GmbH &amp; Co. KG" is "Haufe-Lexware", "Web Commerce GmbH www.w-commerce.de" "Web Commerce";
     * empty when the name is a form and nothing else ("Co. KG"); {@code name} when it holds none.
     */
    String without(String name) {
        int cut = -1;
        String rest = name;
        for (String form : forms) {
            int at = Words.indexOfWord(name, form, 1);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
            for (int i = Words.indexOfWord(rest, form, 0); i >= 0; i = Words.indexOfWord(rest, form, 0)) {
                rest = rest.substring(0, i) + " " + rest.substring(i + form.length());
            }
        }
        if (rest.replaceAll("[\\s,;&|/–—-]+", "").isEmpty()) {
            return "";
        }
        // A form opening the name ("AB Volvo", "SAS") is no company's suffix: the name stays.
        return cut < 0 ? name : name.substring(0, cut).replaceAll("[\\s,;&|/–—-]+$", "").strip();
    }

    /** Whether {@code name} holds a legal form. */
    boolean in(String name) {
        return !without(name).equals(name);
    }

}

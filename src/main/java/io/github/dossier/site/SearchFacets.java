package io.github.dossier.site;

import io.github.dossier.site.model.Facets;
import io.github.dossier.site.outputs.Escape;

/**
 * {@code search/facets.js}, which the search page counts and filters the briefs a query found by: a call of
 * {@code DossierSearch.facets} with, for each facet, its values and each brief's codes (brief i as search document
 * i). A code is a value's position written in a fixed number of {@link #DIGITS} (base 64): a single-valued facet
 * writes one code a brief, the all-zero code for none and a value's position plus one for it; a facet of several
 * values writes each brief's codes, briefs apart by commas. About a dozen bytes a brief for the four facets, loaded
 * beside a first query's shards, not in them. Stateless.
 */
final class SearchFacets {

    /** The digits of a code, as {@code assets/search.js} reads them. */
    static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private SearchFacets() {
    }

    /** The script of {@code facets}. */
    static String script(Facets facets) {
        StringBuilder sb = new StringBuilder("DossierSearch.facets([");
        for (int f = 0; f < facets.facets().size(); f++) {
            Facets.Facet facet = facets.facets().get(f);
            int width = width(facet.values().size() + (facet.multi() ? 0 : 1));
            sb.append(f == 0 ? "" : ",").append("\n{\"key\":").append(Escape.json(facet.key()))
                    .append(",\"name\":").append(Escape.json(facet.name()))
                    .append(",\"multi\":").append(facet.multi()).append(",\"byCount\":").append(facet.byCount())
                    .append(",\"width\":").append(width).append(",\"values\":[");
            for (int i = 0; i < facet.values().size(); i++) {
                Facets.Value v = facet.values().get(i);
                sb.append(i == 0 ? "" : ",").append('[').append(Escape.json(v.key())).append(',')
                        .append(Escape.json(v.label())).append(']');
            }
            sb.append("],\"of\":\"");
            for (int i = 0; i < facet.codes().length; i++) {
                int[] codes = facet.codes()[i];
                if (facet.multi()) {
                    sb.append(i == 0 ? "" : ",");
                    for (int c : codes) {
                        code(c, width, sb);
                    }
                } else {
                    code(codes.length == 0 ? 0 : codes[0] + 1, width, sb);
                }
            }
            sb.append("\"}");
        }
        return sb.append("\n]);\n").toString();
    }

    /** How many digits write every code below {@code codes}. */
    static int width(int codes) {
        int width = 1;
        for (long room = DIGITS.length(); room < codes; room *= DIGITS.length()) {
            width++;
        }
        return width;
    }

    private static void code(int code, int width, StringBuilder sb) {
        char[] digits = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = DIGITS.charAt(code % DIGITS.length());
            code /= DIGITS.length();
        }
        sb.append(digits);
    }
}

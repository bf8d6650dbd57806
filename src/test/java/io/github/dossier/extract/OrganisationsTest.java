package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.knowledge.Knowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationsTest {

    private static final Organisations ORGANISATIONS = new Organisations(Knowledge.shipped());

    private static List<String> find(String text, String language) {
        return ORGANISATIONS.find(text, text, language, java.util.Optional.empty());
    }

    @Test
    void aNameKeepsNoPossessiveNorOpeningFunctionWord() {
        assertEquals(List.of("Bank of Canada"), find("The Bank of Canada’s governor spoke.", "en"));
        assertEquals(List.of("Ministry of Health"), find("While Ministry of Health officials met, nothing moved.", "en"));
    }

    @Test
    void aNameIsNoFragmentOfALongerOne() {
        List<String> found = find("New Zealand Army officers came. Later the New York City Housing Authority said so.",
                "en");
        assertTrue(found.contains("New Zealand Army") && found.contains("New York City Housing Authority"),
                found.toString());
        assertTrue(found.stream().noneMatch(o -> o.startsWith("Zealand") || o.startsWith("York")), found.toString());
    }

    @Test
    void organisationsWhereEveryNounIsCapitalised() {
        List<String> found = find("Laut dem Bundesamt für Sicherheit in der Informationstechnik und der Präsidentin des"
                + " Deutschen Caritasverbandes hat die Merkel Jagd- und Sportwaffen GmbH Zahlen vorgelegt. Die"
                + " Organisation der Mitmieter schwieg.", "de");
        assertEquals(List.of("Bundesamt für Sicherheit", "Deutsche Caritasverband",
                "Merkel Jagd- und Sportwaffen GmbH"), found, "a declined adjective and head in one form");
    }

    @Test
    void organisationsWhoseNameOpensWithTheirHead() {
        assertEquals(List.of("Ministerio de Sanidad", "Partido Popular"),
                find("Según el Ministerio de Sanidad y el Partido Popular, no.", "es"));
        assertEquals(List.of("Ministère de l'Intérieur", "Assemblée nationale", "Parti socialiste"), find(
                "Le Ministère de l'Intérieur a réagi, l'Assemblée nationale et le Parti socialiste aussi. Le Conseil a"
                + " décidé.", "fr"), "small adjectives after a leading head are its name's");
        assertEquals(List.of("Ministerio de Energía y Minas"), find("Según el Ministerio de Energía y Minas, no.", "es"));
        assertEquals(List.of("Harvard University", "Yale College", "Tufts University"), find("Harvard University and"
                + " Yale College; Tufts University’s dean.", "en"), "a conjunction or a possessive parts two names");
    }

    @Test
    void oneOrganisationAcrossLanguages() {
        assertEquals(List.of("NATO", "European Union"), find("L'OTAN et l'UE; die Europäische Union und die Nato.", "fr"));
    }

    @Test
    void anAcronymAfterANameTellsWhereTheNameStarts() {
        assertEquals(List.of("Deutsche Lebens-Rettungs-Gesellschaft", "Pensionssicherungsverein",
                "Landesbank Baden-Württemberg"), find("Laut Deutsche Lebens-Rettungs-Gesellschaft (DLRG) und"
                + " Pensionssicherungsverein (PSV) hat die Landesbank Baden-Württemberg (LBBW) Geld. Die"
                + " Datenschutz-Grundverordnung (DSGVO) gilt.", "de"), "a law's name names no institution");
    }

    @Test
    void otherPublicationsTheArticleNamesAreOrganisationsItsOwnIsNot() {
        String text = "The Hill reported it first, according to Reuters; The Washington Post confirmed.";
        assertEquals(List.of("Reuters", "The Hill", "The Washington Post"), find(text, "en"));
        assertEquals(List.of("Reuters", "The Washington Post"),
                ORGANISATIONS.find(text, text, "en", java.util.Optional.of("The Hill")), "its own publication is none");
    }

    @Test
    void aListOfPortfoliosAndAPurposeBelongToTheName() {
        assertEquals(List.of("Ministerio de Ganadería, Agricultura y Pesca", "Relatoría Especial para la Libertad"),
                find("El Ministerio de Ganadería, Agricultura y Pesca y la Relatoría Especial para la Libertad"
                        + " hablaron.", "es"));
        assertEquals(List.of("Parquet national financier"), find("Le Parquet national financier enquête.", "fr"));
    }

    @Test
    void aFederalCompoundAloneNamesAnInstitution() {
        assertEquals(List.of("Bundesarbeitsministerium"), find("Das Bundesarbeitsministerium und das"
                + " Bundesministerium prüfen die Bundesländer.", "de"), "a federal compound with no head names none");
        assertEquals(List.of("Poder Judicial"), find("Según el Poder Judicial, no.", "es"));
    }

    @Test
    void aSmallHeadBeforeAPlaceOrPortfolioNamesAnInstitution() {
        assertEquals(List.of("parquet de Paris", "cour d'appel de Rennes", "tribunal de grande instance de Nanterre"),
                find("Le parquet de Paris et la cour d'appel de Rennes, puis le tribunal de grande instance de"
                        + " Nanterre; le tribunal a tranché.", "fr"));
        assertEquals(List.of("ministerio de Salud"), find("Lo dijo el ministerio de Salud ayer.", "es"));
    }
}

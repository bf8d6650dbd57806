package io.github.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dossier.knowledge.Lexicon;
import io.github.dossier.knowledge.NameList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleFinderTest {

    @Test
    void peopleAreFoundByTitleAndBySurnameOnceNamedInFull() {
        PeopleFinder finder = new PeopleFinder(NameList.load("people.yml", null), Lexicon.shipped());
        List<String> found = finder.find("Foreign Minister Sergei Lavrov met Putin. Lavrov said Vladimir Putin agreed; Putin left.",
                name -> false);
        assertEquals(List.of("Vladimir Putin", "Sergei Lavrov"), found);
        assertTrue(finder.find("Russia's Foreign Minister Sergei Lavrov", name -> name.equals("Sergei Lavrov")).isEmpty(),
                "what the caller excludes is no person");
    }

    @Test
    void aPersonIsANameNotAPhraseOrAFragment() {
        PeopleFinder finder = new PeopleFinder(NameList.load("people.yml", null), Lexicon.shipped());
        assertEquals(List.of(), finder.find("DEA arrest BVI Premier On Drug Charges; Territory's Governor Calls For Calm",
                name -> false), "a headline in title case names no one by its capitals");
        assertEquals(List.of("Natalio Wheatley"), finder.find(
                "a call with the Acting Premier Honourable Natalio Wheatley tomorrow", name -> false));
        assertEquals(List.of("Ilhan Omar"), finder.find("threatened to kill Rep. Ilhan Omar Ilhan Omar last year.",
                name -> false));
        assertEquals(List.of("Alexandria Ocasio-Cortez"), finder.find(
                "it reinforces the argument of Rep. Alexandria Ocasio-Cortez, who has said so", name -> false));
        assertEquals(List.of("Mark Meadows"), finder.find(
                "the doubts of Representative Mark Meadows’ friends were plain", name -> false));
        assertEquals(List.of("Donald Trump"), finder.find(
                "who listened in on President Trump's July 25 call with the president of Ukraine", name -> false));
        assertEquals(List.of(), finder.find("as said by Minister Atef Al, who left", name -> false),
                "a particle ends no name");
        assertEquals(List.of("Ursula von der Leyen"), finder.find("President Ursula von der Leyen spoke.", name -> false));
    }

    private static final PeopleFinder FINDER = new PeopleFinder(NameList.load("people.yml", null), Lexicon.shipped());

    @Test
    void aKnownGivenNameOpensANameInEveryLanguage() {
        assertEquals(List.of("Christian Drosten"), FINDER.find(
                "Das sagte der Virologe Christian Drosten Journalisten am Montag.", "de", name -> false),
                "where every noun is capitalised, a name ends at its first word that is no given name");
        assertEquals(List.of("Jean-Noël Juttet"), FINDER.find("selon Jean-Noël Juttet, traducteur", "fr", name -> false));
        assertEquals(List.of("Gabriel García Márquez"), FINDER.find("Lo escribió Gabriel García Márquez en 1967.", "es",
                name -> false));
        assertEquals(List.of("Сергей Шойгу"), FINDER.find("Министр Сергей Шойгу заявил", "ru", name -> false));
        assertEquals(List.of("Néstor Kirchner"), FINDER.find("con Néstor Kirchner", "es", name -> false),
                "a given name's accents aside");
        assertEquals(List.of("Martin Luther"), FINDER.find("Martin Luthers Thesen: Luther schrieb sie 1517.", "de",
                name -> false), "a German genitive is the name's where the text writes it without");
    }

    @Test
    void aNameNoListKnowsIsFoundBesideAVerbOfSayingOrARole() {
        assertEquals(List.of("Rusmik Oza"), FINDER.find("“Rates will fall,” said Rusmik Oza, head of research.", "en",
                name -> false), "a verb of saying before the name");
        assertEquals(List.of("Pankaj Pandey"), FINDER.find("Pankaj Pandey, head of research at ICICI, said so.", "en",
                name -> false), "a role in apposition");
        assertEquals(List.of("Nisan Ahmado"), FINDER.find("A reporter Nisan Ahmado spoke to the camp.", "en",
                name -> false), "a role before the name");
        assertEquals(List.of("Francisca Joly-Gomez"), FINDER.find("résume Francisca Joly-Gomez, professeure", "fr",
                name -> false));
        assertEquals(List.of("Joel Eriksson Ek"), FINDER.find("He fed Joel Eriksson Ek. “Fine,” Eriksson Ek said.", "en",
                name -> false), "a cued surname pair counts for the full name");
        for (String text : List.of("The San Francisco Chronicle says police are here.",
                "according to a report in the Argus Leader of Sioux Falls, Gov. Noem said.",
                "the former South Bend mayor said so", "Last week, director Ann said no; last time too.")) {
            assertEquals(List.of(), FINDER.find(text, "en", name -> false), text);
        }
    }

    @Test
    void aPossessiveBeforeAGivenNameIsNoPartOfTheName() {
        assertEquals(List.of("Andy Murray"), FINDER.find("Serbia’s Novak Djokovic and Britain’s Andy Murray play.", "en",
                name -> false));
    }

    @Test
    void aNameListedBesideAPersonIsAPerson() {
        assertEquals(List.of("Simon Rattle", "Daniele Gatti", "Myung-Whun Chung"), FINDER.find(
                "Simon Rattle, Myung-Whun Chung, Daniele Gatti etc.", "fr", name -> false));
        assertEquals(List.of("Guillermo Bocángel", "Bienvenido Ramírez"), FINDER.find(
                "los excongresistas Guillermo Bocángel, Bienvenido Ramírez y otros", "es", name -> false));
        assertEquals(List.of("Daniele Gatti"), FINDER.find("Daniele Gatti, New York and more; new ideas.", "en",
                name -> false), "a word written small elsewhere is no name's");
    }

    @Test
    void officesOfStateAndSchoolAreTitles() {
        assertEquals(java.util.Set.of("Brian Bosma", "Jennifer McCormick", "John Bolton"), java.util.Set.copyOf(FINDER.find(
                "Indiana House Speaker Brian Bosma met state schools Superintendent Jennifer McCormick and former"
                        + " National Security Adviser John Bolton.", "en", name -> false)));
    }

    @Test
    void onePersonWrittenTwoWaysIsOnePerson() {
        assertEquals(List.of("Oscar Martínez"), FINDER.find("El periodista Oscar Martínez habló. Óscar Martínez sigue.",
                "es", name -> false), "accents aside");
        assertEquals(List.of("Nancy Paola Rodas"), FINDER.find("La abogada Nancy Paola Rodas habló. Nancy Rodas sigue.",
                "es", name -> false), "a middle name aside");
        assertEquals(List.of("Angela Merkel"), FINDER.find("Angela Merkel spoke. Angela Dorothea Merkel left.", "en",
                name -> false), "a curated figure keeps its name");
    }

    @Test
    void aSentenceListingNamesIsNoHeadline() {
        assertEquals(List.of("Sergio Fajardo", "Rodolfo Hernández", "John Milton Rodríguez", "Luis Pérez Gutiérrez"),
                FINDER.find("Sergio Fajardo, Rodolfo Hernández, John Milton Rodríguez y Luis Pérez Gutiérrez.", "es",
                        name -> false));
    }

    @Test
    void aPicturesCreditNamesNoOneTheArticleDoes() {
        for (String text : List.of("Sie berät Firmen. Foto: Marvin Ruppert", "Sie berät Firmen.\nFoto:\nMarvin Ruppert\n",
                "Lawmakers met.\nMichael Conroy, AP\nThe budget passed.")) {
            assertEquals(List.of(), FINDER.find(text, text.contains("Foto") ? "de" : "en", name -> false), text);
        }
        assertEquals(List.of("Michael Conroy"), FINDER.find("Michael Conroy, AP's photographer, said so.", "en",
                name -> false));
    }

    @Test
    void aNameIsNoFragmentNorAThingsName() {
        for (List<String> text : List.of(List.of("en", "Fog covered the San Francisco Bay Area on Monday."),
                List.of("de", "Das Robert Koch-Institut meldet neue Zahlen."),
                List.of("en", "She studied at George Washington University."),
                List.of("de", "Die Angela-Merkel-Straße ist gesperrt."), List.of("fr", "au lycée Jean Zay de Paris"),
                List.of("en", "He won the Davis Cup."), List.of("de", "Hast Du Lust? Ich auch."),
                List.of("en", "Will Republicans win?"))) {
            assertEquals(List.of(), FINDER.find(text.get(1), text.get(0), name -> false), text.get(1));
        }
        assertEquals(List.of("Kristi Noem"), FINDER.find("South Dakota Gov. Kristi Noem said so.", "en", name -> false));
        assertEquals(List.of("Ilhan Omar"), FINDER.find("Rep. Ilhan OmarIlhan OmarHillicon", "en", name -> false),
                "words glued without a space are two");
    }

    @Test
    void aTitleBeforeASentenceNamesNoOne() {
        assertEquals(List.of(), FINDER.find("He met the PM. While Hamas leaders waited, Two Middle East envoys left.",
                "en", name -> false));
        assertEquals(List.of(), FINDER.find("the Republican Governors Association met", "en", name -> false));
    }

    @Test
    void aCuratedSurnameAloneNamesThePersonOnlyBesideTheFullNameOrATitle() {
        String gunMaker = "Merkel Jagd- und Sportwaffen GmbH sells rifles; Merkel also sells scopes.";
        assertEquals(List.of(), FINDER.find(gunMaker, "de", name -> false));
        assertEquals(List.of("Angela Merkel"), FINDER.find(gunMaker + " Angela Merkel was not amused.", "de",
                name -> false));
        assertEquals(List.of("Donald Trump"), FINDER.find("President Trump said so.", "en", name -> false));
    }

    @Test
    void oneFigureAcrossSpellingsAndScripts() {
        assertEquals(List.of("Volodymyr Zelensky"), FINDER.find(
                "Wolodymyr Selenskyj sagte, Selenskyj werde reisen; Володимир Зеленський", "de", name -> false));
        assertEquals(List.of("Vladimir Putin"), FINDER.find("Vladímir Putin y Poutine; Владимир Путин", "es",
                name -> false), "accents aside, and the curated forms of every script");
    }
}

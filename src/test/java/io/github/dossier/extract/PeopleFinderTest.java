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
}

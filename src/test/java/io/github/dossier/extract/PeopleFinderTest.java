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
        PeopleFinder finder = new PeopleFinder(NameList.load("people.yml", null), Lexicon.shipped().titles());
        List<String> found = finder.find("Foreign Minister Sergei Lavrov met Putin. Lavrov said Vladimir Putin agreed; Putin left.",
                name -> false);
        assertEquals(List.of("Vladimir Putin", "Sergei Lavrov"), found);
        assertTrue(finder.find("Russia's Foreign Minister Sergei Lavrov", name -> name.equals("Sergei Lavrov")).isEmpty(),
                "what the caller excludes is no person");
    }
}

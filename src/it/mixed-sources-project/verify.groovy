// Runs after `mvn dossier:build` in a project whose raw folder holds every kind of source Dossier reads: a text scrape,
// a saved page, a web archive written by GNU Wget (two pages, a stylesheet, a 404), a PDF printed by Chromium, and a
// Zotero RDF export with its files (a snapshot, a PDF, an item without a file, a hostile item).
def briefs = new File(basedir, 'content/briefs')
def names = briefs.list().findAll { it.endsWith('.md') }.sort()
assert names == ['a-cable-under-the-ice-norways-svalbard-link-and-the-new-arctic-security.md',
                 'icebreakers-and-influence-who-will-police-the-northern-sea-route.md',
                 'scientists-unveil-the-first-global-geological-map-of-saturns-moon-titan.md',
                 'shipping-through-a-melting-arctic-russias-northern-sea-route-and-chinas-polar.md',
                 'the-grain-corridor-that-outlasted-the-wars-first-winter.md',
                 'what-the-port-of-piraeus-taught-europe.md',
                 'why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow.md']
def brief = { name -> new File(briefs, name + '.md').getText('UTF-8') }

// The web archive: the capture's day, the page's canonical address, the archive and address as its source.
def grain = brief('the-grain-corridor-that-outlasted-the-wars-first-winter')
assert grain.contains('source: baltic-ledger.warc.gz#http://localhost:8766/grain-corridor.html\n')
assert grain.contains('url: https://baltic-ledger.example/2023/02/grain-corridor\n')
assert grain.contains('accessed: 2026-12-06\n')
assert grain.contains('authors: [Ilse Vandermeer]')
assert grain.contains('publication: The Baltic Ledger')
assert !grain.contains('Read more')

// The PDF: its title and text, without the print's header and footer.
def pdf = brief('icebreakers-and-influence-who-will-police-the-northern-sea-route')
assert pdf.contains("title: 'Icebreakers and influence: who will police the Northern Sea Route?'")
assert pdf.contains('source: northern-sea-route.pdf\n')
assert pdf.contains('no other forum has taken up the rules of the route.')
assert !pdf.contains('file:///') && !(pdf =~ /(?m)^1\/1$/)

// Zotero: the items as curated, read from their snapshot and their PDF.
def titan = brief('scientists-unveil-the-first-global-geological-map-of-saturns-moon-titan')
assert titan.contains('authors: [Will Dunham, Reuters]')
assert titan.contains('publication: ScienceAlert')
assert titan.contains('accessed: 2019-11-20')
def journal = brief('shipping-through-a-melting-arctic-russias-northern-sea-route-and-chinas-polar')
assert journal.contains('authors: [Natasha Kuhrt, Jean-Pierre de La Fontaine]')
assert journal.contains('publication: Journal of Eurasian Studies')
assert journal.contains('published: 2021-03-15')
assert journal.contains('source: zotero-export/Dossier sources.rdf#item_15')
def csl = new File(basedir, 'site/briefs/scientists-unveil-the-first-global-geological-map-of-saturns-moon-titan.csl.json').getText('UTF-8')
assert csl.contains('"author": [{"family": "Dunham", "given": "Will"}, {"literal": "Reuters"}]')
assert csl.contains('"accessed": {"date-parts": [[2019, 11, 20]]}')

// The text scrape and the saved page, as ever; the snapshot and PDF of the export are no briefs of their own.
assert brief('why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow').contains('source: arctic-shipping.txt')
assert brief('what-the-port-of-piraeus-taught-europe').contains('source: port-of-piraeus.html')

// A long message goes on over lines indented under 'Dossier: ': read it whole.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\r?\n\[(?:INFO|WARNING)\] Dossier:   /, ' ')
assert log.contains('Dossier: articles read: 7 (0 unchanged), skipped: 2; archived records that are no article: 9 (')
assert log.contains('1 not HTML: text/css') && log.contains('1 status 404')
assert log.contains('Climate change and health”: no snapshot or PDF attached; skipped')
assert log.contains('lies outside the raw folder, refused')
assert !log.readLines().any { it.contains('Dossier:') && it.contains('Exception') }
['index.html', 'briefs/icebreakers-and-influence-who-will-police-the-northern-sea-route.html',
 'briefs/the-grain-corridor-that-outlasted-the-wars-first-winter.html', 'authors/natasha-kuhrt.html',
 'publications/the-baltic-ledger.html'].each {
    assert new File(basedir, 'site/' + it).isFile() : "missing site/$it"
}
def page = new File(basedir, 'site/briefs/scientists-unveil-the-first-global-geological-map-of-saturns-moon-titan.html').getText('UTF-8')
assert !page.contains('<script>alert')
return true

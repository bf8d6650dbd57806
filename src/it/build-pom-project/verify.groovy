// Runs after `mvn dossier:build` in this packaging-pom project: checks the briefs and the site it made.
import java.nio.file.Files

def briefs = new File(basedir, 'content/briefs')
def names = briefs.list().findAll { it.endsWith('.md') }.sort()
assert names == ['what-the-port-of-piraeus-taught-europe.md', 'why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow.md']

def arctic = new File(briefs, 'why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow.md').getText('UTF-8')
assert arctic.startsWith('---\ntitle: Why the Arctic shipping lanes matter to Beijing and Moscow\nauthors: [Maria Lindqvist]\n')
assert arctic.contains('section: Opinion')
assert arctic.contains('source: arctic-shipping.txt')
assert arctic =~ /countries: \[(Russia, China|China, Russia), Norway, Canada\]/
assert !arctic.contains('Read more')
assert !arctic.contains('Advertisement')
assert !arctic.contains('Share this article')
assert arctic.trim().endsWith('accept only reluctantly.')

def piraeus = new File(briefs, 'what-the-port-of-piraeus-taught-europe.md').getText('UTF-8')
assert piraeus.contains('authors: [Nikos Papadakis]')
assert piraeus.contains('publication: The Harbour Review')
assert piraeus.contains('published: 2022-05-04')
assert piraeus.contains('## Lessons for other ports')
assert !piraeus.contains('Shipping rates fall again')

def register = new File(basedir, 'content/authors/maria-lindqvist.yml').getText('UTF-8')
assert register.contains('name: Maria Lindqvist')
assert register.contains('affiliation: Stockholm Institute of Polar Studies')

def site = new File(basedir, 'site')
['index.html', '.nojekyll', 'sitemap.xml', 'robots.txt', 'assets/style.css',
 'briefs/what-the-port-of-piraeus-taught-europe.html', 'authors/maria-lindqvist.html', 'authors/nikos-papadakis.html',
 'countries/china.html', 'publications/the-harbour-review.html', 'themes/index.html'].each {
    assert new File(site, it).isFile() : "missing site/$it"
}
assert new File(site, 'authors/maria-lindqvist.html').getText('UTF-8').contains('Stockholm Institute of Polar Studies')
def author = new File(site, 'authors/nikos-papadakis.html').getText('UTF-8')
assert author.contains('href="../briefs/what-the-port-of-piraeus-taught-europe.html"')
def page = new File(site, 'briefs/what-the-port-of-piraeus-taught-europe.html').getText('UTF-8')
assert page.contains('href="../authors/nikos-papadakis.html"')
assert page.contains('<link rel="canonical" href="https://example.org/arctic/briefs/what-the-port-of-piraeus-taught-europe.html">')

// A long message goes on over lines indented under 'Dossier: ': read it whole.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\r?\n\[(?:INFO|WARNING)\] Dossier:   /, ' ')
assert log.contains('Dossier: articles read: 2 (0 unchanged), skipped: 0')
return true

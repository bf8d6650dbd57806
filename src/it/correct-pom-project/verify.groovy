// Runs after `mvn dossier:build dossier:review` in a project with corrections.yml and a brief edited by hand since
// Dossier wrote it (its ledger line names another text): the edit is kept and shown, the corrections are in the site,
// and the review is written.
def base = basedir
def brief = new File(base, 'content/briefs/what-the-port-of-piraeus-taught-europe.md').getText('UTF-8')
assert brief.contains('title: What the port of Piraeus taught Europe (corrected by hand)')
assert brief.contains("The researcher's own summary of the article")
def ledger = new File(base, 'content/briefs/.dossier-ledger').getText('UTF-8')
assert ledger.contains('what-the-port-of-piraeus-taught-europe\tport-of-piraeus.html\tedited\n')
assert ledger =~ /why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow\tarctic-shipping.txt\tsha256:[0-9a-f]{64}\n/

def site = new File(base, 'site')
def page = new File(site, 'briefs/what-the-port-of-piraeus-taught-europe.html').getText('UTF-8')
assert page.contains('(corrected by hand)')
assert page.contains("The researcher&#39;s own summary") || page.contains("The researcher’s own summary") || page.contains("The researcher's own summary")
assert new File(site, 'authors/maria-e-lindqvist.html').isFile()
assert !new File(site, 'authors/maria-lindqvist.html').exists()
assert !new File(site, 'countries/norway.html').exists()
def arctic = new File(site, 'briefs/why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow.html').getText('UTF-8')
assert arctic.contains('href="../authors/maria-e-lindqvist.html"')
assert new File(base, 'content/briefs/why-the-arctic-shipping-lanes-matter-to-beijing-and-moscow.md').getText('UTF-8')
        .contains('authors: [Maria Lindqvist]') : 'the brief file keeps what the page says; the site shows the correction'
assert new File(base, 'content/authors/maria-e-lindqvist.yml').isFile()

def review = new File(base, 'target/dossier-review.md').getText('UTF-8')
assert review.startsWith('# Review: ')
assert new File(base, 'target/dossier-review.tsv').getText('UTF-8').startsWith('doubt\tcheck\tfield\tbriefs\tproblem\tfix\n')

// A long message goes on over lines indented under 'Dossier: ': read it whole.
def log = new File(base, 'build.log').getText('UTF-8').replaceAll(/\r?\n\[(?:INFO|WARNING)\] Dossier:   /, ' ')
assert log.contains('what-the-port-of-piraeus-taught-europe.md: edited by hand since Dossier wrote it; kept as yours')
assert log.contains('curated: 1 (1 edited by hand)')
assert log.contains('Dossier: review: ')
return true

#!/usr/bin/env python3
"""How many of the problems found by reading briefs by hand the review queue lists.

Usage: python3 docs/review/match.py findings-X.md target/dossier-review.tsv [v]

findings-X.md: one section per brief ("## <slug>.md"), one line per problem ("- [field] ..."), as written by a reader
before the review was run on those briefs. dossier-review.tsv: what `dossier:review` (or `Main review`) wrote for the
corpus the briefs are in. A problem counts as listed when an item of the review concerns its brief and is of a check
that points at its field (authors: no author, an author that looks like a label, a cluster; body-missing: a body
shorter than the page, something the page has that the body lacks; and so on, below). With "v", prints the misses.
"""
import sys, re, csv, collections
findings, tsv = sys.argv[1], sys.argv[2]
verbose = len(sys.argv) > 3
CATS = {
 'title': {'TITLE_DOUBT'},
 'authors': {'MISSING_AUTHOR','AUTHOR_LABEL','CLUSTER'},
 'publication': {'MISSING_PUBLICATION','PUBLICATION_HANDLE','CLUSTER'},
 'published': {'MISSING_DATE','DATE_IMPLAUSIBLE','DATE_DISAGREES'},
 'summary': {'SUMMARY_BOILERPLATE','SUMMARY_BROKEN'},
 'body-leftover': {'BODY_LEFTOVER'},
 'body-missing': {'BODY_SHORT','BODY_GAP'},
 'language': {'LANGUAGE'},
 'people': {'NAMES_UNLISTED','NAME_JUNK','CLUSTER'},
 'organisations': {'NAMES_UNLISTED','NAME_JUNK','CLUSTER'},
 'countries': {'COUNTRY_MISSING','COUNTRY_DOUBTFUL'},
 'themes': set(),
 'other': {'MISSING_URL','FIELD_FURNITURE','TITLE_DOUBT','LANGUAGE'},
}
items = collections.defaultdict(set)
with open(tsv) as f:
    r = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    next(r)
    for row in r:
        for b in row[3].split(','):
            if b: items[b].add((row[1], row[2]))
problems = []
cur = None
for line in open(findings):
    m = re.match(r'## (.+)\.md\s*$', line)
    if m: cur = m.group(1); continue
    m = re.match(r'- \[([a-z-]+)\] (.*)', line)
    if m and cur: problems.append((cur, m.group(1), m.group(2)))
tot = collections.Counter(); hit = collections.Counter()
for slug, field, text in problems:
    checks = {c for c, f in items.get(slug, set())}
    ok = bool(checks & CATS[field])
    if field == 'other':
        t = text.lower()
        if '`url`' in t or 'url field' in t: ok = 'MISSING_URL' in checks
        elif '`quotes`' in t or '`section`' in t or '`tags`' in t: ok = 'FIELD_FURNITURE' in checks
        elif 'garbled' in t or 'mojibake' in t: ok = 'ENCODING' in checks
        elif 'drop-cap' in t or 'drop cap' in t: ok = 'BODY_LEFTOVER' in checks
    tot[field] += 1; hit[field] += ok
    if verbose and not ok: print('MISS', slug, field, text[:150])
print('field\tlisted/found')
for f in tot: print(f"{f}\t{hit[f]}/{tot[f]}")
print(f"ALL\t{sum(hit.values())}/{sum(tot.values())} = {sum(hit.values())/sum(tot.values()):.1%}")

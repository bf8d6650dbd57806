#!/usr/bin/python3
"""Times readability-lxml (Debian's python3-readability) extracting the body of every HTML page under the given
folders, one after another on one thread, as Dossier's benchmark compares its cold build with: prints the pages, the
seconds (Python's start excluded) and the milliseconds a page.
Usage: bench/time-readability.py FOLDER..."""
import os
import sys
import time

from readability import Document

pages = sorted(os.path.join(d, f) for folder in sys.argv[1:] for d, _, files in os.walk(folder)
               for f in files if f.endswith(('.html', '.htm')))
start = time.perf_counter()
for path in pages:
    with open(path, 'rb') as f:
        html = f.read()
    try:
        Document(html).summary()
    except Exception as e:  # a page it cannot read still counts: the time it took is spent
        print(f'{path}: {e}', file=sys.stderr)
seconds = time.perf_counter() - start
print(f'{len(pages)} pages {seconds:.2f} s {seconds * 1000 / max(1, len(pages)):.1f} ms a page')

#!/usr/bin/env python3
"""One correction in serve mode, timed from outside (by farm-bench): a word added to a brief's body, then the served
brief page polled until it shows the word. `form`: through the preview's edit form (GET the form, POST it: the
server answers once the rebuild is done). `file`: as an editor saves, the brief file written in place (curated: true
added), the page polled. Each run takes the next brief of the project (a counter beside it), so no two runs edit one.
Usage: bench/save.py form|file URL PROJECT"""
import html, os, re, sys, time, urllib.parse, urllib.request

how, url, project = sys.argv[1], sys.argv[2].rstrip('/') + '/', sys.argv[3]
briefs = os.path.join(project, 'content', 'briefs')
counter = os.path.join(project, 'target', 'save-counter')
os.makedirs(os.path.dirname(counter), exist_ok=True)
n = int(open(counter).read()) + 1 if os.path.exists(counter) else 0
open(counter, 'w').write(str(n))
slug = sorted(f[:-3] for f in os.listdir(briefs) if f.endswith('.md'))[20 + n]
word = 'zqxw%d%d' % (os.getpid(), n)

if how == 'form':
    page = urllib.request.urlopen(url + '__dossier/edit/' + urllib.parse.quote(slug)).read().decode()
    fields = {k: html.unescape(v) for k, v in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)}
    for m in re.finditer(r'<textarea id="([^"]+)" name="[^"]+" rows="\d+">(.*?)</textarea>', page, re.S):
        fields[m.group(1)] = html.unescape(m.group(2))
    body = fields['body']
    cut = body.index(' ', 200)
    fields['body'] = body[:cut] + ' ' + word + body[cut:]
    req = urllib.request.Request(url + '__dossier/edit/' + urllib.parse.quote(slug),
                                 data=urllib.parse.urlencode(fields).encode(), method='POST')
    urllib.request.urlopen(req).read()  # follows the 303 to the page, once the rebuild is done
else:
    path = os.path.join(briefs, slug + '.md')
    text = open(path, encoding='utf-8').read()
    if '\ncurated: true\n' not in text.split('\n---\n', 1)[0] + '\n':
        text = text.replace('\n---\n', '\ncurated: true\n---\n', 1)
    body = text.index('\n---\n') + 5
    cut = text.index(' ', body + 200)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text[:cut] + ' ' + word + text[cut:])

deadline = time.time() + 60
while time.time() < deadline:
    try:
        if word in urllib.request.urlopen(url + 'briefs/' + urllib.parse.quote(slug) + '.html').read().decode():
            sys.exit(0)
    except OSError:
        pass
    time.sleep(0.01)
sys.exit('the page never showed the edit')

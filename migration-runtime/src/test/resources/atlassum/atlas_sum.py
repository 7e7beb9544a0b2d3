#!/usr/bin/env python3
"""Independent re-derivation of Atlas's atlas.sum, used once to produce the golden *.sum files.

Usage: atlas_sum.py DIR  -> prints the atlas.sum content for DIR's *.sql files.
Written from Atlas's documented format (sql/migrate/dir.go): files sorted by name bytes; one
running SHA-256 fed each file's name, then its content unless the file's first line is an
"atlas:sum ignore" directive; each hashed file gets a line "<name> h1:<base64 of the running
digest so far>"; the first line is "h1:" + base64(SHA-256(name1 + hash1 + name2 + hash2 ...)).
"""
import base64, hashlib, os, re, sys

DIRECTIVE = re.compile(rb'^([ -~]*)atlas:(\w+)(?: +([ -~]*))*')

def sum_ignored(content):
    m = DIRECTIVE.match(content)
    return bool(m) and m.group(2) == b'sum' and (m.group(3) or b'') == b'ignore'

def atlas_sum(directory):
    names = sorted((n.encode('utf-8') for n in os.listdir(directory) if n.endswith('.sql')))
    running = hashlib.sha256()
    lines = []
    for name in names:
        with open(os.path.join(directory.encode('utf-8'), name), 'rb') as f:
            content = f.read()
        running.update(name)
        if sum_ignored(content):
            continue
        running.update(content)
        lines.append((name, base64.b64encode(running.copy().digest())))
    header = hashlib.sha256()
    for name, h in lines:
        header.update(name)
        header.update(h)
    out = b'h1:' + base64.b64encode(header.digest()) + b'\n'
    for name, h in lines:
        out += name + b' h1:' + h + b'\n'
    return out

if __name__ == '__main__':
    sys.stdout.buffer.write(atlas_sum(sys.argv[1]))

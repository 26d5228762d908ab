"""Fetches two dumps and tells whether rdflib reads the same triples from both.

Used to check that the JSON-LD dump, compacted with a context that coerces datatypes, still means
exactly what the N-Quads dump says. Prints {"first": n, "second": n, "isomorphic": true|false}.
Run with Debian's /usr/bin/python3 (python3-rdflib).
"""
import gzip
import json
import sys
import urllib.request

from rdflib import ConjunctiveGraph, Graph
from rdflib.compare import isomorphic

FORMATS = {"nq": "nquads", "jsonld": "json-ld", "trig": "trig"}


def union(url):
    with urllib.request.urlopen(url) as response:
        data = response.read()
    name = url.rsplit("/", 1)[-1]
    if name.endswith(".gz"):
        data = gzip.decompress(data)
        name = name[:-3]
    store = ConjunctiveGraph()
    store.parse(data=data, format=FORMATS[name.rsplit(".", 1)[-1]])
    g = Graph()
    for s, p, o, _ in store.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


first, second = union(sys.argv[1]), union(sys.argv[2])
print(json.dumps({"first": len(first), "second": len(second), "isomorphic": isomorphic(first, second)}))

"""Fetches each URL given and parses it with rdflib, as a data scientist loading a dump would.

Prints one JSON object: URL -> {"triples": distinct triples of the union of all graphs, "graphs":
named graphs seen}. Run with Debian's /usr/bin/python3 (python3-rdflib).
"""
import gzip
import json
import sys
import urllib.request

from rdflib import ConjunctiveGraph, Graph

FORMATS = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "rdf": "xml"}
QUADS = {"trig", "nquads", "json-ld"}


def parse(url):
    with urllib.request.urlopen(url) as response:
        data = response.read()
    name = url.rsplit("/", 1)[-1]
    if name.endswith(".gz"):
        data = gzip.decompress(data)
        name = name[:-3]
    fmt = FORMATS[name.rsplit(".", 1)[-1]]
    if fmt in QUADS:
        store = ConjunctiveGraph()
        store.parse(data=data, format=fmt)
        triples = {(s, p, o) for s, p, o, _ in store.quads((None, None, None, None))}
        graphs = {g.identifier for g in store.contexts() if len(g) > 0}
        return {"triples": len(triples), "graphs": len(graphs)}
    graph = Graph()
    graph.parse(data=data, format=fmt)
    return {"triples": len(graph), "graphs": 0}


print(json.dumps({url: parse(url) for url in sys.argv[1:]}))

"""Runs SPARQL queries against an endpoint with SPARQLWrapper, as a data scientist would.

Usage: sparqlwrapper_examples.py ENDPOINT FILE.rq...
Prints one JSON object: file -> list of rows (variable -> lexical value), in the order received
(for a CONSTRUCT or DESCRIBE: one row with the number of triples received);
plus "formats": for a CONSTRUCT, each return format SPARQLWrapper offers -> the bytes received (or
the error), which exercises the format= parameter it sends beside Accept. (JSON-LD is left out:
SPARQLWrapper 1.8 refuses it without the rdflib-jsonld plugin, before sending anything.)
Run with Debian's /usr/bin/python3 (python3-sparqlwrapper).
"""
import json
import sys

from rdflib import Graph

from SPARQLWrapper import JSON, N3, RDFXML, TURTLE, XML, CSV, TSV, SPARQLWrapper

endpoint = sys.argv[1]
out = {}
for path in sys.argv[2:]:
    client = SPARQLWrapper(endpoint)
    with open(path, encoding="utf-8") as f:
        client.setQuery(f.read())
    if client.queryType in ("CONSTRUCT", "DESCRIBE"):
        client.setReturnFormat(TURTLE)
        graph = Graph()
        graph.parse(data=client.query().convert(), format="turtle")
        out[path] = [{"triples": str(len(graph))}]
        continue
    client.setReturnFormat(JSON)
    result = client.query().convert()
    columns = result["head"]["vars"]
    out[path] = [{c: b[c]["value"] for c in columns if c in b} for b in result["results"]["bindings"]]

construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/esf-kg/ontology#Project> ; ?p ?o } LIMIT 5"
select = "SELECT ?s WHERE { ?s a <https://w3id.org/esf-kg/ontology#Project> } LIMIT 3"
formats = {}
for name, fmt, query in [("rdf+xml", RDFXML, construct), ("turtle", TURTLE, construct), ("n3", N3, construct),
                         ("xml", XML, select), ("csv", CSV, select),
                         ("tsv", TSV, select), ("json", JSON, select)]:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    try:
        response = client.query()
        formats[name] = {"status": response.response.status,
                         "contentType": response.response.headers.get("Content-Type", ""),
                         "bytes": len(response.response.read())}
    except Exception as e:  # noqa: BLE001 - the test reports what failed
        formats[name] = {"error": str(e)[:300]}
out["formats"] = formats
print(json.dumps(out))

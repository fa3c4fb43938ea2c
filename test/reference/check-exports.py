#!/usr/bin/python3
"""Reads eco's GEXF and GraphML exports with NetworkX (an independent reader)
and checks them against eco's own figures: node and edge counts, attributes,
weights. Usage (after `npm run build`), from the repository root:

    python3 test/reference/check-exports.py examples/pirkanmaa-security

Exits 0 and prints "ok" when everything matches; otherwise prints what differs.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ECO = ["node", os.path.join(ROOT, "bin", "eco.js")]


def eco(*args):
    return subprocess.run([*ECO, *args], check=True, capture_output=True, text=True).stdout


def main(folder):
    figures = json.loads(eco("map", folder, "--format", "json", "--quiet"))
    actors = {a["id"]: a for a in figures["actors"]}
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        gexf = os.path.join(tmp, "network.gexf")
        graphml = os.path.join(tmp, "network.graphml")
        eco("export", folder, "--to", "gexf", "--gexf-version", "1.2", "-o", gexf, "--quiet")
        eco("export", folder, "--to", "graphml", "-o", graphml, "--quiet")
        for label, graph in (("GEXF", nx.read_gexf(gexf)), ("GraphML", nx.read_graphml(graphml))):
            if graph.number_of_nodes() != figures["summary"]["actors"]:
                problems.append(f"{label}: {graph.number_of_nodes()} nodes, eco has {figures['summary']['actors']} actors")
            if graph.number_of_edges() != figures["summary"]["links"]:
                problems.append(f"{label}: {graph.number_of_edges()} edges, eco has {figures['summary']['links']} links")
            strength = dict(graph.degree(weight="weight"))
            for node, data in graph.nodes(data=True):
                actor = actors.get(node)
                if actor is None:
                    problems.append(f"{label}: node {node} is no actor")
                    continue
                name = data.get("label", data.get("name"))
                if name != actor["name"]:
                    problems.append(f"{label}: {node} is named {name!r}, not {actor['name']!r}")
                if data.get("sector") != actor["sector"]:
                    problems.append(f"{label}: {node} has sector {data.get('sector')!r}, not {actor['sector']!r}")
                for key in ("degree", "betweenness", "eigenvector", "pagerank", "constraint"):
                    expected = actor[key]
                    got = data.get(key)
                    if expected is None:
                        continue
                    if got is None or not math.isclose(float(got), expected, rel_tol=1e-9, abs_tol=1e-12):
                        problems.append(f"{label}: {node}.{key} is {got}, eco says {expected}")
                if not math.isclose(strength[node], actor["strength"], rel_tol=1e-9):
                    problems.append(f"{label}: {node} has weighted degree {strength[node]}, eco's strength is {actor['strength']}")
    if problems:
        print("\n".join(problems))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "examples", "pirkanmaa-security")))

#!/usr/bin/python3
"""Times python-igraph or NetworkX computing the figures `eco map` computes, on
an eco inventory (actors.csv + links.csv, links.csv may be gzip-compressed).

    /usr/bin/python3 bench/reference-figures.py igraph   FOLDER
    /usr/bin/python3 bench/reference-figures.py networkx FOLDER

Prints one JSON line: seconds for loading and for the figures. Debian packages:
python3-igraph, python3-networkx, python3-scipy.
"""
import csv
import gzip
import json
import os
import sys
import time


def read(folder):
    with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8") as f:
        actors = [row["id"] for row in csv.DictReader(f)]
    path = os.path.join(folder, "links.csv")
    opener = open
    if not os.path.exists(path):
        path += ".gz"
        opener = gzip.open
    weights = {}
    with opener(path, "rt", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = row["source"], row["target"]
            if s == t:
                continue
            key = (s, t) if s < t else (t, s)
            weights[key] = weights.get(key, 0.0) + float(row.get("weight") or 1)
    return actors, weights


def with_igraph(actors, weights):
    import igraph as ig
    index = {a: i for i, a in enumerate(actors)}
    g = ig.Graph(n=len(actors), edges=[(index[s], index[t]) for s, t in weights], directed=False)
    g.es["weight"] = list(weights.values())
    g.degree()
    g.strength(weights="weight")
    g.betweenness()
    g.closeness()
    g.eigenvector_centrality(scale=False)
    g.pagerank(weights="weight")
    g.transitivity_local_undirected(mode="zero")
    g.constraint()
    g.community_multilevel(weights="weight")
    comps = g.connected_components()
    core = comps.giant()
    core.diameter()
    core.average_path_length()


def with_networkx(actors, weights):
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(actors)
    G.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    nx.degree_centrality(G)
    dict(G.degree(weight="weight"))
    nx.betweenness_centrality(G)
    nx.closeness_centrality(G)
    nx.eigenvector_centrality(G)
    nx.pagerank(G, weight="weight")
    nx.clustering(G)
    nx.constraint(G)
    nx.effective_size(G)
    nx.community.louvain_communities(G, weight="weight", seed=42)
    core = G.subgraph(max(nx.connected_components(G), key=len))
    nx.diameter(core)
    nx.average_shortest_path_length(core)


def main():
    engine, folder = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    actors, weights = read(folder)
    loaded = time.perf_counter()
    (with_igraph if engine == "igraph" else with_networkx)(actors, weights)
    done = time.perf_counter()
    print(json.dumps({"engine": engine, "load": round(loaded - started, 2), "figures": round(done - loaded, 2), "total": round(done - started, 2)}))


if __name__ == "__main__":
    main()

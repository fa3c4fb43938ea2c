#!/usr/bin/python3
"""Reference figures from NetworkX (Debian's python3-networkx) for eco's tests.

For each network fixture under test/fixtures/networks/ this reads actors.csv
and links.csv as plain CSV, builds the NetworkX graph independently of eco
(parallel links merged with weights summed, links to self left out), computes
the figures with NetworkX's own functions and defaults, and writes
test/reference/fixtures/<name>.json. The tests compare eco against these files,
so CI needs no Python. Modularity is NetworkX's modularity of the partition eco
reports (Louvain partitions differ between implementations; the score of a
given partition does not).

Run from the repository root after `npm run build`:
    /usr/bin/python3 test/reference/make-reference.py
"""
import csv
import json
import math
import os
import shutil
import subprocess
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NETWORKS = os.path.join(ROOT, "test", "fixtures", "networks")
SHARED_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
# DESIGN section 4: eco's eigenvector is NetworkX's with max_iter=1000.
EIGENVECTOR_MAX_ITER = 1000
OUT = os.path.join(ROOT, "test", "reference", "fixtures")


def write_classics():
    """The classic social networks shipped with NetworkX, as eco inventories."""
    karate = nx.karate_club_graph()
    write_network(
        "karate",
        [(str(n), f"Member {n}", "company" if d["club"] == "Mr. Hi" else "research") for n, d in karate.nodes(data=True)],
        [(str(u), str(v), d.get("weight", 1), False) for u, v, d in karate.edges(data=True)],
        "Zachary's karate club (NetworkX karate_club_graph, weighted); sector = club",
    )
    lesmis = nx.les_miserables_graph()
    write_network(
        "les-miserables",
        [(slug(n), n, "community", None) for n in lesmis.nodes()],
        [(slug(u), slug(v), d["weight"], False) for u, v, d in lesmis.edges(data=True)],
        "Les Misérables co-appearances (NetworkX les_miserables_graph, weighted)",
    )
    florentine = nx.florentine_families_graph()
    write_network(
        "florentine",
        [(slug(n), n, "association", None) for n in florentine.nodes()],
        [(slug(u), slug(v), 1, False) for u, v in florentine.edges()],
        "Florentine families (NetworkX florentine_families_graph); Pucci is isolated",
    )
    write_network_by_name(
        "karate-by-name",
        nx.karate_club_graph(),
        "Zachary's karate club as an analyst's inventory: names as keys (Jäsen 0 …), Finnish headers, no id column, weights with a decimal comma",
    )
    # Bipartite graphs, where an unshifted power iteration oscillates for ever.
    star = nx.star_graph(12)
    write_network(
        "star",
        [(f"s{n}", f"Actor {n}", "company" if n else "public", None) for n in star.nodes()],
        [(f"s{u}", f"s{v}", 1, False) for u, v in star.edges()],
        "A star of 13 actors (NetworkX star_graph(12)): bipartite",
    )
    lattice = nx.grid_2d_graph(20, 20)
    write_network(
        "lattice",
        [(f"g{r}-{c}", f"Cell {r},{c}", "community", None) for r, c in lattice.nodes()],
        [(f"g{u[0]}-{u[1]}", f"g{v[0]}-{v[1]}", 1, False) for u, v in lattice.edges()],
        "A 20 x 20 lattice (NetworkX grid_2d_graph(20, 20)): bipartite, with path counts past 32 bits",
    )
    # Where even the shifted iteration does not settle in 1,000 rounds: eco reports null, as NetworkX fails.
    line = nx.path_graph(400)
    write_network(
        "long-path",
        [(f"p{n}", f"Actor {n}", "company", None) for n in line.nodes()],
        [(f"p{u}", f"p{v}", 1, False) for u, v in line.edges()],
        "A path of 400 actors (NetworkX path_graph(400)): eigenvector_centrality does not converge in 1,000 iterations",
    )


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def write_network(name, actors, links, description):
    folder = os.path.join(NETWORKS, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "actors.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "sector"])
        for row in actors:
            w.writerow([row[0], row[1], row[2] or ""])
    with open(os.path.join(folder, "links.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight", "directed"])
        for s, t, weight, directed in links:
            w.writerow([s, t, weight, "true" if directed else "false"])
    with open(os.path.join(folder, "README.txt"), "w") as f:
        f.write(description + "\n")


def read_network(folder, directed):
    if os.path.exists(os.path.join(folder, "toimijat.csv")):
        return read_network_by_name(folder)
    G = nx.DiGraph() if directed else nx.Graph()
    with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"])
    path = os.path.join(folder, "links.csv")
    if os.path.exists(path):
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                s, t = row["source"], row["target"]
                w = float(row.get("weight") or 1)
                if s == t:
                    continue
                arcs = [(s, t)]
                if directed and row.get("directed", "false") != "true":
                    arcs.append((t, s))
                for a, b in arcs:
                    if G.has_edge(a, b):
                        G[a][b]["weight"] += w
                    else:
                        G.add_edge(a, b, weight=w)
    return G


def read_network_by_name(folder):
    """An inventory as analysts keep it: no ids, Finnish headers, `;`, links by name."""
    G = nx.Graph()
    with open(os.path.join(folder, "toimijat.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            G.add_node(row["Nimi"])
    with open(os.path.join(folder, "yhteydet.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            s, t, w = row["Lähde"], row["Kohde"], float(row["Paino"].replace(",", "."))
            if G.has_edge(s, t):
                G[s][t]["weight"] += w
            else:
                G.add_edge(s, t, weight=w)
    return G


def write_network_by_name(name, source, description):
    """The same graph keyed by names: toimijat.csv and yhteydet.csv, no id column."""
    folder = os.path.join(NETWORKS, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    names = {n: f"Jäsen {n}" if isinstance(n, int) else str(n) for n in source.nodes()}
    with open(os.path.join(folder, "toimijat.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["Nimi", "Sektori"])
        for n, d in source.nodes(data=True):
            w.writerow([names[n], "yritys" if d.get("club") == "Mr. Hi" else "tutkimus"])
    with open(os.path.join(folder, "yhteydet.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["Lähde", "Kohde", "Paino"])
        for u, v, d in source.edges(data=True):
            w.writerow([names[u], names[v], str(d.get("weight", 1)).replace(".", ",")])
    with open(os.path.join(folder, "README.txt"), "w") as f:
        f.write(description + "\n")


def eco_partition(folder, directed):
    args = ["node", os.path.join(ROOT, "bin", "eco.js"), "map", folder, "--format", "json", "--quiet", "--exact"]
    if directed:
        args.append("--directed")
    result = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    return {a["id"]: a["community"] for a in result["actors"]}


def converged(compute, G):
    """A power iteration's values, or None for every node when NetworkX gives up."""
    try:
        return compute()
    except nx.PowerIterationFailedConvergence:
        return {node: None for node in G.nodes()}


def clean(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def reference(name, directed):
    folder = os.path.join(NETWORKS, name)
    G = read_network(folder, directed)
    n = G.number_of_nodes()
    undirected = G.to_undirected() if directed else G
    comps = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    if directed:
        largest = max(nx.strongly_connected_components(G), key=len)
    else:
        largest = max(comps, key=len)
    core = G.subgraph(largest)
    partition = eco_partition(folder, directed)
    groups = {}
    for node, c in partition.items():
        groups.setdefault(c, set()).add(node)

    degree = dict(G.degree())
    strength = dict(G.degree(weight="weight"))
    figures = {
        "degree": degree,
        "strength": strength,
        "degreeCentrality": nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "eigenvector": converged(lambda: nx.eigenvector_centrality(G, max_iter=EIGENVECTOR_MAX_ITER), G),
        "pagerank": converged(lambda: nx.pagerank(G, weight="weight"), G),
        "clustering": nx.clustering(G),
        "constraint": {k: clean(v) for k, v in nx.constraint(G).items()},
        "effectiveSize": {k: clean(v) for k, v in nx.effective_size(G).items()},
    }
    summary = {
        "actors": n,
        "links": G.number_of_edges(),
        "density": nx.density(G),
        "components": len(comps),
        "isolates": nx.number_of_isolates(G),
        "diameter": nx.diameter(core) if len(core) > 1 else 0,
        "averagePathLength": nx.average_shortest_path_length(core) if len(core) > 1 else 0,
        "averageClustering": nx.average_clustering(G),
        "modularity": nx.community.modularity(G, list(groups.values()), weight="weight") if G.number_of_edges() else None,
    }
    actors = [
        {"id": node, **{key: values[node] for key, values in figures.items()}}
        for node in G.nodes()
    ]
    return {
        "networkx": nx.__version__,
        "network": name,
        "directed": directed,
        "partition": partition,
        "summary": summary,
        "actors": actors,
    }


CASES = [
    ("karate", False),
    ("les-miserables", False),
    ("florentine", False),
    ("disconnected", False),
    ("parallel-links", False),
    ("directed-cycle", True),
    ("pirkanmaa-security", False),
    ("star", False),
    ("lattice", False),
    ("long-path", False),
    ("karate-by-name", False),
]


def write_shared_eigenvector(name):
    """Eigenvector centrality of a real network in ../shared/data (read from there, not copied):
    only the values, in the order of its actors.csv, for a test that runs where the data is."""
    folder = os.path.join(SHARED_DATA, name)
    if not os.path.isdir(folder):
        print(f"skipped {name}: {folder} is not here", file=sys.stderr)
        return
    G = read_network(folder, False)
    values = nx.eigenvector_centrality(G, max_iter=EIGENVECTOR_MAX_ITER)
    data = {
        "networkx": nx.__version__,
        "network": name,
        "actors": G.number_of_nodes(),
        "links": G.number_of_edges(),
        "eigenvector": [float(f"{values[node]:.12g}") for node in G.nodes()],
    }
    with open(os.path.join(OUT, "shared", f"{name}-eigenvector.json"), "w") as f:
        json.dump(data, f)
        f.write("\n")
    print(f"wrote shared/{name}-eigenvector.json ({data['actors']} actors)", file=sys.stderr)


def main():
    write_classics()
    os.makedirs(OUT, exist_ok=True)
    for name, directed in CASES:
        data = reference(name, directed)
        suffix = "-directed" if directed else ""
        with open(os.path.join(OUT, f"{name}{suffix}.json"), "w") as f:
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"wrote {name}{suffix}.json ({data['summary']['actors']} actors, {data['summary']['links']} links)", file=sys.stderr)
    os.makedirs(os.path.join(OUT, "shared"), exist_ok=True)
    write_shared_eigenvector("fi-erdf")


if __name__ == "__main__":
    main()

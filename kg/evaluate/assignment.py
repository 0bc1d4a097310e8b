"""One-to-one pairings: maximum bipartite matching and maximum-weight assignment.

Ties are broken in a fixed order (the one the client's scorer uses), so the same store and gold
always give the same pairs, and the same false positives and negatives as that scorer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

L = TypeVar("L")
R = TypeVar("R")
Edge = tuple[int, int]

_GREEDY_ABOVE = 3e7  # rows² × columns beyond which a component is paired greedily


def max_bipartite(left: Sequence[L], right: Sequence[R], ok: Callable[[L, R], bool]) -> dict[int, int]:
    """The most pairs (left index → right index) with ``ok(left, right)``, by augmenting paths.

    >>> sorted(max_bipartite(["either", "first only"], ["x", "y"], lambda a, b: a == "either" or b == "x").items())
    [(0, 1), (1, 0)]
    """
    options = [[j for j, r in enumerate(right) if ok(x, r)] for x in left]
    owner: dict[int, int] = {}  # right index → left index

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def max_weight_matching(edges: dict[Edge, float]) -> dict[int, int]:
    """A one-to-one pairing {a: b} of the edges {(a, b): weight > 0} with the largest total weight.

    Each connected component is solved exactly (Hungarian method), a very large one greedily.

    >>> max_weight_matching({(0, 0): 1.0, (0, 1): 2.0, (1, 1): 3.0})
    {0: 0, 1: 1}
    """
    result: dict[int, int] = {}
    for component in _components(edges):
        weights = {e: edges[e] for e in component}
        rows = sorted({a for a, _ in component}, key=str)  # as text: ties break as in the client's scorer
        cols = sorted({b for _, b in component}, key=str)
        if len(rows) * len(rows) * len(cols) > _GREEDY_ABOVE:
            result.update(_greedy(weights))
        else:
            result.update(_exact(weights, rows, cols))
    return result


def _components(edges: dict[Edge, float]) -> list[list[Edge]]:
    parent: dict[Hashable, Hashable] = {}

    def find(x: Hashable) -> Hashable:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(("L", a)), find(("R", b))
        if ra != rb:
            parent[ra] = rb
    groups: dict[Hashable, list[Edge]] = defaultdict(list)
    for edge in edges:
        groups[find(("L", edge[0]))].append(edge)
    return list(groups.values())


def _greedy(weights: dict[Edge, float]) -> dict[int, int]:
    out: dict[int, int] = {}
    taken: set[int] = set()
    for (a, b), _ in sorted(weights.items(), key=lambda kv: (-kv[1], repr(kv[0]))):
        if a not in out and b not in taken:
            out[a] = b
            taken.add(b)
    return out


def _exact(weights: dict[Edge, float], rows: list[int], cols: list[int]) -> dict[int, int]:
    transpose = len(rows) > len(cols)  # the assignment needs no more rows than columns
    outer, inner = (cols, rows) if transpose else (rows, cols)

    def edge(r: int, c: int) -> Edge:
        return (c, r) if transpose else (r, c)

    cost = [[-weights.get(edge(r, c), 0.0) for c in inner] for r in outer]
    out: dict[int, int] = {}
    for i, j in min_cost_assignment(cost):
        a, b = edge(outer[i], inner[j])
        if (a, b) in weights:
            out[a] = b
    return out


def min_cost_assignment(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Assign every row of an n×m cost matrix (n ≤ m) to its own column at least total cost.

    The O(n²m) Hungarian method with potentials; pairs come back in column order.

    >>> min_cost_assignment([[4.0, 1.0], [2.0, 3.0]])
    [(1, 0), (0, 1)]
    """
    n, m = len(cost), len(cost[0])
    row_pot, col_pot = [0.0] * (n + 1), [0.0] * (m + 1)
    row_of = [0] * (m + 1)  # column j (1-based) → its row (1-based), 0 when free; column 0 is the root
    came_from = [0] * (m + 1)
    for row in range(1, n + 1):
        row_of[0] = row
        col = _grow_tree(cost, row_pot, col_pot, row_of, came_from)
        while col:  # flip the augmenting path back to the root
            prev = came_from[col]
            row_of[col] = row_of[prev]
            col = prev
    return [(row_of[j] - 1, j - 1) for j in range(1, m + 1) if row_of[j]]


def _grow_tree(
    cost: list[list[float]], row_pot: list[float], col_pot: list[float], row_of: list[int], came_from: list[int]
) -> int:
    """Dijkstra-like search from the row at the root to a free column; updates the potentials."""
    m = len(col_pot) - 1
    slack, used = [float("inf")] * (m + 1), [False] * (m + 1)
    col = 0
    while True:
        used[col] = True
        row, delta, nxt = row_of[col], float("inf"), 0
        costs = cost[row - 1]
        for j in range(1, m + 1):
            if used[j]:
                continue
            reduced = costs[j - 1] - row_pot[row] - col_pot[j]
            if reduced < slack[j]:
                slack[j], came_from[j] = reduced, col
            if slack[j] < delta:
                delta, nxt = slack[j], j
        for j in range(m + 1):
            if used[j]:
                row_pot[row_of[j]] += delta
                col_pot[j] -= delta
            else:
                slack[j] -= delta
        col = nxt
        if row_of[col] == 0:
            return col

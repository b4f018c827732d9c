"""Draw the finder's flow as a graph, from the routing the finder really does.

Edges come from enumerating every path through the questionnaire with the
current rules, so the drawing cannot drift from the code.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from finder.flow import asked, enumerate_paths, nationality_classes
from finder.questions import ALL_DESTINATIONS, DESTINATION_CODES
from finder.rules import Answers, Rule

OUTCOME = "outcome"


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    answers: tuple[str, ...]  # the answers that lead along this edge


@dataclass(frozen=True)
class Graph:
    nodes: tuple[str, ...]
    layers: dict[str, int]
    edges: tuple[Edge, ...]


def build(rules: Sequence[Rule]) -> Graph:
    destinations = [code.upper() for code in DESTINATION_CODES] + [ALL_DESTINATIONS]
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)

    for answers in enumerate_paths(rules, nationality_classes(rules), destinations):
        steps = [question.slug for question in asked(answers, rules)] + [OUTCOME]
        for source, target in pairwise(steps):
            labels[(source, target)].add(_answer(answers, source))

    layers = _layers(labels)
    edges = tuple(
        Edge(source, target, tuple(sorted(values)))
        for (source, target), values in sorted(labels.items())
    )
    nodes = tuple(sorted(layers, key=lambda node: (layers[node], node)))
    return Graph(nodes, layers, edges)


def _answer(answers: Answers, slug: str) -> str:
    value = getattr(answers, slug)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).lower()


def _layers(labels: dict[tuple[str, str], set[str]]) -> dict[str, int]:
    """Place each node one layer below the deepest node pointing to it."""
    layers: dict[str, int] = {"nationality": 0}
    changed = True
    while changed:
        changed = False
        for source, target in labels:
            depth = layers.get(source, 0) + 1
            if layers.get(target, -1) < depth:
                layers[target] = depth
                changed = True
    return layers


def edge_label(edge: Edge, limit: int = 2) -> str:
    if len(edge.answers) > limit:
        return f"{len(edge.answers)} answers"
    return ", ".join(edge.answers)


@dataclass(frozen=True)
class PlacedNode:
    slug: str
    x: int
    y: int


@dataclass(frozen=True)
class PlacedEdge:
    x1: int
    y1: int
    x2: int
    y2: int
    cx: int  # control point of the curve
    cy: int
    lx: int  # where the label sits, near the start of the edge
    ly: int
    label: str
    title: str


NODE_WIDTH, NODE_HEIGHT, LAYER_GAP, WIDTH = 150, 36, 110, 900


def layout(graph: Graph) -> tuple[list[PlacedNode], list[PlacedEdge], int]:
    """Place nodes layer by layer, left to right; return the drawing height."""
    by_layer: dict[int, list[str]] = defaultdict(list)
    for node in graph.nodes:
        by_layer[graph.layers[node]].append(node)

    positions: dict[str, tuple[int, int]] = {}
    for layer, members in by_layer.items():
        for index, node in enumerate(members):
            x = WIDTH * (index + 1) // (len(members) + 1)
            positions[node] = (x, 30 + layer * LAYER_GAP)

    nodes = [PlacedNode(slug, *positions[slug]) for slug in graph.nodes]
    edges = [_place(edge, graph, positions) for edge in graph.edges]
    height = 30 + (max(by_layer) + 1) * LAYER_GAP
    return nodes, edges, height


def _place(
    edge: Edge, graph: Graph, positions: dict[str, tuple[int, int]]
) -> PlacedEdge:
    """Curve edges that skip layers aside, so they do not cross nodes."""
    (x1, y1), (x2, y2) = positions[edge.source], positions[edge.target]
    y1, y2 = y1 + NODE_HEIGHT // 2, y2 - NODE_HEIGHT // 2
    span = graph.layers[edge.target] - graph.layers[edge.source]
    side = 1 if x2 >= WIDTH // 2 else -1
    bend = 0 if span <= 1 else side * (NODE_WIDTH // 2 + 40 * span)
    cx, cy = (x1 + x2) // 2 + bend, (y1 + y2) // 2
    # A point a third of the way along the curve, for the label.
    lx = round((4 * x1 + 4 * cx + x2) / 9)
    ly = round((4 * y1 + 4 * cy + y2) / 9)
    return PlacedEdge(
        x1, y1, x2, y2, cx, cy, lx, ly, edge_label(edge), ", ".join(edge.answers)
    )

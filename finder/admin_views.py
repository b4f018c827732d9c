"""Admin page that draws the finder's flow for editors."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from finder import data as finder_data
from finder import graph, wording
from finder.questions import BY_SLUG


def flow_graph(request: HttpRequest) -> HttpResponse:
    rules = finder_data.load().rules
    drawing = graph.build(rules)
    nodes, edges, height = graph.layout(drawing)
    labels = {
        slug: wording.question_text(question) for slug, question in BY_SLUG.items()
    }
    labels[graph.OUTCOME] = _("Outcome")
    context = {
        "nodes": [(node, labels[node.slug]) for node in nodes],
        "edges": edges,
        "width": graph.WIDTH,
        "height": height,
        "node_width": graph.NODE_WIDTH,
        "node_height": graph.NODE_HEIGHT,
        "edge_list": drawing.edges,
        "labels": labels,
        "rule_count": len(rules),
    }
    return render(request, "finder/admin/flow_graph.html", context)

"""Charts drawn on the server as SVG, readable without sight or script.

Every chart has a <title> and a <desc> that says what it shows in words,
and is drawn with the page's own colours. The page puts the same numbers
in a table beside it.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from itertools import count
from xml.sax.saxutils import escape

# Small drawing units, so that text stays readable when a phone scales the
# drawing down to its width.
WIDTH = 420
BAR_HEIGHT = 20
BAR_GAP = 6
LABEL_WIDTH = 152
VALUE_WIDTH = 84
LINE_HEIGHT = 230
MARGIN = 8

_ids = count(1)


@dataclass(frozen=True)
class Point:
    label: str
    value: Decimal
    shown: str  # the value as the page writes it


@dataclass(frozen=True)
class Chart:
    svg: str
    title: str
    description: str


def _open(height: int, title: str, description: str) -> tuple[str, str]:
    number = next(_ids)
    title_id, desc_id = f"chart-{number}-title", f"chart-{number}-desc"
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'class="chart" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'font-family="system-ui, sans-serif" font-size="12" fill="#1b1f24">'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<desc id="{desc_id}">{escape(description)}</desc>'
    )
    return head, "</svg>"


def bar_chart(title: str, description: str, points: list[Point]) -> Chart:
    """Draw horizontal bars, one per point, longest scale to the largest."""
    height = 2 * MARGIN + len(points) * (BAR_HEIGHT + BAR_GAP)
    head, tail = _open(height, title, description)
    largest = max((point.value for point in points), default=Decimal(0))
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * MARGIN
    parts = [head]
    for index, point in enumerate(points):
        y = MARGIN + index * (BAR_HEIGHT + BAR_GAP)
        length = 0.0 if largest <= 0 else float(point.value / largest) * span
        middle = y + BAR_HEIGHT / 2 + 5
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{middle:.1f}" text-anchor="end" '
            f'class="chart-label">{escape(point.label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{max(length, 1):.1f}" '
            f'height="{BAR_HEIGHT}" class="chart-bar" fill="#0b4f8a"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{middle:.1f}" '
            f'class="chart-value">{escape(point.shown)}</text>'
        )
    parts.append(tail)
    return Chart("".join(parts), title, description)


def line_chart(title: str, description: str, points: list[Point]) -> Chart:
    """Draw a line through the points, in order, on a scale from zero."""
    head, tail = _open(LINE_HEIGHT, title, description)
    left, right, top, bottom = 48, WIDTH - 16, 14, LINE_HEIGHT - 30
    top_value = nice_ceiling(max((p.value for p in points), default=Decimal(0)))
    parts = [head]
    for tick in range(5):
        value = top_value * tick / 4
        y = bottom - (bottom - top) * tick / 4
        parts.append(
            f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" '
            f'class="chart-grid" stroke="#d3d9e0"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="chart-axis">{escape(short_number(value))}</text>'
        )
    step = (right - left) / max(len(points) - 1, 1)
    coordinates = []
    for index, point in enumerate(points):
        x = left + step * index if len(points) > 1 else (left + right) / 2
        share = 0.0 if top_value <= 0 else float(point.value / top_value)
        y = bottom - (bottom - top) * share
        coordinates.append((x, y))
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 18}" text-anchor="middle" '
            f'class="chart-axis">{escape(point.label)}</text>'
        )
    if len(coordinates) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coordinates)
        parts.append(
            f'<polyline points="{path}" class="chart-line" fill="none" '
            f'stroke="#0b4f8a" stroke-width="3"/>'
        )
    for (x, y), point in zip(coordinates, points, strict=True):
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" class="chart-point" '
            f'fill="#0b4f8a">'
            f"<title>{escape(point.label)}: {escape(point.shown)}</title></circle>"
        )
    parts.append(tail)
    return Chart("".join(parts), title, description)


def nice_ceiling(value: Decimal) -> Decimal:
    """Return a round number at or above `value`: 1, 2, 2.5 or 5 times 10^n."""
    if value <= 0:
        return Decimal(1)
    exponent = math.floor(math.log10(float(value)))
    base = Decimal(10) ** exponent
    for factor in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        if value <= factor * base:
            return factor * base
    return 10 * base


def short_number(value: Decimal) -> str:
    """Write an axis number briefly: 50M, 2.5k, 0.25."""
    magnitude = abs(value)
    for limit, suffix in ((Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M")):
        if magnitude >= limit:
            return _trim(value / limit) + suffix
    if magnitude >= 1000:
        return _trim(value / 1000) + "k"
    return _trim(value)


def _trim(value: Decimal) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"

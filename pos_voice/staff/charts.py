"""Charts drawn on the server as inline SVG: no script, no CDN, the pages work offline.

Each function returns :class:`markupsafe.Markup` ready for a template; every text that
comes from data is escaped. Sizes are in a ``viewBox`` so the chart scales to its box
(``width: 100%`` in the stylesheet) on a phone, a tablet or a desktop.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape


def _nice_max(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        candidate = step * 10 ** exponent
        if candidate >= value:
            return float(candidate)
    return float(10 ** (exponent + 1))


def _fmt(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def bar_chart(points: Sequence[tuple[str, float]], *, title: str, label_every: int = 1,
              unit: str = "", height: int = 200, highlight_max: bool = True) -> Markup:
    """A vertical bar chart of ``(label, value)`` points with a labelled y axis.

    :param label_every: print every n-th x label (24 hours or 31 days do not all fit).
    :param unit: appended to the value in each bar's tooltip ("calls").
    """
    left, right, top, bottom = 34, 6, 18, 26
    width = 480  # one width for every chart, so their text reads the same size side by side
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((v for _, v in points), default=0)
    axis_max = _nice_max(peak)
    slot = plot_w / max(len(points), 1)
    bar_w = max(2.0, slot * 0.7)
    parts = [
        f'<svg class="pv-chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for fraction in (0, 0.5, 1):
        y = top + plot_h - plot_h * fraction
        parts.append(f'<line class="pv-grid" x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}"/>')
        parts.append(f'<text class="pv-axis" x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{_fmt(axis_max * fraction)}</text>")
    for index, (label, value) in enumerate(points):
        bar_h = plot_h * (value / axis_max) if axis_max else 0
        x = left + index * slot + (slot - bar_w) / 2
        y = top + plot_h - bar_h
        css = "pv-bar pv-bar-peak" if highlight_max and peak > 0 and value == peak else "pv-bar"
        tip = f"{label}: {_fmt(value)}{' ' + unit if unit else ''}"
        parts.append(f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                     f'height="{bar_h:.1f}" data-label="{escape(label)}" data-value="{_fmt(value)}">'
                     f"<title>{escape(tip)}</title></rect>")
        if value > 0:  # the figure itself above its bar: readable on a tablet, where nothing hovers
            parts.append(f'<text class="pv-bar-value" x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" '
                         f'text-anchor="middle">{_fmt(value)}</text>')
        if index % max(label_every, 1) == 0:
            parts.append(f'<text class="pv-axis" x="{x + bar_w / 2:.1f}" y="{height - 8}" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def target_meter(value: float | None, *, target: float, maximum: float, better: str,
                 title: str) -> Markup:
    """A horizontal meter: the figure as a bar, the target as a tick, green when it meets it.

    :param better: ``">"`` when higher is better, ``"<"`` when lower is better.
    """
    width, height = 200, 14
    parts = [f'<svg class="pv-meter" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect class="pv-meter-track" x="0" y="2" width="{width}" height="10" rx="5"/>']
    if value is not None:
        met = value > target if better == ">" else value < target
        filled = max(0.0, min(1.0, value / maximum)) * width
        parts.append(f'<rect class="{"pv-meter-ok" if met else "pv-meter-bad"}" x="0" y="2" '
                     f'width="{filled:.1f}" height="10" rx="5"/>')
    tick = max(0.0, min(1.0, target / maximum)) * width
    parts.append(f'<line class="pv-meter-target" x1="{tick:.1f}" y1="0" x2="{tick:.1f}" y2="{height}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))

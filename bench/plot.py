"""An SVG of a ``bench/calls.py --json`` result (no plotting library needed).

One server: left, latency distributions (share of frames at or under x ms, log scale) for
caller->model, model->caller and barge-in; right, the server worker's CPU use over the
real-time run. Several servers (``--transport all``): left, each server's latency each way;
right, each server's CPU per call-second in every round.

    python -m bench.plot results.json bench/results-bridge.svg
"""

from __future__ import annotations

import itertools
import json
import math
import statistics
import sys
import typing as t
from pathlib import Path

WIDTH, HEIGHT = 920, 360
PANEL = {"left": (60, 40, 400, 260), "right": (530, 40, 350, 260)}  # x, y, width, height
COLORS = {"inbound_ns": "#1f77b4", "outbound_ns": "#ff7f0e", "barge_in_ns": "#2ca02c"}
LABELS = {"inbound_ns": "caller → model", "outbound_ns": "model → caller",
          "barge_in_ns": "barge-in (speech_started → clear)"}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cdf(values: list[float], points: int = 200) -> list[tuple[float, float]]:
    ordered = sorted(v for v in values if v > 0)
    if not ordered:
        return []
    step = max(1, len(ordered) // points)
    out = [(ordered[i], (i + 1) / len(ordered)) for i in range(0, len(ordered), step)]
    out.append((ordered[-1], 1.0))
    return out


def render(results: dict[str, t.Any]) -> str:
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'font-family="sans-serif" font-size="11">', '<rect width="100%" height="100%" fill="white"/>']
    run = next((r for r in results["runs"] if r["pacing"] == "realtime"), results["runs"][0])
    title = (f"{run['calls']} concurrent calls, one gevent worker on one core: "
             f"{run['cpu_ms_per_call_second']} ms CPU per call-second")
    parts.append(f'<text x="{WIDTH / 2}" y="20" text-anchor="middle" font-size="13">{_escape(title)}</text>')
    # left panel: latency CDFs on a log x axis, 0.1 ms .. 1000 ms
    x0, y0, w, h = PANEL["left"]
    lo, hi = math.log10(0.1), math.log10(1000)

    def px(ms: float) -> float:
        return x0 + (math.log10(min(max(ms, 0.1), 1000)) - lo) / (hi - lo) * w

    def py(share: float) -> float:
        return y0 + h - share * h

    parts.append(f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#999"/>')
    for ms in (0.1, 1, 5, 10, 100, 1000):
        x = px(ms)
        dash = ' stroke-dasharray="4 3"' if ms == 5 else ""
        color = "#d62728" if ms == 5 else "#ddd"
        parts.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + h}" stroke="{color}"{dash}/>')
        parts.append(f'<text x="{x:.1f}" y="{y0 + h + 14}" text-anchor="middle">{ms:g}</text>')
    for share in (0, 0.5, 0.9, 1):
        y = py(share)
        parts.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + w}" y2="{y:.1f}" stroke="#eee"/>')
        parts.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{share:g}</text>')
    parts.append(f'<text x="{x0 + w / 2}" y="{y0 + h + 30}" text-anchor="middle">'
                 'latency, ms (log; red line: 5 ms target)</text>')
    parts.append(f'<text x="{x0}" y="{y0 - 6}">share of frames at or under</text>')
    latencies = results.get("latencies_ms", {}).get("realtime", {})
    legend_x, legend_y = x0 + w - 215, y0 + h - 40
    for key, color in COLORS.items():
        points = _cdf(latencies.get(key, []))
        if not points:
            continue
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(ms):.1f},{py(share):.1f}"
                        for i, (ms, share) in enumerate(points))
        parts.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        parts.append(f'<rect x="{legend_x}" y="{legend_y - 8}" width="10" height="3" fill="{color}"/>')
        parts.append(f'<text x="{legend_x + 14}" y="{legend_y - 4}">{_escape(LABELS[key])}</text>')
        legend_y += 14
    # right panel: worker CPU % over time
    x0, y0, w, h = PANEL["right"]
    series = results.get("series", {}).get("realtime", [])
    parts.append(f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#999"/>')
    if len(series) > 2:
        end = series[-1][0]
        points = []
        for (t0, c0, _), (t1, c1, _) in itertools.pairwise(series):
            if t1 > t0:
                points.append((t1, min(100.0, 100 * (c1 - c0) / (t1 - t0))))
        smooth = []
        for i in range(len(points)):
            window = points[max(0, i - 4):i + 1]
            smooth.append((points[i][0], sum(v for _, v in window) / len(window)))
        path = " ".join(f"{'M' if i == 0 else 'L'}{x0 + tt / end * w:.1f},{y0 + h - v / 100 * h:.1f}"
                        for i, (tt, v) in enumerate(smooth))
        parts.append(f'<path d="{path}" fill="none" stroke="#9467bd" stroke-width="2"/>')
        for pct in (0, 25, 50, 75, 100):
            y = y0 + h - pct / 100 * h
            parts.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{pct}</text>')
        for sec in range(0, int(end) + 1, 10):
            x = x0 + sec / end * w
            parts.append(f'<text x="{x:.1f}" y="{y0 + h + 14}" text-anchor="middle">{sec}</text>')
    parts.append(f'<text x="{x0 + w / 2}" y="{y0 + h + 30}" text-anchor="middle">'
                 's since the run started (calls ramp up, talk, hang up)</text>')
    parts.append(f'<text x="{x0}" y="{y0 - 6}">server worker CPU % (0.5 s average)</text>')
    parts.append("</svg>")
    return "\n".join(parts)


SERVER_COLORS = {"baseline": "#7f7f7f", "flask-sock": "#ff7f0e", "native": "#1f77b4"}


def render_side_by_side(results: dict[str, t.Any]) -> str:
    """Every server of a ``--transport all`` run (first round): latency CDFs each way on the left
    (solid: caller → model, dashed: model → caller), CPU per call-second of every round on the right."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'font-family="sans-serif" font-size="11">', '<rect width="100%" height="100%" fill="white"/>']
    rows = [row for row in results["rows"] if row["pacing"] == "realtime"]
    calls = rows[0]["calls"] if rows else 0
    title = (f"{calls} concurrent real-time calls, one server process on one core: "
             "the baseline relay and pos_voice")
    parts.append(f'<text x="{WIDTH / 2}" y="20" text-anchor="middle" font-size="13">{_escape(title)}</text>')
    x0, y0, w, h = PANEL["left"]
    lo, hi = math.log10(0.1), math.log10(1000)

    def px(ms: float) -> float:
        return x0 + (math.log10(min(max(ms, 0.1), 1000)) - lo) / (hi - lo) * w

    def py(share: float) -> float:
        return y0 + h - share * h

    parts.append(f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#999"/>')
    for ms in (0.1, 1, 5, 10, 50, 100, 1000):
        x = px(ms)
        dash = ' stroke-dasharray="4 3"' if ms == 5 else ""
        color = "#d62728" if ms == 5 else "#ddd"
        parts.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y0 + h}" stroke="{color}"{dash}/>')
        parts.append(f'<text x="{x:.1f}" y="{y0 + h + 14}" text-anchor="middle">{ms:g}</text>')
    for share in (0, 0.5, 0.9, 1):
        y = py(share)
        parts.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + w}" y2="{y:.1f}" stroke="#eee"/>')
        parts.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{share:g}</text>')
    parts.append(f'<text x="{x0 + w / 2}" y="{y0 + h + 30}" text-anchor="middle">'
                 'added latency, ms (log; red line: 5 ms target)</text>')
    parts.append(f'<text x="{x0}" y="{y0 - 6}">share of frames at or under</text>')
    first = results["rounds"][0] if results.get("rounds") else {}
    legend_x, legend_y = x0 + 8, y0 + 14
    for server, result in first.items():
        color = SERVER_COLORS.get(server, "#2ca02c")
        latencies = result.get("latencies_ms", {}).get("realtime", {})
        for key, dash in (("inbound_ns", ""), ("outbound_ns", ' stroke-dasharray="5 3"')):
            points = _cdf(latencies.get(key, []))
            if points:
                path = " ".join(f"{'M' if i == 0 else 'L'}{px(ms):.1f},{py(share):.1f}"
                                for i, (ms, share) in enumerate(points))
                parts.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
        parts.append(f'<rect x="{legend_x}" y="{legend_y - 8}" width="10" height="3" fill="{color}"/>')
        parts.append(f'<text x="{legend_x + 14}" y="{legend_y - 4}">{_escape(server)}</text>')
        legend_y += 14
    # right panel: CPU ms per call-second, one dot per round, a bar at the median
    x0, y0, w, h = PANEL["right"]
    parts.append(f'<rect x="{x0}" y="{y0}" width="{w}" height="{h}" fill="none" stroke="#999"/>')
    servers = [server for server in SERVER_COLORS if any(row["transport"] == server for row in rows)]
    values = {server: [row["cpu_ms_per_call_second"] for row in rows
                       if row["transport"] == server and row["cpu_ms_per_call_second"]] for server in servers}
    top = max([v for vs in values.values() for v in vs] or [1.0]) * 1.15
    slot = w / max(1, len(servers))
    for i, server in enumerate(servers):
        vs = sorted(values[server])
        if not vs:
            continue
        median = round(statistics.median(vs), 2)
        bx = x0 + i * slot + slot * 0.25
        bh = median / top * h
        color = SERVER_COLORS.get(server, "#2ca02c")
        parts.append(f'<rect x="{bx:.1f}" y="{y0 + h - bh:.1f}" width="{slot * 0.5:.1f}" height="{bh:.1f}" '
                     f'fill="{color}" opacity="0.6"/>')
        for v in vs:
            cy = y0 + h - v / top * h
            parts.append(f'<circle cx="{bx + slot * 0.25:.1f}" cy="{cy:.1f}" r="3" fill="{color}"/>')
        parts.append(f'<text x="{bx + slot * 0.25:.1f}" y="{y0 + h + 14}" text-anchor="middle">'
                     f'{_escape(server)}</text>')
        parts.append(f'<text x="{bx + slot * 0.25:.1f}" y="{y0 + h - bh - 6:.1f}" text-anchor="middle">'
                     f'{median:g}</text>')
    parts.append(f'<text x="{x0}" y="{y0 - 6}">'
                 'server CPU ms per call-second (bar: median; dots: rounds)</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def main() -> None:
    results = json.loads(Path(sys.argv[1]).read_text())
    svg = render_side_by_side(results) if "rounds" in results else render(results)
    Path(sys.argv[2]).write_text(svg)


if __name__ == "__main__":
    main()

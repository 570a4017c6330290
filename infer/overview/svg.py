"""Inline SVG charts for the overview page: no chart library, no script, nothing fetched.

Two shapes serve the page: :func:`bar_chart` (counts per category) and :func:`dot_plot` (one dot per
report, years across, values up on a square-root scale so a few large bodies do not flatten the rest).
Every mark carries a ``<title>`` (shown on hover) and a ``data-*`` attribute the browser test reads.
"""
from __future__ import annotations

import math
from html import escape
from typing import Sequence

_FONT = 'font-family="sans-serif" font-size="11"'
_BAR = "#3d6f99"
_DOT = "#c4572a"


def bar_chart(items: Sequence[tuple[str, int]], *, title: str, chart_id: str, width: int = 420) -> str:
    """Vertical bars, one per (label, count), in the given order."""
    height, top, bottom, left = 190, 24, 34, 30
    n = max(1, len(items))
    peak = max([c for _, c in items] or [1]) or 1
    slot = (width - left - 10) / n
    bar_w = max(4.0, min(40.0, slot * 0.7))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart bar" id="{escape(chart_id)}" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}">',
             f'<text x="{left}" y="14" {_FONT} font-weight="bold">{escape(title)}</text>',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#999"/>']
    plot_h = height - top - bottom
    for i, (label, count) in enumerate(items):
        h = plot_h * count / peak
        x = left + i * slot + (slot - bar_w) / 2
        y = height - bottom - h
        parts.append(f'<rect class="bar" data-label="{escape(label)}" data-count="{count}" x="{x:.1f}" '
                     f'y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{_BAR}">'
                     f'<title>{escape(label)}: {count}</title></rect>')
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" {_FONT} text-anchor="middle">{count}</text>')
        rot = ' transform="rotate(-40 {0:.1f} {1})"'.format(x + bar_w / 2, height - bottom + 12) if n > 8 else ""
        parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 14}" {_FONT} '
                     f'text-anchor="middle"{rot}>{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def dot_plot(points: Sequence[tuple[int, float, str]], *, title: str, chart_id: str, width: int = 620) -> str:
    """One dot per (year, value, label); the y axis is square-root scaled and labelled at its maximum."""
    height, top, bottom, left = 220, 24, 30, 52
    years = sorted({y for y, _, _ in points})
    peak = max([v for _, v, _ in points] or [1]) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart dots" id="{escape(chart_id)}" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(title)}">',
             f'<text x="{left}" y="14" {_FONT} font-weight="bold">{escape(title)}</text>',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#999"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#999"/>']
    plot_h = height - top - bottom
    for frac in (0.0, 0.25, 1.0):
        v = peak * frac
        y = height - bottom - plot_h * math.sqrt(frac)
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" {_FONT} text-anchor="end">{v:g}</text>')
    if not years:
        parts.append(f'<text x="{left + 10}" y="{top + 40}" {_FONT}>no report states it</text></svg>')
        return "".join(parts)
    slot = (width - left - 10) / len(years)
    for i, y in enumerate(years):
        parts.append(f'<text x="{left + (i + .5) * slot:.1f}" y="{height - bottom + 14}" {_FONT} '
                     f'text-anchor="middle">{y}</text>')
    seen: dict[tuple[int, float], int] = {}
    for year, value, label in points:
        i = years.index(year)
        k = seen.get((year, value), 0)
        seen[(year, value)] = k + 1
        cx = left + (i + .5) * slot + (k % 5 - 2) * 5  # spread dots of equal value
        cy = height - bottom - plot_h * math.sqrt(max(value, 0) / peak)
        parts.append(f'<circle class="dot" data-year="{year}" data-value="{value:g}" cx="{cx:.1f}" cy="{cy:.1f}" '
                     f'r="4" fill="{_DOT}" fill-opacity=".75"><title>{escape(label)}: {value:g}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)

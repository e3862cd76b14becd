"""Plain-text descriptions of nodes and edges: tooltips and side-panel details.

Everything here is plain text (never HTML): the page puts it into the DOM with
``textContent``, so a name or quote containing markup shows as the characters it is.
"""

from __future__ import annotations

from typing import Any

from viz.model import SubgraphEdge, SubgraphNode
from viz.style import style_key

#: Longest quote (characters) a tooltip shows; the side panel shows it whole.
TIP_QUOTE_CHARS = 280
#: Most pieces of evidence a tooltip lists.
TIP_EVIDENCE = 3
#: Longest node label drawn on the canvas.
LABEL_CHARS = 32

_TRIM = {"year": 4, "month": 7}


def short_label(text: str) -> str:
    """Return ``text`` cut to LABEL_CHARS with an ellipsis (the tooltip has it whole)."""
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def format_period(valid_from: str | None, valid_to: str | None,
                  precision: str | None) -> str:
    """Return when an edge holds, at the precision the source gave.

    Examples
    --------
    >>> format_period("2024-01-01", "2024-12-31", "year")
    '2024'
    >>> format_period("2024-06-18", None, "day")
    'since 2024-06-18'
    >>> format_period(None, None, "unknown")
    'date unknown'
    """
    cut = _TRIM.get(precision or "")
    a = valid_from[:cut] if valid_from and cut else valid_from
    b = valid_to[:cut] if valid_to and cut else valid_to
    if a and b:
        return a if a == b else f"{a} – {b}"
    if a:
        return f"since {a}"
    if b:
        return f"until {b}"
    return "date unknown"


def _quote_line(ev: dict[str, Any], limit: int | None) -> list[str]:
    quote = ev["quote"]
    if limit is not None and len(quote) > limit:
        quote = quote[: limit - 1] + "…"
    lang = f" ({ev['language']})" if ev.get("language") else ""
    src = ev.get("source_title") or ev.get("source")
    lines = [f"“{quote}”{lang}" + (f" — {src}" if src else "")]
    if ev.get("gloss"):
        lines.append(f"  gloss: {ev['gloss']}")
    return lines


def edge_info(edge: SubgraphEdge, names: dict[str, str]) -> dict[str, Any]:
    """Return the side-panel details of an edge (plain strings, names resolved)."""
    return {
        "type": edge.type,
        "from": names.get(edge.source, edge.source),
        "to": names.get(edge.target, edge.target),
        "when": format_period(edge.valid_from, edge.valid_to, edge.date_precision),
        "precision": edge.date_precision,
        "certainty": edge.certainty,
        "asserted_by": [names.get(a, a) for a in edge.asserted_by],
        "evidence": [ev.model_dump() for ev in edge.evidence],
        "claim_id": edge.claim_id,
        "event_id": edge.event_id,
    }


def edge_tip(info: dict[str, Any]) -> str:
    """Return the hover text of an edge from its ``edge_info``."""
    lines = [
        f"{info['from']} —{info['type']}→ {info['to']}",
        f"when: {info['when']}" + (f" ({info['precision']})" if info["precision"] else ""),
        f"certainty: {info['certainty'] or 'n/a'}",
    ]
    if info["asserted_by"]:
        lines.append("asserted by: " + ", ".join(info["asserted_by"]))
    for ev in info["evidence"][:TIP_EVIDENCE]:
        lines.extend(_quote_line(ev, TIP_QUOTE_CHARS))
    if len(info["evidence"]) > TIP_EVIDENCE:
        lines.append(f"… and {len(info['evidence']) - TIP_EVIDENCE} more (click the edge)")
    return "\n".join(lines)


def node_info(node: SubgraphNode) -> dict[str, Any]:
    """Return the side-panel details of a node: name, what it is, id, other properties."""
    what = node.label if node.label != "Actor" or not node.kind else node.kind.replace("_", " ")
    if node.label != "Actor" and node.kind:
        what = f"{node.label.lower()}: {node.kind}"
    props = []
    for key, value in node.extras().items():
        if value is None or value == [] or value == "":
            continue
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        props.append([key, text])
    return {"name": node.name or node.id, "what": what, "id": node.id,
            "style": style_key(node.label, node.kind), "props": props}


def node_tip(info: dict[str, Any]) -> str:
    """Return the hover text of a node from its ``node_info``."""
    lines = [info["name"], f"{info['what']} · id: {info['id']}"]
    for key, text in info["props"][:6]:
        lines.append(f"{key}: {text if len(text) <= 200 else text[:199] + '…'}")
    return "\n".join(lines)

"""Pictures of subgraphs: ``render_html(subgraph, title=..., query=...) -> str``.

See docs/viz.md. The page is self-contained (vis-network inlined), makes no request to
any host, escapes all user text and carries a Content-Security-Policy.
"""

from viz.model import Subgraph, check_subgraph, validate_subgraph
from viz.render import render_html

__all__ = ["Subgraph", "check_subgraph", "render_html", "validate_subgraph"]

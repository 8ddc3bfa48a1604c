"""Draw a flow as a Graphviz DOT graph, for reviewing its shape."""

from __future__ import annotations

import json

from bot.engine.flow_model import Flow
from bot.engine.lint import edges


def to_dot(flow: Flow) -> str:
    """Return the flow's steps and the ways between them as DOT."""
    lines = [f"digraph {json.dumps(flow.id)} {{", "  rankdir=LR;"]
    for name, step in flow.steps.items():
        shape = "doublecircle" if step.end else ("box" if step.ask else "ellipse")
        lines.append(f"  {json.dumps(name)} [shape={shape}];")
        for target, path in edges(step):
            label = "next" if path == ("next",) else ".".join(str(part) for part in path)
            lines.append(
                f"  {json.dumps(name)} -> {json.dumps(target)} [label={json.dumps(label)}];"
            )
        handovers = [step.flow] if step.flow else []
        if step.ask is not None and step.ask.choice is not None:
            handovers += [option.flow for option in step.ask.choice if option.flow]
        for other in handovers:
            lines.append(f"  {json.dumps(name)} -> {json.dumps('flow:' + other)} [style=dashed];")
    lines.append("}")
    return "\n".join(lines)

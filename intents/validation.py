"""Cross-reference checks that need the whole base: unknown ids, cycles, the currency pair."""

from __future__ import annotations

from intents.errors import Problem
from intents.facts import FactBase


def check_references(base: FactBase) -> list[Problem]:
    problems: list[Problem] = []

    def bad(line: int, message: str) -> None:
        problems.append(Problem(base.path, line, message))

    for fact in base.facts.values():
        if fact.entity and fact.entity not in base.entities:
            known = ", ".join(sorted(base.entities))
            bad(fact.line, f"fact '{fact.id}': entity '{fact.entity}' is unknown (known: {known})")
        if fact.source and fact.source not in base.sources:
            known = ", ".join(sorted(base.sources))
            bad(fact.line, f"fact '{fact.id}': source '{fact.source}' is unknown (known: {known})")
        for field, target in (("of", fact.of), ("equals", fact.equals)):
            if target is not None and target not in base.facts:
                bad(fact.line, f"fact '{fact.id}': {field} names unknown fact '{target}'")
        if fact.formula:
            for arg in fact.formula.args:
                if arg not in base.facts:
                    bad(fact.line, f"fact '{fact.id}': formula names unknown fact '{arg}'")
    for entity in base.entities.values():
        if entity.parent and entity.parent not in base.entities:
            known = ", ".join(sorted(base.entities))
            bad(
                entity.line,
                f"entity '{entity.id}': parent '{entity.parent}' is unknown (known: {known})",
            )
    problems.extend(_cycles(base))
    return problems


def _cycles(base: FactBase) -> list[Problem]:
    """Depth-first search over formula arguments; reports each cycle once."""
    problems: list[Problem] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done

    def visit(fact_id: str, stack: list[str]) -> None:
        state[fact_id] = 1
        fact = base.facts[fact_id]
        for arg in fact.formula.args if fact.formula else ():
            if arg not in base.facts:
                continue
            if state.get(arg) == 1:
                cycle = " -> ".join([*stack[stack.index(arg) :], arg])
                line = base.facts[arg].line
                problems.append(Problem(base.path, line, f"formula cycle: {cycle}"))
            elif arg not in state:
                visit(arg, [*stack, arg])
        state[fact_id] = 2

    for fact_id in base.facts:
        if fact_id not in state:
            visit(fact_id, [fact_id])
    return problems

"""The shape of the package: layers that import only downwards (so no import cycles), no private name imported
across packages, and ``import alignment`` pulling in nothing heavy. Read from the source with ``ast``: every import
counts, those inside functions included, except type-only ones (``if TYPE_CHECKING:``)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "alignment"

#: the layers, lowest first: a unit may import its own layer's units and those below, never above
LAYERS = (
    ("errors",),
    ("config", "lang"),
    ("model",),
    ("text",),
    ("engine",),
    ("outputs",),
    ("report",),
    ("api",),
    ("batch", "evaluate", "discovery"),
    ("cli",),
)
RANK = {unit: rank for rank, units in enumerate(LAYERS) for unit in units}


def _unit(module: str) -> str:
    """``alignment.engine.match`` -> ``engine``; ``alignment`` (the package root) -> ``""``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _runtime_imports(tree: ast.Module) -> list[tuple[str, list[str], int]]:
    """(module, names, line) of every ``alignment`` import outside ``if TYPE_CHECKING:`` blocks."""
    found: list[tuple[str, list[str], int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and \
                (node.module == "alignment" or node.module.startswith("alignment.")):
            found.append((node.module, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((a.name, [], node.lineno) for a in node.names if a.name.startswith("alignment"))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _imports() -> list[tuple[str, str, list[str], int]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out.extend((_module_name(path), module, names, line) for module, names, line in _runtime_imports(tree))
    return out


def test_every_unit_has_a_layer():
    units = {_unit(_module_name(p)) for p in PACKAGE.rglob("*.py")} - {""}
    assert units <= set(RANK), f"units without a layer in LAYERS: {sorted(units - set(RANK))}"


def test_imports_go_down_the_layers_only():
    wrong = []
    for importer, module, names, line in _imports():
        src, dst = _unit(importer), _unit(module)
        if not src:
            continue  # the package root re-exports the public API
        if not dst:  # ``from alignment import __version__`` is the one thing taken from the root
            if names != ["__version__"]:
                wrong.append(f"{importer}:{line} imports {names} from the package root")
            continue
        if RANK[dst] > RANK[src]:
            wrong.append(f"{importer}:{line} ({src}) imports {module} ({dst}), a higher layer")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle_between_modules():
    graph: dict[str, set[str]] = {}
    for importer, module, names, _ in _imports():
        targets = {f"{module}.{n}" for n in names} | {module}
        graph.setdefault(importer, set()).update(t for t in targets if t != importer and _unit(t))
    modules = set(graph)
    state: dict[str, int] = {}

    def cycle_from(node: str, stack: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt not in modules and nxt not in graph:
                continue
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt] if nxt in stack else [node, nxt]
            if not state.get(nxt):
                found = cycle_from(nxt, [*stack, nxt])
                if found:
                    return found
        state[node] = 2
        return None

    for start in sorted(modules):
        if _unit(start) and not state.get(start):
            cycle = cycle_from(start, [start])
            assert cycle is None, " -> ".join(cycle)


def test_no_private_name_is_imported_from_another_package():
    wrong = [f"{importer}:{line} imports {n} from {module}"
             for importer, module, names, line in _imports()
             for n in names if n.startswith("_") and n != "__version__" and _unit(importer) != _unit(module)]
    assert not wrong, "\n".join(wrong)


def test_every_package_says_what_it_owns_and_may_import():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "import" in doc.lower() and len(doc.split()) > 15, (
            f"{init}: the docstring says what it owns and may import")


def test_importing_the_package_loads_nothing_heavy():
    heavy = ("spacy", "pandas", "numpy", "torch", "pyarrow", "dask", "distributed", "sentence_transformers",
             "jinja2", "rich", "typer")
    code = f"import sys, alignment; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_a_compare_loads_only_what_it_uses():
    """``pressalign compare -f json`` of two text files imports no reader, output, extra or command it does not
    use (spaCy's own imports aside: it brings numpy, jinja2, requests... whatever the tool does)."""
    unused = ("alignment.evaluate", "alignment.discovery", "alignment.batch", "alignment.outputs.html",
              "alignment.outputs.xlsx", "alignment.outputs.frames", "alignment.engine.semantic", "pandas", "pyarrow",
              "dask", "distributed", "torch", "sentence_transformers", "openpyxl", "pypdf", "docx", "trafilatura")
    root = PACKAGE.parent
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: print([m for m in {unused!r} if m in sys.modules]))\n"
            "from alignment.cli import run\n"
            "sys.argv = ['pressalign', 'compare', 'data/000_2f40eeff8674d118.txt', "
            "'data/001_e1c859cf1781b1d1.txt', '-f', 'json', '-o', '/dev/null', '-q']\n"
            "run()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stderr

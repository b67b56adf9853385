"""The shape of grader/: no import circles, no private names used across modules, and the
light commands (show, list) load neither numpy nor pytest."""
import ast
import json
import subprocess
import sys

from grader import ROOT

PACKAGE = ROOT / "grader"


def _is_type_checking(node) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.AST):
    """Every import in a module, at any depth, except under `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if _is_type_checking(node):
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _modules():
    """{dotted name inside grader (e.g. "grading", "sandbox.worker"): path}."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts:
            found[".".join(parts)] = path
    return found


def _graph():
    """({module: modules of grader it imports}, [(importer, module, private name)])."""
    modules = _modules()
    edges, private = {}, []
    for name, path in modules.items():
        edges[name] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "grader":
                inner = node.module.split(".", 1)[1] if "." in node.module else ""
                targets = [f"{inner}.{a.name}" if inner else a.name for a in node.names]
                targets = [t if t in modules else inner for t in targets]
                if inner:
                    private += [(name, inner, a.name) for a in node.names if a.name.startswith("_") and inner != name]
            elif isinstance(node, ast.Import):
                targets = [a.name.split(".", 1)[1] for a in node.names if a.name.startswith("grader.")]
            else:
                continue
            edges[name] |= {t for t in targets if t in modules and t != name}
    return edges, private


def _cycles(edges):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for v in edges:
            if v not in index:
                visit(v)
    finally:  # never left raised for the tests after this one in the same process
        sys.setrecursionlimit(limit)
    return found


def test_no_import_circles_inside_grader():
    edges, _ = _graph()
    # a package and its own modules belong together (grader.sandbox imports grader.sandbox.wire)
    outside = {name: {t for t in targets if not (t.startswith(name + ".") or name.startswith(t + "."))}
               for name, targets in edges.items()}
    assert _cycles(outside) == [], "modules of grader/ that import each other (also inside functions)"


def test_the_sandbox_is_one_folder_an_audit_reads_alone():
    """What runs inside the learner's process, and the grader's side of the boundary, live in
    grader/sandbox/ and import nothing else of the grader but the test functions that travel to
    the worker (grader/functions*.py) and the package root (ROOT)."""
    edges, _ = _graph()
    inside = {name for name in edges if name == "sandbox" or name.startswith("sandbox.")}
    assert {"sandbox", "sandbox.boundary", "sandbox.worker", "sandbox.wire", "sandbox.confine", "sandbox.guard"} <= inside
    for name in inside:
        others = {t for t in edges[name] if t not in inside and not t.startswith("functions")}
        assert not others, f"grader.{name} imports {sorted(others)} from outside grader/sandbox/"


def test_the_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_private_name_is_imported_from_another_module():
    _, private = _graph()
    assert private == [], "(importer, module, name): make the name public, or move it where both belong"


def test_show_and_list_load_neither_numpy_nor_pytest():
    probe = ("import sys, io, contextlib\n"
             "from grader import cli\n"
             "for argv in (['show', 'gd_x_squared'], ['list'], ['list', '--json']):\n"
             "    with contextlib.redirect_stdout(io.StringIO()):\n"
             "        cli.main(argv)\n"
             "import json; print(json.dumps(sorted(m for m in ('numpy', 'pytest', '_pytest') if m in sys.modules)))\n")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


def test_the_learners_process_does_not_load_the_graders_side():
    """grader.sandbox.worker and what it imports never reach grader.sandbox.boundary (the
    grader's side: its clocks, its replies, its verdicts), directly or through the package."""
    edges, _ = _graph()
    seen, stack = set(), ["sandbox.worker"]
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(edges.get(name, ()))
    assert "sandbox.boundary" not in seen, sorted(seen)
    probe = ("import sys; import grader.sandbox.worker; "
             "print('grader.sandbox.boundary' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "False", proc.stdout + proc.stderr

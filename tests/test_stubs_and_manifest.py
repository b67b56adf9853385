"""Stub generation from marked solutions, the manifest's validation, and the README catalogue."""
import pytest

from grader import ROOT, manifest, readme
from grader.manifest import ManifestError
from grader.stubs import MarkerError, hidden_functions, make_stub

SOLUTION = '''"""Statement."""
import numpy as np

# BEGIN SOLUTION
def _helper(x):
    return 2 * x
# END SOLUTION


def double(x):
    """Twice x."""
    # BEGIN SOLUTION
    return _helper(x)
    # END SOLUTION


def triple(x):
    # BEGIN SOLUTION
    return 3 * x
    # END SOLUTION
'''


def test_stub_hides_marked_bodies_and_top_level_helpers():
    stub = make_stub(SOLUTION, "t/k")
    assert '    raise NotImplementedError("t/k: implement double")' in stub
    assert '    raise NotImplementedError("t/k: implement triple")' in stub
    assert "_helper" not in stub and "BEGIN SOLUTION" not in stub and "return 3 * x" not in stub
    assert stub.startswith('"""Statement."""\n# Your kata.')
    compile(stub, "stub.py", "exec")
    assert hidden_functions(SOLUTION) == ["double", "triple"]


@pytest.mark.parametrize("broken", [
    "def f():\n    # BEGIN SOLUTION\n    return 1\n",
    "def f():\n    return 1\n    # END SOLUTION\n",
    "def f():\n    return 1\n",
])
def test_unbalanced_or_missing_markers_are_refused(broken):
    with pytest.raises(MarkerError):
        make_stub(broken, "t/k")


GOOD = '''
[[kata]]
id = "t/k"
title = "T"
difficulty = "easy"
minutes = 5
hints = ["a", "b"]
follow_ups = ["c"]
'''


def test_a_good_entry_parses():
    (kata,) = manifest.parse(GOOD)
    assert kata.track == "t" and kata.name == "k" and kata.time_limit == manifest.DEFAULT_TIME_LIMIT


@pytest.mark.parametrize("change,words", [
    (('difficulty = "easy"', 'difficulty = "trivial"'), "difficulty"),
    (("minutes = 5", "minutes = 0"), "minutes"),
    (("minutes = 5", 'minutes = "5"'), "minutes"),
    (('hints = ["a", "b"]', 'hints = ["a"]'), "hints"),
    (('id = "t/k"', 'id = "T K"'), "id"),
    (('title = "T"', 'title = "T"\ncolour = "red"'), "unknown field"),
    (('follow_ups = ["c"]', ""), "follow_ups"),
])
def test_bad_entries_are_named(change, words):
    with pytest.raises(ManifestError, match=words):
        manifest.parse(GOOD.replace(*change))


def test_duplicate_ids_and_bad_toml():
    with pytest.raises(ManifestError, match="duplicate"):
        manifest.parse(GOOD + GOOD)
    with pytest.raises(ManifestError, match="not valid TOML"):
        manifest.parse("[[kata]\n")


def test_bare_names_resolve_and_ambiguity_is_reported():
    catalogue = manifest.parse(GOOD + GOOD.replace('"t/k"', '"u/k"'))
    with pytest.raises(manifest.UnknownKata, match="ambiguous"):
        catalogue.resolve("k")
    assert catalogue.resolve("u/k").track == "u"


def test_the_real_manifest_loads():
    assert len(manifest.load()) >= 1


def test_readme_catalogue_is_current():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.expected(text, manifest.load()) == text, "README catalogue is stale: run `make stubs`"


def test_the_parsed_manifest_is_kept_by_the_hash_of_its_text(tmp_path, monkeypatch):
    """A second load reads the kept parse; an edited manifest (a different text) is parsed
    again; a corrupt cache file is ignored; a home that cannot be written changes nothing."""
    import json as _json
    from grader import manifest as _manifest
    monkeypatch.setenv("KATAGRAD_HOME", str(tmp_path / "home"))
    text = (ROOT / "katas.toml").read_text(encoding="utf-8")
    first = _manifest.parse(text)
    cache = tmp_path / "home" / "manifest-cache.json"
    kept = _json.loads(cache.read_text(encoding="utf-8"))
    assert len(kept["data"]["kata"]) == len(first)
    edited = text.replace('title = "Gradient descent on f(x) = x²"', 'title = "Edited"', 1)
    assert edited != text and _manifest.parse(edited)[0].title == "Edited"
    assert _manifest.parse(text)[0].title == first[0].title
    cache.write_text("{not json", encoding="utf-8")
    assert [k.id for k in _manifest.parse(text)] == [k.id for k in first]
    assert not [p for p in cache.parent.iterdir() if p.name.startswith(".manifest-cache-")]

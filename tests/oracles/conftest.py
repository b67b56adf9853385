"""`make check KATA=...` (KATAGRAD_CHECK) runs only the oracles of the tracks it names: an oracle
module belongs to the track its file is named for (test_<track>.py, test_<track>_<part>.py)."""
import os

import pytest

from grader import manifest


def _checked_tracks() -> set[str] | None:
    wanted = [w for w in os.environ.get("KATAGRAD_CHECK", "").replace(",", " ").split() if w]
    if not wanted:
        return None
    catalogue = manifest.load()
    tracks = {k.track for k in catalogue}
    return {name if name in tracks else catalogue.resolve(name).track for name in wanted}


def _track_of(module_name: str, tracks: set[str]) -> str | None:
    stem = module_name.removeprefix("test_")
    return max((t for t in tracks if stem == t or stem.startswith(t + "_")), key=len, default=None)


def pytest_collection_modifyitems(config, items):
    checked = _checked_tracks()
    if checked is None:
        return
    tracks = {k.track for k in manifest.load()}
    keep, drop = [], []
    for item in items:
        track = _track_of(item.path.stem, tracks) if item.path.parent.name == "oracles" else None
        (drop if track is not None and track not in checked else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

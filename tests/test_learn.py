"""Concept pages (grader.learn): each page's structure, and its worked example recomputed by the reference."""
import numpy as np
import pytest

from grader import learn, manifest

CATALOGUE = manifest.load()
WITH_PAGES = [kata for kata in CATALOGUE if learn.page_path(kata).exists()]


@pytest.mark.parametrize("entry", WITH_PAGES, ids=lambda kata: kata.id)
def test_page_is_well_formed_and_its_numbers_agree_with_the_reference(entry):
    problems = learn.verify(entry)
    assert not problems, "\n".join(problems)


def test_a_wrong_number_on_a_page_is_caught(tmp_path):
    kata = CATALOGUE.resolve("optimization/gd_x_squared")
    page = learn.page_path(kata).read_text(encoding="utf-8")
    wrong = tmp_path / "learn" / kata.track / f"{kata.name}.md"
    wrong.parent.mkdir(parents=True)
    wrong.write_text(page.replace("-> [2.0, -0.8, 0.32]", "-> [2.0, -0.7, 0.32]"), encoding="utf-8")
    (tmp_path / "solutions").symlink_to(kata.root / "solutions")
    moved = manifest.Kata(**{**kata.__dict__, "root": tmp_path})
    problems = learn.verify(moved, root=tmp_path)
    assert len(problems) == 1 and "states [2.0, -0.7, 0.32]" in problems[0]


@pytest.mark.parametrize("literal, value, ok", [
    ("0.245", 0.2454, True), ("0.245", 0.2456, False), ("[1, 2]", [1.0, 2.0], True), ("3", 3.0001, False),
    ("1.5e-3", 0.00151, True), ("1.5e-3", 0.00156, False), ("[0.5, 0.25]", [0.5], False), ("'a'", "a", True),
])
def test_values_agree_to_the_places_written(literal, value, ok):
    assert learn.agree(value, literal)[0] is ok


@pytest.mark.parametrize("text, problem", [
    ("no title\n", "first line"),
    ("# T\n## The idea\nx\n## The formula\nx\n## By hand\nx\n## Watch for\nx\n", "sections must be"),
    ("# T\n## The idea\nx\n## The formula\nx\n## By hand\nno block\n## Watch for\nx\n## Read more\nx\n", "check"),
    ("# T\n## The idea\n\n## The formula\nx\n## By hand\nx\n## Watch for\nx\n## Read more\nx\n", "empty"),
    ("# T\n## The idea\nx\n## The formula\nx\n## By hand\n```check\nx = 1\n-> 1\n```\n## Watch for\nx\n"
     "## Read more\nx\n", "expression"),
])
def test_malformed_pages_are_refused_with_the_reason(text, problem):
    with pytest.raises(learn.PageError, match=problem):
        learn.parse(text)


def test_a_tuple_of_results_of_different_sizes_is_compared_part_by_part():
    value = (np.array([1.0, 2.0, 3.0]), np.array([0.25]), 7)
    assert learn.agree(value, "([1.0, 2.0, 3.0], [0.25], 7)")[0]
    assert not learn.agree(value, "([1.0, 2.0, 3.1], [0.25], 7)")[0]
    assert not learn.agree(value, "([1.0, 2.0, 3.0], [0.25])")[0]


def test_a_wrong_tuple_is_reported_not_raised(tmp_path):
    kata = CATALOGUE.resolve("optimization/gd_x_squared")
    page = learn.page_path(kata).read_text(encoding="utf-8")
    page = page.replace("gradient_descent(2.0, learning_rate=0.7, n_steps=2)\n-> [2.0, -0.8, 0.32]",
                        "gradient_descent(2.0, learning_rate=0.7, n_steps=2), 3\n-> ([2.0, -0.8, 0.33], 3)")
    wrong = tmp_path / "learn" / kata.track / f"{kata.name}.md"
    wrong.parent.mkdir(parents=True)
    wrong.write_text(page, encoding="utf-8")
    (tmp_path / "solutions").symlink_to(kata.root / "solutions")
    problems = learn.verify(manifest.Kata(**{**kata.__dict__, "root": tmp_path}), root=tmp_path)
    assert len(problems) == 1 and "([ 2.   -0.8   0.32], 3" in problems[0], problems


def test_every_kata_has_a_concept_page():
    missing = [kata.id for kata in CATALOGUE if not learn.page_path(kata).exists()]
    assert not missing, f"katas without learn/<track>/<name>.md: {missing}"


def test_every_implement_kata_states_its_complexity_for_explain():
    missing = [kata.id for kata in CATALOGUE if kata.kind != "debug"
               and "# Complexity:" not in kata.solution_path.read_text(encoding="utf-8")]
    assert not missing, f"solutions without a '# Complexity:' line after '# BEGIN SOLUTION': {missing}"

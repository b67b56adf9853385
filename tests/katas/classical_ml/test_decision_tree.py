"""Hidden tests for classical_ml/decision_tree: fit_tree(X, y, *, max_depth=None, min_samples_split=2), predict_tree(tree, X)."""
import numpy as np

from grader.testing import require

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])
FIVE_X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
FIVE_Y = np.array([0, 0, 1, 1, 0])


def leaf(label):
    return {"label": label}


def split(feature, threshold, left, right):
    return {"feature": feature, "threshold": threshold, "left": left, "right": right}


def _gini(labels):
    p = np.unique(labels, return_counts=True)[1] / len(labels)
    return 1 - np.sum(p ** 2)


def _unambiguous(tree, X, y):
    """True when, at every split node, the best (feature, threshold) beats the others clearly
    (or ties them only with pure children, where every formula gives exactly G(parent))."""
    if "label" in tree:
        return True
    scores = []
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            left = X[:, j] <= (a + b) / 2
            pure = len(np.unique(y[left])) == 1 and len(np.unique(y[~left])) == 1
            scores.append((_gini(y) - left.mean() * _gini(y[left]) - (~left).mean() * _gini(y[~left]), pure))
    scores.sort(key=lambda s: -s[0])
    if len(scores) > 1 and scores[0][0] - scores[1][0] < 1e-9 and not (scores[0][1] and scores[1][1]):
        return False
    left = X[:, tree["feature"]] <= tree["threshold"]
    return _unambiguous(tree["left"], X[left], y[left]) and _unambiguous(tree["right"], X[~left], y[~left])


def test_one_perfect_split_by_hand(kata):
    """x = 1, 2, 3, 4 with labels 0, 0, 1, 1: one split at 2.5 and two pure leaves."""
    kata.check("fit_tree", np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([0, 0, 1, 1]),
               expected=split(0, 2.5, leaf(0), leaf(1)))


def test_best_feature_by_hand(kata):
    """Feature 1 separates the labels at 1.5 (decrease 0.5); feature 0 at best reaches 1/6."""
    X = np.array([[1.0, 3.0], [2.0, 0.0], [3.0, 2.0], [4.0, 1.0]])
    kata.check("fit_tree", X, np.array([1, 0, 1, 0]), expected=split(1, 1.5, leaf(0), leaf(1)))


def test_weighted_gini_picks_the_stump_by_hand(kata):
    """x = 1..5, y = [0, 0, 1, 0, 1], max_depth = 1: weighted Gini picks 2.5 (16/75), not 4.5 (0.18)."""
    # Right of 2.5: labels {1, 0, 1}, majority 1. (An unweighted average of the children would pick 4.5.)
    kata.check("fit_tree", FIVE_X, np.array([0, 0, 1, 0, 1]), max_depth=1,
               expected=split(0, 2.5, leaf(0), leaf(1)))


def test_gini_not_entropy_by_hand(kata):
    """x = 1..6, y = [0, 0, 1, 2, 0, 2], max_depth = 1: Gini picks 2.5 (7/36 > 6/36); entropy would pick 3.5."""
    # Parent Gini 1 − (9 + 1 + 4)/36 = 11/18. 2.5: right {1, 2, 0, 2} has Gini 10/16, weighted 4/6 -> 11/18 − 5/12 = 7/36.
    # 3.5: {0, 0, 1} and {2, 0, 2} both 4/9 -> 11/18 − 4/9 = 6/36. The right leaf {1, 2, 0, 2} votes 2.
    kata.check("fit_tree", np.arange(1.0, 7.0)[:, None], np.array([0, 0, 1, 2, 0, 2]), max_depth=1,
               expected=split(0, 2.5, leaf(0), leaf(2)))


def test_two_levels_by_hand(kata):
    """x = 1..5, y = [0, 0, 1, 1, 0]: root 2.5 (left pure 0); the right node {1, 1, 0} splits at 4.5."""
    # Root: 2.5 gives 0.48 − 3/5 · 4/9 = 16/75, the best of 0.08, 16/75, 1/75, 0.08.
    # Right node x = 3, 4, 5 (labels 1, 1, 0): 4.5 makes both sides pure (4/9), 3.5 only 1/9.
    kata.check("fit_tree", FIVE_X, FIVE_Y, expected=split(0, 2.5, leaf(0), split(0, 4.5, leaf(1), leaf(0))))


def test_zero_decrease_still_splits_and_feature_tie_goes_to_zero(kata):
    """XOR: every split of the root has decrease 0; it still splits, on feature 0 (the tie's smallest index)."""
    # Each child then splits on feature 1 at 0.5 (feature 0 is constant there).
    kata.check("fit_tree", XOR_X, XOR_Y,
               expected=split(0, 0.5, split(1, 0.5, leaf(0), leaf(1)), split(1, 0.5, leaf(1), leaf(0))))


def test_max_depth_one_is_a_stump(kata):
    """x = 1..5, y = [0, 0, 1, 1, 0], max_depth = 1: nodes at depth 1 are leaves; the right one votes 1 (two 1s, one 0)."""
    kata.check("fit_tree", FIVE_X, FIVE_Y, max_depth=1, expected=split(0, 2.5, leaf(0), leaf(1)))


def test_max_depth_two_reaches_depth_two(kata):
    """max_depth = 2 on the same data: the right node at depth 1 < 2 still splits (the full tree)."""
    kata.check("fit_tree", FIVE_X, FIVE_Y, max_depth=2,
               expected=split(0, 2.5, leaf(0), split(0, 4.5, leaf(1), leaf(0))))


def test_max_depth_zero_is_one_leaf(kata):
    """max_depth = 0: the root is a leaf with the majority label (three 0s, two 1s)."""
    kata.check("fit_tree", FIVE_X, FIVE_Y, max_depth=0, expected=leaf(0))


def test_majority_tie_goes_to_the_smallest_label(kata):
    """XOR with max_depth = 1: each leaf holds one 0 and one 1 (the right one sees the 1 first); both vote 0."""
    kata.check("fit_tree", XOR_X, XOR_Y, max_depth=1, expected=split(0, 0.5, leaf(0), leaf(0)))


def test_min_samples_split_equal_to_node_size_splits(kata):
    """min_samples_split = 3: the right node has exactly 3 rows, so it may split (full tree)."""
    kata.check("fit_tree", FIVE_X, FIVE_Y, min_samples_split=3,
               expected=split(0, 2.5, leaf(0), split(0, 4.5, leaf(1), leaf(0))))


def test_min_samples_split_above_node_size_stops(kata):
    """min_samples_split = 4: the right node's 3 rows are fewer than 4, so it is a leaf (label 1)."""
    kata.check("fit_tree", FIVE_X, FIVE_Y, min_samples_split=4, expected=split(0, 2.5, leaf(0), leaf(1)))


def test_min_samples_split_at_the_root(kata):
    """5 rows: min_samples_split = 5 lets the root split; 6 makes it a leaf."""
    kata.check("fit_tree", FIVE_X, FIVE_Y, min_samples_split=5, max_depth=1, expected=split(0, 2.5, leaf(0), leaf(1)))
    kata.check("fit_tree", FIVE_X, FIVE_Y, min_samples_split=6, expected=leaf(0))


def test_other_labels(kata):
    """Labels 7 and 3: leaves hold the labels themselves; a 1-to-1 tie goes to 3."""
    kata.check("fit_tree", XOR_X, np.array([7, 3, 3, 7]), max_depth=1, expected=split(0, 0.5, leaf(3), leaf(3)))
    kata.check("fit_tree", FIVE_X, np.array([7, 7, 3, 3, 7]), expected=split(0, 2.5, leaf(7), split(0, 4.5, leaf(3), leaf(7))))


def test_predict_by_hand(kata):
    """A hand-made tree: rows go left when x[feature] ≤ threshold, including x exactly AT the threshold."""
    tree = split(1, 0.5, leaf(3), split(0, 2.0, leaf(1), leaf(3)))
    X = np.array([[9.0, 0.5], [2.0, 0.6], [2.1, 0.6], [-1.0, -4.0], [2.0, 7.0]])
    kata.check("predict_tree", tree, X, expected=np.array([3, 1, 3, 3, 1]))


def test_predict_a_single_leaf(kata):
    """A tree that is one leaf predicts its label for every row."""
    kata.check("predict_tree", leaf(4), np.array([[0.0], [1.0], [2.0]]), expected=np.array([4, 4, 4]))


def test_predict_no_rows(kata):
    """m = 0 rows: an empty int64 array."""
    kata.check("predict_tree", split(0, 0.5, leaf(0), leaf(1)), np.zeros((0, 1)), expected=np.zeros(0, dtype=np.int64))


def test_matches_reference_on_random_data(kata, rng):
    """Random data (2 or 3 classes, 1 to 3 features) with depth and size limits; splits chosen clearly."""
    done, fits, predicts = 0, [], []
    while done < 8:
        n, d = int(rng.integers(8, 20)), int(rng.integers(1, 4))
        X = np.round(rng.standard_normal((n, d)), 2)
        y = (X @ rng.standard_normal(d) + 0.5 * rng.standard_normal(n) > 0).astype(np.int64) + 2 * (done % 2) * (X[:, 0] > 1)
        kwargs = dict(max_depth=[None, 1, 2, 3][done % 4], min_samples_split=int(rng.choice([2, 3, 5])))
        expected = kata.expected("fit_tree", X, y, **kwargs)
        if not _unambiguous(expected, X, y):
            continue
        fits.append(((X, y), kwargs))
        predicts.append(((expected, rng.standard_normal((6, d))), {}))
        done += 1
    kata.check_each("fit_tree", fits)
    kata.check_each("predict_tree", predicts)


def test_constant_features_make_a_leaf(kata):
    """Three identical rows with labels 0, 1, 1: no threshold exists, so a leaf with the majority 1."""
    kata.check("fit_tree", np.ones((3, 2)), np.array([0, 1, 1]), expected=leaf(1))


def test_single_row(kata):
    """n = 1: a leaf with its label."""
    kata.check("fit_tree", np.array([[0.5, 2.0]]), np.array([9]), expected=leaf(9))


def test_pure_labels_make_a_leaf(kata):
    """All labels equal: a leaf at once, whatever the features."""
    kata.check("fit_tree", np.array([[1.0], [5.0], [3.0]]), np.array([2, 2, 2]), expected=leaf(2))


def test_fits_distinct_rows_perfectly(kata, rng):
    """No depth limit and distinct rows: the tree predicts every training label back."""
    X = rng.standard_normal((25, 3))
    y = rng.integers(0, 3, 25)
    tree = kata.call("fit_tree", X, y).value
    result = kata.call("predict_tree", tree, X)
    require(np.array_equal(np.asarray(result.value), y),
            "fit_tree with max_depth=None on 25 distinct rows should fit them exactly, but predict_tree on the "
            f"training rows gets {int(np.sum(np.asarray(result.value) != y))} label(s) wrong")


def test_empty_input_raises(kata):
    """n = 0 raises ValueError."""
    kata.raises("ValueError", "fit_tree", np.zeros((0, 2)), np.zeros(0, dtype=np.int64))


def test_midpoint_that_rounds_to_the_lower_value(kata):
    """Values 1 and the next float after 1: their midpoint rounds to 1.0, and left is x ≤ 1.0, so the split still separates them."""
    # (1 + (1 + 2⁻⁵²)) / 2 = 1 + 2⁻⁵³ rounds (to even) to 1.0: x < threshold would leave nothing on the left.
    X = np.array([[1.0], [np.nextafter(1.0, 2.0)]])
    kata.check("fit_tree", X, np.array([0, 1]), expected=split(0, 1.0, leaf(0), leaf(1)))
    kata.check("fit_tree", np.array([[5.0, 1.0], [5.0, np.nextafter(1.0, 2.0)], [5.0, 3.0]]), np.array([2, 0, 0]),
               expected=split(1, 1.0, leaf(2), leaf(0)))

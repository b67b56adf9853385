"""Hidden tests for classical_ml/random_forest: random_forest(X_train, y_train, X_test, *, n_trees, max_depth, max_features, seed)."""
import numpy as np

from grader.testing import require

X4 = np.array([[1.0], [2.0], [3.0], [4.0]])
Y4 = np.array([0, 0, 1, 1])


def _ints(*values):
    return np.array(values, dtype=np.int64)


def _data(rng, n, d, labels=(0, 1, 2)):
    X = np.round(rng.uniform(-2, 2, (n, d)), 1)
    score = X[:, 0] + 0.5 * X[:, -1] + 0.5 * rng.standard_normal(n)
    y = np.asarray(labels)[np.digitize(score, [-0.7, 0.7]) % len(labels)]
    return X, y


def test_one_tree_by_hand(kata):
    """Seed 0, one tree: bootstrap rows [3, 2, 2, 1] (x = 4, 3, 3, 2); the root splits at 2.5: 1.5 → 0, 3.5 → 1."""
    kata.check("random_forest", X4, Y4, np.array([[1.5], [3.5]]), n_trees=1, max_depth=3, max_features=1, seed=0,
               expected=(_ints(0, 1), _ints([0, 1])))


def test_depth_zero_is_the_bootstrap_majority(kata):
    """max_depth = 0, seed 7, 3 trees: each tree is one leaf, the majority of its bootstrap labels: 1, 1, 1."""
    # rng.integers(0, 5, size=5) three times: [4 3 3 4 2], [3 4 1 0 1], [1 4 4 0 2]; with y = [0, 1, 1, 0, 1]
    # the labels are [1 0 0 1 1], [0 1 1 0 1], [1 1 1 0 1]: majority 1 each time. No other draw is made.
    X = np.arange(5.0)[:, None]
    kata.check("random_forest", X, np.array([0, 1, 1, 0, 1]), np.array([[0.0], [4.0]]), n_trees=3, max_depth=0,
               max_features=1, seed=7, expected=(_ints(1, 1), _ints([1, 1], [1, 1], [1, 1])))


def test_vote_tie_goes_to_the_smallest_label(kata):
    """max_depth = 0, seed 0, 2 trees: bootstraps [3, 2, 2, 1] (majority 1) and [1, 0, 0, 0] (majority 0): tie → 0."""
    kata.check("random_forest", X4, Y4, np.array([[2.5]]), n_trees=2, max_depth=0, max_features=1, seed=0,
               expected=(_ints(0), _ints([1], [0])))


def test_leaf_tie_goes_to_the_smallest_label(kata):
    """Labels 7, 3, 7, 3, max_depth = 0, seed 0: the bootstrap labels 3, 7, 7, 3 tie: the leaf says 3."""
    kata.check("random_forest", X4, np.array([7, 3, 7, 3]), np.array([[0.0]]), n_trees=1, max_depth=0,
               max_features=1, seed=0, expected=(_ints(3), _ints([3])))


def test_only_the_drawn_features_are_searched(kata):
    """Seed 6, max_features = 1 of 2: the root draws feature 1 and splits it at 0.15, so (1, 0.35) is class 1."""
    # Bootstrap [1, 2, 2, 1]: rows (2, 0.1), (3, 0.2) twice each, labels 0, 1, 1, 0. rng.choice(2, 1) = [1].
    # Feature 0 would split at 2.5 just as well and send x = 1 left (class 0).
    X = np.array([[1.0, 0.3], [2.0, 0.1], [3.0, 0.2], [4.0, 0.4]])
    kata.check("random_forest", X, Y4, np.array([[1.0, 0.35]]), n_trees=1, max_depth=2, max_features=1, seed=6,
               expected=(_ints(1), _ints([1])))


def test_features_are_searched_in_the_drawn_order(kata):
    """Seed 24: bootstrap [1, 1, 3, 1], the root draws features [2, 1] (not sorted); three columns tie, feature 2 wins."""
    # Columns x, 10x, 100x on x = 1..4 (labels 0, 0, 1, 1): the bootstrap rows x = 2, 2, 4, 2 split
    # perfectly on every column (at 3, 30, 300), an exact tie. Drawn order [2, 1] -> feature 2 at 300:
    # (3, 15, 350) goes right (1), (3, 35, 150) left (0). Sorted [1, 2] -> feature 1 at 30: 0, 1.
    # Every feature -> feature 0 at 3: 0, 0. max_depth = 1: the children are leaves.
    X = np.column_stack([X4[:, 0], 10 * X4[:, 0], 100 * X4[:, 0]])
    kata.check("random_forest", X, Y4, np.array([[3.0, 15.0, 350.0], [3.0, 35.0, 150.0]]), n_trees=1,
               max_depth=1, max_features=2, seed=24, expected=(_ints(1, 0), _ints([1, 0])))


def test_feature_ties_go_to_the_first_drawn(kata):
    """Seed 0: bootstrap [3, 2, 2, 1], then the root draws features [1, 0]; both split the rows perfectly, feature 1 wins."""
    # Feature 1 (10 × feature 0) splits at 25, feature 0 at 2.5: the same rows, an exact tie. The test row
    # (3, 15) goes left under feature 1 (15 ≤ 25: class 0), right under feature 0 (3 > 2.5: class 1).
    X = np.column_stack([X4[:, 0], 10 * X4[:, 0]])
    kata.check("random_forest", X, Y4, np.array([[3.0, 15.0]]), n_trees=1, max_depth=2, max_features=2, seed=0,
               expected=(_ints(0), _ints([0])))


def test_a_zero_decrease_still_splits(kata):
    """Seed 41, 2 trees, max_features = 1: a node whose best split gains 0 still splits, and its children make their draws."""
    # Tree 2: bootstrap [5, 1, 2, 6, 3, 5, 4]; the root (feature 0) splits at 1.5, row 4 (label 0) alone on
    # the right. Its left child, rows 1, 2, 3, 5, 5, 6 (labels 0, 1, 1, 1, 1, 0: G = 4/9), draws feature 0:
    # x0 = 0 for rows 1, 2, 3 (0, 1, 1) and 1 for 5, 5, 6 (1, 1, 0): both sides G = 4/9, decrease 0, still
    # split at 0.5. Both children draw feature 1 and split at 1.0: (0, 2) ends in rows 1, 2 (0, 1: tie → 0),
    # (1, 2) in rows 5, 5 (1). Tree 2 votes [1, 0, 0, 0]; a leaf at the zero-decrease node says 1 for
    # both: [1, 0, 1, 0] (predictions [1, 0, 0, 0] either way, by the smallest-label tie). Tree 1 has
    # no zero-decrease node. Also checked with two independent implementations from this statement.
    X = np.array([[2, 0], [0, 2], [0, 2], [0, 0], [2, 0], [1, 2], [1, 0]], dtype=np.float64)
    y = np.array([0, 0, 1, 1, 0, 1, 0])
    Z = np.array([[1, 2], [2, 1], [0, 2], [2, 1]], dtype=np.float64)
    kata.check("random_forest", X, y, Z, n_trees=2, max_depth=3, max_features=1, seed=41,
               expected=(_ints(1, 0, 0, 0), _ints([1, 0, 0, 0], [1, 0, 0, 0])))


def test_split_ties_within_rounding_go_to_the_earliest(kata):
    """Seed 25, 3 trees: tree 2's root has three splits with decrease 79/1452 on paper (one an ulp above); the earliest wins."""
    # Tree 2's bootstrap rows are [1, 1, 3, 3, 4, 4, 5, 6, 7, 8, 10] (labels 4× 0, 6× 1, 1× 2: G = 68/121)
    # and the root draws features [2, 1]. Feature 2 at 0.5: left rows 5, 6, 10 (0, 1, 0: G = 4/9), right 8
    # rows (2, 5, 1: G = 34/64): 68/121 − (3/11)(4/9) − (8/11)(34/64) = 79/1452. Feature 2 at 2.0 has the
    # same two groups mirrored (79/1452), so does feature 1 at 0.5; in float64 the 2.0 split comes out one
    # ulp larger. Within 1e-12 all three tie and (2, 0.5), the first searched, wins; exact equality
    # would take (2, 2.0) and tree 2's votes would become [1, 1, 0, 1].
    X = np.array([[1, 2, 1], [2, 2, 3], [2, 3, 0], [3, 1, 1], [3, 2, 1], [0, 0, 0], [1, 2, 0], [0, 1, 1],
                  [2, 0, 3], [1, 3, 3], [2, 0, 0]], dtype=np.float64)
    y = np.array([0, 0, 2, 1, 1, 0, 1, 2, 1, 1, 0])
    Z = np.array([[1, 1, 2], [0, 2, 0], [2, 1, 3], [0, 2, 1]], dtype=np.float64)
    kata.check("random_forest", X, y, Z, n_trees=3, max_depth=3, max_features=2, seed=25,
               expected=(_ints(0, 0, 0, 0), _ints([0, 0, 0, 0], [1, 0, 1, 0], [0, 1, 0, 0])))


def test_labels_keep_their_values(kata):
    """Labels 3 and 7 (not 0 and 1) come back as 3 and 7: the first test with y = [3, 3, 7, 7]."""
    kata.check("random_forest", X4, np.array([3, 3, 7, 7]), np.array([[1.5], [3.5]]), n_trees=1, max_depth=3,
               max_features=1, seed=0, expected=(_ints(3, 7), _ints([3, 7])))


def test_at_the_threshold_goes_left(kata):
    """The first test's tree splits at 2.5: a test row at exactly 2.5 goes left (class 0)."""
    kata.check("random_forest", X4, Y4, np.array([[2.5]]), n_trees=1, max_depth=3, max_features=1, seed=0,
               expected=(_ints(0), _ints([0])))


def test_no_test_rows(kata):
    """X_test with 0 rows: predictions (0,) and votes (n_trees, 0)."""
    kata.check("random_forest", X4, Y4, np.zeros((0, 1)), n_trees=2, max_depth=2, max_features=1, seed=0,
               expected=(np.zeros(0, dtype=np.int64), np.zeros((2, 0), dtype=np.int64)))


def test_one_training_row(kata):
    """n = 1: every bootstrap is that row, every tree a leaf with its label."""
    kata.check("random_forest", np.array([[0.5, 0.5]]), np.array([4]), np.array([[0.0, 0.0], [9.0, 9.0]]),
               n_trees=3, max_depth=2, max_features=2, seed=1, expected=(_ints(4, 4), np.full((3, 2), 4, dtype=np.int64)))


def test_integer_features(kata):
    """Int X_train and X_test (the first test's data): the same votes."""
    kata.check("random_forest", X4.astype(int), Y4, np.array([[1], [4]]), n_trees=1, max_depth=3, max_features=1,
               seed=0, expected=(_ints(0, 1), _ints([0, 1])))


def test_tiny_and_huge_scales(kata):
    """The first test's data scaled by 1e-100 and 1e100: the same votes."""
    for scale in (1e-100, 1e100):
        kata.check("random_forest", scale * X4, Y4, scale * np.array([[1.5], [3.5]]), n_trees=1, max_depth=3,
                   max_features=1, seed=0, expected=(_ints(0, 1), _ints([0, 1])))


def test_matches_reference_on_random_data(kata, rng):
    """Random 3-class data (n ≤ 24, d ≤ 4, n_trees ≤ 6, max_depth ≤ 3): votes and predictions, several seeds."""
    for n, d, trees, depth, features in ((20, 2, 5, 2, 1), (24, 4, 6, 3, 2), (12, 3, 4, 1, 3), (16, 4, 4, 3, 4)):
        X, y = _data(rng, n, d)
        Z = np.round(rng.uniform(-2, 2, (8, d)), 1)
        kata.check("random_forest", X, y, Z, n_trees=trees, max_depth=depth, max_features=features,
                   seed=int(rng.integers(0, 10_000)))


def test_prediction_is_the_majority_of_the_votes(kata, rng):
    """On random data, every prediction is the most common label of its column of votes (smallest on a tie)."""
    X, y = _data(rng, 20, 3)
    predictions, votes = (np.asarray(v) for v in kata.call(
        "random_forest", X, y, X[:10], n_trees=5, max_depth=2, max_features=2, seed=3).value)
    for i in range(10):
        values, counts = np.unique(votes[:, i], return_counts=True)
        require(predictions[i] == values[np.argmax(counts)],
                f"row {i}: votes {votes[:, i].tolist()} but prediction {predictions[i]}")


def test_bad_arguments_raise(kata):
    """n_trees = 0, max_depth = −1, max_features = 0 or d + 1, or X_test with another number of columns: ValueError."""
    kata.raises("ValueError", "random_forest", X4, Y4, X4, n_trees=0, max_depth=1, max_features=1, seed=0)
    kata.raises("ValueError", "random_forest", X4, Y4, X4, n_trees=1, max_depth=-1, max_features=1, seed=0)
    kata.raises("ValueError", "random_forest", X4, Y4, X4, n_trees=1, max_depth=1, max_features=0, seed=0)
    kata.raises("ValueError", "random_forest", X4, Y4, X4, n_trees=1, max_depth=1, max_features=2, seed=0)
    kata.raises("ValueError", "random_forest", X4, Y4, np.zeros((2, 2)), n_trees=1, max_depth=1, max_features=1, seed=0)

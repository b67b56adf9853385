"""Hidden tests for classical_ml/dbscan: dbscan(X, *, eps, min_samples) -> (labels, is_core)."""
import numpy as np

from grader.testing import require

RIGHT = [(1.0, 0.0), (1.0, 0.5), (1.0, -0.5), (1.5, 0.0)]
LEFT = [(-1.0, 0.0), (-1.0, 0.5), (-1.0, -0.5), (-1.5, 0.0)]


def _labels(*values):
    return np.array(values, dtype=np.int64)


def _blobs(rng, n, d):
    centres = 4 * rng.standard_normal((3, d))
    X = centres[rng.integers(0, 3, n)] + 0.6 * rng.standard_normal((n, d))
    X[: n // 8] = 12 * rng.standard_normal((n // 8, d))       # some scattered noise
    return X


def test_two_chains_and_a_loner_by_hand(kata):
    """0, 1, 2 and 10, 11, 12 on a line with eps = 1.5, min_samples = 2: two clusters; 30 is noise."""
    X = np.array([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0], [30.0]])
    kata.check("dbscan", X, eps=1.5, min_samples=2,
               expected=(_labels(0, 0, 0, 1, 1, 1, -1), np.array([True] * 6 + [False])))


def test_distance_equal_to_eps_is_a_neighbour(kata):
    """(0, 0), (3, 4), (6, 8), eps = 5 (distances 5 exactly): min_samples = 2 makes all three core, 3 only the middle one."""
    X = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])
    # min_samples = 2 first: each end has itself and the middle (2 rows), the middle all 3: every row is
    # core. With '<' no row has a neighbour (all noise); without the point itself only the middle is core.
    kata.check("dbscan", X, eps=5.0, min_samples=2, expected=(_labels(0, 0, 0), np.ones(3, dtype=bool)))
    kata.check("dbscan", X, eps=5.0, min_samples=3, expected=(_labels(0, 0, 0), np.array([False, True, False])))


def test_just_below_the_distance_no_neighbours(kata):
    """The same points with eps = 4.999: nobody has 3 neighbours: all noise."""
    X = np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]])
    kata.check("dbscan", X, eps=4.999, min_samples=3, expected=(_labels(-1, -1, -1), np.zeros(3, dtype=bool)))


def test_the_point_itself_counts(kata):
    """Two points 0.7 apart, eps = 0.7, min_samples = 2: each neighbourhood is {itself, the other}: both core."""
    X = np.array([[0.0], [0.7]])
    kata.check("dbscan", X, eps=0.7, min_samples=2, expected=(_labels(0, 0), np.array([True, True])))


def test_border_point_joins_but_does_not_extend(kata):
    """−0.5, −0.3, 0, 0.5, 1.05 with eps = 0.6, min_samples = 4: only 0 is core; 0.5 is border, so 1.05 stays noise."""
    # N(0) = {−0.5, −0.3, 0, 0.5}: 4, core. N(0.5) = {0, 0.5, 1.05}: 3, border. N(1.05) = {0.5, 1.05}: not
    # reached by a core point, so noise, even though it is within eps of the border point 0.5.
    X = np.array([[-0.5], [-0.3], [0.0], [0.5], [1.05]])
    kata.check("dbscan", X, eps=0.6, min_samples=4,
               expected=(_labels(0, 0, 0, 0, -1), np.array([False, False, True, False, False])))


def test_border_between_two_clusters_goes_to_the_first(kata):
    """A border point at (0, 0), eps = 1 from a core point on each side; the right group comes first: label 0."""
    X = np.array([(0.0, 0.0)] + RIGHT + LEFT)
    kata.check("dbscan", X, eps=1.0, min_samples=4,
               expected=(_labels(0, 0, 0, 0, 0, 1, 1, 1, 1), np.array([False] + [True] * 8)))


def test_border_between_two_clusters_other_order(kata):
    """The same points with the left group first: the border point joins the left cluster, number 0 again."""
    X = np.array([(0.0, 0.0)] + LEFT + RIGHT)
    kata.check("dbscan", X, eps=1.0, min_samples=4,
               expected=(_labels(0, 0, 0, 0, 0, 1, 1, 1, 1), np.array([False] + [True] * 8)))


def test_clusters_numbered_by_their_first_core_point(kata):
    """Row 0 is a border point of the cluster whose first core point is row 5; row 1 (core) starts cluster 0."""
    # eps = 0.6, min_samples = 3: 0.5 {0, 0.5, 1} and 5.4 {5, 5.4, 5.8} are the only core points.
    X = np.array([[5.0], [0.5], [100.0], [0.0], [1.0], [5.4], [5.8]])
    kata.check("dbscan", X, eps=0.6, min_samples=3,
               expected=(_labels(1, 0, -1, 0, 0, 1, 1), np.array([False, True, False, False, False, True, False])))


def test_all_noise(kata):
    """Points 10 apart with eps = 1, min_samples = 2: every label is −1."""
    X = np.array([[0.0], [10.0], [20.0]])
    kata.check("dbscan", X, eps=1.0, min_samples=2, expected=(_labels(-1, -1, -1), np.zeros(3, dtype=bool)))


def test_min_samples_one_makes_every_point_core(kata):
    """min_samples = 1: every point is core; isolated points are clusters of their own (0.1, 0.2 together)."""
    X = np.array([[0.0], [10.0], [0.1], [0.2]])
    kata.check("dbscan", X, eps=0.15, min_samples=1, expected=(_labels(0, 1, 0, 0), np.ones(4, dtype=bool)))


def test_eps_zero_groups_only_duplicates(kata):
    """eps = 0: only identical rows are neighbours; the duplicated (1, 2) forms a cluster with min_samples = 2."""
    X = np.array([[0.0, 0.0], [1.0, 2.0], [3.0, 3.0], [1.0, 2.0]])
    kata.check("dbscan", X, eps=0.0, min_samples=2, expected=(_labels(-1, 0, -1, 0), np.array([False, True, False, True])))


def test_one_big_cluster(kata):
    """A huge eps: one cluster holding every point."""
    X = np.array([[0.0, 1.0], [5.0, -3.0], [2.0, 2.0]])
    kata.check("dbscan", X, eps=100.0, min_samples=3, expected=(_labels(0, 0, 0), np.ones(3, dtype=bool)))


def test_no_points(kata):
    """n = 0 (a (0, 2) array): empty labels and an empty mask."""
    kata.check("dbscan", np.zeros((0, 2)), eps=1.0, min_samples=2,
               expected=(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)))


def test_integer_input(kata):
    """Int points 0, 1, 5 with eps = 1, min_samples = 2: [0, 0, −1]."""
    kata.check("dbscan", np.array([[0], [1], [5]]), eps=1.0, min_samples=2,
               expected=(_labels(0, 0, -1), np.array([True, True, False])))


def test_tiny_and_huge_scales(kata):
    """The first example scaled by 1e-100 and by 1e100 (eps scaled too): the same labels."""
    X = np.array([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0], [30.0]])
    for scale in (1e-100, 1e100):
        kata.check("dbscan", scale * X, eps=1.5 * scale, min_samples=2,
                   expected=(_labels(0, 0, 0, 1, 1, 1, -1), np.array([True] * 6 + [False])))


def test_matches_reference_on_random_blobs(kata, rng):
    """Random blobs with scattered noise (n ≤ 60, d ≤ 3), several eps and min_samples."""
    for n, d, eps, min_samples in ((40, 2, 0.8, 4), (60, 2, 0.5, 3), (30, 3, 1.2, 5), (50, 1, 0.3, 2), (25, 2, 2.0, 8)):
        kata.check("dbscan", _blobs(rng, n, d), eps=eps, min_samples=min_samples)


def test_labels_are_a_valid_clustering(kata, rng):
    """On random blobs: every cluster holds a core point; two core points within eps share a label."""
    X = _blobs(rng, 50, 2)
    labels, is_core = (np.asarray(v) for v in kata.call("dbscan", X, eps=0.7, min_samples=4).value)
    distances = np.sqrt(((X[:, None] - X[None]) ** 2).sum(axis=2))
    for label in set(labels.tolist()) - {-1}:
        require(is_core[labels == label].any(), f"cluster {label} has no core point")
    close = (distances <= 0.7) & is_core[:, None] & is_core[None, :]
    require(np.all(labels[np.nonzero(close)[0]] == labels[np.nonzero(close)[1]]),
            "two core points within eps of each other must be in the same cluster")


def test_negative_eps_raises(kata):
    """eps = −1 raises ValueError."""
    kata.raises("ValueError", "dbscan", np.zeros((2, 1)), eps=-1.0, min_samples=2)


def test_min_samples_zero_raises(kata):
    """min_samples = 0 raises ValueError."""
    kata.raises("ValueError", "dbscan", np.zeros((2, 1)), eps=1.0, min_samples=0)


def test_one_dimensional_x_raises(kata):
    """A 1-D X raises ValueError (rows are points: use shape (n, 1))."""
    kata.raises("ValueError", "dbscan", np.array([0.0, 1.0]), eps=1.0, min_samples=2)

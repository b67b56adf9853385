"""Hidden tests for classical_ml/agglomerative: agglomerative(X, *, n_clusters, linkage="single") -> (labels, heights)."""
import numpy as np

from grader.testing import require

LINE = np.array([[0.0], [1.0], [3.0], [7.0]])
GAPS = np.array([[0.0], [2.0], [4.0], [6.5], [7.5]])


def _labels(*values):
    return np.array(values, dtype=np.int64)


def _blobs(rng, n, d):
    centres = 5 * rng.standard_normal((3, d))
    return centres[rng.integers(0, 3, n)] + rng.standard_normal((n, d))


def test_single_linkage_by_hand(kata):
    """0, 1, 3, 7, single, down to 1 cluster: merges at 1 (0–1), 2 (1–3), 4 (3–7)."""
    kata.check("agglomerative", LINE, n_clusters=1, linkage="single",
               expected=(_labels(0, 0, 0, 0), np.array([1.0, 2.0, 4.0])))


def test_complete_linkage_by_hand(kata):
    """0, 1, 3, 7, complete: merges at 1, then max(3, 2) = 3, then max(7, 6, 4) = 7."""
    kata.check("agglomerative", LINE, n_clusters=1, linkage="complete",
               expected=(_labels(0, 0, 0, 0), np.array([1.0, 3.0, 7.0])))


def test_average_linkage_by_hand(kata):
    """0, 1, 3, 7, average: merges at 1, then (3 + 2)/2 = 2.5, then (7 + 6 + 4)/3 = 17/3."""
    kata.check("agglomerative", LINE, n_clusters=1, linkage="average",
               expected=(_labels(0, 0, 0, 0), np.array([1.0, 2.5, 17.0 / 3.0])))


def test_average_is_the_mean_of_pair_distances(kata):
    """(0, 0), (2, 0), (1, 3), average: merge at 2, then (√10 + √10)/2 = √10 (the centroid distance would be 3)."""
    X = np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 3.0]])
    kata.check("agglomerative", X, n_clusters=1, linkage="average",
               expected=(_labels(0, 0, 0), np.array([2.0, np.sqrt(10.0)])))


def test_linkages_split_differently(kata):
    """0, 2, 4, 6.5, 7.5 into 2 clusters: single chains 0–2–4 together; complete puts 4 with 6.5, 7.5."""
    kata.check("agglomerative", GAPS, n_clusters=2, linkage="single",
               expected=(_labels(0, 0, 0, 1, 1), np.array([1.0, 2.0, 2.0])))
    kata.check("agglomerative", GAPS, n_clusters=2, linkage="complete",
               expected=(_labels(0, 0, 1, 1, 1), np.array([1.0, 2.0, 3.5])))


def test_tie_goes_to_the_smallest_names(kata):
    """0, 2, 4, 6.5, 7.5, single, 3 clusters: (0, 2) and (2, 4) are both 2 apart; the pair named (0, 1) merges first."""
    kata.check("agglomerative", GAPS, n_clusters=3, linkage="single",
               expected=(_labels(0, 0, 1, 2, 2), np.array([1.0, 2.0])))


def test_tie_goes_to_the_smallest_a_then_b(kata):
    """0, 10, 11, 1, 20, 21, single, 5 clusters: (0, 3), (1, 2), (4, 5) are all 1 apart; the smallest A (0) wins: (0, 3) merges."""
    # Pairs named (A, B), A < B: (0, 3), (1, 2), (4, 5). Smallest A first -> (0, 3): labels by first
    # appearance [0, 1, 2, 0, 3, 4], heights [1]. Smallest B first would merge (1, 2) -> [0, 1, 1, 2, 3, 4];
    # the last pair scanned would merge (4, 5) -> [0, 1, 2, 3, 4, 4].
    X = np.array([[0.0], [10.0], [11.0], [1.0], [20.0], [21.0]])
    kata.check("agglomerative", X, n_clusters=5, linkage="single", expected=(_labels(0, 1, 2, 0, 3, 4), np.array([1.0])))


def test_average_tie_goes_to_the_smallest_names(kata):
    """Average, 2 clusters: {0, 2}–{4} and {4}–{6.5, 7.5} are both at 3 exactly; {0, 2} (name 0) merges with 4."""
    kata.check("agglomerative", GAPS, n_clusters=2, linkage="average",
               expected=(_labels(0, 0, 0, 1, 1), np.array([1.0, 2.0, 3.0])))


def test_labels_by_first_appearance(kata):
    """Rows 0 and 2 merge (0.5 apart), row 1 (at 10) stays alone: labels [0, 1, 0], not [1, 0, 1]."""
    kata.check("agglomerative", np.array([[0.0], [10.0], [0.5]]), n_clusters=2, linkage="single",
               expected=(_labels(0, 1, 0), np.array([0.5])))


def test_no_merge_when_n_clusters_is_n(kata):
    """n_clusters = n: every row its own cluster (labels 0 … n − 1) and no heights."""
    kata.check("agglomerative", LINE, n_clusters=4, linkage="complete",
               expected=(_labels(0, 1, 2, 3), np.zeros(0)))


def test_single_row(kata):
    """One row, n_clusters = 1: label [0], no heights."""
    kata.check("agglomerative", np.array([[0.3, 0.7]]), n_clusters=1, expected=(_labels(0), np.zeros(0)))


def test_duplicate_rows_merge_at_zero(kata):
    """Two identical rows merge first, at height 0.0."""
    X = np.array([[0.1, 0.2], [5.0, 5.0], [0.1, 0.2]])
    kata.check("agglomerative", X, n_clusters=2, linkage="average", expected=(_labels(0, 1, 0), np.array([0.0])))


def test_default_linkage_is_single(kata):
    """Without linkage=..., single linkage: the 0, 2, 4, 6.5, 7.5 split is [0, 0, 0, 1, 1]."""
    kata.check("agglomerative", GAPS, n_clusters=2, expected=(_labels(0, 0, 0, 1, 1), np.array([1.0, 2.0, 2.0])))


def test_integer_input(kata):
    """Int points 0, 1, 3, 7 (complete, 2 clusters): the same as the float ones, heights float64."""
    kata.check("agglomerative", LINE.astype(int), n_clusters=2, linkage="complete",
               expected=(_labels(0, 0, 0, 1), np.array([1.0, 3.0])))


def test_tiny_and_huge_scales(kata):
    """0, 1, 3, 7 scaled by 1e-150 and 1e150, average linkage: the same labels, heights scaled."""
    for scale in (1e-150, 1e150):
        kata.check("agglomerative", scale * LINE, n_clusters=1, linkage="average",
                   expected=(_labels(0, 0, 0, 0), scale * np.array([1.0, 2.5, 17.0 / 3.0])), atol=0.0)


def test_matches_reference_on_random_points(kata, rng):
    """Random blobs (n ≤ 16, d ≤ 3), each linkage, several n_clusters."""
    arg_sets = []
    for linkage in ("single", "complete", "average"):
        for n, d, k in ((12, 2, 3), (16, 3, 4), (8, 1, 2)):
            arg_sets.append(((_blobs(rng, n, d),), dict(n_clusters=k, linkage=linkage)))
    kata.check_each("agglomerative", arg_sets)


def test_single_and_complete_heights_never_fall(kata, rng):
    """Down to one cluster, single and complete merge heights never decrease."""
    X = _blobs(rng, 15, 2)
    for linkage in ("single", "complete"):
        heights = np.asarray(kata.call("agglomerative", X, n_clusters=1, linkage=linkage).value[1])
        require(np.all(np.diff(heights) >= -1e-12), f"{linkage} heights should never fall: {np.round(heights, 4)}")


def test_bad_n_clusters_raises(kata):
    """n_clusters = 0 or n + 1 raises ValueError."""
    kata.raises("ValueError", "agglomerative", LINE, n_clusters=0)
    kata.raises("ValueError", "agglomerative", LINE, n_clusters=5)


def test_unknown_linkage_raises(kata):
    """linkage="ward" (not one of the three) raises ValueError."""
    kata.raises("ValueError", "agglomerative", LINE, n_clusters=2, linkage="ward")


def test_one_dimensional_x_raises(kata):
    """A 1-D X raises ValueError."""
    kata.raises("ValueError", "agglomerative", np.array([0.0, 1.0]), n_clusters=1)

"""Hidden tests for vision/nms: nms(boxes, scores, iou_threshold), batched_nms(boxes, scores, classes, iou_threshold)."""
import numpy as np


def _i(values):
    return np.array(values, dtype=np.int64)


def _b(rows):
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


def test_overlapping_box_suppressed_by_hand(kata):
    """A [0,0,2,2] .9 suppresses C [0,.2,2,2.2] .7 (IoU 3.6/4.4 = .82 > .5), not B [1,0,3,2] .8 (IoU 1/3); D .95 far away: keep [3, 0, 1]."""
    boxes = _b([[0, 0, 2, 2], [1, 0, 3, 2], [0, 0.2, 2, 2.2], [5, 5, 6, 6]])
    kata.check("nms", boxes, np.array([0.9, 0.8, 0.7, 0.95]), 0.5, expected=_i([3, 0, 1]))


def test_kept_in_decreasing_score_order(kata):
    """Three disjoint boxes with scores .2, .9, .5: all kept, in the order 1, 2, 0 (by score, not by index)."""
    boxes = _b([[0, 0, 1, 1], [2, 0, 3, 1], [4, 0, 5, 1]])
    kata.check("nms", boxes, np.array([0.2, 0.9, 0.5]), 0.5, expected=_i([1, 2, 0]))


def test_suppressed_box_suppresses_nothing(kata):
    """A chain A–B–C (IoU 1/3 each step, A and C apart) at threshold .3: A suppresses B, so B cannot suppress C: keep [0, 2]."""
    boxes = _b([[0, 0, 2, 2], [1, 0, 3, 2], [2, 0, 4, 2]])
    kata.check("nms", boxes, np.array([0.9, 0.8, 0.7]), 0.3, expected=_i([0, 2]))


def test_iou_equal_to_threshold_does_not_suppress(kata):
    """IoU exactly .5 ([0,0,2,2] and [0,0,2,1]) at threshold .5 keeps both; at .49 the second goes; IoU exactly 7/10 at 0.7 keeps both."""
    pair = _b([[0, 0, 2, 2], [0, 0, 2, 1]])
    kata.check("nms", pair, np.array([0.9, 0.8]), 0.5, expected=_i([0, 1]))
    kata.check("nms", pair, np.array([0.9, 0.8]), 0.49, expected=_i([0]))
    tenth = _b([[0, 0, 10, 1], [0, 0, 7, 1]])
    kata.check("nms", tenth, np.array([0.3, 0.1]), 0.7, expected=_i([0, 1]))
    kata.check("nms", tenth, np.array([0.3, 0.1]), 0.69, expected=_i([0]))


def test_threshold_zero(kata):
    """Threshold 0: any positive overlap suppresses ([.9,0,1.9,1] overlaps [0,0,1,1] by 0.1), boxes that only touch ([1,0,2,1]) do not."""
    boxes = _b([[0, 0, 1, 1], [0.9, 0, 1.9, 1], [1, 0, 2, 1], [0, 1, 1, 2]])
    kata.check("nms", boxes, np.array([0.9, 0.8, 0.7, 0.6]), 0.0, expected=_i([0, 2, 3]))


def test_threshold_one_keeps_everything(kata):
    """Threshold 1: IoU never exceeds 1, so even identical boxes are all kept, in score order."""
    boxes = _b([[0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1]])
    kata.check("nms", boxes, np.array([0.1, 0.3, 0.2]), 1.0, expected=_i([1, 2, 0]))


def test_equal_scores_lower_index_first(kata):
    """Ties: three identical boxes with equal scores keep index 0; disjoint boxes scored .5, .7, .5, .7 come out [1, 3, 0, 2]."""
    same = _b([[0, 0, 1, 1]] * 3)
    kata.check("nms", same, np.array([0.5, 0.5, 0.5]), 0.5, expected=_i([0]))
    apart = _b([[0, 0, 1, 1], [2, 0, 3, 1], [4, 0, 5, 1], [6, 0, 7, 1]])
    kata.check("nms", apart, np.array([0.5, 0.7, 0.5, 0.7]), 0.5, expected=_i([1, 3, 0, 2]))
    # the tie decides which of two overlapping boxes survives: index 1 before index 2
    mixed = _b([[5, 5, 6, 6], [0, 0, 2, 2], [0, 0, 2, 1.9]])
    kata.check("nms", mixed, np.array([0.1, 0.4, 0.4]), 0.5, expected=_i([1, 0]))


def test_many_ties_need_a_stable_sort(kata):
    """30 disjoint boxes scored .5, .9, .5, .9, …: the odd indices in increasing order, then the even ones (numpy's default argsort is not stable past 16 items)."""
    boxes = _b([[2 * k, 0, 2 * k + 1, 1] for k in range(30)])
    kata.check("nms", boxes, np.array([0.5, 0.9] * 15), 0.5, expected=_i(list(range(1, 30, 2)) + list(range(0, 30, 2))))


def test_zero_area_boxes_are_kept(kata):
    """Points and lines have IoU 0 with everything (two identical points too: the 0/0 rule), so at threshold 0 nothing is suppressed."""
    boxes = _b([[0, 0, 2, 2], [1, 1, 1, 1], [1, 1, 1, 1], [0, 1, 2, 1]])
    kata.check("nms", boxes, np.array([0.9, 0.8, 0.7, 0.6]), 0.0, expected=_i([0, 1, 2, 3]))


def test_empty_and_single(kata):
    """N = 0: an empty int64 array; N = 1: [0]."""
    kata.check("nms", np.zeros((0, 4)), np.zeros(0), 0.5, expected=_i([]))
    kata.check("nms", _b([[0, 0, 1, 1]]), np.array([0.3]), 0.5, expected=_i([0]))


def test_non_dyadic_coordinates(kata):
    """[.1,.2,.7,.9] (score .6) and [.3,.1,1,.6] (.7) have IoU .16/.61 = .262: suppressed at .26, kept at .27."""
    boxes = _b([[0.1, 0.2, 0.7, 0.9], [0.3, 0.1, 1.0, 0.6]])
    kata.check("nms", boxes, np.array([0.6, 0.7]), 0.26, expected=_i([1]))
    kata.check("nms", boxes, np.array([0.6, 0.7]), 0.27, expected=_i([1, 0]))


def test_extreme_scores_and_coordinates(kata):
    """Scores −inf, −1e300, +inf and coordinates near ±1e6: the +inf box suppresses its neighbour (IoU .5), the −inf box comes last."""
    boxes = _b([[-1e6, -1e6, -1e6 + 2, -1e6 + 2], [-1e6, -1e6, -1e6 + 2, -1e6 + 1], [1e6, 1e6, 1e6 + 1, 1e6 + 1],
                [1e6 + 2, 1e6, 1e6 + 3, 1e6 + 1]])
    kata.check("nms", boxes, np.array([-1e300, np.inf, -np.inf, -5.0]), 0.3, expected=_i([1, 3, 2]))


def test_different_classes_never_suppress(kata):
    """batched_nms: two identical boxes of classes 0 and 1 are both kept; a third of class 0 is suppressed by the first."""
    boxes = _b([[0, 0, 2, 2], [0, 0, 2, 2], [0, 0, 2, 1.9]])
    kata.check("batched_nms", boxes, np.array([0.9, 0.8, 0.7]), np.array([0, 1, 0]), 0.5, expected=_i([0, 1]))


def test_batched_result_sorted_by_score_across_classes(kata):
    """batched_nms: class 0 scored .5 and .2, class 1 scored .9 and .3, all apart: [2, 0, 3, 1], not class by class."""
    boxes = _b([[0, 0, 1, 1], [2, 0, 3, 1], [4, 0, 5, 1], [6, 0, 7, 1]])
    kata.check("batched_nms", boxes, np.array([0.5, 0.2, 0.9, 0.3]), np.array([0, 0, 1, 1]), 0.5,
               expected=_i([2, 0, 3, 1]))


def test_batched_ties_lower_index_first(kata):
    """batched_nms: equal scores across classes 7, −1, 7 (any integer labels) come out by index: [0, 1, 2]."""
    boxes = _b([[0, 0, 1, 1], [0, 0, 1, 1], [2, 0, 3, 1]])
    kata.check("batched_nms", boxes, np.array([0.4, 0.4, 0.4]), np.array([7, -1, 7]), 0.5, expected=_i([0, 1, 2]))


def test_batched_negative_coordinates(kata):
    """batched_nms: the same box [−10,−10,−5,−5] in classes 0 and 1 at threshold 0: both kept (the coordinate-offset trick fails here)."""
    boxes = _b([[-10, -10, -5, -5], [-10, -10, -5, -5], [-9, -9, -6, -6]])
    kata.check("batched_nms", boxes, np.array([0.9, 0.8, 0.7]), np.array([0, 1, 1]), 0.0, expected=_i([0, 1]))


def test_batched_empty_and_one_class(kata):
    """batched_nms: N = 0 gives an empty int64 array; with one class it equals nms."""
    kata.check("batched_nms", np.zeros((0, 4)), np.zeros(0), np.zeros(0, dtype=np.int64), 0.5, expected=_i([]))
    boxes = _b([[0, 0, 2, 2], [1, 0, 3, 2], [0, 0.2, 2, 2.2], [5, 5, 6, 6]])
    kata.check("batched_nms", boxes, np.array([0.9, 0.8, 0.7, 0.95]), np.full(4, 3), 0.5, expected=_i([3, 0, 1]))


def test_validation(kata):
    """ValueError: boxes not (N, 4), x2 < x1, scores not (N,), a NaN score, threshold outside [0, 1] or NaN (N = 0 too), float classes."""
    one, s = _b([[0, 0, 1, 1]]), np.array([0.5])
    kata.raises_each([
        ("ValueError", "nms", (np.zeros((1, 3)), s, 0.5), {}),
        ("ValueError", "nms", (_b([[1, 0, 0, 1]]), s, 0.5), {}),
        ("ValueError", "nms", (_b([[0, 1, 1, 0]]), s, 0.5), {}),
        ("ValueError", "nms", (one, np.array([0.5, 0.4]), 0.5), {}),
        ("ValueError", "nms", (one, np.array([np.nan]), 0.5), {}),
        ("ValueError", "nms", (one, s, 1.5), {}),
        ("ValueError", "nms", (one, s, -0.1), {}),
        ("ValueError", "nms", (np.zeros((0, 4)), np.zeros(0), float("nan")), {}),
        ("ValueError", "batched_nms", (np.zeros((0, 4)), np.zeros(0), np.zeros(0, dtype=np.int64), 2.0), {}),
        ("ValueError", "batched_nms", (one, s, np.array([0.5]), 0.5), {}),
        ("ValueError", "batched_nms", (one, s, np.array([0, 1]), 0.5), {}),
        ("ValueError", "batched_nms", (_b([[1, 0, 0, 1]]), s, np.array([0]), 0.5), {}),
        ("ValueError", "batched_nms", (one, np.array([np.nan]), np.array([0]), 0.5), {}),
    ])


def _random_boxes(rng, n):
    xy = rng.uniform(0.0, 10.0, size=(n, 2))
    wh = rng.uniform(0.0, 4.0, size=(n, 2)) * (rng.random((n, 1)) > 0.1)  # some zero-area boxes
    return np.hstack([xy, xy + wh])


def test_matches_reference_on_random_boxes(kata, rng):
    """Random crowded boxes, N up to 60, scores with ties (rounded to 1 decimal), thresholds .3 and .7."""
    for n, threshold in ((5, 0.3), (25, 0.7), (60, 0.3), (60, 0.5)):
        boxes = _random_boxes(rng, n)
        scores = np.round(rng.random(n), 1)
        kata.check("nms", boxes, scores, threshold)


def test_batched_matches_reference_on_random_boxes(kata, rng):
    """batched_nms on random boxes of 3 classes, N up to 60, negative coordinates too."""
    for n, threshold in ((8, 0.3), (40, 0.5), (60, 0.2)):
        boxes = _random_boxes(rng, n) - 5.0
        kata.check("batched_nms", boxes, np.round(rng.random(n), 1), rng.integers(0, 3, size=n), threshold)

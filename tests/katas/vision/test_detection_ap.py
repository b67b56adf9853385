"""Hidden tests for vision/detection_ap: match_detections(...) and average_precision(is_tp, n_gt, interpolation)."""
import numpy as np


def _b(rows):
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


def _ids(values):
    return np.array(values, dtype=np.int64)


def _match(order, is_tp):
    return (_ids(order), np.array(is_tp, dtype=bool))


def _t(flags):
    return np.array([c == "T" for c in flags], dtype=bool)


GT = _b([[0, 0, 2, 2], [5, 5, 7, 7]])


def test_match_by_hand(kata):
    """Visited by score .95, .9, .8: a box far from everything is a false positive, the first of two near-duplicates takes the gt, the second is a false positive."""
    dets = _b([[0, 0, 2, 1.8], [0, 0.2, 2, 2], [9, 9, 10, 10]])
    kata.check("match_detections", dets, np.array([0.9, 0.8, 0.95]), _ids([0, 0, 0]), GT, _ids([0, 0]),
               expected=_match([2, 0, 1], [False, True, False]))


def test_equal_scores_lower_index_first(kata):
    """Two identical detections with equal scores on one gt: detection 0 is visited first and takes it."""
    dets = _b([[0, 0, 2, 2], [0, 0, 2, 2]])
    kata.check("match_detections", dets, np.array([0.5, 0.5]), _ids([0, 0]), GT[:1], _ids([0]),
               expected=_match([0, 1], [True, False]))


def test_iou_equal_to_threshold_matches(kata):
    """IoU exactly .5 ([0,0,2,1] on [0,0,2,2]) matches at threshold .5; IoU exactly 7/10 matches at 0.7 and not at 0.71."""
    kata.check("match_detections", _b([[0, 0, 2, 1]]), np.array([0.3]), _ids([0]), GT[:1], _ids([0]), 0.5,
               expected=_match([0], [True]))
    gt, det = _b([[0, 0, 10, 1]]), _b([[0, 0, 7, 1]])
    kata.check("match_detections", det, np.array([0.3]), _ids([0]), gt, _ids([0]), 0.7, expected=_match([0], [True]))
    kata.check("match_detections", det, np.array([0.3]), _ids([0]), gt, _ids([0]), 0.71, expected=_match([0], [False]))


def test_best_unmatched_gt_is_taken(kata):
    """gt0 [0,0,4,2] and gt1 [0,0,4,1.6]: the first detection takes gt0 (IoU 1); the second's best is gt0 (.9), already taken, so it takes gt1 (.889): a true positive."""
    gt = _b([[0, 0, 4, 2], [0, 0, 4, 1.6]])
    dets = _b([[0, 0, 4, 2], [0, 0, 4, 1.8]])
    kata.check("match_detections", dets, np.array([0.9, 0.8]), _ids([3, 3]), gt, _ids([3, 3]),
               expected=_match([0, 1], [True, True]))


def test_highest_iou_wins_and_equal_iou_lowest_gt(kata):
    """A detection between gt0 and gt1 with equal IoU 1/3 takes gt0 (lower index); the next one, exactly on gt1, still finds gt1 free."""
    gt = _b([[0, 0, 2, 2], [2, 0, 4, 2]])
    dets = _b([[1, 0, 3, 2], [2, 0, 4, 2]])
    kata.check("match_detections", dets, np.array([0.9, 0.8]), _ids([0, 0]), gt, _ids([0, 0]), 0.3,
               expected=_match([0, 1], [True, True]))
    # unequal IoU: [.5,0,2.5,2] has IoU .6 with gt0 and 1/7 with gt1 and takes gt0, so [0,0,2,2] then finds nothing
    kata.check("match_detections", _b([[0.5, 0, 2.5, 2], [0, 0, 2, 2]]), np.array([0.9, 0.8]), _ids([0, 0]), gt,
               _ids([0, 0]), 0.1, expected=_match([0, 1], [True, False]))


def test_images_are_kept_apart(kata):
    """A detection in image 1 cannot match a gt of image 0, even on top of it; image ids may be any integers."""
    dets = _b([[0, 0, 2, 2], [0, 0, 2, 2]])
    kata.check("match_detections", dets, np.array([0.9, 0.8]), _ids([1, 7]), GT, _ids([7, -2]),
               expected=_match([0, 1], [False, True]))


def test_extreme_scores_and_coordinates(kata):
    """Scores +inf, −1e300, −inf and boxes near ±1e6: visited +inf first, −inf last; the +inf box claims the gt at −1e6."""
    gt = _b([[-1e6, -1e6, -1e6 + 2, -1e6 + 2], [1e6, 1e6, 1e6 + 2, 1e6 + 2]])
    dets = _b([[-1e6, -1e6, -1e6 + 2, -1e6 + 2], [-1e6, -1e6, -1e6 + 2, -1e6 + 1.5], [1e6, 1e6, 1e6 + 2, 1e6 + 1.2]])
    kata.check("match_detections", dets, np.array([-1e300, np.inf, -np.inf]), _ids([0, 0, 0]), gt, _ids([0, 0]),
               expected=_match([1, 0, 2], [True, False, True]))


def test_zero_area_gt_and_threshold_one(kata):
    """A point as ground truth has IoU 0 with everything: never matched; at threshold 1 only an exact box matches."""
    kata.check("match_detections", _b([[1, 1, 1, 1], [0, 0, 2, 2]]), np.array([0.9, 0.8]), _ids([0, 0]),
               _b([[1, 1, 1, 1]]), _ids([0]), expected=_match([0, 1], [False, False]))
    kata.check("match_detections", _b([[0, 0, 2, 1.9], [0, 0, 2, 2]]), np.array([0.9, 0.8]), _ids([0, 0]),
               GT, _ids([0, 0]), 1.0, expected=_match([0, 1], [False, True]))


def test_match_empty(kata):
    """K = 0: empty int64 order and bool is_tp; G = 0: every detection a false positive."""
    kata.check("match_detections", np.zeros((0, 4)), np.zeros(0), _ids([]), GT, _ids([0, 0]), expected=_match([], []))
    kata.check("match_detections", GT, np.array([0.1, 0.2]), _ids([0, 0]), np.zeros((0, 4)), _ids([]),
               expected=_match([1, 0], [False, False]))


def test_ap_by_hand(kata):
    """T F T F T with 4 gt: envelope 1, .667, .667, .6, .6; all points .25·1 + .25·.667 + .25·.6 = .5667; 101 points (26 + 25·.667 + 25·.6)/101 = .5710."""
    flags = _t("TFTFT")
    kata.check("average_precision", flags, 4, expected=0.25 + 0.25 * 2 / 3 + 0.25 * 0.6)
    kata.check("average_precision", flags, 4, "101_point", expected=(26 + 25 * 2 / 3 + 25 * 0.6) / 101)


def test_ap_uses_the_precision_envelope(kata):
    """T F F T T with 3 gt: precisions 1, .5, .333, .5, .6; the interpolated precision at recall 2/3 is .6 (a later point), so AP = (1 + .6 + .6)/3 = .7333."""
    kata.check("average_precision", _t("TFFTT"), 3, expected=(1 + 0.6 + 0.6) / 3)


def test_ap_perfect_partial_and_zero(kata):
    """T T with 2 gt: 1.0 both ways; T with 2 gt: .5, and 51/101 over recall levels 0 … .5; F F: 0; no detections: 0."""
    kata.check("average_precision", _t("TT"), 2, expected=1.0)
    kata.check("average_precision", _t("TT"), 2, "101_point", expected=1.0)
    kata.check("average_precision", _t("T"), 2, expected=0.5)
    kata.check("average_precision", _t("T"), 2, "101_point", expected=51 / 101)
    kata.check("average_precision", _t("FF"), 3, "101_point", expected=0.0)
    kata.check("average_precision", _t(""), 3, expected=0.0)


def test_ap_false_positive_first(kata):
    """F T with 1 gt: precision .5 at recall 1, so the interpolated precision is .5 at every recall: AP .5 both ways."""
    kata.check("average_precision", _t("FT"), 1, expected=0.5)
    kata.check("average_precision", _t("FT"), 1, "101_point", expected=0.5)


def test_ap_recall_levels_are_j_over_100(kata):
    """7 of 10 gt found, then a miss: recall reaches exactly 0.7 = 70/100, so levels 0 … .70 (71 of them) count: 71/101 (np.linspace's 70th level is 0.7000000000000001)."""
    kata.check("average_precision", _t("TTTTTTTF"), 10, "101_point", expected=71 / 101)
    kata.check("average_precision", _t("TTTTTTTF"), 10, expected=0.7)


def test_validation(kata):
    """ValueError: bad or inverted boxes (detections and gt), lengths (det_images and gt_images too), float image ids (either), NaN score, threshold 0 or > 1; is_tp not bool or 1-D, n_gt < 1 or < TP count or not an int, unknown interpolation."""
    one, s, i = _b([[0, 0, 1, 1]]), np.array([0.5]), _ids([0])
    kata.raises_each([
        ("ValueError", "match_detections", (np.zeros((1, 3)), s, i, one, i), {}),
        ("ValueError", "match_detections", (one, s, i, _b([[1, 0, 0, 1]]), i), {}),
        ("ValueError", "match_detections", (_b([[1, 0, 0, 1]]), s, i, one, i), {}),
        ("ValueError", "match_detections", (_b([[0, 1, 1, 0]]), s, i, one, i), {}),
        ("ValueError", "match_detections", (one, s, i, _b([[0, 1, 1, 0]]), i), {}),
        ("ValueError", "match_detections", (one, np.array([0.5, 0.4]), i, one, i), {}),
        ("ValueError", "match_detections", (one, s, _ids([0, 0]), one, i), {}),
        ("ValueError", "match_detections", (one, s, i, one, _ids([0, 0])), {}),
        ("ValueError", "match_detections", (one, s, np.array([0.0]), one, i), {}),
        ("ValueError", "match_detections", (one, s, i, one, np.array([0.0])), {}),
        ("ValueError", "match_detections", (one, np.array([np.nan]), i, one, i), {}),
        ("ValueError", "match_detections", (one, s, i, one, i, 0.0), {}),
        ("ValueError", "match_detections", (np.zeros((0, 4)), np.zeros(0), _ids([]), one, i, 1.5), {}),
        ("ValueError", "average_precision", (np.array([1.0, 0.0]), 2), {}),
        ("ValueError", "average_precision", (np.array([[True]]), 2), {}),
        ("ValueError", "average_precision", (_t("TT"), 1), {}),
        ("ValueError", "average_precision", (_t(""), 0), {}),
        ("ValueError", "average_precision", (_t("T"), 2.0), {}),
        ("ValueError", "average_precision", (_t("T"), True), {}),
        ("ValueError", "average_precision", (_t("T"), 2, "11_point"), {}),
    ])


def test_matches_reference_on_random_detections(kata, rng):
    """Random detections around random ground truth in 3 images, K, G up to 60, thresholds .5 and .75; AP both ways from the matches."""
    matches = []
    for k, g, threshold in ((6, 3, 0.5), (60, 20, 0.5), (40, 60, 0.75)):
        gt_xy = rng.uniform(0, 20, size=(g, 2))
        gt = np.hstack([gt_xy, gt_xy + rng.uniform(1, 5, size=(g, 2))])
        gt_images = rng.integers(0, 3, size=g)
        near = rng.integers(0, g, size=k)
        dets = gt[near] + rng.normal(0, 0.6, size=(k, 4))
        dets[:, 2:] = np.maximum(dets[:, 2:], dets[:, :2])
        det_images = np.where(rng.random(k) < 0.8, gt_images[near], rng.integers(0, 3, size=k))
        scores = np.round(rng.random(k), 1)
        matches.append(((dets, scores, det_images, gt, gt_images, threshold), {}))
    precisions = []
    for (args, _), result in zip(matches, kata.check_each("match_detections", matches)):
        order, is_tp = result.value
        flags, g = np.asarray(is_tp, dtype=bool), len(args[3])
        precisions += [((flags, g), {}), ((flags, g, "101_point"), {})]
    kata.check_each("average_precision", precisions)

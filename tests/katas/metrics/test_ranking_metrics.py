"""Hidden tests for metrics/ranking_metrics: ranking_metrics(scores, relevance, *, k)."""
import numpy as np

L3 = np.log2(3.0)  # discount of position 2 is 1/L3; position 1 is 1/log2(2) = 1; position 3 is 1/2


def test_binary_relevance_by_hand(kata):
    """Scores 0.9 > 0.8 > 0.7 > 0.6, relevance 0, 1, 0, 1, k = 2: hit 1, RR 1/2, NDCG 0.3869."""
    # first relevant at position 2 -> RR = 1/2 (not 1/1: positions count from 1)
    # DCG@2 = 0/1 + 1/L3; IDCG@2 = 1 + 1/L3 (two relevant items fill both top positions)
    kata.check("ranking_metrics", np.array([[0.9, 0.8, 0.7, 0.6]]), np.array([[0, 1, 0, 1]]), k=2,
               expected=(1.0, 0.5, (1 / L3) / (1 + 1 / L3)))


def test_graded_relevance_uses_linear_gain_by_hand(kata):
    """Relevance 2, 0, 1 ranked as items 1, 2, 0: NDCG@3 = (1/L3 + 2/2) / (2 + 1/L3) = 0.6199."""
    # ranking by score 0.4 > 0.3 > 0.1: relevances in rank order 0, 1, 2
    # DCG = 0 + 1/L3 + 2/log2(4); ideal order 2, 1, 0: IDCG = 2 + 1/L3 (gain 2^rel − 1 would give 0.5869)
    kata.check("ranking_metrics", np.array([[0.1, 0.4, 0.3]]), np.array([[2, 0, 1]]), k=3,
               expected=(1.0, 0.5, (1 / L3 + 1.0) / (2 + 1 / L3)))


def test_ideal_dcg_is_cut_at_k_by_hand(kata):
    """Relevance 1, 0, 1 with the relevant item on top, k = 1: DCG@1 = IDCG@1 = 1 -> NDCG 1.0."""
    # (an ideal DCG over all n items, 1 + 1/L3, would give 0.613)
    kata.check("ranking_metrics", np.array([[0.9, 0.8, 0.7]]), np.array([[1, 0, 1]]), k=1,
               expected=(1.0, 1.0, 1.0))


def test_mrr_has_no_cutoff_by_hand(kata):
    """k = 1 and the first relevant item at position 2: hit@1 = 0, NDCG@1 = 0, but RR = 1/2."""
    kata.check("ranking_metrics", np.array([[0.9, 0.8, 0.7, 0.6]]), np.array([[0, 1, 0, 1]]), k=1,
               expected=(0.0, 0.5, 0.0))


def test_tied_scores_by_hand(kata):
    """Three items tied at 0.5, the relevant one has index 2, k = 2: by index it is third (hit 0, RR 1/3); NDCG averages."""
    # hit/MRR order 0, 1, 2, 3 (smaller index first): first relevant at position 3 -> hit@2 = 0, RR = 1/3
    # NDCG@2: the tied group {0, 1, 2} fills positions 1-3 with mean gain 1/3; positions 1, 2 count:
    # DCG@2 = (1/3)(1 + 1/L3); IDCG@2 = 1
    kata.check("ranking_metrics", np.array([[0.5, 0.5, 0.5, 0.1]]), np.array([[0, 0, 1, 0]]), k=2,
               expected=(0.0, 1 / 3, (1 + 1 / L3) / 3))


def test_tie_straddling_the_cutoff_by_hand(kata):
    """Scores 0.5, 0.5, 0.2, relevance 0, 1, 0, k = 1: hit@1 = 0 (item 0 is first), RR 1/2; NDCG@1 = mean gain 1/2 times discount 1."""
    kata.check("ranking_metrics", np.array([[0.5, 0.5, 0.2]]), np.array([[0, 1, 0]]), k=1,
               expected=(0.0, 0.5, 0.5))


def test_nearly_equal_scores_are_not_tied_by_hand(kata):
    """Scores 0.3000001 and 0.3 differ, so they are NOT a tie: k = 1 keeps only item 0 (relevance 0): NDCG@1 = 0."""
    # Exact comparison: item 0 (0.3000001) ranks first, item 1 (0.3, relevant) second.
    # hit@1 = 0, RR = 1/2, DCG@1 = 0 (item 0's gain), IDCG@1 = 1, so NDCG@1 = 0. Grouping the two as a
    # tie (rounding, np.isclose) would give NDCG@1 = mean gain 1/2.
    kata.check("ranking_metrics", np.array([[0.3000001, 0.3]]), np.array([[0, 1]]), k=1,
               expected=(0.0, 0.5, 0.0))


def test_query_without_relevant_item_counts_as_zero_by_hand(kata):
    """Two queries, the second with no relevant item: it scores 0 on all three and halves the means."""
    # query 1: relevant item on top -> 1, 1, 1; query 2: relevance all 0 -> 0, 0, 0
    kata.check("ranking_metrics", np.array([[0.3, 0.1], [0.2, 0.7]]), np.array([[1, 0], [0, 0]]), k=1,
               expected=(0.5, 0.5, 0.5))


def test_batch_by_hand(kata):
    """Three queries: RR 1, 1/3 and 1/2 -> MRR 11/18; hit@2 = 2/3."""
    scores = np.array([[0.9, 0.1, 0.5], [0.9, 0.8, 0.1], [0.2, 0.8, 0.9]])
    relevance = np.array([[1, 0, 0], [0, 0, 1], [0, 1, 0]])
    # q1: order 0, 2, 1 -> first relevant at 1: RR 1, hit 1, NDCG 1
    # q2: order 0, 1, 2 -> at 3: RR 1/3, hit@2 0, NDCG@2 0
    # q3: order 2, 1, 0 -> at 2: RR 1/2, hit 1, DCG@2 = 1/L3, IDCG@2 = 1
    kata.check("ranking_metrics", scores, relevance, k=2,
               expected=(2 / 3, (1 + 1 / 3 + 1 / 2) / 3, (1 + 0 + 1 / L3) / 3))


def test_matches_reference_on_random_binary_relevance(kata, rng):
    """Random scores and 0/1 relevance, several queries, k from 1 to beyond n."""
    arg_sets = []
    for _ in range(8):
        q, n = int(rng.integers(1, 8)), int(rng.integers(2, 15))
        arg_sets.append(((rng.standard_normal((q, n)), (rng.uniform(size=(q, n)) < 0.3).astype(np.int64)),
                         {"k": int(rng.integers(1, n + 3))}))
    kata.check_each("ranking_metrics", arg_sets)


def test_matches_reference_on_random_graded_relevance(kata, rng):
    """Graded relevance 0..3 and scores rounded to one decimal (many ties)."""
    arg_sets = []
    for _ in range(8):
        q, n = int(rng.integers(1, 8)), int(rng.integers(2, 15))
        arg_sets.append(((np.round(rng.uniform(size=(q, n)), 1), rng.integers(0, 4, (q, n))),
                         {"k": int(rng.integers(1, n + 2))}))
    kata.check_each("ranking_metrics", arg_sets)


def test_ties_on_long_rows_keep_index_order(kata, rng):
    """n = 40 to 80 items with only 3 distinct scores: hit@k and MRR must break ties by index, however long the row."""
    for _ in range(4):
        q, n = 6, int(rng.integers(40, 80))
        relevance = (rng.uniform(size=(q, n)) < 0.1).astype(np.int64)
        kata.check("ranking_metrics", rng.integers(0, 3, (q, n)).astype(float), relevance, k=int(rng.integers(1, 10)))


def test_float_relevance(kata, rng):
    """Relevance given as floats (e.g. 0.5, 2.0) works the same: gain = relevance."""
    scores = rng.standard_normal((3, 6))
    relevance = np.round(rng.uniform(0, 2, (3, 6)), 1) * (rng.uniform(size=(3, 6)) < 0.5)
    kata.check("ranking_metrics", scores, relevance, k=3)


def test_k_larger_than_n(kata):
    """k = 10 with n = 3 means k = 3."""
    # order 1, 0, 2; relevances 0, 1, 1: DCG = 1/L3 + 1/2; IDCG = 1 + 1/L3; first relevant at 2
    kata.check("ranking_metrics", np.array([[0.5, 0.9, 0.1]]), np.array([[1, 0, 1]]), k=10,
               expected=(1.0, 0.5, (1 / L3 + 0.5) / (1 + 1 / L3)))


def test_single_item(kata):
    """n = 1: a relevant item scores 1, 1, 1; a non-relevant one 0, 0, 0."""
    kata.check("ranking_metrics", np.array([[0.4], [0.7]]), np.array([[2], [0]]), k=1, expected=(0.5, 0.5, 0.5))


def test_all_queries_without_relevant_items(kata):
    """No relevant item anywhere: (0.0, 0.0, 0.0), floats."""
    kata.check("ranking_metrics", np.array([[0.1, 0.2], [0.3, 0.3]]), np.zeros((2, 2), dtype=np.int64), k=1,
               expected=(0.0, 0.0, 0.0))


def test_mismatched_shapes_raise(kata):
    """scores (2, 3) and relevance (2, 2): ValueError."""
    kata.raises("ValueError", "ranking_metrics", np.zeros((2, 3)), np.zeros((2, 2), dtype=np.int64), k=1)


def test_empty_raises(kata):
    """q = 0 queries: ValueError."""
    kata.raises("ValueError", "ranking_metrics", np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), k=1)


def test_k_zero_raises(kata):
    """k = 0: ValueError."""
    kata.raises("ValueError", "ranking_metrics", np.array([[0.1, 0.2]]), np.array([[1, 0]]), k=0)

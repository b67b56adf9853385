"""Hidden tests for llm/repetition_penalties: repetition_penalty (Hugging Face) and presence_frequency_penalty (OpenAI)."""
import numpy as np

from grader.testing import require

LOGITS = np.array([0.7, -0.4, 1.5, 0.0, -2.0, 0.3])
IDS = [2, 0, 1, 0, 3, 0]          # token 0 three times, tokens 1, 2, 3 once, 4 and 5 never


def test_hugging_face_rule_by_hand(kata):
    """θ = 1.2: seen positives divided (0.7/1.2, 1.5/1.2 = 1.25), seen negative multiplied (−0.48), 0 stays 0, unseen unchanged."""
    kata.check("repetition_penalty", LOGITS, IDS, 1.2,
               expected=np.array([0.7 / 1.2, -0.4 * 1.2, 1.25, 0.0, -2.0, 0.3]))


def test_hugging_face_counts_a_repeated_token_once(kata):
    """Token 0 appears 3 times and token 1 twice: each is penalised once (0.9/1.5 = 0.6, −0.7·1.5 = −1.05), never θ³ or θ²."""
    logits = np.array([0.9, -0.7, 0.1])
    kata.check("repetition_penalty", logits, [0, 1, 0, 1, 0], 1.5, expected=np.array([0.6, -1.05, 0.1]))
    kata.check("repetition_penalty", logits, np.array([1, 1, 1, 1]), 1.5, expected=np.array([0.9, -1.05, 0.1]))


def test_hugging_face_zero_logit_is_unchanged(kata):
    """A seen logit of exactly 0 is neither > 0 nor < 0: it stays 0.0 under any θ."""
    logits = np.array([0.0, 0.0, 0.3])
    kata.check("repetition_penalty", logits, [0, 1], 3.7, expected=np.array([0.0, 0.0, 0.3]))
    kata.check("repetition_penalty", logits, [0, 2], 0.1, expected=np.array([0.0, 0.0, 3.0]))


def test_hugging_face_penalty_below_one_encourages(kata):
    """θ = 0.8 < 1 makes seen tokens MORE likely: 0.7/0.8 = 0.875 (up) and −0.4·0.8 = −0.32 (up)."""
    kata.check("repetition_penalty", LOGITS, IDS, 0.8,
               expected=np.array([0.875, -0.32, 1.875, 0.0, -2.0, 0.3]))


def test_hugging_face_penalty_one_and_empty_ids_change_nothing(kata):
    """θ = 1 is a no-op; an empty list of ids is a no-op; both return a new float64 array equal to the logits."""
    kata.check("repetition_penalty", LOGITS, IDS, 1.0, expected=LOGITS.copy())
    kata.check("repetition_penalty", LOGITS, [], 1.3, expected=LOGITS.copy())
    kata.check("repetition_penalty", LOGITS, np.array([], dtype=np.int64), 1.3, expected=LOGITS.copy())


def test_hugging_face_integer_penalty(kata):
    """θ = 2 given as the int 2 is accepted: logits [1, −1] with both ids seen give [0.5, −2.0]."""
    kata.check("repetition_penalty", np.array([1.0, -1.0]), [0, 1], 2, expected=np.array([0.5, -2.0]))


def test_openai_rule_by_hand(kata):
    """presence 0.5, frequency 0.3: token 0 (c = 3): 0.7 − 0.9 − 0.5 = −0.7; tokens 1, 2, 3 (c = 1): −0.8 each subtracted."""
    kata.check("presence_frequency_penalty", LOGITS, IDS, presence_penalty=0.5, frequency_penalty=0.3,
               expected=np.array([-0.7, -1.2, 0.7, -0.8, -2.0, 0.3]))


def test_openai_frequency_counts_every_occurrence(kata):
    """Frequency only (0.1): c = (3, 1, 1, 1, 0, 0) subtracts 0.3, 0.1, 0.1, 0.1; presence only (0.1): 0.1 for every seen token."""
    kata.check("presence_frequency_penalty", LOGITS, IDS, frequency_penalty=0.1,
               expected=np.array([0.4, -0.5, 1.4, -0.1, -2.0, 0.3]))
    kata.check("presence_frequency_penalty", LOGITS, IDS, presence_penalty=0.1,
               expected=np.array([0.6, -0.5, 1.4, -0.1, -2.0, 0.3]))


def test_openai_zero_and_negative_penalties(kata):
    """Both penalties 0 (the defaults) change nothing; negative penalties ADD to seen tokens (−0.2 presence, −0.1 frequency)."""
    kata.check("presence_frequency_penalty", LOGITS, IDS, expected=LOGITS.copy())
    kata.check("presence_frequency_penalty", LOGITS, IDS, presence_penalty=-0.2, frequency_penalty=-0.1,
               expected=np.array([1.2, -0.1, 1.8, 0.3, -2.0, 0.3]))


def test_batch_rows_use_their_own_ids(kata):
    """(B, V) logits: row b is penalised by sequence b only (lists of different lengths, an empty one, or a 2-D array)."""
    logits = np.array([[0.7, -0.4, 1.5], [0.7, -0.4, 1.5], [0.7, -0.4, 1.5]])
    ids = [[0], [1, 1, 2], []]
    kata.check("repetition_penalty", logits, ids, 2.0,
               expected=np.array([[0.35, -0.4, 1.5], [0.7, -0.8, 0.75], [0.7, -0.4, 1.5]]))
    kata.check("presence_frequency_penalty", logits, ids, presence_penalty=0.5, frequency_penalty=0.3,
               expected=np.array([[-0.1, -0.4, 1.5], [0.7, -1.5, 0.7], [0.7, -0.4, 1.5]]))
    grid = np.array([[2, 2], [0, 1]])
    kata.check("repetition_penalty", logits[:2], grid, 2.0,
               expected=np.array([[0.7, -0.4, 0.75], [0.35, -0.8, 1.5]]))
    kata.check("presence_frequency_penalty", logits[:2], grid, frequency_penalty=0.3,
               expected=np.array([[0.7, -0.4, 0.9], [0.4, -0.7, 1.5]]))


def test_banned_tokens_stay_minus_infinity(kata):
    """A seen logit of −inf stays −inf under both rules (θ·(−inf) = −inf, −inf − c = −inf); no NaN appears."""
    logits = np.array([-np.inf, 0.6, -0.5])
    kata.check("repetition_penalty", logits, [0, 1, 2], 1.5, expected=np.array([-np.inf, 0.4, -0.75]))
    kata.check("presence_frequency_penalty", logits, [0, 0, 1], presence_penalty=0.2, frequency_penalty=0.1,
               expected=np.array([-np.inf, 0.3, -0.5]))


def test_integer_logits_give_float64(kata):
    """Integer logits (3, −2, 1) with θ = 2: the result is float64 (1.5, −4.0, 1.0), not rounded to ints."""
    logits = np.array([3, -2, 1])
    kata.check("repetition_penalty", logits, [0, 1], 2.0, expected=np.array([1.5, -4.0, 1.0]))
    kata.check("presence_frequency_penalty", logits, [0, 1, 1], frequency_penalty=0.5,
               expected=np.array([2.5, -3.0, 1.0]))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random logits (normal, scale 2) with B ≤ 4, V ≤ 12, up to 20 ids per row; θ in (0.5, 2); penalties in (−1, 2)."""
    repetitions, presences = [], []
    for shape in ((1,), (7,), (12,), (1, 5), (4, 12), (3, 1)):
        logits = rng.normal(scale=2.0, size=shape)
        V = shape[-1]
        if len(shape) == 1:
            ids = [int(i) for i in rng.integers(0, V, size=int(rng.integers(0, 21)))]
        else:
            ids = [[int(i) for i in rng.integers(0, V, size=int(rng.integers(0, 21)))] for _ in range(shape[0])]
        theta = float(rng.uniform(0.5, 2.0))
        repetitions.append(((logits, ids, theta), {}))
        presences.append(((logits, ids), dict(presence_penalty=float(rng.uniform(-1, 2)),
                                               frequency_penalty=float(rng.uniform(-1, 2)))))
    kata.check_each("repetition_penalty", repetitions)
    kata.check_each("presence_frequency_penalty", presences)


def test_penalised_tokens_lose_probability(kata, rng):
    """θ > 1 and positive penalties never raise a seen logit and never touch an unseen one."""
    logits = rng.normal(scale=3.0, size=10)
    ids = [1, 4, 4, 7]
    for result in (kata.call("repetition_penalty", logits, ids, 1.7).value,
                   kata.call("presence_frequency_penalty", logits, ids, presence_penalty=0.4,
                             frequency_penalty=0.2).value):
        seen = np.isin(np.arange(10), ids)
        require(np.all(result[seen] <= logits[seen]), "a seen token's logit went UP under a discouraging penalty")
        require(np.array_equal(result[~seen], logits[~seen]), "a token that was never seen had its logit changed")


def test_invalid_arguments_raise(kata):
    """ValueError: θ ≤ 0 (also with no ids), an id outside 0 … V − 1 (−1 too; also with θ = 1), B rows with another number of sequences, 3-D logits."""
    logits = np.array([0.5, -0.5, 1.0])
    batch = np.zeros((2, 3))
    kata.raises_each([
        ("ValueError", "repetition_penalty", (logits, [0], 0.0), {}),
        ("ValueError", "repetition_penalty", (logits, [], -1.2), {}),
        ("ValueError", "repetition_penalty", (logits, [3], 1.2), {}),
        ("ValueError", "repetition_penalty", (logits, [0, 3], 1.0), {}),         # θ = 1 changes nothing, but still checks
        ("ValueError", "repetition_penalty", (logits, [0, -1], 1.2), {}),
        ("ValueError", "presence_frequency_penalty", (logits, [-1]), {"presence_penalty": 0.5}),
        ("ValueError", "presence_frequency_penalty", (logits, [0, 3]), {}),
        ("ValueError", "repetition_penalty", (batch, [[0]], 1.2), {}),
        ("ValueError", "presence_frequency_penalty", (batch, [[0], [1], [2]]), {"frequency_penalty": 0.1}),
        ("ValueError", "repetition_penalty", (np.zeros((1, 2, 3)), [[0]], 1.2), {}),
    ])


def test_invalid_arguments_raise_with_only_empty_sequences(kata):
    """ValueError also when every sequence is empty (nothing to penalise): B = 2 rows with 1 sequence, 3-D or 0-d logits."""
    cases = []
    for name, kwargs in (("repetition_penalty", {"penalty": 1.2}), ("presence_frequency_penalty", {"presence_penalty": 1.0})):
        cases.append(("ValueError", name, (np.zeros((2, 3)), [[]]), {**kwargs}))
        cases.append(("ValueError", name, (np.zeros((2, 3)), [[], [], []]), {**kwargs}))
        cases.append(("ValueError", name, (np.zeros((1, 2, 3)), [[]]), {**kwargs}))
        cases.append(("ValueError", name, (np.array(1.5), []), {**kwargs}))
    kata.raises_each(cases)

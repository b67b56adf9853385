"""Hidden tests for llm/batched_generation: generate(model, prompts, max_new_tokens, eos_id, pad_id)."""
import numpy as np

from grader.functions_llm import Bigram, PrefillCheckingBigram, TinyLM
from grader.testing import require

# next token: 0→2, 1→3, 2→4, 3→0, 4→1, 5→5; eos 0, pad 5
CHAIN = Bigram([2, 3, 4, 0, 1, 5])


def test_two_rows_by_hand(kata):
    """Bigram chain: row 0 (…1) gives 3, 0 then padding; row 1 (…2) gives 4, 1, 3, 0; 4 calls, the last when row 1 ends."""
    result = kata.check("generate", CHAIN, [[1], [4, 2]], 6, 0, 5,
                        expected=np.array([[3, 0, 5, 5, 5, 5], [4, 1, 3, 0, 5, 5]]))
    calls = result.calls.get("model", 0)
    require(calls == 4, f"the model was called {calls} times; expected 4 (one per column, none after every row has ended)")


def test_eos_at_the_first_step(kata):
    """Every row chooses eos at once: one call (the prefill), then only padding."""
    result = kata.check("generate", CHAIN, [[3], [2, 3]], 3, 0, 5, expected=np.array([[0, 5, 5], [0, 5, 5]]))
    calls = result.calls.get("model", 0)
    require(calls == 1, f"the model was called {calls} times; expected 1: every row ended at the first token")


def test_budget_ends_before_eos(kata):
    """max_new_tokens = 2 and no eos yet: exactly 2 calls (no call for a token that will not be kept)."""
    result = kata.check("generate", CHAIN, [[4]], 2, 0, 5, expected=np.array([[1, 3]]))
    calls = result.calls.get("model", 0)
    require(calls == 2, f"the model was called {calls} times for 2 new tokens; expected 2")


def test_zero_and_one_new_tokens(kata):
    """max_new_tokens = 0: shape (B, 0) and no call; 1: one call, the prefill."""
    result = kata.check("generate", CHAIN, [[1], [4, 2]], 0, 0, 5, expected=np.zeros((2, 0), dtype=np.int64))
    require(result.calls.get("model", 0) == 0, "max_new_tokens = 0 must not call the model")
    result = kata.check("generate", CHAIN, [[1], [4, 2]], 1, 0, 5, expected=np.array([[3], [4]]))
    require(result.calls.get("model", 0) == 1, "one new token takes exactly one call")


def test_eos_stops_only_its_row(kata):
    """A row that ends keeps padding while the other continues: the eos is kept, the row's later outputs are pad_id."""
    kata.check("generate", CHAIN, [[2, 3], [0, 1], [4]], 5, 0, 5,
               expected=np.array([[0, 5, 5, 5, 5], [3, 0, 5, 5, 5], [1, 3, 0, 5, 5]]))


def test_ties_choose_the_first_index(kata):
    """All logits equal after token 4: argmax picks token 0 (the first index), here the eos."""
    tied = Bigram([2, 3, 4, 0, -1, 5])
    kata.check("generate", tied, [[2], [4]], 3, 0, 5, expected=np.array([[4, 0, 5], [0, 5, 5]]))
    kata.check("generate", tied, [[3, 4]], 2, 1, 5, expected=np.array([[0, 2]]))


def test_matches_reference_with_a_context_model(kata):
    """TinyLM (its logits depend on every real token it may see and on positions): padding, mask and positions matter."""
    model = TinyLM(7, 3)
    kata.check("generate", model, [[1, 2, 3], [4], [5, 6]], 6, 0, 6)
    kata.check("generate", TinyLM(8, 11), [[3, 1, 4, 1, 5], [2, 7], [6], [1, 1, 2]], 8, 2, 0)


def test_a_prompt_generates_the_same_alone_or_batched(kata):
    """Left padding, the mask and the positions make each row independent of the others in its batch."""
    model = TinyLM(8, 5)
    prompts = [[1, 2, 3, 4, 5, 6], [7], [3, 3]]
    batched = kata.call("generate", model, prompts, 7, 0, 7).value
    for b, prompt in enumerate(prompts):
        alone = kata.call("generate", model, [prompt], 7, 0, 7).value
        require(np.array_equal(alone[0], batched[b]),
                f"prompt {prompt} gives {alone[0].tolist()} alone but {batched[b].tolist()} in a batch: "
                "check the left padding, the attention mask and the positions")


def test_matches_reference_on_random_prompts(kata, rng):
    """Random prompts (lengths 1..6) and models, B ≤ 4, up to 8 new tokens."""
    for seed in range(3):
        V = int(rng.integers(4, 9))
        B = int(rng.integers(1, 5))
        prompts = [[int(t) for t in rng.integers(1, V, size=int(rng.integers(1, 7)))] for _ in range(B)]
        kata.check("generate", TinyLM(V, seed), prompts, int(rng.integers(1, 9)), 0, V - 1)


def test_prefill_positions_and_mask(kata):
    """The statement's example: the prefill gets positions [[0, 0, 0], [0, 1, 2]] (padding 0) and mask [[F, F, T], [T, T, T]]."""
    # the model raises ValueError if the prefill's padding, mask or positions break the rules
    model = PrefillCheckingBigram([1, 2, 3, 0, 5, 5], pad_id=5)           # next = (token + 1) % 4
    kata.check("generate", model, [[1], [2, 0, 1]], 3, 0, 5, expected=np.array([[2, 3, 0], [2, 3, 0]]))
    kata.check("generate", model, [[3, 1, 2], [1], [2, 2]], 2, 0, 5, expected=np.array([[3, 0], [2, 3], [3, 0]]))

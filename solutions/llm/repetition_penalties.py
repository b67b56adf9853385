"""Repetition penalties: Hugging Face's multiplicative rule and OpenAI's presence and frequency penalties.

Task
    Before sampling, a decoder pushes down the logits of tokens it has already seen, so the text
    does not loop. Two conventions are in use; write both. Each works on one row of logits (V,)
    or on a batch of rows (B, V), each row with its own sequence of token ids.

    repetition_penalty(logits, token_ids, penalty)
        Hugging Face's RepetitionPenaltyLogitsProcessor. For every token id j that appears in
        the row's token_ids (counted ONCE, however often it appears):
            logit[j] / penalty    if logit[j] > 0
            logit[j] · penalty    if logit[j] < 0      (a logit of exactly 0 stays 0)
        Every other logit is unchanged. penalty > 1 discourages repeats (both rules move the
        logit down), penalty < 1 encourages them, penalty = 1 changes nothing.
    presence_frequency_penalty(logits, token_ids, *, presence_penalty=0.0, frequency_penalty=0.0)
        OpenAI's penalties. With c[j] the number of times token j occurs in the row's token_ids
        (each occurrence counts):
            logit[j] − c[j] · frequency_penalty − (1 if c[j] > 0 else 0) · presence_penalty
        A token that does not occur (c[j] = 0) is unchanged.

Signature
    repetition_penalty(logits, token_ids, penalty) -> new_logits
    presence_frequency_penalty(logits, token_ids, *, presence_penalty=0.0, frequency_penalty=0.0)
        -> new_logits

Shapes and types
    logits: an array of shape (V,) (one row) or (B, V) (B rows), V >= 1, B >= 1; float, or int
        (the result is float64 all the same); entries may be −inf (a banned token stays −inf).
    token_ids: for logits (V,), one sequence: a list of ints or a 1-D int array, possibly empty.
        For logits (B, V), B sequences, one per row: a list of B lists or 1-D int arrays (their
        lengths may differ, an empty one leaves its row unchanged) or a 2-D int array (B, L).
    penalty: a float > 0 (an int is accepted). presence_penalty, frequency_penalty: any floats
        (negative values reward repeats).
    Returns a new float64 array of the shape of logits; the inputs are not modified.
    The hidden tests use B <= 4, V <= 12 and sequences of at most 20 ids.

Example
    >>> import numpy as np
    >>> logits = np.array([2.0, -1.0, 0.5, 0.0])
    >>> repetition_penalty(logits, [0, 1, 1, 3], 2.0).tolist()   # token 1 twice: penalised once
    [1.0, -2.0, 0.5, 0.0]
    >>> presence_frequency_penalty(logits, [0, 1, 1], presence_penalty=0.5,
    ...                            frequency_penalty=0.25).tolist()
    [1.25, -2.0, 0.5, 0.0]

Constraints
    numpy only. Raise ValueError when penalty <= 0, when logits is neither 1-D nor 2-D, when a
    token id lies outside 0 … V − 1 (a negative id is an error, never wrapped round as numpy
    indexing would), or when a batch (B, V) gets a number of sequences other than B. These are
    checked also when every sequence is empty or penalty == 1.
    Coming from Hugging Face: the processor receives input_ids, the prompt AND the tokens
    generated so far, and penalises all of them; the processor requires a strictly positive
    float penalty too. It gathers the seen logits, rescales them, and scatters them back, which
    is why a repeated id is penalised once. (The CTRL paper that introduced the penalty divided
    every seen logit by θ, which makes a negative logit MORE likely; Hugging Face multiplies
    negative ones instead, as here.)
    Coming from OpenAI / vLLM: OpenAI describes c[j] as how often token j was sampled so far
    (the generated tokens, not the prompt), and its API accepts penalties in [−2, 2]; vLLM
    applies presence and frequency penalties to the output tokens and its repetition_penalty to
    prompt and output. Here the caller chooses: each function penalises exactly the ids it is
    given, and any float penalty is accepted.

Time budget: 20 minutes.
"""
import numpy as np


# BEGIN SOLUTION
def _counts(logits, token_ids):
    """A float64 copy of logits as rows (B, V), and c[b, j]: how often token j occurs in row b's ids."""
    scores = np.array(logits, dtype=np.float64)          # np.array copies: the caller's logits stay as they were
    if scores.ndim not in (1, 2):
        raise ValueError(f"logits must be (V,) or (B, V), got shape {scores.shape}")
    rows = scores.reshape(1, -1) if scores.ndim == 1 else scores
    sequences = [token_ids] if scores.ndim == 1 else list(token_ids)
    if len(sequences) != rows.shape[0]:
        raise ValueError(f"{rows.shape[0]} rows of logits but {len(sequences)} sequences of token ids")
    V = rows.shape[1]
    counts = np.zeros(rows.shape, dtype=np.int64)
    for b, sequence in enumerate(sequences):
        ids = np.asarray(sequence, dtype=np.int64).reshape(-1)
        if ids.size and (ids.min() < 0 or ids.max() >= V):
            raise ValueError(f"token ids must be in 0 … {V - 1}, got {ids.min()} … {ids.max()}")
        counts[b] = np.bincount(ids, minlength=V)
    return scores, rows, counts
# END SOLUTION


def repetition_penalty(logits, token_ids, penalty):
    # BEGIN SOLUTION
    # Complexity: O(B·(V + L)) time, O(B·V) extra memory (B rows, V tokens, L ids per row).
    if not penalty > 0:
        raise ValueError(f"penalty must be > 0, got {penalty}")
    scores, rows, counts = _counts(logits, token_ids)
    seen = counts > 0                                    # a set: a repeated id is penalised once
    # both rules move a seen logit towards "less likely" when penalty > 1; 0 stays 0
    rows[seen & (rows > 0)] /= penalty
    rows[seen & (rows < 0)] *= penalty
    return scores
    # END SOLUTION


def presence_frequency_penalty(logits, token_ids, *, presence_penalty=0.0, frequency_penalty=0.0):
    # BEGIN SOLUTION
    scores, rows, counts = _counts(logits, token_ids)
    rows -= counts * frequency_penalty + (counts > 0) * presence_penalty
    return scores
    # END SOLUTION

"""An n-gram language model with add-k smoothing, scored by log-probability and perplexity.

Task
    Train an n-gram model on tokenised sentences and score test sentences.
    Padding: every sentence (training and test) becomes n − 1 copies of "<s>", its tokens, then
    one "</s>". Every position after the padding is predicted from the n − 1 tokens before it:
    the sentence's tokens and the final "</s>" (so a sentence of L tokens makes L + 1
    predictions; "<s>" is never predicted).
    Vocabulary V: the distinct tokens of the training sentences, plus "</s>" and "<unk>"
    (|V| = distinct training tokens + 2; "<s>" is not in V). In the TEST sentences every token
    not in V is replaced by "<unk>", before padding (so it is "<unk>" in histories too).
    Counts: c(h, w) = how often token w follows the history h (a tuple of n − 1 tokens) in the
    padded training sentences; c(h) = Σ_w c(h, w). For n = 1 the history is empty and c(h) is
    the number of training predictions.
        P(w | h) = (c(h, w) + k) / (c(h) + k · |V|)
    Score: log_prob = Σ ln P(w | h) over every prediction in the test sentences (natural log);
    N = the number of those predictions; perplexity = exp(−log_prob / N).
    k = 0 is allowed (maximum likelihood): a zero probability gives log_prob = −inf and
    perplexity = inf; a history never seen in training (c(h) = 0) makes P undefined: ValueError
    (raised even when an earlier prediction already had probability 0).

Signature
    ngram_perplexity(train, test, n, k) -> (log_prob, perplexity)

Shapes and types
    train, test   lists of sentences, each a list of str tokens (a sentence may be empty; train
                  may be empty); no token is "<s>", "</s>" or "<unk>"
    n             an int ≥ 1; k a float ≥ 0
    returns       a tuple of two Python floats

Example
    >>> train = [["a", "b"], ["a"]]          # c(<s>,a)=2, c(a,b)=1, c(b,</s>)=1, c(a,</s>)=1; |V| = 4
    >>> log_prob, perplexity = ngram_perplexity(train, [["a", "b"]], n=2, k=1.0)
    >>> round(log_prob, 6), round(perplexity, 6)     # P = 3/6 · 2/6 · 2/5 = 1/15
    (-2.70805, 2.466212)

Constraints
    Raise ValueError if n < 1, if k < 0, if test has no sentences, or (k = 0) for an unseen
    history. The inputs are not modified. Hidden tests use at most 30 sentences of at most 15
    tokens, n ≤ 4.
    Coming from NLTK: nltk.lm puts "<s>" in the vocabulary, maps rare training words to
    "<UNK>" with a cutoff and scores in log base 2 (logscore); here "<s>" is not in V, every
    training token is in V, and log_prob is in nats (the perplexity does not depend on the base).

Time budget: 30 minutes.
"""
import math
from collections import Counter


def ngram_perplexity(train, test, n, k):
    # BEGIN SOLUTION
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    if len(test) == 0:
        raise ValueError("test has no sentences")
    vocab = {token for sentence in train for token in sentence} | {"</s>", "<unk>"}

    def predictions(sentence):
        """(history, word) for every predicted position of the padded sentence."""
        padded = ["<s>"] * (n - 1) + list(sentence) + ["</s>"]
        for t in range(n - 1, len(padded)):
            yield tuple(padded[t - n + 1:t]), padded[t]

    pair_counts, history_counts = Counter(), Counter()
    for sentence in train:
        for history, word in predictions(sentence):
            pair_counts[history, word] += 1
            history_counts[history] += 1

    log_prob, count = 0.0, 0
    for sentence in test:
        known = [token if token in vocab else "<unk>" for token in sentence]
        for history, word in predictions(known):
            denominator = history_counts[history] + k * len(vocab)
            if denominator == 0:
                raise ValueError(f"history {history} never seen in training and k = 0")
            numerator = pair_counts[history, word] + k
            log_prob += math.log(numerator / denominator) if numerator > 0 else -math.inf
            count += 1
    return float(log_prob), float(math.exp(-log_prob / count))
    # END SOLUTION

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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=nlp/ngram_add_k`.
import math
from collections import Counter


def ngram_perplexity(train, test, n, k):
    raise NotImplementedError("nlp/ngram_add_k: implement ngram_perplexity")

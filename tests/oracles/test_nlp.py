"""Outside oracles for the nlp track: our references against sacrebleu, nltk, rouge-score and tokenizers.

Why these: sacrebleu is the reference implementation papers report BLEU with (tokenize="none"
lets us hand it our tokens); nltk's corpus_bleu and edit_distance are the other widely used
implementations and need no data downloads; rouge-score is Google's implementation behind most
published ROUGE numbers; nltk's HiddenMarkovModelTagger is a long-standing independent HMM (Viterbi
and forward, in log base 2); Hugging Face's tokenizers holds the WordPiece model BERT's tokenizer
runs on. The conventions each test applies are the ones the statements state.
"""
import importlib.util
import math
import warnings
from pathlib import Path

import numpy as np
import pytest

SOLUTIONS = Path(__file__).resolve().parents[2] / "solutions" / "nlp"
CASES = 40


def _load(name, function=None):
    spec = importlib.util.spec_from_file_location(f"oracle_nlp_{name}", SOLUTIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, function or name)


def _sentence(rng, words, low, high):
    return [str(w) for w in rng.choice(words, int(rng.integers(low, high + 1)))]


def test_edit_distance_matches_nltk():
    nltk_metrics = pytest.importorskip("nltk.metrics.distance")
    ours = _load("edit_alignment")
    rng = np.random.default_rng(0)
    for _ in range(CASES):
        source = "".join(_sentence(rng, list("abcd"), 0, 15))
        target = "".join(_sentence(rng, list("abcd"), 0, 15))
        distance, alignment = ours(source, target)
        assert distance == nltk_metrics.edit_distance(source, target, substitution_cost=1, transpositions=False)
        # the alignment spells out the distance, and walks both sequences once, in order
        assert sum(op != "match" for op, _, _ in alignment) == distance
        assert [i for _, i, _ in alignment if i is not None] == list(range(len(source)))
        assert [j for _, _, j in alignment if j is not None] == list(range(len(target)))


class _SpaceTokenizer:
    """rouge-score's tokenizer interface: our tokens are the space-separated words, as given."""
    def tokenize(self, text):
        return text.split()


def test_rouge_l_matches_rouge_score():
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    ours = _load("rouge_l")
    scorer = rouge_scorer.RougeScorer(["rougeL"], tokenizer=_SpaceTokenizer())
    rng = np.random.default_rng(1)
    for _ in range(CASES):
        candidate = _sentence(rng, ["a", "b", "c", "d", "e"], 0, 30)
        reference = _sentence(rng, ["a", "b", "c", "d", "e"], 0, 30)
        theirs = scorer.score(" ".join(reference), " ".join(candidate))["rougeL"]   # target first
        precision, recall, f_measure = ours(candidate, reference, beta=1.0)
        assert math.isclose(precision, theirs.precision, rel_tol=1e-12, abs_tol=1e-12)
        assert math.isclose(recall, theirs.recall, rel_tol=1e-12, abs_tol=1e-12)
        assert math.isclose(f_measure, theirs.fmeasure, rel_tol=1e-12, abs_tol=1e-12)


def _random_corpus(rng, min_length):
    n = int(rng.integers(1, 10))
    hypotheses = [_sentence(rng, ["a", "b", "c", "d", "e"], min_length, 20) for _ in range(n)]
    references = [[_sentence(rng, ["a", "b", "c", "d", "e"], 0, 20) for _ in range(int(rng.integers(1, 4)))]
                  for _ in range(n)]
    return hypotheses, references


@pytest.mark.parametrize("smoothing", ["none", "add-one"])
def test_corpus_bleu_matches_sacrebleu(smoothing):
    sacrebleu = pytest.importorskip("sacrebleu")
    ours = _load("corpus_bleu")
    if smoothing == "none":
        metric = sacrebleu.BLEU(tokenize="none", smooth_method="none", force=True)
    else:
        metric = sacrebleu.BLEU(tokenize="none", smooth_method="add-k", smooth_value=1, force=True)
    rng = np.random.default_rng(2)
    for _ in range(CASES):
        hypotheses, references = _random_corpus(rng, 0)
        most = max(len(refs) for refs in references)
        # sacrebleu wants one stream per reference slot; None marks a missing reference
        streams = [[" ".join(refs[k]) if k < len(refs) else None for refs in references] for k in range(most)]
        theirs = metric.corpus_score([" ".join(h) for h in hypotheses], streams).score / 100
        assert math.isclose(ours(hypotheses, references, smoothing=smoothing), theirs, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("smoothing", ["none", "add-one"])
def test_corpus_bleu_matches_nltk_on_hypotheses_of_four_tokens_or_more(smoothing):
    bleu_score = pytest.importorskip("nltk.translate.bleu_score")
    ours = _load("corpus_bleu")
    method = bleu_score.SmoothingFunction().method2 if smoothing == "add-one" else None
    rng = np.random.default_rng(3)
    for _ in range(CASES):
        hypotheses, references = _random_corpus(rng, 4)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # nltk warns about zero counts
            theirs = bleu_score.corpus_bleu(references, hypotheses, smoothing_function=method)
        # without smoothing nltk returns a tiny positive number where we state 0.0
        assert math.isclose(ours(hypotheses, references, smoothing=smoothing), theirs, rel_tol=1e-9, abs_tol=1e-9)



def test_hmm_matches_nltk_tagger():
    """nltk's HiddenMarkovModelTagger: best_path is Viterbi, log_probability is forward (in log base 2)."""
    hmm = pytest.importorskip("nltk.tag.hmm")
    probability = pytest.importorskip("nltk.probability")
    viterbi = _load("hmm_viterbi_forward", "viterbi")
    forward = _load("hmm_viterbi_forward", "forward")
    rng = np.random.default_rng(4)
    for _ in range(CASES // 2):
        S, V = int(rng.integers(1, 6)), int(rng.integers(1, 5))
        # continuous random probabilities: no ties, no zeros (nltk floors log 0 at -1e300)
        pi, A, B = rng.dirichlet(np.ones(S)), rng.dirichlet(np.ones(S), size=S), rng.dirichlet(np.ones(V), size=S)
        # states named "s0", "s1", ...: nltk reads a falsy tag (state 0) as "no tag"
        states, symbols = [f"s{i}" for i in range(S)], list(range(V))
        tagger = hmm.HiddenMarkovModelTagger(
            symbols, states,
            probability.DictionaryConditionalProbDist(
                {f"s{i}": probability.DictionaryProbDist({f"s{j}": A[i, j] for j in range(S)}) for i in range(S)}),
            probability.DictionaryConditionalProbDist(
                {f"s{i}": probability.DictionaryProbDist({o: B[i, o] for o in symbols}) for i in range(S)}),
            probability.DictionaryProbDist({f"s{i}": pi[i] for i in range(S)}))
        observations = [int(o) for o in rng.integers(0, V, int(rng.integers(1, 40)))]
        path, log_prob = viterbi(np.log(pi), np.log(A), np.log(B), observations)
        # paths that use the same transitions in another order tie exactly (2,1,2,2 and 2,2,1,2), and
        # nltk breaks ties its own way: compare the probabilities of both best paths, not the paths
        ours = [f"s{i}" for i in path.tolist()]
        for best in (ours, tagger.best_path(observations)):
            joint = tagger.log_probability(list(zip(observations, best))) * math.log(2)
            assert math.isclose(log_prob, joint, rel_tol=1e-9, abs_tol=1e-9)
        likelihood = tagger.log_probability([(o, None) for o in observations]) * math.log(2)
        assert math.isclose(forward(np.log(pi), np.log(A), np.log(B), observations), likelihood,
                            rel_tol=1e-9, abs_tol=1e-9)


def test_wordpiece_matches_hugging_face_tokenizers():
    """Hugging Face tokenizers' WordPiece model (BERT's), fed the words as they are (is_pretokenized)."""
    tokenizers = pytest.importorskip("tokenizers")
    ours = _load("wordpiece")
    rng = np.random.default_rng(5)
    for _ in range(CASES):
        pieces = {"[UNK]"}
        for _ in range(int(rng.integers(3, 30))):
            piece = "".join(rng.choice(list("abc"), int(rng.integers(1, 4))))
            pieces.add(("##" if rng.random() < 0.6 else "") + piece)
        vocab = sorted(pieces)
        max_chars = int(rng.integers(1, 13))
        words = ["".join(rng.choice(list("abc"), int(rng.integers(1, 13)))) for _ in range(int(rng.integers(1, 10)))]
        model = tokenizers.models.WordPiece({p: i for i, p in enumerate(vocab)}, unk_token="[UNK]",
                                            max_input_chars_per_word=max_chars)
        theirs = tokenizers.Tokenizer(model).encode(words, is_pretokenized=True).tokens
        assert ours(words, vocab, max_chars_per_word=max_chars) == theirs

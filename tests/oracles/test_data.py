"""Outside oracles for the data track: our references against scikit-learn on random inputs.

Each test loads a reference from solutions/data/ and compares it with the scikit-learn tool that
implements the same thing, with the documented convention differences applied.
"""
import importlib.util
import warnings

import numpy as np
import pytest

from grader import ROOT

sklearn = pytest.importorskip("sklearn")
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.impute import SimpleImputer  # noqa: E402
from sklearn.model_selection import StratifiedKFold, TimeSeriesSplit  # noqa: E402
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, OrdinalEncoder, StandardScaler  # noqa: E402
from sklearn.utils import gen_batches  # noqa: E402

CASES = 25


def _reference(name):
    path = ROOT / "solutions" / "data" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"oracle_data_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_standard_scaler_matches_sklearn():
    """fit = StandardScaler's (mean_, scale_), constant columns included; transform = its transform."""
    ours = _reference("standard_scaler")
    rng = np.random.default_rng(0)
    for case in range(CASES):
        n, m, d = int(rng.integers(1, 40)), int(rng.integers(0, 10)), int(rng.integers(1, 6))
        X = rng.normal(rng.normal(0, 5, d), rng.uniform(0.1, 10, d), (n, d))
        X[:, rng.random(d) < 0.3] = float(rng.integers(-5, 5))  # some exactly constant columns
        X_test = rng.normal(0, 5, (m, d))
        scaler = StandardScaler().fit(X)
        mean, scale = ours.fit(X)
        np.testing.assert_allclose(mean, scaler.mean_, rtol=1e-12, atol=1e-12, err_msg=f"case {case}")
        np.testing.assert_allclose(scale, scaler.scale_, rtol=1e-10, err_msg=f"case {case}")
        Z_train, Z_test = ours.standardize(X, X_test)
        np.testing.assert_allclose(Z_train, scaler.transform(X), rtol=1e-10, atol=1e-12)
        if m:
            np.testing.assert_allclose(Z_test, scaler.transform(X_test), rtol=1e-10, atol=1e-12)


def test_min_max_scaler_matches_sklearn():
    """fit = MinMaxScaler's (data_min_, data_max_); transform agrees (constant columns, no clipping)."""
    ours = _reference("min_max_scaler")
    rng = np.random.default_rng(7)
    for case in range(CASES):
        n, m, d = int(rng.integers(1, 40)), int(rng.integers(1, 10)), int(rng.integers(1, 6))
        X = rng.normal(rng.normal(0, 5, d), rng.uniform(0.1, 10, d), (n, d))
        X[:, rng.random(d) < 0.3] = float(rng.integers(-5, 5))  # some constant columns
        X_test = rng.normal(0, 8, (m, d))  # often outside the training range
        lo = float(rng.uniform(-3, 1))
        feature_range = (lo, lo + float(rng.uniform(0.5, 4)))
        scaler = MinMaxScaler(feature_range=feature_range).fit(X)
        data_min, data_max = ours.fit(X)
        np.testing.assert_array_equal(data_min, scaler.data_min_)
        np.testing.assert_array_equal(data_max, scaler.data_max_)
        for data in (X, X_test):
            np.testing.assert_allclose(ours.transform(data, data_min, data_max, feature_range=feature_range),
                                       scaler.transform(data), rtol=1e-10, atol=1e-12, err_msg=f"case {case}")


def test_one_hot_and_ordinal_match_sklearn():
    """OneHotEncoder(handle_unknown='ignore') and OrdinalEncoder(unknown_value=-1), ours as int64."""
    ours = _reference("one_hot_encoder")
    rng = np.random.default_rng(1)
    words = np.array(["cat", "dog", "Emu", "ant", "bee", "yak", "Owl", "elk"])
    for case in range(CASES):
        if case % 2:
            train = [str(w) for w in rng.choice(words[:6], int(rng.integers(1, 30)))]
            test = [str(w) for w in rng.choice(words, int(rng.integers(1, 20)))]
        else:
            train = [int(v) for v in rng.integers(-15, 120, int(rng.integers(1, 30)))]
            test = [int(v) for v in rng.integers(-15, 120, int(rng.integers(1, 20)))] + train[:2]
        column = np.array(train, dtype=object).reshape(-1, 1)
        column_test = np.array(test, dtype=object).reshape(-1, 1)
        onehot = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(column)
        ordinal = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1).fit(column)
        categories = ours.fit_categories(train)
        assert categories == onehot.categories_[0].tolist(), f"case {case}"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "unknown categories ... encoded as all zeros"
            expected_onehot = onehot.transform(column_test)
        np.testing.assert_array_equal(ours.one_hot_encode(test, categories), expected_onehot)
        codes = ours.ordinal_encode(test, categories)
        assert codes.dtype == np.int64
        np.testing.assert_array_equal(codes, ordinal.transform(column_test).ravel().astype(np.int64))


def test_stratified_kfold_class_counts_match_sklearn():
    """When classes first appear in sorted order, every fold has StratifiedKFold's class counts."""
    ours = _reference("stratified_kfold")
    rng = np.random.default_rng(2)
    checked = 0
    while checked < CASES:
        n, k = int(rng.integers(4, 80)), int(rng.integers(2, 7))
        y = rng.integers(0, 4, n)
        _, first, inverse = np.unique(y, return_index=True, return_inverse=True)
        y = np.argsort(np.argsort(first))[inverse]  # relabel: first appearances in sorted order
        if k > np.bincount(y).max():
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "The least populated class ... has only ..."
            theirs = list(StratifiedKFold(n_splits=k).split(np.zeros((n, 1)), y))
        mine = ours.stratified_kfold(y, n_splits=k)
        assert len(mine) == len(theirs)
        for (train, val), (their_train, their_val) in zip(mine, theirs):
            np.testing.assert_array_equal(np.bincount(y[val], minlength=4), np.bincount(y[their_val], minlength=4))
            assert len(train) == len(their_train)
        checked += 1


def test_stratified_kfold_raises_where_sklearn_does():
    """ValueError for n_splits above the biggest class, as StratifiedKFold.split; allowed up to it."""
    ours = _reference("stratified_kfold")
    rng = np.random.default_rng(3)
    for _ in range(CASES):
        y = rng.integers(0, 3, int(rng.integers(2, 9)))
        for k in range(2, 10):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    list(StratifiedKFold(n_splits=k).split(np.zeros((len(y), 1)), y))
                sklearn_raises = False
            except ValueError:
                sklearn_raises = True
            try:
                ours.stratified_kfold(y, n_splits=k)
                ours_raises = False
            except ValueError:
                ours_raises = True
            assert ours_raises == sklearn_raises, (y, k)


def test_impute_matches_sklearn_keep_empty_features():
    """SimpleImputer(strategy, keep_empty_features=True): same fill values, an all-NaN column filled with 0."""
    ours = _reference("impute")
    rng = np.random.default_rng(4)
    for case in range(CASES):
        n, d = int(rng.integers(1, 30)), int(rng.integers(1, 6))
        X = rng.normal(0, 5, (n, d))
        X[rng.random((n, d)) < 0.35] = np.nan
        if case % 3 == 0:
            X[:, int(rng.integers(0, d))] = np.nan  # an all-missing column
        X_test = rng.normal(0, 5, (7, d))
        X_test[rng.random((7, d)) < 0.35] = np.nan
        for strategy in ("mean", "median"):
            imputer = SimpleImputer(strategy=strategy, keep_empty_features=True).fit(X)
            statistics = ours.fit_imputer(X, strategy=strategy)
            np.testing.assert_allclose(ours.impute(X_test, statistics), imputer.transform(X_test),
                                       rtol=1e-12, atol=1e-12, err_msg=f"case {case} {strategy}")
            np.testing.assert_allclose(ours.impute(X, statistics), imputer.transform(X), rtol=1e-12, atol=1e-12)


def test_minibatches_unshuffled_match_sklearn_gen_batches():
    """shuffle=False, drop_last=False: the slices of sklearn.utils.gen_batches (last partial batch kept)."""
    ours = _reference("minibatches")
    rng = np.random.default_rng(5)
    for _ in range(CASES):
        n, batch_size = int(rng.integers(1, 60)), int(rng.integers(1, 20))  # gen_batches needs n >= 1
        mine = ours.minibatches(n, batch_size=batch_size, shuffle=False, seed=0)
        theirs = [np.arange(n)[s] for s in gen_batches(n, batch_size)]
        assert len(mine) == len(theirs)
        for a, b in zip(mine, theirs):
            np.testing.assert_array_equal(a, b)


def test_tfidf_matches_sklearn():
    """TfidfVectorizer(analyzer=callable) with defaults: same sorted vocabulary and matrix."""
    ours = _reference("tfidf")
    rng = np.random.default_rng(6)
    words = ["the", "cat", "sat", "on", "mat", "The", "dog", "a", "Zebra", "zebra", "ok", "é"]
    for case in range(CASES):
        documents = [[words[int(k)] for k in rng.integers(0, len(words), int(rng.integers(0, 15)))]
                     for _ in range(int(rng.integers(1, 10)))]
        if not any(documents):
            documents[0] = ["ok"]  # scikit-learn raises on an empty vocabulary (our documented difference)
        vectorizer = TfidfVectorizer(analyzer=lambda document: document, lowercase=False)
        expected = vectorizer.fit_transform(documents).toarray()
        vocabulary, matrix = ours.tfidf(documents)
        assert vocabulary == vectorizer.get_feature_names_out().tolist(), f"case {case}"
        np.testing.assert_allclose(matrix, expected, rtol=1e-12, atol=1e-14, err_msg=f"case {case}")


def test_time_series_split_matches_sklearn():
    """TimeSeriesSplit(n_splits, max_train_size, test_size, gap): the same splits, ValueError in the same cases."""
    ours = _reference("time_series_split")
    rng = np.random.default_rng(8)
    compared = raised = 0
    for _ in range(200):
        n, n_splits = int(rng.integers(2, 40)), int(rng.integers(2, 6))
        test_size = None if rng.random() < 0.5 else int(rng.integers(1, 8))
        gap = int(rng.integers(0, 4))
        max_train_size = None if rng.random() < 0.5 else int(rng.integers(1, 20))
        splitter = TimeSeriesSplit(n_splits=n_splits, max_train_size=max_train_size, test_size=test_size, gap=gap)
        try:
            theirs = list(splitter.split(np.zeros((n, 1))))
        except ValueError:
            theirs = None
        try:
            mine = ours.time_series_split(n, n_splits=n_splits, test_size=test_size, gap=gap,
                                          max_train_size=max_train_size)
        except ValueError:
            mine = None
        assert (mine is None) == (theirs is None), (n, n_splits, test_size, gap, max_train_size)
        if mine is None:
            raised += 1
            continue
        compared += 1
        assert len(mine) == len(theirs)
        for (train, test), (their_train, their_test) in zip(mine, theirs):
            np.testing.assert_array_equal(train, their_train)
            np.testing.assert_array_equal(test, their_test)
    assert compared >= CASES and raised >= 5

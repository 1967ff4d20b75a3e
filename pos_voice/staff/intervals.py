"""95 % confidence intervals for comparing experiment variants, in plain Python.

scipy would give these, but it is ~100 MB for a worker that needs five formulas; the ones here
are tested against published values (Newcombe 1998, R's ``t.test``) in tests/test_experiments.py.

- rates: Wilson's score interval; a difference of two rates: Newcombe's hybrid score interval
  (method 10 of Newcombe 1998, built from the two Wilson intervals);
- means: Student's t interval; a difference of two means: Welch's interval
  (Welch-Satterthwaite degrees of freedom);
- a ratio of sums (cost per order = cost of the calls / their orders): the delta method.

The t quantile comes from bisecting the t distribution's CDF, itself the regularized
incomplete beta function by its continued fraction (exact to ~1e-10, any degrees of freedom).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist, fmean, stdev

CONFIDENCE = 0.95
Z = NormalDist().inv_cdf(0.5 + CONFIDENCE / 2)  # 1.959964…


@dataclass(frozen=True)
class Interval:
    """An estimate and its interval; ``low``/``high`` are None when the data cannot give one."""

    value: float
    low: float | None
    high: float | None

    def excludes(self, point: float) -> bool | None:
        """Whether ``point`` is outside the interval (a significant difference from it); None: no interval."""
        if self.low is None or self.high is None:
            return None
        return point < self.low or point > self.high


# --- rates -------------------------------------------------------------------------------------

def wilson(successes: int, n: int, z: float = Z) -> Interval | None:
    """Wilson's score interval for ``successes`` out of ``n``; None when ``n`` is 0."""
    if n <= 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half))


def rate_difference(successes_a: int, n_a: int, successes_b: int, n_b: int) -> Interval | None:
    """Newcombe's interval for rate b - rate a; None when either has no trials."""
    a, b = wilson(successes_a, n_a), wilson(successes_b, n_b)
    if a is None or b is None:
        return None
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    difference = b.value - a.value
    low = difference - math.sqrt((b.value - b.low) ** 2 + (a.high - a.value) ** 2)
    high = difference + math.sqrt((b.high - b.value) ** 2 + (a.value - a.low) ** 2)
    return Interval(difference, low, high)


# --- means -------------------------------------------------------------------------------------

def mean_interval(values: Sequence[float]) -> Interval | None:
    """Student's t interval for the mean of ``values``; no interval for fewer than two."""
    if not values:
        return None
    mean = fmean(values)
    if len(values) < 2:
        return Interval(mean, None, None)
    half = t_quantile(0.5 + CONFIDENCE / 2, len(values) - 1) * stdev(values) / math.sqrt(len(values))
    return Interval(mean, mean - half, mean + half)


def mean_difference(a: Sequence[float], b: Sequence[float]) -> Interval | None:
    """Welch's interval for mean(b) - mean(a); None when either is empty."""
    if not a or not b:
        return None
    difference = fmean(b) - fmean(a)
    if len(a) < 2 or len(b) < 2:
        return Interval(difference, None, None)
    va, vb = stdev(a) ** 2 / len(a), stdev(b) ** 2 / len(b)
    se = math.sqrt(va + vb)
    if se == 0:
        return Interval(difference, difference, difference)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    half = t_quantile(0.5 + CONFIDENCE / 2, df) * se
    return Interval(difference, difference - half, difference + half)


# --- a ratio of sums ---------------------------------------------------------------------------

def _ratio_and_variance(numerators: Sequence[float],
                        denominators: Sequence[float]) -> tuple[float, float] | None:
    n = len(numerators)
    total = sum(denominators)
    if n == 0 or total == 0:
        return None
    ratio = sum(numerators) / total
    if n < 2:
        return ratio, math.nan
    mean_d = total / n
    residuals = [x - ratio * d for x, d in zip(numerators, denominators, strict=True)]
    # Var(R) ≈ Σ(x_i - R·d_i)² / ((n - 1)·n·mean(d)²): the delta method for a ratio estimator.
    variance = sum(r * r for r in residuals) / ((n - 1) * n * mean_d * mean_d)
    return ratio, variance


def ratio_interval(numerators: Sequence[float], denominators: Sequence[float]) -> Interval | None:
    """Σnumerators / Σdenominators over the same units (calls), with a t interval by the delta method."""
    found = _ratio_and_variance(numerators, denominators)
    if found is None:
        return None
    ratio, variance = found
    if math.isnan(variance):
        return Interval(ratio, None, None)
    half = t_quantile(0.5 + CONFIDENCE / 2, len(numerators) - 1) * math.sqrt(variance)
    return Interval(ratio, ratio - half, ratio + half)


def ratio_difference(num_a: Sequence[float], den_a: Sequence[float],
                     num_b: Sequence[float], den_b: Sequence[float]) -> Interval | None:
    """Ratio b - ratio a, with a normal interval from the two delta-method variances."""
    a, b = _ratio_and_variance(num_a, den_a), _ratio_and_variance(num_b, den_b)
    if a is None or b is None:
        return None
    difference = b[0] - a[0]
    if math.isnan(a[1]) or math.isnan(b[1]):
        return Interval(difference, None, None)
    half = Z * math.sqrt(a[1] + b[1])
    return Interval(difference, difference - half, difference + half)


# --- the t distribution ------------------------------------------------------------------------

def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-14:
            break
    return result


def _regularized_beta(a: float, b: float, x: float) -> float:
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1 - x) / b


def t_cdf(value: float, df: float) -> float:
    """P(T ≤ value) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * _regularized_beta(df / 2, 0.5, df / (df + value * value))
    return 1 - tail if value > 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile of Student's t (``df`` > 0, not necessarily whole), by bisection."""
    if not 0 < p < 1 or df <= 0:
        raise ValueError("p must be in (0, 1) and df positive")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        high *= 2
    for _ in range(100):
        middle = (low + high) / 2
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12 * max(1.0, high):
            break
    return (low + high) / 2

# ruff: noqa: RUF001  (IPA letters, on purpose)
"""Calibrates the sound-alike model (pos_voice/ordering/matching/sounds.py) against espeak-ng.

    python bench/sound_alike.py [--table]

Needs espeak-ng (``apt-get install -y espeak-ng``) for calibration only: the plugin never calls it.

Two sets of pairs:

- *sound-alikes*: a dish's native name as a menu writes it, and English words a speech recogniser
  could write for it (written here, for this script: no phrase of a bench menu set), each checked
  with espeak-ng — the English words read by the ``en-us`` voice, the native name by its
  language's voice — and kept only when espeak's two pronunciations are close;
- *near-misses*: two different dishes whose names look alike — mined from the gazetteer
  (pos_voice/ordering/dishes.txt: native names of one cuisine, letters close, neither name's words
  all in the other's) — plus a few written here ("burrito" / "burrata").

For each pair it prints the model's distance (the English key of the said side against the
name's candidate pronunciations, best pair) and espeak's (the two IPA strings mapped to the same
coarse phonemes, same weighted alignment), then, per threshold, how many sound-alikes are found and
how many near-misses are (wrongly) joined. The chosen threshold is the largest that joins none of the
written near-misses (the mined ones it joins are printed: one vowel or one sound apart, "bun cha" /
"bun chay", which the matcher asks about when both are on a menu).
"""

from __future__ import annotations

import argparse
import itertools
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pos_voice.ordering.matching import sounds

DISHES = Path(sounds.__file__).resolve().parent.parent / "dishes.txt"

#: (said, as English words; native name; espeak voice of the name's language)
SOUND_ALIKES: tuple[tuple[str, str, str], ...] = (
    ("kwah sahn", "croissant", "fr"), ("bah get", "baguette", "fr"), ("rat a too ee", "ratatouille", "fr"),
    ("crapes", "crêpes", "fr"), ("ess car go", "escargots", "fr"), ("pro fitter rolls", "profiteroles", "fr"),
    ("keesh", "quiche", "fr"), ("boo ya base", "bouillabaisse", "fr"), ("coke oh van", "coq au vin", "fr"),
    ("crem brew lay", "crème brûlée", "fr"), ("cass oo lay", "cassoulet", "fr"),
    ("tart tatin", "tarte tatin", "fr"),
    ("nyokey", "gnocchi", "it"), ("brew sketta", "bruschetta", "it"), ("panna kota", "panna cotta", "it"),
    ("tear a me sue", "tiramisu", "it"), ("fo kah cha", "focaccia", "it"), ("jell ah toe", "gelato", "it"),
    ("ree soto", "risotto", "it"), ("cha bata", "ciabatta", "it"), ("pro shoot oh", "prosciutto", "it"),
    ("pie ay ya", "paella", "es"), ("kay sa dee ya", "quesadilla", "es"), ("hala pain yo", "jalapeño", "es"),
    ("tor tee ya", "tortilla", "es"), ("chew rose", "churros", "es"),
    ("way vos ran chair os", "huevos rancheros", "es"),
    ("car neat us", "carnitas", "es"), ("poe so lay", "pozole", "es"), ("ta molly", "tamales", "es"),
    ("fay jwah da", "feijoada", "pt"), ("co sheen ya", "coxinha", "pt"),
    ("bree ga day ro", "brigadeiro", "pt"),
    ("pow dee kay zho", "pão de queijo", "pt"),
    ("brat verst", "bratwurst", "de"), ("shnit sell", "schnitzel", "de"),
    ("sour brought in", "sauerbraten", "de"),
    ("shtroo del", "strudel", "de"), ("shpets la", "spätzle", "de"), ("bretzel", "brezel", "de"),
    ("sue she", "sushi", "id"), ("tem poo ra", "tempura", "id"), ("terry yaki", "teriyaki", "id"),
    ("edda mommy", "edamame", "id"), ("gee oh za", "gyoza", "id"), ("okonomi yucky", "okonomiyaki", "id"),
    ("bee bim bop", "bibimbap", "id"), ("bull go gee", "bulgogi", "id"), ("keem chee", "kimchi", "id"),
    ("chop chay", "japchae", "id"), ("dim some", "dim sum", "cmn-latn-pinyin"),
    ("chow mane", "chow mein", "id"), ("kung pow", "kung pao", "id"), ("shoe my", "shumai", "id"),
    ("beer yawny", "biryani", "id"), ("some oh sa", "samosa", "id"), ("pa neer", "paneer", "id"),
    ("tan dory", "tandoori", "id"), ("vinda loo", "vindaloo", "id"), ("pa core a", "pakora", "id"),
    ("fa la full", "falafel", "id"), ("sha warma", "shawarma", "id"), ("who moose", "hummus", "id"),
    ("ta boo lee", "tabbouleh", "id"), ("baba ganoosh", "baba ghanoush", "id"),
    ("shock shooka", "shakshuka", "id"),
    ("gree oh", "griot", "ht"), ("pick leaves", "pikliz", "ht"),
    ("dee ree john john", "diri djon djon", "ht"),
)

#: Near-misses written here: different dishes, alike in letters (said as the first, read as English).
NEAR_MISSES: tuple[tuple[str, str, str], ...] = (
    ("burrito", "burrata", "it"), ("tequila", "tortilla", "es"), ("coffee", "toffee", "en-us"),
    ("pasta", "pastel", "pt"), ("mojito", "mojo", "es"), ("cannoli", "cannelloni", "it"),
    ("flan", "flauta", "es"), ("tamale", "tamarindo", "es"), ("bulgur", "bulgogi", "id"),
    ("gnudi", "gnocchi", "it"), ("sushi", "sashimi", "id"), ("tacos", "tapas", "es"),
    ("churro", "chorizo", "es"), ("panela", "paella", "es"), ("waffle", "falafel", "id"),
    ("kimbap", "kimchi", "id"), ("grape", "crêpe", "fr"), ("pastry", "pastrami", "en-us"),
    ("salad", "salsa", "es"), ("gelatin", "gelato", "it"), ("lassi", "lasagna", "it"),
    ("tortellini", "tortilla", "es"), ("ramune", "ramen", "id"), ("pilaf", "pilau", "id"),
    ("mole", "mollete", "es"), ("penne", "paneer", "id"), ("sopa", "sopes", "es"),
    ("soju", "shoyu", "id"), ("naan", "nachos", "es"), ("kebab", "kibbeh", "id"),
)

_VOICES = {
    "italian": "it", "french": "fr", "spanish": "es", "mexican": "es", "peruvian": "es", "brazilian": "pt",
    "portuguese": "pt", "polish": "pl", "greek": "id", "turkish": "tr", "japanese": "id", "korean": "id",
    "chinese": "cmn-latn-pinyin", "indian": "id", "middle eastern": "id", "filipino": "id", "thai": "id",
    "vietnamese": "id", "ethiopian": "id", "caribbean": "ht", "west african": "id", "moroccan": "id",
}

# IPA (as espeak-ng writes it) → the model's coarse phonemes
_IPA = (
    ("tʃ", "C"), ("dʒ", "J"), ("ts", "ts"), ("ʃ", "S"), ("ʒ", "Z"), ("θ", "T"), ("ð", "T"), ("ŋ", "N"),
    ("ɲ", "nj"), ("ʎ", "j"), ("ɡ", "g"), ("ɹ", "r"), ("ɾ", "r"), ("ʁ", "r"), ("ɐ", "a"), ("ɑ", "a"),
    ("æ", "a"), ("ʌ", "a"), ("ɛ", "e"), ("ə", "e"), ("ɚ", "er"), ("ɜ", "e"), ("ɪ", "i"), ("ʊ", "u"),
    ("ɔ", "o"), ("ø", "e"), ("œ", "e"), ("y", "i"), ("ɨ", "i"), ("ɯ", "u"), ("β", "b"), ("ɣ", "g"),
    ("χ", "x"), ("ç", "x"), ("ɕ", "S"), ("ʑ", "Z"), ("ʂ", "S"), ("ʐ", "Z"), ("ɖ", "d"), ("ʈ", "t"),
    ("ɳ", "n"), ("ɭ", "l"), ("ʔ", ""), ("ɫ", "l"), ("ɦ", "h"), ("ʋ", "v"), ("ɒ", "o"), ("ɘ", "e"),
    ("ɵ", "o"), ("ɤ", "o"),
)


@cache
def espeak_key(text: str, voice: str) -> str:
    """espeak-ng's pronunciation of ``text`` in ``voice``, as coarse phonemes, words run together."""
    ipa = subprocess.run(["espeak-ng", "-q", "--ipa", "-v", voice, text], capture_output=True, text=True,
                         check=True).stdout
    ipa = re.sub(r"\([a-z-]+\)", "", ipa)  # a language switch: "(en)…(fr)"
    ipa = re.sub(r"[ˈˌːˑ̃͡‿\s.,-]", "", ipa)
    for sign, sound in _IPA:
        ipa = ipa.replace(sign, sound)
    ipa = ipa.replace("ʲ", "j").replace("ʰ", "h").replace("ʷ", "w")
    return re.sub(r"[^aeioupbtdkgfvszmnlrwjhSZCJTNx]", "", ipa)


def model_distance(said: str, name: str) -> float:
    return sounds.best_distance(sounds.english_key(said), sounds.name_keys(name))


def espeak_distance(said: str, name: str, voice: str) -> float:
    return sounds.distance(espeak_key(said, "en-us"), espeak_key(name, voice))


def mined_near_misses() -> list[tuple[str, str, str]]:
    """Pairs of different native dish names of one cuisine in the gazetteer, alike in letters."""
    by_cuisine: dict[str, list[str]] = {}
    cuisine = ""
    for raw in DISHES.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("["):
            cuisine = line.strip("[]")
        elif "=" in line and not line.startswith("|"):
            by_cuisine.setdefault(cuisine, []).append(line.split("=", 1)[0].strip())
    pairs = []
    for cuisine, names in by_cuisine.items():
        voice = _VOICES.get(cuisine)
        if voice is None:
            continue
        for first, second in itertools.combinations(sorted(set(names)), 2):
            a, b = first.replace(" ", ""), second.replace(" ", "")
            if min(len(a), len(b)) < 5 or set(first.split()) <= set(second.split()) or set(
                    second.split()) <= set(first.split()):
                continue
            if fuzz.ratio(a, b) >= 75:
                pairs.append((first, second, voice))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--table", action="store_true", help="print every pair")
    args = parser.parse_args()
    checked = []
    dropped = []
    for said, name, voice in SOUND_ALIKES:
        espeak = espeak_distance(said, name, voice)
        row = (said, name, voice, model_distance(said, name), espeak)
        (checked if espeak <= 0.35 else dropped).append(row)
    written = [(s, n, v, model_distance(s, n), espeak_distance(s, n, v)) for s, n, v in NEAR_MISSES]
    mined = [(s, n, v, model_distance(s, n), espeak_distance(s, n, v)) for s, n, v in mined_near_misses()]
    if args.table:
        for title, rows in (("sound-alikes", checked), ("dropped (espeak: not alike)", dropped),
                            ("written near-misses", written), ("mined near-misses", mined)):
            print(f"\n{title}:")
            for said, name, voice, model, espeak in sorted(rows, key=lambda r: r[3]):
                print(f"  {said!r:28} {name!r:24} {voice:16} model {model:.2f}  espeak {espeak:.2f}")
    print(f"sound-alikes: {len(SOUND_ALIKES)} written, {len(checked)} kept (espeak distance <= 0.35), "
          f"{len(dropped)} dropped; near-misses: {len(written)} written, {len(mined)} mined from the "
          "gazetteer")
    ranks = _spearman([r[3] for r in checked + written + mined], [r[4] for r in checked + written + mined])
    print(f"model vs espeak distance over all {len(checked) + len(written) + len(mined)} pairs: "
          f"Spearman rho {ranks:.2f}")
    print("\n| threshold | sound-alikes found (model) | near-misses joined (model: written, mined) "
          "| sound-alikes found (espeak) | near-misses joined (espeak: written, mined) |")
    print("|---|---|---|---|---|")
    chosen = 0.0
    for step in range(6, 32, 2):
        threshold = step / 100
        found = sum(r[3] <= threshold for r in checked)
        joined_written = sum(r[3] <= threshold for r in written)
        joined_mined = sum(r[3] <= threshold for r in mined)
        espeak_found = sum(r[4] <= threshold for r in checked)
        espeak_written = sum(r[4] <= threshold for r in written)
        espeak_mined = sum(r[4] <= threshold for r in mined)
        print(f"| {threshold:.2f} | {found}/{len(checked)} | {joined_written}/{len(written)}, "
              f"{joined_mined}/{len(mined)} | {espeak_found}/{len(checked)} | "
              f"{espeak_written}/{len(written)}, "
              f"{espeak_mined}/{len(mined)} |")
        if joined_written == 0:
            chosen = threshold
    print(f"\nchosen threshold: {chosen:.2f} (model's SOUNDS_SAME: {sounds.SOUNDS_SAME:.2f})")
    return 0 if abs(chosen - sounds.SOUNDS_SAME) < 1e-9 else 1


def _spearman(xs: list[float], ys: list[float]) -> float:
    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=values.__getitem__)
        out = [0.0] * len(values)
        for rank, index in enumerate(order):
            out[index] = float(rank)
        return out
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mean = (n - 1) / 2
    cov = sum((a - mean) * (b - mean) for a, b in zip(rx, ry, strict=True))
    var = sum((a - mean) ** 2 for a in rx)
    return cov / var if var else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
